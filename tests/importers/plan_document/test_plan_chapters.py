"""十四五-style plans (第一章…第一节…): the theme chapters between the aims and the
safeguards are task groups, their sections (or items) the tasks; in simplified and
traditional characters, as .txt and as .docx with or without Word heading styles."""

from __future__ import annotations

import pytest

from tests.importers.plan_document.documents import read_as
from workbench.planning.document import NodeKind

PLAN = [
    "江苏省“十四五”数字经济发展规划",
    "第一章 发展基础",
    "“十三五”以来，全省数字经济快速发展。",
    "第二章 总体要求",
    "第一节 指导思想",
    "坚持以习近平新时代中国特色社会主义思想为指导。",
    "第二节 发展目标",
    "到2025年，全省数字经济核心产业增加值占地区生产总值比重达到13%。",
    "第三章 建设新型数字基础设施",
    "第一节 加快5G网络建设",
    "推进5G网络深度覆盖。",
    "（1）推进共建共享。",
    "①城市地区。",
    "一、完善铁塔设施",
    "加快铁塔共享。",
    "第二节　布局算力中心",
    "建设一体化算力网络。",
    "第四章 加快产业数字化转型",
    "第一节 推进智能制造",
    "推进智能化改造。",
    "专栏1 智能制造示范工程",
    "建设100家智能工厂。",
    "第五章 保障措施",
    "第一节 加强组织领导",
    "健全工作机制。",
    "第二节 强化要素保障",
    "加大用地保障。",
]
HEADINGS = {"第": 1}


def _tasks(plan):
    return [(t.group_number, t.group_title, t.number, t.title, t.body) for t in plan.tasks]


@pytest.mark.parametrize(("form", "headings"), [("txt", None), ("docx", None), ("docx", HEADINGS)])
def test_theme_chapters_are_groups_and_their_sections_tasks(tmp_path, form, headings):
    plan = read_as(tmp_path, PLAN, form, headings)
    assert _tasks(plan) == [
        (
            "第三章",
            "建设新型数字基础设施",
            "一",
            "加快5G网络建设",
            "推进5G网络深度覆盖。\n（1）推进共建共享。\n①城市地区。\n一、完善铁塔设施\n加快铁塔共享。",
        ),
        ("第三章", "建设新型数字基础设施", "二", "布局算力中心", "建设一体化算力网络。"),
        ("第四章", "加快产业数字化转型", "一", "推进智能制造", "推进智能化改造。"),
    ]
    assert [(s.number, s.title, s.body) for s in plan.safeguards] == [
        ("一", "加强组织领导", "健全工作机制。"),
        ("二", "强化要素保障", "加大用地保障。"),
    ]
    assert [(p.number, p.title, p.body) for p in plan.projects] == [
        ("专栏1", "智能制造示范工程", "建设100家智能工厂。")
    ]
    assert [(n.number, n.title, n.kind) for n in plan.outline] == [
        ("第一章", "发展基础", NodeKind.PART),
        ("第二章", "总体要求", NodeKind.PART),
        ("第三章", "建设新型数字基础设施", NodeKind.TASK_GROUP),
        ("第四章", "加快产业数字化转型", NodeKind.TASK_GROUP),
        ("第五章", "保障措施", NodeKind.PART),
    ]
    (indicator,) = plan.indicators
    assert (indicator.name, indicator.unit, indicator.scope_region) == (
        "数字经济核心产业增加值占地区生产总值比重",
        "%",
        "JS",
    )
    assert [(t.year, t.value) for t in indicator.targets] == [(2025, 13)]
    m = plan.metadata
    assert (m.title, m.kind, m.period_start, m.period_end) == ("江苏省“十四五”数字经济发展规划", "规划", 2021, 2025)


