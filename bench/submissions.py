"""Taking in submissions on the large workspace: one file of 1,000 rows (a batch of the day, which finds the
day's backup taken, and the day's first, which takes it), and the files of all 41 cities in one batch, each
against the floor of reading the same files with python-calamine and inserting their values in one batch
(bench/floors.py); and withdrawing the 1,000-row file, against the floor of deleting the rows it made.

Every run starts from the same copy of the workspace, opened before the clock starts and
closed inside the timed part.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bench import Case, floors, large
from workbench.app import services
from workbench.reference import regions
from workbench.reporting import withdrawal
from workbench.reporting.model import SubmissionOutcome
from workbench.reporting.states import Outcome
from workbench.storage.workspace import Workspace
from workbench.tracking import progress

CITY_PLAN = 1  # a scale plan: 300 tasks and 30 indicators, all reported by every city


def _opened(pristine: Path, run: Path, *, backed_up: bool = True) -> Callable[[], Workspace]:
    """A fresh copy, by default with today's backup beside it."""

    def setup() -> Workspace:
        copy = large.with_todays_backup(pristine, run) if backed_up else large.copy_of(pristine, run)
        return Workspace.open(copy, program="bench")

    return setup


def _accepted(outcomes: list[SubmissionOutcome]) -> None:
    refused = [o.path.name for o in outcomes if o.status != Outcome.ACCEPTED]
    if refused:
        raise RuntimeError(f"not accepted: {refused}")


def _issued(folder: Path, name: str, plan_id: int, codes: list[str]) -> tuple[Path, list[Path]]:
    """A copy of the large workspace with templates issued for *codes*, and the filled files."""
    pristine = large.copy_of(large.built()[0], folder / f"{name}.sqlite")
    with Workspace.open(pristine, program="bench") as ws:
        issued = services.issue_templates(ws, plan_id, codes, large.PERIOD, folder / f"{name}-issued")
    (folder / f"{name}-back").mkdir()
    return pristine, [large.filled(t, folder / f"{name}-back" / t.name, seed) for seed, t in enumerate(issued)]


def _ids(pristine: Path, codes: list[str]) -> tuple[list[int], int]:
    with Workspace.open(pristine, write=False) as ws:
        return [progress.region_id(ws, c) for c in codes], progress.period_id(ws, large.PERIOD)


def _one_file(folder: Path) -> list[Case]:
    _, plan_id = large.built()
    pristine, [received] = _issued(folder, "one", plan_id, ["JS"])
    ([region], period) = _ids(pristine, ["JS"])
    setup = _opened(pristine, folder / "run.sqlite")
    floor = Case(
        "floor: calamine read + one batched insert",
        large.closing(lambda ws: floors.take_in(ws, received, region, period)),
        setup,
    )
    take_in = large.closing(lambda ws: _accepted([services.submit(ws, received)]))
    taken = large.copy_of(pristine, folder / "taken.sqlite")
    with Workspace.open(taken, program="bench") as ws:
        outcome = services.submit(ws, received)
        _accepted([outcome])
    assert outcome.submission_id is not None
    submission = outcome.submission_id
    after = _opened(taken, folder / "run.sqlite")
    deleted = Case(
        "floor: delete the rows it made",
        large.closing(lambda ws: floors.delete_submission(ws, submission)),
        after,
    )
    return [
        Case("take in one 1,000-row submission (read, check, commit)", take_in, setup, floor=floor),
        Case(
            "the day's first: the same after a verified full backup",
            take_in,
            _opened(pristine, folder / "run.sqlite", backed_up=False),
            floor=floor,
        ),
        Case(
            "withdraw the 1,000-row submission (find its values, put back, audit)",
            large.closing(lambda ws: withdrawal.withdraw(ws, submission)),
            after,
            floor=deleted,
        ),
    ]


def _cities(folder: Path) -> list[Case]:
    codes = list(regions.CITIES)
    pristine, received = _issued(folder, "cities", CITY_PLAN, codes)
    region_ids, period = _ids(pristine, codes)
    setup = _opened(pristine, folder / "run.sqlite")

    def raw(ws: Workspace) -> None:
        for path, region in zip(received, region_ids):
            floors.take_in(ws, path, region, period)

    floor = Case("floor: calamine read + one batched insert per file", large.closing(raw), setup)
    batch = large.closing(lambda ws: _accepted(services.submit_many(ws, [received[0].parent])))
    return [Case(f"take in {len(codes)} city submissions (330 rows each) in one batch", batch, setup, floor=floor)]


def cases(folder: Path) -> list[Case]:
    return [*_one_file(folder), *_cities(folder)]
