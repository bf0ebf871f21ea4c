"""Argument parsing and dispatch for `workbench`; each subject registers its subcommands.

Exit codes: 0 success; 1 a submission was rejected or a change refused (a locked period, an approved region,
nothing to approve, a plan update that would drop progress); 2 unusable input (file, plan, task, indicator,
region, period or a value); 3 the workspace cannot be used (locked, newer, damaged, read-only,
disk full), or the window lacks a system library; 70 an internal error; 130 cancelled.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from workbench import messages
from workbench.app import logs
from workbench.errors import Cancelled, WorkbenchError, WorkspaceError
from workbench.storage.paths import default_workspace
from workbench.version import version

INTERNAL_ERROR = 70

logger = logging.getLogger(__name__)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets --workspace stand before or after the subcommand without the
    # subparser's default overwriting a value given before it.
    common.add_argument(
        "--workspace",
        type=Path,
        default=argparse.SUPPRESS,
        help="workspace file (default: $WORKBENCH_WORKSPACE, else workspace.sqlite in the user data directory)",
    )
    common.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=argparse.SUPPRESS,
        help="language of messages (default zh_CN, or WORKBENCH_LANG)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    from workbench.app.cli import (
        analysis_commands,
        audit_commands,
        cascade_commands,
        indicator_commands,
        plan_commands,
        report_commands,
        review_commands,
        submission_commands,
        task_commands,
        workspace_commands,
    )

    common = _common()
    parser = argparse.ArgumentParser(
        prog="workbench", parents=[common], description="长三角信息化规划工作台 Planning Workbench"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    parser.add_argument("--version", action="version", version=f"workbench {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        plan_commands,
        workspace_commands,
        submission_commands,
        review_commands,
        report_commands,
        analysis_commands,
        task_commands,
        indicator_commands,
        audit_commands,
        cascade_commands,
    ):
        module.register(sub, common)
    return parser


def run(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    messages.set_language(getattr(args, "lang", None))
    args.workspace = getattr(args, "workspace", None) or default_workspace()
    debug = args.debug or bool(os.environ.get("WORKBENCH_DEBUG"))
    log_file = logs.configure(debug)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return _window(args.workspace, debug)
    try:
        return handler(args)
    except Cancelled as exc:
        print(exc.text(), file=sys.stderr)
        return 130
    except WorkbenchError as exc:
        print(exc.text(), file=sys.stderr)
        return 3 if isinstance(exc, WorkspaceError) else exc.exit_code
    except KeyboardInterrupt:
        print(messages.text("cancelled"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (`| head`) stopped reading: not an error of ours. Point stdout at
        # devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last guard: one line (and where the log is), never a traceback
        if log_file is not None:  # without a handler, logging would print the traceback to stderr itself
            logger.exception("internal error in `workbench %s`", args.command)
        if debug:
            traceback.print_exc()
        print(messages.text("internal_error", error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        if log_file is not None:
            print(messages.text("log.see_file", path=log_file), file=sys.stderr)
        return INTERNAL_ERROR


def _window(workspace: Path, debug: bool) -> int:
    from ui import system_libraries  # imports no Qt: a missing library is named before Qt fails to load

    missing = system_libraries.missing()
    if missing:
        for package, libraries in missing.items():
            line = messages.text("system.missing_package", package=package, libraries=", ".join(libraries))
            print(line, file=sys.stderr)
        print(messages.text("system.install_packages", packages=" ".join(missing)), file=sys.stderr)
        return 3
    from ui.app import main as gui_main  # the composition root of the GUI

    return gui_main(workspace=workspace, debug=debug)


def main() -> None:
    sys.exit(run())
