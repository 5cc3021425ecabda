"""``enduse euc``: end-user certificate templates, issue, signing, countersigning, verification."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from enduse.certificates import service
from enduse.certificates.models import (
    BuyerKeyOut,
    CertificateOut,
    CertificateStatusOut,
    TemplateOut,
    TemplateSummary,
)
from enduse.certificates.render import RenderFormat, render_document
from enduse.certificates.signing import (
    buyer_sign,
    describe,
    parse_file,
    signed_file,
    verify_file,
)
from enduse.certificates.templates import parse_template
from enduse.cli._common import console, emit, emit_many, print_json, settings, store
from enduse.clock import utcnow
from enduse.errors import ConflictError, InvalidInputError, NotFoundError
from enduse.keys import (
    REGULATOR,
    load_private_key,
    load_public_key,
    public_key_path,
    read_private_key,
    read_public_key,
)
from enduse.storage.tables import CertificateTemplate

app = typer.Typer(
    help="End-user certificates: templates, issue, sign, countersign, verify.",
    no_args_is_help=True,
)
template = typer.Typer(help="Certificate templates (versioned).", no_args_is_help=True)
app.add_typer(template, name="template")

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Out = Annotated[Path, typer.Option("--out", help="File to write (must not exist).")]


def template_out(row: CertificateTemplate, current: set[str]) -> TemplateOut:
    return TemplateOut.model_validate(
        {
            **{
                k: getattr(row, k)
                for k in (
                    "id",
                    "ref",
                    "name",
                    "version",
                    "title",
                    "sha256",
                    "issued_at",
                    "issued_by",
                )
            },
            "parameters": row.body["parameters"],
            "clauses": row.body["clauses"],
            "current": row.ref in current,
        }
    )


def read_input(path: Path, *, field: str = "file") -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NotFoundError(
            f"cannot read {path}: {exc.strerror}", field=field
        ) from None


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file; an existing one is never overwritten."""
    try:
        with path.open("xb") as fh:
            fh.write(data)
    except FileExistsError:
        raise ConflictError(f"{path} already exists", field="out") from None
    except OSError as exc:
        raise InvalidInputError(
            f"cannot write {path}: {exc.strerror}", field="out"
        ) from None


def parse_assignments(pairs: list[str]) -> dict[str, Any]:
    """``name=value`` pairs; the value is read as JSON when it parses (6, true, ["a"]), else as text."""
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name:
            raise InvalidInputError(f"{pair!r} is not name=value", field="set")
        try:
            out[name] = json.loads(raw)
        except json.JSONDecodeError:
            out[name] = raw
    return out


# -- templates -------------------------------------------------------------------------------


@template.command("list")
def template_list(as_json: Json = False) -> None:
    """List template versions (the newest of each name is current)."""
    with store() as s:
        rows = service.list_templates(s, now=utcnow())
        current = service.current_refs(s)
        out = [
            TemplateSummary.model_validate({**template_out(r, current).model_dump()})
            for r in rows
        ]
    emit_many(
        out,
        as_json=as_json,
        title="certificate templates",
        columns=["ref", "title", "issued_at", "current"],
    )


@template.command("show")
def template_show(
    ref: Annotated[str, typer.Argument(help="Template version, e.g. standard-1.")],
    as_json: Json = False,
) -> None:
    """Show a template version with its clauses."""
    with store() as s:
        out = template_out(
            service.get_template(s, ref, now=utcnow()), service.current_refs(s)
        )
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    console.print(
        f"[bold]{out.ref}[/bold] {out.title}{' (current)' if out.current else ''}\nparameters: {json.dumps(out.parameters)}"
    )
    for c in out.clauses:
        console.print(
            f"[bold]{c['id']}[/bold] ({c['effect']}, art. {c['article']}) {c['title']}: {c['text']}",
            highlight=False,
        )


@template.command("issue")
def template_issue(
    file: Annotated[
        Path, typer.Argument(help="Template JSON file (see templates/standard-1.json).")
    ],
    actor: Annotated[str, typer.Option(help="Who issues it.")] = "regulator",
    as_json: Json = False,
) -> None:
    """Issue a new template version; licences signed on older versions must re-sign."""
    parsed = parse_template(read_input(file))
    now = utcnow()
    with store() as s:
        issued = service.issue_template(
            s, parsed, actor=actor, now=now, grace_days=settings().resign_grace_days
        )
        out = template_out(issued.template, service.current_refs(s))
    data = {
        "template": out.model_dump(mode="json"),
        "resign_required": issued.resign_required,
        "moved": issued.moved,
    }
    if as_json:
        print_json(data)
    else:
        console.print(
            f"issued [bold]{out.ref}[/bold]; licences to re-sign: {issued.resign_required or 'none'}"
        )


