"""Opening an untrusted .xlsx without trusting anything it says about itself.

Refused, each with its own message: too big a file; not a zip/xlsx at all; an encrypted
(password-protected) workbook or an old .xls (both OLE compound files); members that
expand beyond a cap or at a bomb's compression ratio; XML with a DTD (entity bombs);
cells placed absurdly far out. The claimed sheet dimension is dropped before the reader
sees it (readers size their grids by it), and the members are re-packed in memory so
the reader decompresses nothing we have not measured.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from python_calamine import CalamineError, CalamineWorkbook

from importers.compound import is_compound
from workbench.errors import InputError
from workbench.reporting.layout import column_number

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_EXPANDED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # deflate of real sheets stays well below; bombs reach 1000+
RATIO_FLOOR = 1024 * 1024  # small members may compress far without harm
MAX_ROWS = 20_000
MAX_COLUMNS = 64
_DTD = (b"<!DOCTYPE", b"<!ENTITY")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*/>")
_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_CELL = re.compile(rb"<(?:\w+:)?c[\s/>]")
_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})(\d+)\"")
# An error cell: <c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c>; the reader returns it as empty.
_ERROR_CELL = re.compile(
    rb"<(?:\w+:)?c\b[^>]*?\bt=\"e\"[^>]*>(?:<(?:\w+:)?f\b[^>]*>[^<]*</(?:\w+:)?f>"
    rb"|<(?:\w+:)?f\b[^>]*/>)?<(?:\w+:)?v>([^<]*)<"
)
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\b[^>]*>")
_REF = re.compile(rb"\br=\"([A-Z]{1,3}\d+)\"")
_STYLE = re.compile(rb"\bs=\"(\d+)\"")
_HAS_FORMULA = re.compile(rb"<(?:\w+:)?f[\s/>]")
# A whole cell: its attributes and, unless it closes at once, its content.
_CELL_ELEMENT = re.compile(rb"<(?:\w+:)?c(?=[\s/>])([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)")
_CACHED = re.compile(rb"<(?:\w+:)?v>([^<]+)</(?:\w+:)?v>")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
Merge = tuple[int, int, int, int]  # a merged range: first row, first column, last row, last column


@dataclass
class SheetScan:
    """What the reader does not tell us about a sheet: error cells, percent-formatted cells,
    formulas (the reader gives their saved result, or "" when none was saved) and merged
    ranges over several rows (the reader gives the value in the first row only)."""

    errors: dict[str, str] = field(default_factory=dict)  # A1 ref → #DIV/0!
    percent: set[str] = field(default_factory=set)
    formulas: dict[str, str] = field(default_factory=dict)  # A1 ref → the formula, "" for a shared one
    uncached: set[str] = field(default_factory=set)  # formulas saved without a result
    merges: list[Merge] = field(default_factory=list)  # those over several rows

    def hides(self, ref: str) -> bool:
        """Whether the reader's "" for a cell may stand for something shown: an error, an unsaved result."""
        return ref in self.errors or ref in self.uncached

    def covered(self, columns: set[int], rows: range) -> dict[tuple[int, int], Merge]:
        """(row, col) → the merged range over it, for the cells of *columns* and *rows* that a
        range covers below its first row. One sweep down each column, so neither many ranges
        nor overlapping ones (which Excel never writes) cost more than the rows."""
        found: dict[tuple[int, int], Merge] = {}
        for col in columns:
            spans = sorted(m for m in self.merges if m[1] <= col <= m[3])
            if not spans:
                continue
            reach: Merge | None = None
            i = 0
            for row in rows:
                while i < len(spans) and spans[i][0] < row:
                    if reach is None or spans[i][2] > reach[2]:
                        reach = spans[i]
                    i += 1
                if reach and reach[2] >= row:
                    found[row, col] = reach
        return found


@dataclass
class SafeXlsx:
    data: io.BytesIO  # re-packed, dimension-free, for the reader
    sheets: dict[str, SheetScan]  # by sheet name
    hidden: set[str]
    date1904: bool  # serial numbers count from 1904 (old Mac Excel)


