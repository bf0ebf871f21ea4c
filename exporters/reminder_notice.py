"""Reminder notices (催报通知): each as an official document (.docx) and, beside it, the text to paste into a
mail (.txt, UTF-8 with a BOM so Notepad on an older Windows reads it as such)."""

from __future__ import annotations

from pathlib import Path

from exporters.official_docx import OfficialDocument
from workbench.reporting.reminders import ReminderNotice
from workbench.storage import outputs


def build(notice: ReminderNotice) -> OfficialDocument:
    doc = OfficialDocument(notice.title)
    doc.title(notice.title)
    doc.paragraph(notice.addressee, indent=False)
    for text in notice.paragraphs:
        doc.paragraph(text)
    doc.signature(notice.signature, notice.date)
    return doc


def write_notice(notice: ReminderNotice, docx_target: Path, txt_target: Path) -> None:
    """Both files of one notice, each whole before it is renamed into place; the targets were checked."""
    partial = build(notice).stage(docx_target)
    with outputs.staged(txt_target) as (text_partial, handle):
        handle.write(notice.mail_text().encode("utf-8-sig"))
    outputs.place(partial, docx_target)
    outputs.place(text_partial, txt_target)
