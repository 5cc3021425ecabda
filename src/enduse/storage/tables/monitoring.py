"""Where the monitors left off: the last log index they read and their state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from enduse.storage.base import Base


class MonitoringState(Base):
    """One row: the incremental monitors' cursor and pickled detector state (regulator-internal,
    written only by ``enduse.monitoring.runner``; a full replay rebuilds it)."""

    __tablename__ = "monitoring_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_index: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime]
