"""The OLE compound-file signature: what Word and Excel write for an old .doc/.xls and
for a password-protected .docx/.xlsx, which both importers must recognise and explain."""

from __future__ import annotations

from pathlib import Path

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_compound(data: bytes) -> bool:
    return data.startswith(SIGNATURE)


def is_compound_file(path: Path) -> bool:
    with open(path, "rb") as f:
        return is_compound(f.read(len(SIGNATURE)))
