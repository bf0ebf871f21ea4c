"""Read-only tables: search hits, a task's history, the audit log, submission records."""

from __future__ import annotations

from ui import labels
from ui.models.base import Column, RowTableModel
from ui.text import QT_TRANSLATE_NOOP

SEARCH_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda h: labels.kind(h.kind)),
    Column("plan", QT_TRANSLATE_NOOP("Columns", "Plan"), lambda h: h.plan_title),
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), lambda h: h.number),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda h: h.title),
    Column("snippet", QT_TRANSLATE_NOOP("Columns", "Found in"), lambda h: h.snippet),
)
HISTORY_COLUMNS = (
    Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), lambda h: h.period),
    Column(
        "region",
        QT_TRANSLATE_NOOP("Columns", "Region"),
        lambda h: labels.region(h.region),
        sort=lambda h: labels.region_order(h.region),
    ),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda h: labels.status(h.status)),
    Column("percent", QT_TRANSLATE_NOOP("Columns", "Done %"), lambda h: h.percent, numeric=True),
    Column("progress", QT_TRANSLATE_NOOP("Columns", "Progress made"), lambda h: h.progress),
    Column("problems", QT_TRANSLATE_NOOP("Columns", "Problems"), lambda h: h.problems),
    Column("next_steps", QT_TRANSLATE_NOOP("Columns", "Next steps"), lambda h: h.next_steps),
    Column("origin", QT_TRANSLATE_NOOP("Columns", "Source"), lambda h: h.origin),
)
AUDIT_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("Columns", "When"), lambda a: a.at, sort=lambda a: a.id),
    Column("entity", QT_TRANSLATE_NOOP("Columns", "What"), lambda a: labels.kind(a.entity)),
    Column(
        "key",
        QT_TRANSLATE_NOOP("Columns", "Which"),
        lambda a: " · ".join(x for x in (a.item, labels.region(a.region), a.period) if x) or a.key,
    ),
    Column("field", QT_TRANSLATE_NOOP("Columns", "Field"), lambda a: labels.field(a.field)),
    Column("old", QT_TRANSLATE_NOOP("Columns", "Old value"), lambda a: labels.value(a.field, a.old)),
    Column("new", QT_TRANSLATE_NOOP("Columns", "New value"), lambda a: labels.value(a.field, a.new)),
    Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), lambda a: a.source),
    Column("who", QT_TRANSLATE_NOOP("Columns", "Who"), lambda a: a.who),
)


def search_model(parent: object = None) -> RowTableModel:
    return RowTableModel(SEARCH_COLUMNS, key=lambda h: (h.kind, h.id), parent=parent)


def history_model(parent: object = None) -> RowTableModel:
    return RowTableModel(HISTORY_COLUMNS, key=lambda h: (h.region, h.period), parent=parent)


def audit_model(parent: object = None) -> RowTableModel:
    return RowTableModel(AUDIT_COLUMNS, key=lambda a: (a.id, a.field), parent=parent)
