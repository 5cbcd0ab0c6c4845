from framing.text.sentences import split_sentences


def pieces(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_quotes_abbreviations_and_initials():
    text = ('"We want a safe city," said Ephgrave. Mr. Smith met the U.S. envoy. '
            'He said "No." Then J. K. Rowling left! Why? 3 men came.')
    assert pieces(text) == ['"We want a safe city," said Ephgrave.', "Mr. Smith met the U.S. envoy.",
                            'He said "No."', "Then J. K. Rowling left!", "Why?", "3 men came."]


def test_an_abbreviation_ends_a_sentence_before_a_sentence_opener():
    text = "She moved to the U.S. While there, she met the U.S. Army. It was in 1990 at 5 p.m. He left."
    assert pieces(text) == ["She moved to the U.S.", "While there, she met the U.S. Army.",
                            "It was in 1990 at 5 p.m.", "He left."]
    assert pieces("She led the U.S. A.I. effort. It was slow.") == ["She led the U.S. A.I. effort.", "It was slow."]


def test_short_sentences_are_kept():
    # textstat's own regex drops sentences of two words or fewer; ours must not
    assert pieces("He left. She stayed. Go.") == ["He left.", "She stayed.", "Go."]


def test_no_text():
    assert split_sentences("") == []
    assert split_sentences("   ") == []
