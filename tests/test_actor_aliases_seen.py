"""The aliases `explorer actors` lists: the names an actor is written with."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from explorer.cli import main


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_the_actors_aliases_are_names_not_descriptions(tmp_path: Path) -> None:
    """An organisation's aliases are the names the text gives it ("CDC"), not the
    descriptions that refer to it ("spokesperson", "the agency")."""
    path = tmp_path / "cdc.txt"
    path.write_text(
        "Health agency acts\n\nThe Centers for Disease Control and Prevention said it would "
        "send experts. A CDC spokesperson said the agency was monitoring the spread.\n",
        encoding="utf-8",
    )
    out = _run("actors", str(path), "--format", "json", "--no-cache")
    cdc = next(a for a in json.loads(out) if a["name"].startswith("Centers"))
    assert cdc["aliases"] == ["CDC"]
