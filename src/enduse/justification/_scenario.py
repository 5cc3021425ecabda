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

from enduse.justification._model import DATA, MODEL_NAME, Encoder, fit_softmax
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


def get_scenario_model() -> ScenarioModel | None:
    """The shipped scenario model, loaded once per process; ``None`` when its file is missing
    or unreadable (the analysis then leaves unclear texts unclear: referred)."""
    if "model" in _STATE:
        return _STATE["model"]
    with _LOCK:
        if "model" not in _STATE:
            try:
                _STATE["model"] = ScenarioModel.load()
            except (OSError, KeyError, ValueError) as exc:
                log.warning(
                    "scenario model unavailable, unclear texts stay referred: %s", exc
                )
                _STATE["model"] = None
        return _STATE["model"]


def _training() -> tuple[list[Path], list[Row], np.ndarray, np.ndarray]:
    """The listed files, their learned rows, the feature matrix and the labels."""
    paths = training_files()
    rows = load_rows(paths)
    x = embed_rows(Encoder(), rows, progress=True)
    return paths, rows, x, np.array([r.label for r in rows])


def build(out: Path = WEIGHTS) -> dict[str, int]:
    """Train on every listed file and write the weights; returns the class counts."""
    paths, _rows, x, y = _training()
    ScenarioModel.fit(x, y, data_hash(paths)).save(out)
    return {name: int((y == i).sum()) for i, name in enumerate(CLASSES)}


def cross_validate() -> tuple[list[Row], np.ndarray]:
    """Leave-one-set-out probabilities for every training row."""
    _paths, rows, x, y = _training()
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
    args = parser.parse_args(argv)
    if args.command == "build":
        counts = build()
        print(f"wrote {WEIGHTS} from {sum(counts.values())} scenarios: {counts}")  # noqa: T201
        return 0
    rows, probs = cross_validate()
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
