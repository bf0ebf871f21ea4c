"""Bar images as PNG, written with the standard library (zlib) alone.

Why here and so small: the report's charts must be pictures that Word, WPS and LibreOffice show alike, the
exporters may not use Qt, and matplotlib is no dependency. A chart in the report is a table whose rows hold the
label and figures as document text (in the document's fonts, searchable, translatable) and one bar image each,
so an image never needs to draw text.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

WHITE = (255, 255, 255)
TRACK = (242, 242, 242)  # the empty part of a bar: where it would reach at the longest row's length


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = int(hex_colour.lstrip("#"), 16)
    return value >> 16 & 255, value >> 8 & 255, value & 255


def png(width: int, height: int, rows: Sequence[bytes]) -> bytes:
    """An 8-bit RGB PNG from *height* rows of *width* × 3 bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 on every row
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def stacked_bar(segments: Sequence[tuple[float, str]], scale: float, *, width: int = 480, height: int = 28) -> bytes:
    """One horizontal bar: each (amount, colour) segment in turn, *scale* being the amount that fills the width
    (the largest row's total, so that rows compare); a 1-pixel white gap between segments."""
    pad = max(2, height // 6)
    line = bytearray(bytes(WHITE) * width)
    x = 0
    for amount, colour in segments:
        if amount <= 0 or scale <= 0:
            continue
        end = min(width, round(x + amount / scale * width))
        line[x * 3 : end * 3] = bytes(rgb(colour)) * (end - x)
        if end - x > 2:
            line[(end - 1) * 3 : end * 3] = bytes(WHITE)
        x = end
    line[x * 3 :] = bytes(TRACK) * (width - x)
    blank = bytes(WHITE) * width
    return png(width, height, [blank] * pad + [bytes(line)] * (height - 2 * pad) + [blank] * pad)


def swatch(colour: str, *, size: int = 16) -> bytes:
    """A square of one colour, for a legend."""
    return png(size, size, [bytes(rgb(colour)) * size] * size)
