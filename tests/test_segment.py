from explorer.parse.segment import is_furniture_line, segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text).sentences]


def test_sentences_split_on_terminal_punctuation() -> None:
    assert texts("The talks failed. Both sides left! Will they return?") == [
        "The talks failed.",
        "Both sides left!",
        "Will they return?",
    ]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    got = texts("Mr. Smith met Gen. Jones in the U.S. on Monday. John F. Kennedy was there.")
    assert got == ["Mr. Smith met Gen. Jones in the U.S. on Monday.", "John F. Kennedy was there."]


def test_initials_written_together_do_not_end_sentences() -> None:
    """ "R.M.A.L. Ranasinghe", "J.C. Matlock": initials before a surname stay in the
    sentence; dotted letters before a word that opens sentences still end one."""
    got = texts(
        "Its chairman, R.M.A.L. Ranasinghe, told reporters. The profit rose, J.C. Matlock "
        "said. It was made in the U.S.A. The firm said so."
    )
    assert got == [
        "Its chairman, R.M.A.L. Ranasinghe, told reporters.",
        "The profit rose, J.C. Matlock said.",
        "It was made in the U.S.A.",
        "The firm said so.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    got = texts("He said: “It is over.” Then he left.")
    assert got == ["He said: “It is over.”", "Then he left."]


def test_offsets_point_into_the_text() -> None:
    text = "First line here.\n\n  Second paragraph starts. And goes on.\n"
    for s in segment(text).sentences:
        assert text[s.start : s.end] == s.text


def test_paragraphs_are_numbered_by_blank_lines() -> None:
    seg = segment("One. Two.\n\nThree.\n\nFour.")
    assert [s.paragraph for s in seg.sentences] == [0, 0, 1, 2]


def test_single_lines_are_paragraphs_when_no_blank_lines() -> None:
    seg = segment("One sentence here.\nAnother line.\nA third.")
    assert [s.paragraph for s in seg.sentences] == [0, 1, 2]


def test_page_furniture_never_becomes_a_sentence() -> None:
    text = (
        "Share\n\nA headline without a full stop\n\nThe vote took place on Monday.\n\n"
        "Advertisement\n\nVideo: What happened next?\n\nRead more: other stories\n\n"
        "Officials said more talks are planned.\n\nRelated story headline about something"
    )
    seg = segment(text)
    assert [s.text for s in seg.sentences] == [
        "The vote took place on Monday.",
        "Officials said more talks are planned.",
    ]
    furniture = [text[a:b] for a, b in seg.furniture]
    assert "Share" in furniture and "Advertisement" in furniture
    assert "Video: What happened next?" in furniture


def test_furniture_lines() -> None:
    assert is_furniture_line("Advertisement")
    assert is_furniture_line("  SHARE ")
    assert is_furniture_line("Video: anything at all")
    assert not is_furniture_line("Share prices fell on Monday.")


def test_empty_and_whitespace_text() -> None:
    assert segment("").sentences == ()
    assert segment("   \n\n \t").sentences == ()


def test_text_without_sentence_ends_is_cut_into_bounded_pieces() -> None:
    from explorer.parse.segment import MAX_SENTENCE_CHARS

    text = "word " * 10_000 + "end"
    seg = segment(text)
    assert len(seg.sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in seg.sentences)
    assert all(text[s.start : s.end] == s.text for s in seg.sentences)
    assert "".join(s.text for s in seg.sentences).replace(" ", "") == text.replace(" ", "")
    unbroken = "x" * 5000
    assert [len(s.text) for s in segment(unbroken).sentences] == [2000, 2000, 1000]


def _texts(text: str) -> list[str]:
    return [s.text for s in segment(text).sentences]


def test_abbreviated_ranks_and_titles_do_not_end_sentences() -> None:
    for text in (
        "Brig. Gen. Tomas Riera told reporters the base was safe.",
        "Det. Sgt. Paul Okoro said the suspect fled.",
        "Supt. Kay Rand said the road was shut.",
        "Insp. Tom Yule and Lt. Col. Nadia Brun agreed.",
        "Climbers died on Mt. Kenya near St. Petersburg.",
        "Police chief Adj. Sr. Comr. Budi Santoso said roads were cut.",
        "Asst. Supt. Maria Reyes and Atty. Gen. Tom Vale met Amb. Lena Roth.",
    ):
        assert _texts(text) == [text]


def test_an_abbreviation_ends_a_sentence_before_a_sentence_opener() -> None:
    assert _texts("The deal was signed by Halvorsen Inc. The shares rose.") == [
        "The deal was signed by Halvorsen Inc.",
        "The shares rose.",
    ]
    assert _texts("Halvorsen Inc. Chief Executive Ola Berg said so.") == [
        "Halvorsen Inc. Chief Executive Ola Berg said so."
    ]
    assert len(_texts("The sanctions were imposed by the U.S. It said more would come.")) == 2


def test_number_abbreviations_continue_only_before_a_number() -> None:
    assert len(_texts("He lives at No. 10 Downing Street. The vote is on Jan. 5 next year.")) == 2
    assert _texts("Ms Moody said no. Tom Moody agreed.") == [
        "Ms Moody said no.",
        "Tom Moody agreed.",
    ]


def test_a_decade_or_age_ends_a_sentence() -> None:
    assert _texts("She reviewed papers into her 80s. Prime Minister Jonas Berg praised her.") == [
        "She reviewed papers into her 80s.",
        "Prime Minister Jonas Berg praised her.",
    ]
    assert len(_texts("Prices doubled in the 1970s. Dr. Ames disagreed.")) == 2


def test_a_retired_rank_does_not_end_a_sentence() -> None:
    for text in (
        "Maj. Gen. (ret.) Samuel Kiprono Chebet, 63, was jailed for nine years.",
        "The case began when Det. Insp. Hassan Abdi Omar stopped a convoy.",
        "Two got nine years, and Det. Sgt. Agnes Wanjiru Kamau was sentenced.",
    ):
        assert _texts(text) == [text]
