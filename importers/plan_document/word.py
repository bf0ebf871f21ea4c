"""A .docx file → its text, one line per paragraph or table row, the outline levels its
Word heading styles give, and its tables with merged cells (gridSpan, vMerge) resolved.

A .docx is a zip written by anyone: it is checked before python-docx parses it, any
failure to read it is a damaged document to the user, and the work grows with the size
of the document alone (styles are resolved once, not searched for every paragraph), up
to limits no real plan comes near, with a cancel checked as it goes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from importers.compound import is_compound_file
from workbench import messages
from workbench.errors import Cancelled, InputError

from .tables.grid import MAX_COLUMNS, Cell, SourceTable, row_line

MAX_DOCUMENT_XML = 50 * 1024 * 1024
MAX_UNZIPPED = 200 * 1024 * 1024
_PROLOG = 4096
_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*([1-3])", re.IGNORECASE)
_STYLE_DEPTH = 5  # how far to follow a custom style's base styles to a heading style
# A plan runs to a few thousand paragraphs and table cells; these are hundreds of times that.
MAX_BLOCKS = 200_000
MAX_TABLE_CELLS = 500_000
_CANCEL_EVERY = 256


def read_docx(path: Path, cancel: Callable[[], bool] | None = None) -> tuple[str, dict[int, int], list[SourceTable]]:
    """Text, heading levels by line number, and the tables. A cancel raises Cancelled."""
    _check_package(path)
    try:
        document = docx.Document(str(path))
        headings = _heading_styles(document)
        default = headings.get(_default_paragraph_style(document) or "")
        lines: list[str] = []
        levels: dict[int, int] = {}
        tables: list[SourceTable] = []
        cells = 0
        for count, element in enumerate(document.element.body.iterchildren()):
            if count % _CANCEL_EVERY == 0 and cancel and cancel():
                raise Cancelled("cancelled")
            if count >= MAX_BLOCKS:
                raise InputError("file.too_complex", path=str(path), limit=MAX_BLOCKS)
            if element.tag == qn("w:p"):
                text = Paragraph(element, document).text
                style = element.pPr.pStyle.val if element.pPr is not None and element.pPr.pStyle is not None else None
                level = headings.get(style) if style else default
                if level and text.strip():
                    levels[len(lines)] = level
                lines += text.splitlines()
            elif element.tag == qn("w:tbl"):
                cells += len(element.xpath(".//w:tc"))
                if cells > MAX_TABLE_CELLS:
                    raise InputError("file.too_complex", path=str(path), limit=MAX_TABLE_CELLS)
                location = messages.text("plan.table_location", number=len(tables) + 1)
                above = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].strip()), None)
                caption = lines[above].strip() if above is not None else ""
                table = SourceTable(location, len(lines), _grid(element, document), caption, above)
                tables.append(table)
                lines += [row_line(row, index) for index, row in enumerate(table.rows)]
    except (InputError, Cancelled):
        raise
    except Exception:  # noqa: BLE001 - python-docx and lxml raise many kinds on a damaged file
        raise InputError("file.bad_docx", path=str(path)) from None
    return "\n".join(lines), levels, tables


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


def _heading_styles(document) -> dict[str, int]:
    """Outline level by style id, for every style that is a heading or based on one: read
    once from styles.xml (python-docx looks a style up by a search of all styles per call)."""
    names: dict[str, str] = {}
    bases: dict[str, str] = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        style_id = style.get(qn("w:styleId"))
        if not style_id:
            continue
        name, based_on = style.find(qn("w:name")), style.find(qn("w:basedOn"))
        names[style_id] = name.get(qn("w:val")) or "" if name is not None else ""
        if based_on is not None:
            bases[style_id] = based_on.get(qn("w:val")) or ""
    levels = {}
    for style_id in names:
        current: str | None = style_id
        for _ in range(_STYLE_DEPTH):
            m = _HEADING_STYLE.fullmatch(names.get(current or "", ""))
            if m:
                levels[style_id] = int(m[1])
                break
            current = bases.get(current or "")
            if current is None:
                break
    return levels


def _default_paragraph_style(document) -> str | None:
    for style in document.styles.element.iterchildren(qn("w:style")):
        if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in ("1", "true", "on"):
            return style.get(qn("w:styleId"))
    return None


def _grid(table, document) -> list[list[Cell]]:
    """The table's cells by grid position: a cell spanning columns (gridSpan) fills each,
    one merged down (vMerge continue) is the cell above it; a row's skipped leading grid
    columns (gridBefore) are empty."""
    rows: list[list[Cell]] = []
    for r, tr in enumerate(table.iterchildren(qn("w:tr"))):
        above = rows[-1] if rows else []
        row = [Cell("", (r, c)) for c in range(min(tr.grid_before, MAX_COLUMNS))]
        for tc in tr.iterchildren(qn("w:tc")):
            column = len(row)
            if column >= MAX_COLUMNS:
                break
            if tc.vMerge == "continue" and column < len(above):
                cell = above[column]
            else:
                text = "\n".join(Paragraph(p, document).text for p in tc.iterchildren(qn("w:p")))
                cell = Cell(text.strip(), (r, column))
            row += [cell] * max(1, min(tc.grid_span, MAX_COLUMNS - column))
        rows.append(row)
    return rows
