"""Generators of hostile and unusable files for the submission tests: each takes a real
issued template and returns a file that must be refused for one stated reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

from importers.compound import SIGNATURE

ENCRYPTED_NAMES = ("EncryptionInfo", "EncryptedPackage")
BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    b"<si><t>&lol3;</t></si></sst>"
)


def rezip(
    source: Path,
    target: Path,
    *,
    change: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    edit=None,
) -> Path:
    """A copy of an xlsx with members replaced, added, or edited by edit(name, data)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = (change or {}).get(info.filename, src.read(info.filename))
            out.writestr(info.filename, edit(info.filename, data) if edit else data)
        for name, data in (add or {}).items():
            out.writestr(name, data)
    return target


def compound_file(stream_names: tuple[str, ...]) -> bytes:
    """The start of an OLE compound file naming the given streams, as Excel writes them."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64 for name in stream_names)
    return SIGNATURE + b"\0" * 504 + directory + b"\0" * 4096


def encrypted(folder: Path) -> Path:
    path = folder / "加密的报送.xlsx"
    path.write_bytes(compound_file(ENCRYPTED_NAMES))
    return path


def legacy_xls(folder: Path) -> Path:
    path = folder / "报送.xls"
    path.write_bytes(compound_file(("Workbook", "SummaryInformation")))
    return path


def not_xlsx(folder: Path) -> Path:
    path = folder / "报送.xlsx"
    path.write_text("编号,任务,状态\n1,任务一,推进中\n", encoding="utf-8")
    return path


def zip_not_xlsx(folder: Path) -> Path:
    path = folder / "压缩包.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    return path


def far_cell(template: Path, folder: Path) -> Path:
    """A value placed at the last cell a sheet can have: a reader would size its grid by it."""

    def edit(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet2.xml":
            return data
        far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        return data.replace(b"</sheetData>", far)

    return rezip(template, folder / "远处单元格.xlsx", edit=edit)


def claimed_dimension(template: Path, folder: Path) -> Path:
    """Only the dimension claims the whole sheet; the content is ordinary."""

    def edit(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/"):
            return data.replace(b'<dimension ref="', b'<dimension ref="A1:XFD1048576" old="', 1)
        return data

    return rezip(template, folder / "夸大范围.xlsx", edit=edit)


def zip_bomb(template: Path, folder: Path) -> Path:
    return rezip(template, folder / "炸弹.xlsx", add={"xl/media/padding.xml": b" " * (64 * 1024 * 1024)})


def entity_bomb(template: Path, folder: Path) -> Path:
    return rezip(template, folder / "实体炸弹.xlsx", add={"xl/sharedStrings.xml": BILLION_LAUGHS})


def truncated_sheet(template: Path, folder: Path) -> Path:
    """A sheet cut off half-way, as a broken USB copy leaves it."""

    def edit(name: str, data: bytes) -> bytes:
        return data[: len(data) // 2] if name == "xl/worksheets/sheet2.xml" else data

    return rezip(template, folder / "损坏.xlsx", edit=edit)
