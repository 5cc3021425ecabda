"""The shapes of users, tokens and logins that cross the API and CLI (never a secret's hash)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from enduse.auth import Role

Username = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        min_length=1,
        max_length=200,
        pattern=r"^[A-Za-z0-9._@+-]+$",
    ),
]
Password = Annotated[str, Field(min_length=10, max_length=1024)]

TENANT_OF: dict[Role, str | None] = {
    Role.REGULATOR_ADMIN: None,
    Role.REGULATOR_REVIEWER: None,
    Role.AUDITOR: None,
    Role.EXPORTER: "exporter_id",
    Role.BUYER: "agency_id",
}
"""Which tenant a role names: a buyer its agency, an exporter its exporter, the others none."""


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    role: Role
    exporter_id: int | None = Field(default=None, ge=1)
    agency_id: int | None = Field(default=None, ge=1)
    password: Password | None = Field(
        default=None,
        description="Omit for a machine user that authenticates with API tokens only.",
    )

    @model_validator(mode="after")
    def _tenant_matches_role(self) -> UserCreate:
        wanted = TENANT_OF[self.role]
        for name in ("exporter_id", "agency_id"):
            given = getattr(self, name) is not None
            if name == wanted and not given:
                raise ValueError(f"a {self.role.value} user must name its {name}")
            if name != wanted and given:
                raise ValueError(f"a {self.role.value} user takes no {name}")
        return self


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    role: Role
    exporter_id: int | None
    agency_id: int | None
    disabled: bool
    created_at: datetime


class PasswordIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: Password


class TokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)] = "token"
    expires_days: int | None = Field(
        default=None,
        ge=0,
        le=3650,
        description="Days until the token expires; 0 = never; omitted = ENDUSE_API_TOKEN_TTL_DAYS.",
    )


class TokenOut(BaseModel):
    """A token as it is listed: its visible prefix, never the token or its digest."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    name: str
    prefix: str
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None


class IssuedToken(BaseModel):
    """A new token: ``token`` is shown this once and cannot be recovered."""

    token: str
    info: TokenOut


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class MeOut(BaseModel):
    """Who the caller is, how it proved it, and (for a session) the CSRF token to send back."""

    username: str
    role: Role
    user_id: int | None
    exporter_id: int | None
    agency_id: int | None
    via: Literal["token", "session"]
    csrf_token: str | None = None
    expires_at: datetime | None = None
