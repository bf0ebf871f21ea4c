"""The report's bar images: valid PNGs whose segments have the given colours and proportions."""

from __future__ import annotations

import struct
import zlib

from exporters.png_bars import TRACK, WHITE, rgb, stacked_bar, swatch


def _pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    start = data.index(b"IDAT") + 4
    length = struct.unpack(">I", data[start - 8 : start - 4])[0]
    raw = zlib.decompress(data[start : start + length])
    stride = 1 + width * 3
    return width, height, [raw[i * stride + 1 : (i + 1) * stride] for i in range(height)]


def test_segments_in_proportion_on_a_shared_scale():
    width, height, rows = _pixels(stacked_bar([(3, "70AD47"), (0, "000000"), (1, "C00000")], 8, width=80, height=20))
    assert (width, height) == (80, 20)
    middle = rows[height // 2]
    colours = [tuple(middle[x * 3 : x * 3 + 3]) for x in range(width)]
    assert colours[0] == rgb("70AD47") and colours[29] == WHITE  # 3/8 of 80 px, a white gap at its end
    assert colours[30] == rgb("C00000") and colours[41] != rgb("C00000")
    assert colours[-1] == TRACK  # the rest of the scale, empty
    assert set(rows[0]) == {255}  # a white margin above the bar


def test_swatch_is_one_colour():
    width, height, rows = _pixels(swatch("2E75B6", size=6))
    assert (width, height) == (6, 6) and all(r == bytes(rgb("2E75B6")) * 6 for r in rows)