def _refuse(code: str, path: Path, **params: object) -> InputError:
    return InputError(code, path=str(path), file=path.name, **params)


def _check_container(path: Path, raw: bytes) -> None:
    if is_compound(raw):
        # An encrypted OOXML file is a compound file holding an EncryptionInfo stream.
        if "EncryptionInfo".encode("utf-16-le") in raw:
            raise _refuse("xlsx.encrypted", path)
        raise _refuse("xlsx.legacy_xls", path)
    if not raw.startswith(b"PK"):
        raise _refuse("xlsx.legacy_xls" if path.suffix.lower() == ".xls" else "xlsx.not_xlsx", path)


def _members(path: Path, archive: zipfile.ZipFile) -> dict[str, bytes]:
    """Every member, decompressed under a running budget (claimed sizes can lie)."""
    members: dict[str, bytes] = {}
    budget = MAX_EXPANDED_BYTES
    for info in archive.infolist():
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise _refuse("xlsx.encrypted", path)
        chunks, size = [], 0
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                ratio = size / max(info.compress_size, 1)
                if size > budget or (size > RATIO_FLOOR and ratio > MAX_RATIO):
                    raise _refuse("xlsx.bomb", path, member=info.filename, limit=MAX_EXPANDED_BYTES, ratio=int(ratio))
                chunks.append(chunk)
        budget -= size
        members[info.filename] = b"".join(chunks)
    return members


def _check_xml(path: Path, members: dict[str, bytes]) -> None:
    for name, data in members.items():
        if not name.endswith((".xml", ".rels")):
            continue
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            data = data.decode("utf-16").encode("utf-8", "replace")
        if any(marker in data for marker in _DTD):
            raise _refuse("xlsx.xml_entities", path, member=name)


def _parse(path: Path, member: str, data: bytes):
    try:
        return ElementTree.fromstring(data)
    except DefusedXmlException:
        raise _refuse("xlsx.xml_entities", path, member=member) from None
    except ElementTree.ParseError as exc:
        raise _refuse("xlsx.damaged", path, detail=str(exc)) from None


