"""Tests for kornews.numbers on shapes an outside test suite probed: 만 as "full" before
an age, a lone 천/백/만 before a counter, and Latin units of measure."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from kornews._data import load_words
from kornews.money import find_money
from kornews.numbers import find_numbers


def _found(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(n.text, n.value, n.unit) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 만 ("full") before an age or a period is no ten thousand.
        ("만 18세 이상 국민이면 누구나 신청할 수 있다", [("18세", Decimal(18), "세")]),
        ("만 65세 이상 어르신에게 지급", [("65세", Decimal(65), "세")]),
        ("생후 만 18개월 된 아이", [("18개월", Decimal(18), "개월")]),
        ("만 육십오 세가 되면", [("육십오 세", Decimal(65), "세")]),
        ("만 열여덟 살 청년", [("열여덟 살", Decimal(18), "살")]),
        ("만 세 살 아이가 다쳤다", [("세 살", Decimal(3), "살")]),
        # ... but a bare 만 joins a number that leads to a unit of its own.
        ("관중 3만 5천 명이 몰렸다", [("3만 5천 명", Decimal(35000), "명")]),
        ("주민 만 5천 명이 산다", [("만 5천 명", Decimal(15000), "명")]),
        ("예산 만 오천 원", [("만 오천 원", Decimal(15000), "원")]),
        ("기부금 천320만 원", [("천320만 원", Decimal(13200000), "원")]),
    ],
)
def test_full_age_man(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("집회에 천 명이 모였다.", [("천 명", Decimal(1000), "명")]),
        ("행사에 백 명 넘게 왔다", [("백 명", Decimal(100), "명")]),
        ("광장에 만 명의 시민이 모였다", [("만 명", Decimal(10000), "명")]),
        ("새 단지에 만 세대가 입주한다", [("만 세대", Decimal(10000), "세대")]),
        ("백 세 시대가 열렸다", [("백 세", Decimal(100), "세")]),
        ("천 개의 바람이 되어", [("천 개", Decimal(1000), "개")]),
        ("십 년간 이어진 공사", [("십 년간", Decimal(10), "년간")]),
        ("과자 값은 천원이다", [("천원", Decimal(1000), "원")]),
    ],
)
def test_lone_unit_before_counter(
    text: str, expected: list[tuple[str, Decimal, str | None]]
) -> None:
    assert _found(text) == expected


def test_lone_unit_after_a_number_is_no_second_number() -> None:
    # A mistyped 2000여만원: the stray 만원 is not another 10,000 won.
    assert [n.text for n in find_numbers("2000여만 만원을 빼돌렸다")] == ["2000여만"]


def test_lone_unit_carries_qualifier() -> None:
    (n,) = find_numbers("약 천 명이 참석했다")
    assert (n.text, n.value, n.approx, n.qualifier) == ("천 명", Decimal(1000), True, "약")


@pytest.mark.parametrize(
    "text",
    [
        "정부는 새 원칙을 천명했다.",  # 천명하다 "to declare"
        "그는 천명을 받았다고 믿었다",  # 天命, attached: no number
        "백명 중에서",  # attached and ambiguous: declined
        "대한민국 만세!",
        "대한민국 만 세!",  # nobody is 10,000 years old
        "수 천 명이 모였다",  # vague magnitudes have no value
        "몇 백 개의 상자",
        "수십 만 명이 봤다",
        "수천 명이 참석했다",
        "10년 만에 돌아왔다",
        "만점을 받았다",
        "백 장관은 이날 회의를 주재했다",  # 백 as a surname
        "천 회장이 발표했다",
    ],
)
def test_lone_unit_declined(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("500mL 생수 한 병", [("500mL", Decimal(500), "mL"), ("한 병", Decimal(1), "병")]),
        ("우유 200ml를 마셨다", [("200ml", Decimal(200), "ml")]),
        ("1.5L 페트병", [("1.5L", Decimal("1.5"), "L")]),
        ("비타민 3mg 함유", [("3mg", Decimal(3), "mg")]),
        ("5km 구간을 달렸다", [("5km", Decimal(5), "km")]),
        ("거리 2 m 앞", [("2 m", Decimal(2), "m")]),
        ("최고 100Mbps 속도", [("100Mbps", Decimal(100), "Mbps")]),
        ("2.4GHz 대역", [("2.4GHz", Decimal("2.4"), "GHz")]),
        ("농도 300ppm", [("300ppm", Decimal(300), "ppm")]),
        ("5000mAh 배터리", [("5000mAh", Decimal(5000), "mAh")]),
        ("6.1인치 화면", [("6.1인치", Decimal("6.1"), "인치")]),
        ("시속 100km/h로 달렸다", [("100km/h", Decimal(100), "km/h")]),
        ("기준금리 25bps 인하", [("25bps", Decimal(25), "bps")]),
        ("지지율 1.5%pt 상승", [("1.5%pt", Decimal("1.5"), "%pt")]),
        ("피폭량 30mSv 이하", [("30mSv", Decimal(30), "mSv")]),
        # A Latin unit must end its Latin word: no metre in 10mbps, no m in "5 more".
        ("요금제 10mbps 제공", []),
        ("5 more days", [("5", Decimal(5), None)]),
    ],
)
def test_latin_units(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert _found(text) == expected


def test_counters_table_has_small_volumes() -> None:
    words = set(load_words("numerals_counters.txt"))
    assert {"mL", "ml", "㎖", "mg", "㎎", "cc"} <= words
    assert len(load_words("numerals_counters.txt")) == len(words)


def test_money_still_refuses_counted_amounts() -> None:
    # money shares the counter pattern: 1억 mL is a volume, 만원 (10,000 won) is money.
    assert find_money("물 1억 mL를 확보했다") == []
    assert [m.text for m in find_money("입장료는 단돈 만원이다")] == ["만원"]


@pytest.mark.parametrize(
    ("chunk", "size"),
    [
        ("천 명 ", 300_000),
        ("만 세 살 ", 300_000),
        ("만 ", 300_000),
        ("수 천 명 ", 300_000),
        ("5m", 300_000),
        ("m", 1_000_000),
        ("5mL", 300_000),
    ],
)
def test_adversarial_input_is_fast(chunk: str, size: int) -> None:
    text = chunk * (size // len(chunk)) + "18세"
    start = time.perf_counter()
    found = find_numbers(text)
    assert time.perf_counter() - start < 30
    assert all(text[n.start : n.end] == n.text for n in found)
