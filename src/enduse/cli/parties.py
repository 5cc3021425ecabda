"""``enduse parties``: exporters, products, agencies, intermediaries."""

from __future__ import annotations

from typing import Annotated

import typer

from enduse.cli._common import emit, emit_many, store, validated
from enduse.clock import utcnow
from enduse.parties import (
    AgencyCreate,
    AgencyOut,
    ExporterCreate,
    ExporterOut,
    IntermediaryCreate,
    IntermediaryOut,
    ProductCreate,
    ProductOut,
)
from enduse.parties import service
from enduse.storage.tables import Agency, Exporter, Intermediary, Product

app = typer.Typer(
    help="Exporters, products, customer agencies and intermediaries.",
    no_args_is_help=True,
)
exporter = typer.Typer(help="Companies that export the systems.", no_args_is_help=True)
product = typer.Typer(
    help="Exported systems and their capabilities.", no_args_is_help=True
)
agency = typer.Typer(
    help="Customer agencies (foreign state end users).", no_args_is_help=True
)
intermediary = typer.Typer(
    help="Brokers, distributors, intermediate consignees.", no_args_is_help=True
)
app.add_typer(exporter, name="exporter")
app.add_typer(product, name="product")
app.add_typer(agency, name="agency")
app.add_typer(intermediary, name="intermediary")

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Country = Annotated[str, typer.Option(help="ISO 3166-1 alpha-2 country code.")]


@exporter.command("add")
def exporter_add(name: str, country: Country, as_json: Json = False) -> None:
    """Register an exporter."""
    data = validated(ExporterCreate, name=name, country=country)
    with store() as s:
        emit(
            ExporterOut.model_validate(service.create_exporter(s, data, now=utcnow())),
            as_json=as_json,
            title="exporter",
        )


@exporter.command("list")
def exporter_list(as_json: Json = False) -> None:
    """List exporters."""
    with store() as s:
        rows = [ExporterOut.model_validate(e) for e in service.list_exporters(s)]
    emit_many(
        rows, as_json=as_json, title="exporters", columns=["id", "name", "country"]
    )


@exporter.command("show")
def exporter_show(exporter_id: int, as_json: Json = False) -> None:
    """Show one exporter."""
    with store() as s:
        emit(
            ExporterOut.model_validate(
                s.get(Exporter, exporter_id, field="exporter_id")
            ),
            as_json=as_json,
            title="exporter",
        )


@product.command("add")
def product_add(
    name: str,
    exporter_id: Annotated[int, typer.Option("--exporter", help="Exporter id.")],
    capability: Annotated[
        list[str],
        typer.Option("--capability", "-c", help="A capability; repeat for several."),
    ],
    as_json: Json = False,
) -> None:
    """Register a product with its capabilities."""
    data = validated(
        ProductCreate, exporter_id=exporter_id, name=name, capabilities=capability
    )
    with store() as s:
        emit(
            ProductOut.model_validate(service.create_product(s, data, now=utcnow())),
            as_json=as_json,
            title="product",
        )


@product.command("list")
def product_list(
    exporter_id: Annotated[
        int | None, typer.Option("--exporter", help="Only this exporter's products.")
    ] = None,
    as_json: Json = False,
) -> None:
    """List products."""
    with store() as s:
        rows = [
            ProductOut.model_validate(p)
            for p in service.list_products(s, exporter_id=exporter_id)
        ]
    emit_many(
        rows,
        as_json=as_json,
        title="products",
        columns=["id", "exporter_id", "name", "capabilities"],
    )


@product.command("show")
def product_show(product_id: int, as_json: Json = False) -> None:
    """Show one product."""
    with store() as s:
        emit(
            ProductOut.model_validate(s.get(Product, product_id, field="product_id")),
            as_json=as_json,
            title="product",
        )


@agency.command("add")
def agency_add(
    name: str,
    country: Country,
    agency_type: Annotated[
        str,
        typer.Option(
            "--type",
            help="police | prosecution | intelligence | military | other_government | private",
        ),
    ],
    as_json: Json = False,
) -> None:
    """Register a customer agency."""
    data = validated(AgencyCreate, name=name, country=country, agency_type=agency_type)
    with store() as s:
        emit(
            AgencyOut.model_validate(service.create_agency(s, data, now=utcnow())),
            as_json=as_json,
            title="agency",
        )


@agency.command("list")
def agency_list(as_json: Json = False) -> None:
    """List customer agencies."""
    with store() as s:
        rows = [AgencyOut.model_validate(a) for a in service.list_agencies(s)]
    emit_many(
        rows,
        as_json=as_json,
        title="agencies",
        columns=["id", "name", "country", "agency_type"],
    )


@agency.command("show")
def agency_show(agency_id: int, as_json: Json = False) -> None:
    """Show one customer agency."""
    with store() as s:
        emit(
            AgencyOut.model_validate(s.get(Agency, agency_id, field="agency_id")),
            as_json=as_json,
            title="agency",
        )


@intermediary.command("add")
def intermediary_add(
    name: str,
    country: Country,
    role: Annotated[
        str,
        typer.Option(help="broker | distributor | intermediate_consignee | integrator"),
    ],
    notes: Annotated[str, typer.Option(help="Free-text notes.")] = "",
    as_json: Json = False,
) -> None:
    """Register an intermediary."""
    data = validated(
        IntermediaryCreate, name=name, country=country, role=role, notes=notes
    )
    with store() as s:
        row = service.create_intermediary(s, data, now=utcnow())
        emit(IntermediaryOut.model_validate(row), as_json=as_json, title="intermediary")


@intermediary.command("list")
def intermediary_list(as_json: Json = False) -> None:
    """List intermediaries."""
    with store() as s:
        rows = [
            IntermediaryOut.model_validate(i) for i in service.list_intermediaries(s)
        ]
    emit_many(
        rows,
        as_json=as_json,
        title="intermediaries",
        columns=["id", "name", "country", "role"],
    )


@intermediary.command("show")
def intermediary_show(intermediary_id: int, as_json: Json = False) -> None:
    """Show one intermediary."""
    with store() as s:
        row = s.get(Intermediary, intermediary_id, field="intermediary_id")
        emit(IntermediaryOut.model_validate(row), as_json=as_json, title="intermediary")
