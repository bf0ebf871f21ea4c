"""read_plan on files: encodings, bad and hostile input, and .docx."""

from __future__ import annotations

import os
import random
import zipfile

import docx
import pytest

from importers.plan_document import read_plan
from workbench.errors import InputError
from workbench.planning.document import NodeKind

NEWS = (
    "新华社上海3月5日电 记者从市交通委获悉，今年春运期间全市铁路、航空、公路共发送旅客1200万人次，"
    "同比增长百分之十二。据介绍，虹桥枢纽日均客流保持高位运行。"
)
POEM = "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n"


def _code(path) -> str:
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert str(path) in caught.value.text("en")  # every error names the file and words in full
    return caught.value.code


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _summary(plan):
    return (
        [(t.number, t.title, t.body, t.span) for t in plan.tasks],
        [n.title for n in plan.outline],
        plan.metadata,
        [(i.name, i.baseline_value, i.targets) for i in plan.indicators],
    )


def test_empty_and_blank_files(tmp_path):
    assert _code(_write(tmp_path, "empty.txt", b"")) == "file.empty"
    assert _code(_write(tmp_path, "blank.txt", b" \n\t\r\n" + "\u3000\n".encode())) == "file.empty"


def test_binary_file(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000)
    assert _code(_write(tmp_path, "picture.txt", png)) == "file.binary"


def test_gb18030_imports_like_utf8(tmp_path, seed_texts, seed_plan):
    text = seed_texts["000"]
    plan = read_plan(_write(tmp_path, "000.txt", text.encode("gb18030")))
    assert plan.source_text == seed_plan("000").source_text
    assert _summary(plan) == _summary(seed_plan("000"))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_notepad_unicode_with_bom_imports_like_utf8(tmp_path, seed_texts, seed_plan, encoding):
    plan = read_plan(_write(tmp_path, "000.txt", seed_texts["000"].encode(encoding)))
    assert _summary(plan) == _summary(seed_plan("000"))


