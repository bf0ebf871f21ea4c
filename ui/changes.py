"""What an operation or edit changed, as data, so each view refreshes only what it shows
(the idea of Anki's OpChanges) instead of every view reloading everything."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.tracking.progress import INDICATOR, INDICATOR_VALUE, TASK, TASK_PROGRESS, Change


@dataclass(frozen=True)
class Changed:
    task_ids: frozenset[int] = frozenset()  # tasks whose status or progress changed
    indicator_ids: frozenset[int] = frozenset()  # indicators whose values, definition or targets changed
    plans: bool = False  # a plan was added
    submissions: bool = False  # a submission was recorded or a template issued

    @property
    def progress(self) -> bool:
        """Anything the roll-ups (status counts, group progress, verdicts) are computed from."""
        return bool(self.task_ids or self.indicator_ids or self.submissions)

    @classmethod
    def of(cls, changes: list[Change]) -> Changed:
        tasks = {c.key_dict["task_id"] for c in changes if c.entity in (TASK, TASK_PROGRESS)}
        indicators = {c.key_dict["indicator_id"] for c in changes if c.entity in (INDICATOR_VALUE, INDICATOR)}
        return cls(task_ids=frozenset(tasks), indicator_ids=frozenset(indicators))


PLANS = Changed(plans=True)
SUBMISSIONS = Changed(submissions=True)
