"""The on-track / off-track rule: straight lines from the baseline through each dated target."""

from __future__ import annotations

import pytest

from workbench.tracking import trajectory
from workbench.tracking.trajectory import Point, Verdict


def test_times_are_ends_of_what_a_value_describes():
    assert trajectory.year_end(2020) == 2021.0
    assert trajectory.period_end("2023H1") == 2023.5
    assert trajectory.period_end("2023Q3") == 2023.75
    assert trajectory.period_end("2023") == 2024.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年底", 2023.0),
        ("2023年6月", 2023.5),
        ("2023-06-30", 2023.5),
        ("2021—2023年", 2024.0),
        ("2025年", 2026.0),
        ("长期", None),
        (None, None),
    ],
)
def test_deadlines_in_the_ways_plans_write_them(text, expected):
    assert trajectory.deadline_end(text) == expected


def test_trajectory_runs_straight_from_baseline_through_each_target():
    path = trajectory.build(92.8, 2015, [(2020, 100.0)])
    assert path.expected(2016.0) == pytest.approx(92.8)
    assert path.expected(2018.5) == pytest.approx(96.4)
    assert path.expected(2021.0) == pytest.approx(100.0)
    assert path.expected(2025.0) == pytest.approx(100.0)  # the last target must hold afterwards
    assert path.expected(2015.0) is None  # nothing is planned before the baseline


def test_staged_targets_make_a_line_with_a_bend_at_each_stage():
    path = trajectory.build(4000, 2021, [(2023, 5000), (2025, 7000), (2027, 10000)])
    assert [p.label for p in path.points] == ["2021", "2023", "2025", "2027"]
    assert path.expected(2023.0) == pytest.approx(4500)
    assert path.expected(2025.0) == pytest.approx(6000)
    assert path.expected(2027.0) == pytest.approx(8500)


def test_targets_at_or_before_the_baseline_are_ignored():
    path = trajectory.build(50, 2020, [(2019, 40), (2020, 45), (2022, 60)])
    assert [p.label for p in path.points] == ["2020", "2022"]


def test_on_and_off_track_for_a_rising_indicator():
    path = trajectory.build(0, 2020, [(2022, 100)])  # 50 by the end of 2021
    on = trajectory.assess(path, [Point(2021.5, 10), Point(2022.0, 50)])
    off = trajectory.assess(path, [Point(2022.0, 49.9), Point(2021.5, 60)])  # the latest value counts
    assert on.verdict == Verdict.ON_TRACK and on.expected == pytest.approx(50) and on.gap == pytest.approx(0)
    assert off.verdict == Verdict.OFF_TRACK and off.judged == Point(2022.0, 49.9)
    assert off.gap == pytest.approx(-0.1)


def test_a_period_is_judged_on_its_own_value_never_on_an_older_one():
    path = trajectory.build(0, 2020, [(2022, 100)])  # 25 by mid-2021, 50 by the end of 2021
    actual = [Point(2021.5, 40, "2021H1"), Point(2022.0, 45, "2021H2")]
    assert trajectory.assess(path, actual, "2021H1") == trajectory.Assessment(
        Verdict.ON_TRACK, Point(2021.5, 40, "2021H1"), 25
    )
    assert trajectory.assess(path, actual).judged == Point(2022.0, 45, "2021H2")  # no period: the latest
    assert trajectory.assess(path, actual, "2022H1") == trajectory.Assessment(Verdict.NOT_REPORTED)
    assert trajectory.assess(path, [], "2022H1").verdict == Verdict.NOT_REPORTED


def test_lower_is_better_turns_the_comparison_round():
    path = trajectory.build(100, 2020, [(2022, 60)], direction="decrease")
    assert trajectory.assess(path, [Point(2022.0, 75)]).verdict == Verdict.ON_TRACK
    assert trajectory.assess(path, [Point(2022.0, 85)]).verdict == Verdict.OFF_TRACK


def test_no_data_and_no_target():
    path = trajectory.build(None, None, [])
    assert trajectory.assess(path, []).verdict == Verdict.NO_DATA
    assert trajectory.assess(path, [Point(2022.0, 1)]).verdict == Verdict.NO_TARGET


def test_without_a_baseline_a_region_starts_from_its_own_first_value():
    # 002 states only staged targets: 5000 by 2023, 7000 by 2025.
    path = trajectory.build(None, None, [(2023, 5000), (2025, 7000)])
    assert not path.has_baseline
    actual = [Point(2021.5, 3000), Point(2022.5, 3900)]
    own = path.for_region(actual)
    assert own.points[0] == Point(2021.5, 3000)
    assert own.expected(2022.5) == pytest.approx(3800)
    assert trajectory.assess(path, actual).verdict == Verdict.ON_TRACK
    assert trajectory.assess(path, [Point(2021.5, 3000), Point(2022.5, 3700)]).verdict == Verdict.OFF_TRACK


def test_a_value_after_the_first_target_is_measured_without_anchoring():
    path = trajectory.build(None, None, [(2020, 80)])
    assert path.for_region([Point(2022.0, 70)]) is path
    assert trajectory.assess(path, [Point(2022.0, 70)]).verdict == Verdict.OFF_TRACK
    assert trajectory.assess(path, [Point(2022.0, 85)]).verdict == Verdict.ON_TRACK
