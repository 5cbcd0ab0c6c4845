"""Hostile topic folders: each bad topic.yml, lexicon or topic name gives an InputError that names
the file and the field or row, never another exception, and new-topic never leaves half a folder.

Every topic, lexicon and value in this file is written for the tests.
"""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing.inputs.scaffold
from framing.cli import main
from framing.errors import InputError
from framing.inputs.scaffold import new_topic
from framing.inputs.topic import load_topic, parse_lexicon

# A small valid topic, written for the tests; each test breaks one thing in a copy of it.
SPEC = {
    "name": "t",
    "label": "A topic written for the tests",
    "sides": [{"id": "school", "label": "School", "colour": "#0072B2"},
              {"id": "parents", "label": "Parents", "colour": "#e69f00"}],
    "actors": [{"name": "Hilltop Academy", "side": "school", "aliases": ["the academy"]},
               {"name": "Parents Together", "side": "parents"}],
    "roles": {"school": ["headteacher"], "parents": ["mother"]},
    "frames": [{"id": "discipline", "label": "Discipline", "colour": "#56B4E9"},
               {"id": "freedom", "label": "Freedom", "colour": "#CC79A7"}],
    "lexicon": "lexicon.csv",
}
HEADER = "term,frame,kind,why,source\n"
LEXICON = HEADER + "crackdown,discipline,metaphor,Borrows the language of policing,\n"


def write(folder, spec=SPEC, lexicon=LEXICON, *, yml=None):
    """Topic ``t`` in ``folder`` from ``spec`` (or the raw ``yml`` text) and ``lexicon``."""
    (folder / "t").mkdir(exist_ok=True)
    text = yml if yml is not None else yaml.safe_dump(spec, allow_unicode=True)
    (folder / "t" / "topic.yml").write_text(text, encoding="utf-8")
    (folder / "t" / "lexicon.csv").write_text(lexicon, encoding="utf-8")
    return folder / "t"


def changed(path, value):
    """A copy of SPEC with the field at ``path`` (keys and list indexes) set to ``value``."""
    spec = copy.deepcopy(SPEC)
    if not path:
        return value
    node = spec
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return spec


def refused(tmp_path, *match, **write_args):
    """The message of the InputError that loading the written topic raises."""
    write(tmp_path, **write_args)
    with pytest.raises(InputError) as error:
        load_topic("t", folder=tmp_path)
    message = str(error.value)
    assert "\n" not in message
    for part in match:
        assert part in message
    return message


def test_valid_test_topic_loads(tmp_path):
    write(tmp_path)
    topic = load_topic("t", folder=tmp_path)
    assert topic.side_for("Jane", "the academy") == "school"
    assert [e.term for e in topic.lexicon] == ["crackdown"]


# 1. topic.yml is read by the loader that refuses anchors and aliases

def test_topic_yml_refuses_yaml_aliases(tmp_path):
    bomb = 'a: &a ["x", "x"]\nb: &b [*a, *a]\nc: &c [*b, *b]\n'
    refused(tmp_path, "topic.yml", "anchors and aliases", yml=bomb + yaml.safe_dump(SPEC))


# 2.-4. lexicon rows: unclosed quotes, field counts, oversized fields

@pytest.mark.parametrize("rows, where", [
    ('"oppressive,discipline,adjective,why\nsafe,freedom,,,\nnice,freedom,,,\n', "row 3: "),
    ('"oppressive,discipline,adjective,why\nsafe,freedom,,,\n"nice",freedom,,,\n', "row 3: "),
])
def test_unclosed_quote_in_lexicon_names_the_row_it_opened_on(tmp_path, rows, where):
    message = refused(tmp_path, "lexicon.csv", where, "closing quote", lexicon=LEXICON + rows)
    assert "runs on to row 5" in message


def test_unclosed_quote_in_lexicon_header_is_refused(tmp_path):
    refused(tmp_path, "lexicon.csv row 1: ", "closing quote", lexicon='"term,frame\nx,discipline\n')


