"""The window on the large workspace: how long each action a user takes blocks the GUI thread, with the real
MainWindow (offscreen where there is no display), against a target of 100 ms.

What is measured is the longest stretch the event loop could not answer the user: the action itself with the
events it left pending (painting included), or any later stretch while its work finishes (a worker's result
arriving, a queued refresh). Work moved to a worker thread counts only for what it hands back to the GUI thread.
Peak memory is not measured here (a forked copy of a running window is no window).
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from bench import Case, large
from ui.changes import SUBMISSIONS
from workbench.app import services

TARGET = 0.100
PLAN, OTHER_PLAN = 1, 2  # scale plans of 300 tasks; the districts report plan 1's indicators
SEARCHED = "协同机制"


def settle(app, action: Callable[[], object], busy: Callable[[], bool]) -> float:
    """Run *action*, then the event loop until nothing is left to do; the longest the GUI thread was blocked."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    started = time.perf_counter()
    action()
    QCoreApplication.sendPostedEvents()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)  # what the action left pending runs before a wait
    longest = time.perf_counter() - started
    quiet_since = None
    while True:
        started = time.perf_counter()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        spent = time.perf_counter() - started
        longest = max(longest, spent)
        now = time.perf_counter()
        if spent > 0.002 or busy():
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since > 0.2:
            return longest
        time.sleep(0.001)


