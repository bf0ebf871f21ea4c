"""A .docx file → its text, one line per paragraph or table row, and the outline levels
its Word heading styles give.

A .docx is a zip written by anyone: it is checked before python-docx parses it, and any
failure to read it is a damaged document to the user.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from importers.compound import is_compound_file
from workbench.errors import InputError

MAX_DOCUMENT_XML = 50 * 1024 * 1024
MAX_UNZIPPED = 200 * 1024 * 1024
_PROLOG = 4096
_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*([1-3])", re.IGNORECASE)
_STYLE_DEPTH = 5  # how far to follow a custom style's base styles to a heading style


def read_docx(path: Path) -> tuple[str, dict[int, int]]:
    """Text, and heading levels by line number."""
    _check_package(path)
    try:
        document = docx.Document(str(path))
        lines: list[str] = []
        levels: dict[int, int] = {}
        for element in document.element.body.iterchildren():
            if element.tag == qn("w:p"):
                paragraph = Paragraph(element, document)
                text = paragraph.text
                level = _heading_level(paragraph)
                if level and text.strip():
                    levels[len(lines)] = level
                lines += text.splitlines()
            elif element.tag == qn("w:tbl"):
                lines += [_row_text(row) for row in Table(element, document).rows]
    except Exception:  # noqa: BLE001 - python-docx and lxml raise many kinds on a damaged file
        raise InputError("file.bad_docx", path=str(path)) from None
    return "\n".join(lines), levels


def _check_package(path: Path) -> None:
    if is_compound_file(path):  # a .doc renamed, or a password-protected .docx
        raise InputError("file.encrypted_or_old", path=str(path))
    try:
        with zipfile.ZipFile(path) as package:
            body = package.getinfo("word/document.xml")
            unzipped = sum(member.file_size for member in package.infolist())
            if body.file_size > MAX_DOCUMENT_XML:
                raise InputError("file.expands_too_much", path=str(path), size=body.file_size, limit=MAX_DOCUMENT_XML)
            if unzipped > MAX_UNZIPPED:
                raise InputError("file.expands_too_much", path=str(path), size=unzipped, limit=MAX_UNZIPPED)
            damaged = any(
                _declares_dtd(package, member)
                for member in package.infolist()
                if member.filename.endswith((".xml", ".rels"))
            )
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - not a zip, no document part, encrypted, unknown compression…
        raise InputError("file.bad_docx", path=str(path)) from None
    if damaged:
        raise InputError("file.bad_docx", path=str(path))


def _declares_dtd(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Word never writes a DTD; one in a part can only be an entity attack."""
    with package.open(member) as part:
        prolog = part.read(_PROLOG)
    return b"<!DOCTYPE" in prolog.upper().replace(b"\x00", b"")


def _heading_level(paragraph: Paragraph) -> int | None:
    style = paragraph.style
    for _ in range(_STYLE_DEPTH):
        if style is None:
            return None
        m = _HEADING_STYLE.fullmatch(style.name or "")
        if m:
            return int(m[1])
        style = style.base_style
    return None


def _row_text(row) -> str:
    """A table row as one line; a merged cell repeats in python-docx and is kept once."""
    cells: list = []  # python-docx's _Cell, which its package types loosely
    for cell in row.cells:
        if all(cell._tc is not seen._tc for seen in cells):
            cells.append(cell)
    return "\t".join(" ".join(cell.text.split()) for cell in cells)
