"""Finding a table's header (one row, or two where a merged heading stands over its parts)
and naming each column by header synonyms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from workbench.planning.document import ColumnMapping

from .grid import SourceTable

HEADER_SEARCH_ROWS = 6  # title and note rows a table may carry above its header


class Matcher(Protocol):
    def search(self, text: str, /) -> object: ...


Fields = Sequence[tuple[str | None, Matcher]]  # field (None: a known column to ignore), synonyms
YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*年?")


def plain(text: str) -> str:
    """Header text as compared: width-folded, without blanks."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def field_of(header: str, fields: Fields) -> str | None:
    bare = plain(header)
    return next((name for name, pattern in fields if pattern.search(bare)), None)


def is_known(header: str, fields: Fields) -> bool:
    bare = plain(header)
    return any(pattern.search(bare) for _, pattern in fields)


@dataclass
class Header:
    first: int  # the header's first row
    body: int  # the first row after it
    texts: list[str]  # per column, a two-row header's parts joined by "/"
    row: list[str]  # the first row as printed

    def repeated(self, table: SourceTable, r: int) -> bool:
        """Row r prints the header again: a table broken over pages, or pasted together."""
        return [plain(table.text(r, c)) for c in range(len(self.row))] == [plain(t) for t in self.row]


def find_header(
    table: SourceTable, fields: Fields, enough: Callable[[list[str | None], list[str]], bool]
) -> Header | None:
    """The first row within the top rows whose headers name enough fields; the row under it
    joins it when it splits a merged heading (责任单位 over 牵头单位 | 配合单位, 目标值 over
    2023年 | 2025年)."""
    for r in range(min(HEADER_SEARCH_ROWS, len(table.rows))):
        texts = [table.text(r, c) for c in range(table.width)]
        if not enough([field_of(t, fields) if t else None for t in texts], texts):
            continue
        if r + 1 < len(table.rows) and _continues_header(table, r, fields):
            below = [table.text(r + 1, c) if table.starts_here(r + 1, c) else "" for c in range(table.width)]
            joined = [_join(_above(texts, c, below), b) for c, b in enumerate(below)]
            return Header(r, r + 2, joined, texts)
        return Header(r, r + 1, texts, texts)
    return None


def _continues_header(table: SourceTable, r: int, fields: Fields) -> bool:
    new = [table.text(r + 1, c) for c in range(table.width) if table.starts_here(r + 1, c) and table.text(r + 1, c)]
    return bool(new) and all(is_known(t, fields) or YEAR.fullmatch(plain(t)) for t in new)


def _above(texts: list[str], column: int, below: list[str]) -> str:
    """The heading over a column: a sheet leaves a merged heading in its first cell only."""
    while column > 0 and not texts[column] and below[column]:
        column -= 1
    return texts[column]


def _join(top: str, bottom: str) -> str:
    top, bottom = " ".join(top.split()), " ".join(bottom.split())
    return f"{top}/{bottom}" if top and bottom and top != bottom else top or bottom


def mapping(texts: list[str], fields: list[str | None]) -> list[ColumnMapping]:
    return [ColumnMapping(text, field) for text, field in zip(texts, fields) if text]
