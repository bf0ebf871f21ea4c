"""Paragraphs → the plan's outline: numbered headings as a tree, each with its paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import cached_property

from workbench.planning.document import NodeKind, OutlineNode, Span

from .labels import BOX, ITEM, PART, SECTION, Label, parse_label, style_label
from .paragraphs import Paragraph, is_lead_in, split_lead
from .script import keywords
from .stages import Stage, parse_stage

_TASKS = keywords(
    "主要任务|重点任务|建设重点|重点和任务|发展重点|建设任务|工作任务|行动任务|重点工作|主要工作|重点举措|主要举措"
    "|重点行动|主要行动|任务举措"
)
_SAFEGUARDS = keywords("保障|政策措施|组织实施|工作要求")
_ANNEX = keywords(r"附件\s*\d*\s*[:：]?")
# Parts that come before a plan's theme chapters (its situation, aims and principles) and
# those that close it (how it is carried out, annexes).
_PREAMBLE = keywords(
    "[总總][体體](?:要求|思路|目[标標]|布局)|指[导導]思想|基本原[则則]|[发發]展(?:基[础礎]|[环環]境|目[标標]|形[势勢]|思路|回[顾顧]|[现現][状狀])"
    "|主要目[标標]|工作目[标標]|行[动動]目[标標]|[规規][划劃][背]景|形[势勢]|意[义義]|背景|[现現][状狀]|前言|序言"
)
_CLOSING = keywords("保障|组织实施|实施机制|工作要求|附[则件表]|名词解释|环境影响")


class Role(Enum):
    """What a top-level part holds, read from its title: THEME is a chapter between a
    plan's aims and its safeguards, when no part is called 主要任务: the chapter is a
    task group and its sections (or items) are the tasks."""

    PLAIN = "plain"
    TASKS = "tasks"
    THEME = "theme"
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
    role: Role = Role.PLAIN  # its part's

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
    labels = _labels(paragraphs)
    roles = _part_roles([(p, label) for p, label in zip(paragraphs, labels, strict=True) if label])
    for paragraph, label in zip(paragraphs, labels, strict=True):
        if label:
            while stack and stack[-1].level >= label.level:
                stack.pop()
            parent = stack[-1] if stack else None
            role = (
                roles.get(id(paragraph), Role.PLAIN) if label.level == PART else parent.role if parent else Role.PLAIN
            )
            block = Block(label, paragraph, parent, role=role)
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


def _labels(paragraphs: list[Paragraph]) -> list[Label | None]:
    """Each paragraph's label. In a plan written in chapters (第一章 / 第一节) the 一、 /
    （一） / 1. below a 节 number its items; without 节, 一、 numbers its sections."""
    labels = [parse_label(p.text) or (style_label(p.hint) if p.hint else None) for p in paragraphs]
    annex = next((n for n, p in enumerate(paragraphs) if _ANNEX.fullmatch(p.text) and any(labels[:n])), None)
    if annex is not None and any(labels[annex:]):
        # A notice numbers its own points (一、高度重视…) before the plan it sends as 附件:
        # the notice is the plan's front matter.
        labels[:annex] = [None] * annex
    chapters = sum(1 for label in labels if label and label.chapter and label.level == PART)
    if chapters < 2:
        return labels
    # Below 第X节 every other number is an item; without 节 the highest other number takes
    # the place of a 节 and the rest are items.
    used = sorted({label.level for label in labels if label and not label.chapter and label.level < BOX})
    sections = any(label and label.chapter and label.level == SECTION for label in labels)
    below = [ITEM] if sections else [SECTION, ITEM]
    levels = {level: below[min(k, len(below) - 1)] for k, level in enumerate(used)}
    return [
        replace(label, level=levels[label.level]) if label and not label.chapter and label.level in levels else label
        for label in labels
    ]


def _part_roles(headings: list[tuple[Paragraph, Label]]) -> dict[int, Role]:
    """Role of each part by id of its heading paragraph. Without a part named for its
    tasks, the parts between the plan's aims (if any) and its closing parts (if any)
    that hold numbered headings are its themes."""
    parts = [(n, p, p.text[label.end :]) for n, (p, label) in enumerate(headings) if label.level == PART]
    roles = {
        id(p): Role.TASKS if _TASKS.search(title) else Role.SAFEGUARDS if _SAFEGUARDS.search(title) else Role.PLAIN
        for _, p, title in parts
    }
    if not parts or any(role is Role.TASKS for role in roles.values()):
        return roles
    preamble = [k for k, (_, _, title) in enumerate(parts) if _PREAMBLE.search(title)]
    closing = [k for k, (_, _, title) in enumerate(parts) if _CLOSING.search(title)]
    first, last = (preamble[0] if preamble else -1), (closing[-1] if closing else len(parts))
    ends = [n for n, _, _ in parts[1:]] + [len(headings)]
    for k, ((n, p, _), end) in enumerate(zip(parts, ends, strict=True)):
        if first < k < last and k not in preamble and k not in closing and end > n + 1:
            roles[id(p)] = Role.THEME
    return roles


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
        return NodeKind.TASK_GROUP if block.role is Role.THEME else NodeKind.PART
    if block.stage:
        return NodeKind.STAGE
    role = block.role
    if role is Role.THEME:
        return _theme_kind(block)
    if role is Role.TASKS:
        has_items = any(child.level == ITEM for child in block.children)
        return NodeKind.TASK_GROUP if block.level == SECTION and has_items else NodeKind.TASK
    if role is Role.SAFEGUARDS and is_safeguard:
        return NodeKind.SAFEGUARD
    return NodeKind.SECTION if block.level == SECTION else NodeKind.TEXT


def _theme_kind(block: Block) -> NodeKind:
    """In a theme chapter the tasks are its sections, else its items; what lies below a
    task is part of its text."""
    part = block
    while part.parent:
        part = part.parent
    task_level = SECTION if any(child.level == SECTION for child in part.children) else ITEM
    if block.level == task_level and block.parent is part:
        return NodeKind.TASK
    return NodeKind.TEXT


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
