"""Certificate templates as data: parse and validate a template file, fill in clause text.

A template version is a JSON file (``templates/standard-1.json`` ships as the default):
``template`` name, ``version``, ``title``, ``parameters`` and ``clauses``, each clause with an
``id``, an ``effect`` (deny / refer / term: the policy compiler reads these), an ``article`` of the
reference terms, a ``title`` and ``text`` with ``{parameter}`` placeholders.
"""

from __future__ import annotations

import json
import string
from importlib import resources
from typing import Any

from pydantic import ValidationError

from enduse.certificates.models import ParameterValue, TemplateIn, _FieldError
from enduse.errors import InvalidInputError

DEFAULT_TEMPLATE_FILES = ("standard-1.json",)


def parse_template(data: bytes | str | dict[str, Any]) -> TemplateIn:
    """Validate a template (file bytes or a parsed object); errors name the field, e.g. ``clauses.3.effect``."""
    if isinstance(data, bytes | str):
        try:
            data = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InvalidInputError(
                f"the template is not JSON: {exc}", field="template"
            ) from None
    if not isinstance(data, dict):
        raise InvalidInputError("the template must be a JSON object", field="template")
    try:
        return TemplateIn.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        cause = (first.get("ctx") or {}).get("error")
        if isinstance(cause, _FieldError):
            raise InvalidInputError(cause.message, field=cause.field) from None
        field = ".".join(str(p) for p in first["loc"]) or "template"
        raise InvalidInputError(
            str(first["msg"]).removeprefix("Value error, "), field=field
        ) from None


def default_templates() -> list[TemplateIn]:
    """The template versions that ship with enduse (the standard one)."""
    folder = resources.files("enduse.certificates") / "templates"
    return [
        parse_template(folder.joinpath(name).read_bytes())
        for name in DEFAULT_TEMPLATE_FILES
    ]


def format_value(value: ParameterValue | Any) -> str:
    """How a parameter reads inside clause text."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def fill_text(text: str, parameters: dict[str, Any]) -> str:
    """Replace each ``{name}`` with its parameter; ``{{``/``}}`` are literal braces."""
    out: list[str] = []
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            out.append(format_value(parameters[name]))
    return "".join(out)


def merge_parameters(
    defaults: dict[str, Any], overrides: dict[str, Any]
) -> dict[str, Any]:
    """The template's parameters with ``overrides`` applied; only known names, same types."""
    merged = dict(defaults)
    for name, value in overrides.items():
        if name not in defaults:
            raise InvalidInputError(
                f"the template has no parameter {name!r}", field=f"parameters.{name}"
            )
        if _kind(value) != _kind(defaults[name]):
            raise InvalidInputError(
                f"must be {_kind(defaults[name])}, like the template's {defaults[name]!r}",
                field=f"parameters.{name}",
            )
        merged[name] = value
    return merged


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list of strings"
    return "a string"
