"""The gate: a tasking request in, a decision (permit/deny/refer) with clauses and reasons out."""

from enduse.gate.service import Decision, Reason, decide, default_terms

__all__ = ["Decision", "Reason", "decide", "default_terms"]
