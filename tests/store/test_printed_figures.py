"""Every figure the demo round prints can be checked with a calculator from the printed figures
above it: each case score from its printed track scores, each unit score from its printed case
scores and its denominator."""

import json
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal as D


def printed(value):
    return D(value).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def test_each_printed_figure_follows_from_the_printed_figures_above_it(demo_round):
    run = subprocess.run([sys.executable, "-m", "reviewer_app", "results", "--db", str(demo_round / "secretariat.db"), "--json"],
                         capture_output=True, text=True)
    document = json.loads(run.stdout)
    weights = {track: D(w) for track, w in document["round"]["weights"].items()}
    checked = 0
    for case in document["case_files"]:
        if case["final_score"] is None or case["accepted_score"] or case["rule"].endswith("计 0 分"):
            continue
        expert, cross = case["expert_score"], case["cross_score"]
        if expert and cross:
            expected = printed((weights["expert"] * D(expert) + weights["cross"] * D(cross)) / (weights["expert"] + weights["cross"]))
        else:
            expected = D(expert or cross)
        assert D(case["final_score"]) == expected, case["code"]
        checked += 1
    assert checked >= 15  # most of the demo's 22 files, the zeroed ones aside

    cases = document["case_files"]
    units = {u["name"]: u for u in document["units"]}
    for unit in document["units"]:
        counted = [unit["name"]] + [u["name"] for u in document["units"] if u["parent"] == unit["name"]]
        scores = [D(c["final_score"]) for c in cases if c["unit"] in counted and c["final_score"] is not None]
        assert unit["denominator"] == unit["case_count"] == len(scores) == (22 if unit["level"] == "city" else 7)
        assert D(unit["score"]) == printed(sum(scores) / unit["denominator"]), unit["name"]
    assert set(units) == {"临江市环境保护局", "青溪县环境保护局", "云台县环境保护局"}
