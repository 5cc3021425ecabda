"""Name comparison built on rigour's name engine (the one yente and nomenklatura use).

``rigour.names.analyze_names`` does the normalisation: transliteration to Latin
(``Позитив`` → ``pozitiv``), dotted acronyms (``N.S.O.`` → ``nso``), legal forms rewritten
to a compare form (``Limited`` → ``ltd``, ``Aktsionernoe Obshchestvo`` → ``ao``) and tagged
as LEGAL, and symbols for common words (``Group``, ``Technologies``, ``Holdings``) and
known given names. ``pair_symbols`` pairs parts that share a symbol; ``compare_parts``
scores the remaining parts by a typo-tolerant edit distance.

Our policy on top of that (the part that decides what two companies "share"):

- a part is *generic* when it is a legal form, a stop word, or carries an ORG_CLASS,
  SYMBOL or DOMAIN symbol ("Ltd", "Group", "Technologies");
- agreement on generic parts weighs little, and a pair of names that agrees on nothing
  *distinctive* is capped at ``GENERIC_ONLY_CAP`` whatever else it shares;
- parts present in the query but not in the listed name count against the match more
  than listed parts missing from the query (lists carry long legal names).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from normality import ascii_text
from rapidfuzz.distance import OSA, Indel
from rigour.names import (
    Alignment,
    Name,
    NamePart,
    NamePartTag,
    NameTypeTag,
    Symbol,
    align_person_name_order,
    analyze_names,
    compare_parts,
    pair_symbols,
    tokenize_name,
)
from rigour.text import is_stopword, metaphone

from enduse.screening.models import EntityType

GENERIC_CATEGORIES = frozenset(
    {
        Symbol.Category.ORG_CLASS,
        Symbol.Category.SYMBOL,
        Symbol.Category.DOMAIN,
        Symbol.Category.LOCATION,
    }
)
GENERIC_TAGS = frozenset({NamePartTag.LEGAL, NamePartTag.STOP})

#: score and weight of a symbol-paired alignment, by symbol category
SYMBOL_SCORE = {
    Symbol.Category.ORG_CLASS: 0.9,
    Symbol.Category.INITIAL: 0.9,
    Symbol.Category.NAME: 0.9,
    Symbol.Category.NICK: 0.6,
}
SYMBOL_WEIGHT = {
    Symbol.Category.ORG_CLASS: 0.3,
    Symbol.Category.SYMBOL: 0.3,
    Symbol.Category.DOMAIN: 0.3,
    Symbol.Category.LOCATION: 0.3,
    Symbol.Category.INITIAL: 0.5,
    Symbol.Category.NICK: 0.8,
    Symbol.Category.NUMERIC: 1.3,
}
EXTRA_QUERY_WEIGHT = 0.8  # a query part the listed name lacks
EXTRA_RESULT_WEIGHT = 0.25  # a listed part the query lacks
GENERIC_EXTRA_FACTOR = 0.1  # a missing "Ltd" or "Group" hardly matters
GENERIC_ONLY_CAP = 0.4  # names sharing only generic parts never score above this
TYPO_MIN_LENGTH = 4  # below this, only equal parts agree
TYPO_MIN_SIMILARITY = (
    0.75  # a part this alike to a listed legal form counts as that form
)
TYPO_LONG_LENGTH = 6  # from this length one edit costs less ("Shafe"/"Shafee")
TYPO_LONG_FACTOR = 0.7
PHONETIC_MIN_LENGTH = 5  # metaphone agreement counts from this length
PHONETIC_SCORE = 0.85  # parts that sound alike but are spelt differently
EXTRA_NUMBER_WEIGHT = 1.0  # a number in the listed name the query lacks ("Branch 216")

_TYPE_TAGS = {
    EntityType.PERSON: NameTypeTag.PER,
    EntityType.ORGANIZATION: NameTypeTag.ORG,
    EntityType.VESSEL: NameTypeTag.OBJ,
    EntityType.AIRCRAFT: NameTypeTag.OBJ,
    EntityType.UNKNOWN: NameTypeTag.ENT,
}


def type_tag(entity_type: EntityType | None) -> NameTypeTag:
    """The rigour name type for an entity type (unknown → ENT: a person or an organisation)."""
    return _TYPE_TAGS[entity_type or EntityType.UNKNOWN]


def analyze(names: Iterable[str], tag: NameTypeTag) -> list[Name]:
    """Analysed names, one per distinct normalised form, in a stable order.

    Person names are analysed without rigour's symbol tagger: its person-name table takes
    seconds to load in every process, and typo-tolerant part comparison covers the
    spelling variants it would pair. Organisation names keep their symbols (legal forms,
    "Group", "Technologies"), which are what tells generic words from distinctive ones.
    A name in a script rigour leaves as it is (Arabic, Hebrew, ...) is also analysed in
    normality's Latin transliteration, and so is any non-ASCII name (a second romanisation)."""
    texts: list[str] = []
    for raw in names:
        texts.append(raw)
        if not raw.isascii():
            latin = ascii_text(raw)
            if latin and latin.strip():
                texts.append(latin)
    found = analyze_names(
        tag,
        texts,
        consolidate=False,
        infer_initials=False,
        phonetics=False,
        symbols=tag is not NameTypeTag.PER,
    )
    return sorted(found, key=lambda n: n.comparable)


