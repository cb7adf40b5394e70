from __future__ import annotations

import builtins
import sys
from pathlib import Path
from typing import Any

import pytest

from explorer.corpus import iter_parsed

STORY = (
    "Talks collapsed on Monday in Geneva, officials said.\n\n"
    "The minister said the ceasefire began September 12, {n}.\n"
)


def _corpus(root: Path, n: int) -> Path:
    root.mkdir()
    for i in range(n):
        (root / f"s{i:02d}.txt").write_text(STORY.format(n=2000 + i))
        (root / f"s{i:02d}.txt.meta.toml").write_text("published = 2016-09-23\n")
    return root


def test_missing_dask_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from explorer.distributed import DaskUnavailable, parse_with_dask

    real_import = builtins.__import__

    def no_distributed(name: str, *args: Any, **kw: Any) -> Any:
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError("No module named 'distributed'")
        return real_import(name, *args, **kw)

    monkeypatch.delitem(sys.modules, "distributed", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_distributed)
    with pytest.raises(DaskUnavailable, match=r"explorer\[dask\]"):
        list(parse_with_dask([str(tmp_path)], "local"))


@pytest.mark.slow
def test_dask_equals_local_parse(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from explorer.distributed import parse_with_dask

    root = _corpus(tmp_path / "in", 10)
    local = list(iter_parsed([str(root)], jobs=1, use_cache=False))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        progress: list[int] = []
        remote = list(
            parse_with_dask(
                [str(root)],
                cluster.scheduler_address,
                batch_size=3,
                on_progress=lambda d, t: progress.append(d),
            )
        )
    assert sorted(remote, key=lambda p: p.article.id) == local
    assert progress[-1] == 10
