"""Make article text inert before it reaches a terminal or an export.

Article text is untrusted: a file may carry ANSI escape sequences (colours, cursor
moves, window-title changes, OSC 52 clipboard writes), C0/C1 control characters,
zero-width characters or bidi overrides that reorder what the reader sees.

* :func:`display_text` — for the screen: strips escape sequences, control
  characters (except ``\\n`` and ``\\t``), zero-width and bidi control characters;
  replaces lone surrogates with U+FFFD and U+2028/U+2029 with a space.
* :func:`display_spans` — the same, plus an :class:`OffsetMap` so a view can turn
  an ``Article.text`` span ``(start, end)`` into a span of the displayed string::

      shown, omap = display_spans(article.text)
      a, b = omap.span_to_display(timex.start, timex.end)
      rich_text = Text(shown)
      rich_text.stylize("bold", a, b)

  Offsets into removed characters map to the point where they were removed, so a
  span never points outside the shown string and never splits a kept character.
* :func:`display_inline` — one-line variant for titles, list rows, status bars.
* :func:`export_text` / :func:`export_spans` — for exports (CSV, Markdown, which may
  well be printed to a terminal): strips escape sequences, control characters, the
  bidi embedding/override/isolate controls ("Trojan Source": U+202A–U+202E,
  U+2066–U+2069), ZWSP and stray U+FEFF; keeps everything else, including the marks
  real text needs (ZWNJ/ZWJ U+200C/D for Persian, Indic scripts and emoji; LRM/RLM/ALM
  for Hebrew and Arabic).
* :func:`escape_for_markup` — sanitise *and* escape Rich/Textual markup. Only
  needed when a string is embedded in a markup string; ``rich.text.Text(s)`` never
  interprets markup.

Everything here is pure and linear in the length of the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rich.markup import escape as _rich_escape

__all__ = [
    "EXPORT_STRIPPED",
    "INVISIBLE_CHARS",
    "OffsetMap",
    "display_inline",
    "display_spans",
    "display_text",
    "escape_for_markup",
    "export_spans",
    "export_text",
]

# Zero-width and bidi control characters removed from display.
INVISIBLE_CHARS: frozenset[str] = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # LRE, RLE, PDF, LRO, RLO
    + [chr(c) for c in range(0x2060, 0x2065)]  # word joiner, invisible operators
    + [chr(c) for c in range(0x2066, 0x206A)]  # LRI, RLI, FSI, PDI
    + ["\u061c", "\ufeff", "\u180e"]  # Arabic letter mark, BOM/ZWNBSP, Mongolian VS
)

# String-type sequences: OSC (ESC ]), DCS (ESC P), SOS (ESC X), PM (ESC ^), APC (ESC _)
# and their 8-bit forms, terminated by BEL, ESC \ or the 8-bit ST. The payload class
# excludes every introducer and terminator, so matching is linear; an unterminated
# introducer falls through to the shorter alternatives below and only it is removed.
_STRING_BODY = r"[^\x07\x1b\x90\x98\x9c\x9d\x9e\x9f]*"
_ESCAPES = (
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])" + _STRING_BODY + r"(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI (SGR, cursor moves, ...), 7- and 8-bit
    r"|\x1b[ -/]*[0-~]"  # other escape sequences: ESC c, ESC ( B, ESC 7, ...
)
_ESCAPE_RE = re.compile(_ESCAPES)
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 except \t \n; DEL; C1 (incl. ESC, CSI)
_SURROGATES = "\ud800-\udfff"
_INVISIBLE = "".join(sorted(INVISIBLE_CHARS))
# Invisible characters an export strips too (see the module docs).
EXPORT_STRIPPED: frozenset[str] = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200b", "\ufeff"]
)
_EXPORT_INVISIBLE = "".join(sorted(EXPORT_STRIPPED))
_ESCAPE_STARTS = frozenset("\x1b\x90\x98\x9b\x9d\x9e\x9f")

# Every edit starts at one of these characters; a simple class scans fast, and the
# escape-sequence pattern is only tried where an ESC or a C1 introducer is found.
_DISPLAY_RE = re.compile(f"[{_CONTROLS}{_SURROGATES}{_INVISIBLE}\u2028\u2029\t]")
_DISPLAY_NO_TAB_RE = re.compile(f"[{_CONTROLS}{_SURROGATES}{_INVISIBLE}\u2028\u2029]")
_EXPORT_RE = re.compile(f"[{_CONTROLS}{_SURROGATES}{_EXPORT_INVISIBLE}]")
_INLINE_RE = re.compile(r"[\t\n]+")


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets between an original string and its cleaned version.

    Stores only the edits, so it is small when the text is clean. Offsets are
    clamped to ``[0, original_length]`` / ``[0, display_length]``.
    """

    original_length: int
    display_length: int
    starts: tuple[int, ...] = ()  # original start of each edit (sorted, disjoint)
    ends: tuple[int, ...] = ()  # original end of each edit
    display_starts: tuple[int, ...] = ()  # where each edit's replacement starts
    display_ends: tuple[int, ...] = ()  # where each edit's replacement ends

    @property
    def identity(self) -> bool:
        return not self.starts

    def to_display(self, offset: int) -> int:
        """Display offset of an original offset (inside a removed run: its start)."""
        offset = min(max(offset, 0), self.original_length)
        k = bisect_left(self.starts, offset) - 1  # last edit starting before offset
        if k < 0:
            return offset
        if offset >= self.ends[k]:
            return offset - self.ends[k] + self.display_ends[k]
        return self.display_starts[k]

    def to_original(self, offset: int) -> int:
        """Original offset of a display offset (inside a replacement: its start)."""
        offset = min(max(offset, 0), self.display_length)
        k = bisect_right(self.display_starts, offset) - 1  # last edit at or before offset
        if k < 0:
            return offset
        if offset >= self.display_ends[k]:
            return offset - self.display_ends[k] + self.ends[k]
        return self.starts[k]

    def span_to_display(self, start: int, end: int) -> tuple[int, int]:
        """A half-open original span as a half-open display span."""
        return self.to_display(start), self.to_display(end)


