from types import SimpleNamespace as Entry

from framing.measures.terms import find_terms, frame_counts

LEXICON = [Entry(term="oppressive", frame="rights"), Entry(term="mass surveillance", frame="rights"),
           Entry(term="safeguards", frame="safety"), Entry(term="keep people safe", frame="safety"),
           Entry(term="privacy destroying", frame="rights"), Entry(term="met", frame="x"),
           Entry(term="facial recognition", frame="tech"),
           Entry(term="live facial recognition", frame="tech")]


def hits(text):
    return find_terms(text, LEXICON).to_dict(orient="records")


def test_case_inflection_and_phrase():
    found = hits("Oppression is OPPRESSIVE. We keep people safe with a safeguard and mass surveillance.")
    assert [h["matched"] for h in found] == ["Oppression", "OPPRESSIVE", "keep people safe",
                                             "safeguard", "mass surveillance"]
    assert {h["term"] for h in found} == {"oppressive", "keep people safe", "safeguards",
                                          "mass surveillance"}


def test_offsets_hyphens_and_word_boundaries():
    text = "A privacy-destroying tool, privacy destroying too; a metre from the Met."
    found = hits(text)
    assert [text[h["start"]:h["end"]] for h in found] == ["privacy-destroying", "privacy destroying", "Met"]


def test_longest_term_wins():
    found = hits("Live facial recognition and facial recognition.")
    assert [h["term"] for h in found] == ["live facial recognition", "facial recognition"]


def test_negation_is_recorded():
    found = hits("It is not oppressive. It is oppressive. There are no real safeguards.")
    assert [h["negated"] for h in found] == [True, False, True]


def test_negation_stops_at_the_end_of_a_sentence():
    found = hits("It is not. Oppressive, some say; no. Safeguards\nOppressive")
    assert [h["negated"] for h in found] == [False, False, False]


def test_offset_and_counts():
    table = find_terms("so oppressive", LEXICON, offset=100)
    assert (table.loc[0, "start"], table.loc[0, "end"]) == (103, 113)
    table = table.assign(side=["critics"])
    assert frame_counts(table).loc["critics", "rights"] == 1


def test_no_hits():
    assert find_terms("Nothing here.", LEXICON).empty
