"""Plan text → ParsedPlan: the pure parser, the same for .txt, .docx and tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import accumulate

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
from .tables import SourceTable, merge_tasks, read_tables, recognise
from .tasks import extract_tasks


def parse_plan_text(
    text: str,
    source_name: str,
    heading_levels: Mapping[int, int] | None = None,
    tables: Sequence[SourceTable] = (),
) -> ParsedPlan:
    """Parse a plan; heading_levels maps line numbers to the outline level (1–3) a Word
    heading style gives them; tables are those whose rows are lines of text. The rows of a
    table read by its columns are left out of the paragraphs. Raises only InputError
    (file.empty, plan.not_a_plan)."""
    source = normalise(text)
    if not source.strip():
        raise InputError("file.empty", path=source_name)
    lines = source.split("\n")
    recognised = recognise(list(tables), lines)
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    consumed = {n for r in recognised for n in r.lines}
    # Blanks in place of the rows read as a table keep every offset into the source.
    paragraph_text = "\n".join(" " * len(line) if n in consumed else line for n, line in enumerate(lines))
    outline = build_outline(split_paragraphs(paragraph_text, heading_levels or {}))
    stages = [(block, block.stage) for block in outline.blocks() if block.kind is NodeKind.STAGE and block.stage]
    metadata = read_metadata(outline.front, [stage for _, stage in stages], source_name)
    table_items = read_tables(
        recognised,
        lambda n: Span(starts[n], starts[n] + len(lines[n])),
        (metadata.period_start, metadata.period_end),
    )
    tasks = merge_tasks(extract_tasks(outline, metadata.region), table_items.tasks)
    has_items = table_items.indicators or table_items.projects
    if not tasks and not has_items and not any(root.level == PART for root in outline.roots):
        raise InputError("plan.not_a_plan", path=source_name)
    # A table's row names no place: it is the plan's region's, as 全省 in the text is.
    in_tables = {(i.name, i.scope_region or metadata.region) for i in table_items.indicators}
    text_indicators = extract_indicators(outline, (metadata.period_start, metadata.period_end), metadata.region)
    plan = ParsedPlan(
        metadata=metadata,
        source_text=source,
        source_name=source_name,
        outline=to_nodes(outline.roots),
        tasks=tasks,
        projects=sorted(extract_projects(outline) + table_items.projects, key=lambda p: p.span.start),
        safeguards=extract_safeguards(outline),
        indicators=table_items.indicators
        + [i for i in text_indicators if (i.name, i.scope_region or metadata.region) not in in_tables],
        stages=[
            ParsedStage(stage.label, stage.start_year, stage.end_year, Span(b.heading.start, b.end))
            for b, stage in stages
        ],
        table_mappings=table_items.mappings,
    )
    plan.warnings = preview.check(plan)
    return plan