class Bench:
    """The window and the copy of the large workspace it has open. One window serves every size run in the
    process (a second, even closed, would take each language switch too)."""

    windows: ClassVar[list] = []

    def __init__(self, folder: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ui.app import application, create_window  # Qt only where the window is measured
        from ui.dialogs import Dialogs
        from ui.settings import Settings

        class Refusing(Dialogs):
            """A question in the middle of a benchmark is a failure, not a wait for a click."""

            def __getattribute__(self, name: str) -> object:
                if name.startswith("_"):
                    return object.__getattribute__(self, name)
                raise RuntimeError(f"the window asked something: {name}")

        source, self.big_plan = large.built()
        self.path = large.copy_of(source, folder / "window.sqlite")
        self.app = application([])
        if not self.windows:
            kept = Path(tempfile.mkdtemp(prefix="bench-window-"))  # outlives the subject's folder, as the window
            atexit.register(shutil.rmtree, kept, ignore_errors=True)
            settings = Settings(kept / "settings.ini")
            self.windows.append(create_window(settings, Refusing()))
        self.window = self.windows[0]
        self.window.resize(1280, 800)
        self.window.show()
        self.flip = itertools.cycle((0, 1))
        self.window.workspaces.open_path(self.path)
        self.settle(lambda: None)

    def settle(self, action: Callable[[], object]) -> float:
        return settle(self.app, action, lambda: self.window.operations.busy)

    def case(self, name: str, action: Callable[[int], object], setup: Callable[[], object] = lambda: None) -> Case:
        """A case whose runs alternate between two states (one plan and another…): each run changes something."""

        def prepared() -> int:
            self.settle(setup)
            return next(self.flip)

        return Case(
            name, lambda which: self.settle(lambda: action(which)), prepared, target=TARGET, own_time=True, memory=False
        )

    def tab(self, name: str) -> Case:
        """Opening a tab whose view has to be filled (another plan was chosen while it was hidden)."""
        return self.case(f"open the {name} tab", lambda _: self.window.show_view(name), lambda: self.stale(name, PLAN))

    # -- the states the actions start from -------------------------------------------------------------------
    def shown(self, view: str, plan: int = PLAN) -> None:
        w = self.window
        w.show_view(view)
        w.show_plan(plan)

    def stale(self, view: str, plan: int) -> None:
        """Another tab shown, *view* to be filled when it is opened (as after choosing a plan elsewhere)."""
        w = self.window
        w.show_view("overview" if view != "overview" else "tasks")
        w.show_plan(OTHER_PLAN if w.current.plan_id == plan else plan)
        w.show_plan(plan)

    def district_indicators(self) -> list[int]:
        return [r.id for r in self.window.indicators.model.rows[:2]]

    def edit(self, which: int) -> None:
        """A percent of the first task typed in, as a double-click and typing would."""
        task = self.window.tasks.model.rows[0]
        self.window.tasks._edit(task, "percent", str(10 + which))

    def edited(self) -> None:
        self.shown("tasks")
        self.edit(next(self.flip))

    def taken_in(self, folder: Path) -> None:
        """A 1,000-row file of the big plan taken in as the window's take-in does, then announced: a step
        Ctrl+Z undoes."""
        self.shown("tasks", self.big_plan)
        workspace = self.window.session.require_workspace()
        [template] = services.issue_templates(workspace, self.big_plan, ["JS"], large.PERIOD, folder, force=True)
        filled = large.filled(template, folder / f"back-{time.monotonic_ns()}.xlsx", seed=time.monotonic_ns() % 97)
        [outcome] = services.submit_many(workspace, [filled], replace=True, other_period=True)
        assert outcome.status == "accepted", outcome.reasons
        self.window.session.announce(SUBMISSIONS)

    def expand(self, plan: int) -> None:
        navigator = self.window.navigator
        index = navigator.plan_index(plan)
        assert index is not None
        navigator.tree.expand(index)
        navigator.tree.expand(index.model().index(1, 0, index))  # Tasks (…)

    def period(self, code: str) -> None:
        self.window.period.setCurrentText(code)
        self.window._period_entered()


def cases(folder: Path) -> list[Case]:
    b = Bench(folder)
    w = b.window
    plans, quarters = (PLAN, OTHER_PLAN), (large.PERIOD, "2024Q4")
    return [
        b.case("open the workspace", lambda _: w.workspaces.open_path(b.path), w.session.close),
        b.case("expand a plan in the navigator, then its tasks", lambda i: b.expand(plans[i]), w.navigator.reload),
        b.case("switch plan (overview shown)", lambda i: w.show_plan(plans[i]), lambda: w.show_view("overview")),
        b.case("switch plan (tasks shown)", lambda i: w.show_plan(plans[i]), lambda: w.show_view("tasks")),
        b.case("switch period (tasks shown)", lambda i: b.period(quarters[i]), lambda: b.shown("tasks")),
        b.case("switch province (tasks shown)", w.tasks.region.setCurrentIndex, lambda: b.shown("tasks")),
        *(b.tab(name) for name in ("overview", "tasks", "indicators", "submissions", "review", "source", "audit")),
        b.case(
            "open the tasks tab of the 980-task plan",
            lambda _: w.show_view("tasks"),
            lambda: b.stale("tasks", b.big_plan),
        ),
        b.case(
            "select an indicator that districts report",
            lambda i: w.indicators.show_indicator(b.district_indicators()[i]),
            lambda: b.shown("indicators"),
        ),
        b.case("filter the tasks", lambda i: w.tasks.filter.setText(("协同", "")[i]), lambda: b.shown("tasks")),
        b.case("search every plan", lambda _: w.run_search(), lambda: w.search_box.setText(SEARCHED)),
        b.case("edit a task's progress (tasks shown)", b.edit, lambda: b.shown("tasks")),
        b.case("undo the edit (tasks shown)", lambda _: w.session.undo_group.undo(), b.edited),
        b.case(
            "refresh after a submission (tasks shown)",
            lambda _: w.session.announce(SUBMISSIONS),
            lambda: b.shown("tasks"),
        ),
        b.case(
            "undo taking in a 1,000-row file (tasks shown)",
            lambda _: w.session.undo_group.undo(),
            lambda: b.taken_in(folder / "take-in"),
        ),
        b.case("switch the language", lambda i: w.set_language(("en", "zh_CN")[i]), lambda: None),
        b.case("back up (the window goes on)", lambda _: w.menus.backup.trigger(), lambda: None),
    ]
