"""Topics: a story's sides, the actors that place speakers on them, and its frame lexicon.

A topic lives in ``data/topics/<name>/``: ``topic.yml`` (sides, actors, kinds of actor, the
journalist's cue words, frames and the side each frame leans to) and the lexicon it names (a
CSV a spreadsheet user can edit: term, frame, kind, why, source).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Iterable

from framing.errors import InputError
from framing.fileio import read_text
from framing.paths import data_dir
from framing.measures.terms import NEGATION_WINDOW, NEGATIONS
from framing.text.tokens import word_spans
from framing.yamlfile import load_yaml

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
    side: str | None = None  # the side whose speakers this frame's words lean to, if any


@dataclass(frozen=True)
class Actor:
    name: str
    side: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    """A kind of actor ("regulator"): the words that mark it in what describes a speaker and the
    side it stands on; the article's own words may move a kind that is not ``firm``."""

    id: str
    label: str
    side: str
    words: tuple[str, ...]
    firm: bool = False


@dataclass(frozen=True)
class LexiconEntry:
    term: str
    frame: str
    kind: str
    why: str
    source: str = ""


@dataclass(frozen=True)
class Topic:
    """A story's sides, actors, role words, frames and lexicon, kinds of actor, the
    journalist's cue words for each side, and remarks on it by chapter (``notes``)."""

    name: str
    label: str
    sides: tuple[Side, ...]
    actors: tuple[Actor, ...]
    roles: dict[str, tuple[str, ...]]
    frames: tuple[Frame, ...]
    lexicon: tuple[LexiconEntry, ...]
    kinds: tuple[Kind, ...] = ()
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # side -> the journalist's words
    notes: dict[str, str] = field(default_factory=dict)  # chapter -> a remark the data cannot show

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

    def all_kinds(self) -> tuple[Kind, ...]:
        """The kinds, then each side's ``roles`` words as one firm kind (the older, simpler form)."""
        return self.kinds + tuple(Kind(f"{side} role", f"{side} role words", side, words, True)
                                  for side, words in self.roles.items())

    def actor_in(self, text: str | None) -> tuple[Actor, str] | None:
        """The actor whose name or alias ``text`` holds and the words found (see
        :func:`words_in`; the longest wins, then the actor listed first); None when none is."""
        found = [(_length(words), actor, words) for actor in self.actors
                 for words in words_in((actor.name, *actor.aliases), text or "")]
        return max(found, key=lambda f: f[0])[1:] if found else None

    def kind_in(self, text: str | None) -> tuple[Kind, str] | None:
        """The kind whose words ``text`` holds and the words found (see :func:`words_in`; the
        longest wins, "shadow home secretary" over "home secretary", then the kind listed
        first); None when no kind is there."""
        found = [(_length(words), kind, words) for kind in self.all_kinds()
                 for words in words_in(kind.words, text or "")]
        return max(found, key=lambda f: f[0])[1:] if found else None

    def side_for(self, *descriptions: str | None) -> str | None:
        """The side of the actor named in, or else of the kind found in, the given
        descriptions (a name, an organisation, a role); None when nothing matches."""
        text = " | ".join(d for d in descriptions if d)
        found = self.actor_in(text) or self.kind_in(text)
        return found[0].side if found else None


def words_in(words: Iterable[str], text: str) -> list[str]:
    """Those of ``words`` that ``text`` holds, as written there, in reading order. A word matches
    as written, in any case, with a plural "s" or "es" ("judge" finds "Judges"; spaces and
    hyphens alike, straight and curly apostrophes alike); a word written with a capital
    ("Watch", "Union") only where the text has one, as a name; none after a negation or
    "former" ("not a critic", "ex-police officer")."""
    folded = _folded(text)
    found = []
    for word in words:
        needle, pattern = _word_pattern(word)
        if pattern is not None and needle in folded:  # a quick test that rules most words out
            found += [m for m in pattern.finditer(text) if not _negated(text, m.start())]
    return [m.group(0) for m in sorted(found, key=lambda m: m.start())]


@cache
def _word_pattern(word: str) -> tuple[str, re.Pattern | None]:
    """The pattern :func:`words_in` looks for ``word`` with (None for a word of no letters), and
    its first part case-folded, which a text must hold for the pattern to match."""
    parts = [w for w in re.split(r"[\s-]+", word.strip()) if w]
    if not parts:
        return "", None
    flags = 0 if word[:1].isupper() else re.IGNORECASE
    escaped = [re.escape(w).replace("'", "['’]") for w in parts]
    pattern = r"(?<!\w)" + r"[\s-]+".join(escaped) + r"(?:e?s)?(?!\w)"
    return _folded(parts[0]), re.compile(pattern, flags)


def _folded(text: str) -> str:
    """``text`` case-folded, curly apostrophes made straight."""
    return text.casefold().replace("’", "'")


def _length(words: str) -> int:
    return len(re.findall(r"\w+", words))


