"""TimeML output: the input text with TIMEX3 tags added and nothing else changed.

For TimeML input the original markup around <TEXT> is kept and the text between tags is
written as it was read (raw). For other input the text is XML-escaped (&, <, >), so
stripping the tags and unescaping gives back the input exactly.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from explorer.model import ParsedArticle, Timex


def _tag(t: Timex, tid: int) -> str:
    attrs = f'tid="t{tid}" type="{t.type.value}" value={quoteattr(t.value)}'
    if t.mod:
        attrs += f" mod={quoteattr(t.mod)}"
    return f"<TIMEX3 {attrs}>"


def tagged_text(parsed: ParsedArticle, *, escape_text: bool) -> str:
    text = parsed.article.text
    out: list[str] = []
    pos = 0
    tid = 1
    for t in parsed.timexes:
        if t.start < pos:  # overlapping spans cannot nest in TimeML: keep the first
            continue
        chunk = text[pos : t.start]
        inner = text[t.start : t.end]
        out.append(escape(chunk) if escape_text else chunk)
        out.append(_tag(t, tid))
        out.append(escape(inner) if escape_text else inner)
        out.append("</TIMEX3>")
        pos = t.end
        tid += 1
    rest = text[pos:]
    out.append(escape(rest) if escape_text else rest)
    return "".join(out)


def timeml_document(parsed: ParsedArticle) -> str:
    art = parsed.article
    if art.format == "timeml" and art.markup_before:
        return art.markup_before + tagged_text(parsed, escape_text=False) + art.markup_after
    dct = art.published.isoformat()
    compact = dct.replace("-", "")
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{escape(art.id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{compact}</TIMEX3></DCT>\n'
        f"<TEXT>{tagged_text(parsed, escape_text=True)}</TEXT>\n</TimeML>\n"
    )
