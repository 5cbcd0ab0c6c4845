"""Every word list the voices rules read, and the verb forms of attribution cues: public, so
that each rule module, the tests and a student can read and extend them in one place.

``LEMMA`` maps each form of a cue verb ("told") to its base ("tell"); forms that are more often
nouns ("the report") are left out. The sets are lowercase words unless their comment says.
"""

from __future__ import annotations

from framing.text.sentences import ABBREVIATIONS as SENTENCE_ABBREVIATIONS


IRREGULAR = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "write": "write writes wrote written writing",
    "admit": "admit admits admitted admitting",
    "quip": "quip quips quipped quipping",
    "read": "reads",  # '"...," reads a statement from the council'
}
REGULAR = """add warn conclude argue claim insist explain note urge call describe state declare
    announce tweet ask reply respond continue suggest acknowledge recall joke complain predict promise
    vow boast exclaim shout observe remark contend maintain assert charge counter criticize criticise
    caution stress emphasize emphasise allege reveal confirm concede agree recount pledge retort post
    lament deny testify report dismiss assure demand brag scoff muse hint gush opine accuse dub label
    brand mock praise slam blast attack deride decry denounce condemn hail tout refer disagree point
    fume press beam sigh snap chide plead implore reason posit speculate elaborate clarify concur
    grumble yell scream whisper mutter interject bark growl thunder roar sneer hiss bellow gripe rant
    rave marvel wonder remember react exhort mention apologize apologise""".split()
# verbs whose object is the listener or the thing spoken of, so the speaker never follows them
TRANSITIVE = set("""tell call describe urge criticize criticise charge dismiss assure accuse dub label
    brand mock praise slam blast attack deride decry denounce condemn hail tout refer press chide
    implore""".split())
# verbs that report a clause ("warned that ...", "said it would ...") and so mark indirect speech
REPORTING = {"say", "tell", "add", "warn", "conclude", "argue", "claim", "insist", "explain", "note",
             "suggest", "acknowledge", "predict", "promise", "announce", "state", "declare", "confirm",
             "concede", "agree", "allege", "reveal", "stress", "emphasize", "emphasise", "caution",
             "contend", "maintain", "assert", "admit", "deny", "write", "tweet", "boast", "vow",
             "pledge", "testify", "report", "observe", "remark", "complain", "recall"}
# verbs that name or are often nouns ("called it", "the attack"): a sentence of them does not
# lead into the quote after it
NOT_LEADING = {"call", "describe", "refer", "dub", "label", "brand", "attack"}


def inflect(verb: str) -> list[str]:
    """The forms of a regular verb: add, adds, added, adding."""
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


# forms that are more often nouns ("the report", "a call", "her remarks") are not cues
NOUN_LIKE = set("""state states report reports post posts charge charges counter counters remark
    remarks note notes call calls claim claims promise promises vow vows pledge pledges joke jokes
    tweet tweets reply replies stress caution lament dismiss point points press reason reasons
    attack attacks""".split())
FORMS = [(form, verb) for verb, forms in IRREGULAR.items() for form in forms.split()]
FORMS += [("put it", "put it"), ("puts it", "put it")]  # 'as Lee put it: "..."'
FORMS += [(form, verb) for verb in REGULAR for form in inflect(verb)]
ANY_FORM = dict(FORMS)
LEMMA = {form: verb for form, verb in FORMS if form not in NOUN_LIKE}
# words before a cue that make it passive or not a report: "what's described as", "was told"
NOT_ACTIVE = {"is", "are", "was", "were", "be", "been", "being", "what's", "what’s", "it's", "it’s",
              "that's", "that’s", "to", "not", "never", "may", "might", "could", "should",
              "would", "will", "can", "cannot", "if"}
OWNERS = {"his", "her", "their", "its", "our", "my", "your"}
BASE_FORMS = set(REGULAR)
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "we": None, "i": None}
ADVERBS = set("""also later then has have had previously recently earlier again once further
    simply just reportedly publicly privately repeatedly often long subsequently quickly initially
    did does do never always first already flatly bluntly angrily firmly quietly separately
    similarly likewise herself himself themselves itself only both""".split())
MODALS = {"could", "would", "can", "will", "may", "might", "should", "must"}
BOUNDARY = set("""that which who whom whose and but or because while as when if after before since
    though although where so than nor whether until unless is are was were be been has have had
    will would can could should may might must do does did without why how what even""".split())
DETERMINERS = set("the a an one another some many several two three four both most all this these those".split())
TITLES = set("""former president vice sen senator gov governor rep representative congressman
    congresswoman mayor secretary attorney general gen judge justice chief commissioner assistant
    deputy director chairman chairwoman chair speaker leader minister prime mr mrs ms miss dr prof
    professor sir dame lord lady rev reverend officer detective sgt sergeant inspector superintendent
    constable captain capt lt col colonel major ambassador candidate nominee democratic republican
    democrat gop independent presidential us u.s. ceo executive senior acting interim labour
    conservative tory liberal state house senate majority minority whip spokesman spokeswoman
    spokesperson commander cmdr chancellor mp mep msp pm sheriff supervisor councilman councilwoman
    councilmember councillor alderman alderwoman assemblyman assemblywoman assemblymember""".split())
FEMALE = {"she", "mrs", "ms", "miss", "dame", "lady", "spokeswoman", "chairwoman", "congresswoman",
          "businesswoman", "woman", "mother", "wife", "daughter", "sister"}
MALE = {"he", "mr", "sir", "lord", "spokesman", "chairman", "congressman", "businessman", "man",
        "father", "husband", "son", "brother"}
