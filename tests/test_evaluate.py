"""TempEval-3 style scoring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explorer.evaluate import Counts, evaluate_doc, evaluate_paths, render_report
from explorer.sources.timeml import parse_timeml

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "timeml"


def _shared_timeml() -> Path:
    env = os.environ.get("EXPLORER_TIMEML")
    if env:
        return Path(env)
    root = Path(__file__).resolve().parents[1]  # the project root
    return (root.parent / "shared" / "timeml").resolve()


def test_counts_give_tempeval_scores() -> None:
    c = Counts(gold=10, system=8, strict=6, relaxed=8, type_ok=8, value_ok=4)
    assert c.strict_prf == pytest.approx((0.75, 0.6, 2 * 0.75 * 0.6 / 1.35))
    p, r, f = c.relaxed_prf
    assert (p, r) == (1.0, 0.8)
    assert c.value_f1 == pytest.approx(f * 0.5)


def test_tiny_fixture_scores_and_findings() -> None:
    doc = parse_timeml((FIXTURES / "tiny_news.xml").read_text(encoding="utf-8"))
    score = evaluate_doc("tiny", doc)
    assert score.counts.gold == 3
    assert score.counts.relaxed == 3
    assert score.counts.value_ok == 3


def test_evaluate_paths_reports_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "bad.tml").write_text("<TimeML>no text</TimeML>", encoding="utf-8")
    report = evaluate_paths([tmp_path, FIXTURES])
    assert any("bad.tml" in e for e in report.errors)
    assert report.total.gold == 3
    text = render_report(report, details=5)
    assert "relaxed" in text and "value F1" in text


NO_CORPUS = pytest.mark.skipif(
    not _shared_timeml().is_dir(), reason="shared TimeML corpus not present"
)


def _dev_report():  # type: ignore[no-untyped-def]
    base = _shared_timeml()
    return evaluate_paths([base / "TimeBank", base / "AQUAINT"])


@pytest.mark.slow
@NO_CORPUS
def test_dev_set_meets_extent_target() -> None:
    report = _dev_report()
    assert len(report.docs) >= 250
    assert report.total.relaxed_prf[2] >= 0.90


@pytest.mark.slow
@NO_CORPUS
def test_dev_set_meets_value_target() -> None:
    assert _dev_report().total.value_f1 >= 0.815
