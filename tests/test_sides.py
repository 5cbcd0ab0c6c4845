"""Sides (framing.voices.sides): each step places a speaker the topic file does not name, in order.

Every passage in this file was written for the tests; none is taken from a real article. The
first row of each step's table is the example of that step's docstring.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from framing.voices import sides
from framing.text.article import Article
from framing.inputs.topic import load_topic
from framing.voices.tables import quotes_and_speakers

from conftest import ROOT


def placed(topic, paragraphs: list[str], speaker: str, **meta) -> tuple[str, str, str]:
    """``(side, side_source, side_evidence)`` of ``speaker`` in an article of ``paragraphs``."""
    article = Article.from_parts({"slug": "written-for-the-tests", **meta},
                                 "A headline written for the tests", None, paragraphs)
    row = quotes_and_speakers(article, topic)[1].set_index("name").loc[speaker]
    return row["side"], row["side_source"], row["side_evidence"]


SUNAK = '"We will press on," said Rishi Sunak.'
ROWS = {  # step -> (front matter speakers, paragraphs, speaker, side, side_source)
    sides.front_matter: [
        ({"Sunak": "officials"}, [SUNAK], "Rishi Sunak", "officials", "front-matter"),
        ({"rishi sunak": "critics"}, [SUNAK], "Rishi Sunak", "critics", "front-matter"),
        ({"the Met": "other"}, ['"We will deploy it again," the Met said.'],
         "Metropolitan Police", "other", "front-matter"),
    ],
    sides.actor: [
        ({}, ['"It is a step too far," said Hannah Couchman of Liberty.'],
         "Hannah Couchman", "critics", "actor"),
        ({}, ['"We will be there on Saturday," said Jo Bloggs, a spokesperson for the Met.'],
         "Jo Bloggs", "officials", "actor"),
    ],
    sides.firm_kind: [
        ({}, ['"We will use every tool we have," said Chief Constable Jane Doe.'],
         "Jane Doe", "officials", "kind"),
        ({}, ['"The law is clear," said Judge Amir Khan.'], "Amir Khan", "other", "kind"),
        ({}, ['"It must stop," said Sam Lee, a campaigner with a digital rights group.'],
         "Sam Lee", "critics", "kind"),
        ({}, ['"Our stores are calmer," said Ali Green, chief executive of a supermarket chain.'],
         "Ali Green", "officials", "kind"),
        ({}, ['Chief Constable Jane Doe warned of rising knife crime. "We will use every tool '
              'we have," she said.'], "Jane Doe", "officials", "kind"),  # firm: no cue moves it
    ],
    sides.kind_default: [
        ({}, ['"I saw the van on my way to work," said Joan Park, a local resident, on Monday.'],
         "Joan Park", "other", "kind"),
        ({}, ['"We would never use it," said shadow home secretary Kim Ode.'],
         "Kim Ode", "other", "kind"),  # the longest words decide: a politician, not government
    ],
    sides.journalist: [
        ({}, ['But Tom Reed, a father of two, is not convinced. "I do not want my face on a '
              'list," he said.'], "Tom Reed", "critics", "journalist"),
        ({}, ["Critics say the cameras go too far.",
              '"I do not want my face on a list," said Joan Park.'],
         "Joan Park", "critics", "journalist"),
        ({}, ['Mo Ahmed welcomed the cameras at the station. "I feel better now," he said.'],
         "Mo Ahmed", "officials", "journalist"),
        ({}, ['Data protection commissioner Ana Ruiz welcomed the new rules. "These rules are '
              'sound," she said.'], "Ana Ruiz", "officials", "journalist"),  # a regulator, moved
    ],
    sides.own_frames: [
        ({}, ['"Mass surveillance is a threat to our privacy," said Lee Chan.'],
         "Lee Chan", "critics", "own-frames"),
        ({}, ['"Safeguards keep people safe and stop criminals," said Lee Chan.'],
         "Lee Chan", "officials", "own-frames"),
    ],
}
CASES = [pytest.param(*row, id=f"{step.__name__}-{i}")
         for step, rows in ROWS.items() for i, row in enumerate(rows)]


def test_the_decisive_steps_read_top_to_bottom_as_precedence_then_the_weighed_ones():
    assert [step.__name__ for step in sides.DECISIVE] == ["front_matter", "actor", "firm_kind"]
    assert [step.__name__ for step in sides.WEIGHED] == ["kind_default", "journalist",
                                                         "own_frames"]
    assert list(ROWS) == [*sides.DECISIVE, *sides.WEIGHED]


@pytest.mark.parametrize("step", [*sides.DECISIVE, *sides.WEIGHED], ids=lambda s: s.__name__)
def test_each_steps_docstring_example_is_its_first_test_row(step):
    example = " ".join(re.search(r'"([^"]+)"', step.__doc__).group(1).split())
    assert example in " ".join(ROWS[step][0][1])


@pytest.mark.parametrize("speakers, paragraphs, name, side, source", CASES)
def test_each_step_places_a_speaker_the_topic_does_not_name(topic, speakers, paragraphs, name,
                                                              side, source):
    found = placed(topic, paragraphs, name, speakers=speakers)
    assert found[:2] == (side, source), found
    assert found[2]


def test_evidence_names_the_words_that_decided(topic):
    _, _, evidence = placed(topic, ['"It is a step too far," said Hannah Couchman of Liberty.'],
                            "Hannah Couchman")
    assert evidence == "organisation 'Liberty' matches actor Liberty (critics)"
    _, _, evidence = placed(topic, ['Mo Ahmed welcomed the cameras at the station. "I feel better '
                                    'now," he said.'], "Mo Ahmed")
    assert re.fullmatch(r"journalist's words 'welcomed' \(weighed: officials 1\.00\)", evidence)


@pytest.mark.parametrize("paragraphs, name", [
    (['"I saw the van on my way to work," said Joan Park.'], "Joan Park"),
    # words inside a name are no cue, nor is a passive verb
    (['Tom Reed, of the Riverside Opponents’ Circle, spoke at the meeting. "We meet on Fridays," '
      'he said.'], "Tom Reed"),
    (['Ruth Kelly said she was warned about the cameras. "I did not mind," she added.'],
     "Ruth Kelly"),
    # another speaker's full name is not this speaker's surname
    (['Sam Kelly welcomed the cameras. "They help," he said.',
      '"I never asked for this," said Ruth Kelly.'], "Ruth Kelly"),
])
def test_a_speaker_no_step_places_is_unassigned(topic, paragraphs, name):
    assert placed(topic, paragraphs, name) == ("unassigned", "unassigned", "no step decided")


def test_without_a_topic_only_the_front_matter_places():
    assert placed(None, [SUNAK], "Rishi Sunak")[:2] == ("unassigned", "unassigned")
    assert placed(None, [SUNAK], "Rishi Sunak", speakers={"Sunak": "x"})[:2] == ("x", "front-matter")


# --- the second topic takes the same steps with no code change ---

SCHOOL = load_topic("school-phones", folder=ROOT / "tests" / "data" / "topics")


@pytest.mark.parametrize("paragraphs, name, side, source", [
    (['"Rules are rules," said deputy head Priya Shah.'], "Priya Shah", "school", "kind"),
    (['Lee Fox criticised the ban at the gate. "It goes too far," she said.'],
     "Lee Fox", "parents", "journalist"),
    (['Dan Cole, a father of two, welcomed the ban. "It is about time," he said.'],
     "Dan Cole", "school", "journalist"),  # the journalist's words move a kind that is not firm
    (['"My son needs his phone," said Eve Hart, a mother of two.'], "Eve Hart", "parents", "kind"),
    (['"A phone is a lifeline, and this ban is heavy-handed," said Kit Moss.'],
     "Kit Moss", "parents", "own-frames"),
])
def test_a_second_topic_places_speakers_it_does_not_name(paragraphs, name, side, source):
    assert placed(SCHOOL, paragraphs, name)[:2] == (side, source)


def test_weighed_placements_are_marked_weak(topic):
    from framing.analysis.core import analyze
    from framing.inputs.articlefile import parse_article
    from framing.book.prose import doubtful_placements
    # written for the tests: a resident no actor or firm kind places, and a police chief
    article = parse_article("---\ntitle: Cameras\n---\n"
                            '"It keeps us safe," said Joan Park, a local resident.\n\n'
                            '"We will use it," said Chief Constable Ann Lee.\n', path="w.md")
    speakers = analyze(article, topic).speakers.set_index("name")
    assert bool(speakers.loc["Joan Park", "weakly_placed"])
    assert not bool(speakers.loc["Ann Lee", "weakly_placed"])
    assert "1 of 2 speakers are placed on weak evidence: Joan Park" in doubtful_placements(
        speakers.reset_index())


# the appositive pattern as first written: a space that may be empty between words made a long
# clause with no stop in it take seconds; the pattern now requires the space and finds the same
_SLOW_APPOSITIVE = re.compile(rf",\s*((?:{sides._WORD}+\s*){{1,12}}?)(?={sides._STOP}|$)")


@given(st.text(alphabet="ab ,.;(\n“—", max_size=40))
def test_the_appositive_pattern_finds_what_the_first_one_found(text):
    text = "," + text
    first, now = _SLOW_APPOSITIVE.match(text), sides._APPOSITIVE.match(text)
    assert (first.group(1).strip() if first else None) == (now.group(1).strip() if now else None)
