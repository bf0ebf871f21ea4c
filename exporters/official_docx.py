"""Word documents in the style of a Chinese official document (公文, GB/T 9704-2012), for the joint meeting's
report and the reminder notices alike.

A4 portrait; margins top 37 mm, bottom 35 mm, left (binding) 28 mm, right 26 mm. Title 2号 (22 pt)
方正小标宋简体, centred; headings 一、 3号 黑体, （一） 3号 楷体_GB2312, 1. 3号 仿宋_GB2312 bold; body 3号
仿宋_GB2312, first line indented two characters, at a fixed 28 pt line spacing (22 lines a page). Page numbers
4号 as "— 1 —", odd pages right, even pages left, from a PAGE field. Every run names its font for Latin
(w:ascii, w:hAnsi) and East Asian text (w:eastAsia), which Word and WPS match by name; the font table gives each
office font the common font that stands in where it is not installed (w:altName: 宋体, 楷体, 仿宋, 黑体).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from workbench.reporting.layout import writable
from workbench.storage import outputs
from workbench.version import version

TITLE_FONT = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"
FANGSONG = "仿宋_GB2312"
SONGTI = "宋体"
FALLBACKS = {TITLE_FONT: SONGTI, KAITI: "楷体", FANGSONG: "仿宋"}

SIZE_2 = Pt(22)  # 二号
SIZE_3 = Pt(16)  # 三号
SIZE_4 = Pt(14)  # 四号
SIZE_SMALL_4 = Pt(12)  # 小四: tables
LINE = Pt(28)  # 22 lines in the 225 mm text block
HEADING_FONTS = {1: (HEITI, False), 2: (KAITI, False), 3: (FANGSONG, True)}


def set_font(run: Run, name: str, size: Pt, *, bold: bool = False) -> Run:
    run.font.size, run.font.bold = size, bold
    props = run._element.get_or_add_rPr()
    fonts = props.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        props.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    return run


def _spacing(paragraph: Paragraph, line: Pt | None = LINE) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    if line is not None:
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, line


def _element(tag: str, **attrs: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(name.replace("_", ":", 1)), value)
    return element


def _page_field(paragraph: Paragraph, size: Pt) -> None:
    """— PAGE — : the number is a field (begin, instruction, separate, its last value, end), so every page
    shows its own."""
    set_font(paragraph.add_run("— "), SONGTI, size)
    for element in (
        _element("w:fldChar", w_fldCharType="begin"),
        _element("w:instrText", xml_space="preserve"),
        _element("w:fldChar", w_fldCharType="separate"),
        None,  # the value shown until the field is updated
        _element("w:fldChar", w_fldCharType="end"),
    ):
        run = set_font(paragraph.add_run("1" if element is None else ""), SONGTI, size)
        if element is not None:
            if element.tag == qn("w:instrText"):
                element.text = " PAGE "
            run._element.append(element)
    set_font(paragraph.add_run(" —"), SONGTI, size)


def _font_table(document: DocumentObject) -> None:
    """Declare each office font with its stand-in, so a machine without it substitutes the intended kind."""
    part = next(p for p in document.part.package.iter_parts() if p.partname.endswith("/fontTable.xml"))
    root = parse_xml(part.blob)
    for name, alt in {**FALLBACKS, HEITI: "SimHei", SONGTI: "SimSun"}.items():
        font = _element("w:font", w_name=name)
        font.append(_element("w:altName", w_val=alt))
        font.append(_element("w:charset", w_val="86"))  # GB2312
        root.append(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class OfficialDocument:
    """A new document in official style, written block by block."""

    def __init__(self, title: str = "") -> None:
        self.doc = Document()
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        section.footer_distance = Mm(28)  # the page number sits below the text block, about 7 mm under it
        normal = self.doc.styles["Normal"]
        normal.font.size = SIZE_3
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FANGSONG)
        self.doc.settings.odd_and_even_pages_header_footer = True
        for footer, align in (
            (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
            (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
        ):
            paragraph = footer.paragraphs[0]
            paragraph.alignment = align
            indent = paragraph.paragraph_format
            indent.right_indent = indent.left_indent = Pt(14)  # one character in from the text block's edge
            _page_field(paragraph, SIZE_4)
        self.doc.core_properties.author = f"Planning Workbench {version()}"
        self.doc.core_properties.title = title
        _font_table(self.doc)

    def title(self, text: str) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(paragraph, Pt(36))
        paragraph.paragraph_format.space_after = LINE
        set_font(paragraph.add_run(writable(text)), TITLE_FONT, SIZE_2)
        return paragraph

    def heading(self, level: int, text: str) -> Paragraph:
        """一、 (1), （一） (2) or 1. (3): the caller numbers; headings keep the body's indent, as 公文 do."""
        font, bold = HEADING_FONTS[level]
        paragraph = self.doc.add_paragraph()
        _spacing(paragraph)
        paragraph.paragraph_format.first_line_indent = SIZE_3 * 2
        paragraph.paragraph_format.keep_with_next = True
        set_font(paragraph.add_run(writable(text)), font, SIZE_3, bold=bold)
        return paragraph

    def paragraph(self, text: str, *, indent: bool = True, align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        _spacing(paragraph)
        if indent:
            paragraph.paragraph_format.first_line_indent = SIZE_3 * 2
        if align is not None:
            paragraph.alignment = align
        if text:
            set_font(paragraph.add_run(writable(text)), FANGSONG, SIZE_3)
        return paragraph

    def caption(self, text: str) -> Paragraph:
        """A chart's or table's caption: centred, 四号 黑体."""
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(paragraph)
        paragraph.paragraph_format.keep_with_next = True
        set_font(paragraph.add_run(writable(text)), HEITI, SIZE_4)
        return paragraph

    def legend(self, items: Sequence[tuple[str, bytes]]) -> Paragraph:
        """A centred line of small colour swatches (PNG), each followed by its label."""
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _spacing(paragraph)
        for label, image in items:
            paragraph.add_run().add_picture(io.BytesIO(image), width=Mm(4), height=Mm(4))
            set_font(paragraph.add_run(f" {writable(label)}  "), FANGSONG, SIZE_SMALL_4)
        return paragraph

    def lead_in(self, lead: str, text: str) -> Paragraph:
        """A body paragraph opening with a bold run: the third level's run-in heading (1. …：text)."""
        paragraph = self.paragraph("")
        set_font(paragraph.add_run(writable(lead)), FANGSONG, SIZE_3, bold=True)
        set_font(paragraph.add_run(writable(text)), FANGSONG, SIZE_3)
        return paragraph

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[object]], widths_mm: Sequence[float]) -> Table:
        """A gridded table in 小四 仿宋, its header row bold and repeated on every page."""
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        header = table.rows[0]
        header._tr.get_or_add_trPr().append(_element("w:tblHeader"))
        for cell, text in zip(header.cells, headers):
            self._cell_text(cell.paragraphs[0], text, bold=True, center=True)
        for values in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, values):
                if isinstance(value, bytes):  # a PNG
                    run = cell.paragraphs[0].add_run()
                    run.add_picture(io.BytesIO(value), width=Mm(widths_mm[cells.index(cell)] - 3))
                    _spacing(cell.paragraphs[0], None)
                else:
                    self._cell_text(cell.paragraphs[0], "" if value is None else str(value))
        table.autofit = False
        for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm):  # LibreOffice lays out by the grid
            column.w = Mm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm):
                cell.width = Mm(width)
        return table

    @staticmethod
    def _cell_text(paragraph: Paragraph, text: str, *, bold: bool = False, center: bool = False) -> None:
        _spacing(paragraph, Pt(18))
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(paragraph.add_run(writable(text)), FANGSONG, SIZE_SMALL_4, bold=bold)

    def annex_label(self, text: str) -> Paragraph:
        """附件 / 附件1 above an annex: 3号 黑体 flush left."""
        paragraph = self.doc.add_paragraph()
        _spacing(paragraph)
        set_font(paragraph.add_run(writable(text)), HEITI, SIZE_3)
        return paragraph

    def signature(self, issuer: str, when: str) -> None:
        """The issuer and the date written out, right-aligned under the body."""
        self.paragraph("", indent=False)
        for text in (issuer, when):
            paragraph = self.paragraph(text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            paragraph.paragraph_format.right_indent = SIZE_3 * 4

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def stage(self, target: Path) -> Path:
        with outputs.staged(target) as (partial, handle):
            self.doc.save(handle)
        return partial


def save_new(
    build: Callable[[], OfficialDocument], path: str | Path, *, workspace: Path | None = None, force: bool = False
) -> Path:
    """Check *path* before building (see `outputs.check`), then write the document whole and rename it into place."""
    [target] = outputs.prepare([path], workspace=workspace, force=force)
    return outputs.place(build().stage(target), target)
