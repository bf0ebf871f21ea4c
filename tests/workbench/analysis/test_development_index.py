"""The development index: reproducible by hand from what `workbench index --json` prints, weights stored and
audited, the stated rule for missing values."""

from __future__ import annotations

import json

import pytest

from db.queries import audit
from workbench.analysis import index_method
from workbench.analysis.index_method import Indicator, Method
from workbench.planning.document import Direction
from workbench.storage.workspace import Workspace


def by_hand(doc: dict) -> dict[str, float | None]:
    """The index of each region, recomputed from the printed method, weights and values only."""
    year = int(doc["period"][:4])
    indicators = {i["id"]: i for i in doc["indicators"]}
    values = {(p["id"], r["region"]): p["value"] for r in doc["regions"] for p in r["indicators"]}
    result = {}
    for r in doc["regions"]:
        num = den = 0.0
        for ind_id, ind in indicators.items():
            v = values[ind_id, r["region"]]
            if v is None:
                continue  # the printed rule: left out, its weight spread over the others
            if doc["method"]["name"] == "target":
                later = [t for t in ind["targets"] if t["year"] >= year]
                goal = (later or ind["targets"])[0]["value"] if ind["targets"] else None
                if goal is None:
                    continue
                if ind["baseline"]:
                    share = (v - ind["baseline"]["value"]) / (goal - ind["baseline"]["value"])
                else:
                    share = v / goal if ind["direction"] == "increase" else goal / v
            else:
                present = [x for (i, _), x in values.items() if i == ind_id and x is not None]
                low, high = min(present), max(present)
                share = 1.0 if high == low else (v - low) / (high - low)
                if ind["direction"] == "decrease" and high != low:
                    share = 1 - share
            num += ind["weight"] * 100 * min(1.0, max(0.0, share))
            den += ind["weight"]
        result[r["region"]] = num / den if den else None
    return result


