"""Snapshots of the main screens on the fixed fixture timeline (never the live parser)."""

from __future__ import annotations

from typing import Any

from conftest import fixture_timeline

from explorer.app import ExplorerApp


def make_app() -> ExplorerApp:
    return ExplorerApp(timeline=fixture_timeline())


def test_main_80x24(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["j", "j", "j", "j"])


def test_main_160x45(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(160, 45), press=["G", "k"])


def test_filtered_160x45(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(160, 45), press=["s", "u"])


def test_empty_result_80x24(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["slash", *"zzz", "enter"])


def test_help_screen(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), press=["question_mark"])


def test_actor_filter(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 30), press=["a", "r", "down", "space"])
