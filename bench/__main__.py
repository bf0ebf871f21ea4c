"""Run the benchmarks of every subject module (or the ones named): each operation's median,
its ratio to its floor (or target) and the peak memory of both; then the whole table."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import tempfile
from pathlib import Path

import bench
from bench import Case
from bench.measure import Figures, measure


def subjects() -> list[str]:
    """The modules that define cases(); others in the package are their helpers."""
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))
    return [n for n in names if hasattr(importlib.import_module(f"bench.{n}"), "cases")]


def seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def megabytes(figures: Figures | None) -> str:
    if figures is None or figures.peak is None:
        return "—"
    return f"{figures.peak / 2**20:.1f} MB" + (" (process)" if figures.peak_of_child else "")


def row(subject: str, case: Case, mine: Figures, floor: Figures | None) -> list[str]:
    """operation, median, floor, ratio, peak memory, floor's peak memory."""
    if floor is not None:
        against, ratio = seconds(floor.median), f"{mine.median / floor.median:.1f}×"
    elif case.target is not None:
        against = f"target < {seconds(case.target)}"
        ratio = "met" if mine.median < case.target else f"{mine.median / case.target:.1f}× target"
    else:
        against = ratio = "—"
    return [f"{subject}: {case.name}", seconds(mine.median), against, ratio, megabytes(mine), megabytes(floor)]


HEADERS = ["operation", "median", "floor", "ratio", "peak memory", "floor's peak memory"]


def print_table(rows: list[list[str]], markdown: bool) -> None:
    if markdown:
        for cells in [HEADERS, ["---"] * len(HEADERS), *rows]:
            print("| " + " | ".join(cells) + " |")
        return
    widths = [max(len(r[i]) for r in [HEADERS, *rows]) for i in range(len(HEADERS))]
    for cells in [HEADERS, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("subject", nargs="*", help=f"default: all of {', '.join(subjects())}")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each case (default 5)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()
    unknown = set(args.subject) - set(subjects())
    if unknown:
        parser.error(f"unknown subject: {', '.join(sorted(unknown))}")
    rows = []
    for subject in args.subject or subjects():
        module = importlib.import_module(f"bench.{subject}")
        measured: dict[Case, Figures] = {}  # a floor shared by several cases is measured once
        with tempfile.TemporaryDirectory(prefix=f"bench-{subject}-") as folder:
            for case in module.cases(Path(folder)):
                if case.floor is not None and case.floor not in measured:
                    measured[case.floor] = measure(case.floor, args.repeat)
                mine = measure(case, args.repeat)
                rows.append(row(subject, case, mine, measured.get(case.floor)))
                times = mine.times
                print(
                    " · ".join(
                        [
                            rows[-1][0],
                            f"median {rows[-1][1]} (min {seconds(min(times))},"
                            f" max {seconds(max(times))}, n={len(times)})",
                            *(f"{h} {v}" for h, v in zip(HEADERS[2:], rows[-1][2:])),
                        ]
                    ),
                    flush=True,
                )
    print()
    print_table(rows, args.markdown)


if __name__ == "__main__":
    main()
