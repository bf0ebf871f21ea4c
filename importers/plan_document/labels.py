"""Numbering labels that open outline headings: 一、 / （一） (一) / 1. 1． 1、 / 专栏N, and the
chapters of 十四五-style plans: 第一章 (or 第一部分) / 第一节, in simplified or traditional script."""

from __future__ import annotations

import re
from dataclasses import dataclass

PART, SECTION, ITEM, BOX = 1, 2, 3, 4

_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_CN = "[一二三四五六七八九十]{1,3}"
_PATTERNS = (
    (PART, re.compile(rf"(?P<label>(?P<n>{_CN})\s*、)\s*")),
    (SECTION, re.compile(rf"(?P<label>[（(]\s*(?P<n>{_CN})\s*[)）])\s*")),
    # (?!\d): "1.5亿" is a number, not item 1.
    (ITEM, re.compile(r"(?P<label>(?P<n>\d{1,2})\s*[.．、])(?!\d)\s*")),
    (BOX, re.compile(rf"(?P<label>(?:专栏|專欄)\s*(?P<n>\d{{1,2}}|{_CN}))\s*[:：]?\s*")),
)
# 第一章 … 第一节: a chapter is a part and its 节 a section; a document written in chapters
# numbers what lies below its 节 with 一、 / （一） / 1., which are then items (see build_outline).
_CHAPTERS = (
    (PART, re.compile(rf"(?P<label>第\s*(?P<n>{_CN})\s*(?:章|部分))(?:\s+|\s*[：:、.．]\s*|(?=[^\s\d]))")),
    (SECTION, re.compile(rf"(?P<label>第\s*(?P<n>{_CN})\s*[节節])(?:\s+|\s*[：:、.．]\s*|(?=[^\s\d]))")),
)


def chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20; None for anything that is not such a number."""
    if text in _CN_DIGITS:
        return _CN_DIGITS[text]
    tens, ten, units = text.partition("十")
    if not ten or len(tens) > 1 or len(units) > 1 or any(c not in _CN_DIGITS for c in tens + units):
        return None
    return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(units, 0)


@dataclass(frozen=True)
class Label:
    level: int  # PART, SECTION, ITEM or BOX
    number: str  # as printed: 一、 （一） (一) 1. 1、 专栏1; "" for a Word heading without one
    numeral: str  # the number alone: 一, 1
    value: int  # 0 when not numbered
    end: int  # where the heading text starts
    chapter: bool = False  # 第X章 / 第X节


def parse_label(text: str) -> Label | None:
    """The label opening a paragraph, if it has one and some heading text after it."""
    for chapter, patterns in ((False, _PATTERNS), (True, _CHAPTERS)):
        for level, pattern in patterns:
            m = pattern.match(text)
            if m and m.end() < len(text):
                numeral = m["n"]
                value = int(numeral) if numeral.isdigit() else chinese_number(numeral)
                if value:
                    return Label(level, m["label"], numeral, value, m.end(), chapter)
    return None


def style_label(level: int) -> Label:
    """The label of a paragraph that is a heading only by its Word style."""
    return Label(level, "", "", 0, 0)
