"""The task-allocation table (重点任务分工表): 序号 / 重点任务 / 具体内容 / 牵头单位 /
配合单位 / 完成时限, by whatever synonyms a province uses.

Groups are rows with one heading merged across, or a 重点任务 cell merged down over the rows
of its 具体内容 (each row is then a task of that group). A 主要任务 column is the task where
it is the only one, its content where a 重点任务 column comes first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from workbench.planning.document import ParsedTask, Span, TableMapping

from ..paragraphs import split_lead
from .columns import Header, field_of, find_header, mapping
from .grid import Cell, SourceTable
from .rows import distinct_texts, group_heading, is_note, numeral, split_heading, unit_regions, units

KIND = "tasks"
FIELDS = (
    ("number", re.compile(r"^(?:序号|编号|序列|序|No\.?)$", re.I)),
    (None, re.compile(r"备注|说明|进展|成效|完成情况")),
    ("deadline", re.compile(r"时限|时间|节点|期限|进度|截止|计划完成|完成年份|时序")),
    ("cooperating_units", re.compile(r"配合|参与|协同|协办|协作")),
    ("lead_units", re.compile(r"牵头|责任单位|责任部门|负责单位|主责|责任主体|实施单位|承办|责任处室|^责任$")),
    ("regions", re.compile(r"^(?:责任)?(?:地区|城市|区域|省市|地市)$")),
    (
        "content",
        re.compile(
            r"具体内容|工作内容|主要内容|任务内容|具体任务|工作措施|具体措施|主要措施|推进措施|工作举措|具体举措"
            r"|工作目标|目标任务|任务要求|工作要求|年度目标|建设内容|具体工作|重点举措|主要举措|实施内容|工作安排|^内容$"
        ),
    ),
    ("task", re.compile(r"重点任务|主要任务|任务名称|工作任务|重点工作|工作事项|任务事项|重点事项|^任务$|^事项$")),
    ("group", re.compile(r"^(?:类别|领域|重点领域|任务类别|分类|板块|方向|专项)$")),
)


def _enough(fields: list[str | None], texts: list[str]) -> bool:
    named = set(fields)
    return bool(named & {"task", "content"}) and bool(named & {"lead_units", "cooperating_units", "deadline"})


def header(table: SourceTable) -> tuple[Header, list[str | None]] | None:
    found = find_header(table, FIELDS, _enough)
    if not found:
        return None
    fields = [field_of(t, FIELDS) if t else None for t in found.texts]
    seen: set[str] = set()
    for c, name in enumerate(fields):
        if name == "task" and "task" in seen:  # a second task column holds the content
            name = "content" if "content" not in seen else None
        elif name in seen and name in ("number", "deadline", "content", "group"):
            name = None  # one column each; the first one wins
        fields[c] = name
        if name:
            seen.add(name)
    if "task" not in seen:  # only a content column: it is the task
        fields = ["task" if f == "content" else f for f in fields]
    return found, fields


def read(
    table: SourceTable, found: Header, fields: list[str | None], span_of: Callable[[int], Span]
) -> tuple[list[ParsedTask], TableMapping]:
    columns = {name: c for c, name in reversed(list(enumerate(fields))) if name}
    number_col, content_col = columns.get("number"), columns.get("content")
    rows = list(_rows(table, found, columns["task"], content_col, number_col))
    spread = Counter(cell.origin for _, heading, cell, _ in rows if cell and not heading)
    # The number cells of the rows under each task cell, to tell a group's number from its items'.
    numbers: dict[tuple[int, int], list[Cell]] = {}
    for r, heading, cell, _ in rows:
        if cell and not heading and number_col is not None:
            numbers.setdefault(cell.origin, []).append(table.cell(r, number_col))
    tasks: list[ParsedTask] = []
    group: tuple[str, str] | None = None
    sub_numbered = False  # the group's items are numbered 1.1, 1.2 under its own number
    groups: dict[tuple[int, int], tuple[str, str]] = {}
    items: Counter[tuple[int, int]] = Counter()  # tasks so far under each merged task cell
    for r, heading, cell, content in rows:
        if heading:
            group, sub_numbered = split_heading(heading), False
            continue
        assert cell is not None
        number = numeral(table.text(r, number_col)) if number_col is not None else ""
        if group and sub_numbered and number.isdigit():
            group = None  # numbered like the group above it (2 after 1, 1.1, 1.2): no longer in it
        sub_numbered = sub_numbered or bool(group and number.startswith(group[0].rstrip("、.．") + "."))
        row_group = group
        if content and spread[cell.origin] > 1:
            # A task merged down over several contents is their group; each content a task.
            if cell.origin not in groups:
                label, title = split_heading(" ".join(cell.text.split()))
                label = numeral(label) or (number if _group_numbered(numbers.get(cell.origin, [])) else "")
                label = label or str(len(groups) + 1)
                groups[cell.origin] = (label, title)
            row_group = groups[cell.origin]
            if not number or _group_numbered(numbers.get(cell.origin, [])):
                items[cell.origin] += 1
                number = f"{row_group[0]}.{items[cell.origin]}"
            title, body = split_lead(content)
        else:
            title, rest = split_lead(cell.text or content)
            body = "\n".join(t for t in (rest, content if cell.text else "") if t)
        group_col = columns.get("group")
        if group_col is not None and table.text(r, group_col):
            row_group = split_heading(" ".join(table.text(r, group_col).split()))
        leads, marked = _cell_units(table, r, columns.get("lead_units"))
        cooperating, _ = _cell_units(table, r, columns.get("cooperating_units"))
        if marked and len(marked) < len(leads):  # one 责任单位 column: 市经信委（牵头）、市发改委
            cooperating = [u for u in leads if u not in marked] + cooperating
            leads = marked
        named = [*leads, *cooperating, *_cell_units(table, r, columns.get("regions"))[0]]
        deadline = table.text(r, columns["deadline"]) if "deadline" in columns else ""
        tasks.append(
            ParsedTask(
                number=number or str(len(tasks) + 1),
                title=" ".join(title.split()),
                body=body,
                group_number=(row_group[0] or row_group[1]) if row_group else None,
                group_title=row_group[1] if row_group else None,
                span=span_of(r),
                lead_units=leads,
                cooperating_units=cooperating,
                regions=unit_regions(named),
                deadline=" ".join(deadline.split()) or None,
            )
        )
    return tasks, TableMapping(table.location, KIND, mapping(found.texts, fields))


def _rows(
    table: SourceTable, found: Header, task_col: int, content_col: int | None, number_col: int | None
) -> Iterator[tuple[int, str | None, Cell | None, str]]:
    """(row, group heading or None, task cell, content) of each row that holds something."""
    last: Cell | None = None
    for r in range(found.body, len(table.rows)):
        heading = group_heading(table, r, number_col) or _numbered_group(table, r, number_col)
        if heading:
            yield r, heading, None, ""
            continue
        cell = table.cell(r, task_col)
        content = table.text(r, content_col) if content_col is not None else ""
        if not cell.text and content and last:
            cell = last  # a sheet leaves a merged cell's text in its first row only
        if (cell.text or content) and not is_note(cell.text or content) and not found.repeated(table, r):
            last = cell
            yield r, None, cell, content


def _numbered_group(table: SourceTable, r: int, number_col: int | None) -> str | None:
    """ "1 | 数字基础设施" with nothing else, above rows numbered 1.1, 1.2: the group they are in."""
    if number_col is None or r + 1 >= len(table.rows):
        return None
    number, texts = table.text(r, number_col).strip(), distinct_texts(table, r)
    below = table.text(r + 1, number_col).strip()
    if len(texts) != 2 or not number.isdigit() or not re.match(rf"{number}\s*[.．\-－]\s*\d", below):
        return None
    return f"{number}、{next(t for t in texts if t != number)}"


def _group_numbered(cells: list[Cell]) -> bool:
    """The number beside a merged task belongs to it: merged with it, or written in its first row only."""
    return len(cells) > 1 and (len({c.origin for c in cells}) == 1 or not all(c.text for c in cells[1:]))


def _cell_units(table: SourceTable, row: int, column: int | None) -> tuple[list[str], list[str]]:
    return units(table.text(row, column)) if column is not None else ([], [])
