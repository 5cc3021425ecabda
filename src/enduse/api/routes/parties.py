"""Exporters, products, agencies and intermediaries."""

from __future__ import annotations

from fastapi import APIRouter

from enduse.api.deps import ScopeDep, StoreDep
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
    service,
)
from enduse.storage.tables import Agency, Exporter, Intermediary, Product

router = APIRouter(tags=["parties"])


@router.post("/exporters", status_code=201)
def create_exporter(body: ExporterCreate, store: StoreDep) -> ExporterOut:
    return ExporterOut.model_validate(
        service.create_exporter(store, body, now=utcnow())
    )


@router.get("/exporters")
def list_exporters(store: StoreDep) -> list[ExporterOut]:
    return [ExporterOut.model_validate(e) for e in service.list_exporters(store)]


@router.get("/exporters/{exporter_id}")
def show_exporter(exporter_id: int, store: StoreDep) -> ExporterOut:
    return ExporterOut.model_validate(
        store.get(Exporter, exporter_id, field="exporter_id")
    )


@router.post("/products", status_code=201)
def create_product(body: ProductCreate, store: StoreDep) -> ProductOut:
    return ProductOut.model_validate(service.create_product(store, body, now=utcnow()))


@router.get("/products")
def list_products(
    store: StoreDep, scope: ScopeDep, exporter_id: int | None = None
) -> list[ProductOut]:
    """Products (an exporter: its own)."""
    return [
        ProductOut.model_validate(p)
        for p in service.list_products(
            store, exporter_id=scope.exporter_id or exporter_id
        )
    ]


@router.get("/products/{product_id}")
def show_product(product_id: int, store: StoreDep) -> ProductOut:
    return ProductOut.model_validate(store.get(Product, product_id, field="product_id"))


@router.post("/agencies", status_code=201)
def create_agency(body: AgencyCreate, store: StoreDep) -> AgencyOut:
    return AgencyOut.model_validate(service.create_agency(store, body, now=utcnow()))


@router.get("/agencies")
def list_agencies(store: StoreDep) -> list[AgencyOut]:
    return [AgencyOut.model_validate(a) for a in service.list_agencies(store)]


@router.get("/agencies/{agency_id}")
def show_agency(agency_id: int, store: StoreDep) -> AgencyOut:
    return AgencyOut.model_validate(store.get(Agency, agency_id, field="agency_id"))


@router.post("/intermediaries", status_code=201)
def create_intermediary(body: IntermediaryCreate, store: StoreDep) -> IntermediaryOut:
    return IntermediaryOut.model_validate(
        service.create_intermediary(store, body, now=utcnow())
    )


@router.get("/intermediaries")
def list_intermediaries(store: StoreDep) -> list[IntermediaryOut]:
    return [
        IntermediaryOut.model_validate(i) for i in service.list_intermediaries(store)
    ]


@router.get("/intermediaries/{intermediary_id}")
def show_intermediary(intermediary_id: int, store: StoreDep) -> IntermediaryOut:
    return IntermediaryOut.model_validate(
        store.get(Intermediary, intermediary_id, field="intermediary_id")
    )
