"""Source text → paragraphs that keep their offsets into it.

A paragraph is a non-blank line, except that a line cut off by a page break or a hard
line wrap is joined with its rest, page furniture (page numbers, running headers, a
typed table of contents) is left out, and a numbered item that runs on into the next
number is split.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from workbench.planning.document import Span

from .furniture import fills, furniture, wrap_width
from .labels import ITEM, PART, parse_label

# A paragraph ending in one of these is complete; closing quotes and brackets count.
FINAL = "。！？；：!?;:”’」』）)…."
_COMMAS = "，,"
_STOPS = "。！？；：!?;:…."
_CLOSERS = "”’」』）)"
_LEAD_BREAKS = "，,；;：:"
LEAD_IN_MAX = 30


def normalise(text: str) -> str:
    """The source text every span indexes: BOM stripped, line ends as \\n, nothing else changed."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Paragraph:
    text: str
    start: int  # source offset of text[0]
    hint: int | None = None  # outline level given by a Word heading style
    # (text index, source offset) where each joined-on piece begins: text is then no
    # longer one slice of the source.
    pieces: tuple[tuple[int, int], ...] = ()

    def pos(self, index: int) -> int:
        """Source offset of text[index]."""
        base, offset = 0, self.start
        for text_index, source_index in self.pieces:
            if index < text_index:
                break
            base, offset = text_index, source_index
        return offset + index - base

    @property
    def end(self) -> int:
        return self.pos(len(self.text) - 1) + 1

    def span(self, a: int = 0, b: int | None = None) -> Span:
        """Span of text[a:b] in the source (a non-empty slice)."""
        b = len(self.text) if b is None else b
        return Span(self.pos(a), self.pos(b - 1) + 1)

    def joined(self, rest: Paragraph) -> Paragraph:
        shift = len(self.text)
        pieces = ((shift, rest.start), *((shift + t, s) for t, s in rest.pieces))
        return replace(self, text=self.text + rest.text, pieces=self.pieces + pieces)

    def slice(self, a: int, b: int) -> Paragraph:
        """text[a:b] without surrounding blanks, as a paragraph of its own."""
        part = self.text[a:b]
        a += len(part) - len(part.lstrip())
        b = a + len(part.strip())
        return Paragraph(
            self.text[a:b],
            self.pos(a),
            self.hint if a == 0 else None,
            tuple((t - a, s) for t, s in self.pieces if a < t < b),
        )


def split_lead(text: str) -> tuple[str, str]:
    """A title up to the first 。 (without it), and the rest."""
    head, _, rest = text.partition("。")
    return head.strip().rstrip("：:"), rest.strip()


def is_lead_in(text: str) -> bool:
    """Opens with a short topic sentence such as "推动工业大数据应用。" — how 003 resumes
    its running text after a 专栏 box."""
    head, stop, _ = text.partition("。")
    return bool(stop) and len(head) <= LEAD_IN_MAX and not any(c in head for c in _LEAD_BREAKS)


def split_paragraphs(text: str, hints: Mapping[int, int]) -> list[Paragraph]:
    """Paragraphs of normalised text; hints maps a line number to a Word heading level."""
    raw = text.split("\n")
    skipped = furniture([line.strip() for line in raw])
    lines = []
    offset = 0
    for number, line in enumerate(raw):
        stripped = line.strip()
        if stripped and number not in skipped:
            hint = hints.get(number)
            lines.append(
                Paragraph(
                    stripped, offset + len(line) - len(line.lstrip()), hint if hint in range(PART, ITEM + 1) else None
                )
            )
        offset += len(line) + 1
    return _split_run_ons(_rejoin(lines, wrap_width([p.text for p in lines])))


def _continues(first: Paragraph, rest: Paragraph) -> bool:
    """rest is the tail of first, cut off by a page break (002: "…浙江提" / "出推进…").

    Prose has commas; a title, issuer or date line has none, and does not end in a
    sentence, so it is never joined to what follows it.
    """
    return (
        first.hint is None
        and rest.hint is None
        and first.text[-1] not in FINAL
        and rest.text[-1] in FINAL
        and any(c in first.text for c in _COMMAS)
        and (parse_label(first.text) is None or "。" in first.text)  # a heading with its body runs on
        and parse_label(rest.text) is None
    )


def _wrapped(first: Paragraph, page_width: int | None) -> bool:
    """first's last line fills the page and stops mid-sentence: a hard wrap (unless what
    follows is numbered: a heading as wide as the page). A closing quote or bracket ends a
    sentence only after a stop (…。” but not …一次办”)."""
    last = first.text[first.pieces[-1][0] :] if first.pieces else first.text
    ending = last.rstrip(_CLOSERS)
    return first.hint is None and fills(last, page_width) and not (ending and ending[-1] in _STOPS)


def _rejoin(lines: list[Paragraph], page_width: int | None) -> list[Paragraph]:
    out: list[Paragraph] = []
    for line in lines:
        wraps_on = (
            line.hint is None and parse_label(line.text) is None and _wrapped(out[-1] if out else line, page_width)
        )
        if out and (_continues(out[-1], line) or wraps_on):
            out[-1] = out[-1].joined(line)
        else:
            out.append(line)
    return out


def _split_run_ons(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """000 runs task 15 into task 14's paragraph: "…问题。15.提升…" starts a new item."""
    out = []
    for paragraph in paragraphs:
        label = parse_label(paragraph.text)
        while label and label.level == ITEM:
            following = re.compile(rf"[。！？；!?;]\s*({label.value + 1}\s*[.．、])(?!\d)")
            m = following.search(paragraph.text, label.end)
            if not m:
                break
            out.append(paragraph.slice(0, m.start(1)))
            paragraph = paragraph.slice(m.start(1), len(paragraph.text))
            label = parse_label(paragraph.text)
        out.append(paragraph)
    return out
