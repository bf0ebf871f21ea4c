"""Benchmarks: `python -m bench [SUBJECT…] [--repeat N] [--markdown]` prints, for each
operation, the median of several runs, its ratio to a floor measured in the same run on
the same data, and the peak memory of each.

One module per subject, each with `cases(folder) -> list[Case]` (a module without it is a
helper of the others). Figures are printed, never asserted: machines differ, a trend is
what matters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(eq=False)
class Case:
    name: str
    run: Callable[[Any], object]  # timed; receives what setup returned
    setup: Callable[[], Any] = lambda: None  # untimed, before every run
    floor: Case | None = None  # the least the same work could cost, measured alongside
    target: float | None = None  # seconds, where a target stands in for a floor (queries)
    own_time: bool = False  # run returns the seconds to record (the window's longest block), not its wall time
    memory: bool = True  # peak memory is measured (in a forked child: not for a running window)
