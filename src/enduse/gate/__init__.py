"""The gate: a tasking request in, a decision (permit/deny/refer) with clauses and reasons out."""

from enduse.gate.decide import Decision, Reason, decide, default_terms

__all__ = ["Decision", "Reason", "decide", "default_terms"]
