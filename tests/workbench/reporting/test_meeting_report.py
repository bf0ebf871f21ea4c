"""The joint meeting's report for the demo's plans: official layout (page, margins, fonts Word and WPS match,
headings, page-number field), sections with the workspace's own figures, charts as PNG images, the annex table,
and a file LibreOffice opens and renders (to PDF and PNG; skipped with the reason without soffice)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.workbench.reporting.conftest import soffice_convert
from workbench.app import services
from workbench.reference import regions
from workbench.reference.statuses import TaskStatus
from workbench.reporting import meeting, templates
from workbench.storage.workspace import Workspace

PERIOD = "2023H1"
DEMO_PLANS = ("三年行动计划", "数字干线")  # the demo's plans with sample progress in 2023


def _font(run) -> dict[str, str]:
    fonts = run._element.rPr.find(qn("w:rFonts"))
    return {a: fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia")}


def _expected_counts(ws: Workspace, plan: str) -> Counter:
    """Task reports by status for the period, counted straight from the workspace."""
    plan_id = meeting.plans.resolve(ws, plan)["id"]
    rows = ws.db.query(
        "SELECT t.id, t.plan_id, r.code AS region, tp.status, (SELECT json_group_array(r2.code) FROM task_regions tr"
        " JOIN regions r2 ON r2.id = tr.region_id WHERE tr.task_id = t.id) AS regions FROM task_progress tp"
        " JOIN tasks t ON t.id = tp.task_id JOIN regions r ON r.id = tp.region_id JOIN periods p ON p.id ="
        " tp.period_id WHERE t.plan_id = ? AND p.code = ? AND r.level = 'province'",
        [plan_id, PERIOD],
    )
    return Counter(r["status"] for r in rows if templates.reports_task(r, r["region"]))


@pytest.fixture(scope="module")
def reports(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("reports")
    made = {}
    with Workspace.open(demo_template, write=False) as ws:
        for plan in DEMO_PLANS:
            path, report = services.write_meeting_report(ws, plan, PERIOD, folder / f"{plan}.docx")
            made[plan] = (path, report, _expected_counts(ws, plan))
    return made


@pytest.mark.parametrize("plan", DEMO_PLANS)
def test_layout_of_an_official_document(reports, plan):
    document = docx.Document(reports[plan][0])
    section = document.sections[0]
    sizes = (section.page_width, section.page_height)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(x.mm, 1) for x in (*sizes, *margins)] == [210, 297, 37, 35, 28, 26]  # stored in twips
    title = document.paragraphs[0]
    assert title.alignment == 1 and plan in title.text  # centred
    assert _font(title.runs[0]) == dict.fromkeys(("ascii", "hAnsi", "eastAsia"), "方正小标宋简体")
    assert title.runs[0].font.size == Pt(22)
    by_level = {
        re.compile(r"^[一二三四五六七八九十]、"): ("黑体", None),
        re.compile(r"^（[一二三四五六七八九十]）"): ("楷体_GB2312", None),
        re.compile(r"^\d+\. "): ("仿宋_GB2312", True),
    }
    seen = Counter()
    for paragraph in document.paragraphs[1:]:
        for pattern, (font, bold) in by_level.items():
            if paragraph.runs and pattern.match(paragraph.text):
                run = paragraph.runs[0]
                assert _font(run)["eastAsia"] == font and _font(run)["ascii"] == font, paragraph.text
                assert run.font.size == Pt(16) and bool(run.font.bold) == bool(bold)
                seen[font] += 1
    assert seen["黑体"] == 4 and seen["楷体_GB2312"] >= 3 and seen["仿宋_GB2312"] >= 1
    body = document.paragraphs[1]
    assert _font(body.runs[0])["eastAsia"] == "仿宋_GB2312" and body.runs[0].font.size == Pt(16)
    assert body.paragraph_format.line_spacing == Pt(28) and body.paragraph_format.first_line_indent == Pt(32)
    # page numbers "— n —" from a PAGE field, right on odd pages and left on even ones
    for footer, align in ((section.footer, 2), (section.even_page_footer, 0)):
        xml = footer._element.xml
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml and footer.paragraphs[0].text.startswith("— ")
        assert footer.paragraphs[0].alignment == align
    font_table = next(p for p in document.part.package.iter_parts() if p.partname.endswith("fontTable.xml"))
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in font_table.blob.decode()


@pytest.mark.parametrize("plan", DEMO_PLANS)
def test_sections_hold_the_workspace_figures(reports, plan):
    path, report, expected = reports[plan]
    document = docx.Document(path)
    text = "\n".join(p.text for p in document.paragraphs)
    for heading in ("一、总体情况", "二、重点任务推进情况", "三、主要指标完成情况", "四、报送情况", "附件"):
        assert heading in text
    assert expected and report.status_totals == expected
    overview = next(p.text for p in document.paragraphs if p.text.startswith("本期应报送地区"))
    for status, n in expected.items():
        assert f"{TaskStatus(status).label()}{n}项" in overview
    assert f"共报告任务进展{sum(expected.values())}项次" in overview
    # each lagging task named with its region and the region's own words
    lagging = [p.text for p in document.paragraphs if re.match(r"^\d+\. ", p.text)]
    assert len(lagging) == expected[TaskStatus.LAGGING.value] == len(report.lagging)
    assert all(item.region_name in line and item.words in line for item, line in zip(report.lagging, lagging))
    assert "本报告依据已接收的报送数据" in text
    # tables: charts, the indicators (where the plan has any), the annex with one row per province
    annex = document.tables[-1]
    assert [row.cells[0].text for row in annex.rows[1:]] == [regions.BY_CODE[r].name for r in regions.PROVINCES]
    totals = report.verdict_totals()
    if report.indicators:
        assert f"达到预期进度{totals['on_track']}项次" in text
        verdict_rows = [t for t in document.tables if t.rows[0].cells[-1].text == "判断"]
        assert len(verdict_rows[0].rows) - 1 == sum(len(i.verdicts) for i in report.indicators)
    images = [s for s in document.inline_shapes]
    assert len(images) >= len(report.regions) + len(report.groups)
    blobs = [r.target_part.blob for r in document.part.rels.values() if "image" in r.reltype]
    assert blobs and all(b.startswith(b"\x89PNG\r\n\x1a\n") for b in blobs)


def test_cli_writes_the_report_once(demo_path, tmp_path, cli):
    out = tmp_path / "报告.docx"
    code, stdout, _ = cli(
        "report", "--plan", DEMO_PLANS[0], "--period", PERIOD, "--out", str(out), "--json", workspace=demo_path
    )
    assert code == 0 and out.exists()
    found = json.loads(stdout)
    assert found["basis"] == "accepted" and found["period"] == PERIOD and sum(found["task_reports"].values()) > 0
    code, _, err = cli("report", "--plan", DEMO_PLANS[0], "--period", PERIOD, "--out", str(out), workspace=demo_path)
    assert code == 2 and "--force" in err
    code, _, err = cli("report", "--plan", DEMO_PLANS[0], "--period", "2023H3", "--out", str(out), workspace=demo_path)
    assert code == 2


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_and_renders_it(reports, tmp_path):
    path = reports[DEMO_PLANS[0]][0]
    pdf = soffice_convert(path, tmp_path, "pdf", tmp_path / "profile")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler) is not installed: the PDF was written but not rendered to PNG")
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3  # a body of several pages and the annex on its own
    assert all(p.read_bytes().startswith(b"\x89PNG") and p.stat().st_size > 5_000 for p in pages)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "总体情况" in text and re.search(r"—\s*2\s*—", text)  # the page number field, evaluated
