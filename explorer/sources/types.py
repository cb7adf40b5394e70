"""Data shared by the source readers: what was found, and what went wrong."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

__all__ = ["InputFile", "InputKind", "LoadProblem"]


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """One input (or one line of it) that could not be read. ``message`` is one line.

    ``fatal_for_input``: True when nothing was loaded from ``origin`` (missing file,
    binary, empty...); False when the rest of the input still loads (a bad JSONL
    line, a symlink loop inside a directory).
    """

    origin: str
    message: str
    fatal_for_input: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class InputKind(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    TIMEML = "timeml"
    JSONL = "jsonl"
    JSON = "json"
    HTML = "html"
    STDIN = "stdin"  # text or JSON Lines, decided when read


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input to read, as found by :func:`explorer.sources.discover`."""

    origin: str  # the path as given (joined with the relative path), or "<stdin>"
    path: Path | None  # None for stdin
    id: str  # default article id: path relative to the root, without suffix
    kind: InputKind
    size: int | None = None  # bytes, when known (for progress bars)
