"""Tests for kornews.money: bare 억/조 amounts of deals, funding rounds, reserves and prices
(headlines drop 원), and counts that stay out. Sentences written for these tests."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from kornews.money import find_money


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("핀테크 스타트업, 120억 시리즈A 유치", "120억", Decimal("12000000000")),
        ("바이오 기업 400억 시리즈C 마무리", "400억", Decimal("40000000000")),
        ("고용보험기금 5조 바닥 드러나", "5조", Decimal("5000000000000")),
        ("적립금 2조 고갈 우려", "2조", Decimal("2000000000000")),
        ("외국인 5천억 순매도…코스피 하락", "5천억", Decimal("500000000000")),
        ("회사채로 3천억 조달", "3천억", Decimal("300000000000")),
        ("기업가치 1조 인정받아", "1조", Decimal("1000000000000")),
        ("가나그룹, 1.5조에 미국 제약사 인수", "1.5조", Decimal("1500000000000")),
        ("호텔 건물 7천억에 외국계 펀드로 매각", "7천억", Decimal("700000000000")),
        ("빌딩 2천억에 사들여", "2천억", Decimal("200000000000")),
    ],
)
def test_bare_amount_in_a_deal_context_is_krw(text: str, surface: str, value: Decimal) -> None:
    got = find_money(text)
    assert [(m.text, m.value, m.currency) for m in got] == [(surface, value, "KRW")]


@pytest.mark.parametrize(
    "text",
    [
        "조회수 1억 돌파한 영상",
        "관중 3만 운집",
        "인구 1억에 달하는 나라",
        "누적 관객 1천만에 육박",
        "구독자 1억에 팔로워 2억",
        "1억 명이 사는 나라를 인수",
        "3억 년 전 화석을 사들여",
    ],
)
def test_counts_are_not_money(text: str) -> None:
    assert find_money(text) == []


def test_price_needs_the_deal_verb_in_the_same_clause() -> None:
    # The verb is past a comma: it does not own the amount.
    assert find_money("가입자 수가 1억에 이르렀고, 경쟁사를 인수했다") == []
    # More than three words between: too far to own it.
    assert find_money("사용자 수도 1억에 이르는 큰 서비스로 자란 뒤 경쟁사를 인수") == []


def test_price_context_stays_linear() -> None:
    text = "1억에 " * 150_000
    t0 = time.process_time()
    assert find_money(text) == []
    assert time.process_time() - t0 < 10.0
