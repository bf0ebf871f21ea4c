"""Benchmarks: `python -m bench [SUBJECT…] [--repeat N]` prints the median time of each.

One module per subject, each with `cases(folder) -> list[Case]` (a module without it is a
helper of the others). Figures are printed, never asserted: machines differ, a trend is
what matters.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Case:
    name: str
    run: Callable[[object], object]                 # timed; receives what setup returned
    setup: Callable[[], object] = lambda: None      # untimed, before every run
