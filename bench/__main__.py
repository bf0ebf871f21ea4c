"""Run the benchmarks of every subject module (or the ones named): each operation's median,
its ratio to its floor (or target) and the peak memory of both; then the whole table, with a
column group per size of the large workspace (--scale 1 16)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import tempfile
from pathlib import Path

import bench
from bench import Case, large
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


def print_table(headers: list[str], rows: list[list[str]], markdown: bool) -> None:
    if markdown:
        for cells in [headers, ["---"] * len(headers), *rows]:
            print("| " + " | ".join(cells) + " |")
        return
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    for cells in [headers, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())


def side_by_side(tables: dict[float, list[list[str]]]) -> tuple[list[str], list[list[str]]]:
    """One row per operation: its median, floor (or target), ratio and peak memory at each scale."""
    headers = ["operation"] + [f"{h} at {f:g}×" for f in tables for h in ("median", "floor", "ratio", "peak memory")]
    names = list(dict.fromkeys(r[0] for rows in tables.values() for r in rows))
    found = {f: {r[0]: r for r in rows} for f, rows in tables.items()}
    return headers, [[n, *(c for f in tables for c in found[f].get(n, ["—"] * 5)[1:5])] for n in names]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("subject", nargs="*", help=f"default: all of {', '.join(subjects())}")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each case (default 5)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--scale", type=float, nargs="+", default=[1.0], help="sizes of the large workspace, e.g. 1 16 (default 1)"
    )
    parser.add_argument("--keep", type=Path, help="build each large workspace once in this folder, reuse it after")
    args = parser.parse_args()
    unknown = set(args.subject) - set(subjects())
    if unknown:
        parser.error(f"unknown subject: {', '.join(sorted(unknown))}")
    large.KEEP = args.keep
    tables: dict[float, list[list[str]]] = {}
    for factor in args.scale:
        large.FACTOR = factor
        large.built.cache_clear()
        tables[factor] = run(args.subject or subjects(), args.repeat)
    print()
    if len(tables) == 1:
        print_table(HEADERS, next(iter(tables.values())), args.markdown)
    else:
        print_table(*side_by_side(tables), args.markdown)


def run(names: list[str], repeat: int) -> list[list[str]]:
    rows = []
    for subject in names:
        module = importlib.import_module(f"bench.{subject}")
        measured: dict[Case, Figures] = {}  # a floor shared by several cases is measured once
        with tempfile.TemporaryDirectory(prefix=f"bench-{subject}-") as folder:
            for case in module.cases(Path(folder)):
                if case.floor is not None and case.floor not in measured:
                    measured[case.floor] = measure(case.floor, repeat)
                mine = measure(case, repeat)
                rows.append(row(subject, case, mine, measured.get(case.floor)))
                times = mine.times
                print(
                    " · ".join(
                        [
                            f"{large.FACTOR:g}× {rows[-1][0]}",
                            f"median {rows[-1][1]} (min {seconds(min(times))},"
                            f" max {seconds(max(times))}, n={len(times)})",
                            *(f"{h} {v}" for h, v in zip(HEADERS[2:], rows[-1][2:])),
                        ]
                    ),
                    flush=True,
                )
    return rows


if __name__ == "__main__":
    main()
