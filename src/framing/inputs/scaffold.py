"""``framing new-topic``: a new story's topic folder, ready to fill in, every field explained."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from framing.errors import InputError
from framing.fileio import umask
from framing.inputs.topic import LEXICON_COLUMNS, check_topic_name, read_topic, topics_dir

TEMPLATE = """\
# The topic "{name}": one story, its sides, the actors that place a speaker on a side, and the
# frames its loaded terms belong to. Every analysis of an article with `topic: {name}` reads
# this file and the lexicon beside it; edit them, not code. `framing add ... --topic {name}`.

name: {name}
label: {label}   # how the book names the story

# sides: who argues with whom. `id` is used in data and front matter (`speakers:` overrides),
# `label` in the book, `colour` in the figures (these are Okabe-Ito colours, which readers with
# colour-blindness can tell apart). A speaker no rule places is shown as "unassigned".
sides:
  - id: side-a
    label: First side
    colour: "#0072B2"
  - id: side-b
    label: Second side
    colour: "#D55E00"
  - id: other
    label: Other voices
    colour: "#009E73"

# actors: organisations and groups whose members or spokespeople speak for a side. `aliases`
# are other names for the same actor in articles (matched without case): "the Met",
# "Scotland Yard" for the Metropolitan Police. Name groups too ("critics", "campaigners").
actors:
  - name: An Organisation
    side: side-a
    aliases: [the organisation]

# kinds: kinds of actor, which place a speaker that no actor names. A kind is known by its
# words in what describes the speaker: their role, their organisation, the words next to their
# name ("Data protection commissioner Jane Doe", "Tom Reed, of the Residents' Association,").
# Words match as written, in any case, plural too ("judge" finds "Judges"); a word written with
# a capital ("Watch", "Union") only as part of a name; none after "former" or "ex-". The longest
# words found decide, then the kind listed first. `side` is the kind's side; a `firm` kind keeps
# it, any other is moved in an article where the journalist's cues or the speaker's own frames
# (below) lean the other way.
kinds:
  - id: government
    label: Government or public body
    side: side-a
    firm: true
    words: [minister, government, Ministry, Department, mayor]
  - id: court
    label: Court
    side: other  # a court stating a ruling
    firm: true
    words: [court, judge, tribunal]
  - id: campaign-group
    label: Campaign or rights group
    side: side-b
    firm: true
    words: [campaigner, campaign group, activist, advocacy, rights group]
  - id: company
    label: Company
    side: side-a
    words: [company, chief executive, managing director, Ltd, Inc, plc]
  - id: politician
    label: Elected politician
    side: other
    words: [MP, senator, councillor, lawmaker]
  - id: expert
    label: Academic or expert
    side: other
    words: [professor, researcher, expert, University]
  - id: public
    label: Member of the public
    side: other
    words: [member of the public, resident, visitor, customer]

# cues: the journalist's words about a speaker that show their stance in an article, for each
# side: group nouns ("critics") and verbs ("warned", "defended"), matched as kinds' words are.
# They are read near the speaker's name, in the cue of each of their quotes ("she warned") and
# in the opening words of the narration just before their first quote ("Critics say ...").
cues:
  side-a: [supporter, defender, defended, welcomed, insisted, reassured, praised]
  side-b: [critic, opponent, campaigner, warned, criticised, condemned, called for a ban]

# frames: the competing ways of telling the story. The lexicon assigns each term to one.
# `side` (optional): the side a frame leans to, which places a speaker whose own quoted words
# clearly lead with that frame's terms.
frames:
  - id: frame-a
    label: First frame
    colour: "#CC79A7"
    side: side-a
  - id: frame-b
    label: Second frame
    colour: "#56B4E9"
    side: side-b
  - id: technical
    label: Neutral technical
    colour: "#999999"

# lexicon: the CSV of loaded terms, one row per term: term, frame (an id above), kind
# (evaluative adjective, metaphor, euphemism, technical, ...), why it is loaded (one line),
# and an optional source. Open it in a spreadsheet.
lexicon: lexicon.csv

# notes (optional): remarks on the story that its data cannot show, by chapter (article, voices,
# loaded-language, sentiment, readability, synthesis), shown in that chapter of every article of
# this topic. For example:
# notes:
#   sentiment: VADER scores none of this story's key terms.
"""


def new_topic(name: str, *, folder: Path | None = None) -> Path:
    """Create ``data/topics/<name>/`` with a commented topic.yml and an empty lexicon; returns
    the folder. InputError if the name is not a topic name or the topic exists.

    The folder is built and checked under a temporary name beside it, then renamed into place:
    renaming onto a folder that exists fails, so of two runs at once one loses cleanly, and a
    failure leaves nothing half-made."""
    target = (folder or topics_dir()) / check_topic_name(name)
    if target.exists():
        raise InputError(f"{target} already exists")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{name}.", suffix=".tmp"))
    except OSError as exc:
        raise InputError(f"{target}: cannot create it ({exc.strerror})") from None
    try:
        building.chmod(0o777 & ~umask())
        label = name.replace("-", " ").capitalize()
        (building / "topic.yml").write_text(TEMPLATE.format(name=name, label=label), encoding="utf-8")
        (building / "lexicon.csv").write_text(",".join(LEXICON_COLUMNS) + "\n", encoding="utf-8")
        read_topic(building, name)  # the scaffold must itself be a valid topic
        os.rename(building, target)
    except OSError as exc:
        if target.exists():
            raise InputError(f"{target} already exists") from None
        raise InputError(f"{target}: cannot create it ({exc.strerror})") from None
    finally:
        shutil.rmtree(building, ignore_errors=True)  # gone already once renamed into place
    return target