@pytest.mark.parametrize("row, count, hint", [
    ("curfew,discipline,metaphor,Rules, not trust,\n", 6, "quote a field that holds a comma"),
    ("curfew,discipline\n", 2, "keep a comma for each empty field"),
])
def test_rows_with_the_wrong_number_of_fields_name_the_row(tmp_path, row, count, hint):
    refused(tmp_path, f"lexicon.csv row 3 has {count} fields; expected 5 "
                      f"(term, frame, kind, why, source): {hint}", lexicon=LEXICON + row)


def test_oversized_lexicon_field_names_the_row(tmp_path):
    row = "curfew,discipline,metaphor," + "x" * 131_073 + ",\n"
    refused(tmp_path, "lexicon.csv row 3: ", "field larger than field limit", lexicon=LEXICON + row)


def test_blank_lexicon_rows_are_skipped_and_rows_keep_their_numbers(tmp_path):
    lexicon = HEADER + "\n,,,,\ncrackdown,discipline,,,\n!!,freedom,,,\n"
    refused(tmp_path, "lexicon.csv row 5: term '!!' has no letters or digits", lexicon=lexicon)


# 5. ids and names that must be unique

def test_duplicate_side_ids_are_refused(tmp_path):
    sides = SPEC["sides"] + [{"id": "school", "colour": "#000"}]
    refused(tmp_path, "topic.yml: side 'school' appears twice", spec=changed(["sides"], sides))


def test_duplicate_frame_ids_are_refused(tmp_path):
    frames = SPEC["frames"] + [{"id": "freedom"}]
    refused(tmp_path, "topic.yml: frame 'freedom' appears twice", spec=changed(["frames"], frames))


@pytest.mark.parametrize("actor", [
    {"name": "Hilltop Academy", "side": "parents"},
    {"name": "Mothers United", "side": "parents", "aliases": ["The Academy"]},
])
def test_a_name_or_alias_on_two_sides_is_refused(tmp_path, actor):
    refused(tmp_path, "topic.yml: actor", "also names 'Hilltop Academy'",
            spec=changed(["actors"], SPEC["actors"] + [actor]))


def test_a_name_shared_on_one_side_and_a_frame_named_like_a_side_are_fine(tmp_path):
    actors = SPEC["actors"] + [{"name": "Academy Trust", "side": "school", "aliases": ["the academy"]}]
    frames = SPEC["frames"] + [{"id": "school"}]
    write(tmp_path, changed(["frames"], frames) | {"actors": actors})
    topic = load_topic("t", folder=tmp_path)
    assert topic.side_for("the academy") == "school"
    assert [f.id for f in topic.frames][-1] == "school"


def test_unassigned_is_not_a_side_id(tmp_path):
    refused(tmp_path, "'unassigned' is reserved", spec=changed(["sides", 1, "id"], "unassigned"))


# 6. colours reach HTML style attributes: hex only

@pytest.mark.parametrize("colour", ["red", "#12345", "#ggg", "#000;background:url(x)", "#fff\"><b>",
                                    "0072B2", 5, None, True])
@pytest.mark.parametrize("field, name", [(["sides", 0, "colour"], "side 'school'"),
                                         (["frames", 1, "colour"], "frame 'freedom'")])
def test_colours_must_be_hex(tmp_path, field, name, colour):
    refused(tmp_path, "topic.yml", f"{name}: colour", spec=changed(field, colour))


def test_short_and_mixed_case_hex_colours_load(tmp_path):
    spec = changed(["sides", 0, "colour"], "#AbC")
    write(tmp_path, spec | {"frames": [{"id": "discipline", "colour": "#aBcDeF"}, {"id": "freedom"}]})
    topic = load_topic("t", folder=tmp_path)
    assert topic.side_colours()["school"] == "#AbC"
    assert [f.colour for f in topic.frames] == ["#aBcDeF", "#777777"]


# 7. topic names

BAD_NAMES = ["../../x", "/abs/path", "a/b", ".hidden", "", "two words", "-x", "Caps", "x" * 65,
             "a\nb", None, 5]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_load_topic_refuses_what_is_not_a_topic_name(tmp_path, name):
    with pytest.raises(InputError, match="is not a topic name"):
        load_topic(name, folder=tmp_path)


