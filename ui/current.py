"""What the window is looking at: the plan and the reporting period the views share.
One signal for both, so choosing a plan whose periods differ reloads each view once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Current(QObject):
    changed = Signal()  # the plan, the period, or the workspace beneath them: views reload

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan_id: int | None = None
        self.period = ""

    def set(self, plan_id: int | None, period: str, *, force: bool = False) -> None:
        """Look at another plan or period; force when the workspace itself changed."""
        if force or (plan_id, period) != (self.plan_id, self.period):
            self.plan_id, self.period = plan_id, period
            self.changed.emit()
