"""Update the UI translations: extract every translatable string of ui/ into the .ts files
(keeping the translations already made), fill the English file (English is the source
language, so its translation is the source text), and build the .qm files the app loads.

    .venv/bin/python scripts/translations.py

Translate the new entries of ui/i18n/workbench_zh_CN.ts with Qt Linguist
(.venv/bin/pyside6-linguist) and run this again to rebuild the .qm files.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "ui" / "i18n"
TOOLS = Path(sys.executable).parent
LANGUAGES = ("zh_CN", "en")


def ts_file(language: str) -> Path:
    return I18N / f"workbench_{language}.ts"


def extract() -> None:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [
                str(TOOLS / "pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_file(language)),
            ],
            cwd=REPO,
            check=True,
        )


def fill_english() -> None:
    path = ts_file("en")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:  # lupdate writes one for every message
            continue
        translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def build() -> None:
    for language in LANGUAGES:
        subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts_file(language))], cwd=REPO, check=True)


if __name__ == "__main__":
    extract()
    fill_english()
    build()
