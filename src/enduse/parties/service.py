"""Create, list and show parties."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from enduse.parties.models import (
    AgencyCreate,
    ExporterCreate,
    IntermediaryCreate,
    ProductCreate,
)
from enduse.storage import Store
from enduse.storage.tables import Agency, Exporter, Intermediary, Product


def create_exporter(store: Store, data: ExporterCreate, *, now: datetime) -> Exporter:
    return store.add(Exporter(name=data.name, country=data.country, created_at=now))


def create_product(store: Store, data: ProductCreate, *, now: datetime) -> Product:
    store.get(Exporter, data.exporter_id, field="exporter_id")
    caps = [str(c) for c in data.capabilities]
    return store.add(
        Product(
            exporter_id=data.exporter_id,
            name=data.name,
            capabilities=caps,
            created_at=now,
        )
    )


def create_agency(store: Store, data: AgencyCreate, *, now: datetime) -> Agency:
    return store.add(
        Agency(
            name=data.name,
            country=data.country,
            agency_type=str(data.agency_type),
            created_at=now,
        )
    )


def create_intermediary(
    store: Store, data: IntermediaryCreate, *, now: datetime
) -> Intermediary:
    return store.add(
        Intermediary(
            name=data.name,
            country=data.country,
            role=str(data.role),
            notes=data.notes,
            created_at=now,
        )
    )


def list_exporters(store: Store) -> Sequence[Exporter]:
    return store.list(Exporter)


def list_products(store: Store, *, exporter_id: int | None = None) -> Sequence[Product]:
    return (
        store.list(Product, exporter_id=exporter_id)
        if exporter_id is not None
        else store.list(Product)
    )


def list_agencies(store: Store) -> Sequence[Agency]:
    return store.list(Agency)


def list_intermediaries(store: Store) -> Sequence[Intermediary]:
    return store.list(Intermediary)
