"""Build ``generated.jsonl`` from the hand-written fragments (``fragments_{en,es,fr}.txt``).

    python data/justification/build_examples.py

Each fragment is one sentence written for this project; ``{S}`` / ``{s}`` stand for the person the
request is about and are filled with varied subject phrases, and some sentences get a framing
prefix or a time/place tail, so one fragment gives several sentences that differ in wording but
not in concept. Every output line carries ``group`` (the fragment id): cross-validation keeps all
sentences of one fragment in the same fold, so held-out figures measure new fragments, not new
subjects. Seeded: the output is the same on every run.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = 3

SUBJECTS = {
    "en": {
        "m": [
            "The target",
            "He",
            "The suspect",
            "The man",
            "This person",
            "The subject",
        ],
        "f": [
            "The target",
            "She",
            "The suspect",
            "The woman",
            "This person",
            "The subject",
        ],
    },
    "es": {
        "m": ["El objetivo", "Él", "El sospechoso", "El investigado", "Este hombre"],
        "f": [
            "La investigada",
            "Ella",
            "La sospechosa",
            "Esta mujer",
            "La persona señalada",
        ],
    },
    "fr": {
        "m": ["La cible", "Il", "Le suspect", "L'intéressé", "Cet homme"],
        "f": ["La cible", "Elle", "La suspecte", "L'intéressée", "Cette femme"],
    },
}
OBJECTS = {
    "en": {
        "m": ["the target", "him", "the suspect", "the man"],
        "f": ["the target", "her", "the suspect", "the woman"],
    },
    "es": {
        "m": ["el objetivo", "el sospechoso", "el investigado"],
        "f": ["la investigada", "la sospechosa", "esta mujer"],
    },
    "fr": {
        "m": ["la cible", "le suspect", "l'intéressé"],
        "f": ["la cible", "la suspecte", "l'intéressée"],
    },
}
PREFIXES = {
    "en": [
        "According to the case file, ",
        "Since last spring, ",
        "The unit has established that ",
        "In the past year, ",
    ],
    "es": [
        "Según el expediente, ",
        "Desde la primavera pasada, ",
        "La unidad ha establecido que ",
        "En el último año, ",
    ],
    "fr": [
        "Selon le dossier, ",
        "Depuis le printemps dernier, ",
        "Le service a établi que ",
        "Au cours de l'année écoulée, ",
    ],
}
FEMININE = re.compile(
    r"\b(she|her|seleccionada|divorciada|hija|esposa|presidenta|defensora|ella|choisie|fille|épouse"
    r"|une femme|elle|mujer trans|femme transgenre)\b",
    re.IGNORECASE,
)
MASCULINE = re.compile(
    r"\b(he|his|him|homosexuel|hermano|frère|extranjero|ressortissant|retenu|converti|sympathisant"
    r"|surveillé|visé|réfugié|vigilado|elegido|señalado|refugiado|pariente|diputado|reportero|abogado"
    r"|avocat|député|correspondant|ambassadeur|embajador|évêque|obispo|alcalde|maire|imam|pastor|seul"
    r"|marido|mari|son compagnon|simpatizante|sospechoso|homosexual|joven)\b",
    re.IGNORECASE,
)


def _fix(lang: str, text: str) -> str:
    if lang == "es":
        text = re.sub(r"\ba el\b", "al", text)
        text = re.sub(r"\bde el\b", "del", text)
        text = re.sub(r"\ba Él\b", "a él", text)
    if lang == "fr":
        text = re.sub(r"\bde le\b", "du", text)
        text = re.sub(r"\bà le\b", "au", text)
        text = re.sub(r"\bde l'", "de l'", text)
    return text


def fragments(path: Path) -> list[tuple[str, str, str]]:
    out, label, lang = [], "", ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+) (\w\w)\]", line)
        if m:
            label, lang = m.groups()
            continue
        out.append((label, lang, line))
    return out


def variants(rng: random.Random, lang: str, frag: str) -> list[str]:
    if "{S}" not in frag and "{s}" not in frag:
        return [frag]
    gender = (
        "f"
        if FEMININE.search(frag)
        else "m"
        if MASCULINE.search(frag)
        else rng.choice("mf")
    )
    seen: list[str] = []
    for _ in range(VARIANTS * 3):
        if len(seen) >= VARIANTS:
            break
        text = frag
        if "{S}" in text and frag.startswith("{S}") and rng.random() < 0.3:
            subj = rng.choice(SUBJECTS[lang][gender])
            subj = subj[0].lower() + subj[1:]
            text = rng.choice(PREFIXES[lang]) + text.replace("{S}", subj, 1)
        text = text.replace("{S}", rng.choice(SUBJECTS[lang][gender]))
        text = text.replace("{s}", rng.choice(OBJECTS[lang][gender]))
        text = _fix(lang, text)
        if text not in seen:
            seen.append(text)
    return seen


def main() -> None:
    rng = random.Random(20261125)  # noqa: S311 -- a seeded shuffle of wording, not security
    rows = []
    for lang in ("en", "es", "fr"):
        counter: dict[str, int] = {}
        for label, flang, frag in fragments(HERE / f"fragments_{lang}.txt"):
            counter[label] = counter.get(label, 0) + 1
            group = f"{flang}-{label}-{counter[label]}"
            for text in variants(rng, flang, frag):
                rows.append(
                    {"label": label, "lang": flang, "group": group, "text": text}
                )
    with (HERE / "generated.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences from {len({r['group'] for r in rows})} fragments")  # noqa: T201


if __name__ == "__main__":
    main()
