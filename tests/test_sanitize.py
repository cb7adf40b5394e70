from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.sanitize import (
    EXPORT_STRIPPED,
    INVISIBLE_CHARS,
    display_inline,
    display_spans,
    display_text,
    escape_for_markup,
    export_spans,
    export_text,
)

ESC = "\x1b"


def _bad_display_char(c: str) -> bool:
    o = ord(c)
    if c in "\n\t":
        return False
    return (
        o < 0x20
        or 0x7F <= o <= 0x9F
        or c in INVISIBLE_CHARS
        or 0xD800 <= o <= 0xDFFF
        or c in "\u2028\u2029"
    )


# Text biased towards the dangerous stuff.
_pieces = st.sampled_from(
    [
        ESC,
        "[",
        "]",
        "\x07",
        "\\",
        "\x9b",
        "\x9c",
        "\x9d",
        "\x90",
        "P",
        "52;c;",
        "0;title",
        "31m",
        "2J",
        "\u202e",
        "\u2066",
        "\u200b",
        "\ufeff",
        "\x00",
        "\r",
        "\t",
        "\n",
        "\ud800",
        "\u2028",
        "abc",
        "é",
        "日本",
    ]
)
dangerous_text = st.one_of(
    st.text(),
    st.lists(_pieces, max_size=40).map("".join),
    st.lists(st.one_of(_pieces, st.text(max_size=3)), max_size=30).map("".join),
)


@given(dangerous_text)
@settings(max_examples=400)
def test_display_text_is_inert_and_idempotent(s: str) -> None:
    out = display_text(s)
    assert ESC not in out
    assert not any(_bad_display_char(c) for c in out)
    assert display_text(out) == out


@given(dangerous_text)
@settings(max_examples=200)
def test_display_with_tab_width_has_no_tabs(s: str) -> None:
    out = display_text(s, tab_width=4)
    assert "\t" not in out
    assert not any(_bad_display_char(c) for c in out)
    assert display_text(out, tab_width=4) == out


@given(dangerous_text)
@settings(max_examples=200)
def test_export_text_strips_controls_and_bidi_overrides(s: str) -> None:
    out = export_text(s)
    assert ESC not in out
    assert not any(
        (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F or c in EXPORT_STRIPPED
        for c in out
    )
    assert export_text(out) == out


@given(dangerous_text, st.booleans())
@settings(max_examples=300)
def test_offset_map_is_consistent(s: str, expand: bool) -> None:
    shown, omap = display_spans(s, tab_width=2 if expand else None)
    assert omap.original_length == len(s)
    assert omap.display_length == len(shown)
    prev = 0
    for i in range(len(s) + 1):
        d = omap.to_display(i)
        assert prev <= d <= len(shown)  # monotonic, in range
        prev = d
        if i < len(s) and omap.to_display(i + 1) == d + 1 and s[i] != "\t":
            # a kept character keeps its identity (or became U+FFFD/space)
            assert shown[d] == s[i] or shown[d] in "\ufffd "
    assert omap.to_display(len(s)) == len(shown)
    for d in range(len(shown) + 1):
        o = omap.to_original(d)
        assert 0 <= o <= len(s)
        assert omap.to_display(o) == d or s[o : o + 1] == "\t"


def test_strips_ansi_sequences() -> None:
    s = (
        "a\x1b[31mred\x1b[0m b\x1b]0;evil title\x07c"
        "\x1b]52;c;aGVsbG8=\x1b\\d\x1bPdcs stuff\x1b\\e\x1b[2J\x1b[10;10Hf\x1bcg\x1b(Bh"
    )
    assert display_text(s) == "ared bcdefgh"


def test_strips_8bit_sequences_and_controls() -> None:
    assert display_text("x\x9b31my\x9d0;t\x9cz\x85w\x7f") == "xyzw"


def test_unterminated_osc_only_drops_introducer() -> None:
    assert display_text("a\x1b]52;c;abc") == "a52;c;abc"


def test_bidi_and_zero_width_for_display_and_export() -> None:
    s = "abc\u202edef\u200bg\u2066h\u2069\ufeff"
    assert display_text(s) == "abcdefgh"
    assert export_text(s) == "abcdefgh"
    # Marks that real text needs survive an export (not the display).
    persian = "می\u200cخواهم \u200f(שלום)\u200e 👨\u200d👩"
    assert export_text(persian) == persian
    assert display_text(persian) == "میخواهم (שלום) 👨👩"


def test_tabs_newlines_kept_nul_and_cr_removed() -> None:
    assert display_text("a\tb\nc\x00d\re") == "a\tb\ncde"
    assert display_text("a\tb", tab_width=4) == "a    b"


def test_lone_surrogate_replaced() -> None:
    assert display_text("a\ud800b") == "a\ufffdb"
    assert export_text("a\udfffb") == "a\ufffdb"


def test_span_mapping_example() -> None:
    s = "\x1b[1mKerry\x1b[0m said on \u202eFriday"
    shown, omap = display_spans(s)
    start = s.index("Friday")
    a, b = omap.span_to_display(start, start + len("Friday"))
    assert shown[a:b] == "Friday"
    k = s.index("Kerry")
    a, b = omap.span_to_display(k, k + 5)
    assert shown[a:b] == "Kerry"
    assert omap.to_original(shown.index("said")) == s.index("said")


def test_clean_text_is_identity() -> None:
    s = "Plain text.\n\tIndented — “quoted”."
    shown, omap = display_spans(s)
    assert shown is s
    assert omap.identity
    assert omap.to_display(5) == 5
    assert export_spans(s)[1].identity


def test_display_inline_and_markup() -> None:
    assert display_inline(" Title\nwith\tbreaks \x1b[31m ") == "Title with breaks"
    assert display_inline("abcdefghij", max_length=5) == "abcd…"
    assert escape_for_markup("[bold]x[/bold]\x1b[0m") == "\\[bold]x\\[/bold]"


def test_large_input_is_made_safe() -> None:
    """(How fast: bench/bench_inputs.py.)"""
    s = ("word \x1b[31m" * 200_000) + ("\x9d" * 100_000) + ("\x1b]" * 100_000)
    out = display_text(s)
    assert ESC not in out
