"""The audit log: every change to the workspace, newest first, with where it came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.models.listings import audit_model
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.session import Session
from ui.settings import Settings
from ui.views.lazy import LazyReload
from ui.views.table import RowTable
from workbench import browse

SHOWN = 500


class AuditView(LazyReload, Retranslating, QWidget):
    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.caption = PlainLabel()
        self.table = RowTable(audit_model(self), settings, "audit")
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        session.changed.connect(lambda _: self.request_reload())
        session.opened.connect(lambda _: self.request_reload())
        session.closed.connect(self.request_reload)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(
            self.tr("Every change to this workspace, newest first (imports, submissions, edits, undo and redo).")
        )
        self.table.source.retranslate()
        self.table.set_empty_text(
            self.tr("Nothing has changed yet. Imports, accepted submissions and edits are listed here as they happen.")
        )

    def reload(self) -> None:
        workspace = self.session.workspace
        self.table.source.set_rows(browse.audit(workspace, limit=SHOWN) if workspace is not None else [])
