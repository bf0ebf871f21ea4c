"""Text from files (plan titles, task text, file names, error messages) shown as text, never
interpreted as markup: Qt guesses "rich text" from a leading tag, and rich text loads
images, even from local files (<img src=file:///…>)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A QLabel that always shows its text as plain text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


def tooltip(text: str) -> str:
    """A tooltip of plain text: Qt always decides a tooltip's format by guessing, so the text
    is escaped into rich text that shows exactly the characters given, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""
