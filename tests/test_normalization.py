"""Tests for kornews.normalization: character cleanup that keeps the line structure."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews._data import load_table, load_words
from kornews.normalization import normalize, preserves_lines

# --- one test per rule --------------------------------------------------------------


def test_nfc_composes_conjoining_jamo_and_accents() -> None:
    assert normalize("\u1100\u1161\u11a8 cafe\u0301") == "각 café"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A&amp;B", "A&B"),
        ("&quot;단독&quot;", '"단독"'),
        ("it&#39;s", "it's"),
        ("&#x27;인용&#x27;", "'인용'"),
        ("&lt;사진&gt;", "<사진>"),
        ("저작권자&nbsp;©", "저작권자 ©"),
        ("&middot;", "·"),
        ("&amp;quot;이중&amp;quot;", '"이중"'),  # escaped twice
        ("&#38;nbsp;", " "),
    ],
)
def test_html_entities_decoded(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "&foo; 모르는 이름",
        "R&D 예산",
        "a=1&b=2 주소",
        "AT&T",
        "&copy 2024",  # no semicolon: left alone
        "&#; &#x; &;",
    ],
)
def test_non_entities_kept(text: str) -> None:
    assert normalize(text) == text


def test_entity_for_line_break_does_not_add_a_line() -> None:
    assert normalize("가&#10;나&#13;다&NewLine;라") == "가 나 다 라"


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_removed(char: str) -> None:
    assert normalize(f"광주{char}시청") == "광주시청"


@pytest.mark.parametrize(
    "char", ["\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000"]
)
def test_non_standard_spaces_become_space(char: str) -> None:
    assert normalize(f"기자{char}hong@example.com") == "기자 hong@example.com"


def test_fullwidth_ascii_to_ascii() -> None:
    assert normalize("ＡＩ학습 （２０２４） ＃１ ～ ！") == "AI학습 (2024) #1 ~ !"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("광주시‧경기도", "광주시·경기도"),
        ("5‧18 민주화운동", "5·18 민주화운동"),
        ("광주ㆍ전남", "광주·전남"),
        ("한・일 정상회담", "한·일 정상회담"),
        ("서울•부산", "서울·부산"),
        ("5·18", "5·18"),
    ],
)
def test_middle_dots_between_words(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "• 본문 바로가기",
        "•많이 본 뉴스",
        "목록\n• 첫째\n  • 둘째",
        "가격 • 10만원",  # spaced bullet used as a separator: left as it is
    ],
)
def test_bullets_stay(text: str) -> None:
    assert normalize(text) == text


def test_crlf_becomes_lf_and_line_count_kept() -> None:
    raw = "제목\r\n\r\n본문\r\n"
    assert normalize(raw) == "제목\n\n본문\n"
    assert raw.split("\n").__len__() == normalize(raw).split("\n").__len__()


def test_lone_cr_kept() -> None:
    assert normalize("가\r나") == "가\r나"


def test_typographic_choices_kept() -> None:
    text = "“인용” ‘강조’ … ∼ 〈책〉 『사업』 ㈜한빛 3㎡ ①"
    assert normalize(text) == text


def test_clean_text_returned_as_is() -> None:
    text = "광주 북구청은 18일 주민 300명이 참석한 가운데 행사를 열었다.\n" * 5
    assert normalize(text) is text


# --- seeds and line structure -------------------------------------------------------


def test_seeds_keep_their_lines(seeds: dict[str, str]) -> None:
    assert seeds
    for name, text in seeds.items():
        result = normalize(text)
        assert preserves_lines(text, result), name
        assert "\xa0" not in result and "\u200b" not in result, name
        assert normalize(result) == result, name


def test_preserves_lines() -> None:
    assert preserves_lines("a\nb", "c\nd")
    assert not preserves_lines("a\nb", "ab")


# --- bad input and robustness -------------------------------------------------------


@pytest.mark.parametrize("value", [b"abc", None, 3.5])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be str"):
        normalize(value)  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "&amp;" * 200_000,
        "&" * 1_000_000,
        "&#" + "9" * 1_000_000,
        "&amp;amp;" * 100_000 + "x",
        "가‧" * 500_000,
        "기자 " * 100_000,
        "\u200b\u00a0\r" * 300_000,
        "ㆍ" * 1_000_000,
    ],
    ids=["amp", "ampersands", "long-number", "amp-chain", "dots", "gija", "invisible", "araea"],
)
def test_adversarial_megabyte_is_fast(text: str) -> None:
    start = time.perf_counter()
    result = normalize(text)
    assert time.perf_counter() - start < 5.0
    assert preserves_lines(text, result)


# --- properties ---------------------------------------------------------------------

SPECIAL = [
    *"&;#0123456789abxX ampnbsquotlt가나다",
    *["\u00a0", "\u200b", "\u00ad", "\u2027", "\u318d", "\u2022", "\u30fb", "\u3000"],
    *["\uff01", "\uff06", "\uff03", "\r", "\n", "e", "\u0301", "\u1100", "\u1161"],
]
tricky = st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=40)


@given(tricky)
def test_property_idempotent(s: str) -> None:
    once = normalize(s)
    assert normalize(once) == once


@given(tricky)
def test_property_line_count_kept(s: str) -> None:
    assert len(normalize(s).split("\n")) == len(s.split("\n"))


# --- data tables --------------------------------------------------------------------


def test_tables_load_without_overlap() -> None:
    seen: set[int] = set()
    for row in load_table("normalize_chars.tsv"):
        first, last = int(row[0], 16), int(row[1], 16)
        assert first <= last
        assert row[2] in {"delete", "space", "ascii"}
        span = set(range(first, last + 1))
        assert not span & seen
        seen |= span
    assert ord("\n") not in seen and ord("\r") not in seen
    dots = [int(code, 16) for code in load_words("normalize_middle_dots.txt")]
    assert len(set(dots)) == len(dots)
    assert 0x00B7 not in dots
