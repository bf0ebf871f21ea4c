"""Tasks of the task parts (主要任务 / 重点任务 / 建设重点 / 发展重点和任务)."""

from __future__ import annotations

from workbench.planning.document import NodeKind, ParsedTask, Span

from .annotations import Responsibility
from .outline import Block, Outline
from .paragraphs import split_lead
from .script import keywords

# Any work done by a date: 2025年底前完成, 2025年底前覆盖全市; not a span (2025年前后).
_DUE = keywords(r"(\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末)?(?:前|以前))(?=[，,]?[\u4e00-\u9fff])(?!后)")


def extract_tasks(outline: Outline, home: str | None = None) -> list[ParsedTask]:
    """home: the region the plan is issued for, where its 省…/市… units belong."""
    return [_task(block, home) for block in outline.blocks() if block.kind is NodeKind.TASK]


def title_and_body(block: Block, responsibility: Responsibility | None = None) -> tuple[str, str]:
    """Title up to the first 。 of the heading, body the rest and the paragraphs after it,
    with the text of any plain numbered headings below it (a 第X节 task's 一、二、);
    a heading without a sentence is all title. Annotations go to responsibility."""
    texts = [block.heading_text, *(p.text for p in block.paragraphs)]
    texts += [p.text for child in _plain_below(block) for p in (child.heading, *child.paragraphs)]
    if responsibility:
        texts = [responsibility.take(text) for text in texts]
    title, rest = split_lead(texts[0])
    return title, "\n".join(t for t in (rest, *texts[1:]) if t)


def _plain_below(block: Block) -> list[Block]:
    return [
        b for child in block.children if child.kind is NodeKind.TEXT for b in child.walk() if b.kind is NodeKind.TEXT
    ]


def own_span(block: Block) -> Span:
    """From the label to the end of the block's own text and the plain headings below it,
    without what follows it."""
    return Span(block.heading.start, max([block.own_end] + [b.own_end for b in _plain_below(block)]))


def _task(block: Block, home: str | None) -> ParsedTask:
    responsibility = Responsibility(home)
    title, body = title_and_body(block, responsibility)
    group = block.parent if block.parent and block.parent.kind is NodeKind.TASK_GROUP else None
    return ParsedTask(
        number=block.label.numeral,
        title=title,
        body=body,
        group_number=group.label.number if group else None,
        group_title=group.title if group else None,
        span=own_span(block),
        lead_units=responsibility.lead_units,
        cooperating_units=responsibility.cooperating_units,
        regions=responsibility.regions,
        deadline=responsibility.deadline or _due_in(body),
    )


def _due_in(body: str) -> str | None:
    """A date the body says the work is done by ("2025年底前完成首批授权"), when no
    annotation gives the deadline; the sentence stays in the body."""
    m = _DUE.search(body)
    return m[1] if m else None
