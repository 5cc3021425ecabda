"""Monitors over the stream of logged taskings: protected persons, extraterritorial targeting
and transnational repression, volume against quota and history, laundering of refused targets,
use outside the licence. Plain Python; see docs/monitoring.md."""

from enduse.monitoring.detectors import (
    DETECTORS,
    Detector,
    ExtraterritorialDetector,
    LaunderingDetector,
    OutsideLicenceDetector,
    ProtectedPersonDetector,
    VolumeDetector,
)
from enduse.monitoring.models import Alert, MonitorConfig, Observation, Severity
from enduse.monitoring.service import MonitorSet, observation_from, run_monitors

__all__ = [
    "DETECTORS",
    "Alert",
    "Detector",
    "ExtraterritorialDetector",
    "LaunderingDetector",
    "MonitorConfig",
    "MonitorSet",
    "Observation",
    "OutsideLicenceDetector",
    "ProtectedPersonDetector",
    "Severity",
    "VolumeDetector",
    "observation_from",
    "run_monitors",
]
