"""What a table column was read as, in words: "lead_units" → 牵头单位, "target:2025@JS-NJ" →
2025年目标值（南京市）. The key a ColumnMapping holds is field[:year][@region]."""

from __future__ import annotations

from workbench import messages
from workbench.planning.document import ColumnMapping
from workbench.reference import regions


def describe(column: ColumnMapping) -> str:
    if column.field is None:
        return messages.text("plan.table_column_ignored")
    key, _, region = column.field.partition("@")
    name, _, year = key.partition(":")
    text = messages.text(f"plan.table_field.{name}")
    if year:
        text = messages.text("plan.table_field_year", field=text, year=year)
    if region:
        place = regions.BY_CODE.get(region)
        text = messages.text("plan.table_field_region", field=text, region=place.name if place else region)
    return text
