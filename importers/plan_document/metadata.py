"""The plan's metadata, read from its front matter: title, kind, period, 文号, issuers, date."""

from __future__ import annotations

import datetime
import re
from pathlib import PurePath

from workbench.planning.document import PlanMetadata

from .labels import chinese_number
from .paragraphs import Paragraph
from .stages import YEAR_RANGE, Stage

_NOTICE_TITLE = re.compile(r"印发\s*《([^》]+)》")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［【]\s*\d{4}\s*[〕\]］】]\s*\d{1,5}\s*号")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISSUER = re.compile(r"[\u4e00-\u9fff（）()]{2,40}(?:委员会|人民政府|政府|委|厅|局|办公室|办|部|组|中心|院)")
_ANNEX = re.compile(r"附件\s*\d*")
_TITLE_BREAKS = re.compile(r"[。，,；;：:！？!?]")
_TITLE_LINE_MAX = 60
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")
_ONE_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年")  # "2025年重点任务分工表": that year's work
_TRAILING_BRACKETS = re.compile(r"[（(][^（()）]*[)）]$")
# (ending of the title without its period, kind), most specific first
_KINDS = (("纲要", "规划纲要"), ("计划", "行动计划"), ("规划", "规划"))
DEFAULT_KIND = "规划"


def read_metadata(front: list[Paragraph], stages: list[Stage], source_name: str) -> PlanMetadata:
    texts = [p.text for p in front]
    title = _title(texts) or PurePath(source_name).stem
    start, end = _period(title, stages)
    issuers, issue_date = _signature(texts)
    doc_number = next((m[0] for m in map(_DOC_NUMBER.search, texts) if m), None)
    return PlanMetadata(
        title=title,
        kind=_kind(title),
        period_start=start,
        period_end=end,
        doc_number=doc_number,
        issuers=issuers,
        issue_date=issue_date,
    )


def _title(texts: list[str]) -> str | None:
    """The title in a notice's 《…》; else the first title lines, joined: 000 splits its
    title over three lines."""
    for text in texts:
        m = _NOTICE_TITLE.search(text)
        if m:
            return m[1].strip()
    lines: list[str] = []
    for text in texts:
        if _is_title_line(text):
            lines.append(text)
        elif lines or not _is_marker(text):
            break
    return "".join(lines) or None


def _is_title_line(text: str) -> bool:
    return len(text) <= _TITLE_LINE_MAX and not _TITLE_BREAKS.search(text) and not _is_marker(text)


def _is_marker(text: str) -> bool:
    """A line that may stand above a title: 附件1, a 文号, a date."""
    return bool(_ANNEX.fullmatch(text) or _DOC_NUMBER.fullmatch(text) or _DATE.fullmatch(text))


def _kind(title: str) -> str:
    bare = _TRAILING_BRACKETS.sub("", title).strip()
    return next((kind for ending, kind in _KINDS if bare.endswith(ending)), DEFAULT_KIND)


def _period(title: str, stages: list[Stage]) -> tuple[int | None, int | None]:
    years = YEAR_RANGE.search(title)
    if years and int(years[1]) <= int(years[2]):
        return int(years[1]), int(years[2])
    five_year = _FIVE_YEAR.search(title)
    ordinal = chinese_number(five_year[0][:2]) if five_year else None
    if ordinal is not None:
        # The five-year plans run on from the 6th, 1981–1985: 十三五 is 2016–2020.
        start = 1981 + 5 * (ordinal - 6)
        return start, start + 4
    if stages:
        return min(s.start_year for s in stages), max(s.end_year for s in stages)
    one_year = {int(m[1]) for m in _ONE_YEAR.finditer(title)}
    if len(one_year) == 1:
        (year,) = one_year
        return year, year
    return None, None


def _signature(texts: list[str]) -> tuple[list[str], str | None]:
    """Issuers and date of a notice: the organisation lines just above a date line."""
    for index, text in enumerate(texts):
        m = _DATE.fullmatch(text)
        if not m:
            continue
        try:
            date = datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        issuers: list[str] = []
        for previous in reversed(texts[:index]):
            if not _ISSUER.fullmatch(previous):
                break
            issuers.insert(0, previous)
        return issuers, date.isoformat()
    return [], None
