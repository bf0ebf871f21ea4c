"""The message catalogue, one module per subject (code → (zh_CN, en)).

A code must be unique across modules; `merged()` refuses a duplicate so that two
subjects cannot silently reword each other's messages. A module's `IN_WINDOW` holds the
window's wording of the messages whose command-line wording names an option (--replace …).
"""

from __future__ import annotations

import importlib
import pkgutil


def merged(name: str = "MESSAGES") -> dict[str, tuple[str, str]]:
    result: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        found = getattr(importlib.import_module(f"{__name__}.{info.name}"), name, {})
        clash = result.keys() & found.keys()
        if clash:
            raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
        result.update(found)
    return result
