"""An index over listed names: a cheap blocking step, then rigour scoring.

Scoring every listed name with the full name comparison is too slow for a 15,000-entity
list with aliases, so a query first picks candidates by IDF-weighted character-trigram
overlap (cosine-normalised, so "Syrian Military Intelligence" prefers the listed name that
is exactly that over the one that adds "Branch 216"). Trigrams are hashed to integers with
a stable hash (``features``), computed once per listed name when a list is loaded and
stored with it (``screening_names``), so an index is assembled from arrays without
analysing a name. Postings are CSR numpy arrays; a query costs one ``bincount``.

Only the best ``candidates`` names are then analysed (lazily, once per process) and
compared with ``compare_names``; country and entity type are weighed as supporting or
contradicting evidence.

List versions never change once loaded, so an index built for a set of versions stays
valid; ``index_cache`` keeps the most recent ones per process.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist
from rapidfuzz.utils import default_process
from rigour.names import Name, NameTypeTag

from enduse.screening._match import (
    PairScore,
    analyze,
    compare_names,
    name_tokens,
    phonetic_key,
    type_tag,
)
from enduse.screening.models import EntityType, ScreeningResult

#: Bumped whenever ``features`` changes; stored feature rows of another scheme are rebuilt.
FEATURE_SCHEME = 1
FEATURE_BITS = 22
COUNTRY_SUPPORT = 0.03  # the party's country is among the listed entity's countries
COUNTRY_CONTRADICTION = 0.15  # it is not (and the listing names some)
TYPE_CONTRADICTION = 0.25  # a person against a listed company, or the reverse
CANDIDATES = 30  # listed names scored per query
SHORTLIST_ALWAYS = 2  # the best blocking candidates always get a full comparison
#: the others only when rapidfuzz's token-set ratio reaches this
SHORTLIST_SIMILARITY = 65
#: trigrams in more names than this share are skipped when rarer ones exist
COMMON_FEATURE_SHARE = 0.05
CANDIDATE_FLOOR = (
    0.3  # names whose trigram similarity is below this share of the best are not scored
)


@dataclass(frozen=True, slots=True)
class IndexedEntity:
    """A listed entity as the index holds it (``aliases`` only when the index analyses names itself)."""

    list_name: str
    list_version: str
    list_id: int
    entity_id: str
    name: str
    entity_type: EntityType
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    programs: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class IndexedName:
    """One listed name (a primary name or an alias) with its blocking features."""

    entity: int  # position of the owning entity in the index's entity list
    name: str
    features: bytes  # little-endian uint32 feature ids (``features_of``)


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << FEATURE_BITS) - 1)


def token_features(tokens: Iterable[str]) -> set[int]:
    """Hashed character trigrams of each token (padded), plus trigrams of the tokens joined
    (so "n s o" finds "nso", and "al adl" finds "aladl"), plus each longer token's sorted
    letters ("aritn" finds "artin") and its metaphone key ("tubakku" finds "tobacco")."""
    toks = [t for t in tokens if t]
    feats: set[str] = set()
    for tok in toks:
        padded = f" {tok} "
        feats.update(padded[i : i + 3] for i in range(len(padded) - 2))
    joined = "".join(toks)
    if len(joined) >= 3:
        feats.update("#" + joined[i : i + 3] for i in range(len(joined) - 2))
    for tok in toks:
        if len(tok) >= 4 and not tok.isdigit():
            feats.add(
                "~" + "".join(sorted(tok))
            )  # its letters: survives a transposition
            feats.add(
                "^" + phonetic_key(tok)
            )  # its sound: survives transliteration drift
    return {_hash(f) for f in feats}


def features_of(names: Iterable[Name]) -> set[int]:
    out: set[int] = set()
    for name in names:
        out |= token_features(name_tokens(name))
    return out


def listed_names(
    name: str, aliases: Iterable[str], entity_type: EntityType
) -> list[tuple[str, bytes]]:
    """Each distinct listed name of an entity with its packed features (what a list load stores)."""
    tag = type_tag(entity_type)
    out: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for raw in dict.fromkeys([name, *aliases]):
        analysed = analyze([raw], tag)
        key = "|".join(n.comparable for n in analysed)
        if not analysed or key in seen:
            continue
        seen.add(key)
        feats = np.fromiter(sorted(features_of(analysed)), dtype="<u4")
        out.append((raw, feats.tobytes()))
    return out


Fetch = Callable[[Sequence[int]], Mapping[int, IndexedEntity]]


class ScreeningIndex:
    """Names of a set of listed entities, ready to be searched.

    Built either from ``entities`` (held in memory; their names are analysed here unless
    ``names`` are given), or from stored ``names`` with only each entity's ``types`` and
    database ``keys``: then the details of the few entities a search scores are fetched
    with the ``fetch`` that ``search`` receives, and kept."""

    def __init__(
        self,
        entities: Sequence[IndexedEntity] | None = None,
        names: Sequence[IndexedName] | None = None,
        *,
        types: Sequence[EntityType] | None = None,
        keys: Sequence[int] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self._details: dict[int, IndexedEntity] = dict(enumerate(entities or ()))
        if entities is not None:
            types = [e.entity_type for e in entities]
        if types is None:
            raise ValueError("an index needs its entities, or their types and keys")
        self.types = list(types)
        self.keys = list(keys) if keys is not None else list(range(len(self.types)))
        if names is None:  # analyse here (tests, benchmarks, the registry)
            built: list[IndexedName] = []
            for e_idx, entity in self._details.items():
                for raw, packed in listed_names(
                    entity.name, entity.aliases, entity.entity_type
                ):
                    built.append(IndexedName(e_idx, raw, packed))
                if progress is not None and e_idx % 1000 == 0:
                    progress(e_idx, len(self.types))
            names = built
        self.raw = [n.name for n in names]
        self.owners = np.fromiter(
            (n.entity for n in names), dtype=np.int64, count=len(names)
        )
        entity_tags = [type_tag(t) for t in self.types]
        self._tags = [entity_tags[n.entity] for n in names]
        counts = np.fromiter(
            (len(n.features) // 4 for n in names), dtype=np.int64, count=len(names)
        )
        feats = np.frombuffer(b"".join(n.features for n in names), dtype="<u4").astype(
            np.int64
        )
        rows = np.repeat(np.arange(len(names), dtype=np.int32), counts)
        order = np.argsort(feats, kind="stable")
        self._post_names = rows[order]
        self._keys, starts, df = np.unique(
            feats[order], return_index=True, return_counts=True
        )
        self._starts = starts
        self._ends = starts + df
        total = max(len(names), 1)
        self._idf = np.log(1.0 + total / df)
        # each name's norm: the sum of its features' weights
        self._norms = (
            np.bincount(
                rows,
                weights=self._idf[np.searchsorted(self._keys, feats)],
                minlength=len(names),
            )
            if len(feats)
            else np.zeros(len(names))
        )
        self._common = max(50, int(total * COMMON_FEATURE_SHARE))
        self._analysed: dict[int, list[Name]] = {}
        self._lock = threading.Lock()

    def entities(
        self, positions: Iterable[int], fetch: Fetch | None
    ) -> dict[int, IndexedEntity]:
        """Details of the entities at ``positions`` (fetched once, then kept)."""
        wanted = list(dict.fromkeys(positions))
        missing = [p for p in wanted if p not in self._details]
        if missing:
            if fetch is None:
                raise ValueError("this index fetches entity details: pass fetch=")
            found = fetch([self.keys[p] for p in missing])
            with self._lock:
                for p in missing:
                    self._details[p] = found[self.keys[p]]
        return {p: self._details[p] for p in wanted}

    def __len__(self) -> int:
        return len(self.types)

    @property
    def name_count(self) -> int:
        return len(self.raw)

    def listed(self, n_idx: int) -> list[Name]:
        """The analysed forms of listed name ``n_idx`` (analysed on first use, then kept)."""
        found = self._analysed.get(n_idx)
        if found is None:
            found = analyze([self.raw[n_idx]], self._tags[n_idx])
            with self._lock:
                self._analysed[n_idx] = found
        return found

    def _candidates(self, queries: Iterable[Name], limit: int) -> list[int]:
        qf = np.fromiter(features_of(queries), dtype=np.int64)
        if len(qf) == 0 or len(self._keys) == 0:
            return []
        pos = np.minimum(np.searchsorted(self._keys, qf), len(self._keys) - 1)
        hit = pos[self._keys[pos] == qf]
        if len(hit) == 0:
            return []
        q_norm = float(self._idf[hit].sum())
        df = self._ends[hit] - self._starts[hit]
        rare = hit[df <= self._common]
        if len(rare) >= max(
            3, len(hit) // 2
        ):  # the commonest trigrams decide little and cost the most
            hit = rare
        ids = np.concatenate(
            [self._post_names[self._starts[p] : self._ends[p]] for p in hit]
        )
        weights = np.repeat(self._idf[hit], self._ends[hit] - self._starts[hit])
        dots = np.bincount(ids, weights=weights, minlength=len(self.raw))
        # query-side norm counts every query feature (unknown ones with the highest weight)
        unknown = len(qf) - len(hit)
        q_norm += unknown * float(np.log(1.0 + len(self.raw)))
        scores = dots / np.sqrt(q_norm * np.maximum(self._norms, 1e-9))
        top = min(limit, int(np.count_nonzero(dots)))
        if top == 0:
            return []
        best = np.argpartition(-scores, top - 1)[:top]
        best = best[np.argsort(-scores[best], kind="stable")]
        floor = scores[best[0]] * CANDIDATE_FLOOR
        return [int(i) for i in best if scores[i] >= floor]

    def search(
        self,
        name: str,
        *,
        country: str | None = None,
        entity_type: EntityType | None = None,
        limit: int = 10,
        min_score: float = 0.0,
        candidates: int = CANDIDATES,
        fetch: Fetch | None = None,
    ) -> list[ScreeningResult]:
        """Listed entities resembling ``name``, best first, each with its score and reasons."""
        if entity_type in (None, EntityType.UNKNOWN):
            tags = {
                NameTypeTag.ORG: analyze([name], NameTypeTag.ORG),
                NameTypeTag.PER: analyze([name], NameTypeTag.PER),
            }
        else:
            tag = type_tag(entity_type)
            tags = {tag: analyze([name], tag)}
        queries = [q for qs in tags.values() for q in qs]
        best: dict[int, tuple[float, PairScore, Name]] = {}
        for n_idx in self._shortlist(queries, self._candidates(queries, candidates)):
            owner = int(self.owners[n_idx])
            for listed in self.listed(n_idx):
                side = (
                    tags.get(listed.tag)
                    or tags.get(
                        NameTypeTag.PER
                        if listed.tag == NameTypeTag.PER
                        else NameTypeTag.ORG
                    )
                    or queries
                )
                for q in side:
                    pair = compare_names(q, listed)
                    if pair.score > 0 and (
                        owner not in best or pair.score > best[owner][0]
                    ):
                        best[owner] = (pair.score, pair, listed)
        details = self.entities(best, fetch)
        ranked = sorted(
            (
                (self._adjust(details[i], s, country, entity_type), i)
                for i, (s, _, _) in best.items()
            ),
            key=lambda x: (-x[0], details[x[1]].list_name, details[x[1]].entity_id),
        )
        results = []
        for adjusted, i in ranked[:limit]:
            if adjusted < min_score:
                break
            s, pair, listed = best[i]
            results.append(
                self._result(
                    details[i], s, pair.explanation, listed, country, entity_type
                )
            )
        return results

    def _shortlist(self, queries: list[Name], found: list[int]) -> list[int]:
        """The blocking candidates worth a full comparison: the first few always, the rest
        only when a quick rapidfuzz token comparison finds them alike at all."""
        if len(found) <= SHORTLIST_ALWAYS:
            return found
        forms = [q.comparable for q in queries]
        names = [
            " ".join(self.raw[i].lower().split()) for i in found[SHORTLIST_ALWAYS:]
        ]
        sims = np.max(
            cdist(
                forms,
                [default_process(n) for n in names],
                scorer=fuzz.token_set_ratio,
                workers=1,
            ),
            axis=0,
        )
        return found[:SHORTLIST_ALWAYS] + [
            i
            for i, sim in zip(found[SHORTLIST_ALWAYS:], sims, strict=True)
            if sim >= SHORTLIST_SIMILARITY
        ]

    @staticmethod
    def _adjust(
        entity: IndexedEntity,
        score: float,
        country: str | None,
        entity_type: EntityType | None,
    ) -> float:
        """``score`` after the country and entity-type evidence (as ``_result`` states it)."""
        if country and entity.countries:
            score += (
                COUNTRY_SUPPORT
                if country.upper() in entity.countries
                else -COUNTRY_CONTRADICTION
            )
        if (
            entity_type not in (None, EntityType.UNKNOWN)
            and entity.entity_type is not EntityType.UNKNOWN
            and (entity_type is EntityType.PERSON)
            != (entity.entity_type is EntityType.PERSON)
        ):
            score -= TYPE_CONTRADICTION
        return round(min(1.0, max(0.0, score)), 3)

    @staticmethod
    def _result(
        entity: IndexedEntity,
        score: float,
        why: str,
        listed: Name,
        country: str | None,
        entity_type: EntityType | None,
    ) -> ScreeningResult:
        matched = listed.original
        role = "primary name" if matched == entity.name else "alias"
        reasons = [f"{role} {matched!r}: {why}"]
        if country and entity.countries:
            if country.upper() in entity.countries:
                score += COUNTRY_SUPPORT
                reasons.append(
                    f"country {country.upper()} supports (listed: {', '.join(entity.countries)})"
                )
            else:
                score -= COUNTRY_CONTRADICTION
                reasons.append(
                    f"country {country.upper()} contradicts (listed: {', '.join(entity.countries)})"
                )
        if (
            entity_type not in (None, EntityType.UNKNOWN)
            and entity.entity_type is not EntityType.UNKNOWN
        ):
            if (entity_type is EntityType.PERSON) != (
                entity.entity_type is EntityType.PERSON
            ):
                score -= TYPE_CONTRADICTION
                reasons.append(
                    f"type {entity_type} contradicts listed {entity.entity_type}"
                )
            else:
                reasons.append(f"type {entity_type} agrees")
        if entity.source:
            reasons.append(
                f"listed on {entity.source}"
                + (f" ({', '.join(entity.programs)})" if entity.programs else "")
            )
        return ScreeningResult(
            list=entity.list_name,
            list_version=entity.list_version,
            entity_id=entity.entity_id,
            name=entity.name,
            matched_name=matched,
            score=round(min(1.0, max(0.0, score)), 3),
            reasons=reasons,
            entity_type=entity.entity_type,
            countries=list(entity.countries),
            programs=list(entity.programs),
            list_id=entity.list_id,
        )


class IndexCache:
    """The last few indexes built, keyed by the list-version ids they cover (thread-safe)."""

    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._items: OrderedDict[tuple[object, ...], ScreeningIndex] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self, key: tuple[object, ...], build: Callable[[], ScreeningIndex]
    ) -> ScreeningIndex:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            index = build()
            self._items[key] = index
            while len(self._items) > self._size:
                self._items.popitem(last=False)
            return index

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


index_cache = IndexCache()
