"""The UI language: Qt translators for our strings (ui/i18n/*.qm) and Qt's own dialogs,
plus the core's message catalogue, switched together at runtime.

Source strings are English; zh_CN is the default language. Installing a translator makes
Qt send every widget a LanguageChange event, on which each widget retranslates itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ui.text import QT_TRANSLATE_NOOP
from workbench import messages

I18N = Path(__file__).with_name("i18n")
LANGUAGES = ("zh_CN", "en")
# Labels of Qt's own file dialog that qtbase_zh_CN.qm lacks (it has them without their mnemonics), so the dialog
# spoke English beside Chinese: translated in our .ts, which Qt falls back to after its own.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class Language(QObject):
    changed = Signal(str)

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = ""

    def apply(self, language: str) -> None:
        language = language if language in LANGUAGES else LANGUAGES[0]
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        # Our strings, then Qt's own (buttons of standard dialogs, context menus).
        for folder, name in (
            (I18N, f"workbench_{language}"),
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        ):
            translator = QTranslator(self)
            if translator.load(name, str(folder)):
                self._app.installTranslator(translator)
                self._translators.append(translator)
        QLocale.setDefault(QLocale(language))
        messages.set_language(language, window=True)
        self.current = language
        self.changed.emit(language)
