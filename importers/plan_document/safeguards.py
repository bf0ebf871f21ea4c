"""Safeguards: the items of the 保障措施 / 政策措施 part."""

from __future__ import annotations

from workbench.planning.document import NodeKind, ParsedSafeguard

from .outline import Outline
from .tasks import own_span, title_and_body


def extract_safeguards(outline: Outline) -> list[ParsedSafeguard]:
    safeguards = []
    for block in outline.blocks():
        if block.kind is NodeKind.SAFEGUARD:
            title, body = title_and_body(block)
            safeguards.append(ParsedSafeguard(block.label.numeral, title, body, own_span(block)))
    return safeguards
