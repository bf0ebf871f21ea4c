"""Typed errors of the workbench: a message code plus parameters, worded by `messages`.

Every failure a user can cause ends in a `WorkbenchError`; the CLI prints its text in
one line and exits non-zero, the GUI shows it in a dialog. No traceback reaches a user.
"""

from __future__ import annotations

from workbench import messages


class WorkbenchError(Exception):
    """A failure a user can understand and act on."""

    exit_code = 2

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def text(self, lang: str | None = None) -> str:
        return messages.text(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.text()


class InputError(WorkbenchError):
    """A file or argument the workbench cannot use (not a plan, binary, wrong encoding…)."""


class WorkspaceError(WorkbenchError):
    """The workspace cannot be opened or written (locked, newer, damaged, read-only…)."""


class NotFound(WorkbenchError):
    """A plan, region or period named by the user does not exist."""


class Cancelled(WorkbenchError):
    """The user cancelled a long operation; everything it did was rolled back."""
