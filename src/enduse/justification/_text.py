"""Text plumbing: accent folding, sentence and clause splitting (English, Spanish, French)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[\"'(¿¡A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÙÜ0-9])")
_CLAUSE_RE = re.compile(
    r"\s*;\s*|\s*:\s+|\s+—\s+|\s+–\s+|,\s+(?:but|while|whereas|although|pero|aunque|mientras|mais|tandis que|alors que)\s+"  # noqa: RUF001 -- en and em dashes are clause separators in the texts
)


def fold(text: str) -> str:
    """Lower case without accents: 'Publicó' -> 'publico', 'prêches' -> 'preches'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower().replace("\u2019", "'")


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str  # as written, for evidence
    folded: str
    clauses: tuple[
        str, ...
    ]  # folded clauses (negation and attribution are judged per clause)


# a line break ends a sentence, and a list bullet starts one ("- Subj coordinating...")
_LINE_RE = re.compile(r"\s*\n+\s*(?:[-*•·]\s+|\d+[.)]\s+)?")
_LEAD_RE = re.compile(r"^(?:[-*•·]\s+|\d+[.)]\s+)")
# a full stop after these does not end a sentence ("report no. 118", "Op. Tara", "art. 421-6")
_ABBREVIATION = re.compile(
    r"(?:^|\s|\()(?:no|nos|nr|n°|nº|num|núm|op|ops|art|arts|ref|refs|approx|ca|vs|cf|p|pp|"
    r"para|sec|s|ss|st|dr|mr|mrs|ms|sr|sra|mme|mlle|me|av|ave|dept|gen|col|lt|sgt|insp|"
    r"adv|hon|rev|prof|sen|rep|gov|capt|supt|cpl|brgy|fr|pr|mgr|mons|dep|min|asst|amb|"
    r"e\.g|i\.e|etc|inc|ltd|co|corp|jr|sta|sto|ste|atty|cllr|dra|dres|srta|lic|licda|ing|arq|gral|cnel|tte|abg|abog|pdte|dip|pbro)\.$",
    re.IGNORECASE,
)


# an initial ("reporter N. Baig", "Citizen K. is suspected", "citizen I.G. Tarasov"): capital letters
# alone before the stop
_INITIAL = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")


# a hard-wrapped line: long, not ending a sentence, and the next line not a list item
_WRAP_WIDTH = 60
_ENDS_SENTENCE = re.compile(r"[.!?:;»\"')\]]\s*$")


def _unwrap(text: str) -> str:
    """Join the lines of hard-wrapped text ("La orden del juez\nde garantías no fija plazo"): a line
    break after a long line that does not end a sentence, or before a line that starts in lower
    case, is a space. Short lines, lines that end a sentence and list items keep their breaks
    (terse notes put one fact per line)."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        nxt = line.strip()
        if (
            prev.strip()
            and nxt
            and not _ENDS_SENTENCE.search(prev)
            and not _LEAD_RE.match(line.lstrip())  # a list item
            and (len(prev) >= _WRAP_WIDTH or nxt[0].islower())
        ):
            out[-1] = prev.rstrip() + " " + nxt
        else:
            out.append(line)
    return "\n".join(out)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; a full stop after a common abbreviation ("no.", "Op.", "art.")
    does not end one, nor does the line break of hard-wrapped text."""
    parts: list[str] = []
    pieces = [
        piece
        for line in _LINE_RE.split(_LEAD_RE.sub("", _unwrap(text.strip())))
        for piece in _SENT_RE.split(line)
    ]
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        if parts and (_ABBREVIATION.search(parts[-1]) or _INITIAL.search(parts[-1])):
            parts[-1] = parts[-1] + " " + p
        else:
            parts.append(p)
    out = []
    for i, part in enumerate(parts):
        folded = fold(part)
        clauses = tuple(c for c in _CLAUSE_RE.split(folded) if c.strip())
        out.append(Sentence(i, part, folded, clauses or (folded,)))
    return out


def detect_language(text: str) -> str:
    """'en', 'es' or 'fr' by counting function words; good enough to report and to pick cues."""
    words = re.findall(r"[a-z']+", fold(text))
    score = {
        "en": sum(
            w in {"the", "and", "of", "is", "his", "her", "to", "requested", "with"}
            for w in words
        ),
        "es": sum(
            w
            in {
                "el",
                "la",
                "los",
                "las",
                "y",
                "de",
                "del",
                "que",
                "se",
                "su",
                "sus",
                "por",
                "con",
            }
            for w in words
        ),
        "fr": sum(
            w
            in {
                "le",
                "la",
                "les",
                "et",
                "des",
                "du",
                "est",
                "une",
                "sur",
                "au",
                "aux",
                "sa",
                "son",
                "ses",
            }
            for w in words
        ),
    }
    return max(score, key=lambda k: score[k]) if any(score.values()) else "en"
