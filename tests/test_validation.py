"""The Validation page's figures come from the committed results of bench/topic_eval.py and
bench/quotes_eval.py."""

from framing.analysis.validation import (ATTRIBUTION, attribution_table, frames_table,
                                         load_results, sides_table)


def test_results_cover_both_halves_of_a_fixed_split():
    results = load_results()
    assert results["split"]["seed"] == 14 and len(results["split"]["tune"]) == 20
    for half in ("tune", "held-out"):
        assert results[half]["articles"] == 20
        assert set(results[half]["frames"]) == {"surveillance", "safety"}


def test_tables_show_every_half_and_frame():
    results = load_results()
    assert len(sides_table(results)) == 2
    frames = frames_table(results)
    assert len(frames) == 4
    held = frames[frames["half"].str.startswith("held-out") & (frames["frame"] == "safety")]
    assert held["F1"].item() == results["held-out"]["frames"]["safety"]["f1"]


def test_attribution_figures_are_cross_validated_over_folds_of_articles():
    results = load_results("quotes_eval")
    assert results["folds"] == len(results["per_fold"]) == 5 and results["articles"] > 600
    table = attribution_table(results)
    assert list(table["measure"]) == list(ATTRIBUTION.values())
    speaker = [f["speaker"] for f in results["per_fold"]]
    assert abs(table.loc[0, "mean"] - sum(speaker) / len(speaker)) <= 0.001
    assert min(speaker) <= table.loc[0, "mean"] <= max(speaker)
