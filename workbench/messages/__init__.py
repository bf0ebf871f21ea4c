"""Message catalogue of the core: every sentence the core or CLI shows, in zh_CN and en.

The GUI translates its own widgets with Qt Linguist; texts that come from the core
(errors, CLI output, workbook content) are worded here so CLI and GUI say the same.
Language: `set_language()`, else WORKBENCH_LANG, else zh_CN.
"""

from __future__ import annotations

import os

from workbench.messages import catalogue

ZH = "zh_CN"
EN = "en"
_language: str | None = None
_window = False

CATALOGUE: dict[str, tuple[str, str]] = catalogue.merged()
IN_WINDOW: dict[str, tuple[str, str]] = catalogue.merged("IN_WINDOW")


def set_language(lang: str | None, *, window: bool = False) -> None:
    """*window*: say it as the window does, which has buttons and questions where the command
    line has options (--replace, --as-region …)."""
    global _language, _window
    _language, _window = lang, window


def language() -> str:
    lang = _language or os.environ.get("WORKBENCH_LANG") or ZH
    return EN if lang.lower().startswith("en") else ZH


def text(code: str, lang: str | None = None, **params: object) -> str:
    zh, en = (IN_WINDOW.get(code) if _window else None) or CATALOGUE[code]
    chosen = lang or language()
    template = en if chosen.lower().startswith("en") else zh
    return template.format(**params)
