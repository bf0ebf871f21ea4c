"""A generated corpus of malformed and hostile plan documents, by category.

Each category yields several files; every one must be refused with a clear message
(an InputError), quickly, in bounded memory, and without touching the workspace.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.conftest import SEED_000

Maker = Callable[[Path, int], Path]
SEED = SEED_000.read_text(encoding="utf-8")
POEM = "床前明月光，疑是地上霜。举头望明月，低头思故乡。"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _docx(path: Path, parts: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


_CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def empty(d: Path, i: int) -> Path:
    return _write(d / f"empty{i}.txt", b"")


def whitespace(d: Path, i: int) -> Path:
    return _write(d / f"blank{i}.txt", (" \n\t\r\n　" * (i + 1) * 50).encode("utf-8"))


def bom_only(d: Path, i: int) -> Path:
    return _write(d / f"bom{i}.txt", b"\xef\xbb\xbf" + b"\n" * i)


def png(d: Path, i: int) -> Path:
    return _write(d / f"image{i}.txt", b"\x89PNG\r\n\x1a\n" + random.Random(i).randbytes(4096))


def random_bytes(d: Path, i: int) -> Path:
    return _write(d / f"noise{i}.txt", random.Random(100 + i).randbytes(2048 * (i + 1)))


def nul_in_text(d: Path, i: int) -> Path:
    data = SEED.encode("utf-8")
    cut = len(data) // (i + 2)
    return _write(d / f"nul{i}.txt", data[:cut] + b"\0" * 64 + data[cut:])


def utf16_without_bom(d: Path, i: int) -> Path:
    return _write(d / f"utf16_{i}.txt", SEED.encode("utf-16-be" if i % 2 else "utf-16-le"))


def latin1_garbage(d: Path, i: int) -> Path:
    return _write(d / f"latin{i}.txt", bytes([0x80 + (k * 7 + i) % 0x7F for k in range(3000)]))


def shift_jis(d: Path, i: int) -> Path:
    text = "計画書ではありません。ｶﾀｶﾅ半角文字列" * (i + 5)
    return _write(d / f"sjis{i}.txt", text.encode("shift_jis") + bytes([0x81, 0xFF, 0xFE, 0x85]) * 20)


def not_a_plan_poem(d: Path, i: int) -> Path:
    return _write(d / f"poem{i}.txt", (POEM * (i + 1)).encode("utf-8"))


def not_a_plan_english(d: Path, i: int) -> Path:
    return _write(d / f"english{i}.txt", ("The quick brown fox jumps over the lazy dog. " * (i + 3)).encode())


def html_page(d: Path, i: int) -> Path:
    return _write(d / f"page{i}.txt", f"<html><body><p>{POEM}</p><script>alert({i})</script></body></html>".encode())


def too_large(d: Path, i: int) -> Path:
    with open(d / f"huge{i}.txt", "wb") as f:
        f.truncate(20 * 1024 * 1024 + 1 + i)
    return d / f"huge{i}.txt"


def wrong_suffix(d: Path, i: int) -> Path:
    return _write(d / f"plan{i}.{['pdf', 'doc', 'rtf', 'odt', 'xlsx'][i % 5]}", SEED.encode("utf-8"))


def docx_not_a_zip(d: Path, i: int) -> Path:
    return _write(d / f"text{i}.docx", SEED.encode("utf-8")[: 1000 * (i + 1)])


def docx_truncated_zip(d: Path, i: int) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("word/document.xml", b"<w:document/>" * 500)
    data = buf.getvalue()
    return _write(d / f"cut{i}.docx", data[: len(data) // (i + 2)])


def docx_zip_bomb(d: Path, i: int) -> Path:
    # ~ 60–100 MB of zeros compressed to well under 1 MB
    return _docx(
        d / f"bomb{i}.docx",
        {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": b"\0" * ((60 + 10 * i) * 1024 * 1024)},
    )


def docx_entity_bomb(d: Path, i: int) -> Path:
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">'.encode() for k in range(1, 10)
        )
        + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx(d / f"lol{i}.docx", {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": lol})


def docx_external_entity(d: Path, i: int) -> Path:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx(d / f"xxe{i}.docx", {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": xxe})


def docx_missing_document(d: Path, i: int) -> Path:
    return _docx(d / f"hollow{i}.docx", {"[Content_Types].xml": _CONTENT_TYPES, f"word/other{i}.xml": b"<x/>"})


def docx_encrypted(d: Path, i: int) -> Path:
    # What Word writes for a password-protected file: an OLE compound document, not a zip.
    return _write(d / f"locked{i}.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(i).randbytes(8192))


def control_characters(d: Path, i: int) -> Path:
    return _write(d / f"ctrl{i}.txt", bytes(range(1, 32)) * (200 + i))


def truncated_plan(d: Path, i: int) -> Path:
    return _write(d / f"stub{i}.txt", SEED[: 10 + 20 * i].encode("utf-8"))


CATEGORIES: dict[str, Maker] = {
    f.__name__: f
    for f in (
        empty,
        whitespace,
        bom_only,
        png,
        random_bytes,
        nul_in_text,
        utf16_without_bom,
        latin1_garbage,
        shift_jis,
        not_a_plan_poem,
        not_a_plan_english,
        html_page,
        too_large,
        wrong_suffix,
        docx_not_a_zip,
        docx_truncated_zip,
        docx_zip_bomb,
        docx_entity_bomb,
        docx_external_entity,
        docx_missing_document,
        docx_encrypted,
        control_characters,
        truncated_plan,
    )
}
PER_CATEGORY = 5


def corpus(directory: Path) -> Iterator[tuple[str, Path]]:
    for name, make in CATEGORIES.items():
        folder = directory / name
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(PER_CATEGORY):
            yield name, make(folder, i)
