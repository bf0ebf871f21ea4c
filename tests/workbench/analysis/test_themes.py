"""Themes across plans on the real seeds: proposals, decisions stored and audited, a theme across three plans."""

from __future__ import annotations

import json
import time

import pytest

from db.queries import audit
from workbench.analysis import similarity, themes
from workbench.storage.workspace import Workspace

# 数据共享 recurs: 十二五's e-government resource sharing, 十三五's government data opened and shared,
# 数字干线's regional data cooperation.
SHARING = {
    "共同推进区域电子政务应用": "长三角区域信息化合作“十二五”规划",
    "推动区域政务大数据开放共享应用": "长三角区域信息化合作“十三五”规划(2016-2020年)",
    "加强区域数据合作": "长三角数字干线发展规划纲要",
}


def link_between(proposals: dict, first: str, second: str) -> str:
    for c in proposals["proposals"]:
        titles = {t["id"]: t["title"] for t in c["tasks"]}
        for link in c["links"]:
            a, b = (titles.get(int(x)) for x in link["id"].split("-"))
            if {a, b} == {first, second}:
                return link["id"]
    raise AssertionError(f"no link proposed between {first} and {second}")


def test_a_theme_links_tasks_of_three_seed_plans(demo_path, cli):
    code, out, _ = cli("themes", "--json", workspace=demo_path)
    assert code == 0
    proposals = json.loads(out)
    assert proposals["themes"] == [] and proposals["threshold"] == similarity.THRESHOLD
    first = link_between(proposals, "共同推进区域电子政务应用", "推动区域政务大数据开放共享应用")
    second = link_between(proposals, "推动区域政务大数据开放共享应用", "加强区域数据合作")
    assert cli("theme", "confirm", first, workspace=demo_path)[0] == 0
    assert cli("theme", "confirm", second, workspace=demo_path)[0] == 0
    code, out, _ = cli("themes", "--json", workspace=demo_path)
    (theme,) = json.loads(out)["themes"]
    assert theme["tasks"] == 3 and theme["plans"] == 3
    assert cli("theme", "name", str(theme["id"]), "数据共享", workspace=demo_path)[0] == 0
    code, out, _ = cli("theme", "show", "数据共享", "--json", workspace=demo_path)
    shown = json.loads(out)
    assert shown["name"] == "数据共享"
    by_plan = [(p["title"], [t["title"] for t in p["tasks"]]) for p in shown["plans"]]
    assert by_plan == [(plan, [task]) for task, plan in SHARING.items()]  # the plans in the order of their periods
    assert all(t["status"] for p in shown["plans"] for t in p["tasks"])  # each task's last status
    # decided links are not proposed again
    code, out, _ = cli("themes", "--json", workspace=demo_path)
    listed = {link["id"] for c in json.loads(out)["proposals"] for link in c["links"]}
    assert first not in listed and second not in listed
    # searched by name or by a task's title
    assert cli("themes", "--search", "政务大数据", workspace=demo_path)[1].count("数据共享") == 1
    assert "数据共享" not in cli("themes", "--search", "量子", workspace=demo_path)[1]
    with Workspace.open(demo_path, write=False) as ws:
        entries = [(e["entity"], json.loads(e["changes"])) for e in audit.entries_of(ws.db, "cli")]
    assert ("theme", {"name": [entries[1][1]["name"][1], "数据共享"]}) in entries
    assert [e for e in entries if e[0] == "theme_link"] == [("theme_link", {"decision": [None, "confirmed"]})] * 2


def test_a_rejected_link_is_not_proposed_again_and_unknown_ones_are_refused(demo_path, cli):
    proposals = json.loads(cli("themes", "--json", workspace=demo_path)[1])
    link = proposals["proposals"][0]["links"][0]["id"]
    assert cli("theme", "reject", link, workspace=demo_path)[0] == 0
    code, _, err = cli("theme", "reject", link, workspace=demo_path)
    assert code == 2 and link in err
    assert cli("theme", "confirm", "1-2", workspace=demo_path)[0] == 2  # two tasks of one plan: never proposed
    assert cli("theme", "show", "无此主题", workspace=demo_path)[0] == 2
    with Workspace.open(demo_path, write=False) as ws:
        assert all(x.id != link for x in themes.pending(ws))


def test_proposing_on_the_demo_takes_well_under_a_second(demo_path):
    with Workspace.open(demo_path, write=False) as ws:
        start = time.perf_counter()
        found = themes.candidates(ws)
        assert time.perf_counter() - start < 0.5
    assert found


def test_boilerplate_is_not_a_theme():
    assert similarity.terms("加强推进长三角区域建设") == []
    assert similarity.terms("推进ETC不停车收费") == ["ETC", "不停", "停车", "车收", "收费"]
    docs = [similarity.Doc(1, 1, "加强区域合作，推动建设"), similarity.Doc(2, 2, "加强区域合作，推进建设")]
    assert similarity.links(docs, 0.0) == []


@pytest.mark.parametrize("pairs, expected", [([(1, 2), (3, 4), (2, 5)], [[1, 2, 5], [3, 4]]), ([], [])])
def test_groups(pairs, expected):
    assert similarity.groups(pairs) == expected


def test_a_link_between_two_themes_merges_them_into_the_older(demo_path):
    with Workspace.open(demo_path) as ws:
        pending = {link.id: link for link in themes.pending(ws)}
        tasks = {r["title"]: r["id"] for r in ws.db.query("SELECT id, title FROM tasks")}

        def link(first: str, second: str) -> str:
            found = "-".join(map(str, sorted((tasks[first], tasks[second]))))
            assert found in pending
            return found

        older = themes.confirm(ws, link("推动区域政务大数据开放共享应用", "共同推进区域电子政务应用"))
        newer = themes.confirm(ws, link("建立健全信息系统和信息资源灾备体系", "推进城市间重要信息基础设施的共享"))
        assert newer != older
        merged = themes.confirm(ws, link("建立健全信息系统和信息资源灾备体系", "共同推进区域电子政务应用"))
        assert merged == older
        (theme,) = themes.listing(ws)
        assert theme["id"] == older and theme["tasks"] == 4


def test_the_digital_economy_is_proposed_as_one_theme_across_all_four_seed_plans(demo_path, cli):
    """E-commerce and the digital economy recur from 十二五 to 数字干线: one proposal holds all four plans."""
    code, out, _ = cli("themes", "--json", workspace=demo_path)
    assert code == 0
    proposals = json.loads(out)["proposals"]
    economy = next(c for c in proposals if "加快构建融合发展的电子商务生态系统" in {t["title"] for t in c["tasks"]})
    titles = {t["title"] for t in economy["tasks"]}
    assert {"加强区域经济领域信息化交流合作", "探索发展数字经济新模式", "促进贸易数字化"} <= titles
    assert len({t["plan"] for t in economy["tasks"]}) == 4
