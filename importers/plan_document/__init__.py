"""Plan documents (.txt, .docx) and plan sheets (.xlsx, .csv) → ParsedPlan: outline, tasks,
projects, safeguards, indicators, stages, metadata and how each table's columns were read,
each item with its span in the normalised source text."""

from .parser import parse_plan_text
from .reader import read_plan

__all__ = ["parse_plan_text", "read_plan"]
