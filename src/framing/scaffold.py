"""``framing new-topic``: a new story's topic folder, ready to fill in, every field explained."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .errors import InputError
from .fileio import umask
from .topic import LEXICON_COLUMNS, check_topic_name, read_topic, topics_dir

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
