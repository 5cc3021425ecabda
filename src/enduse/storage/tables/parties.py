"""Exporters, their products, customer agencies and intermediaries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from enduse.storage.base import Base


class Exporter(Base):
    __tablename__ = "exporters"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[datetime]

    products: Mapped[list[Product]] = relationship(
        back_populates="exporter", order_by="Product.id"
    )


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("exporter_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exporter_id: Mapped[int] = mapped_column(ForeignKey("exporters.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capabilities: Mapped[list[str]]
    created_at: Mapped[datetime]

    exporter: Mapped[Exporter] = relationship(back_populates="products")


class Agency(Base):
    """A customer agency: the foreign state authority that buys and uses the system."""

    __tablename__ = "agencies"
    __table_args__ = (UniqueConstraint("name", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    agency_type: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]


class Intermediary(Base):
    """A broker, distributor or intermediate consignee between exporter and end user."""

    __tablename__ = "intermediaries"
    __table_args__ = (UniqueConstraint("name", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    role: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
