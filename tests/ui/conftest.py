"""Fixtures of the window tests: settings in tmp_path, dialogs that answer from a queue
instead of blocking, and a window on a real copy of the demo workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.app import create_window
from ui.dialogs import Dialogs
from ui.settings import Settings
from workbench import messages

WAIT = 20_000  # ms: generous for slow CI machines; a passing test returns far sooner


class QueuedDialogs(Dialogs):
    """Answers file, folder, list and yes/no questions from `answers` (first in, first out)
    and records what the window told the user and where its file dialogs started."""

    def __init__(self) -> None:
        self.answers: list[object] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.folders_shown: list[Path] = []
        self.starts: list[str] = []
        self.offered: list[list[str]] = []  # the items of each list a choice was asked from

    def _next(self, default: object) -> object:
        return self.answers.pop(0) if self.answers else default

    def open_file(self, parent, title, filters, start=""):
        self.starts.append(start)
        return self._next(None)

    def open_files(self, parent, title, filters, start=""):
        self.starts.append(start)
        return self._next([])

    def save_file(self, parent, title, filters, start=""):
        self.starts.append(start)
        return self._next(None)

    def directory(self, parent, title, start=""):
        self.starts.append(start)
        return self._next(None)

    def choose(self, parent, title, label, items):
        self.offered.append(list(items))
        return self._next(None)

    def confirm(self, parent, title, text):
        return self._next(False)

    def reason(self, parent, title, label):
        return self._next(None)

    def error(self, parent, title, text):
        self.errors.append(text)

    def info(self, parent, title, text):
        self.infos.append(text)

    def show_folder(self, folder):
        self.folders_shown.append(folder)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def dialogs() -> QueuedDialogs:
    return QueuedDialogs()


@pytest.fixture
def make_window(qtbot, settings, dialogs):
    """Windows built like the app builds them; each is closed and deleted after the test."""
    made = []

    def make(workspace: Path | None = None):
        window = create_window(settings, dialogs)
        qtbot.addWidget(window)
        window.show()
        if workspace is not None:
            window.start(workspace)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.deleteLater()
    qtbot.wait(1)  # let deleteLater run: the translators go with their window
    messages.set_language(None)


@pytest.fixture
def window(make_window, demo_path):
    return make_window(demo_path)
