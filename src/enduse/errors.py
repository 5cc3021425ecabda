"""The errors enduse raises on purpose.

A policy refusal is not an error: the gate returns a ``Decision`` value with reasons.
Errors are for requests that cannot be carried out at all; the API and CLI translate
them in one place each (``api/errors.py``, ``cli/__init__.py``).
"""

from __future__ import annotations

from typing import ClassVar


class EnduseError(Exception):
    """Root of every error enduse raises on purpose."""

    code: ClassVar[str] = "error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class NotFoundError(EnduseError):
    """The named record does not exist."""

    code = "not_found"


class InvalidInputError(EnduseError):
    """The input is malformed or violates a rule; ``field`` names the culprit."""

    code = "invalid_input"


class ConflictError(EnduseError):
    """The request is well formed but conflicts with the current state
    (an illegal state transition, a duplicate)."""

    code = "conflict"


class UnauthenticatedError(EnduseError):
    """The caller did not prove who it is (no, bad or expired credentials)."""

    code = "unauthenticated"


class ForbiddenError(EnduseError):
    """The caller is known but its role or tenant does not allow this."""

    code = "forbidden"


class VerificationError(EnduseError):
    """A signature, certificate chain or log proof does not verify."""

    code = "verification_failed"
