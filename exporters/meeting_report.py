"""The joint meeting's report (.docx) from a `MeetingReport`: title, overview with figures, progress by task
group with each lagging task in its region's own words, indicators against their targets with verdicts, charts,
late returns and copied narratives, and a per-region annex table, laid out by `official_docx`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from exporters import official_docx
from exporters.official_docx import OfficialDocument
from exporters.png_bars import stacked_bar, swatch
from exporters.workbook_style import STATUS_COLOURS
from workbench import messages
from workbench.errors import Cancelled
from workbench.reference import regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting.meeting import STATUS_ORDER, MeetingReport
from workbench.reporting.narratives import THRESHOLD
from workbench.reporting.reminders import written_date
from workbench.reporting.summary import NOT_REPORTED
from workbench.tracking.trajectory import Verdict

NUMBERS = "一二三四五六七八九十"
VERDICT_COLOURS = {Verdict.ON_TRACK: "70AD47", Verdict.OFF_TRACK: "C00000", Verdict.NOT_REPORTED: "D9D9D9"}
CHART_WIDTHS = (30, 84, 42)  # label, bar, figures: the 156 mm text block


def t(code: str, **params: object) -> str:
    return messages.text(code, None, **params)


def status_label(status: str) -> str:
    return t("summary.not_reported") if status == NOT_REPORTED else TaskStatus(status).label()


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if abs(value) >= 1000 or float(value).is_integer() else f"{value:,.2f}".rstrip("0")


def _group_number(index: int) -> str:
    """（一）…（十）, then （11）: the second level's numbering, shared by the headings and the chart's rows."""
    return f"（{NUMBERS[index]}）" if index < len(NUMBERS) else f"（{index + 1}）"


def _counts_text(counts: Counter) -> str:
    """已完成 3 项、推进中 5 项……, the statuses present, in their order."""
    return "、".join(t("meeting.count", label=status_label(s), n=counts[s]) for s in STATUS_ORDER if counts[s])


def _chart(doc: OfficialDocument, caption: str, rows: list[tuple[str, list[tuple[float, str]], str]]) -> None:
    """A bar chart as a table: label, the bar's image, its figures; bars share one scale."""
    scale = max((sum(a for a, _ in segments) for _, segments, _ in rows), default=0) or 1
    doc.caption(caption)
    doc.table(
        [t("meeting.chart.label"), t("meeting.chart.bar"), t("meeting.chart.figures")],
        [(label, stacked_bar(segments, scale), figures) for label, segments, figures in rows],
        CHART_WIDTHS,
    )


def _legend(doc: OfficialDocument, items: list[tuple[str, str]]) -> None:
    doc.legend([(label, swatch(colour)) for label, colour in items])


def _overview(doc: OfficialDocument, report: MeetingReport) -> None:
    verdicts = report.verdict_totals()
    doc.heading(1, t("meeting.h.overview"))
    doc.paragraph(
        t(
            "meeting.overview",
            plan=report.plan_title,
            label=report.period_label,
            reported=len(report.reported),
            regions=len(report.regions),
            names="、".join(report.reported) or t("meeting.none"),
            reports=sum(report.status_totals.values()),
            counts=_counts_text(report.status_totals) or t("meeting.none"),
            indicators=t(
                "meeting.overview_indicators",
                judged=sum(verdicts.values()),
                on=verdicts[Verdict.ON_TRACK],
                off=verdicts[Verdict.OFF_TRACK],
                missing=verdicts[Verdict.NOT_REPORTED] + verdicts[Verdict.NO_DATA],
            )
            if report.indicators
            else t("meeting.no_indicators"),
            late=len(report.late),
            copied=len(report.copied),
        )
    )
    _chart(
        doc,
        t("meeting.chart.status"),
        [
            (
                row.region_name,
                [(row.counts[s], STATUS_COLOURS[s]) for s in STATUS_ORDER],
                _counts_text(row.counts) or t("meeting.none"),
            )
            for row in report.regions
        ],
    )
    _legend(doc, [(status_label(s), STATUS_COLOURS[s]) for s in STATUS_ORDER])


def _groups(doc: OfficialDocument, report: MeetingReport) -> None:
    doc.heading(1, t("meeting.h.tasks"))
    _chart(
        doc,
        t("meeting.chart.groups"),
        [
            (
                _group_number(i),
                [(g.counts[s], STATUS_COLOURS[s]) for s in STATUS_ORDER],
                _counts_text(g.counts) or t("meeting.none"),
            )
            for i, g in enumerate(report.groups)
        ],
    )
    for i, group in enumerate(report.groups):
        doc.heading(2, f"{_group_number(i)}{group.title or t('meeting.ungrouped')}")
        doc.paragraph(
            t(
                "meeting.group",
                tasks=group.tasks,
                reports=sum(group.counts.values()),
                counts=_counts_text(group.counts) or t("meeting.none"),
                lagging=len(group.lagging),
            )
        )
        for n, item in enumerate(group.lagging, 1):
            percent = "" if item.percent is None else t("meeting.percent", percent=_number(item.percent))
            doc.lead_in(
                t("meeting.lagging", n=n, title=item.title, region=item.region_name, percent=percent, number=item.code),
                item.words or t("meeting.no_words"),
            )


