import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.errors import InputError
import framing.inputs.topic as topic_module
from framing.inputs.topic import UNASSIGNED, Kind, load_topic, parse_lexicon, words_in

FRAMES = {"surveillance", "safety", "technical"}


def test_case_study_topic(topic):
    assert [s.id for s in topic.sides] == ["officials", "critics", "other"]
    aliases = topic.aliases()
    for alias in ("the met", "met police", "scotland yard", "the force", "metropolitan police"):
        assert aliases[alias] == "Metropolitan Police"
    terms = {e.term: e.frame for e in topic.lexicon}
    assert terms["oppressive"] == terms["mass surveillance"] == terms["surveillance state"] == "surveillance"
    assert terms["safeguards"] == terms["keep people safe"] == "safety"


def test_sides_from_actors_and_kinds(topic):
    assert topic.side_for("Nick Ephgrave", "Metropolitan Police", "assistant commissioner") == "officials"
    assert topic.side_for("Clare Collier", "Liberty", "advocacy director") == "critics"
    assert topic.side_for("Jane Doe", None, "chief constable") == "officials"
    assert topic.side_for("Jane Doe", None, "a privacy campaigner") == "critics"
    assert topic.side_for("Jane Doe", None, "Information Commissioner") == "critics"
    assert topic.side_for("Jane Doe", None, "High Court judge") == "other"
    assert topic.side_for("Jane Doe", "Acme", "baker") is None
    assert topic.side_for("Metropolitan Police") == "officials"
    assert topic.side_for("standing a metre away") is None
    assert topic.side_for("Jane Doe, who met the critics") == "critics"  # not the Met


def test_kinds_cues_and_frame_sides_of_the_case_study(topic):
    kinds = {k.id: k for k in topic.kinds}
    assert kinds["police"].side == "officials" and kinds["police"].firm
    assert kinds["regulator"].side == "critics" and not kinds["regulator"].firm
    assert kinds["court"].side == "other"
    assert "warned" in topic.cues["critics"] and "defended" in topic.cues["officials"]
    assert {f.id: f.side for f in topic.frames} == {"surveillance": "critics", "safety": "officials",
                                                    "technical": None}


@pytest.mark.parametrize("words, text, found", [
    (["judge"], "Two Judges ruled.", ["Judges"]),
    (["Watch"], "A watch list, and Big Brother Watch.", ["Watch"]),
    (["police officer", "police"], "An ex-police officer and a former police chief.", []),
    (["critic"], "She is not a critic.", []),
    (["critic"], "No, she is a critic.", ["critic"]),
    (["passer-by"], "A passer by stopped.", ["passer by"]),
    (["met", "Met"], "Standing a metre away.", []),
])
def test_words_match_as_written(words, text, found):
    assert words_in(words, text) == found


def test_the_longest_kind_words_decide(topic):
    assert topic.kind_in("shadow home secretary")[0].id == "politician"
    assert topic.kind_in("home secretary")[0].id == "government"
    assert topic.kind_in("police and crime commissioner")[0].id == "police"  # a tie: listed first


