"""What the flows share: the dialog frame, the plan and period a flow works on (defaulting
to what the window shows), the folder where its files go, and the Write / Open the folder
buttons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.dialogs import Dialogs, fitted
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from workbench import browse
from workbench.errors import NotFound
from workbench.reference import periods
from workbench.storage.workspace import Workspace

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class FlowDialog(QDialog):
    """A flow's dialog over the window, titled by the flow and sized by it as far as the screen allows; it
    can be resized."""

    def __init__(self, window: MainWindow, title: str, width: int, height: int) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(title)
        self.resize(fitted(window, width, height))


def write_buttons(dialog: QDialog, write_text: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """Close, the flow's Write button, and Open the folder (enabled once written)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    write = buttons.addButton(write_text, QDialogButtonBox.ButtonRole.ActionRole)
    open_folder = buttons.addButton(
        QCoreApplication.translate("FlowDialog", "Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
    )
    open_folder.setEnabled(False)
    buttons.rejected.connect(dialog.reject)
    return buttons, write, open_folder


class PlanPeriodFields(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, plan_id: int | None, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = QComboBox()
        for plan in browse.plans(workspace):
            self.plan.addItem(plan.title, plan.id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(plan_id)))
        self.period = QLineEdit(period)
        self.plan_label, self.period_label = PlainLabel(), PlainLabel()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.plan_label, self.plan)
        self.form.addRow(self.period_label, self.period)
        self.plan.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.period.textChanged.connect(lambda _: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.plan_label.setText(self.tr("Plan"))
        self.period_label.setText(self.tr("Period"))
        self.period.setPlaceholderText(self.tr("e.g. 2023H1, 2023Q2 or 2023"))

    @property
    def plan_id(self) -> int | None:
        return self.plan.currentData()

    def plan_ref(self) -> int:
        """The plan chosen; raises NotFound if the workspace has no plan to choose."""
        if self.plan_id is None:
            raise NotFound("plan.not_found", plan=self.plan.currentText())
        return self.plan_id

    def period_code(self) -> str:
        """The period as entered, normalised; raises InputError with the reason if invalid."""
        return periods.parse(self.period.text()).code


class FolderField(Retranslating, QWidget):
    """A folder shown as a path with a Choose… button."""

    def __init__(self, dialogs: Dialogs, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs, self.folder = dialogs, folder
        self.path = PlainLabel(str(folder))
        self.path.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Choose…"))

    def choose(self) -> None:
        chosen = self.dialogs.directory(self, self.tr("Folder"), str(self.folder))
        if chosen is not None:
            self.folder = chosen
            self.path.setText(str(chosen))
