"""``enduse users`` and ``enduse tokens``: who may log in, and the API tokens machines (and the
remote CLI) use. Run by the regulator's admin: locally on the server's database, or remotely with
an admin's token (except ``users passwd``, which is local only)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from enduse.auth import Role
from enduse.auth import service as auth
from enduse.auth.models import IssuedToken, TokenCreate, TokenOut, UserCreate, UserOut
from enduse.cli._common import (
    call,
    call_many,
    console,
    emit,
    emit_many,
    print_json,
    settings,
    store,
    validated,
)
from enduse.clock import utcnow
from enduse.errors import InvalidInputError
from enduse.storage import Store

users = typer.Typer(
    help="Users: people and machines, each with one role.", no_args_is_help=True
)
tokens = typer.Typer(
    help="API tokens (shown once, stored hashed).", no_args_is_help=True
)

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
PasswordStdin = Annotated[
    bool,
    typer.Option("--password-stdin", help="Read the password from stdin (one line)."),
]
USER_COLUMNS = [
    "id",
    "username",
    "role",
    "exporter_id",
    "agency_id",
    "disabled",
    "created_at",
]


def _password(from_stdin: bool, *, ask: bool) -> str | None:
    if from_stdin:
        line = sys.stdin.readline().rstrip("\n")
        if not line:
            raise InvalidInputError("no password on stdin", field="password")
        return line
    if not ask:
        return None
    value: str = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return value


@users.command("create")
def users_create(
    username: str,
    role: Annotated[Role, typer.Option(help="The user's role.")],
    exporter: Annotated[
        int | None, typer.Option("--exporter", help="An exporter user's exporter id.")
    ] = None,
    agency: Annotated[
        int | None, typer.Option("--agency", help="A buyer user's agency id.")
    ] = None,
    password_stdin: PasswordStdin = False,
    machine: Annotated[
        bool,
        typer.Option(
            "--machine",
            help="No password: the user authenticates with API tokens only.",
        ),
    ] = False,
    as_json: Json = False,
) -> None:
    """Create a user (asks for a password unless --machine or --password-stdin)."""
    body = validated(
        UserCreate,
        username=username,
        role=role,
        exporter_id=exporter,
        agency_id=agency,
        password=_password(password_stdin, ask=not machine),
    )
    out = call(
        UserOut,
        "POST",
        "/v1/users",
        body=body.model_dump(mode="json"),
        local=lambda s: UserOut.model_validate(auth.create_user(s, body, now=utcnow())),
    )
    emit(out, as_json=as_json, title=f"user {out.username}")


@users.command("list")
def users_list(
    role: Annotated[Role | None, typer.Option(help="Only this role.")] = None,
    as_json: Json = False,
) -> None:
    """List users."""
    rows = call_many(
        UserOut,
        "GET",
        "/v1/users",
        params={"role": role.value if role else None},
        local=lambda s: [
            UserOut.model_validate(u)
            for u in auth.list_users(s)
            if role is None or u.role == role.value
        ],
    )
    emit_many(rows, as_json=as_json, title="users", columns=USER_COLUMNS)


@users.command("disable")
def users_disable(username: str, as_json: Json = False) -> None:
    """Disable a user: no login, no tokens, its sessions end at once."""
    out = call(
        UserOut,
        "POST",
        f"/v1/users/{username}/disable",
        local=lambda s: UserOut.model_validate(auth.disable_user(s, username)),
    )
    emit(out, as_json=as_json, title=f"user {out.username}")


@users.command("passwd")
def users_passwd(username: str, password_stdin: PasswordStdin = False) -> None:
    """Set a user's password (local only); its open sessions end."""
    password = _password(password_stdin, ask=True) or ""
    with store() as s:
        auth.set_password(s, username, password)
    console.print(f"password of {username} changed", highlight=False)


@tokens.command("create")
def tokens_create(
    username: str,
    name: Annotated[str, typer.Option(help="What the token is for.")] = "token",
    expires_days: Annotated[
        int | None,
        typer.Option(
            help="Days until it expires; 0 = never; default ENDUSE_API_TOKEN_TTL_DAYS."
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Issue an API token for USERNAME and print it (this once: only its digest is kept)."""
    body = validated(
        TokenCreate, username=username, name=name, expires_days=expires_days
    )

    def local(s: Store) -> IssuedToken:
        return auth.issue_token(
            s,
            body.username,
            name=body.name,
            now=utcnow(),
            ttl=auth.token_ttl(body.expires_days, settings().api_token_ttl_days),
        )

    issued = call(
        IssuedToken,
        "POST",
        "/v1/api-tokens",
        body=body.model_dump(mode="json"),
        local=local,
    )
    if as_json:
        print_json(issued.model_dump(mode="json"))
        return
    console.print(
        f"token {issued.info.id} for {username} (expires {issued.info.expires_at or 'never'}); "
        "store it now, it cannot be shown again:",
        highlight=False,
    )
    typer.echo(issued.token)


@tokens.command("list")
def tokens_list(
    username: Annotated[
        str | None, typer.Option("--user", help="Only this user's.")
    ] = None,
    as_json: Json = False,
) -> None:
    """List tokens by their visible prefix (never the token)."""
    rows = call_many(
        TokenOut,
        "GET",
        "/v1/api-tokens",
        params={"username": username},
        local=lambda s: [
            TokenOut.model_validate(t) for t in auth.list_tokens(s, username=username)
        ],
    )
    emit_many(
        rows,
        as_json=as_json,
        title="API tokens",
        columns=[
            "id",
            "user_id",
            "name",
            "prefix",
            "created_at",
            "expires_at",
            "last_used_at",
            "revoked_at",
        ],
    )


@tokens.command("revoke")
def tokens_revoke(token_id: int, as_json: Json = False) -> None:
    """Revoke a token at once."""
    out = call(
        TokenOut,
        "POST",
        f"/v1/api-tokens/{token_id}/revoke",
        local=lambda s: TokenOut.model_validate(
            auth.revoke_token(s, token_id, now=utcnow())
        ),
    )
    emit(out, as_json=as_json, title=f"token {out.id}")
