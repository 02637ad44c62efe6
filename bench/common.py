"""Shared helpers of the benchmarks: timing with repeats and the ratio lines every script prints."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_ms(fn: Callable[[], object], repeat: int = 7, number: int = 1) -> float:
    """The best of ``repeat`` runs of ``number`` calls, in milliseconds per call."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) * 1000 / number)
    return min(runs)


def median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def report(name: str, ms: float, floor_name: str, floor_ms: float) -> None:
    print(f"{name:<44} {ms:9.2f} ms   {ms / floor_ms:8.1f} × {floor_name} ({floor_ms:.3f} ms)")
