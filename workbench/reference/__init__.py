"""Reference vocabularies: regions, reporting periods and task statuses, each defined once."""
