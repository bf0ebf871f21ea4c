"""A plan document on disk → ParsedPlan: file checks, then .txt, .docx, or a sheet (.xlsx, .csv)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.errors import InputError
from workbench.planning.document import ParsedPlan

from .decode import decode
from .paragraphs import normalise
from .parser import parse_plan_text
from .sheets import read_csv, read_xlsx
from .tables import SourceTable
from .tables.text import tab_tables
from .word import read_docx

MAX_FILE_BYTES = 20 * 1024 * 1024


def read_plan(path: str | Path, *, cancel: Callable[[], bool] | None = None) -> ParsedPlan:
    path = Path(path)
    shown = str(path)
    try:
        if not path.is_file():
            raise InputError("file.not_found", path=shown)
        suffix = path.suffix.lower()
        if suffix == ".doc":
            raise InputError("file.old_word", path=shown)
        if suffix not in (".txt", ".docx", ".xlsx", ".csv"):
            raise InputError("file.unsupported_type", path=shown, suffix=path.suffix)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError("file.too_large", path=shown, size=size, limit=MAX_FILE_BYTES)
        if size == 0:
            raise InputError("file.empty", path=shown)
        levels: dict[int, int] = {}
        tables: list[SourceTable] = []
        if suffix == ".txt":
            text = normalise(decode(path.read_bytes(), shown))
            tables = tab_tables(text)
        elif suffix == ".docx":
            text, levels, tables = read_docx(path, cancel)
        else:
            text, tables = read_xlsx(path) if suffix == ".xlsx" else read_csv(path)
    except OSError as exc:  # permissions, a USB stick pulled out mid-read
        raise InputError("file.unreadable", path=shown, detail=exc.strerror or type(exc).__name__) from None
    try:
        return parse_plan_text(text, path.name, levels, tables)
    except InputError as error:  # the parser names the file; the user needs its path
        raise InputError(error.code, **{**error.params, "path": shown}) from None
