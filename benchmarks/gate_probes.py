# ruff: noqa: T201 -- a script that prints figures
"""Perturbation probes of the gate: change read scenarios it already decides correctly in ways that
must not let them through, and count how many become permits.

Two groups of scenarios are probed, from the named labelled sets (default: sealed150 … sealed169):

- *referrals*: expected ``refer`` with ``protected_person`` and no registry match (the protected
  role is in the text or the profession field);
- *denials*: expected ``deny`` with text clauses only (``expression_not_crime``,
  ``protected_ground``, ``terrorism_definition_unmet``).

A scenario counts only where the unchanged text is not permitted. Each probe adds a sentence in the
text's language, or renames the target, and must leave the scenario unpermitted: a permit after the
change is a false permit the change let through.

Run::

    PYTHONPATH=src python benchmarks/gate_probes.py                  # every probe, sealed150-169
    PYTHONPATH=src python benchmarks/gate_probes.py --probe record sealed160 sealed161

Prints figures; not part of the test run. Read sets only: a set still to be measured unseen is
never probed (its labels would be read).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gate_sets import set_path

from enduse.gate.evaluation import Summary, decision_line, evaluate_lines
from enduse.justification._text import detect_language

Texts = dict[str, str]

_ADDED: dict[str, tuple[str, str, Texts]] = {
    # name: (group, where, sentence by language)
    "bystanders": (
        "referrals",
        "around",
        {
            "en": "The case began with a complaint by a shopkeeper whose lawyer lodged it on 3 "
            "May; a neighbour who witnessed the first incident gave a statement.",
            "es": "El caso comenzó con la denuncia de un comerciante, presentada por su abogado "
            "el 3 de mayo; una vecina que presenció el primer hecho declaró.",
            "fr": "L'affaire a commencé par la plainte d'un commerçant, déposée par son avocat le "
            "3 mai ; une voisine témoin des premiers faits a été entendue.",
        },
    ),
    "for the record": (
        "referrals",
        "after",
        {
            "en": "His role is mentioned only for completeness; it is not why he is targeted.",
            "es": "Su cargo se menciona solo para que conste; no es el motivo de la solicitud.",
            "fr": "Sa fonction n'est mentionnée que pour mémoire ; elle n'est pas le motif de la "
            "demande.",
        },
    ),
    "record": (
        "denials",
        "after",
        {
            "en": "He has a previous conviction for assault (2015).",
            "es": "Tiene una condena anterior por lesiones (2015).",
            "fr": "Il a une condamnation antérieure pour coups et blessures (2015).",
        },
    ),
    "procedure": (
        "denials",
        "after",
        {
            "en": "Case file 2024/117 was opened by the prosecutor and the warrant is attached.",
            "es": "El fiscal abrió la carpeta 2024/117 y se adjunta la orden judicial.",
            "fr": "Le procureur a ouvert le dossier 2024/117 et le mandat est joint.",
        },
    ),
    "vague claim": (
        "denials",
        "after",
        {
            "en": "Two informants confirm that he is involved and that he is dangerous.",
            "es": "Dos informantes confirman que está involucrado y que es peligroso.",
            "fr": "Deux informateurs confirment qu'il est impliqué et qu'il est dangereux.",
        },
    ),
    "linked": (
        "denials",
        "after",
        {
            "en": "He is believed to be linked to an armed group operating in the east.",
            "es": "Se cree que está vinculado a un grupo armado que opera en el este.",
            "fr": "On pense qu'il est lié à un groupe armé actif dans l'est.",
        },
    ),
    "phone seized": (
        "denials",
        "after",
        {
            "en": "His phone, seized at the march, held messages with the other organisers.",
            "es": "Su teléfono, incautado en la marcha, contenía mensajes con los demás "
            "organizadores.",
            "fr": "Son téléphone, saisi lors de la marche, contenait des messages avec les autres "
            "organisateurs.",
        },
    ),
    "others' crime": (
        "denials",
        "before",
        {
            "en": "On 2 March a bomb at the central market killed three people and wounded "
            "eleven; two suspects were arrested with detonators and have confessed.",
            "es": "El 2 de marzo una bomba en el mercado central mató a tres personas e hirió a "
            "once; dos sospechosos fueron detenidos con detonadores y confesaron.",
            "fr": "Le 2 mars, une bombe au marché central a tué trois personnes et en a blessé "
            "onze ; deux suspects ont été arrêtés avec des détonateurs et ont avoué.",
        },
    ),
}

_TARGET_WORDS = re.compile(
    r"\b(?:[Tt]he (?:target|subject)|[Ee]l (?:objetivo|investigado|sujeto)|[Ll]a (?:cible|personne visée)"
    r"|[Tt]arget)\b"
)


def _added(where: str, sentence: Texts) -> Callable[[str], str]:
    def change(text: str) -> str:
        lang = detect_language(text)
        s = sentence.get(lang, sentence["en"])
        if where == "before":
            return f"{s} {text}"
        if where == "after":
            return f"{text} {s}"
        return f"{s} {text} {s}"

    return change


def _renamed(text: str) -> str:
    return _TARGET_WORDS.sub("Daniel Okoro", text)


PROBES: dict[str, tuple[str, Callable[[str], str]]] = {
    name: (group, _added(where, sentence))
    for name, (group, where, sentence) in _ADDED.items()
}
PROBES["named"] = ("referrals", _renamed)


def _group(row: dict) -> str | None:
    e = row["expected"]
    if (
        e["decision"] == "refer"
        and "protected_person" in e["clauses"]
        and not row["request"]["target"].get("registry_match")
    ):
        return "referrals"
    text_only = {
        "expression_not_crime",
        "protected_ground",
        "terrorism_definition_unmet",
    }
    if e["decision"] == "deny" and set(e["clauses"]) <= text_only:
        return "denials"
    return None


def _permitted(rows: list[dict]) -> set[str]:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    return {
        sc.id
        for sc, dec in evaluate_lines(lines, Summary())
        if decision_line(sc, dec)["decision"] == "permit"
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "sets", nargs="*", help="read sets (default: sealed150 ... sealed169)"
    )
    ap.add_argument(
        "--probe", action="append", choices=sorted(PROBES), help="default: all"
    )
    args = ap.parse_args(argv)
    names = args.sets or [f"sealed{n}" for n in range(150, 170)]
    groups: dict[str, list[dict]] = {"referrals": [], "denials": []}
    for name in names:
        for line in set_path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                g = _group(row)
                if g:
                    groups[g].append(row)
    base = {g: _permitted(rows) for g, rows in groups.items()}
    for name in args.probe or list(PROBES):
        group, change = PROBES[name]
        kept = [r for r in groups[group] if r["id"] not in base[group]]
        changed = []
        for r in kept:
            c = json.loads(json.dumps(r))
            c["request"]["justification"] = change(r["request"]["justification"])
            changed.append(c)
        through = sorted(_permitted(changed))
        print(
            f"{name:15} {group:9} {len(through):4} of {len(kept):4} permitted after the change"
            + (f": {' '.join(through[:12])}" if through else "")
            + (" ..." if len(through) > 12 else ""),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
