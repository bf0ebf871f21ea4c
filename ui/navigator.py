"""The navigator: plans, and in each its outline, tasks by group, flagship projects,
safeguards and indicators. Choosing an entry tells the window what to show.

Built as it is opened: the plans first, a plan's sections when it is expanded, a section's
entries when that is (a workspace of forty plans holds tens of thousands of entries, which
nobody opens at once). A language switch renames the sections in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from ui.changes import Changed
from ui.plain import tooltip
from ui.retranslate import Retranslating
from ui.session import Session
from ui.text import QT_TRANSLATE_NOOP, fill
from workbench import browse
from workbench.browse import PlanInfo

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id, plan_id, span) of the entry
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # the section a plan's child is, e.g. "tasks"
FILLED_ROLE = Qt.ItemDataRole.UserRole + 3  # True once its children are built
# Section → (view it opens, title, how many entries it holds).
SECTIONS: dict[str, tuple[str, str, Callable[[PlanInfo], int] | None]] = {
    "outline": ("source", QT_TRANSLATE_NOOP("Navigator", "Outline and source text"), None),
    "tasks": ("tasks", QT_TRANSLATE_NOOP("Navigator", "Tasks (%1)"), lambda p: p.tasks),
    "project": ("source", QT_TRANSLATE_NOOP("Navigator", "Flagship projects (%1)"), lambda p: p.projects),
    "safeguard": ("source", QT_TRANSLATE_NOOP("Navigator", "Safeguards (%1)"), lambda p: p.safeguards),
    "indicator": ("indicators", QT_TRANSLATE_NOOP("Navigator", "Indicators (%1)"), lambda p: p.indicators),
}


def _item(text: str, entry: tuple[str, int, int, tuple[int, int] | None], *, lazy: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(tooltip(text))
    item.setData(entry, ENTRY_ROLE)
    if lazy:  # an empty child shows the expander until the real ones are built
        item.appendRow(QStandardItem())
        item.setData(False, FILLED_ROLE)
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
        self.tree.expanded.connect(self._fill)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        session.changed.connect(self._changed)
        self.current_plan: int | None = None
        self._plans: dict[int, PlanInfo] = {}

    def retranslate(self) -> None:
        for row in range(self.model.rowCount()):
            plan = self.model.item(row)
            for at in range(plan.rowCount() if plan.data(FILLED_ROLE) else 0):
                section = plan.child(at)
                section.setText(self._title(section.data(SECTION_ROLE), self._plans[plan.data(ENTRY_ROLE)[2]]))
                section.setToolTip(tooltip(section.text()))

    def _changed(self, changed: Changed) -> None:
        if changed.plans:
            self.reload()

    def reload(self) -> None:
        self.model.clear()
        workspace = self.session.workspace
        self._plans = {p.id: p for p in browse.plans(workspace)} if workspace is not None else {}
        for plan in self._plans.values():
            period = f"{plan.period_start or '?'}–{plan.period_end or '?'}"
            entry = _item(f"{plan.title}（{period}）", ("view:overview", plan.id, plan.id, None), lazy=True)
            self.model.appendRow(entry)
        self.select_plan(self.current_plan)

    @staticmethod
    def _title(section: str, plan: PlanInfo) -> str:
        _, title, count = SECTIONS[section]
        text = QCoreApplication.translate("Navigator", title)
        return fill(text, count(plan)) if count else text

    def _fill(self, index: QModelIndex) -> None:
        """Build the children of an entry the first time it is expanded."""
        item = self.model.itemFromIndex(index)
        if item is None or item.data(FILLED_ROLE) is not False:
            return
        item.setData(True, FILLED_ROLE)
        item.removeRows(0, item.rowCount())
        workspace = self.session.workspace
        if workspace is None:
            return
        kind, _, plan_id, _ = item.data(ENTRY_ROLE)
        section = item.data(SECTION_ROLE)
        if kind == "view:overview":
            for name, (view, _, _) in SECTIONS.items():
                child = _item(self._title(name, self._plans[plan_id]), ("view:" + view, 0, plan_id, None), lazy=True)
                child.setData(name, SECTION_ROLE)
                item.appendRow(child)
        elif section == "outline":
            nodes: dict[int, QStandardItem] = {}
            for n in browse.outline(workspace, plan_id):
                entry = _item(f"{n.number} {n.title}".strip(), ("outline", n.id, plan_id, n.span))
                parent = nodes.get(n.parent_id, item) if n.parent_id is not None else item
                parent.appendRow(entry)
                nodes[n.id] = entry
        elif section == "tasks":
            groups: dict[str, QStandardItem] = {}
            for t in browse.task_titles(workspace, plan_id):
                parent = item
                if t.group_number:
                    if t.group_number not in groups:
                        groups[t.group_number] = _item(
                            f"{t.group_number}{t.group_title or ''}", ("view:tasks", 0, plan_id, None)
                        )
                        item.appendRow(groups[t.group_number])
                    parent = groups[t.group_number]
                parent.appendRow(_item(f"{t.number}. {t.title}", ("task", t.id, plan_id, None)))
        else:
            for p in browse.passages(workspace, plan_id):
                if p.kind == section:
                    item.appendRow(_item(f"{p.number} {p.title}".strip(), (section, p.id, plan_id, None)))

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
