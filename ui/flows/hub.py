"""The guided flows the Plans menu, the Submissions view and file drops start. Each opens
its dialog window-modal without blocking, so the work it starts runs in the background
while the window keeps painting; dropped workbooks join a submissions dialog already open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from ui.flows.cascade import ConsolidateDialog, ReceiveTemplateDialog
    from ui.flows.import_plan import ImportPlanDialog
    from ui.flows.meeting import SendRemindersDialog, WriteMeetingReportDialog
    from ui.flows.review import SendBackDialog
    from ui.flows.submissions import TakeSubmissionsDialog
    from ui.flows.summary import WriteSummaryDialog
    from ui.flows.templates import SendTemplatesDialog
    from ui.main_window import MainWindow

Dialog = TypeVar("Dialog", bound=QDialog)

# The dialogs are imported when first opened: they bring in the Excel and document
# adapters (openpyxl and friends), a quarter of a second the window need not wait for.


class Flows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_dialog: QDialog | None = None

    def workspace_open(self) -> bool:
        """Whether a workspace is open; if not, the status bar says where to open one."""
        if self.window.session.workspace is None:
            self.window.say(self.tr("Open a workspace first (File menu)."))
            return False
        return True

    def _open(self, dialog_class: type[Dialog], make: Callable[[MainWindow], Dialog] | None = None) -> Dialog | None:
        if not self.workspace_open():
            return None
        if isinstance(self.open_dialog, dialog_class) and self.open_dialog.isVisible():
            return self.open_dialog
        dialog = (make or dialog_class)(self.window)
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()
        self.open_dialog = dialog
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()

    def import_plan(self, path: Path | None = None) -> ImportPlanDialog | None:
        from ui.flows.import_plan import ImportPlanDialog

        dialog = self._open(ImportPlanDialog)
        if dialog is not None and path is not None:
            dialog.read(path)
        return dialog

    def send_templates(self) -> SendTemplatesDialog | None:
        from ui.flows.templates import SendTemplatesDialog

        return self._open(SendTemplatesDialog)

    def take_submissions(self, paths: list[Path] | None = None) -> TakeSubmissionsDialog | None:
        from ui.flows.submissions import TakeSubmissionsDialog

        dialog = self._open(TakeSubmissionsDialog)
        if dialog is not None and paths:
            dialog.check(paths)
        return dialog

    def write_summary(self) -> WriteSummaryDialog | None:
        from ui.flows.summary import WriteSummaryDialog

        return self._open(WriteSummaryDialog)

    def write_meeting_report(self) -> WriteMeetingReportDialog | None:
        from ui.flows.meeting import WriteMeetingReportDialog

        return self._open(WriteMeetingReportDialog)

    def send_reminders(self) -> SendRemindersDialog | None:
        from ui.flows.meeting import SendRemindersDialog

        return self._open(SendRemindersDialog)

    def send_back(self, plan_id: int, period: str, region: str) -> SendBackDialog | None:
        from ui.flows.review import SendBackDialog

        return self._open(SendBackDialog, lambda window: SendBackDialog(window, plan_id, period, region))

    def receive_template(self, path: Path | None = None) -> ReceiveTemplateDialog | None:
        from ui.flows.cascade import ReceiveTemplateDialog

        dialog = self._open(ReceiveTemplateDialog)
        if dialog is not None and path is not None:
            dialog.read(path)
        return dialog

    def consolidate(self) -> ConsolidateDialog | None:
        from ui.flows.cascade import ConsolidateDialog

        return self._open(ConsolidateDialog)
