"""Runtime language switching for widgets: Qt sends LanguageChange to every widget when a
translator is installed; a widget mixing this in re-sets its texts in `retranslate()`."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
