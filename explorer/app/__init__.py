"""The Textual app: an interactive, keyboard-driven timeline of the articles."""

from __future__ import annotations

from explorer.app.app import ExplorerApp, run_app

__all__ = ["ExplorerApp", "run_app"]
