"""parse_plan_text on any text: a ParsedPlan or an InputError, spans inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.plan_document import parse_plan_text
from workbench.errors import InputError

# Characters the parser reacts to, so random text reaches its rules.
PLAN_CHARACTERS = st.sampled_from(
    list(
        "一二三四五六七八九十、。，,；;：:（）()〔〕《》“”0123456789.．%％万亿元个户级年月日到至截止末底前~～-"
        "专栏主要任务重点建设保障措施政策牵头配合责任单位完成时限推进等一批重大项目上海江苏浙江安徽青浦数字三体"
        "αβγ版本达到为率指数用户规模其中印发通知号委员会人民政府纲要计划规划附件\n \t\r\ufeff\u3000"
    )
)
TEXT = st.text(st.one_of(PLAN_CHARACTERS, st.characters()), max_size=400)
FUZZ = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    try:
        plan = parse_plan_text(text, "fuzz.txt")
    except InputError as error:
        assert error.code in ("file.empty", "plan.not_a_plan")
        return
    size = len(plan.source_text)
    spans = [
        item.span
        for items in (plan.tasks, plan.projects, plan.safeguards, plan.indicators, plan.stages)
        for item in items
    ]
    spans += [t.span for i in plan.indicators for t in i.targets]
    nodes = list(plan.outline)
    while nodes:
        node = nodes.pop()
        spans.append(node.span)
        nodes += node.children
    assert all(0 <= span.start < span.end <= size for span in spans)


@FUZZ
@given(TEXT)
def test_any_text(text):
    _check(text)


@FUZZ
@given(st.data())
def test_seed_slices_and_mutations(seed_texts, data):
    text = data.draw(st.sampled_from(sorted(seed_texts.values())))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    inserted = data.draw(TEXT)
    at = data.draw(st.integers(0, end - start))
    piece = text[start:end]
    _check(piece[:at] + inserted + piece[at:])
