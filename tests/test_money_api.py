"""find_money: English scale abbreviations after a prefixed amount, and European dots."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from kornews.money import find_money, parse_money


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("a KRW 1.2tn budget", "KRW 1.2tn", "1200000000000", "KRW"),
        ("raised $2.5M in seed money", "$2.5M", "2500000", "USD"),
        ("a $3tn economy", "$3tn", "3000000000000", "USD"),
        ("valued at $1.2B", "$1.2B", "1200000000", "USD"),
        ("tickets cost $5k", "$5k", "5000", "USD"),
        ("tickets cost $5K", "$5K", "5000", "USD"),
        ("a $3 bn deal", "$3 bn", "3000000000", "USD"),
        ("a €3bn deal", "€3bn", "3000000000", "EUR"),
        ("a £2m fee", "£2m", "2000000", "GBP"),
        ("USD 5 mln", "USD 5 mln", "5000000", "USD"),
        ("the $10 Billion fund", "$10 Billion", "10000000000", "USD"),
        ("a 1.2tn won budget", "1.2tn won", "1200000000000", "KRW"),
        ("3.5 bln yen", "3.5 bln yen", "3500000000", "JPY"),
        ("삼성전자는 $2.5M를 투자했다", "$2.5M", "2500000", "USD"),
    ],
)
def test_prefixed_scale_abbreviations(text: str, surface: str, value: str, currency: str) -> None:
    [m] = find_money(text)
    assert (m.text, m.value, m.currency) == (surface, Decimal(value), currency)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text", ["a $3T market", "$5Korea", "KRW 1.2xyz", "$2.5Mx", "₩3tx"])
def test_unknown_letter_glued_to_a_prefixed_amount_is_declined(text: str) -> None:
    # never a value cut short ("$3T" must not be $3)
    assert find_money(text) == []


def test_a_space_ends_a_prefixed_amount() -> None:
    assert [(m.text, m.value) for m in find_money("only $5 a month")] == [("$5", Decimal(5))]


def test_scale_inside_a_longer_word_is_not_a_scale() -> None:
    # "$2 Billionaires" is not two billion dollars; glued, "$2Billion..." is declined
    assert [m.value for m in find_money("$2 Billionaires")] == [Decimal(2)]
    assert find_money("$2Billionaires") == []


@pytest.mark.parametrize(
    "text", ["입장료 10.000원", "₩10.000", "10.000 won", "가격은 1.500원이다", "12.500원"]
)
def test_european_thousands_dot_in_won_is_declined(text: str) -> None:
    assert find_money(text) == []
    assert parse_money(text.split()[-1]) is None


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("원·달러 환율 1,385.200원", "1385.2", "KRW"),  # a comma: the dot is a decimal point
        ("0.125원", "0.125", "KRW"),
        ("1.5만원", "15000", "KRW"),
        ("위안화 7.125위안", "7.125", "CNY"),  # three decimals are normal in FX rates
        ("10,000원", "10000", "KRW"),
        ("10.5원", "10.5", "KRW"),
        ("도시가스 요금은 Mcal당 12.345원", "12.345", "KRW"),  # unit tariffs: three decimals
    ],
)
def test_dots_that_are_decimal_points_still_read(text: str, value: str, currency: str) -> None:
    [m] = find_money(text)
    assert (m.value, m.currency) == (Decimal(value), currency)


def test_parse_money_reads_abbreviated_scales() -> None:
    m = parse_money("$2.5M")
    assert m is not None and (m.value, m.currency) == (Decimal(2500000), "USD")
    assert parse_money("$3T") is None


@pytest.mark.parametrize("chunk", ["$1M", "$1T", "KRW 1.2tn ", "10.000원 ", "$3 bn"])
def test_adversarial_repeats_stay_fast(chunk: str) -> None:
    text = chunk * (400_000 // len(chunk))
    t0 = time.perf_counter()
    found = find_money(text)
    assert time.perf_counter() - t0 < 20
    assert all(text[m.start : m.end] == m.text for m in found)
