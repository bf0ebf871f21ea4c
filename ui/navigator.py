"""The navigator: plans, and in each its outline, tasks by group, flagship projects,
safeguards and indicators. Choosing an entry tells the window what to show."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from ui.changes import Changed
from ui.plain import tooltip
from ui.retranslate import Retranslating
from ui.session import Session
from ui.text import fill
from workbench import browse

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id, plan_id, span) of the entry


def _item(text: str, entry: tuple[str, int, int, tuple[int, int] | None]) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(tooltip(text))
    item.setData(entry, ENTRY_ROLE)
    return item


class Navigator(Retranslating, QWidget):
    plan_chosen = Signal(int)
    view_chosen = Signal(str)  # overview / tasks / indicators / source
    item_chosen = Signal(str, int)  # kind (task/indicator/project/safeguard), id
    span_chosen = Signal(int, int, int)  # plan id, start, end of an outline node in the source text

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.clicked.connect(self._chosen)
        self.tree.activated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        session.changed.connect(self._changed)
        self.current_plan: int | None = None

    def retranslate(self) -> None:
        self.reload()

    def _changed(self, changed: Changed) -> None:
        if changed.plans:
            self.reload()

    def reload(self) -> None:
        self.model.clear()
        workspace = self.session.workspace
        if workspace is None:
            return
        for plan in browse.plans(workspace):
            period = f"{plan.period_start or '?'}–{plan.period_end or '?'}"
            node = _item(f"{plan.title}（{period}）", ("view:overview", plan.id, plan.id, None))
            node.appendRow(self._outline(workspace, plan.id))
            node.appendRow(self._tasks(workspace, plan.id, plan.tasks))
            passages = browse.passages(workspace, plan.id)
            for kind, view, title in (
                ("project", "source", self.tr("Flagship projects (%1)")),
                ("safeguard", "source", self.tr("Safeguards (%1)")),
                ("indicator", "indicators", self.tr("Indicators (%1)")),
            ):
                items = [p for p in passages if p.kind == kind]
                section = _item(fill(title, len(items)), ("view:" + view, 0, plan.id, None))
                for p in items:
                    section.appendRow(_item(f"{p.number} {p.title}".strip(), (kind, p.id, plan.id, None)))
                node.appendRow(section)
            self.model.appendRow(node)
        self.select_plan(self.current_plan)

    def _outline(self, workspace, plan_id: int) -> QStandardItem:
        section = _item(self.tr("Outline and source text"), ("view:source", 0, plan_id, None))
        nodes: dict[int, QStandardItem] = {}
        for n in browse.outline(workspace, plan_id):
            item = _item(f"{n.number} {n.title}".strip(), ("outline", n.id, plan_id, n.span))
            parent = nodes.get(n.parent_id, section) if n.parent_id is not None else section
            parent.appendRow(item)
            nodes[n.id] = item
        return section

    def _tasks(self, workspace, plan_id: int, count: int) -> QStandardItem:
        section = _item(fill(self.tr("Tasks (%1)"), count), ("view:tasks", 0, plan_id, None))
        groups: dict[str, QStandardItem] = {}
        for t in browse.tasks(workspace, plan_id):
            parent = section
            if t.group_number:
                if t.group_number not in groups:
                    groups[t.group_number] = _item(
                        f"{t.group_number}{t.group_title or ''}", ("view:tasks", 0, plan_id, None)
                    )
                    section.appendRow(groups[t.group_number])
                parent = groups[t.group_number]
            parent.appendRow(_item(f"{t.number}. {t.title}", ("task", t.id, plan_id, None)))
        return section

    def _chosen(self, index) -> None:
        kind, item_id, plan_id, span = index.data(ENTRY_ROLE)
        self.current_plan = plan_id
        self.plan_chosen.emit(plan_id)
        if kind.startswith("view:"):
            self.view_chosen.emit(kind.removeprefix("view:"))
        elif kind == "outline":
            self.span_chosen.emit(plan_id, *span)
        else:
            self.item_chosen.emit(kind, item_id)

    def select_plan(self, plan_id: int | None) -> None:
        """Show the plan the window shows: its entry selected and open, the others closed."""
        self.current_plan = plan_id
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            self.tree.setExpanded(index, index.data(ENTRY_ROLE)[2] == plan_id)
        found = self.plan_index(plan_id) if plan_id is not None else None
        if found is not None:
            self.tree.setCurrentIndex(found)

    def plan_index(self, plan_id: int) -> QModelIndex | None:
        """The navigator row of a plan (for selecting it from code)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ENTRY_ROLE)[2] == plan_id:
                return index
        return None
