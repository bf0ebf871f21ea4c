"""Plan text → ParsedPlan: the pure parser, the same for .txt, .docx and tests."""

from __future__ import annotations

from collections.abc import Mapping

from workbench.errors import InputError
from workbench.planning import preview
from workbench.planning.document import NodeKind, ParsedPlan, ParsedStage, Span

from .indicators import extract_indicators
from .labels import PART
from .metadata import read_metadata
from .outline import build_outline, to_nodes
from .paragraphs import normalise, split_paragraphs
from .projects import extract_projects
from .safeguards import extract_safeguards
from .tasks import extract_tasks


def parse_plan_text(text: str, source_name: str, heading_levels: Mapping[int, int] | None = None) -> ParsedPlan:
    """Parse a plan; heading_levels maps line numbers to the outline level (1–3) a Word
    heading style gives them. Raises only InputError (file.empty, plan.not_a_plan)."""
    source = normalise(text)
    if not source.strip():
        raise InputError("file.empty", path=source_name)
    outline = build_outline(split_paragraphs(source, heading_levels or {}))
    stages = [(block, block.stage) for block in outline.blocks() if block.kind is NodeKind.STAGE and block.stage]
    metadata = read_metadata(outline.front, [stage for _, stage in stages], source_name)
    tasks = extract_tasks(outline, metadata.region)
    if not tasks and not any(root.level == PART for root in outline.roots):
        raise InputError("plan.not_a_plan", path=source_name)
    plan = ParsedPlan(
        metadata=metadata,
        source_text=source,
        source_name=source_name,
        outline=to_nodes(outline.roots),
        tasks=tasks,
        projects=extract_projects(outline),
        safeguards=extract_safeguards(outline),
        indicators=extract_indicators(outline, (metadata.period_start, metadata.period_end), metadata.region),
        stages=[
            ParsedStage(stage.label, stage.start_year, stage.end_year, Span(b.heading.start, b.end))
            for b, stage in stages
        ],
    )
    plan.warnings = preview.check(plan)
    return plan
