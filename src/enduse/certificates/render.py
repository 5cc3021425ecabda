"""Certificates for reading: Markdown and HTML (Jinja2, HTML autoescaped).

Rendering is for people; what is signed is the canonical JSON (``signing.canonical``).
"""

from __future__ import annotations

import hashlib
import re
from enum import StrEnum
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from enduse.certificates.signing import canonical
from enduse.certificates.templates import format_value
from enduse.keys import fingerprint, public_key_from_hex


class RenderFormat(StrEnum):
    MARKDOWN = "md"
    HTML = "html"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(value: Any) -> str:
    """Escape Markdown syntax in text that came from users, and keep table cells on one line."""
    return _MD_SPECIAL.sub(r"\\\1", str(value)).replace("\r", " ").replace("\n", " ")


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("enduse.certificates", "views"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
    )
    env.filters["md"] = _md
    env.filters["value"] = format_value
    return env


def _signer(block: dict[str, str] | None) -> dict[str, str] | None:
    if block is None:
        return None
    return {
        **block,
        "fingerprint": fingerprint(public_key_from_hex(block["public_key"])),
    }


def render_document(
    document: dict[str, Any],
    fmt: RenderFormat | str,
    *,
    buyer_signature: dict[str, str] | None = None,
    regulator_signature: dict[str, str] | None = None,
) -> str:
    """The certificate as Markdown or HTML, with the state of its signatures."""
    name = (
        "certificate.html"
        if RenderFormat(fmt) is RenderFormat.HTML
        else "certificate.md"
    )
    return (
        _env()
        .get_template(name)
        .render(
            doc=document,
            buyer=_signer(buyer_signature),
            regulator=_signer(regulator_signature),
            sha256=hashlib.sha256(canonical(document)).hexdigest(),
        )
    )