def _clean(s: str, pattern: re.Pattern[str], tab: str | None) -> tuple[str, OffsetMap]:
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    dstarts: list[int] = []
    dends: list[int] = []
    pos = 0  # original position copied so far
    dpos = 0  # length of output so far
    search = pattern.search
    m = search(s)
    while m is not None:
        a = b = m.start()
        found = s[a]
        if found in _ESCAPE_STARTS:
            seq = _ESCAPE_RE.match(s, a)
            b = seq.end() if seq is not None else a + 1
        else:
            b = a + 1
        if a > pos:
            parts.append(s[pos:a])
            dpos += a - pos
        if found == "\t":
            repl = tab if tab is not None else "\t"
        elif found in ("\u2028", "\u2029"):
            repl = " "
        elif "\ud800" <= found <= "\udfff":
            repl = "\ufffd"
        else:
            repl = ""
        parts.append(repl)
        starts.append(a)
        ends.append(b)
        dstarts.append(dpos)
        dpos += len(repl)
        dends.append(dpos)
        pos = b
        m = search(s, pos)
    if not starts:
        return s, OffsetMap(len(s), len(s))
    parts.append(s[pos:])
    dpos += len(s) - pos
    out = "".join(parts)
    return out, OffsetMap(len(s), dpos, tuple(starts), tuple(ends), tuple(dstarts), tuple(dends))


def _tab(tab_width: int | None) -> str | None:
    if tab_width is None:
        return None
    if tab_width < 0:
        raise ValueError("tab_width must be >= 0")
    return " " * tab_width


def display_spans(s: str, *, tab_width: int | None = None) -> tuple[str, OffsetMap]:
    """Clean ``s`` for the screen and return the offset map (see module docs).

    ``tab_width=None`` keeps tabs; an integer replaces each tab with that many
    spaces (not column-aware).
    """
    pattern = _DISPLAY_RE if tab_width is not None else _DISPLAY_NO_TAB_RE
    return _clean(s, pattern, _tab(tab_width))


def display_text(s: str, *, tab_width: int | None = None) -> str:
    """Clean ``s`` for the screen. Idempotent; output has no ESC and no control
    characters other than ``\\n`` and (unless ``tab_width`` is given) ``\\t``."""
    return display_spans(s, tab_width=tab_width)[0]


def display_inline(s: str, *, max_length: int | None = None) -> str:
    """Clean ``s`` for a single screen line: runs of newlines/tabs become a space,
    ends are stripped; with ``max_length``, long strings end in "…"."""
    out = _INLINE_RE.sub(" ", display_text(s)).strip()
    if max_length is not None and len(out) > max_length:
        out = out[: max(0, max_length - 1)].rstrip() + "…"
    return out


def export_spans(s: str) -> tuple[str, OffsetMap]:
    """Strip escape sequences, control characters (except ``\\n``, ``\\t``), bidi
    override/isolate controls, ZWSP and U+FEFF; lone surrogates become U+FFFD."""
    return _clean(s, _EXPORT_RE, None)


def export_text(s: str) -> str:
    """See :func:`export_spans`."""
    return export_spans(s)[0]


def escape_for_markup(s: str) -> str:
    """Sanitise for display and escape Rich/Textual markup, for use inside a
    markup string. Prefer ``rich.text.Text(display_text(s))`` where possible."""
    return _rich_escape(display_text(s))
