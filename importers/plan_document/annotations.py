"""Responsibility annotations in a task, in the styles provinces write them:

- keyed, bracketed or not: （牵头单位：A、B；配合单位：C） (责任单位:…) 〔责任单位：…〕,
  牵头部门：A／配合部门：B, 完成时限：… 完成时间：… 时间节点：…;
- as a phrase: 责任分工：A牵头，B、C配合 / （A牵头，B按职责分工负责） / A牵头，B配合。;
- a deadline standing alone: 2025年底前, 2024年6月, （2023—2025年）, 持续推进.

Only what looks like an organisation or a place is kept as a unit: a phrase such as
持续推进 under 牵头单位 is a deadline, never a unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.reference import regions

from . import places
from .script import keywords

# Longer keys first: 牵头单位 before 牵头 ("牵头：A；配合：B").
_BODY = "(?:单位|部门|处室|科室|机构)"
_LEAD_KEYS = f"(?:牵头|责任|主责|主办|负责){_BODY}|牵头|责任"
_COOPERATING_KEYS = f"(?:配合|参与|协同|协办|协助){_BODY}|配合|参与|协同"
_DEADLINE_KEYS = "完成时限|完成时间|时间节点|时限要求|完成期限|进度安排|时间安排|时限"
_PHRASE_KEYS = "责任分工|分工"
_KEYS = f"{_LEAD_KEYS}|{_COOPERATING_KEYS}|{_DEADLINE_KEYS}|{_PHRASE_KEYS}"
_DEADLINE_KEY, _PHRASE_KEY, _COOPERATING_KEY = map(keywords, (_DEADLINE_KEYS, _PHRASE_KEYS, _COOPERATING_KEYS))
_KEY = keywords(rf"({_KEYS})\s*[:：]\s*")
_OPEN, _CLOSE = "（(〔【[", "）)〕】]"
_O, _C = re.escape(_OPEN), re.escape(_CLOSE)  # for character classes
_INNER = rf"(?:[^{_O}{_C}]|[（(][^{_O}{_C}]*[)）])"
_BRACKETED = keywords(rf"[{_O}]\s*((?:{_KEYS})\s*[:：]{_INNER}*?)\s*[{_C}]")
# Unbracketed, it runs to the end of its sentence or line: "完成时限：2022年底。"; a short
# key (牵头：, 责任：) only opens a line, since prose says 压实责任：….
_SHORT_KEYS = "牵头|责任|配合|参与|协同"
_BARE = keywords(rf"(?:(?<![\u4e00-\u9fff])(?:{_KEYS})|^(?:{_SHORT_KEYS}))\s*[:：][^。\n]*。?")
_SEPARATORS = "、，,/／;；"
_UNIT_END = keywords(
    r"(?:委员会|委|厅|局|办公室|办|部|院|中心|公司|集团|政府|小组|组|处|会|所|馆|室|行|署|队|站|校|大学|学院"
    r"|联盟|协会|单位|部门|机构|企业|银行|平台|园区|管委会|执委会|高校)$"
)
_DEADLINE = keywords(
    r"(?:\d{4}\s*年?\s*[-—–~～至到]\s*)?\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
    r"(?:底|末|上半年|下半年|年内|内|第?[一二三四]季度)?(?:前|以前)?"
    r"(?:(?:基本|全面|初步)?(?:完成|建成|实现|启动|落实))?"
    r"|(?:持续|长期|常态化|逐年)(?:推进|坚持|实施|开展|推动)|长期|持续|每年|年度"
)
# 负责 alone leads only where nothing else does: "上海、苏州负责。", "沪苏浙皖数据主管部门负责。"
_LEAD_VERBS = "共同牵头|牵头负责|牵头|按职责分工负责|按职责负责|分工负责|负责"
_COOPERATE_VERBS = "按职责分工负责|按职责负责|按职责分工落实|分工负责|配合|参与|协同|协助|共同推进|协同推进|负责"
_PHRASE = keywords(
    rf"(?:由)?(?P<lead>[^，,；;。：:{_O}{_C}]{{2,80}}?)(?:{_LEAD_VERBS})"
    rf"(?:[，,；;]\s*(?P<coop>[^，,；;。：:]{{2,120}}?)(?:等单位|等部门|等)?(?:{_COOPERATE_VERBS}))?"
    rf"(?:[，,；;]\s*(?P<rest>[^。；;]*?))?[。；;]?"
)
_PHRASE_IN_BRACKETS = keywords(rf"[{_O}]([^{_O}{_C}]*(?:{_LEAD_VERBS})[^{_O}{_C}]*)[{_C}]")
_SENTENCE = re.compile(r"[^。；;]*[。；;]|[^。；;]+")  # every character in some sentence
_IN_BRACKETS = re.compile(rf"[{_O}]([^{_O}{_C}]*)[{_C}]")
_EACH_PLACE = keywords(r"各[省市区县]")
_ALL_FOUR = keywords(r"沪苏浙皖|三省一市|苏浙皖沪")
_MARKED_LEAD = keywords(r"[（(]\s*牵头\s*[)）]$")


@dataclass
class Responsibility:
    home: str | None = None  # the region the plan is issued for: what 省…/市… units belong to
    lead_units: list[str] = field(default_factory=list)
    cooperating_units: list[str] = field(default_factory=list)
    deadline: str | None = None

    @property
    def regions(self) -> list[str]:
        """Provinces and cities the units belong to: 上海市经信委 → SH, 南京市大数据局 →
        JS-NJ, 省发展改革委 in a plan of 江苏省 → JS."""
        codes = (code for unit in self.lead_units + self.cooperating_units for code in self._regions_of(unit))
        return list(dict.fromkeys(codes))

    def take(self, text: str) -> str:
        """Record the annotations in text; return text without them."""
        text = _BARE.sub(self._keyed, _BRACKETED.sub(self._keyed, text))
        text = _PHRASE_IN_BRACKETS.sub(lambda m: "" if self._phrase(m[1]) else m[0], text)
        text = _IN_BRACKETS.sub(lambda m: "" if self._deadline(m[1]) else m[0], text)
        kept = [s for s in _SENTENCE.findall(text) if not (self._phrase(s) or self._deadline(s))]
        return "".join(kept).strip()

    def _deadline(self, sentence: str) -> bool:
        """A sentence that is a deadline alone: 2025年底前完成。"""
        bare = _unwrapped(sentence)
        if not _DEADLINE.fullmatch(bare):
            return False
        self.deadline = self.deadline or bare
        return True

    def _keyed(self, m: re.Match[str]) -> str:
        text = m[1] if m.lastindex else m[0]
        keys = list(_KEY.finditer(text))
        for key, following in zip(keys, [*keys[1:], None], strict=True):
            value = text[key.end() : following.start() if following else len(text)]
            value = value.strip().strip(_SEPARATORS + "。 ")
            name = key[1]
            if _DEADLINE_KEY.fullmatch(name):
                self.deadline = value or self.deadline
            elif _PHRASE_KEY.fullmatch(name):
                if not self._phrase(value):
                    self._units(value, self.lead_units)
            else:
                self._units(value, self.cooperating_units if _COOPERATING_KEY.fullmatch(name) else self.lead_units)
        return ""

    def _phrase(self, text: str) -> bool:
        """A 牵头 phrase made of units alone ("A牵头，B、C配合"): record it."""
        m = _PHRASE.fullmatch(text.strip())
        if not m:
            return False
        lead, coop = _split(m["lead"]), _split(m["coop"] or "")
        rest = (m["rest"] or "").strip()
        if not lead or not all(map(_is_unit, lead + coop)) or (rest and not _DEADLINE.fullmatch(rest)):
            return False
        self._add(lead, self.lead_units)
        self._add(coop, self.cooperating_units)
        if rest:
            self.deadline = self.deadline or rest
        return True

    def _units(self, value: str, target: list[str]) -> None:
        for unit in _split(value):
            if _MARKED_LEAD.search(unit):
                self._add([_MARKED_LEAD.sub("", unit).strip()], self.lead_units)
            elif _is_unit(unit):
                self._add([unit], target if not self._marked(value) else self.cooperating_units)
            elif _DEADLINE.fullmatch(unit):
                self.deadline = self.deadline or unit

    @staticmethod
    def _marked(value: str) -> bool:
        """责任单位：A（牵头）、B: the others cooperate."""
        return any(_MARKED_LEAD.search(unit) for unit in _split(value))

    def _add(self, units: list[str], target: list[str]) -> None:
        target += [u for u in units if u not in self.lead_units and u not in self.cooperating_units]

    def _regions_of(self, unit: str) -> list[str]:
        if _ALL_FOUR.search(unit):  # 沪苏浙皖数据主管部门, 三省一市有关部门
            return list(regions.PROVINCES)
        code = self._region_of(unit)
        return [code] if code else []

    def _region_of(self, unit: str) -> str | None:
        code = places.first_region(unit)
        if code is None and self.home:
            home = regions.BY_CODE[self.home]
            if unit.startswith("省"):
                code = places.province_of(self.home)
            elif unit.startswith("市") and home.level is not regions.RegionLevel.PROVINCE:
                code = self.home
            elif unit.startswith("市") and self.home == "SH":
                code = "SH"
        return _down_to_city(code) if code else None


def _down_to_city(code: str) -> str | None:
    """A province or city; a district counts for its city; the delta or an area across
    provinces is nobody's to answer for."""
    region = regions.BY_CODE[code]
    if region.level is regions.RegionLevel.DISTRICT and region.parent:
        return _down_to_city(region.parent)
    if region.level in (regions.RegionLevel.PROVINCE, regions.RegionLevel.CITY):
        return "SH" if code == "SH-SH" else code
    return None


