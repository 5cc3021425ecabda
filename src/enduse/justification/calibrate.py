# ruff: noqa: T201
"""Cross-validate the sentence classifier on the project's own examples (never on evaluation sets).

    python -m enduse.justification.calibrate [--folds 5] [--scale 10] [--l2 0.001]

Prints k-fold accuracy, per-label recall, and -- for the decision the gate cares about -- how often
a held-out criminal sentence (violent, crime, evidence) gets a criminal probability below the doubt
threshold, and how often a non-criminal one gets a criminal probability at or above the confident
threshold.
"""

from __future__ import annotations

import argparse

import numpy as np

from enduse.justification._model import (
    CRIMINAL,
    LABELS,
    Encoder,
    fit_softmax,
    load_examples,
)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--scale", type=float, default=10.0)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--doubt", type=float, default=0.3)
    ap.add_argument("--confident", type=float, default=0.7)
    args = ap.parse_args(argv)
    examples = load_examples()
    enc = Encoder()
    x = enc.encode([e.text for e in examples])
    y = np.array([LABELS.index(e.label) for e in examples])
    rng = np.random.default_rng(0)
    fold = rng.permutation(len(y)) % args.folds
    probs = np.zeros((len(y), len(LABELS)))
    for k in range(args.folds):
        tr, te = fold != k, fold == k
        w, b = fit_softmax(x[tr], y[tr], len(LABELS), l2=args.l2, scale=args.scale)
        logits = x[te] * args.scale @ w + b
        p = np.exp(logits - logits.max(1, keepdims=True))
        probs[te] = p / p.sum(1, keepdims=True)
    pred = probs.argmax(1)
    print(f"{len(y)} sentences, {args.folds}-fold accuracy {np.mean(pred == y):.1%}")
    for i, label in enumerate(LABELS):
        m = y == i
        print(f"  {label:<13} n={m.sum():>3}  recall {np.mean(pred[m] == i):.0%}")
    crim_idx = [LABELS.index(c) for c in CRIMINAL]
    crim_p = probs[:, crim_idx].sum(1)
    is_crim = np.isin(y, crim_idx)
    print(
        f"criminal sentences with P(criminal) < {args.doubt}: {np.mean(crim_p[is_crim] < args.doubt):.1%}; "
        f"non-criminal with P(criminal) >= {args.confident}: {np.mean(crim_p[~is_crim] >= args.confident):.1%}"
    )
    print(
        "P(criminal) threshold: share of non-criminal sentences at/above it, of criminal ones at/above it"
    )
    for t in (0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        print(
            f"  {t:.2f}: non-criminal {np.mean(crim_p[~is_crim] >= t):.1%}  criminal {np.mean(crim_p[is_crim] >= t):.1%}"
        )
    for name in ("expression", "identity", "violent", "role"):
        i = LABELS.index(name)
        pos = y == i
        for t in (0.7, 0.8, 0.9):
            print(
                f"  {name} >= {t}: other sentences {np.mean(probs[~pos, i] >= t):.1%}  own {np.mean(probs[pos, i] >= t):.1%}"
            )
    for lang in sorted({e.lang for e in examples}):
        m = np.array([e.lang == lang for e in examples])
        print(f"  {lang}: accuracy {np.mean(pred[m] == y[m]):.1%} (n={m.sum()})")


if __name__ == "__main__":
    main()
