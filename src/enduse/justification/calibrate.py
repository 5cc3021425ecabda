# ruff: noqa: T201
"""Cross-validate the sentence classifier on the project's own examples (never on evaluation sets).

    python -m enduse.justification.calibrate [--folds 5] [--scale 10] [--l2 0.001]

Folds are grouped by fragment (``group``): every sentence built from one hand-written fragment is
held out together, so the figures measure sentences the classifier has not seen in any wording.
Prints accuracy (overall, per label, per language) and, for each threshold the gate uses, how many
held-out sentences of *other* labels reach it (what a threshold risks) against how many of its own
reach it (what it finds). The defaults in ``Thresholds`` were chosen from this output.
"""

from __future__ import annotations

import argparse

import numpy as np

from enduse.justification._model import (
    INDEPENDENT,
    LABELS,
    SOURCES,
    Encoder,
    fit_softmax,
    load_examples,
)


def cross_validate(
    folds: int = 5, scale: float = 10.0, l2: float = 1e-3
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Held-out probabilities for every example: (probs, labels, languages)."""
    examples = load_examples()
    x = Encoder().encode([e.text for e in examples])
    y = np.array([LABELS.index(e.label) for e in examples])
    groups = sorted({e.group for e in examples})
    rng = np.random.default_rng(0)
    fold_of = dict(zip(groups, rng.permutation(len(groups)) % folds, strict=True))
    fold = np.array([fold_of[e.group] for e in examples])
    probs = np.zeros((len(y), len(LABELS)))
    for k in range(folds):
        tr, te = fold != k, fold == k
        w, b = fit_softmax(x[tr], y[tr], len(LABELS), l2=l2, scale=scale)
        logits = x[te] * scale @ w + b
        p = np.exp(logits - logits.max(1, keepdims=True))
        probs[te] = p / p.sum(1, keepdims=True)
    return probs, y, [e.lang for e in examples]


def independent_accuracy(scale: float = 10.0, l2: float = 1e-3) -> dict[str, float]:
    """Accuracy, overall and per label, on ``independent.jsonl``: sentences other writers wrote
    from the clauses, never trained on, with the classifier trained on all its own files."""
    train, test = load_examples(SOURCES), load_examples((INDEPENDENT,))
    if not test:
        return {}
    encoder = Encoder()
    x = encoder.encode([e.text for e in train])
    y = np.array([LABELS.index(e.label) for e in train])
    w, b = fit_softmax(x, y, len(LABELS), l2=l2, scale=scale)
    pred = (encoder.encode([e.text for e in test]) * scale @ w + b).argmax(1)
    truth = np.array([LABELS.index(e.label) for e in test])
    out = {"all": float(np.mean(pred == truth))}
    for i, label in enumerate(LABELS):
        if (truth == i).any():
            out[label] = float(np.mean(pred[truth == i] == i))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--scale", type=float, default=10.0)
    ap.add_argument("--l2", type=float, default=1e-3)
    args = ap.parse_args(argv)
    probs, y, langs = cross_validate(args.folds, args.scale, args.l2)
    pred = probs.argmax(1)
    print(
        f"{len(y)} sentences, {args.folds}-fold (grouped) accuracy {np.mean(pred == y):.1%}"
    )
    for i, label in enumerate(LABELS):
        m = y == i
        print(f"  {label:<13} n={m.sum():>4}  recall {np.mean(pred[m] == i):.1%}")
    lang = np.array(langs)
    for code in sorted(set(langs)):
        m = lang == code
        print(f"  {code}: accuracy {np.mean(pred[m] == y[m]):.1%} (n={m.sum()})")
    col = {name: probs[:, LABELS.index(name)] for name in LABELS}
    readings = {
        # name: (per-sentence reading, labels that count as its own)
        "act (violent+crime): model_allege": (
            col["violent"] + col["crime"],
            ("violent", "crime"),
        ),
        "criminal (+evidence): model_crime/confirm": (
            col["violent"] + col["crime"] + col["evidence"],
            ("violent", "crime", "evidence"),
        ),
        "violent": (col["violent"], ("violent",)),
        "expression": (col["expression"], ("expression",)),
        "identity": (col["identity"], ("identity",)),
        "role": (col["role"], ("role",)),
    }
    print(
        "threshold: share of other-label sentences at/above it | own-label sentences at/above it"
    )
    for name, (reading, own) in readings.items():
        is_own = np.isin(y, [LABELS.index(o) for o in own])
        cells = [
            f"{t:.2f}: {np.mean(reading[~is_own] >= t):.1%} | {np.mean(reading[is_own] >= t):.1%}"
            for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
        ]
        print(f"  {name}")
        print("    " + "   ".join(cells))
    independent = independent_accuracy(args.scale, args.l2)
    if independent:
        print(
            f"independent sentences (never trained on): accuracy {independent.pop('all'):.1%}; "
            + ", ".join(f"{k} {v:.0%}" for k, v in independent.items())
        )


if __name__ == "__main__":
    main()
