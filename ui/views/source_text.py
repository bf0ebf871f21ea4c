"""The plan's document as imported, with every extracted item highlighted in place.

Linked both ways: choosing an item elsewhere shows its passage here, and double-clicking
a highlighted passage opens the item (task, indicator, …) it was extracted as.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ui import labels
from ui.changes import Changed
from ui.current import Current
from ui.plain import PlainLabel
from ui.retranslate import Retranslating
from ui.session import Session
from ui.text import fill
from ui.views.lazy import LazyReload
from workbench import browse
from workbench.browse import Passage
from workbench.storage.workspace import Workspace

KIND_COLORS = {"task": "#d6eaf8", "project": "#fdebd0", "safeguard": "#e8daef", "indicator": "#fcf3cf"}
FOCUS_COLOR = "#f9e79f"


class Utf16Offsets:
    """Python string offsets → QTextDocument positions, which count UTF-16 code units
    (a character outside the BMP, such as a rare CJK extension ideograph, counts twice)."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1)

    def back(self, position: int) -> int:
        """A document position → the string offset of the character there."""
        offset = position
        while offset > 0 and self(offset) > position:
            offset -= 1
        return offset


class SpanText(QPlainTextEdit):
    """Read-only text with passages highlighted in colours and one passage marked and scrolled to;
    positions are QTextDocument positions (see Utf16Offsets)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self._highlights: list[QTextEdit.ExtraSelection] = []

    def highlight(self, passages: list[tuple[int, int, str]]) -> None:
        """(start, end, colour) of every passage to show coloured."""
        self._highlights = [self._selection(start, end, color) for start, end, color in passages]
        self.setExtraSelections(self._highlights)

    def _selection(self, start: int, end: int, color: str) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = QTextCharFormat()
        selection.format.setBackground(QColor(color))
        return selection

    def mark(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(start, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setExtraSelections([*self._highlights, self._selection(start, end, FOCUS_COLOR)])


class SourceTextView(LazyReload, Retranslating, QWidget):
    item_activated = Signal(str, int)  # kind, id: open it where it is edited

    def __init__(self, session: Session, current: Current, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.current = session, current
        self.caption = PlainLabel()
        self.caption.setWordWrap(True)
        self.editor = SpanText()
        self.editor.viewport().installEventFilter(self)
        self.editor.cursorPositionChanged.connect(self._describe_position)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.editor)
        self._items: list[Passage] = []  # with document positions, not string offsets
        self._position = Utf16Offsets("")
        self._plan_id: int | None = None
        self._workspace: Workspace | None = None
        self._pending: tuple[str, int] | None = None  # an item to show once the text is loaded
        current.changed.connect(self._plan_shown)
        session.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Choose a plan in the navigator on the left to read its document here."))
        self._describe_position()

    def _changed(self, changed: Changed) -> None:
        if changed.plans:
            self.request_reload()

    def _plan_shown(self) -> None:
        if self.current.plan_id != self._plan_id or self.session.workspace is not self._workspace:
            self.request_reload()  # a new period changes nothing in the text

    def reload(self) -> None:
        workspace, plan_id = self.session.workspace, self.current.plan_id
        self._plan_id, self._workspace = plan_id, workspace
        if workspace is None or plan_id is None:
            self.editor.clear()
            self._items = []
            self.editor.highlight([])
            return
        text, spans = browse.source(workspace, plan_id)
        position = self._position = Utf16Offsets(text)
        self.editor.setPlainText(text)
        self._items = [replace(p, start=position(p.start), end=position(p.end)) for p in spans]
        self.editor.highlight([(p.start, p.end, KIND_COLORS[p.kind]) for p in self._items])
        pending, self._pending = self._pending, None
        if pending is not None:
            self.show_item(*pending)
        self._describe_position()

    def item_at(self, position: int) -> Passage | None:
        """The innermost extracted item at a document position."""
        found = [p for p in self._items if p.start <= position < p.end]
        return min(found, key=lambda p: p.end - p.start) if found else None

    def show_item(self, kind: str, item_id: int) -> bool:
        """Scroll to an item's passage and mark it (once the text is loaded, if this view
        is waiting to be shown); False if it is not in this plan's text."""
        if self._stale:
            self._pending = (kind, item_id)
            return True
        passage = next((p for p in self._items if p.kind == kind and p.id == item_id), None)
        if passage is None:
            return False
        self.editor.mark(passage.start, passage.end)
        return True

    def show_span(self, start: int, end: int) -> None:
        """Scroll to and mark a passage given by offsets into the plan's source text."""
        if self._stale:
            self.reload()
            self._stale = False
        self.editor.mark(self._position(start), self._position(end))

    def _describe_position(self) -> None:
        item = self.item_at(self.editor.textCursor().position()) if self._items else None
        if item is None:
            self.caption.setText(
                self.tr(
                    "Highlighted: tasks (blue), flagship projects (orange), safeguards "
                    "(purple), indicators (yellow). Double-click a highlighted passage "
                    "to open the item."
                )
            )
        else:
            self.caption.setText(
                fill(self.tr("%1 %2 %3 — double-click to open it"), labels.kind(item.kind), item.number, item.title)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor.viewport()
            and event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
        ):
            item = self.item_at(self.editor.cursorForPosition(event.position().toPoint()).position())
            if item is not None:
                self.item_activated.emit(item.kind, item.id)
                return True
        return super().eventFilter(watched, event)
