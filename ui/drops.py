"""Files dropped onto the window: filled workbooks (.xlsx, or a folder of them) go to the
submission flow, plan documents (.txt, .docx) to the import flow, and one template another
office issued (its hidden metadata names another workspace) to the receive flow. The submissions dialog
takes drops too, since a modal dialog keeps them from reaching the window behind it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

WORKBOOKS = {".xlsx"}
# A dropped .xlsx is a returned workbook; a plan sheet in .xlsx is chosen in the import dialog.
DOCUMENTS = {".txt", ".docx", ".csv"}


def dropped_paths(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class Drops(QObject):
    """Accepts drops of files with the given suffixes (and folders) on *target*."""

    def __init__(self, target: QWidget, suffixes: set[str], handle: Callable[[list[Path]], object]) -> None:
        super().__init__(target)
        self.target, self.suffixes, self.handle = target, suffixes, handle
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def usable(self, paths: list[Path]) -> bool:
        return bool(paths) and all(p.is_dir() or p.suffix.lower() in self.suffixes for p in paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # DragEnter and DragMove events are QDropEvents too.
        if (
            watched is self.target
            and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
            and isinstance(event, QDropEvent)
        ):
            paths = dropped_paths(event)
            if self.usable(paths):
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.handle(paths)
                return True
        return super().eventFilter(watched, event)


def window_drops(window: MainWindow) -> Drops:
    def handle(paths: list[Path]) -> None:
        from workbench.app import services  # the file adapters load on first use: the window starts light

        documents = [p for p in paths if p.suffix.lower() in DOCUMENTS]
        workspace = window.session.workspace
        if documents:
            window.flows.import_plan(documents[0])
        elif len(paths) == 1 and workspace is not None and services.is_received_template(workspace, paths[0]):
            window.flows.receive_template(paths[0])
        else:
            window.flows.take_submissions(paths)

    return Drops(window, WORKBOOKS | DOCUMENTS, handle)