@pytest.mark.parametrize("method", ["target", "range"])
def test_the_index_of_the_digital_trunk_plan_is_reproducible_by_hand(demo_path, cli, method):
    code, _, err = cli(
        "index", "weights", "--plan", "数字干线", "--indicator", "2", "--weight", "0.5", workspace=demo_path
    )
    assert code == 0, err
    code, out, _ = cli(
        "index", "--plan", "数字干线", "--period", "2023H1", "--method", method, "--json", workspace=demo_path
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["method"]["name"] == method and "Σ" in doc["method"]["description"]
    assert {i["id"]: i["weight"] for i in doc["indicators"]} == {1: 1.0, 2: 0.5}
    expected = by_hand(doc)
    printed = {r["region"]: r["index"] for r in doc["regions"]}
    assert printed.keys() == {"SH", "JS", "ZJ", "AH"}
    for region, value in expected.items():
        assert printed[region] == pytest.approx(value) if value is not None else printed[region] is None
    assert printed["AH"] is None  # 安徽 reports neither indicator of 数字三体 or 青浦
    assert sum(v is not None for v in printed.values()) == 3
    ranked = [r["index"] for r in doc["regions"] if r["index"] is not None]
    assert ranked == sorted(ranked, reverse=True)
    sh = next(r for r in doc["regions"] if r["region"] == "SH")
    assert sh["coverage"] == 1.0 and sum(p["contribution"] for p in sh["indicators"]) == pytest.approx(sh["index"])
    js = next(r for r in doc["regions"] if r["region"] == "JS")
    assert js["coverage"] == pytest.approx(1.0 / 1.5)  # 青浦's indicator is Shanghai's alone


def test_text_output_prints_the_method_and_each_part(demo_path, cli):
    code, out, _ = cli("--lang", "en", "index", "--plan", "数字干线", "--period", "2023H1", workspace=demo_path)
    assert code == 0
    assert "Missing values" in out and "Contribution" in out and "上海市" in out


def test_a_weight_is_stored_and_audited_and_a_bad_one_refused(demo_path, cli):
    code, _, err = cli(
        "index", "weights", "--plan", "数字干线", "--indicator", "产业", "--weight", "2", workspace=demo_path
    )
    assert code == 2 and "1" in err and "2" in err  # two indicators share the name: ids listed
    code, _, err = cli(
        "index", "weights", "--plan", "数字干线", "--indicator", "1", "--weight", "-1", workspace=demo_path
    )
    assert code == 2
    code, _, _ = cli("index", "weights", "--plan", "数字干线", "--indicator", "1", "--weight", "3", workspace=demo_path)
    assert code == 0
    with Workspace.open(demo_path, write=False) as ws:
        entries = [e for e in audit.entries_of(ws.db, "cli") if e["entity"] == "index_weight"]
    assert [json.loads(e["changes"]) for e in entries] == [{"weight": [1.0, 3.0]}]
    code, out, _ = cli("index", "--plan", "数字干线", "--period", "2023H1", "--json", workspace=demo_path)
    assert json.loads(out)["indicators"][0]["weight"] == 3.0


def test_index_needs_plan_and_period(demo_path, cli):
    with pytest.raises(SystemExit) as done:
        cli("index", "--plan", "数字干线", workspace=demo_path)
    assert done.value.code == 2


def test_scores_are_direction_aware_and_capped():
    falling = Indicator(1, "x", "%", Direction.DECREASE, 1.0, (2020, 10.0), ((2025, 5.0),))
    assert index_method.target_score(7.5, falling, 2023) == 50.0
    assert index_method.target_score(4.0, falling, 2023) == 100.0
    assert index_method.target_score(12.0, falling, 2023) == 0.0
    no_base = Indicator(2, "y", "%", Direction.DECREASE, 1.0, None, ((2025, 5.0),))
    assert index_method.target_score(10.0, no_base, 2023) == 50.0
    assert index_method.range_score(2.0, 2.0, 6.0, Direction.DECREASE) == 100.0
    assert index_method.range_score(5.0, 2.0, 6.0, Direction.INCREASE) == 75.0


def test_missing_values_spread_their_weight():
    a = Indicator(1, "a", "", Direction.INCREASE, 3.0, None, ((2023, 100.0),))
    b = Indicator(2, "b", "", Direction.INCREASE, 1.0, None, ((2023, 100.0),))
    ranked = index_method.compute(
        [a, b], {(1, "SH"): 50.0, (2, "SH"): 100.0, (2, "JS"): 80.0}, ["SH", "JS"], 2023, Method.TARGET
    )
    assert [(r.region, r.index, r.coverage) for r in ranked] == [("JS", 80.0, 0.25), ("SH", 62.5, 1.0)]


def test_a_target_revised_at_mid_term_scores_the_periods_after_it(demo_path, cli):
    """The index, like the verdicts, judges a period on the targets in force when it ended."""

    def scores(period: str) -> dict[str, float]:
        code, out, _ = cli("index", "--plan", "数字干线", "--period", period, "--json", workspace=demo_path)
        assert code == 0
        doc = json.loads(out)
        first = [(r["region"], r["indicators"][0]["score"]) for r in doc["regions"]]
        return {region: score for region, score in first if score is not None}

    before_h1, before_h2 = scores("2023H1"), scores("2022H2")
    revise = ("indicator", "revise", "--plan", "数字干线", "--indicator", "1", "--year", "2023", "--target", "6000")
    assert cli(*revise, "--reason", "中期评估上调", "--date", "2023-03-31", workspace=demo_path)[0] == 0
    after_h1, after_h2 = scores("2023H1"), scores("2022H2")
    assert after_h2 == before_h2  # 2022H2 ended before the revision: the plan's 5,000 still
    assert after_h1 and all(after_h1[r] < before_h1[r] for r in after_h1)  # 6,000 is further off than 5,000
