"""parse_article: Article -> ParsedArticle. Pure: no I/O, no Textual."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from explorer.model import Article, ParsedArticle, Timex
from explorer.parse.actors import ActorAnalysis, ActorDictionary, analyse_actors
from explorer.parse.segment import Segmentation, segment
from explorer.parse.timex import find_timexes


def parser_files() -> list[Path]:
    """The code and data files a cached parse depends on: the parser's, and the dating of
    events (explorer/dating/, timeline.py), which the cache keeps with each parse."""
    root = Path(__file__).resolve().parent
    dating = root.parent / "dating"
    candidates = [*sorted(root.rglob("*")), *sorted(dating.rglob("*")), root.parent / "timeline.py"]
    return [
        path
        for path in candidates
        if path.is_file() and path.suffix in {".py", ".toml", ".tsv", ".txt", ".json"}
    ]


def _parser_fingerprint() -> str:
    """A version that changes whenever any parser code or data file changes, so a cache
    never serves a parse made by other rules."""
    base = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in parser_files():
        digest.update(path.relative_to(base).as_posix().encode())
        digest.update(path.read_bytes())
    return "2-" + digest.hexdigest()[:16]


PARSER_VERSION = _parser_fingerprint()


def parse_article(article: Article, dictionary: ActorDictionary | None = None) -> ParsedArticle:
    seg = segment(article.text)
    timexes = find_timexes(article.text, article.published, seg.sentences)
    found = analyse_actors(article.text, seg.sentences, dictionary)
    return _parsed(article, seg, timexes, found)


def _parsed(
    article: Article, seg: Segmentation, timexes: tuple[Timex, ...], found: ActorAnalysis
) -> ParsedArticle:
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


def parse_batch(
    articles: Sequence[Article], dictionary: ActorDictionary | None = None
) -> list[ParsedArticle | Exception]:
    """``parse_article`` of each article, stage by stage: every segmentation, then every
    article's time expressions, then every article's actors. The same results as one
    article at a time, and faster (5-10 % over a few dozen articles: each engine's tables
    stay in the processor's caches). An article whose parse raises gets the exception;
    the others get their parse."""
    out: list[ParsedArticle | Exception] = []
    segs: list[Segmentation | Exception] = []
    for article in articles:
        try:
            segs.append(segment(article.text))
        except Exception as exc:
            segs.append(exc)
    timexes: list[tuple[Timex, ...] | Exception] = []
    for article, seg in zip(articles, segs, strict=True):
        if isinstance(seg, Exception):
            timexes.append(seg)
            continue
        try:
            timexes.append(find_timexes(article.text, article.published, seg.sentences))
        except Exception as exc:
            timexes.append(exc)
    for article, seg, tim in zip(articles, segs, timexes, strict=True):
        if isinstance(seg, Exception):
            out.append(seg)
        elif isinstance(tim, Exception):
            out.append(tim)
        else:
            try:
                found = analyse_actors(article.text, seg.sentences, dictionary)
            except Exception as exc:
                out.append(exc)
                continue
            out.append(_parsed(article, seg, tim, found))
    return out
