"""Deadlines and lateness (逾期) of a round: each region's deadline for a plan and period, when its accepted file
came, whether it is overdue, and what is still missing.

A region's deadline is that of the latest template issued to it for the plan and period (no template: no
deadline, never overdue). It is overdue when its accepted file came after the deadline (a late return), or when
the deadline has passed with no accepted file. Missing: no accepted file, or, in the file accepted, tasks it
reports left without status, percent or text and indicators in its scope left without a value.
The regions listed are the four provinces and every city a template was issued to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.queries import plans as plan_queries
from db.queries import reference
from db.queries import submissions as q
from workbench.planning import plans
from workbench.reference import periods
from workbench.reporting import submissions, templates
from workbench.reporting.states import RegionState
from workbench.storage.workspace import Workspace


@dataclass(frozen=True)
class Lateness:
    region: str
    region_name: str
    state: RegionState
    deadline: str  # YYYY-MM-DD; "" where no template was issued
    issued_at: str
    contact: str  # the office's contact printed on the template issued
    received_at: str  # when the accepted file came; "" without one
    file_name: str
    overdue: bool
    days_late: int  # days past the deadline: to the file's arrival, else to today; 0 when not overdue
    missing_tasks: tuple[str, ...]  # codes of the tasks it reports left unfilled in its accepted file
    missing_indicators: tuple[str, ...]

    @property
    def has_file(self) -> bool:
        return self.state == RegionState.ACCEPTED

    @property
    def late_return(self) -> bool:
        """Its file was accepted, after the deadline."""
        return self.overdue and self.has_file

    @property
    def missing(self) -> bool:
        return not self.has_file or bool(self.missing_tasks or self.missing_indicators)

    @property
    def needs_reminder(self) -> bool:
        """Past its deadline with something still missing: a reminder (催报) goes to it."""
        return self.overdue and self.missing

    def as_dict(self) -> dict:
        return {
            **{k: v for k, v in self.__dict__.items() if k not in ("missing_tasks", "missing_indicators")},
            "missing_tasks": list(self.missing_tasks),
            "missing_indicators": list(self.missing_indicators),
            "has_file": self.has_file,
            "late_return": self.late_return,
            "needs_reminder": self.needs_reminder,
        }


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def lateness(
    workspace: Workspace, plan_ref: str | int, period_code: str, *, today: str | None = None, missing: bool = True
) -> list[Lateness]:
    """Each region of the round (the provinces and the cities a template went to), in the regions' order, with
    its deadline, its accepted file, whether it is overdue and (unless not *missing*: the review shows none) what
    is missing. Read-only; used by the review, the reminders and the joint meeting's report."""
    plan = plans.resolve(workspace, plan_ref)
    period = periods.parse(period_code)
    found = reference.period_by_code(workspace.db, period.code)
    issued = q.latest_templates(workspace.db, plan["id"], found["id"]) if found else {}
    filled = q.filled_rows(workspace.db, plan["id"], found["id"]) if found and missing else {}
    ids = reference.region_ids(workspace.db)
    with_template = {code for code, region_id in ids.items() if region_id in issued}
    today = today or date.today().isoformat()
    tasks = plan_queries.tasks(workspace.db, plan["id"])
    codes = templates.task_codes(tasks)
    indicators = plan_queries.indicators(workspace.db, plan["id"])
    states = submissions.status(workspace, plan["id"], period.code, today=today)
    asked = {s.region for s in states}  # on a received plan, already the regions under the one it answers for
    if with_template - asked:
        cities = submissions.status(workspace, plan["id"], period.code, today=today, cities=True)
        states += [s for s in cities if s.region in with_template and s.region not in asked]
    result = []
    for s in states:
        template = issued.get(ids[s.region])
        has_file = s.state == RegionState.ACCEPTED
        received = s.when if has_file else ""
        end = received[:10] if has_file else today
        overdue = bool(s.deadline) and end > s.deadline
        done = filled.get(s.region, set())
        result.append(
            Lateness(
                s.region,
                s.region_name,
                s.state,
                s.deadline,
                s.issued_at,
                template["contact"] if template else "",
                received,
                s.file_name if has_file else "",
                overdue,
                _days(s.deadline, end) if overdue else 0,
                tuple(
                    codes[t["id"]]
                    for t in tasks
                    if missing and has_file and templates.reports_task(t, s.region) and ("task", t["id"]) not in done
                ),
                tuple(
                    str(i["seq"])
                    for i in indicators
                    if missing
                    and has_file
                    and templates.reports_indicator(i, s.region)
                    and ("indicator", i["id"]) not in done
                ),
            )
        )
    return result
