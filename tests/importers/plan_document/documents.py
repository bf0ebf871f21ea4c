"""Plan documents in the shapes offices circulate, written by the tests: as .txt, as .docx
(optionally with Word heading styles), and as text copied out of a PDF (hard-wrapped at
a page width, with page numbers and a running header between pages)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx

from importers.plan_document import read_plan
from workbench.planning.document import ParsedPlan


def write_txt(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines), encoding=encoding)
    return path


def write_docx(path: Path, lines: list[str], headings: dict[str, int] | None = None) -> Path:
    """One paragraph per line; a line that starts with a key of headings gets that Word
    heading level (its numbering stays in the text, as offices type it)."""
    document = docx.Document()
    for line in lines:
        level = next((lvl for start, lvl in (headings or {}).items() if line.startswith(start)), None)
        if level:
            document.add_heading(line, level=level)
        else:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def read_as(tmp_path: Path, lines: list[str], form: str, headings: dict[str, int] | None = None) -> ParsedPlan:
    """The document written as form ("txt" or "docx") and read back."""
    if form == "docx":
        return read_plan(write_docx(tmp_path / "plan.docx", lines, headings))
    return read_plan(write_txt(tmp_path / "plan.txt", lines))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def wrap(paragraph: str, width: int) -> list[str]:
    """Cut as a PDF page does: at the printed width (a Chinese character 2, a digit 1)."""
    lines, current = [], ""
    for char in paragraph:
        if _width(current + char) > width:
            lines.append(current)
            current = ""
        current += char
    return [*lines, current] if current else lines


def pdf_copy(
    paragraphs: list[str], width: int = 56, page_lines: int = 14, header: str | None = None, page_number=None
) -> list[str]:
    """The lines of text copied out of a PDF of these paragraphs: wrapped at width, with
    a page number (page_number(n), default "— n —") and the running header between pages."""
    page_number = page_number or (lambda n: f"— {n} —")
    wrapped = [line for paragraph in paragraphs for line in wrap(paragraph, width)]
    out: list[str] = []
    for index, line in enumerate(wrapped):
        if index and index % page_lines == 0:
            out += ["", page_number(index // page_lines), ""]
            if header:
                out.append(header)
        out.append(line)
    return out
