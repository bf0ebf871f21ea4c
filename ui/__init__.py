"""All Qt code of the workbench: the window, its views, models, charts and flows."""
