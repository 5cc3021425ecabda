"""The one test every rate rule shares: is this many out of ``n`` more than chance, given the
background share a lawful licence shows? (Binomial upper tail, exact, in log space.)"""

from __future__ import annotations

import math
from functools import lru_cache


def binomial_sf(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    if p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    mean = n * p
    if k <= mean:  # the tail holds at least about half the mass: not significant anyway
        return 1.0 - _cdf_below(k, n, p)
    log_p, log_q = math.log(p), math.log1p(-p)
    base = math.lgamma(n + 1)
    total = 0.0
    for i in range(k, n + 1):
        term = math.exp(
            base
            - math.lgamma(i + 1)
            - math.lgamma(n - i + 1)
            + i * log_p
            + (n - i) * log_q
        )
        total += term
        if term < total * 1e-12:
            break
    return min(1.0, total)


def _cdf_below(k: int, n: int, p: float) -> float:
    log_p, log_q = math.log(p), math.log1p(-p)
    base = math.lgamma(n + 1)
    return sum(
        math.exp(
            base
            - math.lgamma(i + 1)
            - math.lgamma(n - i + 1)
            + i * log_p
            + (n - i) * log_q
        )
        for i in range(k)
    )


@lru_cache(maxsize=65536)
def critical_count(n: int, p: float, alpha: float) -> int:
    """The smallest k with P(X >= k) <= alpha for X ~ Binomial(n, p) (n + 1 if none)."""
    k = max(1, math.floor(n * p) + 1)
    while k <= n and binomial_sf(k, n, p) > alpha:
        k += 1
    return k


def significant(count: int, n: int, background: float, alpha: float) -> bool:
    """``count`` of ``n`` is more than a licence with share ``background`` would show by
    chance, at false-alarm probability ``alpha`` per check."""
    return count >= critical_count(n, background, alpha)
