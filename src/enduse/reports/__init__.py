"""Compliance reports: per-licence statistics, alerts, actions and the checkpoint covered.

Domain code: no web imports. ``licence_report`` computes, ``render_pdf`` prints; the console
renders the same ``LicenceReport`` as HTML.
"""

from enduse.reports.models import (
    ActionLine,
    AlertLine,
    CheckpointCovered,
    DayCount,
    LicenceReport,
    Rate,
    Statistics,
)
from enduse.reports.pdf import render_pdf
from enduse.reports.service import compute_statistics, licence_report

__all__ = [
    "ActionLine",
    "AlertLine",
    "CheckpointCovered",
    "DayCount",
    "LicenceReport",
    "Rate",
    "Statistics",
    "compute_statistics",
    "licence_report",
    "render_pdf",
]
