"""Region names as they occur in running text, found by the longest name first."""

from __future__ import annotations

import re

from workbench.reference import regions

from .script import keywords, simplified

# Names and short names, and aliases long enough to be specific: a bare "示范区" in
# running text is any demonstration zone, not the 一体化示范区.
_SPECIFIC_ALIAS = 4
_NAMES = sorted(
    {
        n
        for r in regions.ALL
        for n in (r.name, r.short_name, *(a for a in r.aliases if len(a) >= _SPECIFIC_ALIAS))
        if len(n) >= 2 and not n.isascii()
    },
    key=len,
    reverse=True,
)
_PATTERN = keywords("|".join(map(re.escape, _NAMES)))  # 蘇州 too


def first_region(text: str) -> str | None:
    """Code of the first region named in text."""
    found = first_region_match(text)
    return found[1] if found else None


def first_region_match(text: str) -> tuple[int, str] | None:
    """Where text first names a region, and its code."""
    m = _PATTERN.search(text)
    code = regions.lookup(simplified(m[0])) if m else None
    return (m.start(), code) if m and code else None


def leading_region_length(text: str) -> int:
    """Length of the region name text starts with, 0 if none."""
    m = _PATTERN.match(text)
    return m.end() if m else 0


def region_named(text: str) -> str | None:
    """Code of the region text is exactly the name of."""
    return regions.lookup(simplified(text)) if _PATTERN.fullmatch(text) else None


def province_of(code: str) -> str | None:
    """The province (SH/JS/ZJ/AH) a region lies in, None for the delta or a cross-border area."""
    region = regions.BY_CODE.get(code)
    while region and region.code not in regions.PROVINCES:
        region = regions.BY_CODE.get(region.parent) if region.parent else None
    return region.code if region else None


def share_body(units: list[str]) -> list[str]:
    """江苏省、浙江省、安徽省通信管理局 names three bureaus: the body of the last unit belongs to
    each bare place of the same level listed before it. A run of places that is not followed by
    such a unit stays as it is (上海、苏州负责 names places, not units)."""
    shared: list[str] = []
    run: list[tuple[str, str]] = []
    for unit in units:
        code = region_named(unit)
        if code:
            run.append((unit, code))
            continue
        length = leading_region_length(unit)
        own = region_named(unit[:length]) if 0 < length < len(unit) else None
        if run and own and all(_level(code) == _level(own) for _, code in run):
            shared += [name + unit[length:] for name, _ in run]
        else:
            shared += [name for name, _ in run]
        run = []
        shared.append(unit)
    return shared + [name for name, _ in run]


def _level(code: str) -> regions.RegionLevel:
    return regions.BY_CODE[code].level
