"""The composition root: the `workbench` command and the operations that need a file
adapter (importers, exporters). The core never imports this package."""