def name_tokens(name: Name) -> list[str]:
    """Comparable forms of every part (what the blocking index keys on)."""
    return [p.comparable for p in name.parts if p.comparable]


_GENERIC_CACHE: dict[int, tuple[Name, frozenset[NamePart]]] = {}


def generic_parts(name: Name) -> frozenset[NamePart]:
    """``_generic_parts``, remembered for the names most recently asked about (listed names
    are compared again and again)."""
    hit = _GENERIC_CACHE.get(id(name))
    if hit is not None and hit[0] is name:
        return hit[1]
    found = _generic_parts(name)
    if len(_GENERIC_CACHE) > 200_000:
        _GENERIC_CACHE.clear()
    _GENERIC_CACHE[id(name)] = (name, found)
    return found


def _generic_parts(name: Name) -> frozenset[NamePart]:
    """The parts of ``name`` that say nothing about which company it is. In a name made
    only of common words ("Electronics Institute Ltd") the common words count, but its
    legal form and stop words still do not."""
    basic = {p for p in name.parts if p.tag in GENERIC_TAGS or is_stopword(p.form)}
    generic = set(basic)
    for span in name.spans:
        if span.symbol.category in GENERIC_CATEGORIES:
            generic.update(span.parts)
    if len(generic) < len(name.parts):
        return frozenset(generic)
    if len(basic) < len(name.parts):
        return frozenset(basic)
    return frozenset()


@dataclass(frozen=True, slots=True)
class PairScore:
    """How well one query name matches one listed name, and why (the explanation is
    written only when asked for: most pairs are scored and dropped)."""

    score: float
    distinctive: bool
    matches: tuple[Alignment, ...] = ()
    generic: frozenset[NamePart] = frozenset()
    note: str = ""

    @property
    def explanation(self) -> str:
        if self.note:
            return self.note
        return ", ".join(_describe(m, self.generic) for m in self.matches)


def _describe(a: Alignment, generic: frozenset[NamePart]) -> str:
    parts = list(a.qps) + list(a.rps)
    common = " (common word)" if parts and all(p in generic for p in parts) else ""
    if not a.rps:
        return f"'{a.qstr}' only in query{common}"
    if not a.qps:
        return f"'{a.rstr}' only in listed name{common}"
    if a.symbol is not None:
        return f"{a.qstr}~{a.rstr} ({a.symbol.category.value.lower()}){common}"
    sign = "=" if a.qstr == a.rstr else "≈"
    return f"{a.qstr}{sign}{a.rstr} {a.score:.2f}{common}"


@lru_cache(maxsize=100_000)
def phonetic_key(word: str) -> str:
    """rigour's metaphone key with doubled letters collapsed ("tobacco" → TBK, like "tubakku")."""
    key = metaphone(word)
    return "".join(c for i, c in enumerate(key) if i == 0 or key[i - 1] != c)


