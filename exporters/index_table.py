"""The development index's ranking as CSV or XLSX, with the method and the weights, so a reader can recompute it.

Input is the report as `workbench.analysis.development_index.as_dict` gives it (what `workbench index --json`
prints); the XLSX puts the method and the weights on a sheet of their own.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook

from exporters.files import save_new
from workbench.storage import outputs


def _ranking(doc: dict, names: dict[str, str]) -> list[list[object]]:
    indicators = {i["id"]: f"{i['name']}（{i['scope']}）" for i in doc["indicators"]}
    rows: list[list[object]] = [
        ["rank", "region", "index", "coverage", "indicator", "value", "score", "weight", "contribution"]
    ]
    for r in doc["regions"]:
        for p in r["indicators"]:
            rows.append(
                [
                    r["rank"],
                    names.get(r["region"], r["region"]),
                    r["index"],
                    r["coverage"],
                    indicators[p["id"]],
                    p["value"],
                    p["score"],
                    p["weight"],
                    p["contribution"],
                ]
            )
    return rows


def _method(doc: dict) -> list[list[object]]:
    rows: list[list[object]] = [
        ["plan", doc["plan"]["title"]],
        ["period", doc["period"]],
        ["method", doc["method"]["name"]],
        [doc["method"]["description"]],
        [],
        ["indicator id", "indicator", "scope", "unit", "direction", "weight", "baseline", "target used", "range used"],
    ]
    for i in doc["indicators"]:
        target, spread = i.get("target"), i.get("range")
        rows.append(
            [
                i["id"],
                i["name"],
                i["scope"],
                i["unit"],
                i["direction"],
                i["weight"],
                f"{i['baseline']['year']}: {i['baseline']['value']}" if i["baseline"] else "",
                f"{target['year']}: {target['value']}" if target else "",
                f"{spread['min']} – {spread['max']}" if spread else "",
            ]
        )
    return rows


def write(
    doc: dict, path: str | Path, names: dict[str, str], *, workspace: Path | None = None, force: bool = False
) -> Path:
    """Write the ranking to *path*: .xlsx (a sheet for the ranking, one for the method) or .csv (the method below
    the ranking). An existing file is replaced only with *force*; the workspace's own files never are."""
    if Path(path).suffix.lower() == ".csv":
        [target] = outputs.prepare([path], workspace=workspace, force=force)
        text = io.StringIO()
        csv.writer(text).writerows([*_ranking(doc, names), [], *_method(doc)])
        with outputs.staged(target) as (partial, handle):
            handle.write(text.getvalue().encode("utf-8-sig"))  # with a BOM: Excel reads it as UTF-8
        return outputs.place(partial, target)

    def build() -> Workbook:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "ranking"
        for row in _ranking(doc, names):
            sheet.append(row)
        method = book.create_sheet("method")
        for row in _method(doc):
            method.append(row)
        return book

    return save_new(build, path, workspace=workspace, force=force)
