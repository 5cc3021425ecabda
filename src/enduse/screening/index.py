"""An in-memory index over listed names: a cheap blocking step, then rigour scoring.

Scoring every listed name with the full name comparison is too slow for a 15,000-entity
list with aliases, so a query first picks candidates by weighted character-trigram
overlap of its *distinctive* parts (legal forms and common words are left out, so
"Technologies Ltd" retrieves nothing by itself). Postings are numpy arrays; one query
costs a ``bincount`` over the postings of its trigrams. Only the best ``candidates``
names are then compared with ``compare_names``, and country and entity type are weighed
as supporting or contradicting evidence.

List versions never change once loaded, so an index built for a set of versions stays
valid; ``index_cache`` keeps the most recent ones per process.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rigour.names import Name, NameTypeTag

from enduse.screening._match import analyze, compare_names, distinctive_tokens, type_tag
from enduse.screening.models import EntityType, ScreeningResult

COUNTRY_SUPPORT = 0.03  # the party's country is among the listed entity's countries
COUNTRY_CONTRADICTION = 0.15  # it is not (and the listing names some)
TYPE_CONTRADICTION = 0.25  # a person against a listed company, or the reverse
CANDIDATE_FLOOR = (
    0.35  # names whose trigram overlap is below this share of the best are not scored
)
COMMON_FEATURE_SHARE = (
    0.05  # trigrams in more than this share of names are skipped when rarer ones exist
)


@dataclass(frozen=True, slots=True)
class IndexedEntity:
    """A listed entity as the index holds it."""

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


def _features(name: Name) -> set[str]:
    feats: set[str] = set()
    tokens = distinctive_tokens(name)
    for tok in tokens:
        padded = f" {tok} "
        feats.update(padded[i : i + 3] for i in range(len(padded) - 2))
    joined = "".join(tokens)  # "n s o" and "nso" share trigrams this way
    if len(joined) >= 3:
        feats.update("#" + joined[i : i + 3] for i in range(len(joined) - 2))
    return feats


class ScreeningIndex:
    """Names of a set of listed entities, ready to be searched."""

    def __init__(
        self,
        entities: Sequence[IndexedEntity],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.entities = list(entities)
        self.names: list[Name] = []
        self.owners: list[int] = []
        postings: dict[str, list[int]] = {}
        for e_idx, entity in enumerate(self.entities):
            tag = type_tag(entity.entity_type)
            for name in analyze([entity.name, *entity.aliases], tag):
                n_idx = len(self.names)
                self.names.append(name)
                self.owners.append(e_idx)
                for feat in _features(name):
                    postings.setdefault(feat, []).append(n_idx)
            if progress is not None and e_idx % 1000 == 0:
                progress(e_idx, len(self.entities))
        total = max(len(self.names), 1)
        self._postings = {f: np.asarray(p, dtype=np.int32) for f, p in postings.items()}
        self._idf = {f: math.log(1.0 + total / len(p)) for f, p in postings.items()}
        self._common = max(50, int(total * COMMON_FEATURE_SHARE))

    def __len__(self) -> int:
        return len(self.entities)

    def _candidates(self, queries: Iterable[Name], limit: int) -> list[int]:
        feats: set[str] = set()
        for q in queries:
            feats.update(f for f in _features(q) if f in self._postings)
        if not feats:
            return []
        rare = [f for f in feats if len(self._postings[f]) <= self._common]
        use = rare if len(rare) >= 3 else list(feats)
        ids = np.concatenate([self._postings[f] for f in use])
        weights = np.concatenate(
            [np.full(len(self._postings[f]), self._idf[f]) for f in use]
        )
        scores = np.bincount(ids, weights=weights, minlength=len(self.names))
        top = min(limit, int(np.count_nonzero(scores)))
        if top == 0:
            return []
        best = np.argpartition(-scores, top - 1)[:top]
        best = best[np.argsort(-scores[best])]
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
        candidates: int = 20,
    ) -> list[ScreeningResult]:
        """Listed entities resembling ``name``, best first, each with its score and reasons."""
        if entity_type in (None, EntityType.UNKNOWN):
            tags = {
                NameTypeTag.ORG: analyze([name], NameTypeTag.ORG, query=True),
                NameTypeTag.PER: analyze([name], NameTypeTag.PER, query=True),
            }
        else:
            tag = type_tag(entity_type)
            tags = {tag: analyze([name], tag, query=True)}
        queries = [q for qs in tags.values() for q in qs]
        blocking = (
            tags.get(NameTypeTag.ORG) or queries
        )  # org analysis sets legal forms aside
        best: dict[int, tuple[float, str, Name]] = {}
        for n_idx in self._candidates(blocking, candidates):
            listed = self.names[n_idx]
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
                owner = self.owners[n_idx]
                if pair.score > 0 and (
                    owner not in best or pair.score > best[owner][0]
                ):
                    best[owner] = (pair.score, pair.explanation, listed)
        results = [
            self._result(self.entities[i], s, why, listed, country, entity_type)
            for i, (s, why, listed) in best.items()
        ]
        results = [r for r in results if r.score >= min_score]
        results.sort(key=lambda r: (-r.score, r.list, r.entity_id))
        return results[:limit]

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
        self._items: OrderedDict[tuple[int, ...], ScreeningIndex] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self, key: tuple[int, ...], build: Callable[[], ScreeningIndex]
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


index_cache = IndexCache()
