"""Topics: a story's sides, the actors that place speakers on them, and its frame lexicon.

A topic lives in ``data/topics/<name>/``: ``topic.yml`` (sides, actors, roles, frames) and the
lexicon it names (a CSV a spreadsheet user can edit: term, frame, kind, why, source).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError
from .fileio import read_text
from .paths import data_dir

UNASSIGNED = "unassigned"
UNASSIGNED_COLOUR = "#999999"
NARRATOR = "narrator"
LEXICON_COLUMNS = ("term", "frame", "kind", "why", "source")


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


def _require(mapping: dict, key: str, where: str):
    value = mapping.get(key) if isinstance(mapping, dict) else None
    if value in (None, "", [], {}):
        raise InputError(f"{where}: missing '{key}'")
    return value


def parse_lexicon(text: str, frames: set[str], *, source: str = "lexicon") -> tuple[LexiconEntry, ...]:
    """Lexicon rows from CSV text; InputError names the row with an empty or duplicate term
    or an unknown frame."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("term", "frame") if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{source}: missing column(s) {', '.join(missing)}; "
                         f"expected {', '.join(LEXICON_COLUMNS)}")
    entries, seen = [], {}
    for row_number, row in enumerate(reader, start=2):
        where = f"{source} row {row_number}"
        term = " ".join((row.get("term") or "").split())
        frame = (row.get("frame") or "").strip()
        if not term:
            raise InputError(f"{where}: empty term")
        if frame not in frames:
            raise InputError(f"{where}: unknown frame '{frame}' for '{term}' "
                             f"(frames: {', '.join(sorted(frames))})")
        key = term.lower()
        if key in seen:
            raise InputError(f"{where}: duplicate term '{term}' (first on row {seen[key]})")
        seen[key] = row_number
        entries.append(LexiconEntry(term, frame, (row.get("kind") or "").strip(),
                                    (row.get("why") or "").strip(), (row.get("source") or "").strip()))
    return tuple(entries)


def load_topic(name: str, *, folder: Path | None = None) -> Topic:
    """The topic ``name`` from ``folder`` (default :func:`topics_dir`); InputError if it does
    not exist or does not validate."""
    folder = folder or topics_dir()
    path = folder / name / "topic.yml"
    if not path.is_file():
        known = sorted(p.parent.name for p in folder.glob("*/topic.yml"))
        raise InputError(f"unknown topic '{name}' (known: {', '.join(known) or 'none'}); "
                         f"create it with: framing new-topic {name}")
    try:
        spec = yaml.safe_load(read_text(path))
    except yaml.YAMLError:
        raise InputError(f"{path}: invalid YAML") from None
    where = str(path)
    sides = tuple(Side(_require(s, "id", where), s.get("label", s["id"]), s.get("colour", "#777777"))
                  for s in _require(spec, "sides", where))
    side_ids = {s.id for s in sides}
    actors = []
    for a in spec.get("actors") or []:
        actor = Actor(_require(a, "name", where), _require(a, "side", where),
                      tuple(a.get("aliases") or ()))
        if actor.side not in side_ids:
            raise InputError(f"{where}: actor '{actor.name}' has unknown side '{actor.side}'")
        actors.append(actor)
    roles = {side: tuple(words) for side, words in (spec.get("roles") or {}).items()}
    if set(roles) - side_ids:
        raise InputError(f"{where}: roles for unknown side(s) {', '.join(sorted(set(roles) - side_ids))}")
    frames = tuple(Frame(_require(f, "id", where), f.get("label", f["id"]), f.get("colour", "#777777"))
                   for f in _require(spec, "frames", where))
    lexicon_path = path.parent / spec.get("lexicon", "lexicon.csv")
    lexicon = parse_lexicon(read_text(lexicon_path), {f.id for f in frames}, source=str(lexicon_path))
    return Topic(spec.get("name", name), spec.get("label", name), sides, tuple(actors), roles,
                 frames, lexicon)
