"""Measuring one case: the time of each run, and the peak memory of one more run.

Peak memory is resident memory (RSS), so it counts what SQLite, python-calamine's Rust
code and Qt allocate, not only Python objects. The run happens in a forked child that
first hands memory freed earlier back to the system (malloc_trim) and resets its
high-water mark (/proc/self/clear_refs); the figure is the high-water mark after the run
minus the resident size before it. Where the run starts a process (the window), the
figure is that process's own peak RSS instead (ru_maxrss of the child). Linux only;
elsewhere memory is not measured.
"""

from __future__ import annotations

import ctypes
import gc
import os
import re
import resource
import statistics
import sys
import time
import traceback
from dataclasses import dataclass

from bench import Case


@dataclass(frozen=True)
class Figures:
    times: tuple[float, ...]
    peak: int | None  # bytes
    peak_of_child: bool = False  # the figure is a launched process's own peak

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def timed(case: Case, repeat: int) -> tuple[float, ...]:
    times: list[float] = []
    for _ in range(repeat):
        state = case.setup()
        gc.collect()  # not the garbage of the cases run before (one process runs every subject)
        started = time.perf_counter()
        found = case.run(state)
        times.append(float(found) if case.own_time and isinstance(found, float) else time.perf_counter() - started)
    return tuple(times)


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as f:
        found = re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.M)
    if found is None:
        raise RuntimeError(f"/proc/self/status has no {field}")
    return int(found.group(1))


def _release_freed_memory() -> None:
    gc.collect()
    libc = ctypes.CDLL(None)  # the C library already loaded (glibc has malloc_trim; musl has not)
    if hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def _peak_in_this_process(case: Case) -> tuple[int, bool]:
    state = case.setup()
    _release_freed_memory()
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # the high-water mark restarts from the current resident size
    before = _status_kb("VmRSS")
    case.run(state)
    grown = max(_status_kb("VmHWM") - before, 0) * 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return (child, True) if child else (grown, False)


def peak(case: Case) -> tuple[int | None, bool]:
    """(bytes, whether it is a launched process's peak); (None, False) where not measurable."""
    if not sys.platform.startswith("linux"):
        return None, False
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, report through the pipe, leave without cleanup
        os.close(read)
        try:
            found, of_child = _peak_in_this_process(case)
            os.write(write, f"{found} {int(of_child)}".encode())
        except BaseException:  # noqa: BLE001 - a forked child reports any failure, then must _exit
            traceback.print_exc()
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        reported = answer.read().split()
    os.waitpid(pid, 0)
    return (int(reported[0]), reported[1] == "1") if reported else (None, False)


def measure(case: Case, repeat: int) -> Figures:
    found, of_child = peak(case) if case.memory else (None, False)
    return Figures(timed(case, repeat), found, of_child)
