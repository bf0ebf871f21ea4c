"""Every column reading a table reader can report has words for the dry run and the review."""

from __future__ import annotations

from importers.plan_document.tables import indicators, projects, tasks
from workbench.planning.document import ColumnMapping
from workbench.planning.table_fields import describe


def test_every_field_a_table_reader_names_has_words():
    named = {name for module in (tasks, indicators, projects) for name, _ in module.FIELDS if name}
    named -= {"year", "scope"}  # never shown: a value column shows as baseline:YEAR or target:YEAR[@REGION]
    for name in sorted(named | {"baseline:2020", "target:2025@SH"}):
        assert describe(ColumnMapping("h", name))
