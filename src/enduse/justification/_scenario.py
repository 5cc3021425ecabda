"""The scenario reading: one classifier over a whole justification, for the texts the rules leave
unsure.

The sentence rules and the sentence model decide most texts. What they cannot settle they call
*unclear*, and the gate refers it to a person. Read over the 36 sets written for this project
(each by a different writer, from the specification only), about one scenario in forty ended
there, and most of those had a plain answer the sentences did not carry on their own: a short
officer's note about a seizure and a courier (permit), "one of the forty nationals at the shelter,
picked from the list" (protected ground), "his programmes stir up the population" (expression).

This module reads the whole text at once. Features: the mean and the element-wise maximum of the
sentence embeddings (the same packaged encoder as ``_model``), whether the offence category is
terrorism, and the number of sentences. Classifier: a class-balanced multinomial logistic
regression (``_model.fit_softmax``) with four classes -- ``permit``, ``protected_ground``,
``expression`` and ``other`` (anything else a text alone decides: a protected person named, a
terrorism definition unmet). It is trained on the labelled scenario sets listed in
``data/justification/scenario_sets.txt`` (written for enduse; never the public examples, never a
set still kept unseen), on the scenarios whose expected clauses a text alone decides (no
structured clause, no registry match). The weights are built by

    python -m enduse.justification._scenario build

and shipped in ``data/justification/scenario_model.npz`` with the hash of the files they were
built from (a test fails when a listed file changes and the weights were not rebuilt).
``python -m enduse.justification._scenario cv`` prints the leave-one-set-out figures the default
thresholds were chosen from.

It only ever settles an *unclear* text that nothing else decides (see ``analysis.settle``): it
never overrides a finding of the rules, and a permit needs the ``scenario_permit`` probability
(0.95 by default).

The *second reading* (``get_stack_model``, below) is a second model of the same kind whose features
add what the analysis made of the text; it reads only a text still unclear after this one
(``analysis.settle_second``). ``python -m enduse.justification._scenario build --stack`` builds it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from enduse.justification._model import DATA, DIM, MODEL_NAME, Encoder, fit_softmax
from enduse.justification._text import split_sentences

log = logging.getLogger(__name__)

CLASSES = ("permit", "protected_ground", "expression", "other")
SETS_FILE = DATA / "scenario_sets.txt"
WEIGHTS = DATA / "scenario_model.npz"
REPO = DATA.parents[1]
# clauses a justification alone can decide; a scenario expecting any other is not learned from
TEXT_CLAUSES = frozenset(
    {
        "terrorism_definition_unmet",
        "expression_not_crime",
        "protected_ground",
        "protected_person",
    }
)
L2 = 1e-3


def features(embeddings: np.ndarray, offence_category: str) -> np.ndarray:
    """One justification's feature vector: mean and maximum of its sentence embeddings
    (``(n, DIM)``), the terrorism category, and the sentence count (capped at 10, scaled)."""
    n = len(embeddings)
    pooled = (
        np.concatenate([embeddings.mean(0), embeddings.max(0)])
        if n
        else np.zeros(2 * embeddings.shape[1])
    )
    extra = np.array(
        [1.0 if offence_category == "terrorism" else 0.0, min(n, 10) / 10.0]
    )
    return np.concatenate([pooled, extra]).astype(np.float64)


def label_of(expected: dict[str, Any], registry_match: Any) -> int | None:
    """The class a labelled scenario teaches, or ``None`` when its decision does not rest on
    the text alone (a structured clause, or a registry match)."""
    clauses = set(expected.get("clauses") or ())
    if registry_match or not clauses <= TEXT_CLAUSES:
        return None
    if expected.get("decision") == "permit":
        return 0
    if "protected_ground" in clauses:
        return 1
    if "expression_not_crime" in clauses:
        return 2
    return 3


def training_files(sets_file: Path = SETS_FILE) -> list[Path]:
    """The labelled files listed in ``scenario_sets.txt`` (paths relative to the repository;
    ``#`` starts a comment). A listed file that does not exist is an error, not a silent skip."""
    out = []
    for number, raw in enumerate(sets_file.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        path = REPO / line
        if not path.is_file():
            raise FileNotFoundError(f"{sets_file}:{number}: {line} does not exist")
        out.append(path)
    return out


def data_hash(paths: list[Path]) -> str:
    digest = hashlib.sha256(MODEL_NAME.encode())
    for path in paths:
        digest.update(path.relative_to(REPO).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Row:
    group: str  # the set it comes from (cross-validation holds a whole set out)
    text: str
    category: str
    label: int
    offence_label: str = ""
    profession: str = ""


def load_rows(paths: list[Path]) -> list[Row]:
    rows = []
    for path in paths:
        group = path.stem
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                request = item["request"]
                expected = item.get("expected")
                if not expected:
                    continue
                label = label_of(expected, request["target"].get("registry_match"))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(
                    f"{path}:{number}: not a labelled scenario ({exc})"
                ) from exc
            if label is None:
                continue
            rows.append(
                Row(
                    group,
                    request.get("justification") or "",
                    request["offence"].get("category", ""),
                    label,
                    request["offence"].get("label") or "",
                    request["target"].get("profession") or "",
                )
            )
    return rows


def embed_rows(encoder: Encoder, rows: list[Row], progress: bool = False) -> np.ndarray:
    """Feature matrix for ``rows`` (one encoder call per justification)."""
    out = []
    for i, row in enumerate(rows):
        texts = [s.text for s in split_sentences(row.text)]
        out.append(features(encoder.encode(texts), row.category))
        if progress and (i + 1) % 500 == 0:
            log.warning("encoded %d/%d justifications", i + 1, len(rows))
    return np.array(out)


@dataclass(frozen=True)
class ScenarioModel:
    w: np.ndarray
    b: np.ndarray
    mu: np.ndarray
    sd: np.ndarray
    key: str = ""

    @classmethod
    def fit(cls, x: np.ndarray, y: np.ndarray, key: str = "") -> ScenarioModel:
        mu, sd = x.mean(0), x.std(0) + 1e-6
        w, b = fit_softmax(cls._scale(x, mu, sd), y, len(CLASSES), l2=L2, steps=300)
        return cls(w, b, mu, sd, key)

    @staticmethod
    def _scale(x: np.ndarray, mu: np.ndarray, sd: np.ndarray) -> np.ndarray:
        # standardised, then shrunk so a vector has about unit norm (fit_softmax scales by 10)
        out: np.ndarray = (x - mu) / sd / np.sqrt(x.shape[-1])
        return out

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities (``CLASSES`` order) for one feature vector or a matrix of them."""
        z = (self._scale(np.atleast_2d(x), self.mu, self.sd) * 10.0) @ self.w + self.b
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        out: np.ndarray = p / p.sum(1, keepdims=True)
        return out

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp.npz")
        np.savez_compressed(
            tmp,
            w=self.w.astype(np.float32),
            b=self.b,
            mu=self.mu.astype(np.float32),
            sd=self.sd.astype(np.float32),
            key=np.array(self.key),
            encoder=np.array(MODEL_NAME),
        )
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> ScenarioModel:
        with np.load(path) as data:
            if str(data["encoder"]) != MODEL_NAME:
                raise ValueError(
                    f"{path}: built for encoder {data['encoder']}, not {MODEL_NAME}"
                )
            return cls(
                data["w"].astype(np.float64),
                data["b"],
                data["mu"].astype(np.float64),
                data["sd"].astype(np.float64),
                str(data["key"]),
            )


_LOCK = threading.Lock()
_STATE: dict[str, ScenarioModel | None] = {}


def _loaded(name: str, path: Path, dim: int | None = None) -> ScenarioModel | None:
    """A shipped model, loaded once per process; ``None`` when its file is missing, unreadable
    or built for another feature layout (the analysis then leaves unclear texts unclear)."""
    if name in _STATE:
        return _STATE[name]
    with _LOCK:
        if name not in _STATE:
            try:
                model = ScenarioModel.load(path)
                if dim is not None and model.w.shape[0] != dim:
                    raise ValueError(
                        f"{path}: built for {model.w.shape[0]} features, not {dim}"
                    )
                _STATE[name] = model
            except (OSError, KeyError, ValueError) as exc:
                log.warning(
                    "%s unavailable, unclear texts stay referred: %s", name, exc
                )
                _STATE[name] = None
        return _STATE[name]


def get_scenario_model() -> ScenarioModel | None:
    """The shipped scenario model (``None`` when unavailable)."""
    return _loaded("scenario model", WEIGHTS)


# -- the second reading -------------------------------------------------------------------------
#
# The scenario model reads the words only. The *second reading* reads, besides the same pooled
# embeddings, what the analysis already made of the text: the sentence model's readings (their
# maximum and mean over the sentences), the score of every rule cue category, and every finding
# (held or not, and its score) as the rules and the sentence model left it. It learns the same
# four classes from the same kind of rows, on a longer list of sets (``stack_sets.txt``), and is
# used for one thing only: a text still unclear after the scenario model (``analysis``).

STACK_SETS_FILE = DATA / "stack_sets.txt"
STACK_WEIGHTS = DATA / "stack_model.npz"
# the rule cue categories (``CueHits.score``) the second reading reads, in a fixed order; the
# "role:<name>" categories are read as one flag (a role word is attributed to the target)
RULE_KEYS = (
    "crime_act",
    "evidence",
    "expression",
    "ground",
    "identity_mention",
    "modal",
    "no_allegation",
    "no_danger",
    "procedural",
    "role_elsewhere",
    "violence",
    "violent_act",
    "whereabouts",
)
STACK_FINDINGS = (
    "criminal_act",
    "doubted",
    "expression",
    "names_protected_person",
    "protected_ground",
    "specific_allegation",
    "terrorism_definition_met",
    "unclear",
)
N_SENTENCE_LABELS = 9  # ``_model.LABELS``
STACK_DIM = (
    2 * DIM + 2 + 2 * N_SENTENCE_LABELS + len(RULE_KEYS) + 1 + 2 * len(STACK_FINDINGS)
)


def stack_features(
    pooled: np.ndarray,
    sentence_probs: np.ndarray,
    rule_scores: dict[str, float],
    findings: dict[str, tuple[bool, float]],
) -> np.ndarray:
    """The second reading's feature vector: ``pooled`` (``features``), the sentence model's
    probabilities (``(n, labels)``) as maximum and mean, the rule categories' scores, whether
    any role is the target's, and each finding as (holds, score)."""
    if len(sentence_probs):
        readings = np.concatenate([sentence_probs.max(0), sentence_probs.mean(0)])
    else:
        readings = np.zeros(2 * sentence_probs.shape[1])
    rules = [float(rule_scores.get(k, 0.0)) for k in RULE_KEYS]
    rules.append(float(any(k.startswith("role:") for k in rule_scores)))
    found = []
    for name in STACK_FINDINGS:
        holds, score = findings.get(name, (False, 0.0))
        found += [float(holds), float(score)]
    return np.concatenate([pooled, readings, rules, found]).astype(np.float64)


def get_stack_model() -> ScenarioModel | None:
    """The shipped second reading (``None`` when unavailable)."""
    return _loaded("second reading", STACK_WEIGHTS, STACK_DIM)


def stack_rows(rows: list[Row], progress: bool = False) -> np.ndarray:
    """The second reading's feature matrix for ``rows``: each text analysed as the gate
    analyses it (rules, sentence model), up to the second reading itself."""
    from enduse.justification import analysis  # it reads this module: import when used

    out = []
    for i, row in enumerate(rows):
        vector = analysis.stack_vector(
            row.text,
            offence_label=row.offence_label,
            offence_category=row.category,
            profession=row.profession,
        )
        if vector is None:
            raise RuntimeError("the sentence model is not installed")
        out.append(vector)
        if progress and (i + 1) % 500 == 0:
            log.warning("analysed %d/%d justifications", i + 1, len(rows))
    return np.array(out)


def _training(
    stack: bool = False,
) -> tuple[list[Path], list[Row], np.ndarray, np.ndarray]:
    """The listed files, their learned rows, the feature matrix and the labels."""
    paths = training_files(STACK_SETS_FILE if stack else SETS_FILE)
    rows = load_rows(paths)
    x = stack_rows(rows, True) if stack else embed_rows(Encoder(), rows, True)
    return paths, rows, x, np.array([r.label for r in rows])


def build(stack: bool = False) -> dict[str, int]:
    """Train on every listed file and write the weights (the scenario model's, or with
    ``stack`` the second reading's); returns the class counts."""
    paths, _rows, x, y = _training(stack)
    ScenarioModel.fit(x, y, data_hash(paths)).save(STACK_WEIGHTS if stack else WEIGHTS)
    return {name: int((y == i).sum()) for i, name in enumerate(CLASSES)}


def cross_validate(stack: bool = False) -> tuple[list[Row], np.ndarray]:
    """Leave-one-set-out probabilities for every training row."""
    _paths, rows, x, y = _training(stack)
    groups = np.array([r.group for r in rows])
    probs = np.zeros((len(rows), len(CLASSES)))
    for group in sorted(set(groups)):
        held = groups == group
        probs[held] = ScenarioModel.fit(x[~held], y[~held]).predict(x[held])
    return rows, probs


def _main(
    argv: list[str] | None = None,
) -> int:  # pragma: no cover - a maintainer's tool
    import argparse

    parser = argparse.ArgumentParser(prog="python -m enduse.justification._scenario")
    parser.add_argument("command", choices=("build", "cv"))
    parser.add_argument(
        "--stack",
        action="store_true",
        help="the second reading (stack_sets.txt, stack_model.npz) instead",
    )
    args = parser.parse_args(argv)
    if args.command == "build":
        counts = build(args.stack)
        out = STACK_WEIGHTS if args.stack else WEIGHTS
        print(f"wrote {out} from {sum(counts.values())} scenarios: {counts}")  # noqa: T201
        return 0
    rows, probs = cross_validate(args.stack)
    y = np.array([r.label for r in rows])
    print(f"{len(rows)} scenarios, leave-one-set-out")  # noqa: T201
    for threshold in (0.8, 0.85, 0.9, 0.95):
        parts = []
        for i, name in enumerate(CLASSES[:3]):
            sure = probs[:, i] >= threshold
            parts.append(f"{name} {int((sure & (y == i)).sum())}/{int(sure.sum())}")
        print(f"p >= {threshold}: right/claimed " + ", ".join(parts))  # noqa: T201
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
