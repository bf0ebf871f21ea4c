"""Search across every plan of the workspace: tasks, indicators, projects, safeguards and
outline text. The box sits in the toolbar; hits are listed in a panel and open where
they belong when chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.changes import Changed
from ui.models.listings import search_model
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.session import Session
from ui.settings import Settings
from ui.text import fill
from ui.views.table import RowTable
from workbench import browse


class SearchPanel(Retranslating, QWidget):
    hit_chosen = Signal(object)  # browse.SearchHit

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.text = ""
        self.summary = PlainLabel()
        self.table = RowTable(search_model(self), settings, "search")
        self.table.activated.connect(lambda _: self._choose())
        self.table.clicked.connect(lambda _: self._choose())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        session.changed.connect(self._changed)
        session.opened.connect(lambda _: self.search(self.text))
        session.closed.connect(lambda: self.search(""))
        self.retranslate()

    def retranslate(self) -> None:
        self.table.source.retranslate()
        self._summarize()

    def search(self, text: str) -> list[browse.SearchHit]:
        self.text = text.strip()
        workspace = self.session.workspace
        hits = browse.search(workspace, self.text) if workspace is not None and self.text else []
        self.table.source.set_rows(hits)
        self._summarize()
        return hits

    def _summarize(self) -> None:
        if not self.text:
            self.summary.setText(self.tr("Type in the search box to find tasks, indicators and text in every plan."))
        else:
            self.summary.setText(fill(self.tr("%1 found for “%2”"), len(self.table.source.rows), self.text))

    def _changed(self, changed: Changed) -> None:
        if self.text and changed.plans:
            self.search(self.text)

    def _choose(self) -> None:
        hit = self.table.current_row()
        if hit is not None:
            self.hit_chosen.emit(hit)
