"""A generated corpus of wrong, malformed and hostile returned workbooks, by category:
five variants each, every one to be refused with its stated reason."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.workbench.reporting import hostile
from tests.workbench.reporting.workbooks import fill, set_guide
from workbench.reporting import layout

# category: (the problem codes that name its reason, maker(template, folder, variant) -> file)
Maker = Callable[[Path, Path, int], Path]
PER_CATEGORY = 5
JS_TASKS = ("1", "2", "3", "4", "6")  # the test plan's tasks 江苏 reports (5 is SH and ZJ's only)


def _filled(template: Path, folder: Path, name: str, **kwargs) -> Path:
    return fill(template, folder / f"{name}.xlsx", **kwargs)


def _replace_part(template: Path, target: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(template) as z:
        present = member in z.namelist()
    return hostile.rezip(template, target, **({"change": {member: data}} if present else {"add": {member: data}}))


def _cell(sheet: str, row: int, column: int, value: object):
    return lambda wb: wb[sheet].cell(row, column).__setattr__("value", value)


def _meta(key: str, value: str):
    def change(wb) -> None:
        ws = wb[layout.SHEET_META]
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 1).value == key:
                ws.cell(r, 2).value = value

    return change


def altered_locked_cell(t: Path, d: Path, i: int) -> Path:
    column = (2, 3, 4, 2, 2)[i]
    return _filled(t, d, f"locked{i}", change=_cell(layout.SHEET_TASKS, layout.FIRST_DATA_ROW + i, column, f"改{i}"))


def altered_metadata(t: Path, d: Path, i: int) -> Path:
    key, value = [
        ("region", "SH"),
        ("period", "2022H2"),
        ("plan_id", "999"),
        ("format_version", "9"),
        ("template_id", "0" * 32),
    ][i]
    return _filled(t, d, f"meta{i}", change=_meta(key, value))


def region_claimed_in_guide(t: Path, d: Path, i: int) -> Path:
    claim = ("上海市", "浙江省", "安徽省", "沪", "浙")[i]
    return _filled(t, d, f"claim{i}", change=lambda wb: set_guide(wb, "地区", claim))


def bad_status(t: Path, d: Path, i: int) -> Path:
    word = ("差不多了", "OK", "完成一半", "?", "进行")[i]
    return _filled(t, d, f"status{i}", tasks={JS_TASKS[i]: {"status": word}})


def percent_out_of_range(t: Path, d: Path, i: int) -> Path:
    return _filled(
        t, d, f"percent{i}", tasks={JS_TASKS[i]: {"status": "推进中", "percent": (120, -5, 1000, 101, 250)[i]}}
    )


def progress_without_status(t: Path, d: Path, i: int) -> Path:
    return _filled(t, d, f"nostatus{i}", tasks={JS_TASKS[i]: {"status": None, "progress": f"做了工作{i}"}})


def not_a_number(t: Path, d: Path, i: int) -> Path:
    text = ("约30", "三十", "1.2.3", "30 左右", "大幅增长")[i]
    return _filled(t, d, f"nan{i}", change=_cell(layout.SHEET_INDICATORS, layout.FIRST_DATA_ROW + i % 2, 8, text))


def error_cell(t: Path, d: Path, i: int) -> Path:
    error = ("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?")[i]
    return _filled(t, d, f"error{i}", change=_cell(layout.SHEET_TASKS, layout.FIRST_DATA_ROW + i, 6, error))


def unknown_row(t: Path, d: Path, i: int) -> Path:
    code = ("99", "0", "A1", "x", "1000")[i]
    return _filled(t, d, f"unknown{i}", change=_cell(layout.SHEET_TASKS, layout.FIRST_DATA_ROW + i, 1, code))


def row_twice(t: Path, d: Path, i: int) -> Path:
    def change(wb) -> None:
        ws = wb[layout.SHEET_TASKS]
        ws.append([c.value for c in ws[layout.FIRST_DATA_ROW + i]])

    return _filled(t, d, f"twice{i}", change=change)


def bad_date(t: Path, d: Path, i: int) -> Path:
    text = ("六月底", "明年", "13/45/2023", "2023-13-01", "上周")[i]
    return _filled(t, d, f"date{i}", change=lambda wb: set_guide(wb, "填报日期", text))


def not_xlsx(t: Path, d: Path, i: int) -> Path:
    data = [
        b"a,b,c\n1,2,3\n",
        b"<html><table><tr><td>1</td></tr></table></html>",
        b"%PDF-1.7\n",
        random.Random(i).randbytes(3000),
        "编号\t任务\n".encode("gb18030"),
    ][i]
    path = d / f"fake{i}.xlsx"
    path.write_bytes(data)
    return path


def empty_file(t: Path, d: Path, i: int) -> Path:
    path = d / f"empty{i}.xlsx"
    path.write_bytes(b"" if i == 0 else b"\0" * i)
    return path


def zip_of_something_else(t: Path, d: Path, i: int) -> Path:
    path = d / f"zip{i}.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(["readme.txt", "word/document.xml", "[Content_Types].xml", "a/b/c.bin", "xl/"][i], b"x" * i)
    return path


def encrypted(t: Path, d: Path, i: int) -> Path:
    path = d / f"locked{i}.xlsx"
    path.write_bytes(hostile.compound_file(hostile.ENCRYPTED_NAMES[:: (1, -1)[i % 2]]) + b"\0" * (512 * i))
    return path


def legacy_xls(t: Path, d: Path, i: int) -> Path:
    path = d / f"old{i}.xls"
    path.write_bytes(hostile.compound_file(("Workbook", "SummaryInformation")) + b"\0" * (512 * i))
    return path


def absurd_dimension(t: Path, d: Path, i: int) -> Path:
    cell = ("XFD1048576", "A1048576", "XFD1", "ZZZ999999", "AAA500000")[i]
    row = "".join(ch for ch in cell if ch.isdigit())

    def edit(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet2.xml":
            return data
        far = f'<row r="{row}"><c r="{cell}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'.encode()
        return data.replace(b"</sheetData>", far)

    return hostile.rezip(t, d / f"far{i}.xlsx", edit=edit)


def zip_bomb(t: Path, d: Path, i: int) -> Path:
    member = ("xl/media/padding.xml", "xl/worksheets/sheet9.xml", "docProps/big.xml", "xl/x.bin", "z.xml")[i]
    return hostile.rezip(t, d / f"bomb{i}.xlsx", add={member: b" " * ((64 + 16 * i) * 1024 * 1024)})


def entity_bomb(t: Path, d: Path, i: int) -> Path:
    target = (
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet2.xml",
        "xl/styles.xml",
        "docProps/core.xml",
    )[i]
    return _replace_part(t, d / f"lol{i}.xlsx", target, hostile.BILLION_LAUGHS)


def external_entity(t: Path, d: Path, i: int) -> Path:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>'
    )
    target = (
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet2.xml",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
    )[i]
    return _replace_part(t, d / f"xxe{i}.xlsx", target, xxe)


def damaged(t: Path, d: Path, i: int) -> Path:
    def edit(name: str, data: bytes) -> bytes:
        return data[: len(data) * (i + 1) // 7] if name == "xl/worksheets/sheet2.xml" else data

    return hostile.rezip(t, d / f"cut{i}.xlsx", edit=edit)


CATEGORIES: dict[str, tuple[tuple[str, ...], Maker]] = {
    "altered locked cell": (("problem.locked_altered",), altered_locked_cell),
    "altered metadata": (
        ("problem.meta_altered", "submission.newer_format", "problem.unknown_template"),
        altered_metadata,
    ),
    "region claimed in the guide": (("problem.region_claim", "problem.locked_altered"), region_claimed_in_guide),
    "status not allowed": (("problem.bad_status",), bad_status),
    "percent out of range": (("problem.bad_percent",), percent_out_of_range),
    "progress without a status": (("problem.missing_status",), progress_without_status),
    "not a number": (("problem.bad_number",), not_a_number),
    "error cell": (("problem.error_cell",), error_cell),
    "unknown row": (("problem.unknown_row",), unknown_row),
    "a row twice": (("problem.duplicate_row",), row_twice),
    "a bad date": (("problem.bad_date",), bad_date),
    "not an xlsx": (("xlsx.not_xlsx",), not_xlsx),
    "empty file": (("xlsx.not_xlsx", "file.empty"), empty_file),
    "a zip of something else": (("xlsx.not_xlsx",), zip_of_something_else),
    "encrypted": (("xlsx.encrypted",), encrypted),
    "legacy .xls": (("xlsx.legacy_xls",), legacy_xls),
    "absurd dimension": (("xlsx.absurd_dimension",), absurd_dimension),
    "zip bomb": (("xlsx.bomb",), zip_bomb),
    "entity bomb": (("xlsx.xml_entities",), entity_bomb),
    "external entity": (("xlsx.xml_entities",), external_entity),
    "damaged": (("xlsx.damaged",), damaged),
}


def corpus(template: Path, directory: Path, category: str) -> Iterator[Path]:
    folder = directory / category.replace(" ", "_")
    folder.mkdir(parents=True, exist_ok=True)
    _, make = CATEGORIES[category]
    for i in range(PER_CATEGORY):
        yield make(template, folder, i)
