"""The message catalogue, one module per subject (code → (zh_CN, en)).

A code must be unique across modules; `merged()` refuses a duplicate so that two
subjects cannot silently reword each other's messages.
"""

from __future__ import annotations

import importlib
import pkgutil


def merged() -> dict[str, tuple[str, str]]:
    result: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        clash = result.keys() & module.MESSAGES.keys()
        if clash:
            raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
        result.update(module.MESSAGES)
    return result
