"""Plans received from a higher office's template (the cascade): which region this workspace answers for on
them, and the guards that keep their structure the issuer's (workbench/reporting/received.py receives them)."""

from __future__ import annotations

from db.queries import received as q
from workbench.errors import InputError
from workbench.reference import regions
from workbench.storage.workspace import Workspace


def answering_region(workspace: Workspace, plan_id: int) -> str | None:
    """The region a received plan's latest template was issued to: the one this workspace answers for on it;
    None for a plan of this workspace's own."""
    found = q.received_templates(workspace.db, plan_id)
    return found[-1]["region"] if found else None


def reporting_regions(workspace: Workspace, plan_id: int) -> list[str]:
    """The regions a plan is reported by in this workspace, in their usual order: the four provinces for a plan of
    its own; for a received one, the region this workspace answers for and the regions directly under it (a
    province's cities, a city's districts). Every view, the summary and their queries show these."""
    answering = answering_region(workspace, plan_id)
    return [answering, *regions.children(answering)] if answering else list(regions.PROVINCES)


def asked_regions(workspace: Workspace, plan_id: int, *, cities: bool = False) -> list[str]:
    """The regions a round of the plan asks (its status, its review): the provinces, with *cities* the 41 cities;
    on a received plan the regions directly under the one this workspace answers for, *cities* or not."""
    answering = answering_region(workspace, plan_id)
    if answering:
        return regions.children(answering)
    return list(regions.CITIES if cities else regions.PROVINCES)


def require_structure_editable(workspace: Workspace, plan_id: int) -> None:
    """A received plan's structure is the issuer's: changed only by the issuer's next template."""
    if answering_region(workspace, plan_id):
        raise InputError("receive.read_only", plan=plan_id)


def require_own_region(workspace: Workspace, plan_id: int, region: str) -> None:
    """On a received plan, this workspace records the region it answers for and the regions inside it only."""
    answering = answering_region(workspace, plan_id)
    if answering and not regions.within(region, answering):
        raise InputError(
            "receive.not_own_region", region=regions.BY_CODE[region].name, answering=regions.BY_CODE[answering].name
        )


def plan_of(workspace: Workspace, table: str, item_id: int) -> int | None:
    """The plan of a task (table "tasks") or an indicator ("indicators")."""
    return q.plan_of_item(workspace.db, table, item_id)
