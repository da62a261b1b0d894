"""Bare 억/조 amounts in a list: money when the list's later amount is (headline style)."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from kornews.money import find_money

TRILLION = 10**12


def summary(text: str) -> list[tuple[str, Decimal, str]]:
    found = find_money(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value, m.currency) for m in found]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("연구개발 42조·인공지능 8조 투입", "42조", "8조"),
        ("조선 12조, 철강 3조 지원", "12조", "3조"),
        ("내년 복지 42조와 국방 8조 편성", "42조", "8조"),
        ("12조 및 3조 예산 확보", "12조", "3조"),
        ("12조 또는 3조 규모 감액", "12조", "3조"),
        ("청년 12조·노인 3조 지원", "12조", "3조"),
        ("수도권 12조ㆍ지방 3조 투자", "12조", "3조"),
        ("차세대 원전 12조, 소형 모듈 3조 투입", "12조", "3조"),
    ],
)
def test_bare_amount_joined_to_a_money_amount(text: str, first: str, second: str) -> None:
    got = summary(text)
    assert [g[0] for g in got] == [first, second]
    assert all(g[2] == "KRW" for g in got)
    assert got[0][1] == Decimal(int(first[:-1]) * TRILLION)


def test_three_items_and_a_krw_end() -> None:
    assert summary("교육 7조, 보건 5조, 문화 2조원 증액") == [
        ("7조", Decimal(7 * TRILLION), "KRW"),
        ("5조", Decimal(5 * TRILLION), "KRW"),
        ("2조원", Decimal(2 * TRILLION), "KRW"),
    ]


def test_arrow_from_old_to_new_budget() -> None:
    assert [m.text for m in find_money("축제 예산 40억→65억 증액")] == ["40억", "65억"]
    assert [m.text for m in find_money("지원금 40억→65억으로")] == ["40억", "65억"]


def test_members_take_the_currency_of_the_list_end() -> None:
    assert summary("인도 25억·브라질 9억 달러 투자") == [
        ("25억", Decimal(25 * 10**8), "USD"),
        ("9억 달러", Decimal(9 * 10**8), "USD"),
    ]


def test_a_minor_unit_is_not_shared() -> None:
    assert [m.text for m in find_money("12억, 3억 센트")] == ["3억 센트"]


@pytest.mark.parametrize(
    "text",
    [
        "42조·8조",  # no money word at all: could be anything
        "세포 37조·세균 39조 개",  # the list ends in a count
        "인구 1억·2억 명",
        "구독자 1억·조회수 2억 돌파",
        "2억·3억 년 전 화석",
        "1억·2억 광년 떨어진 은하",
        "스마트폰 1억·태블릿 2억대 판매",
    ],
)
def test_lists_that_are_not_money(text: str) -> None:
    assert find_money(text) == []


def test_a_list_member_needs_a_list_mark_next_to_it() -> None:
    # A sentence break, a parenthesis or a long stretch of words is not a list mark.
    assert [m.text for m in find_money("12조. 연구개발 3조 투입")] == ["3조"]
    assert [m.text for m in find_money("12조(전년 대비)·3조 투입")] == ["3조"]
    text = "12조, 이 중 절반 넘는 사업의 세부 내역 3조 투입"
    assert [m.text for m in find_money(text)] == ["3조"]
    # A count before the list mark stays out even when the list ends in money.
    assert [m.text for m in find_money("관객 1억·매출 3조 돌파")] == ["3조"]


def test_list_with_a_qualifier_on_the_end() -> None:
    found = find_money("12조·약 3조 투입")
    assert [(m.text, m.approx) for m in found] == [("12조", False), ("3조", True)]


@pytest.mark.parametrize(
    "text",
    [
        "1조·" * 40_000 + "1조 투입",
        "1조, " * 40_000,
        "1조와 " * 40_000,
        "1조·가나 " * 40_000 + "1조 투입",
    ],
)
def test_long_lists_stay_linear(text: str) -> None:
    t0 = time.perf_counter()
    find_money(text)
    assert time.perf_counter() - t0 < 20


def test_an_item_after_money_in_a_list_of_counts_is_a_count() -> None:
    # Rule "after a KRW amount is KRW" gives way when the item's list counts things.
    assert [m.text for m in find_money("예산 10조원, 세포 37조·세균 39조 개")] == ["10조원"]
    assert [m.text for m in find_money("예산 10조원에서 12조·13조로 증액")] == [
        "10조원",
        "12조",
        "13조",
    ]


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u2007", "\u3000"])
def test_odd_spaces_between_number_and_unit(space: str) -> None:
    text = f"예산 4200억{space}원을 편성했다."
    (m,) = find_money(text)
    assert m.value == Decimal("420000000000")
    assert text[m.start : m.end] == m.text == f"4200억{space}원"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("추정금액 1천824억 입찰 공고", "182400000000"),  # tender words
        ("공사비 350억 확보", "35000000000"),
        ("반포 84㎡ 42억 신고가", "4200000000"),  # a record price
        ("예시도 1조3천억 추경 편성", "1300000000000"),  # an extra budget
    ],
)
def test_cue_words_make_a_bare_amount_money(text: str, value: str) -> None:
    (m,) = find_money(text)
    assert m.value == Decimal(value) and m.currency == "KRW"


def test_a_count_before_an_extra_budget_stays_a_count() -> None:
    assert find_money("3억 명 추경") == []
