"""Simple sidecars skip the TOML parser; the result must be what tomllib would give."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from explorer.sources.metadata import _simple_toml, read_sidecar


@pytest.mark.parametrize(
    "text",
    [
        'title = "Talks fail"\npublished = 2016-09-23\n',
        '# comment\n\ntitle = "A, B: c"\nurl = "https://x.example/a?b=1"\nsource = "Wire"\n',
        "published = 2016-09-23\n",
    ],
)
def test_simple_sidecars_read_like_toml(text: str) -> None:
    assert _simple_toml(text.encode()) == tomllib.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        'title = "with \\"escaped\\" quotes"\n',  # escapes: leave them to tomllib
        "title = 'literal'\n",
        'tags = ["a", "b"]\n',
        'published = "2016-13-45"\n',
        'title = "a"\ntitle = "b"\n',  # duplicate key: tomllib reports it
        "published = 2016-02-30\n",
    ],
)
def test_anything_else_goes_to_tomllib(text: str) -> None:
    assert _simple_toml(text.encode()) is None or _simple_toml(text.encode()) == tomllib.loads(text)


def test_bad_sidecar_still_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.meta.toml"
    path.write_text('title = "a"\ntitle = "b"\n')
    meta = read_sidecar(path)
    assert meta.title is None
    assert meta.warnings and "not valid TOML" in meta.warnings[0]
