"""Headline amounts without 원 whose money word follows a qualifier or a conditional verb."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kornews.money import find_money


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ('여당 "15조 이상 필요"', Decimal("15000000000000"), "이상"),
        ("추경 500억 가량 투입", Decimal("50000000000"), "가량"),
        ('야당 "10조 넘으면 재정 부담"', Decimal("10000000000000"), None),
        ("10억 넘는 아파트 거래 급증", Decimal("1000000000"), "넘게"),
    ],
)
def test_bare_amount_with_money_word_after_a_qualifier(
    text: str, value: Decimal, qualifier: str | None
) -> None:
    (m,) = find_money(text)
    assert (m.value, m.currency, m.qualifier) == (value, "KRW", qualifier)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "관객 1억 명 이상 필요",
        "조회수 1억 이상 돌파",
        "구독자 100만 넘는 유튜버",
        "인구 5천만 넘는 나라",
    ],
)
def test_counts_stay_out(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("84㎡ 전세 20억 시대", Decimal("2000000000")),
        ("연봉 1억 시대 열렸다", Decimal("100000000")),
    ],
)
def test_an_era_is_not_the_hour(text: str, value: Decimal) -> None:
    (m,) = find_money(text)
    assert (m.value, m.currency) == (value, "KRW")


@pytest.mark.parametrize("text", ["관객 1억 명 시대", "1억 시대"])
def test_an_era_of_counts_or_without_a_money_word_is_not_money(text: str) -> None:
    assert find_money(text) == []
