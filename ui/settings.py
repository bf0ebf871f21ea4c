"""Per-user settings of the window (language, recent workspaces, window and column
layout) in a QSettings INI file; tests inject their own path. Per-workspace options
belong in the workspace, not here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "yrd-planning-workbench"
APPLICATION = "workbench"
MAX_RECENT = 8
DEFAULT_LANGUAGE = "zh_CN"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self.store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
        else:
            self.store = QSettings(str(path), QSettings.Format.IniFormat)

    def _text(self, key: str, default: str = "") -> str:
        return str(self.store.value(key, default, type=str))

    def language(self) -> str:
        return self._text("ui/language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        self.store.setValue("ui/language", language)

    def recent(self) -> list[Path]:
        return [Path(p) for p in self._text("workspaces/recent").split("\n") if p]

    def add_recent(self, path: Path) -> None:
        paths = [path, *(p for p in self.recent() if p != path)][:MAX_RECENT]
        self.store.setValue("workspaces/recent", "\n".join(map(str, paths)))
        self.store.setValue("workspaces/last", str(path))

    def last_workspace(self) -> Path | None:
        text = self._text("workspaces/last")
        return Path(text) if text else None

    def demo_path(self, default: Path) -> Path:
        text = self._text("workspaces/demo")
        return Path(text) if text else default

    def bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.store.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        return self._text(key, default)

    def set_text(self, key: str, value: str) -> None:
        self.store.setValue(key, value)

    def start_in(self, purpose: str, name: str = "", default: Path | None = None) -> str:
        """Where a file dialog for *purpose* (workspaces, plans, returned workbooks…) starts: the
        folder last used for it, else *default*; with the file *name* suggested there."""
        folder = self._text(f"folders/{purpose}") or (str(default) if default else "")
        return str(Path(folder) / name) if folder and name else folder or name

    def remember_folder(self, purpose: str, chosen: Path | list[Path] | None, *, is_folder: bool = False) -> None:
        """Keep the folder of what a dialog for *purpose* returned (nothing when it was cancelled)."""
        first = chosen[0] if isinstance(chosen, list) and chosen else chosen
        if isinstance(first, Path):
            self.store.setValue(f"folders/{purpose}", str(first if is_folder else first.parent))

    def sync(self) -> None:
        self.store.sync()
