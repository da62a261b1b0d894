"""Money after probe 6: the Hanja dollar 弗 of older headlines, and bare 억/조 amounts
with the range mark 대 ("1천억대 투자") told from counts of machines ("1억대 판매")."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from kornews.money import find_money, parse_money


def amounts(text: str) -> list[tuple[str, Decimal, str, bool, str | None]]:
    found = find_money(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value, m.currency, m.approx, m.qualifier) for m in found]


# --------------------------------------------------------------------------- 弗


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("수출 5000만弗 돌파", "5000만弗", Decimal("50000000")),
        ("1억2천만弗 규모 차관 도입", "1억2천만弗", Decimal("120000000")),
        ("무역흑자 30억 弗 기록", "30억 弗", Decimal("3000000000")),
    ],
)
def test_hanja_dollar(text: str, surface: str, value: Decimal) -> None:
    assert amounts(text) == [(surface, value, "USD", False, None)]


def test_hanja_dollar_reads_as_one_amount() -> None:
    m = parse_money("약 5000만弗")
    assert m is not None
    assert (m.value, m.currency, m.approx, m.qualifier) == (
        Decimal("50000000"),
        "USD",
        True,
        "약",
    )


# --------------------------------------------------------------------------- 대 ranges


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("1천억대 투자 유치", "1천억", Decimal("100000000000")),
        ("10억대 아파트 거래 늘어", "10억", Decimal("1000000000")),
        ("3억대 연봉 제시", "3억", Decimal("300000000")),
        ("1천억대 자산가 잇따라", "1천억", Decimal("100000000000")),
        ("100억대 사기 일당 검거", "100억", Decimal("10000000000")),
        ("매출 5000억대 돌파", "5000억", Decimal("500000000000")),  # the noun before
        ("10억대의 재산을 남겼다", "10억", Decimal("1000000000")),
    ],
)
def test_range_mark_makes_an_approximate_amount(text: str, surface: str, value: Decimal) -> None:
    assert amounts(text) == [(surface, value, "KRW", True, "대")]


@pytest.mark.parametrize(
    "text",
    [
        "스마트폰 1억대 판매",  # 대 counts phones
        "누적 판매 1억대 돌파",
        "출하량 2억대 돌파",  # a level verb after 대 is not enough
        "전기차 300만대 생산",  # 만 amounts are never bare money
        "1천억대",  # no money word: could be anything counted
        "수천억대 손실",  # a magnitude word has no exact value
    ],
)
def test_range_mark_without_money_context_is_not_money(text: str) -> None:
    assert amounts(text) == []


def test_range_after_a_won_amount_unless_a_noun_follows() -> None:
    assert amounts("매출이 500억원에서 1천억대로 늘었다") == [
        ("500억원", Decimal("50000000000"), "KRW", False, None),
        ("1천억", Decimal("100000000000"), "KRW", True, "대"),
    ]
    # the noun after 대 says what is counted, whatever came before
    assert amounts("5억원을 들여 로봇 1억대 생산") == [
        ("5억원", Decimal("500000000"), "KRW", False, None)
    ]


def test_range_mark_reads_as_one_amount() -> None:
    m = parse_money("1천억대")
    assert m is not None
    assert (m.text, m.value, m.currency, m.approx, m.qualifier) == (
        "1천억",
        Decimal("100000000000"),
        "KRW",
        True,
        "대",
    )
    assert parse_money("1억 대") is None  # spaced: one hundred million machines


def test_won_range_unchanged() -> None:
    assert amounts("1천억원대 투자") == [("1천억원", Decimal("100000000000"), "KRW", True, "대")]


# --------------------------------------------------------------------------- speed


@pytest.mark.parametrize(
    "text",
    ["1천억대 " * 100_000, "5000만弗" * 100_000, "1억대 투자 " * 60_000],
)
def test_adversarial_input_runs_in_linear_time(text: str) -> None:
    t0 = time.process_time()
    found = find_money(text)
    elapsed = time.process_time() - t0
    for m in found[:100]:
        assert text[m.start : m.end] == m.text
    assert elapsed < 20, f"{elapsed:.1f}s"
