"""User actor dictionaries (``--actors FILE.toml``).

::

    [[actor]]
    name = "Vladimir Putin"
    kind = "person"            # person | country | organisation | group | place
    aliases = ["Putin", "the Kremlin chief"]
    affiliation = "Russia"
    role = "president"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.model import Actor, ActorKind

_KEYS = frozenset({"name", "kind", "aliases", "affiliation", "role"})


class ActorDictionaryError(ValueError):
    """A dictionary file that cannot be used; the message is one line."""


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    """User-supplied actors (--actors FILE.toml)."""

    actors: tuple[Actor, ...] = ()


def _text(entry: dict[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ActorDictionaryError(f"{where}: '{key}' must be a non-empty string")
    return " ".join(value.split())


def parse_actor_dictionary(data: dict[str, Any], source: str = "<dictionary>") -> ActorDictionary:
    """An ActorDictionary from parsed TOML data (``[[actor]]`` tables)."""
    unknown = set(data) - {"actor"}
    if unknown:
        raise ActorDictionaryError(f"{source}: unknown table {sorted(unknown)[0]!r}")
    entries = data.get("actor", [])
    if not isinstance(entries, list):
        raise ActorDictionaryError(f"{source}: 'actor' must be an array of tables ([[actor]])")
    actors: list[Actor] = []
    for n, entry in enumerate(entries, 1):
        where = f"{source}: actor #{n}"
        if not isinstance(entry, dict):
            raise ActorDictionaryError(f"{where}: must be a table")
        extra = set(entry) - _KEYS
        if extra:
            raise ActorDictionaryError(f"{where}: unknown key {sorted(extra)[0]!r}")
        name = _text(entry, "name", where)
        if name is None:
            raise ActorDictionaryError(f"{where}: 'name' is required")
        kind_text = _text(entry, "kind", where) or "person"
        try:
            kind = ActorKind(kind_text.lower())
        except ValueError:
            choices = ", ".join(k.value for k in ActorKind)
            raise ActorDictionaryError(
                f"{where}: kind {kind_text!r} is not one of {choices}"
            ) from None
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(
            isinstance(a, str) and a.strip() for a in aliases
        ):
            raise ActorDictionaryError(f"{where}: 'aliases' must be a list of strings")
        actors.append(
            Actor(
                name,
                kind,
                tuple(dict.fromkeys(" ".join(a.split()) for a in aliases)),
                _text(entry, "role", where),
                _text(entry, "affiliation", where),
            )
        )
    return ActorDictionary(tuple(actors))


def load_actor_dictionary(path: Path) -> ActorDictionary:
    """Read a TOML actor dictionary; raise ActorDictionaryError (a ValueError) if unusable."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ActorDictionaryError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ActorDictionaryError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ActorDictionaryError(f"{path}: invalid TOML: {exc}".splitlines()[0]) from None
    return parse_actor_dictionary(data, str(path))
