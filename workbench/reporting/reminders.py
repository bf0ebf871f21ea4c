"""Reminders (催报): a notice to each region past its deadline with something still missing (see
`lateness.Lateness.needs_reminder`), naming the plan, the period, the deadline, what is missing and the office's
contact printed on the template issued. Pure wording; the exporter writes it as an official document and the
mail text beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workbench import messages
from workbench.planning import plans
from workbench.reference import periods
from workbench.reporting import layout
from workbench.reporting.lateness import Lateness, lateness
from workbench.reporting.model import listed
from workbench.storage.workspace import Workspace


@dataclass(frozen=True)
class ReminderNotice:
    region: str
    region_name: str
    title: str
    addressee: str  # the salutation line: 上海市：
    paragraphs: tuple[str, ...]
    signature: str
    date: str  # written out: 2023年7月20日
    file_stem: str  # the notice's file name without suffix
    lateness: Lateness

    def mail_text(self) -> str:
        """The text to paste into a mail: the notice as plain lines."""
        return "\n\n".join([self.title, self.addressee, *self.paragraphs, f"{self.signature}\n{self.date}"]) + "\n"


def written_date(iso: str) -> str:
    """2023-07-05 → 2023年7月5日, as official documents write a date."""
    d = date.fromisoformat(iso[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def _missing(item: Lateness, lang: str | None) -> str:
    if not item.has_file:
        return messages.text("remind.no_file", lang)
    parts = []
    if item.missing_tasks:
        parts.append(
            messages.text("remind.tasks", lang, n=len(item.missing_tasks), codes=listed(list(item.missing_tasks)))
        )
    if item.missing_indicators:
        parts.append(
            messages.text(
                "remind.indicators", lang, n=len(item.missing_indicators), codes=listed(list(item.missing_indicators))
            )
        )
    return messages.text("remind.unfilled", lang, what=messages.text("remind.and", lang).join(parts))


def notice(plan_title: str, period_code: str, item: Lateness, today: str, lang: str | None = None) -> ReminderNotice:
    label = layout.period_label(period_code)
    body = [
        messages.text(
            "remind.body",
            lang,
            plan=plan_title,
            label=label,
            deadline=written_date(item.deadline),
            today=written_date(today),
            missing=_missing(item, lang),
            days=item.days_late,
        ),
        messages.text("remind.request", lang),
    ]
    if item.contact:
        body.append(messages.text("remind.contact", lang, contact=item.contact))
    return ReminderNotice(
        item.region,
        item.region_name,
        messages.text("remind.title", lang, plan=plan_title, label=label),
        f"{item.region_name}：",
        tuple(body),
        messages.text("remind.signature", lang),
        written_date(today),
        messages.text("remind.file", lang, region=item.region_name, period=period_code),
        item,
    )


def reminders(
    workspace: Workspace, plan_ref: str | int, period_code: str, *, today: str | None = None, lang: str | None = None
) -> list[ReminderNotice]:
    """One notice per region that needs a reminder, in the regions' order; none when every region is on time."""
    plan = plans.resolve(workspace, plan_ref)
    period = periods.parse(period_code).code
    today = today or date.today().isoformat()
    return [
        notice(plan["title"], period, item, today, lang)
        for item in lateness(workspace, plan["id"], period, today=today)
        if item.needs_reminder
    ]