@pytest.mark.parametrize("name", BAD_NAMES)
def test_new_topic_refuses_what_is_not_a_topic_name(tmp_path, name):
    with pytest.raises(InputError, match="is not a topic name"):
        new_topic(name, folder=tmp_path / "topics")
    assert not (tmp_path / "topics").exists()


def test_new_topic_with_a_300_character_name_is_one_error_line(project, capsys):
    assert main(["new-topic", "x" * 300]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert list((project / "topics").iterdir()) == [project / "topics" / "facial-recognition"]


# 8. a single alias or role word may be given as a string

def test_a_single_alias_or_role_word_may_be_a_string(tmp_path):
    spec = changed(["actors", 1, "aliases"], "EU")
    write(tmp_path, spec | {"roles": {"school": "head teacher", "parents": ["mother"]}})
    topic = load_topic("t", folder=tmp_path)
    assert topic.actors[1].aliases == ("EU",)
    assert topic.roles["school"] == ("head teacher",)
    assert topic.side_for("Jane", "EU") == "parents"
    assert topic.side_for("Jane", None, "e") is None


# 9. wrong types name the file and field

@pytest.mark.parametrize("path, value, field", [
    (["sides"], 3, "sides: expected a list"),
    (["sides"], [], "sides: expected a list"),
    (["sides"], ["x"], "sides item 1: expected a mapping"),
    (["sides", 0], ["id", "school"], "sides item 1: expected a mapping"),
    (["sides", 0, "id"], None, "sides item 1: id: missing"),
    (["sides", 0, "id"], {"a": 1}, "sides item 1: id: expected text"),
    (["sides", 0, "label"], False, "side 'school': label: expected text"),
    (["actors"], {"a": "b"}, "actors: expected a list"),
    (["actors", 0, "name"], ["Hilltop", "Academy"], "actors item 1: name: expected text"),
    (["actors", 0, "side"], "nobody", "actor 'Hilltop Academy' has unknown side 'nobody'"),
    (["actors", 0, "aliases"], {"a": 1}, "actor 'Hilltop Academy': aliases: expected a list"),
    (["actors", 0, "aliases"], ["ok", None], "aliases item 2: missing"),
    (["roles"], ["a"], "roles: expected a mapping"),
    (["roles", "school"], ["head", ""], "roles 'school' item 2: expected text"),
    (["roles", "nobody"], ["x"], "roles for unknown side 'nobody'"),
    (["frames"], "x", "frames: expected a list"),
    (["lexicon"], ["a"], "lexicon: expected text"),
    (["lexicon"], "../../../etc/passwd", "must be a file name beside topic.yml"),
    (["name"], ["t"], "name: expected text"),
    ([], ["a", "list"], "topic.yml: expected a mapping"),
    ([], None, "topic.yml: expected a mapping"),
])
def test_wrong_types_name_the_file_and_field(tmp_path, path, value, field):
    refused(tmp_path, "topic.yml", field, spec=changed(path, value))


def test_a_number_as_lexicon_is_a_file_name(tmp_path):
    write(tmp_path, changed(["lexicon"], 5))
    with pytest.raises(InputError, match="t/5: no such file"):
        load_topic("t", folder=tmp_path)


@pytest.mark.parametrize("yml, message", [("", "the file is empty"),
                                           ("# only a comment\n", "expected a mapping")])
def test_empty_topic_yml_is_refused(tmp_path, yml, message):
    refused(tmp_path, "topic.yml", message, yml=yml)


def test_a_number_as_label_is_taken_as_text(tmp_path):
    write(tmp_path, changed(["label"], 5) | {"sides": [{"id": 2020, "label": 1.5}],
                                             "actors": [], "roles": {}})
    topic = load_topic("t", folder=tmp_path)
    assert (topic.label, topic.sides[0].id, topic.sides[0].label) == ("5", "2020", "1.5")


FIELDS = [[], ["name"], ["label"], ["sides"], ["sides", 0], ["sides", 0, "id"],
          ["sides", 0, "label"], ["sides", 0, "colour"], ["actors"], ["actors", 0],
          ["actors", 0, "name"], ["actors", 0, "side"], ["actors", 0, "aliases"], ["roles"],
          ["roles", "school"], ["roles", "other"], ["frames"], ["frames", 0], ["frames", 0, "id"],
          ["frames", 0, "label"], ["frames", 0, "colour"], ["lexicon"], ["extra"]]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | TEXT | st.dates()
           | st.sampled_from(["school", "#fff", "lexicon.csv", "", " "]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(TEXT | st.sampled_from(["id", "name", "side"]), inner,
                                        max_size=3), max_leaves=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS), value=VALUES)
