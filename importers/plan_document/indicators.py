"""Quantitative indicators: a named measure with a number and unit, as a baseline or target.

Precision over recall: only "<name>(达到|为|突破|保持在…)<number><unit>", "<name><number><unit>",
"<number><unit>的<name>", "<name>由<A>提高到<B>" (A the baseline, B the target) and, after a
count verb, "累计建成<name><number><unit>" / "培育<number><unit><name>" are read, where the
name ends like a measure (…率, …指数, …占比, …节点, …里程…) or is counted in a unit.
When a value holds comes from the text before it in the same section: 到2020年 → target;
截止2015年末 or a year before the plan's period → baseline; inside a stage (002's α
2022~2023年) → target for the stage's end year. "其中，南京、苏州各达到…" gives the same
measure for those cities. A value with no place named is the plan's region's (全省 in a
province's plan is that province), None in a plan of the whole delta.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from workbench.planning.document import Direction, ParsedIndicator, ParsedTarget, Span
from workbench.reference import regions

from . import places
from .labels import SECTION
from .outline import Block, Outline
from .paragraphs import Paragraph
from .quantities import QUANTITY, quantity
from .script import keywords
from .stages import YEAR_RANGE

_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_YEAR = keywords(r"(?P<pre>截止到|截至到|截止|截至|到|至)?\s*(?<!\d)(?P<year>\d{4})\s*年(?P<post>底前|末|底|前)?")
_TARGET_PRE, _BASELINE_PRE = ("到", "至"), ("截止到", "截至到", "截止", "截至")
_VERB = keywords(
    r"(?:(?:累计|总计|共计)?(?:达到|达|为|合计|超过|突破|不少于|不低于|不超过|不高于"
    r"|(?:提高|提升|增长|增加|降低|下降)(?:到|至)|降至|控制在|保持在|稳定在)"
    r"(?:约|近|超|逾)?|累计|约|近|逾)$"
)
_DECREASING = ("降低", "下降", "降至", "控制在", "不超过", "不高于")
# Words before a name that are not part of it: 其中, 区域, 全市…, and 发展 as in 发展宽带用户.
_FILLER = keywords(
    r"(?:(?:截止到|截至到|截止|截至|到|至)?\s*\d{4}\s*年(?:底前|末|底|前)?|其中|区域|全区|全市|全省|发展(?!指数|水平)"
    r"|力争|确保|争取|预计|[\s、，,])+"
)
_MEASURE = keywords(
    r"(?:率|比重|比例|占比|指数|用户|端口|规模|能力|数|量|额|值|收入|营收|带宽|速率|节点|里程|时长|时延|产值|总量|增速|增幅|增长|投资)$"
)
# Verbs that count what follows them: "累计建成5G基站15万个", "培育100家专精特新企业".
_COUNT_VERB = keywords(
    r"(?:力争|确保|争取)?(?:累计|新增|全面|基本)?(?:建成|新建|建设|完成|培育|打造|新增|部署|开通|引进|引育|认定|创建|形成|推广|带动|汇聚|接入|连接|上线|发布|制定|实施|认证)"
)
_COUNTED = (
    "个",
    "家",
    "项",
    "座",
    "条",
    "架",
    "台",
    "套",
    "款",
    "张",
    "所",
    "辆",
    "颗",
    "件",
    "部",
    "户",
    "人",
    "人次",
    "次",
)
_COUNT_NAME_AFTER = re.compile(
    r"(?:以上|左右|及以上|多)?(?:的)?([^，,。；;：:、（()）\d的]{2,20}?)(?=[，,。；;：:、（(]|$)"
)
_CHANGE = keywords(
    r"(?:由|从)\s*(?:(?P<from_year>\d{4})\s*年(?:底|末)?的?)?\s*(?=\d)"
    r"(?P<a>[^提增扩上降下减缩压]{1,20}?)\s*"
    r"(?P<verb>(?:提高|提升|增长|增加|扩大|上升|降低|下降|减少|缩短|压缩)(?:到|至)|降至|增至|升至)\s*"
    r"(?:(?P<to_year>\d{4})\s*年(?:底|末)?的?)?\s*(?=\d)"
)
_SHARE_OF, _SHARE_OF_COUNTRY = ("占", "佔"), ("占全国", "佔全國")
_GROWTH = keywords(r"年均增长|年均增速|增速|增幅|年均增长率")
_GROWTH_AFTER = keywords(r"(?:年均增长率?|年均增速|增速|增幅|增长)$")
_TIME_AFTER = keywords(r"(?:到|至)?\s*\d{4}\s*年(?:底前|末|底|前)?\s*$")
_EACH = keywords(r"(?:各|分别|均|都)$")
_RESPECTIVELY = keywords(r"分别\S{0,4}$")
# "上海、江苏各提供…": after 各/分别 a short verb may stand.
_EACH_BUILDS = keywords(
    r"(?P<places>[^，,。；;]+?(?:各|分别|均))(?P<what>(?:累计|新增)?(?:建成|新建|建设|培育|打造|部署|认定|创建)\S+)"
)
_EACH_DOING = keywords(r"(?:各|分别|均|都)\S{0,4}$")
_PLACE_LIST = keywords(r"[、和及与]")
_WHOLE = {"全省": "province", "全市": "city", "我省": "province", "我市": "city", "本省": "province", "本市": "city"}
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_NOT_IN_NAME = re.compile(r"\d{4}\s*年|[。；;，,：:]")
_NAME_AFTER = re.compile(r"的([^，,。；;：:]{2,12})(?=[，,。；;：:]|$)")
_NAME_MAX = 24
_COUNT_SUFFIX = re.compile(r"[^指系倍函分参]数$")
_CLAUSE_MAX = 60


@dataclass(frozen=True)
class _When:
    year: int
    target: bool | None  # None: a year the text does not place before or in the plan
    stage: str | None = None


@dataclass(frozen=True)
class _Reading:
    name: str
    scope: str | None
    value: float
    unit: str
    end: int
    decreasing: bool = False
    baseline: bool = False  # the A of "由A提高到B"
    rest: tuple[str, ...] = ()  # "南京、苏州分别达到3万个、2万个": the places still to come


def extract_indicators(
    outline: Outline, period: tuple[int | None, int | None], region: str | None = None
) -> list[ParsedIndicator]:
    """period: the plan's first and last year; region: the region the plan is issued for,
    the scope of a value that names no place."""
    found: dict[tuple[str, str | None], ParsedIndicator] = {}
    # In a plan of one year (2025年重点任务分工) a value that names no year is that year's target.
    one_year = _When(period[1], True) if period[0] is not None and period[0] == period[1] else None
    section: Block | None = None
    when: _When | None = one_year
    for paragraph, block in outline.flow:
        home = _section(block)
        if home is not section:
            section, when = home, _stage_when(home) or one_year
        start = block.label.end if block and paragraph is block.heading else 0
        last: list[_Reading] = []
        for sentence in _SENTENCE.finditer(paragraph.text, start):
            # "…达到25万个。其中，南京、苏州各达到8万个。": 其中 goes on about the measures before.
            carried = last if sentence[0].lstrip().startswith("其中") else []
            when, last = _read_sentence(
                paragraph, sentence.start(), sentence.end(), when, period, found, region, carried
            )
    return list(found.values())


def _section(block: Block | None) -> Block | None:
    """The heading whose text sets the time of the values under it: a stage, a （一） or a part."""
    while block and not (block.stage or block.level <= SECTION):
        block = block.parent
    return block


def _stage_when(block: Block | None) -> _When | None:
    stage = block.stage if block else None
    return _When(stage.end_year, True, stage.label) if stage else None


def _year_when(m: re.Match[str], period_start: int | None) -> _When:
    year = int(m["year"])
    if m["pre"] in _TARGET_PRE or m["post"] in ("前", "底前"):
        return _When(year, True)
    if m["pre"] in _BASELINE_PRE or (m["post"] in ("末", "底") and (period_start is None or year < period_start)):
        return _When(year, False)  # 截至2015年末; 2020年底 before a plan of 2021–2025
    return _When(year, None if period_start is None else year >= period_start)


def _read_sentence(
    paragraph: Paragraph,
    a: int,
    b: int,
    when: _When | None,
    period: tuple[int | None, int | None],
    found: dict[tuple[str, str | None], ParsedIndicator],
    home: str | None,
    earlier: list[_Reading],
) -> tuple[_When | None, list[_Reading]]:
    """Record the values of paragraph.text[a:b]; the time in force after it, and its readings."""
    text = paragraph.text[a:b]
    ranges = [m.span() for m in YEAR_RANGE.finditer(text)]
    changes = list(_CHANGE.finditer(text))
    # The years of "由2020年的A提高到2025年的B" belong to its values, not to the sentence.
    inner = [(m.start(), m.end()) for m in changes]
    years = [m for m in _YEAR.finditer(text) if not _inside(ranges, m.start("year")) and not _inside(inner, m.start())]
    events = sorted(
        [(m.start(), True, m) for m in years] + [(m.start(), False, m) for m in QUANTITY.finditer(text)],
        key=lambda event: event[0],
    )
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    region = places.first_region_match(text)
    whole = _whole(text, home)
    readings_here: list[_Reading] = []
    for _, is_year, m in events:
        if is_year:
            when = _year_when(m, period[0])
            continue
        clauses_before = bisect_right(breaks, m.start())
        clause = breaks[clauses_before - 1] if clauses_before else 0
        scope = region[1] if region and region[0] < m.start() else whole[1] if whole and whole[0] < m.start() else None
        change = next((c for c in changes if c.start("a") <= m.start() <= c.end()), None)
        previous = readings_here[-1] if readings_here else None
        if change:
            readings = _read_change(text, m, change, clause, scope, previous)
        else:
            start = max(clause, previous.end if previous else 0)
            readings = _read_value(text, m, start, scope, earlier + readings_here)
        for reading in readings:
            readings_here.append(reading)
            scoped = reading if reading.scope else replace(reading, scope=home)
            if reading.baseline:
                year = int(change["from_year"]) if change and change["from_year"] else _base_year(when, period[0])
                if year:
                    _record(found, scoped, _When(year, False), paragraph.span(a, b))
                continue
            at = _When(int(change["to_year"]), True) if change and change["to_year"] else when
            if change and (at is None or not at.target) and period[1]:
                at = _When(period[1], True)  # "由A提高到B" with no year: by the end of the plan
            if at and at.target is not None:
                _record(found, scoped, at, paragraph.span(a, b))
    return when, readings_here


def _whole(text: str, home: str | None) -> tuple[int, str] | None:
    """Where the sentence says 全省/全市, and which region that is in a plan of home."""
    if not home:
        return None
    for word, level in _WHOLE.items():
        at = text.find(word)
        if at >= 0:
            code = places.province_of(home) if level == "province" else home
            return (at, code) if code else None
    return None


def _base_year(when: _When | None, period_start: int | None) -> int | None:
    """The year a "由A" value is from when the text names none: the year before the plan."""
    if when and when.target is False:
        return when.year
    return period_start - 1 if period_start else None


def _read_change(
    text: str, m: re.Match[str], change: re.Match[str], clause: int, scope: str | None, previous: _Reading | None
) -> list[_Reading]:
    """A value of "<name>由A提高到B": A (the baseline) names the measure, B follows it."""
    measured = quantity(m)
    if measured is None:
        return []
    value, unit = measured
    decreasing = change["verb"].startswith(("降", "下降", "减少", "缩短", "压缩"))
    if m.start() < change.start("verb"):
        before = text[clause : change.start()].strip()
        name = _strip_front(_strip_front(before, with_regions=False).removesuffix("的"), with_regions=True)
        if not _is_counted_name(name):  # 由A提高到B says it is a measure: any short name will do
            return []
        return [_Reading(name, scope, value, unit, m.end(), decreasing, baseline=True)]
    if previous and previous.baseline and previous.unit == unit:
        return [_Reading(previous.name, previous.scope, value, unit, m.end(), decreasing)]
    return []


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """position lies in one of spans, which are sorted and disjoint."""
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and position < spans[index][1]


def _read_value(text: str, m: re.Match[str], clause: int, scope: str | None, earlier: list[_Reading]) -> list[_Reading]:
    """The measure m is a value of: its name from clause (where the text about it starts)
    on, scope the first region the sentence names before it."""
    measured = quantity(m)
    if measured is None:
        return []
    value, unit = measured
    # A name with its time and place in front is short; a longer run is prose, not a name.
    before = text[clause : m.start()].strip() if m.start() - clause <= _CLAUSE_MAX else ""
    verb = _VERB.search(before)
    if verb:
        before = _TIME_AFTER.sub("", before[: verb.start()])  # 上海数据交易额到2027年达到
    before = _strip_front(before.strip().removesuffix("的"), with_regions=False)
    decreasing = verb is not None and verb[0].startswith(_DECREASING)
    each = _EACH_BUILDS.fullmatch(before)
    built = _COUNT_VERB.match(each["what"]) if each else None
    if each and built and _places(each["places"]) and unit in _COUNTED:
        # "南京、苏州各建成数据要素产业园1个": a measure of its own for each place.
        name = _strip_front(each["what"][built.end() :], with_regions=False)
        if _is_counted_name(name):
            return [_Reading(name, code, value, unit, m.end()) for code in _places(each["places"])]
    sub_regions = _places(before)
    previous = next((r for r in reversed(earlier) if r.unit == unit), None)
    if sub_regions and previous:
        # "…达到5000亿级，其中青浦达到2000亿元左右", "其中南京、苏州各达到…": the same
        # measure for a part of the area; "分别" gives each place the next value in turn.
        if len(sub_regions) > 1 and _RESPECTIVELY.search(before):
            first, *rest = sub_regions
            return [_Reading(previous.name, first, value, unit, m.end(), previous.decreasing, rest=tuple(rest))]
        return [_Reading(previous.name, code, value, unit, m.end(), previous.decreasing) for code in sub_regions]
    last = earlier[-1] if earlier else None
    if last and last.rest and unit == last.unit and not before:
        return [_Reading(last.name, last.rest[0], value, unit, m.end(), last.decreasing, rest=last.rest[1:])]
    scope = None if scope == regions.WHOLE_DELTA else scope
    name = _strip_front(before, with_regions=True)
    if not name and verb and last:
        # "交易额达到500亿元，到2027年达到1000亿元": the same measure later; "增加值年均增长
        # 12.5%，2020年达到1100亿元": the measure whose growth was given.
        grown = _GROWTH_AFTER.sub("", last.name)
        if unit == last.unit or (grown != last.name and _is_name(grown)):
            name = last.name if unit == last.unit else grown
            return [_Reading(name, last.scope, value, unit, m.end(), decreasing)]
    counted = _COUNT_VERB.match(name)
    if unit in _COUNTED and not _is_name(name) and (counted or verb):
        # "累计建成5G基站15万个", "标准机架达到60万架": what is counted stands before the number
        name = _strip_front(name[counted.end() :], with_regions=True) if counted else name
        if _is_counted_name(name):
            return [_Reading(name, scope, value, unit, m.end(), decreasing)]
        if counted and not name:  # "培育100家以上专精特新企业": it follows the number
            after = _COUNT_NAME_AFTER.match(text, m.end())
            if after and _is_counted_name(after[1]):
                return [_Reading(after[1], scope, value, unit, after.end(), decreasing)]
        return []
    if _is_name(name) and (unit or verb):
        if _GROWTH.fullmatch(name) and earlier:  # "…达到4000亿元，年均增长10%以上"
            name = earlier[-1].name + name
        elif name.startswith(_SHARE_OF) and not name.startswith(_SHARE_OF_COUNTRY) and earlier:
            # "增加值突破2000亿元，占地区生产总值比重提高到15%": the share of the measure
            # before; a share of the country's total (占全国端口比重, seed 003) names itself.
            name = earlier[-1].name + name
        return [_Reading(name, scope, value, unit, m.end(), decreasing)]
    after = _NAME_AFTER.match(text, m.end())
    if after and unit and _is_name(after[1]):
        return [_Reading(after[1], scope, value, unit, after.end(), decreasing)]
    return []


def _places(text: str) -> list[str]:
    """Codes of the regions text lists and nothing else: 青浦, 南京、苏州各."""
    bare = _EACH_DOING.sub("", text.strip())
    names = [n.strip() for n in _PLACE_LIST.split(bare)] if bare else []
    codes = [places.region_named(n) for n in names]
    return [c for c in codes if c] if names and all(codes) else []


def _is_counted_name(name: str) -> bool:
    bare = _BRACKETED.sub("", name)
    return 2 <= len(bare) <= _NAME_MAX and not _NOT_IN_NAME.search(name) and not _VERB.search(name)


def _strip_front(text: str, with_regions: bool) -> str:
    """Drop the time, filler words and (with_regions) region names a name starts with."""
    while True:
        filler = _FILLER.match(text)
        cut = filler.end() if filler else 0
        if not cut and with_regions:
            cut = places.leading_region_length(text)
        if not cut:
            return text
        text = text[cut:]


def _is_name(name: str) -> bool:
    bare = _BRACKETED.sub("", name)
    return 2 <= len(bare) <= _NAME_MAX and bool(_MEASURE.search(bare)) and not _NOT_IN_NAME.search(name)


def _counted_thing(name: str) -> str:
    """5G基站, 5G基站数 and 5G基站数量 count one thing; 发展指数 is no count of 发展指."""
    bare = name.removesuffix("数量")
    if bare == name and _COUNT_SUFFIX.search(name):
        bare = name[:-1]
    return bare or name


def _record(found: dict[tuple[str, str | None], ParsedIndicator], reading: _Reading, when: _When, span: Span) -> None:
    # "5G基站6.26万个" and "5G基站数量达到20万个" measure one thing.
    indicator = found.setdefault(
        (_counted_thing(reading.name), reading.scope),
        ParsedIndicator(
            reading.name,
            reading.unit,
            span,
            scope_region=reading.scope,
            direction=Direction.DECREASE if reading.decreasing else Direction.INCREASE,
        ),
    )
    if indicator.unit != reading.unit:
        return  # the same words measured differently: not one indicator
    if when.target:
        if all(target.year != when.year for target in indicator.targets):
            indicator.targets.append(ParsedTarget(when.year, reading.value, when.stage, span))
    elif indicator.baseline_value is None:
        indicator.baseline_value, indicator.baseline_year = reading.value, when.year
