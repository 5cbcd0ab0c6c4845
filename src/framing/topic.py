"""Topics: a story's sides, the actors that place speakers on them, and its frame lexicon.

A topic lives in ``data/topics/<name>/``: ``topic.yml`` (sides, actors, roles, frames) and the
lexicon it names (a CSV a spreadsheet user can edit: term, frame, kind, why, source).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .fileio import read_text
from .paths import data_dir
from .tokens import word_spans
from .yamlfile import load_yaml

UNASSIGNED = "unassigned"
UNASSIGNED_COLOUR = "#999999"
NARRATOR = "narrator"
LEXICON_COLUMNS = ("term", "frame", "kind", "why", "source")
DEFAULT_COLOUR = "#777777"
TOPIC_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
HEX_COLOUR = re.compile(r"#(?:[0-9a-f]{3}){1,2}", re.IGNORECASE)  # it reaches style attributes


@dataclass(frozen=True)
class Side:
    id: str
    label: str
    colour: str


@dataclass(frozen=True)
class Frame:
    id: str
    label: str
    colour: str


@dataclass(frozen=True)
class Actor:
    name: str
    side: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class LexiconEntry:
    term: str
    frame: str
    kind: str
    why: str
    source: str = ""


@dataclass(frozen=True)
class Topic:
    """A story's sides, actors, role keywords, frames and lexicon."""

    name: str
    label: str
    sides: tuple[Side, ...]
    actors: tuple[Actor, ...]
    roles: dict[str, tuple[str, ...]]
    frames: tuple[Frame, ...]
    lexicon: tuple[LexiconEntry, ...]

    def aliases(self) -> dict[str, str]:
        """Lower-cased name or alias -> the actor's canonical name."""
        table = {}
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                table[name.lower()] = actor.name
        return table

    def side_colours(self) -> dict[str, str]:
        """Side id -> colour, including the unassigned side."""
        return {s.id: s.colour for s in self.sides} | {UNASSIGNED: UNASSIGNED_COLOUR}

    def side_labels(self) -> dict[str, str]:
        return {s.id: s.label for s in self.sides} | {UNASSIGNED: "Unassigned"}

    def side_for(self, *descriptions: str | None) -> str | None:
        """The side of the first actor named in, or else the first role word found in, the
        given descriptions (a name, an organisation, a role); None when nothing matches."""
        text = " ".join(d for d in descriptions if d).lower()
        if not text:
            return None
        padded = f" {text} "
        by_name = {a.name: a.side for a in self.actors}
        for alias, name in sorted(self.aliases().items(), key=lambda kv: -len(kv[0])):
            if f" {alias} " in padded or text == alias:
                return by_name[name]
        for side, words in self.roles.items():
            if any(w.lower() in text for w in words):
                return side
        return None


def topics_dir() -> Path:
    """The folder of topics: ``topics/`` in the project's data folder."""
    return data_dir() / "topics"


