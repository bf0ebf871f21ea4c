"""Filling Qt-style placeholders (%1, %2 …) in translated strings, as QString.arg() does:
translators may reorder the placeholders, so they are numbered, not positional."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0), template
    )
