"""The actors view: canonical actors with kind, aliases, affiliation and counts."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from explorer.model import ActorKind
from explorer.sanitize import display_text
from explorer.timeline import Timeline


def actor_rows(timeline: Timeline) -> list[dict[str, Any]]:
    """One record per actor (places last), most mentioned first, with the aliases seen."""
    mentions: dict[str, int] = {}
    seen: dict[str, dict[str, None]] = {}
    for parsed in timeline.articles.values():
        for m in parsed.mentions:
            mentions[m.actor_id] = mentions.get(m.actor_id, 0) + 1
            if m.text != m.actor_id:
                seen.setdefault(m.actor_id, {})[" ".join(m.text.split())] = None
    statements: dict[str, int] = {}
    for e in timeline.events:
        if e.speaker_id is not None:
            statements[e.speaker_id] = statements.get(e.speaker_id, 0) + 1
            for co in e.co_speaker_ids:  # ("Russia and China said": both)
                statements[co] = statements.get(co, 0) + 1
    rows: list[dict[str, Any]] = [
        {
            "name": a.id,
            "kind": a.kind.value,
            # the forms seen in the text: names (a description such as "the company" or
            # "spokesperson" refers to an organisation without naming it), any for a group
            "aliases": [t for t in seen.get(a.id, {}) if a.kind is ActorKind.GROUP or _named(t)],
            "role": a.role,
            "affiliation": a.affiliation,
            "mentions": mentions.get(a.id, 0),
            "statements": statements.get(a.id, 0),
        }
        for a in timeline.actors.values()
    ]
    rows.sort(
        key=lambda r: (r["kind"] == ActorKind.PLACE.value, -int(r["mentions"]), str(r["name"]))
    )
    return rows


def _named(text: str) -> bool:
    """Whether a mention's text is a name (it holds a capital letter), no description."""
    return not text.islower()


# Narrower than this (a pipe's 80 columns), role, affiliation and aliases share a column.
WIDE = 110


def actors_table(rows: list[dict[str, Any]], width: int = WIDE) -> Table:
    """The actors as a table ``width`` cells wide."""
    table = Table(header_style="bold")
    if width >= WIDE:
        for col in ("Actor", "Kind", "Role", "Affiliation", "Mentions", "Statements", "Aliases"):
            table.add_column(col, justify="right" if col in ("Mentions", "Statements") else "left")
    else:
        table.add_column("Actor", max_width=26)
        table.add_column("Kind", no_wrap=True)
        table.add_column("Mentions", justify="right", no_wrap=True)
        table.add_column("Said", justify="right", no_wrap=True)
        table.add_column("Role, affiliation; aliases", ratio=1, min_width=16)
    for r in rows:
        role = display_text(r["role"] or "")
        affiliation = display_text(r["affiliation"] or "")
        aliases = display_text(", ".join(r["aliases"]))
        counts = (Text(str(r["mentions"])), Text(str(r["statements"])))
        name, kind = Text(display_text(r["name"]), style="bold"), Text(r["kind"])
        if width >= WIDE:
            table.add_row(name, kind, Text(role), Text(affiliation), *counts, Text(aliases))
            continue
        details = Text(" of ".join(x for x in (role, affiliation) if x))
        if aliases:
            details.append(("; " if details else "") + aliases, style="dim")
        table.add_row(name, kind, *counts, details)
    return table
