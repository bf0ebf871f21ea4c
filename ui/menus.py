"""The menu bar: workspace handling, editing with undo/redo, plan and submission work,
the view options (presentation mode, language, the panels) and help (the guide, the
shortcuts, about)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.help import dialogs as help_dialogs
from ui.language import LANGUAGES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language, never translated


class Menus(QObject):
    """Owns the window's actions; the window calls retranslate() on a language change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ws, bar = window.workspaces, window.menuBar()
        self.file, self.edit, self.plan, self.view, self.help = (bar.addMenu("") for _ in range(5))
        a = self._add
        self.new = a(self.file, ws.new, QKeySequence.StandardKey.New)
        self.open = a(self.file, ws.open, QKeySequence.StandardKey.Open)
        self.recent = self.file.addMenu("")
        self.recent.aboutToShow.connect(self._fill_recent)
        self.save_copy = a(self.file, ws.save_copy, QKeySequence.StandardKey.SaveAs)
        self.file.addSeparator()
        self.backup = a(self.file, ws.backup)
        self.restore = a(self.file, ws.restore)
        self.file.addSeparator()
        self.demo = a(self.file, ws.open_demo)
        self.reset_demo = a(self.file, ws.reset_demo)
        self.file.addSeparator()
        self.quit = a(self.file, window.close, QKeySequence.StandardKey.Quit)

        group = window.session.undo_group
        self.undo = group.createUndoAction(window)
        self.redo = group.createRedoAction(window)
        # Their texts ("Undo Set status of task 3") come from Qt's own translation of "Undo %1".
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        # Ctrl+Shift+Z everywhere, plus the platform's own redo key (Ctrl+Y on Windows).
        self.redo.setShortcuts(
            list(
                dict.fromkeys([QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)])
            )
        )
        self.edit.addActions([self.undo, self.redo])
        self.edit.addSeparator()
        self.find = a(self.edit, window.focus_search, QKeySequence.StandardKey.Find)

        flows = window.flows
        self.import_plan = a(self.plan, flows.import_plan)
        self.plan.addSeparator()
        # In the order of a reporting round: send, take in, review, remind the late, report.
        self.send_templates = a(self.plan, flows.send_templates)
        self.take_submissions = a(self.plan, flows.take_submissions)
        self.review = a(self.plan, lambda: window.show_view("review"))
        self.send_reminders = a(self.plan, flows.send_reminders)
        self.write_summary = a(self.plan, flows.write_summary)
        self.write_meeting_report = a(self.plan, flows.write_meeting_report)
        self.plan.addSeparator()
        self.development_index = a(self.plan, lambda: _analysis().show_index(window))
        self.themes = a(self.plan, lambda: _analysis().show_themes(window))
        self.plan.addSeparator()
        self.receive_template = a(self.plan, flows.receive_template)
        self.consolidate = a(self.plan, flows.consolidate)

        self.presentation = a(self.view, window.presentation.toggle, QKeySequence("F11"))
        self.presentation.setCheckable(True)
        self.language_menu = self.view.addMenu("")
        self.languages = QActionGroup(self)
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self.languages, checkable=True)
            action.setData(code)
            action.setChecked(code == window.language.current)
            action.triggered.connect(lambda _=False, c=code: window.set_language(c))
            self.language_menu.addAction(action)
        # Every dock and the toolbar can be brought back, whatever a restored layout left hidden.
        self.view.addSeparator()
        for panel in (window.navigator_dock, window.search_dock, window.toolbar):
            self.view.addAction(panel.toggleViewAction())
        self.guide = a(self.help, lambda: help_dialogs.show(window, help_dialogs.GuideDialog), QKeySequence("F1"))
        self.shortcuts = a(self.help, lambda: help_dialogs.show(window, help_dialogs.ShortcutsDialog))
        self.help.addSeparator()
        self.about = a(self.help, window.about)
        # Actions that start background work or need an open workspace.
        self._busy_sensitive = [
            self.new,
            self.open,
            self.save_copy,
            self.backup,
            self.restore,
            self.demo,
            self.reset_demo,
            self.import_plan,
            self.send_templates,
            self.take_submissions,
            self.write_summary,
            self.send_reminders,
            self.write_meeting_report,
            self.receive_template,
            self.consolidate,
        ]

    def _add(self, menu: QMenu, slot, shortcut=None) -> QAction:
        action = menu.addAction("")
        action.triggered.connect(lambda checked=False: slot(checked) if action.isCheckable() else slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def set_busy(self, busy: bool) -> None:
        for action in self._busy_sensitive:
            action.setEnabled(not busy)

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.window.settings.recent():
            action = self.recent.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.workspaces.open_path(p))

    def retranslate(self) -> None:
        texts = {
            self.file: self.tr("&File"),
            self.edit: self.tr("&Edit"),
            self.plan: self.tr("&Plans"),
            self.view: self.tr("&View"),
            self.help: self.tr("&Help"),
            self.recent: self.tr("Open &recent"),
            self.language_menu: self.tr("&Language"),
        }
        for menu, text in texts.items():
            menu.setTitle(text)
        for action, text in (
            (self.new, self.tr("&New workspace…")),
            (self.open, self.tr("&Open workspace…")),
            (self.save_copy, self.tr("Save a &copy…")),
            (self.backup, self.tr("&Back up now")),
            (self.restore, self.tr("Restore a backup…")),
            (self.demo, self.tr("Open the &demo workspace")),
            (self.reset_demo, self.tr("Reset the demo workspace (for trainers)…")),
            (self.quit, self.tr("&Quit")),
            (self.find, self.tr("&Find…")),
            (self.import_plan, self.tr("&Import a plan document…")),
            (self.send_templates, self.tr("&Send templates…")),
            (self.take_submissions, self.tr("&Take in submissions…")),
            (self.review, self.tr("Re&view the reports")),
            (self.write_summary, self.tr("Write the su&mmary workbook…")),
            (self.development_index, self.tr("&Development index…")),
            (self.themes, self.tr("T&hemes across plans…")),
            (self.send_reminders, self.tr("Remind the &late…")),
            (self.write_meeting_report, self.tr("Write the joint meeting's &report…")),
            (self.receive_template, self.tr("Rec&eive a template from a higher office…")),
            (self.consolidate, self.tr("&Consolidate for the higher office…")),
            (self.presentation, self.tr("&Presentation mode")),
            (self.guide, self.tr("User &guide")),
            (self.shortcuts, self.tr("&Keyboard shortcuts")),
            (self.about, self.tr("&About")),
        ):
            action.setText(text)


def _analysis():
    """The index and themes dialogs, imported when first opened as the flows are: the window starts light."""
    from ui import analysis_dialogs

    return analysis_dialogs