def test_any_value_in_any_field_loads_or_is_an_input_error(tmp_path, field, value):
    write(tmp_path, changed(field, value))
    try:
        load_topic("t", folder=tmp_path)
    except InputError as error:
        assert "\n" not in str(error)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_lexicon_text_parses_or_is_an_input_error(text):
    try:
        parse_lexicon(HEADER + text, {"discipline"})
    except InputError as error:
        assert "\n" not in str(error)


# 10. new-topic builds beside the target and renames it into place

def test_new_topic_loses_cleanly_to_a_concurrent_run(tmp_path, monkeypatch):
    topics = tmp_path / "topics"
    read_topic = framing.inputs.scaffold.read_topic

    def other_run_finishes_first(folder, name):  # the winner renames its folder into place
        (topics / name).mkdir()
        (topics / name / "topic.yml").write_text("# the other run's topic\n")
        return read_topic(folder, name)

    monkeypatch.setattr(framing.inputs.scaffold, "read_topic", other_run_finishes_first)
    with pytest.raises(InputError, match="already exists"):
        new_topic("buses", folder=topics)
    assert [p.name for p in topics.iterdir()] == ["buses"]
    assert (topics / "buses" / "topic.yml").read_text() == "# the other run's topic\n"


def test_failed_new_topic_leaves_nothing(tmp_path, monkeypatch):
    def broken(folder, name):
        raise InputError("the template does not validate")

    monkeypatch.setattr(framing.inputs.scaffold, "read_topic", broken)
    with pytest.raises(InputError, match="does not validate"):
        new_topic("buses", folder=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_new_topic_is_a_valid_topic_and_refuses_to_overwrite(tmp_path):
    folder = new_topic("buses", folder=tmp_path)
    assert load_topic("buses", folder=tmp_path).lexicon == ()
    assert sorted(p.name for p in folder.iterdir()) == ["lexicon.csv", "topic.yml"]
    with pytest.raises(InputError, match="already exists"):
        new_topic("buses", folder=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["buses"]


# 11. wordless terms, byte-order marks

@pytest.mark.parametrize("term", ["!!!", "—", "' '"])
def test_a_term_without_letters_or_digits_is_refused(tmp_path, term):
    refused(tmp_path, "lexicon.csv row 3: term", "no letters or digits",
            lexicon=LEXICON + f"{term},freedom,,,\n")


def test_lexicon_with_a_byte_order_mark_loads(tmp_path):
    write(tmp_path)
    (tmp_path / "t" / "lexicon.csv").write_text("\ufeff" + LEXICON, encoding="utf-8")
    assert [e.term for e in load_topic("t", folder=tmp_path).lexicon] == ["crackdown"]


@pytest.mark.parametrize("notes, match", [
    (["a remark"], "topic.yml: notes: expected chapter: text"),
    ({"epilogue": "a remark"}, "topic.yml: notes: unknown chapter 'epilogue'"),
    ({"sentiment": ""}, "topic.yml: notes: sentiment: expected text"),
    ({"sentiment": {"a": 1}}, "topic.yml: notes: sentiment: expected text"),
])
def test_notes_are_chapter_and_text(tmp_path, notes, match):
    refused(tmp_path, match, spec=changed(["notes"], notes))


def test_a_topics_notes_are_its_remarks_for_every_article_of_it(tmp_path):
    from framing.analysis.core import analyze
    from framing.book.chapters import remark
    from framing.text.article import Article

    write(tmp_path, changed(["notes"], {"sentiment": "A remark written for the tests."}))
    topic = load_topic("t", folder=tmp_path)
    article = Article.from_parts({"slug": "written-for-the-tests"}, "A headline", None,
                                 ['"We will ban phones," said Ann Lee.'])
    analysed = analyze(article, topic)
    assert remark("sentiment", analysed) == "A remark written for the tests."
    assert remark("voices", analysed) is None
