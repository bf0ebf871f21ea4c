"""The geography: who reports what."""

from __future__ import annotations

import pytest

from workbench.reference import regions
from workbench.reporting.templates import reports_indicator


@pytest.mark.parametrize(
    "scope, reporters",
    [
        ("YRD", {"SH", "JS", "ZJ", "AH"}),
        ("SZST", {"SH", "JS", "ZJ"}),  # 数字三体: 青浦, 吴江, 嘉善
        ("SH-QP", {"SH"}),
        ("AH", {"AH"}),
    ],
)
def test_provinces_report_the_indicators_of_the_ground_they_share(scope, reporters):
    assert {p for p in regions.PROVINCES if reports_indicator({"scope_region": scope}, p)} == reporters


def test_cities_of_the_demonstration_zone_report_its_indicators():
    cities = {c for c in regions.CITIES if reports_indicator({"scope_region": "SZST"}, c)}
    assert cities == {"SH-SH", "JS-SZ", "ZJ-JX"}
    assert len(regions.CITIES) == 41
