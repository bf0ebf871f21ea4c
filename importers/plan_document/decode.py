"""Bytes of a .txt file → text: UTF-8 (with or without BOM), GB18030, or UTF-16/32 with
a BOM (what Windows Notepad calls "Unicode"); nothing else."""

from __future__ import annotations

import codecs
from collections import Counter

from workbench.errors import InputError

# UTF-32 first: its little-endian BOM begins with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes no text file uses: C0 controls other than \t \n \v \f \r and ESC, and DEL.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
_BINARY_SHARE = 0.05
_SAMPLE = 64 * 1024
# GB18030 decodes most byte soups (Latin-1, Shift-JIS…) into rare characters: Chinese
# text in GB18030 is overwhelmingly made of the common GB2312 set.
_COMMON_SHARE = 0.9


def decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise InputError("file.empty", path=path)
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding, path)
            if _looks_binary(text[:_SAMPLE].encode("utf-8")):
                raise InputError("file.binary", path=path)
            return text
    if _looks_binary(data[:_SAMPLE]):
        raise InputError("file.binary", path=path)
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = _strict(data, "gb18030", path)
    if not _mostly_common(text[:_SAMPLE]):
        raise InputError("file.encoding", path=path)
    return text


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > _BINARY_SHARE * len(sample)


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError("file.encoding", path=path) from None


def _mostly_common(text: str) -> bool:
    wide = Counter(c for c in text if not c.isascii())
    common = sum(n for c, n in wide.items() if _in_gb2312(c))
    return common >= _COMMON_SHARE * wide.total()


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True
