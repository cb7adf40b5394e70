"""Saved web pages: the article's text without the page around it, and its title, date and
site from the page's metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.model import Article, PublishedSource
from explorer.sources import LoadProblem, load_articles
from explorer.sources.html import parse_html

TODAY = date(2026, 1, 15)

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Port strike ends | Example News</title>
<meta property="og:title" content="Port strike ends after nine days">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<link rel="canonical" href="https://news.example/port-strike">
<script>window.dataLayer = ["said on Monday"];</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<header><div class="logo">Example News</div></header>
<article>
  <h1>Port strike ends after nine days</h1>
  <time datetime="2024-03-14">14 March 2024</time>
  <p>Dock workers in Rotterdam returned to work on Wednesday after the union and
     employers agreed a new contract, the union said.</p>
  <p>&ldquo;This is a fair deal,&rdquo; union leader Anouk de Vries told reporters
     on Tuesday.</p>
  <figure><img src="x.jpg"><figcaption>Cranes at the port on Monday.</figcaption></figure>
  <ul><li>The strike began on March 5.</li></ul>
</article>
<aside><h2>Most read</h2><p>Storm closes schools on Friday</p></aside>
<footer>&copy; 2024 Example News. All rights reserved.</footer>
<script>trackPage("said on Friday");</script>
</body></html>
"""


def load(*paths: Path) -> list[Article | LoadProblem]:
    return list(load_articles([str(p) for p in paths], today=TODAY))


def test_the_text_is_the_article_without_the_page_around_it() -> None:
    page = parse_html(PAGE)
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == "Port strike ends after nine days"
    assert "Dock workers in Rotterdam returned to work on Wednesday" in page.text
    assert "“This is a fair deal,” union leader Anouk de Vries" in page.text
    assert "The strike began on March 5." in paragraphs
    for noise in ("Home", "dataLayer", "color: red", "Most read", "Storm", "rights", "Cranes"):
        assert noise not in page.text


def test_the_metadata_comes_from_the_page() -> None:
    page = parse_html(PAGE)
    assert page.title == "Port strike ends after nine days"
    assert page.published == date(2024, 3, 14)
    assert page.source == "Example News"
    assert page.url == "https://news.example/port-strike"


def test_a_folder_of_pages_loads_dated_by_each_page(tmp_path: Path) -> None:
    (tmp_path / "port.html").write_text(PAGE, encoding="utf-8")
    later = PAGE.replace("2024-03-14T09:30:00Z", "2024-04-02").replace("Rotterdam", "Antwerp")
    (tmp_path / "again.htm").write_text(later, encoding="utf-8")
    loaded = {a.id: a for a in load(tmp_path) if isinstance(a, Article)}
    assert set(loaded) == {"port", "again"}
    assert loaded["port"].published == date(2024, 3, 14)
    assert loaded["port"].published_source is PublishedSource.METADATA
    assert loaded["again"].published == date(2024, 4, 2)
    assert loaded["port"].format == "html"
    assert loaded["port"].source == "Example News"


def test_a_sidecar_beats_the_page(tmp_path: Path) -> None:
    path = tmp_path / "port.html"
    path.write_text(PAGE, encoding="utf-8")
    (tmp_path / "port.html.meta.toml").write_text('title = "Mine"\npublished = 2024-03-20\n')
    (article,) = load(path)
    assert isinstance(article, Article)
    assert (article.title, article.published) == ("Mine", date(2024, 3, 20))


def test_a_page_saved_as_text_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "port.txt"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = load(path)
    assert isinstance(article, Article)
    assert "<p>" not in article.text and "dataLayer" not in article.text
    assert article.published == date(2024, 3, 14)


def test_dates_from_json_ld_or_a_time_element() -> None:
    ld = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-11-02T08:00:00+01:00"}</script></head>'
        "<body><p>Text of the story.</p></body></html>"
    )
    assert parse_html(ld).published == date(2023, 11, 2)
    timed = (
        '<html><body><article><time datetime="2022-06-30T12:00">June 30</time>'
        "<p>Text of the story.</p></article></body></html>"
    )
    assert parse_html(timed).published == date(2022, 6, 30)


def test_a_page_without_text_is_a_problem_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    (problem,) = load(path)
    assert isinstance(problem, LoadProblem)
    assert "web page without readable text" in problem.message


def test_the_input_file_is_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "port.html"
    path.write_text(PAGE, encoding="utf-8")
    load(path)
    assert path.read_text(encoding="utf-8") == PAGE


# Pieces of markup, broken when put together at random.
PIECES = ["<p>", "</p>", "<div", ">", "<script>", "</script>", "<!--", "-->", "&amp;"]
PIECES += ["&#xZZ;", "<article>", "</article", "<![CDATA[", "]]>", "<meta content=", '"']
PIECES += ["Text on Monday.", " ", "\n", "<h1>", "<nav>", "</nav>", "<", "</", "<!DOCTYPE"]
PIECES += ["<time datetime='2024-13-45'>"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_broken_markup_never_raises(parts: list[str]) -> None:
    page = parse_html("".join(parts))
    assert "<p>" not in page.text


def test_the_story_not_the_teasers_of_other_stories() -> None:
    story = "".join(
        f"<p>Sentence {i} of the story, said on Monday by the mayor.</p>" for i in range(8)
    )
    page = (
        "<html><body><main><article><h1>The story</h1>" + story + "</article>"
        "<section><article><h3>Another story</h3><p>Teaser one.</p></article>"
        "<article><h3>A third story</h3><p>Teaser two.</p></article></section></main>"
        "<p>Cookie notice: we use cookies.</p></body></html>"
    )
    text = parse_html(page).text
    assert text.startswith("The story")
    assert "Sentence 7 of the story" in text
    assert "Cookie notice" not in text


def test_a_page_whose_article_element_holds_only_a_teaser_is_read_whole() -> None:
    body = "".join(
        f"<p>Paragraph {i} of the body text, long enough to count.</p>" for i in range(10)
    )
    page = f"<html><body><article><p>Teaser.</p></article><div>{body}</div></body></html>"
    text = parse_html(page).text
    assert "Paragraph 9 of the body text" in text


def test_an_element_left_open_loses_only_its_tag() -> None:
    page = "<html><body><p>First.</p><nav class='menu'><p>Talks resumed on Monday.</p>"
    assert parse_html(page).text == "First.\n\nTalks resumed on Monday."


def test_escaped_markup_in_the_text_is_text() -> None:
    page = "<html><body><p>The rule is x &lt; y &amp; the tag &lt;b&gt; is text.</p></body></html>"
    assert parse_html(page).text == "The rule is x < y & the tag <b> is text."