def _split(value: str) -> list[str]:
    """Units separated by 、，/ — but not inside brackets: 各市、县（市、区）人民政府."""
    units, depth, current = [], 0, ""
    for char in value:
        depth += (char in _OPEN) - (char in _CLOSE)
        if depth <= 0 and char in _SEPARATORS:
            units.append(current)
            current, depth = "", 0
        else:
            current += char
    units.append(current)
    units = [u.strip().removeprefix("和").removeprefix("及").strip() for u in units if u.strip()]
    # 各区、县（市）政府 and 各市、县（市、区）人民政府 are one unit
    merged: list[str] = []
    for unit in units:
        if merged and _EACH_PLACE.fullmatch(merged[-1]) and unit[:1] in "市区县":
            merged[-1] += "、" + unit
        else:
            merged.append(unit)
    return places.share_body(merged)


def _is_unit(text: str) -> bool:
    bare = _MARKED_LEAD.sub("", text).strip()
    if not 2 <= len(bare) <= 40 or _DEADLINE.fullmatch(bare) or any(c.isdigit() for c in bare):
        return False
    return bool(_UNIT_END.search(bare) or places.region_named(bare) or bare.startswith(("各", "有关")))


def _unwrapped(text: str) -> str:
    return text.strip().strip(_OPEN + _CLOSE + "。；; ").strip()
