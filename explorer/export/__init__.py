"""Exporters: views that only read a Timeline (or parsed articles) and write text."""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv", "markdown", "timeml")
