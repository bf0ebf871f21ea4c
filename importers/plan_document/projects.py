"""Flagship projects: 专栏N boxes, and major projects a task names (重点推进A、B等一批重大项目)."""

from __future__ import annotations

import re

from workbench.planning.document import NodeKind, ParsedProject, Span

from .outline import Block, Outline

_NAMED = re.compile(r"重点推进([^。；;]+?)等(?:一批)?重大项目")
_ITEM = re.compile(r"[^、，,]+")


def extract_projects(outline: Outline) -> list[ParsedProject]:
    projects = []
    for block in outline.blocks():
        if block.kind is NodeKind.PROJECT:
            projects.append(
                ParsedProject(
                    block.label.number,
                    block.title,
                    "\n".join(p.text for p in block.paragraphs),
                    Span(block.heading.start, block.own_end),
                )
            )
        elif block.kind is NodeKind.TASK:
            projects += _named(block)
    return sorted(projects, key=lambda p: p.span.start)


def _named(task: Block) -> list[ParsedProject]:
    found = []
    for paragraph in (task.heading, *task.paragraphs):
        for listing in _NAMED.finditer(paragraph.text):
            for item in _ITEM.finditer(listing[1]):
                name = item[0].strip()
                if name:
                    at = listing.start(1) + item.start() + item[0].index(name)
                    found.append(ParsedProject("", name, "", paragraph.span(at, at + len(name))))
    return found
