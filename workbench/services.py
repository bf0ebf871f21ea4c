"""Operations that need a file adapter, wired once for the CLI and the GUI alike.

The core modules never import importers or exporters; this module is where the
workbench's operations meet them, so `workbench plan import` and the GUI's import
dialog run the same code.
"""
from __future__ import annotations

from pathlib import Path

from importers.plan_document import read_plan
from workbench import plans
from workbench.domain import ParsedPlan
from workbench.workspace import Workspace


def extract_plan(path: str | Path) -> tuple[ParsedPlan, plans.ImportSummary]:
    """Read a plan document for review; writes nothing."""
    parsed = read_plan(path)
    return parsed, plans.summarize(parsed)


def import_plan(workspace: Workspace, path: str | Path) -> tuple[int, plans.ImportSummary]:
    parsed, summary = extract_plan(path)
    return plans.save(workspace, parsed), summary
