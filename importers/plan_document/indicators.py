"""Quantitative indicators: a named measure with a number and unit, as a baseline or target.

Precision over recall: only "<name>(达到|为|…)<number><unit>", "<name><number><unit>"
and "<number><unit>的<name>" are read, where the name ends like a measure (…率, …指数,
…用户, …规模…). When a value holds comes from the text before it in the same section:
到2020年 → target; 截止2015年末 or a year before the plan's period → baseline; inside a
stage (002's α 2022~2023年) → target for the stage's end year.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from workbench.planning.document import Direction, ParsedIndicator, ParsedTarget, Span
from workbench.reference import regions

from . import places
from .labels import SECTION
from .outline import Block, Outline
from .paragraphs import Paragraph
from .quantities import QUANTITY, quantity
from .stages import YEAR_RANGE

_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_YEAR = re.compile(r"(?P<pre>截止到|截至到|截止|截至|到|至)?\s*(?<!\d)(?P<year>\d{4})\s*年(?P<post>底前|末|底|前)?")
_TARGET_PRE, _BASELINE_PRE = ("到", "至"), ("截止到", "截至到", "截止", "截至")
_VERB = re.compile(
    r"(?:达到|达|为|合计|超过|突破|(?:提高|提升|增长|增加|降低|下降)(?:到|至)|降至|控制在|保持在|稳定在)$"
)
_DECREASING = ("降低", "下降", "降至", "控制在")
# Words before a name that are not part of it: 其中, 区域, 全市…, and 发展 as in 发展宽带用户.
_FILLER = re.compile(
    r"(?:(?:截止到|截至到|截止|截至|到|至)?\s*\d{4}\s*年(?:底前|末|底|前)?|其中|区域|全区|全市|全省|发展(?!指数|水平)|[\s、，,])+"
)
_MEASURE = re.compile(r"(?:率|比重|比例|指数|用户|端口|规模|能力|数|量|额|值|收入|营收|带宽|速率)$")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_NOT_IN_NAME = re.compile(r"\d{4}\s*年|[。；;，,：:]")
_NAME_AFTER = re.compile(r"的([^，,。；;：:]{2,12})(?=[，,。；;：:]|$)")
_NAME_MAX = 20
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


def extract_indicators(outline: Outline, period_start: int | None) -> list[ParsedIndicator]:
    found: dict[tuple[str, str | None], ParsedIndicator] = {}
    section: Block | None = None
    when: _When | None = None
    for paragraph, block in outline.flow:
        home = _section(block)
        if home is not section:
            section, when = home, _stage_when(home)
        start = block.label.end if block and paragraph is block.heading else 0
        for sentence in _SENTENCE.finditer(paragraph.text, start):
            when = _read_sentence(paragraph, sentence.start(), sentence.end(), when, period_start, found)
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
    if m["pre"] in _BASELINE_PRE or m["post"] in ("末", "底"):
        return _When(year, False)
    return _When(year, None if period_start is None else year >= period_start)


def _read_sentence(
    paragraph: Paragraph,
    a: int,
    b: int,
    when: _When | None,
    period_start: int | None,
    found: dict[tuple[str, str | None], ParsedIndicator],
) -> _When | None:
    text = paragraph.text[a:b]
    ranges = [m.span() for m in YEAR_RANGE.finditer(text)]
    years = [m for m in _YEAR.finditer(text) if not _inside(ranges, m.start("year"))]
    events = sorted(
        [(m.start(), True, m) for m in years] + [(m.start(), False, m) for m in QUANTITY.finditer(text)],
        key=lambda event: event[0],
    )
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    region = places.first_region_match(text)
    previous: _Reading | None = None
    for _, is_year, m in events:
        if is_year:
            when = _year_when(m, period_start)
            continue
        clauses_before = bisect_right(breaks, m.start())
        clause = breaks[clauses_before - 1] if clauses_before else 0
        scope = region[1] if region and region[0] < m.start() else None
        reading = _read_value(text, m, max(clause, previous.end if previous else 0), scope, previous)
        if reading is None:
            continue
        previous = reading
        if when and when.target is not None:
            _record(found, reading, when, paragraph.span(a, b))
    return when


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """position lies in one of spans, which are sorted and disjoint."""
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and position < spans[index][1]


def _read_value(
    text: str, m: re.Match[str], clause: int, scope: str | None, previous: _Reading | None
) -> _Reading | None:
    """The measure m is a value of: its name from clause (where the text about it starts)
    on, scope the first region the sentence names before it."""
    measured = quantity(m)
    if measured is None:
        return None
    value, unit = measured
    # A name with its time and place in front is short; a longer run is prose, not a name.
    before = text[clause : m.start()].strip() if m.start() - clause <= _CLAUSE_MAX else ""
    verb = _VERB.search(before)
    if verb:
        before = before[: verb.start()]
    before = _strip_front(before.strip().removesuffix("的"), with_regions=False)
    decreasing = verb is not None and verb[0].startswith(_DECREASING)
    sub_region = places.region_named(before)
    if sub_region and previous and unit == previous.unit:
        # "…达到5000亿级，其中青浦达到2000亿元左右": the same measure for a part of the area.
        return _Reading(previous.name, sub_region, value, unit, m.end(), previous.decreasing)
    scope = None if scope == regions.WHOLE_DELTA else scope
    name = _strip_front(before, with_regions=True)
    if _is_name(name) and (unit or verb):
        return _Reading(name, scope, value, unit, m.end(), decreasing)
    after = _NAME_AFTER.match(text, m.end())
    if after and unit and _is_name(after[1]):
        return _Reading(after[1], scope, value, unit, after.end(), decreasing)
    return None


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


def _record(found: dict[tuple[str, str | None], ParsedIndicator], reading: _Reading, when: _When, span: Span) -> None:
    indicator = found.setdefault(
        (reading.name, reading.scope),
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
