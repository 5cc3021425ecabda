"""Reading scenario lines: each bad line becomes a ``ScenarioError`` naming its line and field."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from enduse.errors import InvalidInputError
from enduse.tasking.models import Scenario


@dataclass(frozen=True)
class ScenarioError:
    """One unusable scenario line: where, which field, what is wrong."""

    line: int
    field: str | None
    message: str
    id: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" + (f" ({self.id})" if self.id else "")
        return (
            f"{where}: {self.field}: {self.message}"
            if self.field
            else f"{where}: {self.message}"
        )


def parse_scenario(data: Any) -> Scenario:
    """Validate one scenario object; the first problem raises ``InvalidInputError`` naming the field."""
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or None
        message = str(first["msg"]).removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise InvalidInputError(message, field=field) from None


def read_scenarios(
    lines: Iterable[str],
) -> Iterator[tuple[int, Scenario | ScenarioError]]:
    """Yield ``(line_number, scenario or error)`` for every non-blank line, never stopping early."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield (
                number,
                ScenarioError(
                    number, None, f"invalid JSON: {exc.msg} at column {exc.colno}"
                ),
            )
            continue
        sid = (
            data.get("id")
            if isinstance(data, dict) and isinstance(data.get("id"), str)
            else None
        )
        try:
            yield number, parse_scenario(data)
        except InvalidInputError as exc:
            yield number, ScenarioError(number, exc.field, exc.message, sid)
