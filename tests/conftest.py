from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# Property tests explore new random inputs on a developer's machine; in CI (``CI`` set, as
# CI services do) they replay a fixed set, so a red CI always means a change broke them.
# No property has a deadline: speed is measured by the benchmarks in bench/, and a busy
# machine made a 200 ms deadline fail tests whose answers were right.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", derandomize=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")
SEED = ROOT / "seeds" / "000_24064f7563997bfd.txt"


@pytest.fixture(autouse=True)
def _isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the user's real cache from tests."""
    monkeypatch.setenv("EXPLORER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def seed_path() -> Path:
    return SEED


def timeml_dir() -> Path | None:
    """../shared/timeml beside the project (or $EXPLORER_TIMEML), if present."""
    env = os.environ.get("EXPLORER_TIMEML")
    candidate = Path(env) if env else ROOT.parent / "shared" / "timeml"
    return candidate if candidate.is_dir() else None