ORG_WORDS = set("""police force department ministry office party campaign committee council group
    association union agency service services commission institute foundation trust company corp
    corporation inc ltd plc bank university college school board government administration
    authority court parliament congress senate house army navy watch network news times post
    journal press club league federation organisation
    organization coalition alliance centre center fund society team staff international""".split())
# generic nouns for a body that, owning a role, stand for the organisation last named: "the
# organisation's chief executive", "the group's director", "the charity's spokesperson"
OWNER_NOUNS = ORG_WORDS - {"police", "staff", "team", "press", "news", "times", "post", "journal",
                            "international", "house", "senate", "congress", "parliament"} | set(
    """charity firm company body regulator watchdog organisation organization movement network
    outlet newspaper paper broadcaster publisher""".split())
# places that stand for the body housed there, taken whole as an organisation (``is_place_name``)
PLACE_WORDS = {"street", "square", "road", "avenue", "yard", "palace", "plaza", "boulevard"}
PLACE_WORDS_ALSO_SURNAMES = {"hill", "hall", "lane"}
SEATS = {"whitehall", "westminster", "holyrood", "stormont", "kremlin", "pentagon"}
# a lowercase head noun that stands for a person already named ("the senator said")
PERSON_ROLES = set("""senator governor candidate spokesman spokeswoman spokesperson mayor minister
    official congressman congresswoman chairman chairwoman director president businessman
    billionaire mogul nominee frontrunner front-runner leader lawmaker commissioner secretary
    officer chief founder author campaigner activist expert analyst executive""".split())
# nouns for one person that an unnamed source is described by ("a longtime adviser to Trump")
PERSON_NOUNS = PERSON_ROLES | set("""person source aide adviser advisor strategist operative member friend
    ally insider consultant donor delegate voter supporter staffer attorney lawyer lobbyist pollster
    resident veteran woman man worker student professor economist historian organizer organiser
    volunteer observer diplomat executive employee representative""".split())
INDEFINITE = {"a", "an", "one", "another"}
DESCRIPTION_STOPS = {"of", "from", "for", "to", "at", "with", "in", "on", "by", "close", "familiar", "who"}
COMMON_CAPITALISED = set("""the a an but and or in on at for of to with by from this that these those more
    it he she they we i his her their our my after before during since so yet if when while as
    however meanwhile still also there here then now today yesterday last next indeed perhaps moreover
    furthermore nevertheless nonetheless besides thus hence therefore likewise otherwise monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# common words that are also names: a name when capitalised alone as a subject ('," May said') or
# opening a sentence before a surname ("Bill Clinton")
ALSO_NAMES = set("""may june april august will jun bill hope mark grant rich chuck frank dean faith
    grace joy rose jack pat bob ray art don guy rusty buck rob bud carol ivy pearl dawn eve robin wade""".split())
# common nouns for groups of people, lowercased when they open a sentence ("Critics warn ...")
GROUP_NOUNS = set("""critics experts officials campaigners residents analysts opponents supporters
    protesters protestors activists lawmakers economists scientists doctors teachers parents students
    police officers sources observers traders voters workers leaders members witnesses investigators
    prosecutors authorities ministers aides advisers advisors allies insiders locals""".split())
NAME_PARTICLES = {"de", "van", "von", "da", "del", "bin", "al"}  # lowercase words inside names
# lowercase words that end a role in an appositive: a place or time adjunct, a relative clause
ROLE_ENDS = {"in", "on", "since", "until", "during", "across", "throughout", "who", "which", "where", "when", "while"}
# titles that go with a name, not with the role before it: "president of the Supreme Court Lord Reed"
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "reverend"}
# a place after a role or a group: "chief executive in the UK", "experts across Europe"
PLACE_PREPOSITIONS = {"in", "across", "throughout"}
ABBREVIATIONS = SENTENCE_ABBREVIATIONS | {"sen", "rep", "gov", "jr", "sr", "st", "mt", "ft", "gen", "adm"}
SENTENCE_OPENERS = set("""in on at after before when while during since as by for with from to of
    later earlier meanwhile but and yet still however so then now also instead amid amidst like unlike
    despite among against following""".split())
FILLERS = (COMMON_CAPITALISED | SENTENCE_OPENERS | BOUNDARY) - DETERMINERS  # see ``_is_filler``
TIMES = set("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week weekend""".split())
OWNED_NOUNS = ORG_WORDS | PERSON_NOUNS | {noun + "s" for noun in PERSON_NOUNS}
OF_ORGANISATION = {"of", "for", "at", "with"}
BE = {"is", "are", "was", "were"}
PREPOSITIONS = {"of", "about", "to", "on", "in", "at", "for", "with", "from", "by", "after", "before"}
CLAUSE_WORDS = BOUNDARY | set(PRONOUNS)
# words after which an -ing cue is a verb of its clause, not part of a noun phrase
VERB_BEFORE_ING = BOUNDARY | ADVERBS | MODALS | BE | set(PRONOUNS) | set("""with without by also not kept keeps
    began begins started starts continued continues went goes go""".split())
CLAUSE_START = set("""it he she they we i you there this these those the a an its his her their our
    no some many most all any every each one nobody everyone""".split())
SUBJECT_PRONOUNS = {"it", "he", "she", "they", "we", "i", "you", "there"}
NOT_A_SUBJECT = SENTENCE_OPENERS | ADVERBS | set("""so yes no goodbye hello nothing something anything
    sorry thanks more less little much enough otherwise""".split())
