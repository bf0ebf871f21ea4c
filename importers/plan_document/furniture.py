"""What a page adds to a plan copied out of a PDF or a printed Word file, found so the
outline can skip or mend it: page numbers (— 3 —, -3-, 第3页), a running header
repeated on every page, a typed table of contents (目录), and the hard line wraps of a
fixed page width.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from itertools import pairwise

from .labels import parse_label

_PAGE_NUMBER = re.compile(
    r"[—–\-－─·•]+\s*\d{1,4}\s*[—–\-－─·•]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|\d{1,3}"
)
_BARE_NUMBER = re.compile(r"\d{1,3}")
# A page number beside a header's words: at either end of the line.
_PAGE_PART = re.compile(
    r"^\s*[—–\-－]\s*\d{1,4}\s*[—–\-－]\s*|\s*[—–\-－]\s*\d{1,4}\s*[—–\-－]\s*$|\s*第\s*\d{1,4}\s*页\s*$"
)
_CONTENTS = re.compile(r"目\s*[录錄]|CONTENTS?|Contents")
# An entry of a typed table of contents ends in its page number, often after leader dots.
_CONTENTS_ENTRY = re.compile(r"(.*?)(?:(?:[.…·．\-—_\s]{2,}|\s)\d{1,3}|[.…·．]{3,})")
_PROSE = re.compile(r"[。，；,;]")
_HEADER_MAX = 40
_HEADER_REPEATS = 3
_HEADER_GAP = 8  # lines between two occurrences: a page, not a list
_BESIDE_PAGE_NUMBER = 2  # a header seen only twice counts when it stands this close to a page number
_WRAP_MIN = 40  # display width (a Chinese character counts 2)
_WRAP_BAND = 5
_WRAP_SHARE = 0.2
_WRAP_LINES = 6
_WIDER_SHARE = 0.05


def width(text: str) -> int:
    """Display width: a Chinese character or a sign printed as wide as one (“ ” … —) counts 2, ASCII 1."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(line))


def furniture(lines: list[str]) -> set[int]:
    """Numbers of the stripped, non-blank lines that are page furniture, not text."""
    skipped = {n for n, line in enumerate(lines) if line and is_page_number(line)}
    bare = [n for n in sorted(skipped) if _BARE_NUMBER.fullmatch(lines[n])]
    values = [int(lines[n]) for n in bare]
    if len(bare) < 2 or values != sorted(values):
        # A number alone on its line is a page number only where such lines count pages
        # up; one, or a column of figures pasted from a table, is text.
        skipped -= set(bare)
    skipped |= _contents(lines)
    skipped |= _running_headers(lines, skipped)
    skipped |= _numbered_headers(lines, skipped)
    return skipped


def _contents(lines: list[str]) -> set[int]:
    """A 目录 line and the entries after it, up to the line that starts the text: one
    without a page number after entries that had one, the first entry again, or prose."""
    start = next((n for n, line in enumerate(lines) if _CONTENTS.fullmatch(line)), None)
    if start is None:
        return set()
    found = {start}
    first: str | None = None
    numbered = False
    for n in range(start + 1, len(lines)):
        line = lines[n]
        if not line or is_page_number(line):
            found.add(n)
            continue
        m = _CONTENTS_ENTRY.fullmatch(line)
        entry = _bare(m[1] if m else line)
        if (numbered and not m) or entry == first or (not m and (len(line) > _HEADER_MAX or _PROSE.search(line))):
            break
        first, numbered = first or entry, numbered or bool(m)
        found.add(n)
    return found


def _bare(line: str) -> str:
    return "".join(line.split())


def _running_headers(lines: list[str], skipped: set[int]) -> set[int]:
    """A short line printed on page after page: every occurrence but a first one away
    from page numbers (which, when the header is the plan's title, is the title)."""
    where: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        if line and n not in skipped and len(line) <= _HEADER_MAX:
            where.setdefault(line, []).append(n)
    numbers = sorted(n for n, line in enumerate(lines) if line and is_page_number(line))
    found: set[int] = set()
    for line, places in where.items():
        if len(places) < 2 or "：" in line or ":" in line or parse_label(line):
            continue
        spread = min(b - a for a, b in pairwise(places)) >= _HEADER_GAP
        paged = all(_near(n, numbers, lines) for n in places[1:])
        if spread and (len(places) >= _HEADER_REPEATS or paged):
            found |= {n for n in places if n != places[0] or _near(n, numbers, lines)}
    return found


def _numbered_headers(lines: list[str], skipped: set[int]) -> set[int]:
    """A header or footer printed with its page number on the same line
    ("江苏省数字经济发展规划  — 5 —"): the same words on several lines, each with a number."""
    where: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        if line and n not in skipped and len(line) <= _HEADER_MAX + 10:
            m = _PAGE_PART.search(line)
            if m and m.end() - m.start() < len(line):
                where.setdefault(_PAGE_PART.sub("", line).strip(), []).append(n)
    return {n for key, places in where.items() if key and len(places) >= 2 for n in places}


def _near(n: int, numbers: list[int], lines: list[str]) -> bool:
    """Line n stands within a line or two (blank lines aside) of a page number."""
    close = numbers[bisect_left(numbers, n - _HEADER_GAP) : bisect_left(numbers, n + _HEADER_GAP)]
    return any(sum(1 for k in range(min(n, p) + 1, max(n, p)) if lines[k]) < _BESIDE_PAGE_NUMBER for p in close)


def wrap_width(lines: list[str]) -> int | None:
    """The page width the text was hard-wrapped at, None if it was not: most lines fill
    it to within a character or two, and hardly any line is wider."""
    widths = [width(line) for line in lines if line]
    counts = Counter(w for w in widths if w >= _WRAP_MIN)
    best, best_count = None, 0
    for candidate in counts:
        count = sum(n for w, n in counts.items() if candidate - _WRAP_BAND <= w <= candidate)
        if count > best_count or (count == best_count and best is not None and candidate > best):
            best, best_count = candidate, count
    if best is None or best_count < max(_WRAP_LINES, _WRAP_SHARE * len(widths)):
        return None
    wider = sum(1 for w in widths if w > best + 2)
    return best if wider <= _WIDER_SHARE * len(widths) else None


def fills(line: str, page_width: int | None) -> bool:
    """The line runs to the page width: the text goes on in the next line."""
    return page_width is not None and width(line) >= page_width - _WRAP_BAND
