"""Sidecar metadata (``<file>.meta.toml`` or ``<stem>.meta.toml``) and metadata dates."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from explorer.sources.dateline import parse_date_string

__all__ = [
    "SIDECAR_SUFFIX",
    "Metadata",
    "find_sidecar",
    "is_sidecar",
    "metadata_date",
    "read_sidecar",
]

SIDECAR_SUFFIX = ".meta.toml"
_KNOWN_KEYS = frozenset({"title", "published", "url", "source"})
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    warnings: tuple[str, ...] = ()


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def find_sidecar(path: Path) -> Path | None:
    """``a.txt.meta.toml`` first, then ``a.meta.toml``."""
    for candidate in (
        path.with_name(path.name + SIDECAR_SUFFIX),
        path.with_name(path.stem + SIDECAR_SUFFIX),
    ):
        if candidate.is_file():
            return candidate
    return None


def metadata_date(value: object, where: str) -> tuple[date | None, str | None]:
    """A date from a metadata value (TOML date/datetime, or a string), or a warning."""
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, str):
        m = _ISO.match(value)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
            except ValueError:
                pass
        elif (found := parse_date_string(value)) is not None:
            return found, None
    shown = repr(value) if not isinstance(value, str) else repr(value[:40])
    return None, f"{where}: published {shown} is not a valid date (expected YYYY-MM-DD); ignored"


def _string(data: dict[str, object], key: str, where: str, warnings: list[str]) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        warnings.append(f"{where}: {key} should be a string; ignored")
        return None
    return value.strip() or None


# `key = "plain string"` or `key = YYYY-MM-DD`: what nearly every sidecar holds. Such files
# are read without the (pure Python, slower) TOML parser; anything else goes to tomllib.
_SIMPLE_LINE = re.compile(
    r'[ \t]*([A-Za-z_]+)[ \t]*=[ \t]*(?:"([^"\\\n]*)"|(\d{4}-\d\d-\d\d))[ \t]*'
)


def _simple_toml(raw: bytes) -> dict[str, object] | None:
    """The table of a sidecar made only of simple lines, else None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    data: dict[str, object] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None or m.group(1) in data:
            return None
        if m.group(2) is not None:
            data[m.group(1)] = m.group(2)
        else:
            try:
                data[m.group(1)] = date.fromisoformat(m.group(3))
            except ValueError:
                return None
    return data


def read_sidecar(path: Path) -> Metadata:
    """Read a sidecar. Never raises: problems become warnings."""
    where = f"sidecar {path.name}"
    try:
        raw = path.read_bytes()
        simple = _simple_toml(raw)
        data: dict[str, object] = simple if simple is not None else tomllib.loads(raw.decode())
    except OSError as e:
        return Metadata(warnings=(f"{where}: cannot read ({e.strerror or e}); ignored",))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        return Metadata(warnings=(f"{where}: not valid TOML ({e}); ignored",))
    warnings: list[str] = []
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        warnings.append(f"{where}: unknown key(s) ignored: {', '.join(unknown)}")
    published: date | None = None
    if "published" in data:
        published, warning = metadata_date(data["published"], where)
        if warning:
            warnings.append(warning)
    return Metadata(
        title=_string(data, "title", where, warnings),
        published=published,
        url=_string(data, "url", where, warnings),
        source=_string(data, "source", where, warnings),
        warnings=tuple(warnings),
    )