def test_password_protected_or_old_word_says_how_to_fix(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(3).randbytes(4000)
    assert _code(_write(tmp_path, "locked.docx", ole)) == "file.encrypted_or_old"
    assert _code(_write(tmp_path, "plan.doc", ole)) == "file.old_word"


def test_utf8_bom_and_crlf_are_normalised(tmp_path, seed_texts, seed_plan):
    text = seed_texts["003"]
    plan = read_plan(_write(tmp_path, "003.txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()))
    assert plan.source_text == text
    assert _summary(plan) == _summary(seed_plan("003"))


@pytest.mark.parametrize(
    "data",
    [
        "Ceci est un poème très réussi, écrit à Noël près de la forêt.".encode("latin-1"),
        "これは日本語の文書です。東京都の会議について説明します。".encode("shift_jis"),
    ],
    ids=["latin-1", "shift-jis"],
)
def test_other_encodings_are_refused(tmp_path, data):
    assert _code(_write(tmp_path, "plan.txt", data)) == "file.encoding"


@pytest.mark.parametrize("text", [NEWS, POEM], ids=["news", "poem"])
def test_text_that_is_not_a_plan(tmp_path, text):
    assert _code(_write(tmp_path, "article.txt", text.encode())) == "plan.not_a_plan"


def test_missing_file_and_unknown_type(tmp_path):
    assert _code(tmp_path / "missing.txt") == "file.not_found"
    assert _code(_write(tmp_path, "plan.pdf", b"%PDF-1.7")) == "file.unsupported_type"


def test_too_large_file(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    assert _code(path) == "file.too_large"


def _build_docx(path):
    document = docx.Document()
    document.add_paragraph("长三角数据共享三年行动计划（2024-2026年）")
    document.add_heading("一、总体要求", level=1)
    document.add_paragraph("以数据共享推动区域一体化。")
    document.add_heading("二、主要任务", level=1)
    document.add_heading("（一）推进数据共享", level=2)
    document.add_paragraph(
        "1.建设数据共享平台。加快建设区域数据共享交换平台（牵头单位：上海市大数据中心；"
        "配合单位：江苏省大数据管理中心、浙江省大数据发展管理局）。"
    )
    document.add_heading("完善标准规范", level=3)  # a heading by its style alone
    document.add_paragraph("联合制定数据共享标准。")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("指标", "目标"), ("到2026年 数据开放率", "达到60%")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_heading("三、保障措施", level=1)
    document.add_paragraph("（一）加强组织领导")
    document.add_paragraph("建立联席会议制度。")
    document.save(path)
    return path


def test_docx_with_headings_and_a_table(tmp_path):
    plan = read_plan(_build_docx(tmp_path / "plan.docx"))
    assert plan.metadata.title == "长三角数据共享三年行动计划（2024-2026年）"
    assert [n.title for n in plan.outline] == ["总体要求", "主要任务", "保障措施"]
    assert [(t.number, t.title, t.group_title) for t in plan.tasks] == [
        ("1", "建设数据共享平台", "推进数据共享"),
        ("", "完善标准规范", "推进数据共享"),
    ]
    first = plan.tasks[0]
    assert first.body == "加快建设区域数据共享交换平台。"
    assert first.lead_units == ["上海市大数据中心"] and first.regions == ["SH", "JS", "ZJ"]
    assert plan.tasks[1].body == "联合制定数据共享标准。"  # the table under it is read by its columns
    (indicator,) = plan.indicators
    assert (indicator.name, indicator.unit, [(t.year, t.value) for t in indicator.targets]) == (
        "数据开放率",
        "%",
        [(2026, 60)],
    )
    assert [s.title for s in plan.safeguards] == ["加强组织领导"]
    assert plan.outline[1].children[0].kind is NodeKind.TASK_GROUP
    spans = [plan.source_text[t.span.start : t.span.end] for t in plan.tasks]
    assert spans[0].startswith("1.建设数据共享平台。") and spans[0].endswith("浙江省大数据发展管理局）。")
    assert spans[1] == "完善标准规范\n联合制定数据共享标准。"
    assert [(m.kind, [c.field for c in m.columns]) for m in plan.table_mappings] == [
        ("indicators", ["name", "target:2026"])
    ]


def test_corrupt_docx(tmp_path):
    assert _code(_write(tmp_path, "random.docx", random.Random(2).randbytes(3000))) == "file.bad_docx"
    assert _code(_write(tmp_path, "text.docx", "一、总体要求".encode())) == "file.bad_docx"
    good = _build_docx(tmp_path / "good.docx").read_bytes()
    assert _code(_write(tmp_path, "truncated.docx", good[: len(good) // 2])) == "file.bad_docx"


def _zip(path, parts: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def test_docx_without_a_document_or_with_a_damaged_one(tmp_path):
    assert _code(_zip(tmp_path / "empty.docx", {"hello.txt": b"hi"})) == "file.bad_docx"
    with zipfile.ZipFile(_build_docx(tmp_path / "good.docx")) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    broken = dict(parts, **{"word/document.xml": b"<w:document>not xml"})
    assert _code(_zip(tmp_path / "broken.docx", broken)) == "file.bad_docx"
    entities = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        + parts["word/document.xml"].split(b"?>", 1)[1]
    )
    assert _code(_zip(tmp_path / "entities.docx", dict(parts, **{"word/document.xml": entities}))) == "file.bad_docx"


def test_docx_zip_bomb(tmp_path):
    bomb = _zip(tmp_path / "bomb.docx", {"word/document.xml": b"<" + b" " * (50 * 1024 * 1024) + b">"})
    assert os.path.getsize(bomb) < 1024 * 1024
    assert _code(bomb) == "file.expands_too_much"


def test_docx_heading_styles_by_base_style_and_thousands_of_styles(tmp_path):
    """A custom style based on a heading is a heading; 10,000 styles are resolved once, not
    searched per paragraph (that took 26 s), and read the same."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(str(_build_docx(tmp_path / "base.docx")))
    part_style = document.styles.add_style("部分标题", WD_STYLE_TYPE.PARAGRAPH)
    part_style.base_style = document.styles["Heading 1"]
    styles = document.styles.element
    for n in range(10_000):  # as raw XML: python-docx's own add_style is itself quadratic
        style = OxmlElement("w:style")
        style.set(qn("w:type"), "paragraph")
        style.set(qn("w:styleId"), f"Noise{n}")
        name = OxmlElement("w:name")
        name.set(qn("w:val"), f"噪声样式{n}")
        style.append(name)
        styles.append(style)
    for n in range(0, 10_000, 50):
        document.add_paragraph(f"说明文字{n}。")._p.style = f"Noise{n}"
    document.add_paragraph("四、附则", style="部分标题")
    document.save(tmp_path / "styled.docx")
    plan = read_plan(tmp_path / "styled.docx")
    assert [n.title for n in plan.outline] == ["总体要求", "主要任务", "保障措施", "附则"]


def test_docx_reading_stops_when_cancelled(tmp_path):
    from workbench.errors import Cancelled

    document = docx.Document()
    for n in range(5_000):
        document.add_paragraph(f"第{n}段。")
    document.save(tmp_path / "long.docx")
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        read_plan(tmp_path / "long.docx", cancel=cancel)
    assert len(asked) == 4  # checked as it goes, and stopped at the first yes


def test_docx_beyond_any_plan_is_refused(tmp_path, monkeypatch):
    from importers.plan_document import word

    monkeypatch.setattr(word, "MAX_BLOCKS", 50)
    document = docx.Document()
    for n in range(60):
        document.add_paragraph(f"第{n}段。")
    document.save(tmp_path / "many.docx")
    assert _code(tmp_path / "many.docx") == "file.too_complex"
