"""Certificate terms as the policy compiler reads them: clauses, effects and parameters.

The lead's certificate templates (``enduse/certificates/templates/<template>-<version>.json``) are
the source; this module only reads them into a frozen value the compiler and the gate share.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from enduse.errors import InvalidInputError, NotFoundError

_TEMPLATES = Path(__file__).resolve().parent.parent / "certificates" / "templates"


class Effect(StrEnum):
    DENY = "deny"
    REFER = "refer"
    TERM = "term"


class Clause(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    effect: Effect
    title: str
    text: str
    article: str = ""


class CertificateTerms(BaseModel):
    """One certificate version: what the gate enforces."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    template: str
    version: str
    title: str = ""
    parameters: dict[str, Any] = Field(default_factory=dict)
    clauses: tuple[Clause, ...]

    @property
    def key(self) -> str:
        """``template-version``: the cache key of compiled policies."""
        return f"{self.template}-{self.version}"

    def clause(self, clause_id: str) -> Clause:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise NotFoundError(
            f"certificate {self.key} has no clause {clause_id!r}", field="clause"
        )

    def by_effect(self, effect: Effect) -> list[Clause]:
        return [c for c in self.clauses if c.effect == effect]

    def with_parameters(self, **changes: Any) -> CertificateTerms:
        """A new version of these terms with some parameters changed (the version gets a suffix
        so compiled policies are never shared between the two)."""
        params = {**self.parameters, **changes}
        suffix = "+" + ",".join(f"{k}={v}" for k, v in sorted(changes.items()))
        return self.model_copy(
            update={"parameters": params, "version": self.version + suffix}
        )


def load_terms(template: str = "standard", version: str = "1") -> CertificateTerms:
    """Read a packaged certificate template."""
    name = f"{template}-{version}.json"
    path = _TEMPLATES / name
    if not path.is_file():
        raise NotFoundError(f"no certificate template {name}", field="certificate")
    return terms_from_json(path.read_text(encoding="utf-8"))


def terms_from_json(text: str) -> CertificateTerms:
    try:
        return CertificateTerms.model_validate(json.loads(text))
    except (ValueError, TypeError) as exc:
        raise InvalidInputError(
            f"certificate template is not valid: {exc}", field="certificate"
        ) from None
