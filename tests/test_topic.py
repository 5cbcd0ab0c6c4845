import pytest

from framing.errors import InputError
from framing.topic import UNASSIGNED, load_topic, parse_lexicon

FRAMES = {"surveillance", "safety", "technical"}


def test_case_study_topic(topic):
    assert [s.id for s in topic.sides] == ["officials", "critics", "other"]
    aliases = topic.aliases()
    for alias in ("the met", "met police", "scotland yard", "the force", "metropolitan police"):
        assert aliases[alias] == "Metropolitan Police"
    terms = {e.term: e.frame for e in topic.lexicon}
    assert terms["oppressive"] == terms["mass surveillance"] == terms["surveillance state"] == "surveillance"
    assert terms["safeguards"] == terms["keep people safe"] == "safety"


def test_sides_from_actors_and_roles(topic):
    assert topic.side_for("Nick Ephgrave", "Metropolitan Police", "assistant commissioner") == "officials"
    assert topic.side_for("Clare Collier", "Liberty", "advocacy director") == "critics"
    assert topic.side_for("Jane Doe", None, "chief constable") == "officials"
    assert topic.side_for("Jane Doe", None, "a privacy campaigner") == "critics"
    assert topic.side_for("Jane Doe", "Acme", "baker") is None
    assert topic.side_for("Metropolitan Police") == "officials"
    assert topic.side_for("standing a metre away") is None


@pytest.mark.parametrize("csv_text, message", [
    ("term,frame\n,safety\n", "row 2: empty term"),
    ("term,frame\nsafe,safety\nnice,joy\n", "row 3: unknown frame 'joy'"),
    ("term,frame\nSafe,safety\nsafe,safety\n", "row 3: duplicate term 'safe'"),
    ("word,frame\nsafe,safety\n", "missing column(s) term"),
])
def test_lexicon_errors_name_the_row(csv_text, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_lexicon(csv_text, FRAMES)


def test_unknown_topic_says_how_to_create_it(tmp_path):
    with pytest.raises(InputError, match="framing new-topic nope"):
        load_topic("nope", folder=tmp_path)


def test_unassigned_is_not_a_topic_side(topic):
    assert UNASSIGNED not in {s.id for s in topic.sides}
    assert topic.side_colours()[UNASSIGNED]
