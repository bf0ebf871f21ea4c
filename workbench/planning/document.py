"""Domain objects of a plan as extracted from a document, before and after it is saved.

Pure data: no I/O, no SQL, no Qt. Importers produce a `ParsedPlan`; the core saves it.
Every extracted item keeps a `Span` pointing at its place in `ParsedPlan.source_text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class NodeKind(StrEnum):
    PART = "part"  # 一、 top-level part
    SECTION = "section"  # （一） inside a part that is not a task container
    TASK_GROUP = "task_group"  # （一） inside a task container
    TASK = "task"
    PROJECT = "project"  # 专栏N / 重大项目
    SAFEGUARD = "safeguard"
    STAGE = "stage"  # 建设步骤 such as α/β/γ
    TEXT = "text"  # any other numbered heading


class Direction(StrEnum):
    INCREASE = "increase"  # higher is better
    DECREASE = "decrease"  # lower is better


class IndicatorAttribute(StrEnum):
    BINDING = "binding"  # 约束性
    EXPECTED = "expected"  # 预期性


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into the plan's source text."""

    start: int
    end: int


@dataclass
class OutlineNode:
    number: str  # the label exactly as printed: 一、 （一） (一) 1. 1、 专栏1
    title: str  # heading text without the label
    text: str  # the node's own original text (heading line and its paragraphs)
    kind: NodeKind
    span: Span
    children: list[OutlineNode] = field(default_factory=list)


@dataclass
class ParsedTask:
    number: str  # as printed, without punctuation: "1", "15"
    title: str  # up to and including the first 。 (without it)
    body: str
    group_number: str | None  # label of its task group, e.g. "（一）"
    group_title: str | None
    span: Span
    lead_units: list[str] = field(default_factory=list)
    cooperating_units: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)  # region codes named as responsible
    deadline: str | None = None


@dataclass
class ParsedProject:
    number: str  # "专栏1" or "" for an unnumbered major project
    title: str
    body: str
    span: Span


@dataclass
class ParsedSafeguard:
    number: str
    title: str
    body: str
    span: Span


@dataclass
class ParsedTarget:
    year: int
    value: float
    stage: str | None = None  # α / β / γ where the plan names stages
    span: Span | None = None


@dataclass
class ParsedIndicator:
    name: str
    unit: str  # unit after scaling: 亿元 stays 亿元 but 9786万个 becomes 97860000 个
    span: Span
    scope_region: str | None = None  # region code, None for the whole plan area
    direction: Direction = Direction.INCREASE
    baseline_value: float | None = None
    baseline_year: int | None = None
    targets: list[ParsedTarget] = field(default_factory=list)
    attribute: IndicatorAttribute | None = None
    group: str | None = None  # the category row of an indicator table: 数字基础设施


@dataclass
class ParsedStage:
    label: str  # α
    start_year: int
    end_year: int
    span: Span


@dataclass(frozen=True)
class ParseWarning:
    """Something the reader of a plan should check before saving it: a message code of the
    catalogue (plan.warning.*) and its parameters, worded in the user's language when shown."""

    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class PlanMetadata:
    title: str
    kind: str  # 规划 / 行动计划 / 规划纲要
    period_start: int | None = None
    period_end: int | None = None
    doc_number: str | None = None  # 文号
    issuers: list[str] = field(default_factory=list)
    issue_date: str | None = None  # ISO date
    # The region the plan is issued for (a province's or city's own plan): what 全省 / 全市
    # and 省/市 units in it mean. None for a plan of the whole delta.
    region: str | None = None


@dataclass(frozen=True)
class ColumnMapping:
    header: str  # as printed, the rows of a two-row header joined by "/"
    field: str | None  # what the column was read as ("lead_units", "target"…); None: ignored


@dataclass(frozen=True)
class TableMapping:
    """How a table's columns were read, shown for confirmation before saving."""

    location: str  # "表2（第12行）" / "Sheet1"
    kind: str  # "tasks", "indicators" or "projects"
    columns: list[ColumnMapping]


@dataclass
class ParsedPlan:
    metadata: PlanMetadata
    source_text: str
    source_name: str
    outline: list[OutlineNode] = field(default_factory=list)
    tasks: list[ParsedTask] = field(default_factory=list)
    projects: list[ParsedProject] = field(default_factory=list)
    safeguards: list[ParsedSafeguard] = field(default_factory=list)
    indicators: list[ParsedIndicator] = field(default_factory=list)
    stages: list[ParsedStage] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    table_mappings: list[TableMapping] = field(default_factory=list)
