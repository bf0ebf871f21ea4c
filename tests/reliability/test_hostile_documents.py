"""Every malformed or hostile plan document is refused clearly, quickly, in bounded
memory, and the workspace is left byte-for-byte as it was."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_000
from tests.reliability.hostile_documents import CATEGORIES, PER_CATEGORY, corpus

SECONDS = 5.0
MEGABYTES = 300

# One child process per category: wall time and peak memory are the child's own.
RUNNER = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from workbench import services
from workbench.errors import WorkbenchError
from workbench.workspace import Workspace
results = []
with Workspace.open(sys.argv[2]) as ws:
    for path in sys.argv[3:]:
        started = time.monotonic()
        try:
            services.import_plan(ws, path)
            outcome = "IMPORTED"
        except WorkbenchError as exc:
            outcome = exc.code + " | " + exc.text()
        results.append({"path": path, "outcome": outcome, "seconds": time.monotonic() - started})
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"results": results, "peak_mb": peak_mb}, ensure_ascii=False))
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
    from workbench import services
    from workbench.workspace import Workspace
    ws_path = tmp_path / "ws.sqlite"
    with Workspace.open(ws_path, create=True) as ws:
        services.import_plan(ws, SEED_000)
    before = digest(ws_path)
    files = corpus_dir[category]
    child = subprocess.run([sys.executable, "-c", RUNNER, str(REPO), str(ws_path), *map(str, files)],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout)
    assert len(report["results"]) == PER_CATEGORY
    for r in report["results"]:
        assert r["outcome"] != "IMPORTED", r["path"]
        code, _, text = r["outcome"].partition(" | ")
        assert code.startswith(("file.", "plan.")), r
        assert Path(r["path"]).name in text or "文件" in text  # says which file, in words
        assert r["seconds"] < SECONDS, r
    assert report["peak_mb"] < MEGABYTES, report["peak_mb"]
    assert digest(ws_path) == before