def part_similarity(q: str, r: str) -> float:
    """How alike two single name parts are, allowing for typos and transliteration drift:
    one edit (rapidfuzz's optimal string alignment: a transposition is one edit) scores the
    normalised similarity, and in long parts (``TYPO_LONG_LENGTH``) costs only
    ``TYPO_LONG_FACTOR`` of its share; more edits count only when rigour's metaphone keys
    agree (``Kirkuito``/``Circuito``, ``Hamid``/``Hamed``), so ``Intellect`` is not
    ``Intellexa``. Short parts (under ``TYPO_MIN_LENGTH``) count only when equal."""
    if q == r:
        return 1.0
    if min(len(q), len(r)) < TYPO_MIN_LENGTH:
        return 0.0
    best = 0.0
    if OSA.distance(q, r, score_cutoff=1) <= 1:  # one slip: a typo
        best = OSA.normalized_similarity(q, r)
        if min(len(q), len(r)) >= TYPO_LONG_LENGTH:
            best = 1.0 - (1.0 - best) * TYPO_LONG_FACTOR
    if min(len(q), len(r)) >= PHONETIC_MIN_LENGTH and not (q.isdigit() or r.isdigit()):
        qm, rm = phonetic_key(q), phonetic_key(r)
        if len(qm) >= 3 and qm == rm:
            best = max(best, PHONETIC_SCORE)
    return best


def _typo_score(a: Alignment) -> float:
    """rigour's residue score, or ``part_similarity`` for one part against one part
    (one transposition in "Candiru"/"Candriu" is a typo, not another company)."""
    if a.qstr == a.rstr:
        return 1.0
    q, r = a.qstr.replace(" ", ""), a.rstr.replace(" ", "")
    if q == r:
        return 0.98
    if len(a.qps) != 1 or len(a.rps) != 1:
        return a.score
    return max(a.score, part_similarity(q, r))


def _rescue(aligned: list[Alignment]) -> list[Alignment]:
    """Pair parts that rigour's residue comparison left alone on both sides when they are
    alike by ``part_similarity`` ("tubakku" against "tobacco", read back from Arabic script)."""
    q_alone = [m for m in aligned if not m.rps and len(m.qps) == 1]
    r_alone = [m for m in aligned if not m.qps and len(m.rps) == 1]
    if not q_alone or not r_alone:
        return aligned
    scored = sorted(
        (
            (part_similarity(q.qps[0].comparable, r.rps[0].comparable), i, j)
            for i, q in enumerate(q_alone)
            for j, r in enumerate(r_alone)
        ),
        key=lambda x: -x[0],
    )
    used_q: set[int] = set()
    used_r: set[int] = set()
    paired: list[Alignment] = []
    for sim, i, j in scored:
        if sim < TYPO_MIN_SIMILARITY:
            break
        if i in used_q or j in used_r:
            continue
        used_q.add(i)
        used_r.add(j)
        paired.append(Alignment(q_alone[i].qps, r_alone[j].rps, score=sim))
    if not paired:
        return aligned
    drop = {id(q_alone[i]) for i in used_q} | {id(r_alone[j]) for j in used_r}
    return [m for m in aligned if id(m) not in drop] + paired


def _pair_order(
    q_rest: list[NamePart], r_rest: list[NamePart]
) -> tuple[list[NamePart], list[NamePart]]:
    """Both residues in an order where alike parts face each other, whatever the word order
    ("Brigades Al-Mujahidin" against "Al-Mujahidin Brigades"); unpaired parts go last."""
    if len(q_rest) < 2 and len(r_rest) < 2:
        return q_rest, r_rest
    scored = sorted(
        (
            (Indel.normalized_similarity(qp.comparable, rp.comparable), i, j)
            for i, qp in enumerate(q_rest)
            for j, rp in enumerate(r_rest)
        ),
        reverse=True,
    )
    q_taken: dict[int, int] = {}
    r_taken: set[int] = set()
    for sim, i, j in scored:
        if sim < 0.5:
            break
        if i not in q_taken and j not in r_taken:
            q_taken[i] = j
            r_taken.add(j)
    q_order = sorted(q_taken) + [i for i in range(len(q_rest)) if i not in q_taken]
    r_order = [q_taken[i] for i in sorted(q_taken)] + [
        j for j in range(len(r_rest)) if j not in r_taken
    ]
    return [q_rest[i] for i in q_order], [r_rest[j] for j in r_order]


