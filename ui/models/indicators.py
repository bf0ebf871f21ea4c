"""Columns of the indicator table: definition, baseline and targets, and the value each of the plan's regions
(the provinces; a received plan's region and its cities or districts) reported in the chosen period (editable in
place)."""

from __future__ import annotations

from ui import labels
from ui.models.base import Column, RowTableModel
from ui.text import QT_TRANSLATE_NOOP
from workbench.browse import IndicatorRow
from workbench.reference import regions

VALUE_PREFIX = "value:"


def _targets(row: IndicatorRow) -> str:
    return "；".join(f"{year}: {value:g}" + (f" ({stage})" if stage else "") for year, value, stage in row.targets)


def _baseline(row: IndicatorRow) -> str:
    return "" if row.baseline_value is None else f"{row.baseline_value:g} ({row.baseline_year})"


def _value_column(code: str) -> Column:
    """A province's title is translated; a city's or district's is its own (Chinese) name in every language."""
    return Column(
        VALUE_PREFIX + code,
        labels.REGION.get(code) or regions.BY_CODE[code].name,
        lambda r: r.values.get(code),
        editor="number",
        numeric=True,
        context=labels.CONTEXT,
    )


DEFINITION = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Indicator"), lambda r: r.name, sort=lambda r: r.seq),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.unit),
    Column("scope", QT_TRANSLATE_NOOP("Columns", "Scope"), lambda r: labels.region(r.scope_region)),
    Column(
        "baseline", QT_TRANSLATE_NOOP("Columns", "Baseline"), _baseline, sort=lambda r: r.baseline_value, numeric=True
    ),
    Column("targets", QT_TRANSLATE_NOOP("Columns", "Targets"), _targets),
)


class IndicatorModel(RowTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__((*DEFINITION, *map(_value_column, regions.PROVINCES)), key=lambda r: r.id, parent=parent)

    @property
    def regions(self) -> list[str]:
        """The regions with a value column, in order."""
        return [c.key.removeprefix(VALUE_PREFIX) for c in self.columns if c.key.startswith(VALUE_PREFIX)]

    def set_rows_of(self, rows: list[IndicatorRow], shown: list[str]) -> None:
        """The rows, with a value column for each region in *shown*: the columns change with the plan chosen."""
        if shown != self.regions:
            self.set_columns((*DEFINITION, *map(_value_column, shown)))
        self.set_rows(rows)
