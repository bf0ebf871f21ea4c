"""Every malformed or hostile plan document is refused clearly, quickly, in bounded
memory, and the workspace is left byte-for-byte as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import SEED_000
from tests.reliability.bounded import assert_bounded, feed
from tests.reliability.hostile_documents import CATEGORIES, PER_CATEGORY, corpus

TAKE = """
from workbench.app import services
def take(ws, path):
    services.import_plan(ws, path)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_corpus_is_large_and_varied(tmp_path):
    files = list(corpus(tmp_path))
    assert len(CATEGORIES) >= 20 and len(files) >= 100


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> dict[str, list[Path]]:
    by_category: dict[str, list[Path]] = {}
    for name, path in corpus(tmp_path_factory.mktemp("hostile")):
        by_category.setdefault(name, []).append(path)
    return by_category


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_hostile_documents_are_refused(category, corpus_dir, tmp_path):
    from workbench.app import services
    from workbench.storage.workspace import Workspace

    ws_path = tmp_path / "ws.sqlite"
    with Workspace.open(ws_path, create=True) as ws:
        services.import_plan(ws, SEED_000)
    before = digest(ws_path)
    report = feed(ws_path, TAKE, corpus_dir[category])
    assert len(report["results"]) == PER_CATEGORY
    for r in report["results"]:
        assert r["refused"], f"imported: {r['path']}"
        code, text = r["refused"]
        # A plan may be a sheet now: a file named .xlsx is refused by the workbook reader's checks ("xlsx.").
        assert code.startswith(("file.", "plan.", "xlsx.")), r
        assert Path(r["path"]).name in text  # says which file
    assert_bounded(report)
    assert digest(ws_path) == before