def compare_names(query: Name, result: Name) -> PairScore:
    """Score ``query`` against ``result`` over every symbol pairing; the best pairing wins."""
    if query.comparable == result.comparable:
        return PairScore(
            1.0, True, note=f"'{result.comparable}' identical after normalisation"
        )
    generic = generic_parts(query) | generic_parts(result)
    best: PairScore | None = None
    for edges in pair_symbols(query, result):
        matches: list[Alignment] = []
        for edge in edges:
            category = edge.symbol.category if edge.symbol is not None else None
            edge.score = (
                SYMBOL_SCORE.get(category, 1.0) if category is not None else 1.0
            )
            edge.weight = (
                SYMBOL_WEIGHT.get(category, 1.0) if category is not None else 1.0
            )
            matches.append(edge)
        q_used = {p for e in edges for p in e.qps}
        r_used = {p for e in edges for p in e.rps}
        q_rest = [p for p in query.parts if p not in q_used]
        r_rest = [p for p in result.parts if p not in r_used]
        if q_rest or r_rest:
            if query.tag == NameTypeTag.PER or result.tag == NameTypeTag.PER:
                q_rest, r_rest = align_person_name_order(q_rest, r_rest)
            else:
                q_rest, r_rest = _pair_order(q_rest, r_rest)
            matches.extend(_rescue(compare_parts(q_rest, r_rest)))
        scored = _score(matches, generic, result)
        if best is None or scored.score > best.score:
            best = scored
            if best.score >= 1.0:
                break
    return best or PairScore(0.0, False, note="no part in common")


def _surface(name: Name) -> list[str]:
    """The listed name's words as written (``limited`` where the compare form says ``ltd``)."""
    return [t for t in tokenize_name((ascii_text(name.original) or "").lower()) if t]


def _score(
    matches: list[Alignment], generic: frozenset[NamePart], result: Name
) -> PairScore:
    """Weighted mean of the alignments' scores, under our policy:

    - generic parts weigh little, and a missing generic part almost nothing;
    - a query part the listed name lacks weighs more than a listed part the query lacks
      (lists carry long legal names, and patronymics a party record omits), except when
      both sides keep distinctive parts of their own: then the names *disagree* (another
      given name, another company word), and the listed extras weigh as much;
    - a number only the listed name carries ("Branch 216") weighs fully;
    - a query word facing a listed legal form or common word is also compared with the
      word as the list writes it ("Limmited" against "Limited", rewritten to "ltd");
    - names that agree on nothing distinctive are capped at ``GENERIC_ONLY_CAP``."""
    surface: list[str] | None = None
    q_extra = any(not m.rps and not all(p in generic for p in m.qps) for m in matches)
    r_extra = any(not m.qps and not all(p in generic for p in m.rps) for m in matches)
    conflict = q_extra and r_extra
    total = weighted = 0.0
    distinctive = False
    for m in matches:
        is_generic = all(p in generic for p in (*m.qps, *m.rps))
        factor = GENERIC_EXTRA_FACTOR if is_generic else 1.0
        if not m.rps:
            m.weight = EXTRA_QUERY_WEIGHT * factor
            m.score = 0.0
        elif not m.qps:
            if any(p.numeric for p in m.rps):
                m.weight = EXTRA_NUMBER_WEIGHT
            else:
                m.weight = (
                    EXTRA_QUERY_WEIGHT if conflict else EXTRA_RESULT_WEIGHT
                ) * factor
            m.score = 0.0
        else:
            if m.symbol is None:
                m.score = _typo_score(m)
                if (
                    m.score < TYPO_MIN_SIMILARITY
                    and len(m.qps) == 1
                    and all(p in generic for p in m.rps)
                ):
                    surface = _surface(result) if surface is None else surface
                    q = m.qps[0].comparable
                    m.score = max([m.score, *(part_similarity(q, w) for w in surface)])
                    if m.score >= TYPO_MIN_SIMILARITY:
                        is_generic = True
            elif m.qstr == m.rstr:
                m.score = 1.0
            if is_generic:
                m.weight = min(m.weight, 0.3)
            elif m.score >= 0.5:
                distinctive = True
        total += m.weight
        weighted += m.weight * m.score
    score = weighted / total if total > 0 else 0.0
    if not distinctive:
        score = min(score, GENERIC_ONLY_CAP)
    return PairScore(round(score, 4), distinctive, tuple(matches), generic)
