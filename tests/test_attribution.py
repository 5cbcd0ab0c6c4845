"""Tests of framing.voices.attribution (cues, speaker mentions), framing.voices.speakers (resolution) and framing.voices.quote_marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.voices.attribution import clause_end, describe, find_cues, lemma, sentence_subject
from framing.voices.model import Mention, Speaker
from framing.voices.quote_marks import find_spans
from framing.voices.quotes import extract_quotes
from framing.voices.speakers import SpeakerResolver

MET = {"the met": "Metropolitan Police", "met police": "Metropolitan Police", "scotland yard": "Metropolitan Police"}


# ---------------------------------------------------------------------------------------------
# quotation marks

def _quoted(paragraphs: list[str]) -> list[str]:
    return [paragraphs[s.paragraph][s.start : s.end] for s in find_spans(paragraphs)]


@pytest.mark.parametrize("text, quoted", [
    ("The Met's plan for people's safety in the '90s.", []),
    ("“Curly,” he said.", ["Curly,"]),
    ('"Straight," he said.', ["Straight,"]),
    ("”Typo opened with a closing mark,” he said.", ["Typo opened with a closing mark,"]),
    ("'Single,' he said, 'and more.'", ["Single,", "and more."]),
    ("''Two marks for one,'' he said.", ["Two marks for one,"]),
    ("'the groups' views are wrong,' he said", ["the groups' views are wrong,"]),
    ("rock 'n' roll is 'back'", ["back"]),
    ("“Unclosed to the end", ["Unclosed to the end"]),
])
def test_marks_pair_into_spans(text, quoted):
    assert _quoted([text]) == quoted


def test_a_quote_continues_into_the_next_paragraph_that_opens_one():
    spans = find_spans(["“First part.", "“Second part,” she said.", "“Not a continuation.”"])
    assert [s.continued for s in spans] == [False, True, False]


# ---------------------------------------------------------------------------------------------
# cues

def test_cues_are_verbs_of_speech_in_active_use():
    text = "She said it was what's described as safe, and was told so according to him."
    assert [m.group(0) for m in find_cues(text)] == ["said", "according to"]
    assert lemma("told") == "tell" and lemma("concluded") == "conclude"


def test_clause_end_skips_abbreviations_and_initials():
    text = "Sen. Lindsey O. Graham (R-S.C.), a senator. Next"
    assert text[clause_end(text)] == "." and text[: clause_end(text)].endswith("a senator")


# ---------------------------------------------------------------------------------------------
# speaker mentions

def test_organisation_role_and_name_before_a_name():
    mention = describe("Metropolitan Police assistant commissioner Nick Ephgrave", 0)
    assert (mention.kind, mention.name, mention.role, mention.organisation) == (
        "person", "Nick Ephgrave", "assistant commissioner", "Metropolitan Police")


def test_appositive_gives_role_and_organisation():
    mention = describe("Clare Collier", 0, "advocacy director at human rights advocacy group Liberty")
    assert (mention.name, mention.role, mention.organisation) == ("Clare Collier", "advocacy director", "Liberty")


def test_role_then_name_in_the_appositive():
    mention = describe("Ryan's spokeswoman", 0, "AshLee Strong")
    assert (mention.kind, mention.name, mention.organisation, mention.gender) == ("person", "AshLee Strong", "Ryan", "f")


@pytest.mark.parametrize("words, kind, name", [
    ("a spokesperson for the Home Office", "organisation", "Home Office"),
    ("a Met spokesman", "organisation", "Met"),
    ("she", "pronoun", "she"),
    ("Critics", "group", "critics"),
    ("privacy groups", "group", "privacy groups"),
    ("the European Union", "organisation", "European Union"),
    ("Former Attorney General Michael Mukasey", "person", "Michael Mukasey"),
    ("Sen. Jeff Merkley of Oregon", "person", "Jeff Merkley"),
    ("the American Federation of Teachers", "organisation", "American Federation of Teachers"),
    ("Ephgrave", "surname", "Ephgrave"),
    ("Friday", None, None),
    ("The Herald's Ann Lee", "person", "Ann Lee"),
    ("an Ipsos-Herald poll released Thursday", "organisation", "Ipsos-Herald poll"),
    ("one Democrat familiar with the talks", "person", "one Democrat familiar with the talks"),
    ("May", "surname", "May"),
])
def test_mentions(words, kind, name):
    mention = describe(words, 0)
    assert (mention.kind, mention.name) == (kind, name) if kind else mention is None


# ---------------------------------------------------------------------------------------------
# resolution

def test_surname_resolves_to_the_full_name_met_before():
    paragraphs = ["Police chief Nick Ephgrave spoke first.", "Later Ephgrave said more."]
    resolver = SpeakerResolver(paragraphs, {})
    assert resolver.resolve(describe("Ephgrave", 6), 1) == Speaker("Nick Ephgrave")


def test_aliases_give_the_canonical_organisation():
    resolver = SpeakerResolver([], MET)
    for words in ("the Met", "Scotland Yard", "The Met Police", "a spokesperson for the Met"):
        assert resolver.resolve(describe(words, 0), 0) == Speaker("Metropolitan Police", is_organisation=True)


def test_pronouns_follow_gender_once_known():
    quotes = extract_quotes([
        '"Schools are crumbling," said Rosa Delgado.',
        '"Not true," said James Whitfield.',
        '"We spent more than ever," he said.',
        '"He is wrong," she replied.',
    ])
    assert [q.speaker.name for q in quotes] == ["Rosa Delgado", "James Whitfield", "James Whitfield", "Rosa Delgado"]


def test_pronoun_prefers_the_person_the_sentence_before_was_about():
    quotes = extract_quotes([
        '"We need change," said Ann Lee.',
        'Tom Reyes attacked the plan on Friday. "It is a mess," he said.',
    ])
    assert quotes[-1].speaker.name == "Tom Reyes" and quotes[-1].cue == "he said"


def test_according_to_and_told():
    quotes = extract_quotes([
        'According to the Met, "every deployment is authorised".',
        '"We are watching closely," Ann Lee told the BBC.',
    ], aliases=MET)
    assert [(q.speaker.name, q.cue) for q in quotes] == [("Metropolitan Police", "According to"), ("Ann Lee", "told")]


def test_partial_quote_inside_the_reporters_sentence():
    quotes = extract_quotes(['Ann Lee said the scheme was "a vital tool" for the city.'])
    assert [(q.kind, q.text, q.speaker.name) for q in quotes] == [("partial", "a vital tool", "Ann Lee")]


def test_unattributed_quote_continues_the_previous_speaker():
    quotes = extract_quotes(['"We won," said Ann Lee.', '"And we will win again."'])
    assert [q.speaker.name for q in quotes] == ["Ann Lee", "Ann Lee"]
    assert quotes[1].cue is None


def test_two_reports_in_one_sentence():
    quotes = extract_quotes([
        "The capital's Metropolitan Police say the technology will help fight crime - but critics warn "
        "that the scheme amounts to oppressive surveillance."
    ], aliases={"metropolitan police": "Metropolitan Police"})
    assert [(q.speaker.name, q.cue, q.text) for q in quotes] == [
        ("Metropolitan Police", "say", "the technology will help fight crime"),
        ("critics", "warn", "the scheme amounts to oppressive surveillance"),
    ]


def test_a_paragraph_ending_in_a_colon_leads_into_the_quote_after_it():
    quotes = extract_quotes([
        '"We won," said Ann Lee.',
        "Tom Reyes continued:",
        '"The count is not over."',
        "Later Mayor Jo Park released a statement:",
        '"Both campaigns ran a fair race."',
    ])
    assert [q.speaker.name for q in quotes] == ["Ann Lee", "Tom Reyes", "Jo Park"]


def test_a_sentence_with_a_cue_leads_into_the_quote_after_it():
    quotes = extract_quotes(['"We won," said Ann Lee.', 'Tom Reyes agreed. "It was a fair count."'])
    assert quotes[-1].speaker.name == "Tom Reyes"


def test_an_unnamed_source_is_its_own_speaker():
    quotes = extract_quotes(['"We won," said Ann Lee.', '"They did not," said a person close to the campaign.'])
    assert quotes[-1].speaker.name == "a person close to the campaign"


def test_a_description_resolves_to_the_person_it_fits():
    quotes = extract_quotes([
        "Ohio Sen. Ann Lee and businessman Tom Reyes met on Monday.",
        '"We agreed on nothing," said the Ohio senator.',
        '"Nothing at all," Reyes said.',
        '"It was a start," the senator added.',
    ])
    assert [q.speaker.name for q in quotes] == ["Ann Lee", "Tom Reyes", "Ann Lee"]


@pytest.mark.parametrize("words, name, organisation", [
    ("Phil Moss of digital firm Brightline", "Phil Moss", "Brightline"),
    ("Jo Park of the Harbour Traders Association", "Jo Park", "Harbour Traders Association"),
    ("Secretary of State John Kerry", "John Kerry", None),
    ("Ohio Sen. Ann Lee", "Ann Lee", None),
])
def test_names_with_their_organisation_or_title(words, name, organisation):
    mention = describe(words, 0)
    assert (mention.name, mention.organisation) == (name, organisation)


def test_times_between_subject_and_cue_are_skipped():
    quotes = extract_quotes(["Tom Reyes later Thursday told reporters: \"We will appeal.\""])
    assert quotes[0].speaker.name == "Tom Reyes"


def test_an_inverted_cue_after_a_comma_names_the_speaker_after_it():
    quotes = extract_quotes(['Because the count was slow, explained Ann Lee, "nobody trusted it."'])
    assert quotes[0].speaker.name == "Ann Lee"


def test_a_cue_between_two_quoted_sentences_introduces_the_second():
    quotes = extract_quotes([
        '"We won," said Ann Lee.',
        'As Tom Reyes told the Herald, "The count was fair." He added, "We accept it."',
    ])
    assert [q.speaker.name for q in quotes] == ["Ann Lee", "Tom Reyes", "Tom Reyes"]


def test_a_noun_like_cue_counts_where_it_ends_the_clause():
    quotes = extract_quotes(['"We won," said Ann Lee.', '"Look at the turnout," Tom Reyes notes.'])
    assert quotes[-1].speaker.name == "Tom Reyes"


@pytest.mark.parametrize("paragraphs, speaker", [
    # a name before a chain of appositives, with or without the comma that closes them
    (['"The count was slow," Ann Lee, 30, of Dover, Del., who was polled, said.'], "Ann Lee"),
    (['"The count was slow," Ann Lee, who chairs the Voters League said in a statement.'], "Ann Lee"),
    (['Tom Reyes, a 55-year-old farmer from Dover, Delaware, says the count will be "slow."'], "Tom Reyes"),
    # passives that still name the speaker
    (['"The count was slow," Ann Lee is quoted as saying.'], "Ann Lee"),
    (['Tom Reyes was asked by host Ann Lee, "Was the count slow?"'], "Ann Lee"),
    # an inverted cue between commas, a verb no list holds, a name that ends like an adverb
    (['The trouble, says Ann Lee, a historian at Dover College, is that it was "far too slow."'], "Ann Lee"),
    (['"The count was far too slow," an angry Ann Lee retaliated.'], "Ann Lee"),
    (['Tom Skelly ran the count.', '"It was slow," said Skelly.'], "Tom Skelly"),
    # a lead-in whose subject opens with an age
    (['17-year-old Ann Lee agreed:', '"The count was slow."'], "Ann Lee"),
])
def test_speakers_behind_appositives_passives_and_unlisted_verbs(paragraphs, speaker):
    assert extract_quotes(paragraphs)[-1].speaker.name == speaker


def test_a_dash_before_words_that_name_nobody_signs_nothing():
    quotes = extract_quotes([_BEFORE, '"Count every vote, and count it twice."', "- the end of an era."])
    assert quotes[-1].speaker is None


def test_a_colon_intro_is_not_undone_by_the_next_sentence():
    quotes = extract_quotes(['Ann Lee told the Herald: "The count was slow." He added that it was "fair."'])
    assert quotes[0].speaker.name == "Ann Lee"


@pytest.mark.parametrize("paragraph, speaker", [
    # an outlet or document that relays the quote is its source
    ('"The count was slow," Ann Lee said, according to the Dover Herald.', "Dover Herald"),
    ('"The count was slow," said Ann Lee, reports the Dover Herald.', "Dover Herald"),
    ('Ann Lee called the count "slow," the Dover Herald reported.', "Dover Herald"),
    ('According to the Dover Herald, Ann Lee said the count was "slow."', "Dover Herald"),
    # a participle after a quote has its subject before the quote, not after the cue
    ('Ann Lee defended the "Dover values," saying the town embodied the "heart of the state."', "Ann Lee"),
    ('"The count was slow," the mayor told reporters, according to the Dover Herald, during a visit.', "Dover Herald"),
    ('"The count was slow," Ann Lee said in a statement according to the Dover Herald.', "Dover Herald"),
    # a description opening the sentence is its subject unless a name follows it
    ('A spokeswoman for the Voters League emailed members, arguing, "The count was slow."', "Voters League"),
    ('The head of the Voters League, Ann Lee, emailed members, arguing, "The count was slow."', "Ann Lee"),
    # a first name ending like an adverb opens the sentence's subject
    ('Carly Lee threw her support behind Tom Reyes, saying it is time for "a real leader."', "Carly Lee"),
])
def test_outer_sources_participles_and_opening_descriptions(paragraph, speaker):
    assert extract_quotes([paragraph])[-1].speaker.name == speaker


def test_a_noun_like_cue_before_a_colon_leads_into_the_next_paragraph():
    quotes = extract_quotes(["The count was slow, as the Voters League website notes:", '"Ballots came in late."'])
    assert quotes[0].speaker.name == "Voters League website"


def test_the_rest_of_a_trailer_sentence_does_not_start_a_new_attribution():
    quotes = extract_quotes(['"It was slow," Ann Lee, 30, of Dover, Del., said in an interview. "It was fair."'])
    assert [q.speaker.name for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_a_cue_that_reports_a_clause_after_a_full_stop_starts_a_new_sentence():
    quotes = extract_quotes(['Ann Lee says Tom Reyes "counted too slowly." He warns that the result "may not stand."'])
    assert quotes[0].speaker.name == "Ann Lee"


def test_a_cue_running_into_the_next_quote_is_not_the_trailer_of_the_one_before():
    quotes = extract_quotes(['Tom Reyes called the count "too slow." Ann Lee called it "fair."'])
    assert [q.speaker.name for q in quotes] == ["Tom Reyes", "Ann Lee"]


def test_a_cue_after_a_partial_quote_that_reports_its_own_clause_is_not_its_trailer():
    quotes = extract_quotes(['As Tom Reyes claimed that "the count was slow," Ann Lee said the two counts differed.'])
    assert quotes[0].speaker.name == "Tom Reyes"


@pytest.mark.parametrize("paragraph", [
    '"They all came for the free stuff," Ann Lee shot back with a laugh.',
    '"You know, it happens, right?" Ann Lee went on, as if nobody had asked.',
])
def test_a_phrasal_verb_after_a_quote_names_its_speaker(paragraph):
    assert extract_quotes(['Tom Reyes spoke first.', paragraph])[-1].speaker.name == "Ann Lee"


_BEFORE = "Tom Reyes spoke first."  # a sentence naming someone else, with no quote


@pytest.mark.parametrize("paragraphs, speaker", [
    # All written for the tests. Subjects behind openers, dash asides, datelines, brackets, absolute clauses
    (['Speaking at a fair in Salem, Oregon, Ann Lee went after Tom Reyes, calling him "a total stiff."'], "Ann Lee"),
    (['"Jobs first," said Tom Reyes. Visiting the plant ― much as she did last year ― Ann Lee praised him, and stressed that "jobs" matter.'], "Ann Lee"),
    (['DOVER, Del. – Ann Lee went to the count, saying that "slow counts" hurt voters.'], "Ann Lee"),
    (['Dover (AP) – Ann Lee went to the count, saying that "slow counts" hurt voters.'], "Ann Lee"),
    (['Sen. Ann Lee (D-Del.) visited Tom Reyes’s show “Today” to talk, saying “on a bad day” he is slow.'], "Ann Lee"),
    (['The count ended, with Ann Lee reportedly shouting: "Count them again!"'], "Ann Lee"),
    (['Both issued statements – Tom Reyes saying he was "hopeful" and Ann Lee calling it "a great day."'], "Ann Lee"),
    (['Ann Lee denounced Tom Reyes’s count as “slow” and warned of it. “It will not stand,” she said.'], "Ann Lee"),
    (['Closing the count with a formal speech -- complete with a band -- Ann Lee told voters that "we begin again."'], "Ann Lee"),
    (['Saturday at the county party convention in Dover Sen. Ann Lee (D-Del.) said Tom Reyes was a "proven failure."'], "Ann Lee"),
    (['(Tom Reyes’s spokeswoman doubted that he had "attacked" anyone, and said he "maintains that she will win.")'], "Tom Reyes"),
    (['But Sen. Ann Lee (D-Del.) declined, replying that she is "not going to go into it."'], "Ann Lee"),
    # a surname takes the full name met before it in its own paragraph
    (['Ann Reyes spoke first. "We will win," Reyes told reporters. Later Tom Reyes arrived.'], "Ann Reyes"),
    # a pronoun looks back one sentence only, not past another sentence about someone else
    (['"It will work," said Ann Lee, a planner. Tom Reyes, her rival, spoke at a rally in Dover. Leaving the rally, she disagreed. "It is cheap," she said.'], "Ann Lee"),
    (['Ann Lee said the count was fair. She pointed to Dover County, Reyes’s home, as proof. "It was clean," she said.'], "Ann Lee"),
    # inverted cues after long partial quotes; a place after a name; times "ago"; a capital then a group
    (['It would mean "a summer of pain" for the town, forcing it to cut jobs, said Ann Lee, a planner.'], "Ann Lee"),
    (['Ann Lee of Dover, Delaware says she thinks Tom Reyes can win if he keeps "doing what he does."'], "Ann Lee"),
    (['The Dover Council less than two weeks ago said for the first time that "top secret" files were lost.'], "Dover Council"),
    (['Nuclear experts have doubted the claims, but have speculated that it might "boost yield."'], "nuclear experts"),
    # colons: a subject after no preposition, the clause the colon ends; a comma's clause likewise
    ([_BEFORE, 'Ann Lee, the mayor, sent a blunt message to Tom Reyes: "It is time to count again."'], "Ann Lee"),
    (['When Tom Reyes said the count was slow, Ann Lee fired back: "It was faster than yours."'], "Ann Lee"),
    (['After Tom Reyes criticized the count on Monday, Ann Lee shot back, "I chose to count every vote."'], "Ann Lee"),
    (['Herald reporter Ann Lee wrote back at Tom Reyes about a candidate who promised a recount: "Your plan is slow."'], "Ann Lee"),
    (['Ann Lee told Herald host Tom Reyes, "The count is slow."'], "Ann Lee"),
    # documents speak for their publisher; noun-like, progressive and modal cues; more verbs
    (['"There are snails with more spine than the council," reads an editorial in the Dover Herald.'], "Dover Herald"),
    (['A March letter from the Voters League obtained by the Dover Herald warns that "no count is final."'], "Voters League"),
    ([_BEFORE, '"The count was fair," the Voters League state in their report, which was shared on Monday.'], "Voters League"),
    ([_BEFORE, 'The count is not over, but Ann Lee’s campaign is already claiming victory in the "town bracket."'], "Lee campaign"),
    ([_BEFORE, 'The vote fell on a holiday, so odd that a spokesman for Ann Lee could only quip: "I guess Christmas was booked."'], "Ann Lee"),
    ([_BEFORE, '"Go back to your seat," Ann Lee barked as the count went on.'], "Ann Lee"),
    # an attribution interrupted by a quoted title
    ([_BEFORE, '"We have had better counts than this one," Ann Lee, wearing "Vote Reyes" pins, said with a smile.'], "Ann Lee"),
    # a name that is also a month or a modal; more verbs
    ([_BEFORE, '"The count was slow," May said.'], "May"),
    ([_BEFORE, '“The count was slow,” Will wrote in his column.'], "Will"),
    ([_BEFORE, '"We never saw it coming," remembered Ann Lee, the former mayor.'], "Ann Lee"),
    ([_BEFORE, '"That is a disgrace," reacted Ann Lee.'], "Ann Lee"),
    # a cue that reports the clause of the cue nearest the quote relays the words
    ([_BEFORE, 'Ann Lee said Tom Reyes called the count "far too slow."'], "Ann Lee"),
    ([_BEFORE, 'Ann Lee has said that Tom Reyes warned of "a summer of pain" in Dover.'], "Ann Lee"),
    # prepositions that open a sentence are no names
    (['Amid calls for a recount, Ann Lee went on the radio, saying the count was "a win for every voter."'], "Ann Lee"),
    (['Like Ann Lee, Tom Reyes has been critical, arguing the count was "far too slow."'], "Tom Reyes"),
    (['Despite Lee’s win, Tom Reyes went on the radio, saying the count was "a fraud."'], "Tom Reyes"),
    # an owner's campaign, office or lawyers speak as a body, named in the owner's case
    ([_BEFORE, 'Lee’s campaign sent a release on Monday, accusing Reyes of "lying to voters."'], "Lee campaign"),
    ([_BEFORE, 'Lee’s attorneys filed a motion Friday, saying the count was "a farce."'], "Lee attorneys"),
    # "he" or "she" before anyone has spoken: the person last named
    (['Ann Lee won the count after a long night.', 'Officials said it was slow.', 'In a statement, she called it "a win for every voter."'], "Ann Lee"),
    # a name before "who" or before an adjunct that stands between it and the cue
    (['Contrast that with Ann Lee, who has called the count "a fraud," and Tom Reyes.'], "Ann Lee"),
    ([_BEFORE, 'It ended when Ann Lee in her victory speech called the count "a triumph."'], "Ann Lee"),
    # a capitalised word that opens a sentence and the article also writes in lowercase is no first name
    (['Voters stayed absent from the count.', 'Absent Reyes’s votes, the party would lose.', '"It was a fraud," Reyes said.'], "Reyes"),
    # a name whose appositive holds "and", "who" or another appositive; a cue followed by a clause
    # or a preposition is not inverted
    ([_BEFORE, 'Ann Lee, president and CEO of the Dover Restaurant Association stated, “The count was slow.”'], "Ann Lee"),
    ([_BEFORE, 'At that moment, Ann Lee, who was chief strategist for the party, said of Reyes: "He counted slowly."'], "Ann Lee"),
    ([_BEFORE, 'Ann Lee, director of the Voters League, a Dover charity, said she thinks Councillor Reyes "counted too slowly."'], "Ann Lee"),
    ([_BEFORE, 'Ann Lee, a chemistry professor and a member of the board, said he never saw Reyes "count a single vote."'], "Ann Lee"),
    # a poll that opens the sentence is the source of what its respondents said
    ([_BEFORE, 'In a Dover Herald poll released Monday, 60 percent of voters said the count "can\'t be trusted."'], "Dover Herald poll"),
    # a poll, study or ad named by its owner speaks; lawyers "for" someone speak as a body
    ([_BEFORE, 'Most voters say they want "a recount," according to a Dover Herald-Ipsos poll released Thursday.'], "Dover Herald-Ipsos poll"),
    ([_BEFORE, 'A campaign TV ad released Thursday accuses Reyes of buying votes "with cash."'], "campaign TV ad"),
    ([_BEFORE, 'Attorneys for Ann Lee opposed the effort, saying in court files that her account was "private."'], "Lee attorneys"),
    # the agent of a passive that names the quote
    ([_BEFORE, 'The count has faced criticism — often labeled as a “witch hunt” by Democrats — but it goes on.'], "Democrats"),
    ([_BEFORE, 'The plan was called "reckless" by the Dover Herald in an editorial.'], "Dover Herald"),
    # a day is no name; "kept" before a cue; a pronoun right before its cue
    ([_BEFORE, 'Ann Lee pushed back on those claims Thursday, saying the bill was fine - and arguing that she "did her best."'], "Ann Lee"),
    (['Ann Lee testified first, and Sen. Tom Reyes (R-Del.) kept asking her why the count was "spontaneous."'], "Tom Reyes"),
    (['Ann Lee ran the count.', 'The move was the result of three years of work — an investment she concludes was a “great success.”'], "Ann Lee"),
    # an appositive without its closing comma; "put it"; a two-word role before a name
    ([_BEFORE, 'Sam Lau, the communications director for the Dover Party said in a statement. “We count every vote.”'], "Sam Lau"),
    ([_BEFORE, 'Or as Sen. Ann Lee, the No. 2 in the Senate leadership, put it: "We count every vote."'], "Ann Lee"),
    ([_BEFORE, 'It was the change of all: "We count every vote!" exhorted the host, actress Ann Lee.'], "Ann Lee"),
    ([_BEFORE, '"We were told to be quiet," said one Democrat familiar with the talks, who asked not to be named.'], "one Democrat familiar with the talks"),
    # a quote that ends the sentence of its own attribution is not attributed by the next sentence
    ([_BEFORE, 'Appealing for an inquiry, Ann Lee asserted that "the count was rigged." Reyes later said the same.'], "Ann Lee"),
    # "mentioned" leads into the quote after it
    ([_BEFORE, 'Ann Lee seemed taken aback and mentioned that the photo had been on the council’s site.', '"I never knew it was there."'], "Ann Lee"),
    # a role before anyone has spoken: the person last named
    (['Ann Lee arrived in Dover on Monday for the count.', 'Officials said it was slow.', 'The senator told reporters it was "a farce."'], "Ann Lee"),
    # a quote signed after a dash, in its paragraph or as the paragraph after it
    ([_BEFORE, '"Count every vote, and count it twice." — Ann Lee, mayor of Dover'], "Ann Lee"),
    ([_BEFORE, '"Count every vote, and count it twice."', '—Ann Lee, tweeting after the debate.'], "Ann Lee"),
])
def test_the_speaker_of_a_quote_in_context(paragraphs, speaker):
    quotes = [q for q in extract_quotes(paragraphs) if q.kind != "indirect"]
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


@pytest.mark.parametrize("paragraphs, speakers", [
    # written for the tests: look-alikes of the rules for polls, relays, "who", passives and
    # first names, which must leave the speaker as it is
    (['In an interview after the poll, Ann Lee said the count was "slow."'], ["Ann Lee"]),
    (['"The count was slow," Ann Lee said, adding that according to the law, recounts take "weeks."'], ["Ann Lee", "Ann Lee"]),
    (['Ann Lee said Reyes, who has called the count "slow," is wrong.'], ["Reyes"]),
    (['The bill was backed by Democrats in the House, who have called it "a fraud."'], [None]),
    (['It was labeled "fake news" by the time it reached Ann Lee.'], []),
    (['The plan was called "reckless" by critics.'], ["critics"]),
    ([_BEFORE, '"Count every vote." — Sen. Ann Lee'], ["Ann Lee"]),
    (['Bill Reyes spoke.', 'The bill passed.', '"We won," Reyes said.'], ["Bill Reyes"]),
    (['Ann Lee won.', '"Tom Reyes lost," officials said.', 'She called it "a win."'], ["officials", "Ann Lee"]),
    (['Ann Lee won.', 'Lee then flew to Palo Alto.', 'Officials said so.', 'She called it "a win."'], ["Ann Lee"]),
])
def test_look_alikes_of_the_rules_keep_their_speaker(paragraphs, speakers):
    quotes = [q for q in extract_quotes(paragraphs) if q.kind != "indirect"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers


def test_an_ing_cue_after_a_quote_is_no_trailer_unless_quoted_as():
    quotes = extract_quotes(['Ann Lee spoke on “Today” to defend Tom Reyes, saying “he counted well.”'])
    assert [q.speaker.name for q in quotes if q.kind != "indirect"][-1] == "Ann Lee"
    quotes = extract_quotes(['"We count faster," Ann Lee is quoted as saying.'])
    assert quotes[0].speaker.name == "Ann Lee"


def test_lone_common_words_are_no_speakers_or_groups_when_plural():
    resolver = SpeakerResolver(["Multiple reports say so.", "Some voters cast multiple ballots."], {})
    assert resolver.resolve(Mention("surname", "Multiple", 0), 0) is None
    assert resolver.resolve(Mention("surname", "Reyes", 0), 0).name == "Reyes"
    resolver = SpeakerResolver(["Respondents must say so.", "All respondents answered."], {})
    assert resolver.resolve(Mention("surname", "Respondents", 0), 0) == Speaker("respondents", is_organisation=True)


def test_a_sentence_subject_named_in_an_appositive_and_ended_by_a_cue():
    text = "In May, Tom Reyes’s chief planner, Ann Lee, wrote to members."
    assert sentence_subject(text, 0, len(text)).name == "Ann Lee"
    quotes = extract_quotes(['Ann Lee says voters are “right to be angry,” and hungry for what she calls “real answers.”'])
    assert [q.speaker.name for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_a_cue_word_after_an_owner_is_a_noun():
    assert [m.group(0) for m in find_cues("Ann Lee's effusive praise and his denial, but Tom Reyes's aides say no")] == ["say"]


@pytest.mark.parametrize("paragraph, speaker", [
    # written for the tests: a naming clause or an owned word for speech before a partial quote
    ('Ann Lee has railed against what she calls the "Dover machine" for years.', "Ann Lee"),
    ('It is a tradition which historian Tom Reyes calls "a foundation of our town."', "Tom Reyes"),
    ('Ann Lee stood by her comment on Monday that "the count was rigged."', "Ann Lee"),
    ('Critics doubted Tom Reyes’s claim that "every ballot was counted."', "Tom Reyes"),
])
def test_naming_clauses_and_speech_nouns_attribute_partial_quotes(paragraph, speaker):
    quotes = extract_quotes([paragraph])
    assert [(q.kind, q.speaker.name) for q in quotes] == [("partial", speaker)]


@pytest.mark.parametrize("paragraphs, speakers", [
    # written for the tests: a pronoun trailer does not override a named intro; a question that an
    # attribution follows into the next quote; a colon after a name and a verb that is no cue
    ([_BEFORE, 'Asked about it, Ann Lee said "I know nothing about the count," she said.'], ["Ann Lee"]),
    (['Ann Lee responds to Tom Reyes with, "Why now?" Reyes then writes back, "Because."'], ["Ann Lee", "Tom Reyes"]),
    ([_BEFORE, 'Ann Lee fired back: "As a voter," he wrote, "I care."'], ["Ann Lee", "Ann Lee"]),
])
def test_named_intros_questions_and_colons_against_trailers(paragraphs, speakers):
    assert [q.speaker.name for q in extract_quotes(paragraphs) if q.kind != "indirect"] == speakers


# ---------------------------------------------------------------------------------------------
# Written for the tests: the rules of the issue "A student's own story" (items 4 and 5). The
# first row of each test is the example sentence of its rule's docstring.

@pytest.mark.parametrize("paragraphs, aliases, speaker", [
    # place_name (attribution.is_place_name, SpeakerResolver._whole_alias)
    (['Downing Street admits the plan "will cost more".'], {}, "Downing Street"),
    (['Downing Street admits the plan "will cost more".'], {"number 10": "Downing Street", "downing street": "Downing Street"},
     "Downing Street"),
    (['"We will study the ruling," said Number 10.'], {"number 10": "Downing Street"}, "Downing Street"),
    (['"We will study the ruling," Number 10 said.'], {}, "Number 10"),
    (['Wall Street says the deal is "a disaster".'], {}, "Wall Street"),
    (['Whitehall says the deal is "a disaster".'], {}, "Whitehall"),
    (['Capitol Hill insists the deal "is dead".'], {"capitol hill": "Congress"}, "Congress"),
    (['Senators met on Capitol Hill.', 'Capitol Hill insists the deal "is dead".'], {}, "Capitol Hill"),
    (['"It is a shameful plan," said Freedom from Torture.'], {"freedom from torture": "Freedom from Torture"},
     "Freedom from Torture"),
])
def test_place_names_are_matched_whole_against_the_aliases_first(paragraphs, aliases, speaker):
    quote = [q for q in extract_quotes(paragraphs, aliases=aliases) if q.kind != "indirect"][-1]
    assert (quote.speaker.name, quote.speaker.is_organisation) == (speaker, True)


@pytest.mark.parametrize("paragraphs, aliases, speaker", [
    # look-alikes: a surname that is a place word, a name after a body's name, a body that
    # begins with an alias
    (['Fiona Hill said the deal was "dead".'], {}, Speaker("Fiona Hill")),
    (['Fiona Hill spoke first.', '"It is dead," Hill said.'], {}, Speaker("Fiona Hill")),
    (['Home Office minister Ann Lee said the plan was "working".'], {"home office": "Home Office"},
     Speaker("Ann Lee", "minister", "Home Office")),
    (['The Met Office said the storm was "severe".'], {**MET, "met": "Metropolitan Police"},
     Speaker("Met Office", is_organisation=True)),
])
def test_look_alikes_of_place_names_keep_their_speaker(paragraphs, aliases, speaker):
    assert [q.speaker for q in extract_quotes(paragraphs, aliases=aliases) if q.kind != "indirect"][-1] == speaker


@pytest.mark.parametrize("paragraphs, speaker", [
    # owned_role: the docstring's example first
    (["Amnesty International welcomed the ruling. The organisation's chief executive said it was a damning verdict."],
     Speaker("Amnesty International", is_organisation=True)),
    (["Amnesty International welcomed the ruling.",
      "\"This is a damning verdict,\" said Sacha Deshmukh, the organisation's chief executive in the UK."],
     Speaker("Sacha Deshmukh", "chief executive", "Amnesty International")),
    (["Amnesty International welcomed the ruling.", "\"This is a damning verdict,\" the group's director said."],
     Speaker("Amnesty International", is_organisation=True)),
    (["The charity Refugee Action welcomed the ruling.", "\"This is a damning verdict,\" said the charity's spokesperson."],
     Speaker("Refugee Action", is_organisation=True)),
    # the person of that organisation quoted last, unless their role is another
    (["Oxfam's Ann Lee said aid was \"too low\".", "\"It must double,\" the charity's director added."],
     Speaker("Ann Lee", None, "Oxfam")),
    (["Ann Lee, Oxfam's spokeswoman, said aid was \"too low\".", "\"It must double,\" the charity's director added."],
     Speaker("Oxfam", is_organisation=True)),
    # no organisation named before: the noun, not a person; a noun for an institution only for one
    # named with it
    (["Nobody spoke first.", "\"It must double,\" the group's director added."], Speaker("group", is_organisation=True)),
    (["Amnesty International welcomed the ruling.", "\"It is sound,\" the government's spokesman said."],
     Speaker("government", is_organisation=True)),
    (["The Labour Party met.", "\"It is sound,\" the party's leader said."], Speaker("Labour Party", is_organisation=True)),
])
def test_a_role_owned_by_the_organisation_stands_for_the_one_last_named(paragraphs, speaker):
    assert extract_quotes(paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize("words, appositive, name, role, organisation", [
    # role_end: honorifics go with the name (the docstring's example first), a place or a clause
    # ends the role, a capitalised title ends at the name
    ("the president of the Supreme Court Lord Reed", None, "Reed", "president of the Supreme Court", None),
    ("Sacha Deshmukh", "the organisation's chief executive in the UK", "Sacha Deshmukh", "chief executive", None),
    ("the chief executive in the UK", None, "chief executive", None, None),
    ("House Speaker Paul Ryan", None, "Paul Ryan", "House Speaker", None),
    ("Foreign Office Minister Kim Howells", None, "Kim Howells", "Foreign Office Minister", None),
    ("Mr Sunak", None, "Sunak", None, None),
    ("Labour MP Ann Lee", None, "Ann Lee", "Labour MP", None),
    ("Ann Lee", "a lecturer in law at Dover College", "Ann Lee", "lecturer", "Dover College"),
    ("a woman in Dover", "Delaware", "a woman in Dover", None, None),
])
def test_roles_end_at_a_name_or_a_clause_boundary(words, appositive, name, role, organisation):
    mention = describe(words, 0, appositive)
    assert (mention.name, mention.role, mention.organisation) == (name, role, organisation)


def test_a_person_keeps_one_name_for_the_whole_article():
    # canonical_name: the docstring's example first; "defended" is no name particle "de"
    quotes = extract_quotes([
        "Rishi Sunak defended the plan on Wednesday.",
        '"We will not let a foreign court stop us," Mr Sunak said.',
        '"Enough is enough," Sunak added.',
    ])
    assert [q.speaker for q in quotes] == [Speaker("Rishi Sunak")] * 2


@pytest.mark.parametrize("order", [1, -1])
def test_canonical_names_are_the_fullest_form_whatever_the_order(order):
    resolver = SpeakerResolver(["Prime Minister Rishi Sunak spoke.", "Ann Reyes and Tom Reyes spoke."], {})
    speakers = [Speaker("Sunak", "Mr"), Speaker("Rishi Sunak", None, "Conservative Party"), Speaker("Reyes")][::order]
    canonical = resolver.canonical(speakers)
    assert canonical[Speaker("Sunak", "Mr")].name == canonical[Speaker("Rishi Sunak", None, "Conservative Party")].name == "Rishi Sunak"
    assert canonical[Speaker("Sunak", "Mr")].organisation == "Conservative Party"
    assert canonical[Speaker("Reyes")] == Speaker("Reyes")  # two Reyes: left as resolved


def test_front_matter_speakers_match_the_canonical_name(tmp_path):
    from framing.inputs.articlefile import load_article
    from framing.inputs.topic import load_topic
    from framing.voices.tables import quotes_and_speakers

    topic = load_topic("facial-recognition", folder=Path(__file__).resolve().parents[1] / "data" / "topics")
    body = ("Rishi Sunak defended the plan on Wednesday.\n\n"
            '"We will not let a foreign court stop us," Mr Sunak said.\n\n"Enough is enough," Sunak added.\n')
    for key in ("Sunak", "Rishi Sunak"):
        path = tmp_path / "sunak.md"
        path.write_text(f"---\ntitle: Written for the tests\nspeakers:\n  {key}: other\n---\n{body}", encoding="utf-8")
        _, speakers = quotes_and_speakers(load_article(path), topic)
        assert speakers[["name", "side", "side_source"]].values.tolist() == [["Rishi Sunak", "other", "front-matter"]]


@pytest.mark.parametrize("paragraphs, speakers", [
    # noun_participle: the docstring's example first; the quote after it goes on nobody
    (["Ministers want to fly people claiming asylum to Rwanda.", '"It is cruel and unworkable."'], [None]),
    (["The plan would see people claiming asylum sent to Rwanda.", '"It is cruel and unworkable."'], [None]),
    # look-alikes: an -ing cue after a word for speech, after a comma and an adverb, still leads in
    (["Ann Lee issued a statement saying:", '"It is cruel."'], ["Ann Lee"]),
    (["Ann Lee spoke, repeatedly saying the plan was cruel.", '"It is unworkable."'], ["Ann Lee"]),
])
def test_a_cue_in_a_noun_phrase_leads_into_no_quote(paragraphs, speakers):
    quotes = [q for q in extract_quotes(paragraphs) if q.kind != "indirect"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers
