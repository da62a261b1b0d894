"""Tests for the shared numeral reader (kornews.numerals)."""

from __future__ import annotations

import re
import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews._data import load_table
from kornews.numerals import NUMERAL_PATTERN, parse_numeral, read_numeral

READ = [
    # Arabic digits
    ("3,244", "3244"),
    ("2.5", "2.5"),
    ("３", "3"),
    ("１２,０００", "12000"),
    ("0", "0"),
    # digits with large units, as newspapers print them
    ("3조6616억", "3661600000000"),
    ("1조1천817억", "1181700000000"),
    ("4조3백98억", "4039800000000"),
    ("8억5천만", "850000000"),
    ("1억 천320만", "113200000"),
    ("백10억", "11000000000"),
    ("6.8만", "68000"),
    ("10만", "100000"),
    ("3조 6천 600억", "3660000000000"),
    ("7천 37억", "703700000000"),
    ("1조1천 305억", "1130500000000"),
    ("5억 4649만", "546490000"),
    ("1억 6천 만", "160000000"),
    ("4조 4,437억", "4443700000000"),
    ("9천34억", "903400000000"),
    ("1천2백45", "1245"),
    ("76.1백만", "76100000"),
    ("1,234백만", "1234000000"),
    ("9999경9999조9999억9999만9999", "99999999999999999999"),
    # Sino-Korean
    ("삼천만", "30000000"),
    ("이십오", "25"),
    ("십이만 삼천", "123000"),
    ("영", "0"),
    ("공", "0"),
    ("백만", "1000000"),
    ("천", "1000"),
    ("만", "10000"),
    # native Korean counts
    ("하나", "1"),
    ("둘", "2"),
    ("셋", "3"),
    ("열", "10"),
    ("열두", "12"),
    ("스물", "20"),
    ("스무", "20"),
    ("서른 두", "32"),
    ("아흔아홉", "99"),
    # fractions and negatives
    ("사분의삼", "0.75"),
    ("3분의 1", str(Decimal(1) / Decimal(3))),
    ("2분의1", "0.5"),
    ("-58억4천만", "-5840000000"),
    ("마이너스 3", "-3"),
    ("−1.5", "-1.5"),
]


@pytest.mark.parametrize(("text", "value"), READ)
def test_parse_numeral_reads_every_form(text: str, value: str) -> None:
    assert parse_numeral(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("600여만", "6000000"),
        ("2300여 만", "23000000"),
        ("10억여", "1000000000"),
        ("50만8천여", "508000"),
    ],
)
def test_read_numeral_reports_the_approximation_marker(text: str, value: str) -> None:
    assert read_numeral(text) == (Decimal(value), True)
    assert parse_numeral(text) == Decimal(value)


def test_integral_values_have_no_exponent() -> None:
    value = parse_numeral("6.8만")
    assert value is not None
    assert str(value) == "68000"
    assert str(parse_numeral("3조")) == "3000000000000"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "원칙",
        "조사",
        "억울",
        "만약",
        "천천히",
        "일부",
        "이상하다",
        "억",
        "억억",
        "만 만",
        "천천",
        "1억 2조",
        "1,1,1",
        "1.2.3",
        "3 4",
        "둘셋",
        "0분의 1",
        "abc",
    ],
)
def test_parse_numeral_declines_non_numerals(text: str) -> None:
    assert parse_numeral(text) is None


def test_parse_numeral_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        parse_numeral(b"3")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_numeral(None)  # type: ignore[arg-type]


def test_pattern_has_no_groups_and_embeds() -> None:
    compiled = re.compile(NUMERAL_PATTERN)
    assert compiled.groups == 0
    month = re.compile(f"({NUMERAL_PATTERN})월 ({NUMERAL_PATTERN})일")
    m = month.search("올해 삼월 이십일 개막")
    assert m is not None
    assert (parse_numeral(m.group(1)), parse_numeral(m.group(2))) == (Decimal(3), Decimal(20))
    hour = re.compile(f"({NUMERAL_PATTERN})시 반")
    h = hour.search("밤 열두시 반쯤")
    assert h is not None and parse_numeral(h.group(1)) == 12


def test_pattern_refuses_dotted_dates_and_versions() -> None:
    compiled = re.compile(NUMERAL_PATTERN)
    assert [m.group() for m in compiled.finditer("v1.2.3")] == []
    assert [m.group() for m in compiled.finditer("2024.01.05")] == []


def test_numeral_table_has_no_duplicates() -> None:
    words = [row[0] for row in load_table("numerals_words.tsv")]
    assert len(words) == len(set(words))
    kinds = {row[2] for row in load_table("numerals_words.tsv")}
    assert kinds == {"sino", "small", "big", "native", "tens"}


DIGITS = "영일이삼사오육칠팔구"


def sino(n: int) -> str:
    """Test helper: ``n`` in Sino-Korean words (12345 -> 만이천삼백사십오)."""
    if n == 0:
        return "영"
    out = []
    for unit_index, unit in enumerate(("", "만", "억", "조", "경")):
        group = n // 10 ** (4 * unit_index) % 10**4
        if not group:
            continue
        words = ""
        for place, small in ((1000, "천"), (100, "백"), (10, "십"), (1, "")):
            d = group // place % 10
            if d:
                words += ("" if d == 1 and small else DIGITS[d]) + small
        out.append(words + unit)
    return "".join(reversed(out))


@given(st.integers(min_value=0, max_value=10**20 - 1))
def test_sino_korean_round_trip(n: int) -> None:
    assert parse_numeral(sino(n)) == n


@given(st.integers(min_value=0, max_value=10**20 - 1))
def test_digit_groups_round_trip(n: int) -> None:
    groups = []
    for unit_index, unit in enumerate(("", "만", "억", "조", "경")):
        g = n // 10 ** (4 * unit_index) % 10**4
        if g:
            groups.append(f"{g}{unit}")
    text = " ".join(reversed(groups)) or "0"
    assert parse_numeral(text) == n
    assert parse_numeral(text.replace(" ", "")) == n


@given(st.text(alphabet="0123456789,.억조만천백십일이삼 여-~분의", max_size=40))
def test_never_crashes(text: str) -> None:
    value = parse_numeral(text)
    assert value is None or isinstance(value, Decimal)


@pytest.mark.parametrize("chunk", ["억", "1,", "1", "만 ", "천", "삼십", "1.", "9억 "])
def test_pattern_scan_is_linear(chunk: str) -> None:
    compiled = re.compile(NUMERAL_PATTERN)
    text = chunk * (200_000 // len(chunk))
    start = time.perf_counter()
    for _ in compiled.finditer(text):
        pass
    assert time.perf_counter() - start < 20


@pytest.mark.parametrize(
    ("text", "value"),
    [("삼점일사", "3.14"), ("영점오", "0.5"), ("이십일점오", "21.5"), ("마이너스 일점오", "-1.5")],
)
def test_hangul_decimals(text: str, value: str) -> None:
    assert parse_numeral(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("일만", 10_000),
        ("일천", 1_000),
        ("일십", 10),
        ("구억구천만", 990_000_000),
        ("일억이천삼백사십오만육천칠백팔십구", 123_456_789),
        ("일억 이천만", 120_000_000),
        ("오백만", 5_000_000),
        ("5백만", 5_000_000),
        ("3.5억", 350_000_000),
    ],
)
def test_explicit_one_and_mixed_forms(text: str, value: int) -> None:
    assert parse_numeral(text) == value
