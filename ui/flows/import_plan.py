"""Importing a plan document, with a review before anything is saved: the counts per kind and the
warnings at the top; every task, project, indicator and safeguard, which can be reclassified,
retitled, merged with the next, split, or have a field corrected; the passage each came from in
the source text; the outline and the tables' column mapping. A document that is a new version of a
plan in the workspace updates that plan in place, after a page listing what changes. Reading and
saving run in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.changes import PLANS
from ui.flows.common import FlowDialog
from ui.flows.import_review import KIND_LABELS, REVIEW_COLUMNS, ChangesPage, ItemPanel, mapping_tree, outline_model
from ui.models.base import RowTableModel
from ui.plain import PlainLabel
from ui.text import fill
from ui.views.source_text import KIND_COLORS, SpanText, Utf16Offsets
from ui.views.table import RowTable
from workbench import browse, messages
from workbench.app import services
from workbench.errors import InputError
from workbench.planning import plans, preview, reimport
from workbench.planning import review as plan_review
from workbench.planning.changes import PlanUpdate
from workbench.planning.document import ParsedPlan, Span
from workbench.planning.review import ReviewItem

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DOCUMENT_FILTER = "*.txt *.docx *.xlsx *.csv"
REVIEW_PAGE, CHANGES_PAGE = 0, 1


class ImportPlanDialog(FlowDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, self.tr("Import a plan document"), 1100, 680)
        self.parsed: ParsedPlan | None = None
        self.update_found: PlanUpdate | None = None  # the changes shown, for the plan chosen to update
        self._offsets = Utf16Offsets("")
        self.file_label = PlainLabel(
            self.tr("Choose a plan document (.txt or .docx). Nothing is saved until you press Save.")
        )
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose)
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.warnings = PlainLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b03a2e")
        self.target = QComboBox()  # a new plan, or the plan in the workspace this document updates
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(24)  # plan titles are long: the combo must not widen the dialog
        self.target.currentIndexChanged.connect(lambda _: self._target_changed())

        self.review = RowTableModel(REVIEW_COLUMNS, key=lambda i: i.key, parent=self)
        self.review.editor = self._edit_cell
        self.items = RowTable(self.review, window.settings, "import-items", stretch="title")
        self.items.selectionModel().currentRowChanged.connect(lambda *_: self._item_chosen())
        self.merge_button = QPushButton(self.tr("Merge with the next"))
        self.merge_button.clicked.connect(self.merge)
        self.outline = QTreeView()
        self.outline.setHeaderHidden(True)
        self.mappings = QTreeWidget()
        self.mappings.setHeaderLabels([self.tr("Column header"), self.tr("Read as")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self._items_tab(), self.tr("Items"))
        self.tabs.addTab(self.outline, self.tr("Outline"))
        self.mapping_tab = self.tabs.addTab(self.mappings, self.tr("Table columns"))
        self.tabs.setTabVisible(self.mapping_tab, False)

        self.source = SpanText()
        self.add_kind = QComboBox()
        for kind, text in KIND_LABELS.items():
            if kind != plan_review.EXCLUDED:
                self.add_kind.addItem(labels.translated(text), kind)
        self.add_button = QPushButton(self.tr("Add the selected text as"))
        self.add_button.clicked.connect(self.add_selected)
        self.panel = ItemPanel()
        self.panel.edited.connect(self.edit_field)
        self.panel.split_requested.connect(self.split)

        self.changes_page = ChangesPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._review_page())
        self.pages.addWidget(self.changes_page)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.buttons.addButton(self.tr("Back to the review"), QDialogButtonBox.ButtonRole.ResetRole)
        self.back_button.clicked.connect(lambda: self._show_page(REVIEW_PAGE))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        target_row = QHBoxLayout()
        target_row.addWidget(PlainLabel(self.tr("Save as")))
        target_row.addWidget(self.target, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addLayout(target_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._fill_targets(None)
        self._show_page(REVIEW_PAGE)
        self._item_chosen()

    # -- layout ---------------------------------------------------------------------------
    def _items_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _review_page(self) -> QWidget:
        source = QWidget()
        source_layout = QVBoxLayout(source)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(PlainLabel(self.tr("Source text: the item chosen is marked")))
        source_layout.addWidget(self.source, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.add_kind)
        add_row.addStretch(1)
        source_layout.addLayout(add_row)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tabs)
        left.addWidget(source)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- reading --------------------------------------------------------------------------
    def choose(self) -> None:
        settings = self.main_window.settings
        path = self.main_window.dialogs.open_file(
            self, self.tr("Plan document"), DOCUMENT_FILTER, settings.start_in("plan-documents")
        )
        settings.remember_folder("plan-documents", path)
        if path is not None:
            self.read(path)

    def read(self, path: Path) -> None:
        self.file_label.setText(fill(self.tr("Reading %1…"), path))
        self.main_window.operations.run(
            fill(self.tr("Reading %1"), path.name),
            lambda job: services.extract_plan(path, cancel=job.cancel.is_set),
            workspace=False,
            on_done=self._extracted,
        )

    def _extracted(self, result: tuple[ParsedPlan, plans.ImportSummary]) -> None:
        self.parsed, _ = result
        self.file_label.setText(
            fill(
                self.tr(
                    "Read %1. Check the items: change what an item is saved as, correct a title by "
                    "double-clicking it, or choose an item to correct its fields, merge or split it."
                ),
                self.parsed.source_name,
            )
        )
        self.outline.setModel(outline_model(self.parsed.outline, self))
        self.outline.expandToDepth(0)
        mapping_tree(self.parsed.table_mappings, self.mappings, self.tr("(not used)"))
        self.tabs.setTabVisible(self.mapping_tab, bool(self.parsed.table_mappings))
        self._offsets = Utf16Offsets(self.parsed.source_text)
        self.source.setPlainText(self.parsed.source_text)
        self._set_items(plan_review.items(self.parsed))
        self._fill_targets(self.parsed.metadata.title)
        self._show_page(REVIEW_PAGE)
        self.save_button.setEnabled(True)

    def _fill_targets(self, title: str | None) -> None:
        """A new plan, or one of the workspace's plans to update; the plan of the same title is chosen."""
        workspace = self.main_window.session.workspace
        existing = browse.plans(workspace) if workspace is not None else []
        same = plans.same_title(workspace, title) if workspace is not None and title else None
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("A new plan"), None)
        for plan in existing:
            self.target.addItem(
                fill(self.tr("A new version of plan %1 《%2》: update it in place"), plan.id, plan.title), plan.id
            )
        self.target.setCurrentIndex(max(0, self.target.findData(same["id"])) if same else 0)
        self.target.blockSignals(False)
        self._target_changed()

    def _target_changed(self) -> None:
        self.update_found = None
        self._show_page(REVIEW_PAGE)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == CHANGES_PAGE)
        updating = self.target.currentData() is not None
        if page == CHANGES_PAGE:
            self.save_button.setText(self.tr("Update the plan"))
        else:
            self.save_button.setText(self.tr("Show the changes…") if updating else self.tr("Save"))

    # -- the review -----------------------------------------------------------------------
    def _set_items(self, found: list[ReviewItem], chosen: int | None = None) -> None:
        self.review.set_rows(found)
        self.source.highlight(
            [
                (self._offsets(i.span.start), self._offsets(i.span.end), KIND_COLORS[i.kind])
                for i in found
                if i.kind in KIND_COLORS
            ]
        )
        if chosen is not None:
            self.items.select_key(chosen)
        self._item_chosen()
        self._summarize()

    def _summarize(self) -> None:
        if self.parsed is None:
            return
        summary = plans.summarize(self.corrected())
        self.summary.setText(messages.text("plan.summary", **summary.as_dict()))
        self.warnings.setText("\n".join(f"! {preview.text(w)}" for w in summary.warnings))
        self.warnings.setVisible(bool(summary.warnings))
        self.update_found = None
        if self.pages.currentIndex() == CHANGES_PAGE:
            self._show_page(REVIEW_PAGE)

    def corrected(self) -> ParsedPlan:
        """The plan read, with the corrections made in the review."""
        if self.parsed is None:
            raise RuntimeError("no plan document has been read")
        return plan_review.apply(self.parsed, self.review.rows)

    def chosen(self) -> ReviewItem | None:
        return self.items.current_row()

    def _item_chosen(self) -> None:
        item = self.chosen()
        self.panel.show_item(item)
        self.merge_button.setEnabled(item is not None)
        if item is not None:
            self.source.mark(self._offsets(item.span.start), self._offsets(item.span.end))

    def _replace(self, item: ReviewItem) -> None:
        self.review.update_rows([item])
        self._item_chosen()
        self._summarize()

    def _edit_cell(self, item: ReviewItem, column: str, value: object) -> bool:
        try:
            if column == "kind":
                self._replace(plan_review.reclassify(item, str(value)))
            else:
                self._replace(plan_review.edit(item, column, str(value)))
        except InputError as err:
            self.main_window.dialogs.error(self, self.windowTitle(), err.text())
            return False
        return True

    def edit_field(self, field: str, text: str) -> None:
        item = self.chosen()
        if item is None:
            return
        try:
            edited = plan_review.edit(item, field, text)
        except InputError as err:
            self.panel.error.setText(err.text())
            return
        self._replace(edited)

    def merge(self) -> None:
        item = self.chosen()
        if item is None or self.parsed is None:
            return
        try:
            self._set_items(plan_review.merge(self.review.rows, item.key, self.parsed.source_text), item.key)
        except InputError as err:
            self.panel.error.setText(err.text())

    def split(self, at: int) -> None:
        item = self.chosen()
        if item is None or self.parsed is None:
            return
        try:
            self._set_items(plan_review.split(self.review.rows, item.key, at, self.parsed.source_text), item.key)
        except InputError as err:
            self.panel.error.setText(err.text())

    def add_selected(self) -> None:
        """The passage selected in the source text, added as an item of the kind chosen beside the button."""
        cursor = self.source.textCursor()
        if self.parsed is None or not cursor.hasSelection():
            self.panel.error.setText(self.tr("Select a passage of the source text first."))
            return
        span = Span(self._offsets.back(cursor.selectionStart()), self._offsets.back(cursor.selectionEnd()))
        before = {i.key for i in self.review.rows}
        try:
            found = plan_review.add_passage(
                self.review.rows, span, self.add_kind.currentData(), self.parsed.source_text
            )
        except InputError as err:
            self.panel.error.setText(err.text())
            return
        self._set_items(found, next(i.key for i in found if i.key not in before))

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if self.parsed is None:
            return
        corrected, plan_id = self.corrected(), self.target.currentData()
        self.save_button.setEnabled(False)
        enable = lambda: self.save_button.setEnabled(True)  # noqa: E731
        if plan_id is None:
            self.main_window.operations.run(
                self.tr("Saving the plan"),
                lambda job: plans.save(job.workspace, corrected),
                changed=PLANS,
                on_done=lambda new_id: self._saved(new_id, corrected.metadata.title),
                always=enable,
            )
        elif self.update_found is None or self.pages.currentIndex() != CHANGES_PAGE:
            self.main_window.operations.run(
                self.tr("Comparing with the plan in the workspace"),
                lambda job: reimport.compare(job.workspace, plan_id, corrected),
                on_done=self._compared,
                always=enable,
                writes=False,
            )
        else:
            found = self.update_found
            self.main_window.operations.run(
                self.tr("Updating the plan"),
                lambda job: reimport.update(job.workspace, plan_id, corrected, previewed=found),
                changed=PLANS,
                on_done=lambda _: self._saved(plan_id, corrected.metadata.title),
                always=enable,
            )

    def _compared(self, found: PlanUpdate) -> None:
        self.update_found = found
        self.changes_page.show_changes(found)
        self._show_page(CHANGES_PAGE)
        self.save_button.setEnabled(not found.refused)

    def _saved(self, plan_id: int, title: str) -> None:
        self.main_window.show_plan(plan_id)
        self.main_window.say(fill(self.tr("Plan saved: %1"), title))
        self.accept()
