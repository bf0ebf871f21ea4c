"""Every wrong, malformed or hostile returned workbook is refused with its reason,
quickly, in bounded memory; plans, progress and values are unchanged by content and at
most the record of the refused attempt is added."""

from __future__ import annotations

import pytest

from tests.reliability.bounded import assert_bounded, feed
from tests.reliability.hostile_submissions import CATEGORIES, PER_CATEGORY, corpus
from tests.workbench.reporting.workbooks import snapshot, submissions
from workbench.storage.workspace import Workspace

TAKE = """
from workbench.app import services
def take(ws, path):
    outcome = services.submit(ws, path)
    if outcome.status in ("accepted", "duplicate", "valid"):
        return None
    return [[p.code for p in outcome.problems], "\\n".join(p.text() for p in outcome.problems)]
"""


def test_the_corpus_is_large_and_varied():
    assert len(CATEGORIES) >= 20 and len(CATEGORIES) * PER_CATEGORY >= 100


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_hostile_submissions_are_refused(category, js_workspace, tmp_path):
    base, template = js_workspace
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
