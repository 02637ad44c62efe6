"""Shared helpers of the benchmarks: timing with repeats, ``ours / floor = ratio`` lines against a target, and
the exit code (non-zero when a target is missed, so a regression is seen)."""
from __future__ import annotations

import statistics
import sys
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


def paired_ms(ours: Callable[[], object], floor: Callable[[], object], rounds: int = 15, *,
              stat: Callable[[list[float]], float] = min) -> tuple[float, float]:
    """``stat`` (the best by default) of ``rounds`` runs of each, run alternately (ours, floor, ours …): a
    shared machine's load then weighs on both sides alike. Both are run once first (statements compiled,
    pages cached)."""
    a: list[float] = []
    b: list[float] = []
    ours(), floor()
    for _ in range(rounds):
        for fn, runs in ((ours, a), (floor, b)):
            start = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - start) * 1000)
    return stat(a), stat(b)


paired_best_ms = paired_ms


def report(name: str, ms: float, floor_name: str, floor_ms: float) -> None:
    """An informative line (no target): ours and its ratio to a reference."""
    print(f"{name:<44} {ms:9.2f} ms   {ms / floor_ms:8.1f} × {floor_name} ({floor_ms:.3f} ms)")


class Targets:
    """Collects the measured rows of a benchmark; :meth:`exit_code` is 1 when any missed its target.

    Each row prints ``ours / floor = ratio`` and the target, and is kept in :attr:`rows` (what, ours, floor,
    ratio, target) for the table of bench/README.md."""

    def __init__(self, title: str = "", *, large: bool = True) -> None:
        self.rows: list[tuple[str, float, float | None, float | None, str, bool]] = []
        self.large = large
        if title:
            print(title + ("" if large else "  (quick estate: indicative, the targets are judged on the large one)"))

    def ratio(self, what: str, ours_ms: float, floor_ms: float, target: float, unit: str = "ms") -> bool:
        r = ours_ms / floor_ms if floor_ms > 0 else float("inf")
        ok = r <= target
        print(f"{what:<46} {ours_ms:9.2f} {unit} / {floor_ms:8.2f} {unit} = {r:5.2f}×  (target ≤ {target}×) "
              f"{'ok' if ok else 'MISSED'}", flush=True)
        self.rows.append((what, ours_ms, floor_ms, r, f"≤ {target}×", ok))
        return ok

    def paired(self, what: str, ours: Callable[[], object], floor: Callable[[], object], target: float,
               rounds: int = 15, *, same_rows: bool = False) -> bool:
        """Ours against the floor, run alternately; with ``same_rows`` a different number of rows (a list
        that misses what the raw query finds) is a miss whatever the time."""
        if same_rows:
            mine, raw = len(ours()), len(floor())  # type: ignore[arg-type]
            if mine != raw:
                print(f"{what:<46} {mine} rows / {raw} rows: not the same rows  MISSED", flush=True)
                self.rows.append((what, float("nan"), None, None, f"≤ {target}×, {raw} rows", False))
                return False
        a, b = paired_ms(ours, floor, rounds)
        return self.ratio(what, a, b, target)

    def limit(self, what: str, ours: float, limit: float, unit: str = "ms") -> bool:
        ok = ours <= limit
        print(f"{what:<46} {ours:9.2f} {unit} (target ≤ {limit:g} {unit}) {'ok' if ok else 'MISSED'}", flush=True)
        self.rows.append((what, ours, None, None, f"≤ {limit:g} {unit}", ok))
        return ok

    @property
    def missed(self) -> list[str]:
        return [row[0] for row in self.rows if not row[5]]

    def exit_code(self) -> int:
        if self.missed:
            print("MISSED: " + "; ".join(self.missed), file=sys.stderr)
            return 1
        return 0
