"""Article text made safe for the screen (explorer.sanitize), with spans kept aligned."""

from __future__ import annotations

from explorer.sanitize import display_inline, display_spans


def inline(s: str) -> str:
    """One screen line: no escape codes, control, zero-width or bidi characters."""
    return display_inline(s)


__all__ = ["display_spans", "inline"]
