"""Pre-parsed JSON Lines: the "article" records `explorer parse --format jsonl` writes
(an article with its full parse), read back without parsing. The format is defined here
only."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from explorer.codec import CodecError, parsed_from_dict, parsed_to_dict
from explorer.engine import ProblemHandler
from explorer.model import ParsedArticle
from explorer.parse.pipeline import PARSER_VERSION

RECORD_TYPE = "article"


def parsed_article_record(parsed: ParsedArticle) -> dict[str, Any]:
    """The "article" line of ``explorer parse --format jsonl``: the article and its full
    parse, read back by ``read_parsed_jsonl``. Defined here only."""
    return {
        "type": RECORD_TYPE,
        "id": parsed.article.id,
        "parser": PARSER_VERSION,
        "parsed": parsed_to_dict(parsed),
    }


def is_parsed_jsonl(path: str | os.PathLike[str]) -> bool:
    """True for a .jsonl file whose first record is a ``parsed_article_record``."""
    p = Path(path)
    if p.suffix.lower() != ".jsonl" or not p.is_file():
        return False
    try:
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    return (
                        isinstance(rec, dict)
                        and rec.get("type") == RECORD_TYPE
                        and isinstance(rec.get("parsed"), dict)
                    )
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return False


_EVENT_LINE_START = '{"type":"event"'


def read_parsed_jsonl(
    path: str | os.PathLike[str], on_problem: ProblemHandler | None = None
) -> Iterator[ParsedArticle]:
    """The articles of a file written with ``parsed_article_record`` lines, without
    re-parsing; other lines ("event", ...) are skipped. A broken line is reported to
    ``on_problem`` as ("PATH:LINE", message) and skipped; without a handler it raises
    ValueError."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith(_EVENT_LINE_START):
                continue  # event lines are for other readers: no need to decode them
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
                if rec.get("type") != RECORD_TYPE:
                    continue
                yield parsed_from_dict(rec["parsed"])
            except (ValueError, KeyError, CodecError) as exc:
                msg = f"not a parsed article line: {exc}"
                if on_problem is None:
                    raise ValueError(f"{path}:{lineno}: {msg}") from exc
                on_problem(f"{path}:{lineno}", msg)
