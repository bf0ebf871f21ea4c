"""Every visible string goes through Qt's translation: the .ts files hold every string
the code marks, fully translated, and the window switches language at runtime."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.conftest import WAIT
from workbench import messages

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "ui" / "i18n"
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def marked_strings() -> set[str]:
    """Every literal passed to tr(), translate() or QT_TRANSLATE_NOOP() in ui/, including
    inside f-strings (where lupdate does not look)."""
    found = set()
    for path in (REPO / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in MARKERS:
                text = node.args[-1] if name != "tr" else node.args[0]
                if name == "translate":
                    text = node.args[1]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found.add(text.value)
    return found


def translations(language: str) -> dict[str, str]:
    tree = ET.parse(I18N / f"workbench_{language}.ts")
    return {
        m.findtext("source"): (m.findtext("translation") or "", m.find("translation").get("type"))
        for m in tree.iter("message")
    }


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_marked_string_has_a_finished_translation(language):
    table = translations(language)
    missing = sorted(marked_strings() - table.keys())
    assert not missing, f"run scripts/translations.py; not in the .ts: {missing}"
    unfinished = sorted(s for s, (text, kind) in table.items() if not text.strip() or kind == "unfinished")
    assert not unfinished


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_built_qm_matches_its_ts(language):
    translator = QTranslator()
    assert translator.load(str(I18N / f"workbench_{language}.qm"))
    tree = ET.parse(I18N / f"workbench_{language}.ts")
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            assert translator.translate(name, message.findtext("source")) == message.findtext("translation"), (
                "rebuild the .qm files: scripts/translations.py"
            )


def test_english_translations_are_english_and_chinese_ones_chinese():
    english, chinese = translations("en"), translations("zh_CN")
    assert all(text == source for source, (text, _) in english.items())
    untouched = [s for s, (text, _) in chinese.items() if text == s and any(c.isalpha() for c in s)]
    assert untouched == []


def header(model, key: str) -> str:
    return model.headerData(model.column_of(key), Qt.Orientation.Horizontal)


def visible_texts(window) -> set[str]:
    texts = {window.windowTitle(), *(window.tabs.tabText(i) for i in range(window.tabs.count()))}
    texts |= {a.text() for a in window.menuBar().actions()}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            texts.add(widget.text())
    return texts


def test_the_window_speaks_chinese_by_default_and_english_on_request(window, qtbot):
    english_sources = set(translations("zh_CN")) - {"No.", "PNG", "SVG"}
    assert window.tabs.tabText(1) == "任务" and window.menuBar().actions()[0].text() == "文件(&F)"
    leaked = sorted(t for t in visible_texts(window) if t in english_sources)
    assert leaked == [], "shown untranslated (a tr() context that lupdate saw differently?)"
    assert header(window.tasks.model, "title") == "任务"

    window.menus.languages.actions()[1].trigger()  # English
    assert window.language.current == "en" and window.settings.language() == "en"
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Tasks", timeout=WAIT)  # LanguageChange is posted
    assert window.tabs.tabText(1) == "Tasks" and window.menuBar().actions()[0].text() == "&File"
    assert header(window.tasks.model, "title") == "Task"
    assert window.tasks.region.currentText() == "Shanghai"
    assert messages.language() == "en"
    window.period.setCurrentText("nonsense")
    window.period.lineEdit().editingFinished.emit()
    assert window.status_message.text().startswith("Invalid period")

    window.menus.languages.actions()[0].trigger()  # back to 中文
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "任务", timeout=WAIT)
    assert window.tasks.region.currentText() == "上海市"


def test_the_language_chosen_is_used_at_the_next_start(make_window, settings):
    settings.set_language("en")
    window = make_window()
    assert window.tabs.tabText(0) == "Overview"
    assert "Planning Workbench" in window.windowTitle()