def _shown(value) -> str:
    """``value`` quoted for a one-line message: newlines escaped, long values cut short."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_topic_name(name) -> str:
    """``name`` if it is a topic name (lower-case letters, digits and hyphens, at most 64,
    not starting with a hyphen); InputError otherwise."""
    if not isinstance(name, str) or not TOPIC_NAME.fullmatch(name):
        raise InputError(f"{_shown(name)} is not a topic name: use lower-case letters, digits "
                         f"and hyphens (at most 64, not starting with a hyphen)")
    return name


# --- the lexicon ---

def _csv_records(text: str, source: str):
    """``(row number, fields)`` for each CSV record but blank ones, numbered by the line it is
    on; InputError for a record spread over several lines (an unclosed quote) or that csv
    refuses."""
    reader = csv.reader(io.StringIO(text))
    row = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{source} row {row}: {exc}") from None
        if reader.line_num > row:
            raise InputError(f"{source} row {row}: a quoted field runs on to row {reader.line_num}; "
                             f"is a closing quote missing?")
        if any(f.strip() for f in fields):
            yield row, fields
        row = reader.line_num + 1


def parse_lexicon(text: str, frames: set[str], *, source: str = "lexicon") -> tuple[LexiconEntry, ...]:
    """Lexicon rows from CSV text (blank rows skipped); InputError names the row with a bad
    quote, the wrong number of fields, an empty, wordless or duplicate term or an unknown frame."""
    records = _csv_records(text, source)
    header = [c.strip() for c in next(records, (1, []))[1]]
    missing = [c for c in ("term", "frame") if c not in header]
    if missing:
        raise InputError(f"{source}: missing column(s) {', '.join(missing)}; "
                         f"expected {', '.join(LEXICON_COLUMNS)}")
    entries, seen = [], {}
    for row_number, fields in records:
        where = f"{source} row {row_number}"
        if len(fields) != len(header):
            hint = ("quote a field that holds a comma" if len(fields) > len(header)
                    else "keep a comma for each empty field")
            raise InputError(f"{where} has {len(fields)} fields; expected {len(header)} "
                             f"({', '.join(header)}): {hint}")
        row = dict(zip(header, fields))
        term = " ".join(row["term"].split())
        frame = row["frame"].strip()
        if not term:
            raise InputError(f"{where}: empty term")
        if next(word_spans(term), None) is None:
            raise InputError(f"{where}: term {_shown(term)} has no letters or digits to match")
        if frame not in frames:
            raise InputError(f"{where}: unknown frame {_shown(frame)} for {_shown(term)} "
                             f"(frames: {', '.join(sorted(frames))})")
        key = term.lower()
        if key in seen:
            raise InputError(f"{where}: duplicate term {_shown(term)} (first on row {seen[key]})")
        seen[key] = row_number
        entries.append(LexiconEntry(term, frame, *(row.get(c, "").strip()
                                                   for c in ("kind", "why", "source"))))
    return tuple(entries)


# --- topic.yml: each helper returns the checked value or raises InputError naming the field ---

def _mapping(value, where: str, *, required: bool = True) -> dict:
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a mapping (key: value lines), found {_shown(value)}")
    return value


def _list(value, where: str, *, required: bool = False) -> list:
    if value is None and not required:
        return []
    if not isinstance(value, list) or (required and not value):
        raise InputError(f"{where}: expected a list (lines starting '- '), found {_shown(value)}")
    return value


def _text(value, where: str, *, default: str | None = None) -> str:
    """Non-empty text; a number is taken as its text, a missing value as ``default``."""
    if value is None:
        if default is None:
            raise InputError(f"{where}: missing")
        return default
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: expected text, found {_shown(value)}")
    return value.strip()


def _words(value, where: str) -> tuple[str, ...]:
    """A list of texts; a single text is a list of one."""
    items = [value] if isinstance(value, (str, int, float)) else _list(value, where)
    return tuple(_text(item, f"{where} item {i}") for i, item in enumerate(items, 1))


def _colour(value, where: str) -> str:
    if value is None:
        raise InputError(f"{where}: empty colour; quote it, as in colour: \"#0072B2\" "
                         f"(an unquoted # starts a comment)")
    colour = _text(value, where)
    if not HEX_COLOUR.fullmatch(colour):
        raise InputError(f"{where}: {_shown(colour)} is not a hex colour like \"#0072B2\"")
    return colour


def _coloured(spec: dict, key: str, kind, where: str) -> tuple:
    """The sides or frames: each an id, a label (default: the id) and a colour, ids unique."""
    items = []
    for i, item in enumerate(_list(spec.get(key), f"{where}: {key}", required=True), 1):
        item = _mapping(item, f"{where}: {key} item {i}")
        id_ = _text(item.get("id"), f"{where}: {key} item {i}: id")
        at = f"{where}: {kind.__name__.lower()} {_shown(id_)}"
        if id_ in {x.id for x in items}:
            raise InputError(f"{at} appears twice")
        items.append(kind(id_, _text(item.get("label"), f"{at}: label", default=id_),
                          _colour(item.get("colour", DEFAULT_COLOUR), f"{at}: colour")))
    return tuple(items)


def _actors(spec: dict, side_ids: set[str], where: str) -> tuple[Actor, ...]:
    """The actors, each on a known side, no name or alias shared by actors on two sides."""
    actors, owners = [], {}
    for i, item in enumerate(_list(spec.get("actors"), f"{where}: actors"), 1):
        item = _mapping(item, f"{where}: actors item {i}")
        name = _text(item.get("name"), f"{where}: actors item {i}: name")
        at = f"{where}: actor {_shown(name)}"
        actor = Actor(name, _text(item.get("side"), f"{at}: side"),
                      _words(item.get("aliases"), f"{at}: aliases"))
        if actor.side not in side_ids:
            raise InputError(f"{at} has unknown side {_shown(actor.side)}")
        for alias in (actor.name, *actor.aliases):
            other = owners.setdefault(alias.lower(), actor)
            if other.side != actor.side:
                raise InputError(f"{at}: {_shown(alias)} also names {_shown(other.name)}, "
                                 f"on side {_shown(other.side)}")
        actors.append(actor)
    return tuple(actors)


def _roles(spec: dict, side_ids: set[str], where: str) -> dict[str, tuple[str, ...]]:
    """Side id -> its role words, for known sides only."""
    roles = {}
    for side, words in _mapping(spec.get("roles"), f"{where}: roles", required=False).items():
        side = _text(side, f"{where}: roles")
        if side not in side_ids:
            raise InputError(f"{where}: roles for unknown side {_shown(side)}")
        roles[side] = _words(words, f"{where}: roles {_shown(side)}")
    return roles


def _lexicon_file(spec: dict, where: str) -> str:
    name = _text(spec.get("lexicon"), f"{where}: lexicon", default="lexicon.csv")
    if Path(name).name != name:
        raise InputError(f"{where}: lexicon {_shown(name)} must be a file name beside topic.yml")
    return name


def read_topic(folder: Path, name: str) -> Topic:
    """The topic in ``folder`` (its topic.yml and lexicon), ``name`` when topic.yml gives none;
    InputError naming the file and field that does not validate."""
    path = folder / "topic.yml"
    where = str(path)
    spec = _mapping(load_yaml(read_text(path), where=where), where)
    sides = _coloured(spec, "sides", Side, where)
    side_ids = {s.id for s in sides}
    if UNASSIGNED in side_ids:
        raise InputError(f"{where}: side {_shown(UNASSIGNED)} is reserved for speakers no rule places")
    actors = _actors(spec, side_ids, where)
    roles = _roles(spec, side_ids, where)
    frames = _coloured(spec, "frames", Frame, where)
    lexicon_path = folder / _lexicon_file(spec, where)
    lexicon = parse_lexicon(read_text(lexicon_path), {f.id for f in frames}, source=str(lexicon_path))
    return Topic(_text(spec.get("name"), f"{where}: name", default=name),
                 _text(spec.get("label"), f"{where}: label", default=name),
                 sides, actors, roles, frames, lexicon)


def load_topic(name: str, *, folder: Path | None = None) -> Topic:
    """The topic ``name`` from ``folder`` (default :func:`topics_dir`); InputError if the name
    is not a topic name, or the topic does not exist or does not validate."""
    folder = folder or topics_dir()
    if not (folder / check_topic_name(name) / "topic.yml").is_file():
        known = sorted(p.parent.name for p in folder.glob("*/topic.yml"))
        raise InputError(f"unknown topic '{name}' (known: {', '.join(known) or 'none'}); "
                         f"create it with: framing new-topic {name}")
    return read_topic(folder / name, name)
