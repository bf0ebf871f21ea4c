"""Received submission workbooks → domain objects (`read_submission`), read safely."""

from importers.submission.reader import read_submission, template_meta

__all__ = ["read_submission", "template_meta"]
