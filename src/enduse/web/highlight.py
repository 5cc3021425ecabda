"""Mark the evidence sentences the gate cited inside the justification it read."""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape


def evidence_spans(text: str, sentences: Iterable[str]) -> list[tuple[int, int]]:
    """Where each evidence sentence occurs in ``text`` (every occurrence), merged and sorted."""
    spans: list[tuple[int, int]] = []
    folded = text.casefold()
    for sentence in {s.strip() for s in sentences if s and s.strip()}:
        needle = sentence.casefold()
        start = folded.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + len(needle))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, sentences: Iterable[str]) -> Markup:
    """``text`` escaped, with each evidence sentence wrapped in ``<mark>``."""
    out, at = [], 0
    for start, end in evidence_spans(text, sentences):
        out.append(escape(text[at:start]))
        out.append(Markup("<mark>{}</mark>").format(text[start:end]))
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)
