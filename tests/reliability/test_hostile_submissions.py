"""Every wrong, malformed or hostile returned workbook is refused with its reason,
quickly, in bounded memory; plans, progress and values are unchanged by content and at
most the record of the refused attempt is added."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.excel import plans as test_plans
from tests.excel.workbooks import fill, issue, snapshot, submissions
from tests.reliability.bounded import assert_bounded, feed
from tests.reliability.hostile_submissions import CATEGORIES, PER_CATEGORY, corpus
from workbench import plans, services
from workbench.workspace import Workspace

TAKE = """
from workbench import services
def take(ws, path):
    outcome = services.submit(ws, path)
    if outcome.status in ("accepted", "duplicate", "valid"):
        return None
    return [[p.code for p in outcome.problems], "\\n".join(p.text() for p in outcome.problems)]
"""


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, Path]:
    """A workspace with a plan, JS's template issued and one earlier file accepted."""
    folder = tmp_path_factory.mktemp("hostile-submissions")
    path = folder / "ws.sqlite"
    with Workspace.open(path, create=True) as ws:
        template = issue(ws, plans.save(ws, test_plans.plan(8)), "JS", "2023H1", folder / "issued")
        earlier = fill(template, folder / "earlier.xlsx", tasks={"1": {"status": "推进中", "percent": 50}})
        assert services.submit(ws, earlier).status == "accepted"
    return path, template


def test_the_corpus_is_large_and_varied():
    assert len(CATEGORIES) >= 20 and len(CATEGORIES) * PER_CATEGORY >= 100


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_hostile_submissions_are_refused(category, prepared, tmp_path):
    base, template = prepared
    path = tmp_path / "ws.sqlite"
    path.write_bytes(base.read_bytes())
    with Workspace.open(path, write=False) as ws:
        before, attempts = snapshot(ws), len(submissions(ws))
    files = list(corpus(template, tmp_path / "files", category))
    report = feed(path, TAKE, files)
    expected, _ = CATEGORIES[category]
    for r in report["results"]:
        assert r["refused"], f"accepted: {r['path']}"
        codes, text = r["refused"]
        assert set(codes) & set(expected), (r["path"], codes)
        assert text.strip(), "a reason a person can read"
    assert_bounded(report)
    with Workspace.open(path, write=False) as ws:
        assert snapshot(ws) == before
        added = submissions(ws)[attempts:]
    assert len(added) <= PER_CATEGORY and all(a["outcome"] == "rejected" for a in added)
