"""Precision and recall of restricted-party name matching over a labelled set of name variants.

The set is *built* from the OFAC SDN 2022 files with aliases (``sdn.csv`` + ``alt.csv`` +
``add.csv`` in ``/work/shared/data/screening/ofac_sdn_alt_add_2022-01-31``), deterministically
from a seed, and saved as JSON lines (``data/screening/eval_variants.jsonl``; see
``data/screening/README.md``). Positives are real aliases and generated variants of listed
names (typos, transliteration into Cyrillic/Greek/Arabic script, a Latin → Cyrillic → Latin
round trip through another romanisation, word reorderings, legal-form variants, dotted
acronyms, two of these at once). Negatives are different entities that look alike: companies
that share the listed company's generic words (legal form, "Trading", "Bank", "National", ...)
but not its distinctive name, and persons who share a listed person's surname but not their
given names.

Each query is screened against the whole list (every alias) exactly as ``enduse screening
check`` does. Per query at threshold t: a positive is a true positive when an expected entity
scores >= t (else a false negative, and also a false positive when another entity does); a
negative is a false positive when any entity scores >= t.

Run::

    PYTHONPATH=src python benchmarks/screening_eval.py                 # build if missing, evaluate
    PYTHONPATH=src python benchmarks/screening_eval.py --rebuild --seed 7 --out /tmp/v7.jsonl
    PYTHONPATH=src python benchmarks/screening_eval.py --variants OTHER.jsonl --show 30

Prints figures; not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import icu
from normality import ascii_text
from rapidfuzz import process
from rapidfuzz.distance import Indel

from enduse.screening.index import IndexedEntity, ScreeningIndex
from enduse.screening.loaders import read_list
from enduse.screening.models import EntityType, ListFormat, ListRecord, LoadStats
from enduse.screening.service import Thresholds

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/data/screening")
if not SHARED.exists():  # a worktree two levels below /work
    SHARED = ROOT.parents[1] / "shared" / "data" / "screening"
LIST_FOLDER = SHARED / "ofac_sdn_alt_add_2022-01-31"
DEFAULT_OUT = ROOT / "data" / "screening" / "eval_variants.jsonl"
SEED = 20261125


def _say(message: str = "") -> None:
    print(message)  # noqa: T201 -- a benchmark prints its figures


# -- building the labelled set ------------------------------------------------------------------

#: Words that many different companies share. A negative keeps these and replaces the rest.
COMMON_ORG_WORDS = frozenset(
    [
        "ltd",
        "limited",
        "llc",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "companies",
        "plc",
        "sa",
        "s",
        "a",
        "ag",
        "gmbh",
        "bv",
        "nv",
        "spa",
        "srl",
        "sarl",
        "jsc",
        "ojsc",
        "cjsc",
        "pjsc",
        "ao",
        "oao",
        "zao",
        "ooo",
        "fze",
        "fzco",
        "fzc",
        "llp",
        "lp",
        "pte",
        "pvt",
        "sdn",
        "bhd",
        "kft",
        "zrt",
        "doo",
        "ad",
        "as",
        "ab",
        "oy",
        "kg",
        "ek",
        "tov",
        "group",
        "holding",
        "holdings",
        "international",
        "intl",
        "global",
        "general",
        "trading",
        "trade",
        "traders",
        "industries",
        "industrial",
        "industry",
        "technologies",
        "technology",
        "tech",
        "services",
        "service",
        "solutions",
        "systems",
        "enterprises",
        "enterprise",
        "investment",
        "investments",
        "capital",
        "partners",
        "management",
        "consulting",
        "engineering",
        "construction",
        "development",
        "import",
        "export",
        "commercial",
        "commerce",
        "marketing",
        "petroleum",
        "oil",
        "gas",
        "energy",
        "marine",
        "shipping",
        "shipbuilding",
        "maritime",
        "logistics",
        "transport",
        "airlines",
        "aviation",
        "airways",
        "bank",
        "banco",
        "banque",
        "national",
        "nacional",
        "central",
        "islamic",
        "commercial",
        "finance",
        "financial",
        "exchange",
        "insurance",
        "electronics",
        "electric",
        "power",
        "chemical",
        "chemicals",
        "pharmaceutical",
        "medical",
        "manufacturing",
        "mining",
        "metals",
        "steel",
        "foods",
        "agricultural",
        "products",
        "the",
        "of",
        "and",
        "de",
        "del",
        "la",
        "el",
        "al",
        "der",
        "und",
        "for",
        "et",
        "y",
        "e",
        "da",
        "do",
    ]
)

#: Equivalent legal forms (a variant swaps one for another in its row, or adds/drops one).
LEGAL_FORMS = [
    ["Ltd", "Limited", "Ltd."],
    ["LLC", "L.L.C.", "Limited Liability Company"],
    ["Co.", "Company", "Co"],
    ["Inc", "Inc.", "Incorporated"],
    ["Corp", "Corp.", "Corporation"],
    ["JSC", "Joint Stock Company", "AO"],
    ["S.A.", "SA", "Sociedad Anonima"],
    ["GmbH", "Gesellschaft mit beschrankter Haftung"],
    ["PLC", "Public Limited Company"],
    ["FZE", "Free Zone Establishment"],
]
_LEGAL_LOOKUP = {
    re.sub(r"\W", "", form.lower()): row for row in LEGAL_FORMS for form in row
}
_LEGAL_ANY = ["Ltd", "Limited", "LLC", "Co.", "Inc", "Corp", "JSC", "S.A."]

_TRANSLIT = {
    "cyrillic": "Latin-Cyrillic",
    "greek": "Latin-Greek",
    "arabic": "Latin-Arabic",
}
_ROUND_TRIP = ("Latin-Russian/BGN", "Russian-Latin/BGN")
_SYLLABLES = [
    "bra",
    "cor",
    "dal",
    "fen",
    "gri",
    "hol",
    "jun",
    "kes",
    "lom",
    "mir",
    "nav",
    "ost",
    "pel",
    "quo",
    "ros",
    "sul",
    "tam",
    "ver",
    "wex",
    "yal",
    "zor",
    "bel",
    "cas",
    "dor",
    "eno",
    "fal",
    "gar",
    "hen",
    "iro",
    "kal",
    "lun",
    "mar",
    "nor",
    "par",
    "rin",
    "sen",
    "tor",
    "ula",
    "vin",
    "wen",
    "xan",
]
_VOWELS = "aeiou"


def _key(text: str) -> str:
    """A plain comparison key: ASCII, lower case, letters and digits only, sorted words."""
    return " ".join(sorted(_tokens(text)))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", (ascii_text(text) or "").lower().replace("'", ""))


@dataclass
class Listed:
    entity_id: str
    name: str
    entity_type: EntityType
    aliases: tuple[str, ...]
    countries: tuple[str, ...]


class Builder:
    """Generates the labelled variants from the list records, deterministically from ``seed``."""

    def __init__(self, records: list[ListRecord], seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not secrets
        self.records = [
            Listed(r.entity_id, r.name, r.entity_type, r.aliases, r.countries)
            for r in records
        ]
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.vocab: set[str] = set()
        self.family_given: dict[str, set[str]] = defaultdict(set)
        for r in self.records:
            for n in (r.name, *r.aliases):
                self.by_key[_key(n)].add(r.entity_id)
                self.vocab.update(_tokens(n))
            if r.entity_type is EntityType.PERSON:
                for n in (r.name, *r.aliases):
                    if "," in n:
                        family, given = n.split(",", 1)
                        for f in _tokens(family):
                            self.family_given[f].update(_tokens(given))
        self.vocab_list = sorted(self.vocab)
        self._translit = {
            k: icu.Transliterator.createInstance(v) for k, v in _TRANSLIT.items()
        }
        self._trip = [icu.Transliterator.createInstance(t) for t in _ROUND_TRIP]
        self.items: list[dict[str, Any]] = []

    # ---- helpers
    def _expect(self, source: str, owner: str) -> list[str]:
        return sorted(self.by_key.get(_key(source), set()) | {owner})

    def _add(
        self, kind: str, query: str, listed: Listed | None, source: str, **extra: Any
    ) -> None:
        query = re.sub(r"\s+", " ", query).strip()
        if not query:
            return
        item: dict[str, Any] = {
            "id": f"{kind}-{len(self.items):05d}",
            "kind": kind,
            "label": "match" if listed is not None else "no_match",
            "query": query,
            "source": source,
            "expect": self._expect(source, listed.entity_id)
            if listed is not None
            else [],
        }
        item.update({k: v for k, v in extra.items() if v is not None})
        self.items.append(item)

    def _hints(self, listed: Listed) -> dict[str, str | None]:
        """Half the queries say the type; a third say a listed country (as a party record would)."""
        etype = None
        if (
            listed.entity_type in (EntityType.PERSON, EntityType.ORGANIZATION)
            and self.rng.random() < 0.5
        ):
            etype = listed.entity_type.value
        country = (
            self.rng.choice(listed.countries)
            if listed.countries and self.rng.random() < 0.33
            else None
        )
        return {"type": etype, "country": country}

    @staticmethod
    def _natural(name: str, entity_type: EntityType) -> str:
        """``FAMILY, Given`` as a person would be written in a party record: ``Given Family``."""
        if entity_type is EntityType.PERSON and name.count(",") == 1:
            family, given = (p.strip() for p in name.split(","))
            return f"{given} {family.title() if family.isupper() else family}"
        return name

    def _pick(self, types: Iterable[EntityType], n: int) -> list[Listed]:
        pool = [r for r in self.records if r.entity_type in set(types)]
        return self.rng.sample(pool, min(n, len(pool)))

    def _typo(self, text: str, edits: int = 1) -> str | None:
        words = text.split(" ")
        long_words = [
            i
            for i, w in enumerate(words)
            if len(w.strip(",.()")) >= 5 and w.strip(",.()").isalpha()
        ]
        if not long_words:
            return None
        for i in self.rng.sample(long_words, min(edits, len(long_words))):
            w = words[i]
            j = self.rng.randrange(1, len(w) - 1)
            op = self.rng.choice(["swap", "drop", "double", "replace"])
            if op == "swap" and w[j].isalpha() and w[j + 1 : j + 2].isalpha():
                w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            elif op == "drop":
                w = w[:j] + w[j + 1 :]
            elif op == "double":
                w = w[:j] + w[j] + w[j:]
            else:
                c = w[j].lower()
                pool = _VOWELS if c in _VOWELS else "bcdfghklmnprstvz"
                new = self.rng.choice([p for p in pool if p != c] or [c])
                w = w[:j] + (new.upper() if w[j].isupper() else new) + w[j + 1 :]
            words[i] = w
        return " ".join(words)

    def _reorder(self, listed: Listed, text: str) -> str | None:
        if listed.entity_type is EntityType.PERSON and "," in text:
            family, given = (p.strip() for p in text.split(",", 1))
            # surname first, no comma (as many registries write it)
            return f"{family} {given}"
        words = text.split()
        if len(words) < 2:
            return None
        for _ in range(5):
            shuffled = words[:]
            self.rng.shuffle(shuffled)
            if shuffled != words:
                return " ".join(shuffled)
        return None

    def _legal(self, text: str) -> str | None:
        words = text.split()
        for i, w in enumerate(words):
            row = _LEGAL_LOOKUP.get(re.sub(r"\W", "", w.lower()))
            if row is not None:
                alt = [
                    f
                    for f in row
                    if re.sub(r"\W", "", f.lower()) != re.sub(r"\W", "", w.lower())
                ]
                if alt:
                    return " ".join([*words[:i], self.rng.choice(alt), *words[i + 1 :]])
        r = self.rng.random()
        if r < 0.8:
            return f"{text} {self.rng.choice(_LEGAL_ANY)}"
        return None

    def _dotted(self, text: str) -> str | None:
        words = text.split()
        for i, w in enumerate(words):
            core = w.strip(",.")
            if (
                2 <= len(core) <= 5
                and core.isalpha()
                and core.isupper()
                and core.lower() not in COMMON_ORG_WORDS
            ):
                dotted = ".".join(core) + "."
                return " ".join([*words[:i], dotted, *words[i + 1 :]])
        return None

    def _script(self, text: str, script: str) -> str:
        return self._translit[script].transliterate(
            text.lower() if script == "arabic" else text.title()
        )

    def _round_trip(self, text: str) -> str:
        out = text.title()
        for t in self._trip:
            out = t.transliterate(out)
        return out

    def _pseudo_word(self) -> str:
        for _ in range(100):
            word = "".join(
                self.rng.choice(_SYLLABLES) for _ in range(self.rng.choice((2, 3)))
            )
            if word in self.vocab:
                continue
            near = process.extractOne(
                word,
                self.vocab_list,
                scorer=Indel.normalized_similarity,
                score_cutoff=0.7,
            )
            if near is None:
                return word
        raise RuntimeError("no pseudo-word found")

    # ---- positives
    def positives(self, n: int) -> None:
        org_like = (EntityType.ORGANIZATION, EntityType.VESSEL, EntityType.AIRCRAFT)
        persons = (EntityType.PERSON,)
        everyone = (*org_like, *persons)
        # real aliases from alt.csv, verbatim (as a party record might carry them)
        with_alias = [r for r in self.records if r.aliases]
        for listed in self.rng.sample(with_alias, min(n * 3 // 20, len(with_alias))):
            alias = self.rng.choice(listed.aliases)
            self._add(
                "alias",
                self._natural(alias, listed.entity_type),
                listed,
                alias,
                **self._hints(listed),
            )
        # the listed name as a party record would write it
        for listed in self._pick(everyone, n // 20):
            self._add(
                "exact",
                self._natural(listed.name, listed.entity_type),
                listed,
                listed.name,
                **self._hints(listed),
            )
        # typos (one slip; two in longer names), on a primary name or an alias
        for listed in self._pick(everyone, n * 3 // 20):
            source = self.rng.choice([listed.name, *listed.aliases])
            edits = 2 if len(_tokens(source)) >= 3 else 1
            q = self._typo(self._natural(source, listed.entity_type), edits)
            if q is not None:
                self._add("typo", q, listed, source, **self._hints(listed))
        # other scripts, and a round trip through another romanisation
        for script, share in (("cyrillic", 2), ("greek", 1), ("arabic", 1)):
            for listed in self._pick(everyone, n * share // 20):
                natural = self._natural(listed.name, listed.entity_type)
                self._add(
                    f"translit-{script}",
                    self._script(natural, script),
                    listed,
                    listed.name,
                    **self._hints(listed),
                )
        for listed in self._pick(everyone, n * 2 // 20):
            natural = self._natural(listed.name, listed.entity_type)
            self._add(
                "translit-roundtrip",
                self._round_trip(natural),
                listed,
                listed.name,
                **self._hints(listed),
            )
        # word order
        for listed in self._pick(everyone, n * 2 // 20):
            q = self._reorder(listed, listed.name)
            if q is not None:
                self._add("reorder", q, listed, listed.name, **self._hints(listed))
        # legal forms: Ltd <-> Limited <-> LLC, added or dropped
        for listed in self._pick((EntityType.ORGANIZATION,), n * 2 // 20):
            q = self._legal(listed.name)
            if q is not None:
                self._add("legal-form", q, listed, listed.name, **self._hints(listed))
        # dotted acronyms: "NSO Group" -> "N.S.O. Group"
        acronymic = [
            r
            for r in self.records
            if r.entity_type is EntityType.ORGANIZATION
            and self._dotted(r.name) is not None
        ]
        for listed in self.rng.sample(acronymic, min(n // 20, len(acronymic))):
            q = self._dotted(listed.name)
            if q is not None:
                self._add(
                    "dotted-acronym", q, listed, listed.name, **self._hints(listed)
                )
        # two at once
        for listed in self._pick(everyone, n * 2 // 20):
            source = self.rng.choice([listed.name, *listed.aliases])
            q = self._reorder(listed, source) or source
            q = (
                self._typo(self._natural(q, listed.entity_type))
                if "," in q
                else self._typo(q)
            )
            if q is not None and listed.entity_type is EntityType.ORGANIZATION:
                q = self._legal(q) or q
            if q is not None:
                self._add("combined", q, listed, source, **self._hints(listed))

    def _contained(self, tokens: list[str]) -> bool:
        """Whether some listed name holds every one of ``tokens`` (or a near spelling):
        then the query may well be that listed person, and is no negative."""
        for key, _ in self._names_with(tokens[-1]):
            listed = key.split()
            if all(
                any(Indel.normalized_similarity(t, u) >= 0.75 for u in listed)
                for t in tokens
            ):
                return True
        return False

    def _names_with(self, token: str) -> list[tuple[str, set[str]]]:
        if not hasattr(self, "_by_token"):
            self._by_token: dict[str, list[str]] = defaultdict(list)
            for key in self.by_key:
                for t in set(key.split()):
                    self._by_token[t].append(key)
        return [(k, self.by_key[k]) for k in self._by_token.get(token, [])]

    # ---- negatives
    def negatives(self, n: int) -> None:
        orgs = [
            r
            for r in self.records
            if r.entity_type is EntityType.ORGANIZATION
            and any(t in COMMON_ORG_WORDS for t in _tokens(r.name))
            and any(t not in COMMON_ORG_WORDS for t in _tokens(r.name))
        ]
        for listed in self.rng.sample(orgs, min(n // 2, len(orgs))):
            words = []
            for w in listed.name.split():
                toks = _tokens(w)
                if toks and all(t in COMMON_ORG_WORDS for t in toks):
                    words.append(w)
                elif toks:
                    pseudo = self._pseudo_word()
                    words.append(pseudo.upper() if w.isupper() else pseudo.title())
                else:
                    words.append(w)
            hints = self._hints(listed)
            self._add("neg-shared-generic", " ".join(words), None, listed.name, **hints)
        persons = [
            r
            for r in self.records
            if r.entity_type is EntityType.PERSON and r.name.count(",") == 1
        ]
        given_pool = [p.name.split(",", 1)[1].strip() for p in persons]
        added = 0
        for listed in self.rng.sample(persons, len(persons)):
            if added >= n - n // 2:
                break
            family = listed.name.split(",", 1)[0].strip()
            taken = set().union(
                *(self.family_given.get(f, set()) for f in _tokens(family))
            )
            for _ in range(20):
                given = self.rng.choice(given_pool)
                gt = _tokens(given)
                if not gt or any(len(t) < 3 for t in gt):
                    continue
                if any(
                    Indel.normalized_similarity(t, u) >= 0.75 for t in gt for u in taken
                ):
                    continue
                query = f"{given} {family.title() if family.isupper() else family}"
                if _key(query) in self.by_key or self._contained(_tokens(query)):
                    continue
                self._add(
                    "neg-shared-surname",
                    query,
                    None,
                    listed.name,
                    type="person" if self.rng.random() < 0.5 else None,
                )
                added += 1
                break


def read_records(folder: Path) -> list[ListRecord]:
    stats = LoadStats()
    return list(read_list(folder, ListFormat.OFAC_SDN, stats))


def build(
    records: list[ListRecord], seed: int, positives: int, negatives: int
) -> list[dict[str, Any]]:
    builder = Builder(records, seed)
    builder.positives(positives)
    builder.negatives(negatives)
    return builder.items


# -- evaluating ---------------------------------------------------------------------------------


@dataclass
class Outcome:
    item: dict[str, Any]
    expected_score: float  # best score of an expected entity (0 when none / negative)
    other_score: float  # best score of any other entity
    other: str  # that entity's matched name


def evaluate(
    index: ScreeningIndex, items: list[dict[str, Any]]
) -> tuple[list[Outcome], float]:
    out: list[Outcome] = []
    t = time.perf_counter()
    for item in items:
        etype = EntityType(item["type"]) if item.get("type") else None
        results = index.search(
            item["query"], country=item.get("country"), entity_type=etype, limit=10
        )
        expect = set(item.get("expect", []))
        exp = max((r.score for r in results if r.entity_id in expect), default=0.0)
        others = [r for r in results if r.entity_id not in expect]
        best_other = max(others, key=lambda r: r.score, default=None)
        out.append(
            Outcome(
                item,
                exp,
                best_other.score if best_other else 0.0,
                f"{best_other.entity_id} {best_other.matched_name!r}"
                if best_other
                else "",
            )
        )
    return out, time.perf_counter() - t


def figures(outcomes: list[Outcome], threshold: float) -> dict[str, float]:
    tp = fp = fn = 0
    for o in outcomes:
        if o.item["label"] == "match":
            if o.expected_score >= threshold:
                tp += 1
            else:
                fn += 1
                if o.other_score >= threshold:
                    fp += 1
        elif o.other_score >= threshold:
            fp += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall}


def report(outcomes: list[Outcome], thresholds: Thresholds, show: int) -> None:
    for label, t in (("alert", thresholds.alert), ("review", thresholds.review)):
        f = figures(outcomes, t)
        _say(
            f"at the {label} threshold {t:.2f}: precision {f['precision']:.3f}  recall {f['recall']:.3f}"
            f"  (tp {f['tp']}, fp {f['fp']}, fn {f['fn']})"
        )
    _say()
    _say(
        f"{'kind':24} {'n':>5} {'alert':>7} {'review':>7}   (positives: share found; negatives: share flagged)"
    )
    kinds: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        kinds[o.item["kind"]].append(o)
    for kind, group in sorted(kinds.items()):
        row = []
        for t in (thresholds.alert, thresholds.review):
            if group[0].item["label"] == "match":
                row.append(sum(o.expected_score >= t for o in group) / len(group))
            else:
                row.append(sum(o.other_score >= t for o in group) / len(group))
        _say(f"{kind:24} {len(group):5d} {row[0]:7.3f} {row[1]:7.3f}")
    if show:
        misses = [
            o
            for o in outcomes
            if o.item["label"] == "match" and o.expected_score < thresholds.alert
        ]
        false = [
            o
            for o in outcomes
            if o.other_score >= thresholds.alert and o.expected_score < thresholds.alert
        ]
        _say(f"\nmissed positives (first {show} of {len(misses)}):")
        for o in misses[:show]:
            _say(
                f"  {o.item['kind']:20} {o.item['query']!r} -> {o.item['source']!r}: {o.expected_score:.3f}"
                f" (best other {o.other_score:.3f} {o.other})"
            )
        _say(f"\nfalse alerts (first {show} of {len(false)}):")
        for o in false[:show]:
            _say(
                f"  {o.item['kind']:20} {o.item['query']!r} (from {o.item['source']!r}): {o.other_score:.3f} {o.other}"
            )


def index_for(records: list[ListRecord]) -> ScreeningIndex:
    return ScreeningIndex(
        [
            IndexedEntity(
                "us-ofac-sdn",
                "2022-01-31",
                1,
                r.entity_id,
                r.name,
                r.entity_type,
                r.aliases,
                r.countries,
                r.programs,
                r.source,
            )
            for r in records
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--variants",
        type=Path,
        default=DEFAULT_OUT,
        help="the labelled set (JSON lines)",
    )
    parser.add_argument(
        "--list",
        type=Path,
        default=LIST_FOLDER,
        help="the OFAC SDN folder the set is built from",
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="(re)build the set from the list data"
    )
    parser.add_argument(
        "--out", type=Path, help="where --rebuild writes (default: --variants)"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--positives", type=int, default=2000)
    parser.add_argument("--negatives", type=int, default=800)
    parser.add_argument(
        "--show", type=int, default=0, help="print this many errors of each kind"
    )
    parser.add_argument("--alert", type=float, default=Thresholds().alert)
    parser.add_argument("--review", type=float, default=Thresholds().review)
    parser.add_argument(
        "--result",
        type=Path,
        help="also write the figures as JSON (benchmarks/run_all.py)",
    )
    args = parser.parse_args()
    records = read_records(args.list)
    target = args.out or args.variants
    if args.rebuild or not args.variants.exists():
        items = build(records, args.seed, args.positives, args.negatives)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        counts = Counter(i["label"] for i in items)
        _say(
            f"built {len(items)} variants (seed {args.seed}): {dict(counts)} -> {target}"
        )
    else:
        target = args.variants
    items = [json.loads(line) for line in target.open(encoding="utf-8") if line.strip()]
    t = time.perf_counter()
    index = index_for(records)
    _say(
        f"index over {len(records)} listed entities ({index.name_count} names) in {time.perf_counter() - t:.1f}s"
    )
    outcomes, took = evaluate(index, items)
    _say(
        f"{len(items)} queries from {target.name} screened in {took:.1f}s ({len(items) / took:.0f}/s)\n"
    )
    report(outcomes, Thresholds(alert=args.alert, review=args.review), args.show)
    if args.result:
        args.result.write_text(
            json.dumps(
                {
                    "queries": len(items),
                    "per_s": len(items) / took,
                    "alert": figures(outcomes, args.alert),
                    "review": figures(outcomes, args.review),
                }
            )
        )


if __name__ == "__main__":
    sys.exit(main())