def _sheet_parts(path: Path, members: dict[str, bytes]) -> tuple[dict[str, str], set[str], bool]:
    """Sheet name → member name, the hidden sheets, and the 1904 date system flag, from
    workbook.xml and its rels. The reader converts date cells itself; the flag is for
    serial numbers typed into plain cells."""
    if "xl/workbook.xml" not in members:
        raise _refuse("xlsx.not_xlsx", path)
    rels_name = "xl/_rels/workbook.xml.rels"
    rels = _parse(path, rels_name, members.get(rels_name, b"<Relationships/>"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts, hidden, date1904 = {}, set(), False
    for sheet in _parse(path, "xl/workbook.xml", members["xl/workbook.xml"]).iter():
        if sheet.tag.endswith("}workbookPr"):
            date1904 = sheet.get("date1904", "").lower() in ("1", "true")
        if not sheet.tag.endswith("}sheet"):
            continue
        target = targets.get(sheet.get(_NS_REL), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        parts[sheet.get("name", "")] = part
        if sheet.get("state") in ("hidden", "veryHidden"):
            hidden.add(sheet.get("name", ""))
    return parts, hidden, date1904


def _percent_styles(path: Path, members: dict[str, bytes]) -> set[bytes]:
    """Indexes of cell formats that show a number as a percent (built-in 9, 10 or custom)."""
    if "xl/styles.xml" not in members:
        return set()
    root = _parse(path, "xl/styles.xml", members["xl/styles.xml"])
    custom = {f.get("numFmtId"): f.get("formatCode", "") for f in root.iter() if f.tag.endswith("}numFmt")}
    found = set()
    xfs = next((e for e in root.iter() if e.tag.endswith("}cellXfs")), None)
    for index, xf in enumerate(xfs if xfs is not None else []):
        fmt = xf.get("numFmtId", "0")
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom.get(fmt, ""))
        if fmt in ("9", "10") or "%" in code:
            found.add(str(index).encode())
    return found


def _scan_sheet(path: Path, name: str, xml: bytes, percent_styles: set[bytes]) -> SheetScan:
    cells = len(_CELL.findall(xml))
    refs = _CELL_REF.findall(xml)
    if len(refs) < cells:
        raise _refuse("xlsx.damaged", path, detail=f"{name}: cells without a position")
    rows = [int(r) for r in _ROW_NUMBER.findall(xml)] + [int(r) for _, r in refs]
    far_row = max(rows, default=0)
    far_column = max((column_number(c.decode()) for c in {c for c, _ in refs}), default=0)
    if far_row > MAX_ROWS or far_column > MAX_COLUMNS:
        letters = max({c for c, _ in refs}, key=lambda c: column_number(c.decode()), default=b"A").decode()
        raise _refuse(
            "xlsx.absurd_dimension", path, sheet=name, cell=f"{letters}{far_row}", rows=MAX_ROWS, columns=MAX_COLUMNS
        )
    scan = SheetScan()
    for m in _ERROR_CELL.finditer(xml):
        ref = _REF.search(m.group(0))
        if ref:
            scan.errors[ref.group(1).decode()] = m.group(1).decode("utf-8", "replace")
    if _HAS_FORMULA.search(xml):
        for m in _CELL_ELEMENT.finditer(xml):
            formula, ref = _FORMULA.search(m.group(2) or b""), _REF.search(m.group(1))
            if formula and ref:
                cell = ref.group(1).decode()
                scan.formulas[cell] = html.unescape((formula.group(1) or b"").decode("utf-8", "replace"))
                if not _CACHED.search(m.group(2)):
                    scan.uncached.add(cell)
    for m in _MERGE.finditer(xml):
        first_col, first_row, last_col, last_row = m.groups()
        rows = sorted((int(first_row), int(last_row)))
        cols = sorted((column_number(first_col.decode()), column_number(last_col.decode())))
        if rows[0] < rows[1] and rows[0] <= MAX_ROWS:
            scan.merges.append((rows[0], cols[0], rows[1], cols[1]))
    if percent_styles:
        for m in _CELL_TAG.finditer(xml):
            style, ref = _STYLE.search(m.group(0)), _REF.search(m.group(0))
            if style and ref and style.group(1) in percent_styles:
                scan.percent.add(ref.group(1).decode())
    return scan


def open_xlsx(path: Path) -> SafeXlsx:
    path = Path(path)
    if not path.is_file():
        raise InputError("file.not_found", path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError("file.too_large", path=str(path), size=size, limit=MAX_FILE_BYTES)
    if size == 0:
        raise InputError("file.empty", path=str(path))
    raw = path.read_bytes()
    _check_container(path, raw)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = _members(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
        raise _refuse("xlsx.not_xlsx", path) from exc
    _check_xml(path, members)
    parts, hidden, date1904 = _sheet_parts(path, members)
    percent_styles = _percent_styles(path, members)
    scans = {}
    for name, part in parts.items():
        if part in members:
            scans[name] = _scan_sheet(path, name, members[part], percent_styles)
            members[part] = _DIMENSION.sub(b"", members[part], count=1)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    packed.seek(0)
    return SafeXlsx(packed, scans, hidden, date1904)


def read_sheets(
    path: Path, safe: SafeXlsx, keep: Callable[[str], bool] = lambda _: True, *, skip_empty_area: bool = False
) -> dict[str, list[list[Any]]]:
    """The cell values of the sheets *keep* admits, by python-calamine, in the workbook's order. A workbook it
    cannot read is "xlsx.damaged" — also where it panics on a value beyond its range (a time of more days than
    chrono holds), which pyo3 raises as a BaseException, past every `except Exception`."""
    try:
        workbook = CalamineWorkbook.from_filelike(safe.data)
        return {
            name: workbook.get_sheet_by_name(name).to_python(skip_empty_area=skip_empty_area)
            for name in workbook.sheet_names
            if keep(name)
        }
    except (CalamineError, ValueError, OverflowError) as exc:
        raise _refuse("xlsx.damaged", path, detail=str(exc)) from exc
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":  # pyo3's, not importable by name
            raise
        raise _refuse("xlsx.damaged", path, detail=str(exc)) from None
