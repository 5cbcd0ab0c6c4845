"""Side weights (framing.voices.sideweights, framing.voices.sides.weigh) and their training (train/).

Every passage and every number here was written for the tests.
"""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given, strategies as st

from framing.voices import sides
from framing.cli import main
from framing.errors import InputError
from framing.voices.sideweights import SideWeights, load_weights
from framing.inputs.topic import UNASSIGNED, load_topic

from conftest import ROOT

sys.path.insert(0, str(ROOT / "train"))
import logistic  # noqa: E402
import sides as training  # noqa: E402  (train/sides.py)

TOPIC = load_topic("facial-recognition", folder=ROOT / "data" / "topics")
STEPS = sides.WEIGHED


def test_score_is_the_bias_plus_each_feature_times_its_weight():
    # the docstring's example
    assert SideWeights({"kind for": 2.0}, -1.0).score({"kind for": 0.69}) == pytest.approx(0.38)


def test_the_committed_weights_are_made_for_the_features_framing_weighs():
    weights = sides.side_weights()
    assert list(weights.weights) == list(sides.FEATURES)
    # evidence for a side counts for it, evidence for the others against it
    for step in STEPS:
        assert weights.weight(f"{sides.SOURCES[step]} for") > 0
        assert weights.weight(f"{sides.SOURCES[step]} against") < 0


def test_a_missing_weights_file_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match=r"^no side weights at .*: make it again with: "):
        load_weights(tmp_path / "gone.json", sides.FEATURES)


@pytest.mark.parametrize("text", ["{", "[]", '{"features": ["kind for"]}',
                                  '{"features": ["kind for"], "weights": [1], "bias": 0}'])
def test_a_broken_or_mismatched_weights_file_is_one_clear_error(tmp_path, text):
    path = tmp_path / "weights.json"
    path.write_text(text)
    with pytest.raises(InputError, match="make it again with: python train/sides.py"):
        load_weights(path, sides.FEATURES)


def test_the_command_line_reports_a_missing_weights_file_in_one_line(tmp_path, capsys,
                                                                     monkeypatch):
    monkeypatch.setattr(sides, "side_weights",
                        lambda: load_weights(tmp_path / "gone.json", sides.FEATURES))
    article = tmp_path / "a.md"  # written for the tests: a resident only weighed evidence places
    article.write_text("---\ntitle: Cameras\ntopic: facial-recognition\n---\n"
                       '"I saw the van," said Joan Park, a local resident.\n')
    assert main(["quotes", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no side weights at ") and err.count("\n") == 1


SIDE_IDS = [s.id for s in TOPIC.sides]
EVIDENCE = st.fixed_dictionaries({step: st.dictionaries(
    st.sampled_from(SIDE_IDS), st.lists(st.just("words"), min_size=1, max_size=4), max_size=3)
    for step in STEPS})


@given(EVIDENCE)
def test_weighing_chooses_a_side_with_evidence_and_unassigned_only_without_any(evidence):
    placed = sides.weigh(evidence, TOPIC, sides.side_weights())
    with_evidence = {side for found in evidence.values() for side in found}
    if not with_evidence:
        assert (placed.side, placed.source) == (UNASSIGNED, "unassigned")
    else:
        assert placed.side in with_evidence and placed.weak
        chance = float(placed.evidence.rsplit(" ", 1)[1].rstrip(")"))
        assert 1 / len(with_evidence) <= chance <= 1


def test_more_of_one_sides_evidence_never_lowers_its_score():
    weights = sides.side_weights()
    for step in STEPS:
        less = {s: {} for s in STEPS} | {step: {"critics": ["w"], "officials": ["w"]}}
        more = {s: {} for s in STEPS} | {step: {"critics": ["w", "w"], "officials": ["w"]}}
        assert weights.score(sides.side_features(more, TOPIC, "critics")) > \
            weights.score(sides.side_features(less, TOPIC, "critics"))


# --- training (train/logistic.py, train/sides.py) ---

def test_logistic_fit_is_deterministic_and_finds_the_direction_of_the_data():
    x, y = [[0.0], [1.0], [2.0], [3.0], [1.5]], [0, 0, 1, 1, 1]
    first, second = logistic.fit(x, y), logistic.fit(x, y)
    assert first.tolist() == second.tolist()
    assert first[0] > 0 and first[1] < 0  # weight, then the unpenalised bias


def _example(article, gold, **evidence):
    steps = {sides.SOURCES[s]: s for s in STEPS}
    found = {s: {} for s in STEPS} | {steps[k]: v for k, v in evidence.items()}
    return training.Example(article, True, gold, None, found)


def test_training_learns_to_trust_the_evidence_that_agrees_with_the_hand_coding(tmp_path):
    # written for the tests: own words always agree with the gold side, kinds never do
    found = [_example(f"a{i}", gold, **{"own-frames": {gold: ["w"] * (1 + i % 2)},
                                         "kind": {other: ["w"]}})
             for i in range(12) for gold, other in [("critics", "officials"),
                                                    ("officials", "critics")]]
    weights = training.fit(found, TOPIC)
    assert weights.weight("own-frames for") > 0 > weights.weight("kind for")
    path = tmp_path / "weights.json"
    path.write_text(training.weights_file(weights, found))
    assert load_weights(path, sides.FEATURES) == SideWeights(
        {k: round(v, 6) for k, v in weights.weights.items()}, round(weights.bias, 6))
    assert json.loads(path.read_text())["trained_by"] == "train/sides.py"
    placed = training.cross_validated(found, TOPIC)
    assert placed == [e.gold for e in found]
