"""Translatable text: the marker for strings translated where they are shown, and filling
Qt-style placeholders (%1, %2 …) in translated strings, as QString.arg() does: translators
may reorder the placeholders, so they are numbered, not positional."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks *source* for translation in *context* and returns it unchanged, as Qt's own
    QT_TRANSLATE_NOOP does; typed as returning str (PySide6 declares object). Call it by
    this name: pyside6-lupdate and tests/ui/test_language.py find the strings by it."""
    return source


def fill(template: str, *values: object) -> str:
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0), template
    )
