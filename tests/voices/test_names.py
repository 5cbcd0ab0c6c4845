"""Names as people write them: a speaker's title goes to their role, not their name
(framing.voices.words.TITLES). Every sentence here was written for the tests."""

from __future__ import annotations

import pytest

from framing.voices.quotes import extract_quotes


@pytest.mark.parametrize("paragraphs, name, role", [
    (['"It is wrong," said Supervisor Aaron Peskin.'], "Aaron Peskin", "Supervisor"),
    (['"It is wrong," said Councilwoman Jane Roe.'], "Jane Roe", "Councilwoman"),
    (['"It is wrong," said Assemblymember Sam Ortiz.'], "Sam Ortiz", "Assemblymember"),
    (['Councillor Priya Nair said: "We will vote no."', '"It goes too far," Nair added.'],
     "Priya Nair", "Councillor"),
])
def test_a_title_before_a_name_is_the_speakers_role(paragraphs, name, role):
    speakers = {(q.speaker.name, q.speaker.role) for q in extract_quotes(paragraphs)}
    assert speakers == {(name, role)}
