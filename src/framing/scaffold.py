"""``framing new-topic``: a new story's topic folder, ready to fill in, every field explained."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError
from .fileio import write_text_atomic
from .topic import LEXICON_COLUMNS, load_topic, topics_dir

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

# roles: words in a speaker's job title or description that place a speaker no actor names
# ("minister", "campaigner").
roles:
  side-a: [minister]
  side-b: [campaigner]

# frames: the competing ways of telling the story. The lexicon assigns each term to one.
frames:
  - id: frame-a
    label: First frame
    colour: "#CC79A7"
  - id: frame-b
    label: Second frame
    colour: "#56B4E9"
  - id: technical
    label: Neutral technical
    colour: "#999999"

# lexicon: the CSV of loaded terms, one row per term: term, frame (an id above), kind
# (evaluative adjective, metaphor, euphemism, technical, ...), why it is loaded (one line),
# and an optional source. Open it in a spreadsheet.
lexicon: lexicon.csv
"""


def new_topic(name: str, *, folder: Path | None = None) -> Path:
    """Create ``data/topics/<name>/`` with a commented topic.yml and an empty lexicon; returns
    the folder. InputError if the name is not a simple slug or the topic exists."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
        raise InputError(f"'{name}': a topic name is lower-case letters, digits and hyphens")
    target = (folder or topics_dir()) / name
    if target.exists():
        raise InputError(f"{target} already exists")
    label = name.replace("-", " ").capitalize()
    write_text_atomic(target / "topic.yml", TEMPLATE.format(name=name, label=label))
    write_text_atomic(target / "lexicon.csv", ",".join(LEXICON_COLUMNS) + "\n")
    load_topic(name, folder=target.parent)  # the scaffold must itself be a valid topic
    return target
