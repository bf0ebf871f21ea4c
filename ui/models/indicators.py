"""Columns of the indicator table: definition, baseline and targets, and the value each
province reported in the chosen period (editable in place)."""

from __future__ import annotations

from ui import labels
from ui.models.base import Column, RowTableModel
from ui.text import QT_TRANSLATE_NOOP
from workbench.browse import PROVINCES, IndicatorRow

VALUE_PREFIX = "value:"


def _targets(row: IndicatorRow) -> str:
    return "；".join(f"{year}: {value:g}" + (f" ({stage})" if stage else "") for year, value, stage in row.targets)


def _baseline(row: IndicatorRow) -> str:
    return "" if row.baseline_value is None else f"{row.baseline_value:g} ({row.baseline_year})"


def _value_column(code: str) -> Column:
    return Column(
        VALUE_PREFIX + code,
        labels.REGION[code],
        lambda r: r.values.get(code),
        editor="number",
        numeric=True,
        context=labels.CONTEXT,
    )


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Indicator"), lambda r: r.name, sort=lambda r: r.seq),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.unit),
    Column("scope", QT_TRANSLATE_NOOP("Columns", "Scope"), lambda r: labels.region(r.scope_region)),
    Column(
        "baseline", QT_TRANSLATE_NOOP("Columns", "Baseline"), _baseline, sort=lambda r: r.baseline_value, numeric=True
    ),
    Column("targets", QT_TRANSLATE_NOOP("Columns", "Targets"), _targets),
    *(_value_column(code) for code in PROVINCES),
)


class IndicatorModel(RowTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, key=lambda r: r.id, parent=parent)
