"""The plan's metadata, read from its front matter: title, kind, period, 文号, issuers,
date, and the region it is issued for.

The title is the one a notice prints (关于印发《…》的通知, with or without 《》, on one
line or two), else the first title lines, which stop at a signature (issuer, date) once
they end like a plan; a typed table of contents never reaches here (see furniture).
"""

from __future__ import annotations

import datetime
import re
from pathlib import PurePath

from workbench.planning.document import PlanMetadata
from workbench.reference import regions

from . import places
from .labels import chinese_number
from .paragraphs import Paragraph
from .script import keywords
from .stages import Stage

_NOTICE_TITLE = keywords(r"(?:印发|转发)\s*《([^》]+)》|(?:印发|转发)\s*(\S.*?)\s*的?通知")
_NOTICE_START = keywords(r"关于(?:印发|转发)")
_NOTICE_LINES = 3
_OWN_PREFIX = 4  # the plan's own title line starts as the notice's title does
_FORWARDED = keywords(r"现将\s*《([^》]+)》")
_DOC_NUMBER = keywords(r"[\u4e00-\u9fff]{1,10}[〔\[［【]\s*\d{4}\s*[〕\]］】]\s*\d{1,5}\s*号")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A date line under a cover's issuer: 2021年8月, 二〇二一年八月.
_COVER_DATE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年(?:\s*[\d一二三四五六七八九十]{1,3}\s*月)?(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
)
_ISSUER = keywords(r"[\u4e00-\u9fff（）()]{2,40}(?:委员会|人民政府|政府|委|厅|局|办公室|办|部|组|中心|院)")
_ANNEX = keywords(r"附件\s*\d*")
# The letterhead of an official document: 上海市青浦区人民政府文件, …办公室文件.
_LETTERHEAD = keywords(r"\S{2,30}(?:文件|公报|简报|通报)")
_TITLE_BREAKS = re.compile(r"[。，,；;：:！？!?]")
_TITLE_LINE_MAX = 60
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")
_RANGE = re.compile(r"(?<!\d)(\d{4})\s*年?\s*[-~～－—–至到]+\s*(\d{4})(?!\d)")
_ONE_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年(?!\s*[-~～－—–至到底末前]|\d)")
_TERM = keywords(r"(?:规划|计划|实施)(?:期|期限|时限)(?:为|是|：|:)?\s*(\d{4})\s*年?\s*[-~～－—–至到]+\s*(\d{4})")
# Provincial abbreviations as a 文号 opens with them: 苏政办发〔2023〕12号.
_DOC_PREFIX = {"沪": "SH", "苏": "JS", "浙": "ZJ", "皖": "AH"}
# What a plan's title ends with (before a bracketed period).
_PLAN_ENDING = keywords(r"(?:规划|計劃|计划|纲要|方案|意见|要点|分工|清单|措施|举措|任务|任務)$")
_TRAILING_BRACKETS = re.compile(r"[（(][^（()）]*[)）]$")
# (ending of the title without its period, kind), most specific first
_KINDS = (
    ("纲要", "规划纲要"),
    ("计划", "行动计划"),
    ("行动方案", "行动计划"),
    ("方案", "实施方案"),
    ("分工", "任务分工"),
    ("要点", "工作要点"),
    ("意见", "实施意见"),
    ("规划", "规划"),
)
DEFAULT_KIND = "规划"


def read_metadata(front: list[Paragraph], stages: list[Stage], source_name: str) -> PlanMetadata:
    texts = [p.text for p in front]
    title = _title(texts) or PurePath(source_name).stem
    start, end = _period(title, stages, texts)
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
        region=_region(title, issuers, doc_number, texts),
    )


def _title(texts: list[str]) -> str | None:
    """The title a notice prints; else the first title lines, joined (000 splits its
    title over three lines), up to a signature below a title that ends like a plan."""
    notice = _notice_title(texts)
    if notice:
        # The plan's own title below the notice, or the one its text names in 《》, may add
        # what the notice leaves out: its period, or whose plan it is.
        own = next(
            (
                _title_lines(texts[n:])
                for n, text in enumerate(texts)
                if text.startswith(notice[:_OWN_PREFIX]) and not _NOTICE_START.search(text)
            ),
            None,
        )
        annexed = next(
            (_title_lines(texts[n + 1 :]) for n in range(len(texts) - 1, -1, -1) if _ANNEX.fullmatch(texts[n])), None
        )
        forwarded = next((m[1].strip() for m in map(_FORWARDED.search, texts) if m), None)
        longer = [t for t in (own, annexed, forwarded) if t and notice in t and t != notice]
        return longer[0] if longer else notice
    return _title_lines(texts)