def _negated(text: str, start: int) -> bool:
    """True when, in the clause of ``start``, "former" or "ex" is the word just before it or a
    negation is one of the three words before it."""
    before = re.findall(r"[\w’']+", re.split(r"[.,;:!?]", text[max(0, start - 40):start])[-1])
    return bool(before) and (before[-1].lower() in {"former", "ex"} or any(
        w.lower() in NEGATIONS or w.lower().endswith(("n't", "n’t"))
        for w in before[-NEGATION_WINDOW:]))


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


def _side_words(spec: dict, key: str, side_ids: set[str],
                where: str) -> dict[str, tuple[str, ...]]:
    """Side id -> its words under ``key`` (``roles``, ``cues``), for known sides only."""
    found = {}
    for side, words in _mapping(spec.get(key), f"{where}: {key}", required=False).items():
        side = _text(side, f"{where}: {key}")
        if side not in side_ids:
            raise InputError(f"{where}: {key} for unknown side {_shown(side)}")
        found[side] = _words(words, f"{where}: {key} {_shown(side)}")
    return found


def _kinds(spec: dict, side_ids: set[str], where: str) -> tuple[Kind, ...]:
    """The kinds of actor in the file's order: each an id (unique), a label (default: the id),
    a known side, one or more words with letters or digits, and ``firm`` (true or false)."""
    kinds = []
    for i, item in enumerate(_list(spec.get("kinds"), f"{where}: kinds"), 1):
        item = _mapping(item, f"{where}: kinds item {i}")
        id_ = _text(item.get("id"), f"{where}: kinds item {i}: id")
        at = f"{where}: kind {_shown(id_)}"
        if id_ in {k.id for k in kinds}:
            raise InputError(f"{at} appears twice")
        side = _text(item.get("side"), f"{at}: side")
        if side not in side_ids:
            raise InputError(f"{at} has unknown side {_shown(side)}")
        words = _words(item.get("words"), f"{at}: words")
        if not words:
            raise InputError(f"{at}: words: expected a list (lines starting '- '), "
                             f"found {_shown(item.get('words'))}")
        wordless = next((w for w in words if next(word_spans(w), None) is None), None)
        if wordless is not None:
            raise InputError(f"{at}: words: {_shown(wordless)} has no letters or digits to match")
        firm = item.get("firm", False)
        if not isinstance(firm, bool):
            raise InputError(f"{at}: firm: expected true or false, found {_shown(firm)}")
        kinds.append(Kind(id_, _text(item.get("label"), f"{at}: label", default=id_), side,
                          words, firm))
    return tuple(kinds)


def _leaning(spec: dict, frames: tuple[Frame, ...], side_ids: set[str],
             where: str) -> tuple[Frame, ...]:
    """The frames, each with the known side its words lean to when the file gives one."""
    leaning = []
    for frame, item in zip(frames, spec["frames"]):
        side = item.get("side")
        if side is not None:
            side = _text(side, f"{where}: frame {_shown(frame.id)}: side")
            if side not in side_ids:
                raise InputError(f"{where}: frame {_shown(frame.id)} has unknown side "
                                 f"{_shown(side)}")
        leaning.append(replace(frame, side=side))
    return tuple(leaning)


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
    roles = _side_words(spec, "roles", side_ids, where)
    kinds = _kinds(spec, side_ids, where)
    cues = _side_words(spec, "cues", side_ids, where)
    frames = _leaning(spec, _coloured(spec, "frames", Frame, where), side_ids, where)
    lexicon_path = folder / _lexicon_file(spec, where)
    lexicon = parse_lexicon(read_text(lexicon_path), {f.id for f in frames}, source=str(lexicon_path))
    return Topic(_text(spec.get("name"), f"{where}: name", default=name),
                 _text(spec.get("label"), f"{where}: label", default=name),
                 sides, actors, roles, frames, lexicon, kinds, cues, _notes(spec, where))


CHAPTERS = ("article", "voices", "loaded-language", "sentiment", "readability", "synthesis")


def _notes(spec: dict, where: str) -> dict[str, str]:
    """The topic's ``notes``: chapter -> text, for the chapters of :data:`CHAPTERS`."""
    notes = spec.get("notes") or {}
    if not isinstance(notes, dict):
        raise InputError(f"{where}: notes: expected chapter: text, found {_shown(notes)}")
    for chapter in notes:
        if chapter not in CHAPTERS:
            raise InputError(f"{where}: notes: unknown chapter {_shown(chapter)} (the chapters: "
                             f"{', '.join(CHAPTERS)})")
    return {chapter: _text(text, f"{where}: notes: {chapter}") for chapter, text in notes.items()}


def load_topic(name: str, *, folder: Path | None = None) -> Topic:
    """The topic ``name`` from ``folder`` (default :func:`topics_dir`); InputError if the name
    is not a topic name, or the topic does not exist or does not validate."""
    folder = folder or topics_dir()
    if not (folder / check_topic_name(name) / "topic.yml").is_file():
        known = sorted(p.parent.name for p in folder.glob("*/topic.yml"))
        raise InputError(f"unknown topic '{name}' (known: {', '.join(known) or 'none'}); "
                         f"create it with: framing new-topic {name}")
    return read_topic(folder / name, name)
