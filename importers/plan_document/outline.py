"""Paragraphs → the plan's outline: numbered headings as a tree, each with its paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from workbench.planning.document import NodeKind, OutlineNode, Span

from .labels import BOX, ITEM, PART, SECTION, Label, parse_label, style_label
from .paragraphs import Paragraph, is_lead_in, split_lead
from .stages import Stage, parse_stage

_TASKS = re.compile("主要任务|重点任务|建设重点|重点和任务")
_SAFEGUARDS = re.compile("保障措施|政策措施")


class Role(Enum):
    """What a top-level part holds, read from its title."""

    PLAIN = "plain"
    TASKS = "tasks"
    SAFEGUARDS = "safeguards"


@dataclass(eq=False)
class Block:
    label: Label
    heading: Paragraph
    parent: Block | None
    paragraphs: list[Paragraph] = field(default_factory=list)  # its own, after the heading
    children: list[Block] = field(default_factory=list)
    kind: NodeKind = NodeKind.TEXT
    stage: Stage | None = None

    @property
    def level(self) -> int:
        return self.label.level

    @property
    def heading_text(self) -> str:
        return self.heading.text[self.label.end :]

    @cached_property
    def inline(self) -> bool:
        """The heading line carries its own body: "(一)加强组织领导。不断完善…"."""
        return bool(split_lead(self.heading_text)[1])

    @cached_property
    def title(self) -> str:
        return split_lead(self.heading_text)[0]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in (self.heading, *self.paragraphs))

    @property
    def own_end(self) -> int:
        return (self.paragraphs[-1] if self.paragraphs else self.heading).end

    @property
    def end(self) -> int:
        return max([self.own_end] + [child.end for child in self.children])

    @cached_property
    def role(self) -> Role:
        part = self
        while part.parent:
            part = part.parent
        if part.level != PART:
            return Role.PLAIN
        if _TASKS.search(part.title):
            return Role.TASKS
        return Role.SAFEGUARDS if _SAFEGUARDS.search(part.title) else Role.PLAIN

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Outline:
    front: list[Paragraph]  # before the first heading: notice, title…
    roots: list[Block]
    flow: list[tuple[Paragraph, Block | None]]  # every paragraph in order, with its block

    def blocks(self) -> Iterator[Block]:
        for root in self.roots:
            yield from root.walk()


def build_outline(paragraphs: list[Paragraph]) -> Outline:
    roots: list[Block] = []
    front: list[Paragraph] = []
    flow: list[tuple[Paragraph, Block | None]] = []
    stack: list[Block] = []
    for paragraph in paragraphs:
        label = parse_label(paragraph.text) or (style_label(paragraph.hint) if paragraph.hint else None)
        if label:
            while stack and stack[-1].level >= label.level:
                stack.pop()
            block = Block(label, paragraph, stack[-1] if stack else None)
            (block.parent.children if block.parent else roots).append(block)
            stack.append(block)
            flow.append((paragraph, block))
            continue
        owner = _owner(stack, paragraph)
        if owner:
            owner.paragraphs.append(paragraph)
        elif not roots:
            front.append(paragraph)
        flow.append((paragraph, owner))
    outline = Outline(front, roots, flow)
    safeguards = {id(item) for root in roots for item in safeguard_items(root)}
    for block in outline.blocks():
        block.stage = parse_stage(block.heading_text) if block.level in (SECTION, ITEM) else None
        block.kind = _kind(block, id(block) in safeguards)
    return outline


def _owner(stack: list[Block], paragraph: Paragraph) -> Block | None:
    """The open block an unnumbered paragraph belongs to, closing those it ends."""
    while stack:
        top = stack[-1]
        if top.level == BOX:
            # A box holds the paragraphs after its title until the running text resumes.
            if not top.paragraphs or not is_lead_in(paragraph.text):
                return top
        elif not (top.inline and top.role is Role.PLAIN):
            # An item whose heading line carries its body has no more paragraphs — except
            # tasks and safeguards, whose text may go on.
            return top
        stack.pop()
    return None


def _kind(block: Block, is_safeguard: bool) -> NodeKind:
    if block.level == BOX:
        return NodeKind.PROJECT
    if block.level == PART:
        return NodeKind.PART
    if block.stage:
        return NodeKind.STAGE
    role = block.role
    if role is Role.TASKS:
        has_items = any(child.level == ITEM for child in block.children)
        return NodeKind.TASK_GROUP if block.level == SECTION and has_items else NodeKind.TASK
    if role is Role.SAFEGUARDS and is_safeguard:
        return NodeKind.SAFEGUARD
    return NodeKind.SECTION if block.level == SECTION else NodeKind.TEXT


def safeguard_items(part: Block) -> list[Block]:
    """The items of a safeguards part: its （一） headings, else its numbered items."""
    if part.level != PART:
        return []
    for level in (SECTION, ITEM):
        items = [child for child in part.children if child.level == level]
        if items:
            return items
    return []


def to_nodes(blocks: list[Block]) -> list[OutlineNode]:
    return [
        OutlineNode(
            number=b.label.number,
            title=b.title,
            text=b.text,
            kind=b.kind,
            span=Span(b.heading.start, b.end),
            children=to_nodes(b.children),
        )
        for b in blocks
    ]
