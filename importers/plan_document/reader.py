"""A plan document on disk → ParsedPlan: file checks, then .txt or .docx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.errors import InputError
from workbench.planning.document import ParsedPlan

from .decode import decode
from .parser import parse_plan_text
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
        if suffix not in (".txt", ".docx"):
            raise InputError("file.unsupported_type", path=shown, suffix=path.suffix)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError("file.too_large", path=shown, size=size, limit=MAX_FILE_BYTES)
        if size == 0:
            raise InputError("file.empty", path=shown)
        text, levels = (decode(path.read_bytes(), shown), {}) if suffix == ".txt" else read_docx(path, cancel)
    except OSError as exc:  # permissions, a USB stick pulled out mid-read
        raise InputError("file.unreadable", path=shown, detail=exc.strerror or type(exc).__name__) from None
    try:
        return parse_plan_text(text, path.name, levels)
    except InputError as error:  # the parser names the file; the user needs its path
        raise InputError(error.code, **{**error.params, "path": shown}) from None
