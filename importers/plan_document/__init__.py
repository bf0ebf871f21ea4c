"""Plan documents (.txt, .docx) → ParsedPlan: outline, tasks, projects, safeguards,
indicators, stages and metadata, each with its span in the normalised source text."""

from .parser import parse_plan_text
from .reader import read_plan

__all__ = ["parse_plan_text", "read_plan"]
