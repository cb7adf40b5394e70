"""A citation points to where the sentence is in the input: the file's line (also in a
TimeML file, after its header), a web page's paragraph, a JSON Lines input's line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from explorer.model import Article
from explorer.sources import load_articles


def _one(path: Path) -> Article:
    (article,) = [a for a in load_articles([str(path)], today=date(2026, 1, 15))]
    assert isinstance(article, Article)
    return article


def test_a_text_files_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nFirst paragraph.\n\nTalks resumed on Monday.\n")
    article = _one(path)
    assert article.place_of(article.text.index("Talks")) == f"{path}:5"


def test_a_timeml_files_line_counts_its_header(tmp_path: Path) -> None:
    path = tmp_path / "a.tml"
    lines = [
        '<?xml version="1.0" ?>',
        "<TimeML>",
        '<DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-10" '
        'functionInDocument="CREATION_TIME">02/10/98</TIMEX3></DCT>',
        "<TEXT>",
        "First line of the story.",
        "Talks resumed on Monday.",
        "</TEXT>",
        "</TimeML>",
    ]
    path.write_text("\n".join(lines) + "\n")
    article = _one(path)
    line = path.read_text().splitlines().index("Talks resumed on Monday.") + 1
    assert article.place_of(article.text.index("Talks")) == f"{path}:{line}"


def test_a_web_pages_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html><body>\n<nav>Home</nav>\n<article><h1>Headline</h1>\n"
        "<p>First paragraph.</p>\n<p>Talks resumed on Monday.</p></article></body></html>"
    )
    article = _one(path)
    assert article.place_of(article.text.index("Talks")) == f"{path}, paragraph 3"


def test_a_json_lines_inputs_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('\n{"text": "First line.\\nTalks resumed on Monday."}\n')
    article = _one(path)
    assert article.place_of(article.text.index("Talks")) == f"{path}:2"
