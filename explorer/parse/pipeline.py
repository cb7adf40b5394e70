"""parse_article: Article -> ParsedArticle. Pure: no I/O, no Textual."""

from __future__ import annotations

from explorer.model import Article, ParsedArticle
from explorer.parse.actors import ActorDictionary, analyse_actors
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

PARSER_VERSION = "1"


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
