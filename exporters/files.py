"""Writing a workbook we made: checked against what it must not replace, saved whole under a temporary name in
its folder, and only then renamed into place (`workbench.storage.outputs`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty

from workbench.storage import outputs
from workbench.version import version

APP_VERSION = "app_version"


def _stamp(wb: Workbook) -> None:
    """Which program wrote the workbook, in its document properties (Excel and WPS: File → Properties)."""
    wb.properties.creator = f"Planning Workbench {version()}"
    if APP_VERSION in wb.custom_doc_props.names:  # a received workbook we copy carries our template's
        del wb.custom_doc_props[APP_VERSION]
    wb.custom_doc_props.append(StringProperty(name=APP_VERSION, value=version()))


def stage(wb: Workbook, target: Path) -> Path:
    """Save *wb* complete and closed as a partial file beside *target*; `outputs.place` renames it."""
    _stamp(wb)
    with outputs.staged(target) as (partial, handle):
        wb.save(handle)
    return partial


def save_new(
    build: Callable[[], Workbook],
    path: str | Path,
    *,
    workspace: Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> Path:
    """Check *path* before building (see `outputs.check`), then write the workbook safely into place."""
    [target] = outputs.prepare([path], workspace=workspace, inputs=inputs, force=force)
    return outputs.place(stage(build(), target), target)
