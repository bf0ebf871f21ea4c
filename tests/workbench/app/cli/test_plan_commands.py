"""`workbench demo`, `plan import|list|show`, `check`, `backup`, `restore` as a script uses them."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_000, SEED_002, SEED_003
from workbench import messages


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_then_plan_list_shows_the_four_plans(cli):
    code, _, err = cli("demo")
    assert code == 0, err
    code, out, _ = cli("plan", "list", "--json")
    assert code == 0
    titles = [p["title"] for p in json.loads(out)]
    assert len(titles) == 4
    assert any("三年行动计划" in t for t in titles)
    assert any("数字干线" in t for t in titles)
    assert any("十三五" in t for t in titles) and any("十二五" in t for t in titles)


def test_demo_samples_are_labelled_and_a_rerun_resets_it(cli, workspace_path):
    cli("demo")
    from workbench.storage.workspace import Workspace

    with Workspace.open(workspace_path, write=False) as ws:
        origins = {r[0] for r in ws.db.execute("SELECT DISTINCT origin FROM task_progress")}
        assert origins == {"sample"}
        periods = [r[0] for r in ws.db.execute("SELECT code FROM periods ORDER BY start_date")]
    assert periods == ["2021H1", "2021H2", "2022H1", "2022H2", "2023H1"]
    code, _, err = cli("demo")
    assert code == 0, err
    code, out, _ = cli("plan", "list", "--json")
    assert len(json.loads(out)) == 4  # reset, not doubled


def test_demo_never_overwrites_a_real_workspace(cli, workspace_path):
    assert cli("plan", "import", str(SEED_000))[0] == 0
    before = digest(workspace_path)
    code, _, err = cli("demo")
    assert code == 3 and "不是演示工作区" in err
    assert digest(workspace_path) == before


def test_plan_import_dry_run_saves_nothing(cli, workspace_path):
    code, out, _ = cli("plan", "import", str(SEED_000), "--dry-run", "--json")
    assert code == 0
    preview = json.loads(out)
    assert preview["dry_run"] is True and preview["summary"]["tasks"] == 16
    assert not workspace_path.exists()


NO_TASKS = "长三角数据共享工作方案\n一、总体要求\n坚持统筹推进。\n二、工作机制\n建立会商机制。\n"


def test_plan_import_dry_run_prints_the_warnings(cli, tmp_path, workspace_path):
    document = tmp_path / "no_tasks.txt"
    document.write_text(NO_TASKS, encoding="utf-8")
    code, out, _ = cli("plan", "import", str(document), "--dry-run")
    assert code == 0 and not workspace_path.exists()
    for warning in ("plan.warning.no_tasks", "plan.warning.no_indicators", "plan.warning.no_period"):
        assert f"! {messages.text(warning)}" in out


def test_plan_import_json_gives_the_preview_as_data_on_both(cli, tmp_path):
    document = tmp_path / "no_tasks.txt"
    document.write_text(NO_TASKS, encoding="utf-8")
    code, out, _ = cli("plan", "import", str(document), "--dry-run", "--json")
    dry = json.loads(out)
    assert code == 0 and dry["dry_run"] is True
    assert dry["metadata"]["title"] == "长三角数据共享工作方案" and dry["metadata"]["kind"] == "实施方案"
    assert dry["counts"]["tasks"] == 0 and dry["summary"]["tasks"] == 0
    assert [w["code"] for w in dry["warnings"]] == [
        "plan.warning.no_tasks",
        "plan.warning.no_indicators",
        "plan.warning.no_period",
    ]
    assert all(w["message"] for w in dry["warnings"])
    code, out, _ = cli("plan", "import", str(document), "--json")
    saved = json.loads(out)
    assert code == 0 and saved["dry_run"] is False and saved["plan_id"]
    assert (saved["metadata"], saved["counts"], saved["warnings"]) == (dry["metadata"], dry["counts"], dry["warnings"])


def test_a_plan_without_tasks_is_never_saved_silently(cli, tmp_path):
    document = tmp_path / "no_tasks.txt"
    document.write_text(NO_TASKS, encoding="utf-8")
    code, out, _ = cli("plan", "import", str(document))
    assert code == 0
    assert f"! {messages.text('plan.warning.no_tasks')}" in out


def test_plan_import_dry_run_json_lists_responsibility_and_indicators(cli, tmp_path):
    document = tmp_path / "plan.txt"
    document.write_text(
        "江苏省数据共享行动计划（2024-2025年）\n一、发展目标\n到2025年，全省政务数据共享率达到90%。\n"
        "二、重点任务\n1.建设共享平台。加快建设。（牵头单位：省数据局；配合单位：南京市政府；完成时限：2025年底前）\n",
        encoding="utf-8",
    )
    code, out, _ = cli("plan", "import", str(document), "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["warnings"] == []
    assert preview["tasks"] == [
        {
            "number": "1",
            "group": None,
            "title": "建设共享平台",
            "lead_units": ["省数据局"],
            "cooperating_units": ["南京市政府"],
            "regions": ["JS", "JS-NJ"],
            "deadline": "2025年底前",
        }
    ]
    assert preview["indicators"] == [
        {
            "name": "政务数据共享率",
            "unit": "%",
            "scope_region": "JS",
            "baseline": None,
            "targets": [{"year": 2025, "value": 90.0, "stage": None}],
        }
    ]


def test_plan_show_json_is_the_whole_plan(cli):
    assert cli("plan", "import", str(SEED_002))[0] == 0
    code, out, _ = cli("plan", "show", "数字干线", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["format"] == "yrd-workbench/plan" and doc["format_version"] == 1
    assert doc["plan"]["doc_number"] == "青府发〔2022〕13号"
    assert len(doc["outline"]) == 10
    assert [t["title"] for t in doc["tasks"]][:2] == ["完善信息基础设施", "推动园区数字化转型"]
    assert [s["label"] for s in doc["stages"]] == ["α", "β", "γ"]
    by_scope = {i["scope_region"]: i for i in doc["indicators"] if i["name"].startswith("产业规模")}
    assert [(t["year"], t["value"]) for t in by_scope["SZST"]["targets"]] == [(2023, 5000), (2025, 7000), (2027, 10000)]
    assert [(t["year"], t["value"]) for t in by_scope["SH-QP"]["targets"]] == [(2023, 2000), (2025, 3000), (2027, 4000)]
    source = SEED_002.read_text(encoding="utf-8").replace("\r\n", "\n")
    first = doc["tasks"][0]["span"]
    assert "完善信息基础设施" in source[first[0] : first[1]]
    check = json.loads(cli("check", "--json")[1])
    assert check["ok"] is True


def test_importing_the_same_document_twice_is_refused(cli, workspace_path):
    assert cli("plan", "import", str(SEED_003))[0] == 0
    before = cli("plan", "list", "--json")[1]
    code, _, err = cli("plan", "import", str(SEED_003))
    assert code == 2 and "已导入" in err
    assert cli("plan", "list", "--json")[1] == before


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "文件为空"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "二进制"),
        ("春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。".encode(), "不像一份规划"),
        ("規劃の文書ではありません。".encode("shift_jis") + bytes([0x81, 0xFF, 0xFE]) * 30, "编码"),
    ],
)
def test_bad_documents_leave_the_workspace_byte_for_byte(cli, workspace_path, tmp_path, content, expected):
    assert cli("plan", "import", str(SEED_000))[0] == 0
    before = digest(workspace_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, _, err = cli("plan", "import", str(bad))
    assert code == 2
    assert expected in err and len(err.strip().splitlines()) == 1
    assert digest(workspace_path) == before


def test_newer_workspace_is_refused_by_every_command(cli, tmp_path):
    import sqlite3

    from db import migrations

    path = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.close()
    before = digest(path)
    for args in (["plan", "list"], ["plan", "import", str(SEED_000)], ["check"], ["backup"]):
        code, _, err = cli(*args, workspace=path)
        assert code == 3 and "更新版本" in err
    assert digest(path) == before


def test_backup_and_restore_round_trip(cli, workspace_path):
    cli("plan", "import", str(SEED_000))
    code, out, _ = cli("backup", "--json")
    saved = Path(json.loads(out)["backup"])
    plans_then = cli("plan", "list", "--json")[1]
    cli("plan", "import", str(SEED_003))
    assert len(json.loads(cli("plan", "list", "--json")[1])) == 2
    code, out, err = cli("restore", str(saved), "--json")
    assert code == 0, err
    assert json.loads(cli("plan", "list", "--json")[1]) == json.loads(plans_then)
    assert Path(json.loads(out)["previous_state"]).exists()


def test_english_messages(cli, tmp_path):
    code, _, err = cli("--lang", "en", "plan", "import", str(tmp_path / "missing.txt"))
    assert code == 2 and err.strip() == f"File not found: {tmp_path / 'missing.txt'}"


def test_the_installed_command_runs(tmp_path):
    """The console script itself, as a user's script calls it."""
    exe = Path(sys.executable).with_name("workbench")
    assert exe.exists()
    env = {**os.environ, "WORKBENCH_WORKSPACE": str(tmp_path / "ws.sqlite")}
    result = subprocess.run(
        [str(exe), "plan", "import", str(SEED_000), "--json"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["tasks"] == 16


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path):
    exe = Path(sys.executable).with_name("workbench")
    env = {**os.environ, "WORKBENCH_WORKSPACE": str(tmp_path / "ws.sqlite")}
    subprocess.run([str(exe), "plan", "import", str(SEED_003)], check=True, capture_output=True, env=env)
    # --json of 003 is far larger than a pipe's buffer, so the writer does hit the closed pipe
    with subprocess.Popen(
        [str(exe), "plan", "show", "1", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as show:
        first = show.stdout.readline()
        show.stdout.close()  # like `| head -1`
        err = show.stderr.read()
        assert show.wait(timeout=30) == 0
    assert first.strip() == b"{"
    assert err == b""
