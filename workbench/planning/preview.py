"""An honest preview of a plan as read: plain warnings, in both languages, when a
document yields no tasks, no indicators, no period or a title that looks wrong, each
saying what was looked for, so that nothing is saved without the user seeing it."""

from __future__ import annotations

import re
from pathlib import PurePath

from workbench import messages
from workbench.planning.document import ParsedPlan, ParseWarning

TITLE_MAX = 60
# What a table of contents leaves in a title: 目录, leader dots, chapter or part numbers.
_CONTENTS = re.compile(
    r"目\s*[录錄]|[.…·]{3,}|第[一二三四五六七八九十]+[章节節]|[一二三四五六七八九十]、|[（(][一二三四五六七八九十][)）]"
)
CONTENT_CODES = (
    "plan.warning.no_tasks",
    "plan.warning.no_indicators",
    "plan.warning.no_period",
    "plan.warning.no_title",
    "plan.warning.title_too_long",
    "plan.warning.title_has_contents",
)


def check(parsed: ParsedPlan) -> list[ParseWarning]:
    """The warnings the plan's content calls for, as it stands now."""
    found: list[ParseWarning] = []
    m = parsed.metadata
    if not parsed.tasks:
        found.append(ParseWarning("plan.warning.no_tasks"))
    if not parsed.indicators:
        found.append(ParseWarning("plan.warning.no_indicators"))
    if m.period_start is None:
        found.append(ParseWarning("plan.warning.no_period"))
    contents = _CONTENTS.search(m.title)
    if m.title == PurePath(parsed.source_name).stem:
        found.append(ParseWarning("plan.warning.no_title", {"title": m.title}))
    elif contents:
        found.append(ParseWarning("plan.warning.title_has_contents", {"title": m.title, "marker": contents[0]}))
    elif len(m.title) > TITLE_MAX:
        found.append(ParseWarning("plan.warning.title_too_long", {"title": m.title, "length": len(m.title)}))
    return found


def warnings(parsed: ParsedPlan) -> list[ParseWarning]:
    """check() on the plan as it stands (after any corrections), and the reader's own
    warnings about the file."""
    return check(parsed) + [w for w in parsed.warnings if w.code not in CONTENT_CODES]


def text(warning: ParseWarning, lang: str | None = None) -> str:
    return messages.text(warning.code, lang, **warning.params)


def as_data(warning: ParseWarning) -> dict:
    return {"code": warning.code, "params": dict(warning.params), "message": text(warning)}