def _loaded(tmp_path, **fields):
    """A topic written for the tests with sides a, b, c and frame f, plus ``fields``."""
    spec = {"sides": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "frames": [{"id": "f"}], **fields}
    (tmp_path / "t").mkdir(exist_ok=True)
    (tmp_path / "t" / "topic.yml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    (tmp_path / "t" / "lexicon.csv").write_text("term,frame\n", encoding="utf-8")
    return load_topic("t", folder=tmp_path)


def kind(**changes) -> dict:
    return {"id": "k", "side": "a", "words": ["clerk"], **changes}


def test_a_kind_needs_only_an_id_a_side_and_words(tmp_path):
    topic = _loaded(tmp_path, kinds=[{"id": "k", "side": "a", "words": "clerk"}],
                    cues={"b": ["warned"]}, frames=[{"id": "f", "side": "b"}])
    assert topic.kinds == (Kind("k", "k", "a", ("clerk",), False),)
    assert topic.cues == {"b": ("warned",)} and topic.frames[0].side == "b"


@pytest.mark.parametrize("fields, message", [
    ({"kinds": "police"}, "kinds: expected a list"),
    ({"kinds": ["police"]}, "kinds item 1: expected a mapping"),
    ({"kinds": [{"side": "a", "words": ["x"]}]}, "kinds item 1: id: missing"),
    ({"kinds": [kind(), kind()]}, "kind 'k' appears twice"),
    ({"kinds": [kind(side="d")]}, "kind 'k' has unknown side 'd'"),
    ({"kinds": [kind(side=None)]}, "kind 'k': side: missing"),
    ({"kinds": [{"id": "k", "side": "a"}]}, "kind 'k': words: expected a list"),
    ({"kinds": [kind(words=[])]}, "kind 'k': words: expected a list"),
    ({"kinds": [kind(words=["ok", ""])]}, "kind 'k': words item 2: expected text"),
    ({"kinds": [kind(words=["!!"])]}, "kind 'k': words: '!!' has no letters or digits"),
    ({"kinds": [kind(firm="yes")]}, "kind 'k': firm: expected true or false, found 'yes'"),
    ({"kinds": [kind(label=["x"])]}, "kind 'k': label: expected text"),
    ({"cues": ["warned"]}, "cues: expected a mapping"),
    ({"cues": {"d": ["warned"]}}, "cues for unknown side 'd'"),
    ({"cues": {"a": [None]}}, "cues 'a' item 1: missing"),
    ({"frames": [{"id": "f", "side": "d"}]}, "frame 'f' has unknown side 'd'"),
    ({"frames": [{"id": "f", "side": ["a"]}]}, "frame 'f': side: expected text"),
])
def test_bad_kinds_cues_and_frame_sides_name_the_file_and_field(tmp_path, fields, message):
    with pytest.raises(InputError) as error:
        _loaded(tmp_path, **fields)
    assert "topic.yml: " in str(error.value) and message in str(error.value)
    assert "\n" not in str(error.value)


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


SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.sampled_from(["a", "-", "!!"])
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=4), inner, max_size=2), max_leaves=6)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["id", "label", "side", "words", "firm"]), value=VALUES,
       text=st.text(max_size=40))
def test_any_kind_loads_or_is_one_input_error_and_matches_any_text(tmp_path, field, value, text):
    try:
        topic = _loaded(tmp_path, kinds=[kind(**{field: value})])
    except InputError as error:
        assert "\n" not in str(error)
    else:
        topic.kind_in(text)


def _words_in_as_first_written(words, text):
    """words_in before it compiled each word once and ruled words out by a substring test."""
    found = []
    for word in words:
        parts = [re.escape(w).replace("'", "['’]") for w in re.split(r"[\s-]+", word.strip()) if w]
        if not parts:
            continue
        flags = 0 if word[:1].isupper() else re.IGNORECASE
        pattern = r"(?<!\w)" + r"[\s-]+".join(parts) + r"(?:e?s)?(?!\w)"
        found += [m for m in re.finditer(pattern, text, flags)
                  if not topic_module._negated(text, m.start())]
    return [m.group(0) for m in sorted(found, key=lambda m: m.start())]


_PIECES = ["Watch", "watch", "judge", "Judges", "victims'", "victims’", "ex-", "not ", "former ",
           "police officer", "police-officer", "Liberty", "ß", "ſ", "K", "-", " ", ", ", ". ", "es"]


@given(st.lists(st.sampled_from(_PIECES), max_size=6),
       st.lists(st.sampled_from(_PIECES), max_size=12))
def test_words_in_finds_what_it_found_as_first_written(words, pieces):
    text = "".join(pieces)
    assert topic_module.words_in(words, text) == _words_in_as_first_written(words, text)
