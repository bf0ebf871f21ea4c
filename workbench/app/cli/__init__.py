"""The `workbench` command: one entry point; with no subcommand it opens the GUI."""

from workbench.app.cli.main import main

__all__ = ["main"]