# -- buyer keys ------------------------------------------------------------------------------


@app.command("register-key")
def register_key(
    agency_id: Annotated[int, typer.Argument(help="Customer agency id.")],
    pubkey_file: Annotated[
        Path, typer.Argument(help="The buyer's public key (.pub, PEM or hex).")
    ],
    as_json: Json = False,
) -> None:
    """Register a customer agency's public key (the previous one is retired, kept in history)."""
    data = read_input(pubkey_file, field="pubkey_file")
    with store() as s:
        out = BuyerKeyOut.model_validate(
            service.register_buyer_key(s, agency_id, data, now=utcnow())
        )
    emit(out, as_json=as_json, title="buyer key")


@app.command("keys")
def keys(
    agency_id: Annotated[int, typer.Argument(help="Customer agency id.")],
    as_json: Json = False,
) -> None:
    """List an agency's registered keys, newest last."""
    with store() as s:
        rows = [
            BuyerKeyOut.model_validate(k) for k in service.list_buyer_keys(s, agency_id)
        ]
    emit_many(
        rows,
        as_json=as_json,
        title=f"keys of agency {agency_id}",
        columns=["id", "fingerprint", "registered_at", "retired_at"],
    )


# -- certificates ----------------------------------------------------------------------------


@app.command("issue")
def issue(
    licence_id: Annotated[int, typer.Argument(help="Licence the certificate is for.")],
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="Override a parameter: name=value (repeat)."),
    ] = None,
    as_json: Json = False,
) -> None:
    """Issue the certificate the licence's buyer must sign, on the licence's certificate version."""
    overrides = parse_assignments(set_ or [])
    cfg = settings()
    key = load_public_key(cfg.key_dir, REGULATOR)
    with store() as s:
        cert = service.issue_certificate(
            s,
            licence_id,
            parameters=overrides,
            regulator_key=key,
            regulator_name=cfg.regulator_name,
            now=utcnow(),
        )
        out = CertificateOut.model_validate(cert)
    emit(out, as_json=as_json, title="certificate")


@app.command("list")
def list_(
    licence_id: Annotated[
        int | None, typer.Option("--licence", help="Only this licence's.")
    ] = None,
    as_json: Json = False,
) -> None:
    """List certificates."""
    with store() as s:
        rows = [
            CertificateOut.model_validate(c)
            for c in service.list_certificates(s, licence_id=licence_id)
        ]
    emit_many(
        rows,
        as_json=as_json,
        title="certificates",
        columns=[
            "id",
            "licence_id",
            "agency_id",
            "template_ref",
            "state",
            "signed_at",
            "countersigned_at",
        ],
    )


@app.command("show")
def show(certificate_id: int, as_json: Json = False) -> None:
    """Show one certificate's record."""
    with store() as s:
        out = CertificateOut.model_validate(service.get_certificate(s, certificate_id))
    emit(out, as_json=as_json, title="certificate")


