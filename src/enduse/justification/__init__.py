"""Analysis of a tasking's free-text justification (English, Spanish, French)."""

from enduse.justification.analysis import (
    FINDINGS,
    Analysis,
    Finding,
    Thresholds,
    analyse,
)

__all__ = ["FINDINGS", "Analysis", "Finding", "Thresholds", "analyse"]