def _indicators(doc: OfficialDocument, report: MeetingReport) -> None:
    doc.heading(1, t("meeting.h.indicators"))
    if not report.indicators:
        doc.paragraph(t("meeting.no_indicators"))
        return
    totals = report.verdict_totals()
    doc.paragraph(
        t(
            "meeting.indicators",
            n=len(report.indicators),
            judged=sum(totals.values()),
            on=totals[Verdict.ON_TRACK],
            off=totals[Verdict.OFF_TRACK],
        )
    )
    rows = []
    for ind in report.indicators:
        for v in ind.verdicts:
            rows.append(
                (
                    f"{ind.code}. {ind.name}",
                    f"{_number(ind.target)}{ind.unit}（{ind.target_year}）" if ind.target is not None else "—",
                    v.region_name,
                    _number(v.value),
                    _number(v.expected),
                    t(f"verdict.{v.verdict.value}"),
                )
            )
    doc.table(
        [t(f"meeting.col.{c}") for c in ("indicator", "target", "region", "actual", "expected", "verdict")],
        rows,
        (46, 28, 18, 22, 22, 20),
    )
    shown = [Verdict.ON_TRACK, Verdict.OFF_TRACK, Verdict.NOT_REPORTED]
    _chart(
        doc,
        t("meeting.chart.verdicts"),
        [
            (
                row.region_name,
                [
                    (
                        sum(
                            1
                            for i in report.indicators
                            for v in i.verdicts
                            if v.region == row.region and v.verdict == s
                        ),
                        VERDICT_COLOURS[s],
                    )
                    for s in shown
                ],
                t("meeting.on_off", on=row.on_track, off=row.off_track),
            )
            for row in report.regions
        ],
    )
    _legend(doc, [(t(f"verdict.{s.value}"), VERDICT_COLOURS[s]) for s in shown])


def _returns(doc: OfficialDocument, report: MeetingReport) -> None:
    doc.heading(1, t("meeting.h.returns"))
    doc.heading(2, t("meeting.h.late"))
    if not report.late:
        doc.paragraph(t("meeting.no_late"))
    for n, item in enumerate(report.late, 1):
        if item.has_file:
            text = t("meeting.late_return", deadline=item.deadline, received=item.received_at[:10], days=item.days_late)
        else:
            text = t("meeting.late_missing", deadline=item.deadline, days=item.days_late)
        doc.lead_in(f"{n}. {item.region_name}：", text)
    doc.heading(2, t("meeting.h.copied"))
    doc.paragraph(t("meeting.copied", n=len(report.copied), threshold=THRESHOLD))
    if report.copied:
        doc.table(
            [t(f"meeting.col.{c}") for c in ("task", "region", "fields", "similarity")],
            [
                (
                    f"{c.task_code} {c.task_title}",
                    c.region_name,
                    "、".join(t(f"summary.{f}") for f in c.fields),
                    f"{c.similarity:.2f}",
                )
                for c in report.copied
            ],
            (84, 22, 30, 20),
        )


def _annex(doc: OfficialDocument, report: MeetingReport) -> None:
    doc.page_break()
    doc.annex_label(t("meeting.annex"))
    doc.title(t("meeting.annex_title", label=report.period_label))
    statuses = STATUS_ORDER
    rows = []
    for row in report.regions:
        late = row.lateness
        received = late.received_at[:10] if late and late.received_at else "—"
        overdue = t("meeting.yes") if late and late.overdue else t("meeting.no")
        rows.append(
            (
                row.region_name,
                received,
                overdue,
                *(row.counts[s] for s in statuses),
                _number(row.mean_percent),
                f"{row.on_track}/{row.off_track}",
                row.copied,
            )
        )
    doc.table(
        [
            t("meeting.col.region"),
            t("meeting.col.received"),
            t("meeting.col.overdue"),
            *(status_label(s) for s in statuses),
            t("meeting.col.mean"),
            t("meeting.col.on_off"),
            t("meeting.col.copies"),
        ],
        rows,
        (16, 20, 11, *[12] * len(statuses), 14, 13, 10),
    )


SECTIONS = (_overview, _groups, _indicators, _returns)


def build(
    report: MeetingReport,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> OfficialDocument:
    title = t("meeting.title", plan=report.plan_title, label=report.period_label)
    doc = OfficialDocument(title)
    doc.title(title)
    doc.paragraph(t("meeting.intro", plan=report.plan_title, label=report.period_label, reporters=report.reporters))
    steps = [*SECTIONS, _annex]
    for index, section in enumerate(steps):
        if cancel and cancel():
            raise Cancelled("cancelled")
        if section is _annex:
            names = "、".join(regions.BY_CODE[code].name for code in report.basis.regions)
            doc.paragraph(t(f"meeting.basis.{report.basis.kind}", regions=names))
            doc.signature(t("remind.signature"), written_date(report.date))
        section(doc, report)
        if progress:
            progress(index + 1, len(steps))
    return doc


def write_meeting_report(
    report: MeetingReport,
    path: str | Path,
    *,
    workspace: Path | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Path:
    """Nothing is written when cancelled; an existing file is replaced only with *force*, the workspace's own
    files never."""
    return official_docx.save_new(
        lambda: build(report, progress=progress, cancel=cancel), path, workspace=workspace, force=force
    )
