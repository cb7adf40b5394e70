"""A saved web page (``.html``) -> the article's text and what the page says of it.

The text is the page's readable blocks (headings, paragraphs, list items, quotes, table
cells) as paragraphs, without scripts, styles, navigation, headers, footers, asides, forms
and figures; inside ``<article>`` (or ``<main>``) when the page has such elements holding
its text. The metadata: the title (``og:title``, ``<title>``, else the first ``<h1>``),
the publication date (``article:published_time`` and the like, ``itemprop=
"datePublished"``, JSON-LD ``"datePublished"``, a ``<time datetime>`` in the article), the
site's name (``og:site_name``) and the canonical URL.

A scan with regular expressions and ``str.find`` rather than a tree: a page of several
hundred kilobytes of scripts and markup is read in a few milliseconds (a folder of
thousands is read on every launch, before the cache is looked up), in time linear in its
length whatever the markup, and broken markup gives what can be read, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import unescape

__all__ = ["HtmlPage", "looks_like_html", "parse_html"]

# Elements whose content is never article text.
_SKIP = (
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "button", "select", "textarea", "iframe", "figure", "head",
)  # fmt: skip
_SKIP_OPEN = re.compile(rf"<!--|<({'|'.join(_SKIP)})(?=[\s/>])")
# Tags that end a paragraph (opening or closing).
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|main|br|tr|td|th|table|pre"
    r"|dd|dt|dl|figcaption|hr|body|center)(?=[\s/>])[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[!/?]?[A-Za-z][^>]*>")
_REGION = re.compile(r"<(article|main)(?=[\s>])[^>]*>", re.IGNORECASE)
_META = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_LINK = re.compile(r"<link\s[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1", re.IGNORECASE | re.DOTALL)
_TIME = re.compile(r"<time\s[^>]*>", re.IGNORECASE)
_ITEMPROP_DATE = re.compile(r"<[a-z]+\s[^>]*itemprop\s*=\s*[\"']?datePublished[^>]*>", re.I)
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


def _attrs(tag: str) -> dict[str, str]:
    return {
        m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
        for m in _ATTR.finditer(tag)
    }


def _without_skipped(raw: str, low: str) -> str:
    """``raw`` without comments and the elements of ``_SKIP`` with their content (an
    element left open loses only its tag). ``low``: ``raw`` in lower case."""
    out: list[str] = []
    pos = 0
    search = _SKIP_OPEN.search
    while (m := search(low, pos)) is not None:
        out.append(raw[pos : m.start()])
        tag = m.group(1)
        if tag is None:  # a comment
            close = low.find("-->", m.end())
            pos = len(raw) if close < 0 else close + 3
            continue
        close = low.find("</" + tag, m.end())
        if close < 0:
            gt = low.find(">", m.end())
            pos = len(raw) if gt < 0 else gt + 1
        else:
            gt = low.find(">", close)
            pos = len(raw) if gt < 0 else gt + 1
    out.append(raw[pos:])
    return "".join(out)


def _regions(body: str, low: str) -> list[str]:
    """The parts of ``body`` inside ``<article>``/``<main>`` elements (the outermost; a
    nested one of the same name is inside its parent's)."""
    out: list[str] = []
    pos = 0
    while (m := _REGION.search(body, pos)) is not None:
        name = m.group(1).lower()
        opening, closing = "<" + name, "</" + name
        depth, at = 1, m.end()
        while depth:
            close = low.find(closing, at)
            if close < 0:
                break
            nested = low.find(opening, at, close)
            if nested >= 0:
                depth, at = depth + 1, nested + len(opening)
            else:
                depth, at = depth - 1, close + len(closing)
        if depth:  # left open: to the end
            out.append(body[m.end() :])
            break
        out.append(body[m.end() : at - len(closing)])
        pos = at
    return out


def _blocks(markup: str) -> list[str]:
    """The paragraphs of a piece of markup: text between block tags, tags dropped."""
    out: list[str] = []
    for part in _BLOCK_TAG.split(markup):
        text = _SPACES.sub(" ", unescape(_TAG.sub("", part))).strip()
        if text:
            out.append(text)
    return out


def _published(meta: dict[str, str], raw: str, region_markup: str) -> date | None:
    for key in _DATE_KEYS:
        if key in meta and (day := _day(meta[key])) is not None:
            return day
    for tag in _ITEMPROP_DATE.findall(raw):
        a = _attrs(tag)
        if (day := _day(a.get("content") or a.get("datetime") or "")) is not None:
            return day
    m = _JSON_LD_DATE.search(raw)
    if m is not None and (day := _day(m.group(1))) is not None:
        return day
    for tag in _TIME.findall(region_markup):
        if (day := _day(_attrs(tag).get("datetime", ""))) is not None:
            return day
    return None


def parse_html(raw: str) -> HtmlPage:
    """The article of a web page. Never raises: broken markup gives what could be read."""
    low = raw.lower()
    meta: dict[str, str] = {}
    for tag in _META.findall(raw):
        a = _attrs(tag)
        key = a.get("property") or a.get("name") or a.get("itemprop") or ""
        if key and "content" in a:
            meta.setdefault(key.lower(), a["content"])
    url = meta.get("og:url")
    if not url:
        for tag in _LINK.findall(raw):
            a = _attrs(tag)
            if "canonical" in a.get("rel", "").lower().split() and a.get("href"):
                url = a["href"]
                break
    body = _without_skipped(raw, low)
    everything = _blocks(body)
    texts = everything
    regions = [blocks for r in _regions(body, body.lower()) if (blocks := _blocks(r))]
    if regions:
        # The article elements holding the text: the longest, and those of a similar
        # length (not the teasers of other stories some pages mark so too); where the
        # text is not in them, all of the page.
        sizes = [sum(map(len, blocks)) for blocks in regions]
        inside = [
            b
            for blocks, n in zip(regions, sizes, strict=True)
            if n >= max(sizes) / 4
            for b in blocks
        ]
        if sum(map(len, inside)) >= 0.3 * sum(map(len, everything)):
            texts = inside
    title_m = _TITLE.search(raw)
    h1_m = _H1.search(body)
    title = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or (title_m and _SPACES.sub(" ", unescape(_TAG.sub("", title_m.group(1)))).strip())
        or (h1_m and _SPACES.sub(" ", unescape(_TAG.sub("", h1_m.group(1)))).strip())
        or None
    )
    return HtmlPage(
        text="\n\n".join(texts),
        title=unescape(title) if title else None,
        published=_published(meta, raw, raw[max(0, low.find("<article")) :]),
        source=unescape(meta["og:site_name"]) if meta.get("og:site_name") else None,
        url=url or None,
    )