@app.command("render")
def render(
    certificate_id: int,
    fmt: Annotated[
        RenderFormat, typer.Option("--format", help="md or html.")
    ] = RenderFormat.MARKDOWN,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Render a certificate for reading (Markdown or HTML)."""
    with store() as s:
        cert = service.get_certificate(s, certificate_id)
        text = render_document(
            cert.document,
            fmt,
            buyer_signature=cert.buyer_signature,
            regulator_signature=cert.regulator_signature,
        )
    if out is None:
        print(text, end="")  # noqa: T201 -- the document is the output
    else:
        write_new(out, text.encode("utf-8"))


@app.command("export")
def export(certificate_id: int, out: Out) -> None:
    """Write the certificate file (canonical JSON, with the signatures it has so far)."""
    with store() as s:
        data = service.certificate_file(service.get_certificate(s, certificate_id))
    write_new(out, data)
    console.print(f"wrote {out} ({len(data)} bytes)")


@app.command("sign")
def sign(
    file: Annotated[
        Path, typer.Argument(help="The exported, unsigned certificate file.")
    ],
    key: Annotated[
        Path, typer.Option("--key", help="The buyer's private key (PEM, mode 0600).")
    ],
    out: Out,
) -> None:
    """Sign a certificate as the buyer (offline: needs no database)."""
    cert = parse_file(read_input(file))
    if cert.buyer_signature is not None:
        raise ConflictError(
            "the certificate is already signed by the buyer", field="file"
        )
    block = buyer_sign(cert.document, read_private_key(key, field="key"), now=utcnow())
    write_new(out, signed_file(cert.document, block))
    console.print(
        "signed certificate {} ({}) → {}".format(*describe(cert.document), out)
    )


@app.command("submit")
def submit(
    file: Annotated[Path, typer.Argument(help="The buyer-signed certificate file.")],
    as_json: Json = False,
) -> None:
    """Record the buyer's signature (checked against the agency's registered key and the issued document)."""
    data = read_input(file)
    with store() as s:
        out = CertificateOut.model_validate(
            service.submit_signed(s, data, now=utcnow())
        )
    emit(out, as_json=as_json, title="certificate")


@app.command("countersign")
def countersign(certificate_id: int, as_json: Json = False) -> None:
    """Countersign a buyer-signed certificate with the regulator's key; it is then in force."""
    key = load_private_key(settings().key_dir, REGULATOR)
    with store() as s:
        out = CertificateOut.model_validate(
            service.countersign(s, certificate_id, key, now=utcnow())
        )
    emit(out, as_json=as_json, title="certificate")


@app.command("status")
def status(licence_id: int, as_json: Json = False) -> None:
    """Whether the licence's buyer has signed the current certificate version."""
    with store() as s:
        st = service.licence_certificate_status(s, licence_id, now=utcnow())
    emit(
        CertificateStatusOut(
            licence_id=licence_id, signed_current=st.signed_current, reason=st.reason
        ),
        as_json=as_json,
        title="certificate status",
    )


@app.command("verify")
def verify(
    file: Annotated[Path, typer.Argument(help="A certificate file.")],
    regulator_key: Annotated[
        Path | None,
        typer.Option(
            "--regulator-key",
            help="Pin the regulator's public key (default: KEY_DIR/regulator.pub when present).",
        ),
    ] = None,
    buyer_key: Annotated[
        Path | None, typer.Option("--buyer-key", help="Pin the buyer's public key.")
    ] = None,
    buyer_only: Annotated[
        bool, typer.Option("--buyer-only", help="Accept a file not yet countersigned.")
    ] = False,
    as_json: Json = False,
) -> None:
    """Verify a certificate file offline: exit 0 when valid, 1 with the reason when not."""
    if (
        regulator_key is None
        and public_key_path(settings().key_dir, REGULATOR).exists()
    ):
        regulator_key = public_key_path(settings().key_dir, REGULATOR)
    reg = (
        read_public_key(regulator_key, field="regulator_key") if regulator_key else None
    )
    buyer = read_public_key(buyer_key, field="buyer_key") if buyer_key else None
    result = verify_file(
        read_input(file),
        regulator_key=reg,
        buyer_key=buyer,
        require_countersignature=not buyer_only,
    )
    cert_id, ref = describe(result.document)
    data = {
        "valid": True,
        "certificate_id": cert_id,
        "template_ref": ref,
        "buyer_key_fingerprint": result.buyer_key_fingerprint,
        "regulator_key_fingerprint": result.regulator_key_fingerprint,
        "countersigned": result.countersigned,
        "regulator_key_pinned": result.regulator_key_pinned,
        "regulator_key": str(regulator_key) if regulator_key else None,
    }
    if as_json:
        print_json(data)
        return
    what = (
        "countersigned by the regulator"
        if result.countersigned
        else "signed by the buyer (not countersigned)"
    )
    console.print(
        f"[green]valid[/green]: certificate {data['certificate_id']} ({data['template_ref']}) {what}",
        highlight=False,
    )
    console.print(
        f"buyer key     {result.buyer_key_fingerprint}"
        + ("" if result.buyer_key_pinned else " (not pinned)"),
        highlight=False,
    )
    if result.countersigned:
        pin = f" (pinned: {regulator_key})" if result.regulator_key_pinned else ""
        console.print(
            f"regulator key {result.regulator_key_fingerprint}{pin}", highlight=False
        )
        if not result.regulator_key_pinned:
            console.print(
                "[yellow]warning: the regulator key was not pinned; only the key named inside the file was checked (use --regulator-key)[/yellow]"
            )
