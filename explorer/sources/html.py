"""A saved web page (``.html``) -> the article's text and what the page says of it.

The text is the page's readable blocks (headings, paragraphs, list items, quotes, table
cells) as paragraphs, without scripts, styles, navigation, headers, footers, asides and
forms; inside ``<article>`` (or ``<main>``) when the page has one with text. The metadata:
the title (``og:title``, ``<title>``, else the first ``<h1>``), the publication date
(``article:published_time`` and the like, ``itemprop="datePublished"``, JSON-LD
``"datePublished"``, a ``<time datetime>`` in the article), the site's name
(``og:site_name``) and the canonical URL. Only the standard library: the parser never
raises on broken markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

__all__ = ["HtmlPage", "looks_like_html", "parse_html"]

# Elements whose content is never article text.
_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer",
        "aside", "form", "button", "select", "textarea", "iframe", "head", "figure",
    }
)  # fmt: skip
# Elements that end a paragraph.
_BLOCKS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "section", "article", "main", "br", "tr", "td", "th", "table", "pre", "dd", "dt",
        "figcaption", "hr", "body",
    }
)  # fmt: skip
# Elements without an end tag: never opened for the skip depth.
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area"})
# <meta> names and properties giving the publication date, best first.
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str  # paragraphs separated by blank lines
    title: str | None
    published: date | None
    source: str | None  # the site's name
    url: str | None


def looks_like_html(text: str) -> bool:
    """Markup of a web page at the start of ``text`` (a page saved as ``.txt``)."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and "<body" in text[:65536].lower()
    )


def _day(value: str) -> date | None:
    m = _ISO_DAY.search(value)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0  # depth inside skipped elements
        self.blocks: list[tuple[int, str]] = []  # (depth inside article/main, text)
        self.current: list[str] = []
        self.inside = 0  # depth inside <article>/<main>
        self.had_article = False
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.in_title = False
        self.first_h1: list[str] = []
        self.h1_open = False
        self.times: list[str] = []  # <time datetime> inside the article
        self.in_json_ld = False
        self.json_ld: list[str] = []
        self.canonical: str | None = None

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        if text:
            self.blocks.append((self.inside, text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and "content" in values:
                self.meta.setdefault(key.lower(), values["content"])
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = values.get("href") or None
            return
        if tag == "title":
            self.in_title = True
        if tag == "script" and "ld+json" in values.get("type", ""):
            self.in_json_ld = True
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        if self.skip:
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("article", "main"):
            self.inside += 1
            self.had_article = True
        elif tag == "h1" and not self.first_h1:
            self.h1_open = True
        elif tag == "time" and values.get("datetime"):
            if self.inside or values.get("itemprop", "").lower() == "datepublished":
                self.times.append(values["datetime"])
        elif values.get("itemprop", "").lower() == "datepublished":
            self.meta.setdefault("datepublished", values.get("content", "") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_json_ld = False
        if tag in _SKIP:
            if self.skip and tag not in _VOID:
                self.skip -= 1
            return
        if self.skip:
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("article", "main") and self.inside:
            self.inside -= 1
        if tag == "h1":
            self.h1_open = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.in_json_ld:
            self.json_ld.append(data)
        if self.skip:
            return
        self.current.append(data)
        if self.h1_open:
            self.first_h1.append(data)


def parse_html(raw: str) -> HtmlPage:
    """The article of a web page. Never raises: broken markup gives what could be read."""
    p = _PageParser()
    try:
        p.feed(raw)
        if p.rawdata.startswith("<"):
            p.rawdata = ""  # (a tag, comment or declaration the file cuts off: no text)
        p.close()
    except (AssertionError, ValueError):  # (old parsers on some malformed declarations)
        pass
    p._flush()
    blocks = p.blocks
    in_article = [text for depth, text in blocks if depth > 0]
    # The article element, where it holds the text (some pages mark only a teaser so).
    if p.had_article and sum(map(len, in_article)) >= 0.3 * sum(len(t) for _, t in blocks):
        texts = in_article
    else:
        texts = [text for _, text in blocks]
    meta = p.meta
    title = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or _SPACES.sub(" ", "".join(p.title)).strip()
        or _SPACES.sub(" ", "".join(p.first_h1)).strip()
        or None
    )
    published = None
    for key in _DATE_KEYS:
        if key in meta and (published := _day(meta[key])) is not None:
            break
    if published is None:
        m = _JSON_LD_DATE.search("".join(p.json_ld))
        published = _day(m.group(1)) if m else None
    if published is None:
        published = next((d for t in p.times if (d := _day(t)) is not None), None)
    return HtmlPage(
        text="\n\n".join(texts),
        title=title,
        published=published,
        source=meta.get("og:site_name") or None,
        url=meta.get("og:url") or p.canonical,
    )
