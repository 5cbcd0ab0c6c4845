"""YAML that a person wrote (front matter, sidecars, topics), read safely.

Plain data only: anchors and aliases are refused, because a few hundred bytes of nested aliases
expand to gigabytes ("billion laughs"), and no file a person edits here needs them.
"""

from __future__ import annotations

import yaml

from framing.errors import InputError


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader, refusing anchors and aliases."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent) or getattr(self.peek_event(), "anchor", None):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases (&name, *name) are not allowed", event.start_mark)
        return super().compose_node(parent, index)


def load_yaml(text: str, *, where: str, first_line: int = 1):
    """The data in ``text``; InputError naming ``where`` (and the line, counted from
    ``first_line``) for invalid YAML or an anchor or alias."""
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        at = f" at line {mark.line + first_line}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{where}: invalid YAML{at} ({problem})") from None
    except RecursionError:
        raise InputError(f"{where}: the YAML is nested too deeply to be a file a person wrote"
                         ) from None
