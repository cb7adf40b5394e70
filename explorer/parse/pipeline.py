"""parse_article: Article -> ParsedArticle. Pure: no I/O, no Textual."""

from __future__ import annotations

import hashlib
from pathlib import Path

from explorer.model import Article, ParsedArticle
from explorer.parse.actors import ActorDictionary, analyse_actors
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes


def _parser_fingerprint() -> str:
    """A version that changes whenever any parser code or data file changes, so a cache
    never serves a parse made by other rules."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".toml", ".tsv", ".txt", ".json"}:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return "2-" + digest.hexdigest()[:16]


PARSER_VERSION = _parser_fingerprint()


def parse_article(article: Article, dictionary: ActorDictionary | None = None) -> ParsedArticle:
    seg = segment(article.text)
    timexes = find_timexes(article.text, article.published, seg.sentences)
    found = analyse_actors(article.text, seg.sentences, dictionary)
    return ParsedArticle(
        article=article,
        sentences=seg.sentences,
        timexes=timexes,
        actors=found.actors,
        mentions=found.mentions,
        quotes=found.quotes,
        attributions=found.attributions,
        furniture=seg.furniture,
    )
