"""Exporters, products (with capabilities), customer agencies and intermediaries."""

from enduse.parties.models import (
    AgencyCreate,
    AgencyOut,
    AgencyType,
    Capability,
    ExporterCreate,
    ExporterOut,
    IntermediaryCreate,
    IntermediaryOut,
    IntermediaryRole,
    ProductCreate,
    ProductOut,
)

__all__ = [
    "AgencyCreate",
    "AgencyOut",
    "AgencyType",
    "Capability",
    "ExporterCreate",
    "ExporterOut",
    "IntermediaryCreate",
    "IntermediaryOut",
    "IntermediaryRole",
    "ProductCreate",
    "ProductOut",
]