def _title_lines(texts: list[str]) -> str | None:
    lines: list[str] = []
    for text in texts:
        if lines and _is_signature(text) and _PLAN_ENDING.search(_TRAILING_BRACKETS.sub("", "".join(lines))):
            break
        if _is_title_line(text):
            lines.append(text)
        elif lines or not _is_marker(text):
            break
    return "".join(lines) or None


def _notice_title(texts: list[str]) -> str | None:
    """关于印发《X》的通知 or 关于印发X的通知, on up to three lines; else 现将《X》."""
    for index, text in enumerate(texts):
        if not _NOTICE_START.search(text):
            continue
        joined = text
        for following in texts[index + 1 : index + _NOTICE_LINES]:
            if "通知" in joined or not _is_title_line(following):
                break
            joined += following
        m = _NOTICE_TITLE.search(joined)
        if m:
            return (m[1] or m[2]).strip().strip("《》").strip()
    forwarded = next((m for m in map(_FORWARDED.search, texts) if m), None)
    return forwarded[1].strip() if forwarded else None


def _is_title_line(text: str) -> bool:
    return len(text) <= _TITLE_LINE_MAX and not _TITLE_BREAKS.search(text) and not _is_marker(text)


def _is_signature(text: str) -> bool:
    """An issuer or a date line, as a cover prints them below the title."""
    return bool(_ISSUER.fullmatch(text) or _COVER_DATE.fullmatch(text))


def _is_marker(text: str) -> bool:
    """A line that may stand above a title: 附件1, a 文号, a date, a letterhead."""
    return bool(
        _ANNEX.fullmatch(text) or _DOC_NUMBER.fullmatch(text) or _DATE.fullmatch(text) or _LETTERHEAD.fullmatch(text)
    )


def _kind(title: str) -> str:
    bare = _TRAILING_BRACKETS.sub("", title).strip()
    return next((kind for ending, kind in _KINDS if keywords(f"{ending}$").search(bare)), DEFAULT_KIND)


def _period(title: str, stages: list[Stage], texts: list[str]) -> tuple[int | None, int | None]:
    """From the title (2021-2025年, 十四五, or one year: 2025年重点任务分工), else the
    stages, else a 规划期 the front matter states."""
    years = _RANGE.search(title)
    if years and int(years[1]) <= int(years[2]):
        return int(years[1]), int(years[2])
    five_year = _FIVE_YEAR.search(title)
    ordinal = chinese_number(five_year[0][:2]) if five_year else None
    if ordinal is not None:
        # The five-year plans run on from the 6th, 1981–1985: 十三五 is 2016–2020.
        start = 1981 + 5 * (ordinal - 6)
        return start, start + 4
    one = _ONE_YEAR.findall(title)
    if len(set(one)) == 1:
        return int(one[0]), int(one[0])
    if stages:
        return min(s.start_year for s in stages), max(s.end_year for s in stages)
    term = next((m for m in map(_TERM.search, texts) if m), None)
    if term and int(term[1]) <= int(term[2]):
        return int(term[1]), int(term[2])
    return None, None


def _region(title: str, issuers: list[str], doc_number: str | None, texts: list[str]) -> str | None:
    """The region the plan is issued for, where 全省/全市 and 省/市 units point: the first
    region its title names, else its issuer's, else its 文号's. None for the delta."""
    notice = next((t[: m.start()] for t in texts if (m := _NOTICE_START.search(t))), "")
    for text in (title, *issuers, notice):
        code = places.first_region(text)
        if code:
            return None if code == regions.WHOLE_DELTA or regions.BY_CODE[code].members else code
    return _DOC_PREFIX.get(doc_number[0]) if doc_number else None


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
