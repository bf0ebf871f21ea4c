"""Figures as people read them, the same in the window and on the command line."""
from __future__ import annotations


def display(value: float) -> str:
    """Thousands separated, at most two decimals, no trailing zeros: 97,860,000 · 8,482.69 · 80."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")