def test_traditional_characters(tmp_path):
    lines = [
        "上海市促進城市數字化轉型“十四五”規劃",
        "上海市人民政府",
        "二〇二一年十月",
        "第一章　發展基礎",
        "全市數字化轉型取得積極成效。",
        "第二章　總體要求",
        "第一節　發展目標",
        "到2025年，全市數據中心標準機架達到10萬架。",
        "第三章　推動經濟數字化轉型",
        "第一節　建設工業互聯網",
        "推動工業互聯網平台建設。",
        "第二節　發展數字貿易",
        "建設數字貿易國際樞紐港。",
        "專欄1　數字貿易重點工程",
        "建設跨境數據服務平台。",
        "第四章　保障措施",
        "第一節　加強組織領導",
        "建立工作機制。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert plan.metadata.title == "上海市促進城市數字化轉型“十四五”規劃"
    assert (plan.metadata.period_start, plan.metadata.region) == (2021, "SH")
    assert _tasks(plan) == [
        ("第三章", "推動經濟數字化轉型", "一", "建設工業互聯網", "推動工業互聯網平台建設。"),
        ("第三章", "推動經濟數字化轉型", "二", "發展數字貿易", "建設數字貿易國際樞紐港。"),
    ]
    assert [(p.number, p.title) for p in plan.projects] == [("專欄1", "數字貿易重點工程")]
    assert [s.title for s in plan.safeguards] == ["加強組織領導"]
    (indicator,) = plan.indicators
    assert (indicator.name, indicator.unit, indicator.scope_region) == ("數據中心標準機架", "架", "SH")
    assert [(t.year, t.value) for t in indicator.targets] == [(2025, 100_000)]


def test_traditional_key_task_part(tmp_path):
    lines = [
        "一、總體要求",
        "堅持統籌。",
        "二、重點任務",
        "（一）數據共享",
        "1.建設共享平台。加快建設。",
        "三、保障措施",
        "（一）加強領導。建立機制。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_number, t.number, t.title) for t in plan.tasks] == [("（一）", "1", "建設共享平台")]
    assert [s.title for s in plan.safeguards] == ["加強領導"]


def test_items_are_the_tasks_of_a_theme_part_without_sections(tmp_path):
    lines = [
        "一、总体要求",
        "坚持统筹推进。",
        "二、数字基础设施",
        "1.加快5G建设。推进覆盖。",
        "2.建设算力网络。推进布局。",
        "三、数字政府",
        "1.推进一网通办。深化改革。",
        "四、保障措施",
        "1.加强领导。健全机制。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_number, t.group_title, t.number, t.title, t.body) for t in plan.tasks] == [
        ("二、", "数字基础设施", "1", "加快5G建设", "推进覆盖。"),
        ("二、", "数字基础设施", "2", "建设算力网络", "推进布局。"),
        ("三、", "数字政府", "1", "推进一网通办", "深化改革。"),
    ]
    assert [s.title for s in plan.safeguards] == ["加强领导"]


def test_a_part_named_key_tasks_wins_over_theme_chapters(tmp_path):
    """Guessed the other way: with a 重点任务 part, the other parts are not task groups."""
    lines = [
        "一、总体要求",
        "坚持统筹推进。",
        "二、发展环境",
        "（一）机遇。数字化加速。",
        "三、重点任务",
        "（一）数据共享",
        "1.建设共享平台。加快建设。",
        "四、推进机制",
        "（一）定期会商。每年召开会议。",
        "五、保障措施",
        "（一）加强领导。健全机制。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_number, t.number, t.title) for t in plan.tasks] == [("（一）", "1", "建设共享平台")]


def test_without_aims_or_safeguards_the_parts_with_numbered_items_are_themes(tmp_path):
    """A 工作要点 of theme parts only: those with numbered items are task groups; a part
    of running text is not (the guess both ways)."""
    lines = [
        "一、数字基础设施",
        "（一）加快5G建设。推进覆盖。",
        "二、典型案例",
        "青浦区建成数字干线展示中心。",
        "三、数字政府",
        "（一）推进一网通办。深化改革。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_title, t.number, t.title) for t in plan.tasks] == [
        ("数字基础设施", "一", "加快5G建设"),
        ("数字政府", "一", "推进一网通办"),
    ]
    assert [n.kind for n in plan.outline] == [NodeKind.TASK_GROUP, NodeKind.PART, NodeKind.TASK_GROUP]


@pytest.mark.parametrize("name", ["重点工作", "主要举措", "工作任务", "重点行动"])
def test_other_names_of_the_task_part(tmp_path, name):
    lines = [
        "一、总体要求",
        "（一）目标。坚持统筹。",
        f"二、{name}",
        "（一）加快5G建设。推进覆盖。",
        "三、工作要求",
        "（一）加强领导。落实责任。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_number, t.number, t.title) for t in plan.tasks] == [(None, "一", "加快5G建设")]


def test_chapters_numbered_with_parts_below_them_instead_of_sections(tmp_path):
    lines = [
        "第一章 总体要求",
        "坚持统筹推进。",
        "第二章 建设数字基础设施",
        "一、加快5G建设",
        "推进覆盖。",
        "（一）城市地区。实现连续覆盖。",
        "二、布局算力中心",
        "建设算力网络。",
        "第三章 保障措施",
        "一、加强组织领导",
        "健全机制。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_number, t.number, t.title, t.body) for t in plan.tasks] == [
        ("第二章", "一", "加快5G建设", "推进覆盖。\n（一）城市地区。实现连续覆盖。"),
        ("第二章", "二", "布局算力中心", "建设算力网络。"),
    ]
    assert [(s.number, s.title) for s in plan.safeguards] == [("一", "加强组织领导")]


def test_a_closing_part_named_for_support_holds_safeguards(tmp_path):
    lines = [
        "一、加快推进企业智能化改造",
        "1.实施智能制造工程。组织诊断服务。",
        "二、强化保障支撑",
        "2.加强财政支持。用好专项资金。",
    ]
    plan = read_as(tmp_path, lines, "txt")
    assert [(t.group_title, t.number, t.title) for t in plan.tasks] == [
        ("加快推进企业智能化改造", "1", "实施智能制造工程")
    ]
    assert [(s.number, s.title, s.body) for s in plan.safeguards] == [("2", "加强财政支持", "用好专项资金。")]


@pytest.mark.parametrize(("form", "headings"), [("txt", None), ("docx", {"第": 1})])
def test_parts_numbered_as_chapters_keep_their_groups_and_items(tmp_path, form, headings):
    lines = [
        "杭州市数字贸易高质量发展三年行动计划",
        "（2024—2026年）",
        "第一部分 总体要求",
        "（一）总体思路",
        "坚持创新驱动。",
        "第二部分 重点任务",
        "（一）壮大数字贸易主体",
        "1.培育龙头企业。支持企业做大做强。（牵头单位：市商务局）",
        "2.引育创新企业。加大招引力度。",
        "（二）拓展数字贸易载体",
        "3.建设数字贸易园区。打造一批特色园区。（牵头单位：各区、县（市）政府）",
        "第三部分 保障措施",
        "（一）加强组织保障。建立工作机制。",
    ]
    plan = read_as(tmp_path, lines, form, headings)
    assert [(t.group_number, t.group_title, t.number, t.title, t.lead_units, t.regions) for t in plan.tasks] == [
        ("（一）", "壮大数字贸易主体", "1", "培育龙头企业", ["市商务局"], ["ZJ-HZ"]),
        ("（一）", "壮大数字贸易主体", "2", "引育创新企业", [], []),
        ("（二）", "拓展数字贸易载体", "3", "建设数字贸易园区", ["各区、县（市）政府"], []),
    ]
    assert [(s.number, s.title) for s in plan.safeguards] == [("一", "加强组织保障")]
