"""What re-importing a corrected version of a plan changes, item by item and field by field, worded for the
command line and the window alike; and the refusal when it would lose what the workspace holds.

Pure data: no I/O, no SQL, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench import messages
from workbench.errors import WorkbenchError
from workbench.values import display

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
KINDS = ("plan", "task", "indicator", "project", "safeguard")
_SHOWN_CHARS = 24  # of a long old or new value in a change line
_NOT_SHOWN = ("body",)  # named in a change line, without its old and new text


class Refused(WorkbenchError):
    """An update that would lose what the workspace holds, or a second plan of the same title."""

    exit_code = 1


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class ItemChange:
    kind: str  # one of KINDS
    change: str  # ADDED, REMOVED or CHANGED
    item_id: int | None  # in the workspace; None for an item added
    number: str
    title: str
    fields: tuple[FieldChange, ...] = ()
    held: int = 0  # progress rows or values of an item removed: more than none refuses the update

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()

    def text(self, lang: str | None = None) -> str:
        kind = messages.text(f"reimport.kind.{self.kind}", lang)
        if self.change == CHANGED:
            return messages.text(
                "reimport.changed",
                lang,
                kind=kind,
                label=self.label,
                fields="，".join(_field(f, lang) for f in self.fields),
            )
        code = "reimport.removed_held" if self.held else f"reimport.{self.change}"
        return messages.text(code, lang, kind=kind, label=self.label, count=self.held)

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "change": self.change,
            "id": self.item_id,
            "number": self.number,
            "title": self.title,
            "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in self.fields],
            "held": self.held,
        }


def _shown(value: object) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        return "、".join(f"{v[0]}: {display(v[1])}" if isinstance(v, list) and len(v) == 2 else str(v) for v in value)
    text = display(value) if isinstance(value, float) else str(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _field(change: FieldChange, lang: str | None) -> str:
    name = messages.text(f"reimport.field.{change.field}", lang)
    if change.field in _NOT_SHOWN:
        return name
    return messages.text("reimport.field", lang, field=name, old=_shown(change.old), new=_shown(change.new))


@dataclass(frozen=True)
class PlanUpdate:
    """What re-importing a new version would change; `update` writes exactly this or refuses."""

    plan_id: int
    title: str  # the plan's title in the workspace
    changes: tuple[ItemChange, ...]
    # per kind, for each item of the new version in order, the id of the item it updates (None: added)
    matched: dict[str, tuple[int | None, ...]] = field(default_factory=dict, compare=False)

    @property
    def refused(self) -> tuple[ItemChange, ...]:
        return tuple(c for c in self.changes if c.change == REMOVED and c.held)

    def count(self, change: str) -> int:
        return sum(c.change == change and c.kind != "plan" for c in self.changes)

    def header(self, lang: str | None = None) -> str:
        if not self.changes:
            return messages.text("reimport.no_changes", lang)
        return messages.text(
            "reimport.header",
            lang,
            plan_id=self.plan_id,
            title=self.title,
            added=self.count(ADDED),
            removed=self.count(REMOVED),
            changed=self.count(CHANGED),
        )

    def refusal(self) -> Refused:
        items = "；".join(
            messages.text("reimport.held", kind=messages.text(f"reimport.kind.{c.kind}"), label=c.label, count=c.held)
            for c in self.refused
        )
        return Refused("reimport.removes_progress", title=self.title, items=items)

    def as_dict(self) -> dict:
        return {
            "plan_id": self.plan_id,
            "title": self.title,
            "added": self.count(ADDED),
            "removed": self.count(REMOVED),
            "changed": self.count(CHANGED),
            "refused": bool(self.refused),
            "changes": [c.as_dict() for c in self.changes],
        }
