"""The bundle's entry point (packaging/workbench.spec): the `workbench` command; with no subcommand, the window."""

from workbench.app.cli import main

main()
