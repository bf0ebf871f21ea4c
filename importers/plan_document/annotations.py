"""Responsibility annotations in a task: （牵头单位：A、B；配合单位：C） (责任单位：…) 完成时限：…"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import places

_KEYS = "牵头单位|责任单位|配合单位|完成时限"
_BRACKETED = re.compile(rf"[（(]\s*((?:{_KEYS})\s*[:：][^（()）]*)[)）]")
# Unbracketed, it runs to the end of its sentence: "完成时限：2022年底。"
_BARE = re.compile(rf"(?:{_KEYS})\s*[:：][^。\n（()）]*。?")
_FIELD = re.compile(rf"({_KEYS})\s*[:：]\s*([^；;]*)")
_UNIT_SEPARATORS = re.compile(r"[、，,/]")


@dataclass
class Responsibility:
    lead_units: list[str] = field(default_factory=list)
    cooperating_units: list[str] = field(default_factory=list)
    deadline: str | None = None

    @property
    def regions(self) -> list[str]:
        """Provinces the units belong to: 上海市经信委 → SH."""
        codes = (places.first_region(unit) for unit in self.lead_units + self.cooperating_units)
        provinces = (places.province_of(code) for code in codes if code)
        return list(dict.fromkeys(p for p in provinces if p))

    def take(self, text: str) -> str:
        """Record the annotations in text; return text without them."""
        return _BARE.sub(self._record, _BRACKETED.sub(self._record, text)).strip()

    def _record(self, m: re.Match[str]) -> str:
        for key, value in _FIELD.findall(m[1] if m.lastindex else m[0]):
            value = value.strip().rstrip("。")
            if key == "完成时限":
                self.deadline = value or self.deadline
                continue
            units = [u.strip() for u in _UNIT_SEPARATORS.split(value) if u.strip()]
            target = self.cooperating_units if key == "配合单位" else self.lead_units
            target += [u for u in units if u not in target]
        return ""
