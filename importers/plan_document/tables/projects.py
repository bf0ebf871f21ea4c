"""Projects listed as the rows of a table (专栏 重大工程): 项目名称 / 建设内容 and whatever
else the plan says of each (责任单位, 建设期限, 总投资…), kept in the project's text."""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.planning.document import ParsedProject, Span, TableMapping

from .columns import Header, field_of, find_header, mapping, plain
from .grid import SourceTable
from .rows import distinct_texts, group_heading, is_note, numeral

KIND = "projects"
FIELDS = (
    ("number", re.compile(r"^(?:序号|编号|序)$")),
    ("title", re.compile(r"项目名称|工程名称|平台名称|^(?:重大|重点)?(?:项目|工程)$")),
    ("body", re.compile(r"内容|目标|简介|概况|任务|单位|主体|期限|周期|年限|时间|投资|地点|备注")),
)


_CONTENT = re.compile(r"内容|简介|概况|目标|任务")


_NAMED = re.compile(r"项目名称|工程名称|平台名称")


def header(table: SourceTable, boxed: bool) -> tuple[Header, list[str | None]] | None:
    """A table of projects: in a 专栏 box, or with a column named 项目名称; a 重点项目 column
    beside 牵头单位 outside a box is a task list."""

    def enough(fields: list[str | None], texts: list[str]) -> bool:
        named = boxed or any(_NAMED.search(plain(t)) for t in texts)
        return named and "title" in fields and sum(1 for t in texts if t) >= 2

    found = find_header(table, FIELDS, enough)
    if not found:
        return None
    fields = [field_of(t, FIELDS) or "body" if t else None for t in found.texts]
    first_title = fields.index("title")
    fields = [("body" if f == "title" and c != first_title else f) for c, f in enumerate(fields)]
    return found, fields


def read(
    table: SourceTable, found: Header, fields: list[str | None], span_of: Callable[[int], Span]
) -> tuple[list[ParsedProject], TableMapping]:
    title_col = fields.index("title")
    number_col = fields.index("number") if "number" in fields else None
    content_col = next((c for c, f in enumerate(fields) if f == "body" and _CONTENT.search(found.texts[c])), None)
    projects = []
    for r in range(found.body, len(table.rows)):
        texts = distinct_texts(table, r)
        title = " ".join(table.text(r, title_col).split())
        if (
            group_heading(table, r, number_col)
            or not title
            or not texts
            or is_note(texts[0])
            or found.repeated(table, r)
        ):
            continue
        body = [
            table.text(r, c) if c == content_col else f"{' '.join(found.texts[c].split())}：{table.text(r, c)}"
            for c, f in enumerate(fields)
            if f == "body" and table.text(r, c) and table.starts_here(r, c)
        ]
        number = numeral(table.text(r, number_col)) if number_col is not None else ""
        projects.append(ParsedProject(number, title, "\n".join(body), span_of(r)))
    return projects, TableMapping(table.location, KIND, mapping(found.texts, fields))
