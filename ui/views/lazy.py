"""Views that reload only when seen: a view in a tab that is not shown marks itself stale
and reloads when it is shown, so opening a workspace fills one view, not six."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class LazyReload:
    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def request_reload(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)  # type: ignore[misc]
