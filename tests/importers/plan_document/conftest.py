"""Shared by the importer tests: where the seed plans are, and each seed parsed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.plan_document import read_plan
from tests.conftest import SEEDS
from workbench.planning.document import ParsedPlan


def seed_file(prefix: str) -> Path:
    """The bundled seed whose name starts with prefix, e.g. "003"."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def seed_path():
    return seed_file


@pytest.fixture(scope="session")
def seed_plan():
    """seed_plan("003") → that seed read by read_plan, parsed once per session."""
    cache: dict[str, ParsedPlan] = {}

    def load(prefix: str) -> ParsedPlan:
        if prefix not in cache:
            cache[prefix] = read_plan(seed_file(prefix))
        return cache[prefix]

    return load


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


def span_text(plan: ParsedPlan, item) -> str:
    return plan.source_text[item.span.start : item.span.end]


@pytest.fixture(scope="session")
def shown():
    """shown(plan, item) → the source text the item's span points at."""
    return span_text
