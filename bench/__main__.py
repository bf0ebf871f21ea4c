"""Run the benchmarks of every subject module (or the ones named) and print medians."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import statistics
import tempfile
import time
from pathlib import Path

import bench


def subjects() -> list[str]:
    """The modules that define cases(); others in the package are their helpers."""
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))
    return [n for n in names if hasattr(importlib.import_module(f"bench.{n}"), "cases")]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("subject", nargs="*", help=f"default: all of {', '.join(subjects())}")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    unknown = set(args.subject) - set(subjects())
    if unknown:
        parser.error(f"unknown subject: {', '.join(sorted(unknown))}")
    for subject in args.subject or subjects():
        module = importlib.import_module(f"bench.{subject}")
        with tempfile.TemporaryDirectory(prefix=f"bench-{subject}-") as folder:
            for case in module.cases(Path(folder)):
                times = []
                for _ in range(args.repeat):
                    state = case.setup()
                    started = time.perf_counter()
                    case.run(state)
                    times.append(time.perf_counter() - started)
                print(f"{subject}: {case.name}: median {statistics.median(times):.3f} s"
                      f" (min {min(times):.3f}, max {max(times):.3f}, n={len(times)})", flush=True)


if __name__ == "__main__":
    main()
