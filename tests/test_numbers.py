"""Tests for kornews.numbers: find_numbers and parse_number."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews._data import load_words
from kornews.numbers import NumberMention, find_numbers, parse_number


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(n.text, str(n.value), n.unit) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("참가자는 3,244명으로 늘었다", [("3,244명", "3244", "명")]),
        ("금리를 2.5%로 올렸다", [("2.5%", "2.5", "%")]),
        ("전광판에 ３개 표시", [("３개", "3", "개")]),
        ("누적 관객 6.8만명 돌파", [("6.8만명", "68000", "명")]),
        ("10만 가구가 정전됐다", [("10만 가구", "100000", "가구")]),
        ("피해 주택 1만여 채", [("1만여 채", "10000", "채")]),
        ("세포 3조 개", [("3조 개", "3000000000000", "개")]),
        ("인구 50만9,821명", [("50만9,821명", "509821", "명")]),
        ("주민 만 7천여명이 산다", [("만 7천여명", "17000", "명")]),
        ("매출 3조6616억원", [("3조6616억원", "3661600000000", "원")]),
        ("삼천만 원을 모았다", [("삼천만 원", "30000000", "원")]),
        ("이십오 명이 참석", [("이십오 명", "25", "명")]),
        ("십이만 삼천 명", [("십이만 삼천 명", "123000", "명")]),
        ("사과 하나를 샀다", [("하나", "1", None)]),
        ("둘이 함께 갔다", [("둘", "2", None)]),
        ("열 명이 다쳤다", [("열 명", "10", "명")]),
        ("열두 척의 배", [("열두 척", "12", "척")]),
        ("스물 한 살 청년", [("스물 한 살", "21", "살")]),
        ("서른 두 살", [("서른 두 살", "32", "살")]),
        ("사과 세 개", [("세 개", "3", "개")]),
        ("응답자의 3분의 1", [("3분의 1", str(Decimal(1) / 3), None)]),
        ("사분의삼 정도", [("사분의삼", "0.75", None)]),
        ("기온은 -3℃까지", [("-3℃", "-3", "℃")]),
        ("마이너스 3 성장", [("마이너스 3", "-3", None)]),
        ("손실 -58억4천만", [("-58억4천만", "-5840000000", None)]),
        ("3~4명이 다쳤다", [("3", "3", "명"), ("4명", "4", "명")]),
        ("관객 3~5만명", [("3", "30000", "명"), ("5만명", "50000", "명")]),
        ("30분간 이어졌다", [("30분간", "30", "분간")]),
        ("2배 늘었다", [("2배", "2", "배")]),
        ("3.3㎡당 가격", [("3.3㎡", "3.3", "㎡")]),
    ],
)
def test_find_numbers_forms(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "approx", "qualifier"),
    [
        ("약 300명", True, "약"),
        ("300여명", True, "여"),
        ("300명가량", True, "가량"),
        ("300명 정도", True, "정도"),
        ("300명쯤", True, "쯤"),
        ("300명 남짓", True, "남짓"),
        ("300명 안팎", True, "안팎"),
        ("300명 이상", True, "이상"),
        ("300명 이하", True, "이하"),
        ("300명 미만", True, "미만"),
        ("300명 초과", True, "초과"),
        ("최대 300명", False, "최대"),
        ("최소 300명", False, "최소"),
        ("300명을 넘어섰다", False, "넘어"),
        ("1180원대에서", True, "대"),
        ("1180원대까지", True, "대"),
        ("300명 넘게", True, "넘게"),
        ("300명이 넘는", True, "넘게"),
        ("300명 가까이", True, "가까이"),
        ("300명에 육박", True, "육박"),
        ("300명 이내", True, "이내"),
        ("300명이 왔다", False, None),
        ("300명을 넣었다", False, None),
    ],
)
def test_qualifiers(text: str, approx: bool, qualifier: str | None) -> None:
    (n,) = find_numbers(text)
    assert (n.approx, n.qualifier) == (approx, qualifier)
    assert n.value in (Decimal(300), Decimal(1180))


@pytest.mark.parametrize(
    "text",
    [
        "원장은 원칙대로 조사했다",
        "억울하다며 만약을 대비해",
        "천천히 일부만 이상하다",
        "하나같이 하나님께",
        "2025년 5월 12일 오후 3시 30분",
        "1분기 실적",
        "문의 062-613-2000",
        "(02)123-4567",
        "버전 1.2.3 배포",
        "2024.01.05. 발표",
        "5·18 민주화운동, 6·25 전쟁",
        "제3회 대회, 제 21대 국회",
        "세 번째 시도, 3번째 시도",
        "5G와 3D, A4 용지, COVID-19",
        "14:30 출발",
        "이 사람은 한국 세금을 네 번",
        "천사들이 만사를",
        "이천에서 사원이 공원에",
    ],
)
def test_not_numbers(text: str) -> None:
    assert [(n.text, n.value) for n in find_numbers(text) if n.text not in ("네 번",)] == []


def test_number_fields_and_spans() -> None:
    text = "지난해 관객은 약 6.8만명이었다"
    (n,) = find_numbers(text)
    assert isinstance(n, NumberMention)
    assert text[n.start : n.end] == n.text == "6.8만명"
    assert (n.value, n.unit, n.approx, n.qualifier) == (Decimal(68000), "명", True, "약")


def test_unit_only_as_a_whole_word() -> None:
    (n,) = find_numbers("2차전지 공장")
    assert (n.text, n.unit) == ("2", None)
    (n,) = find_numbers("10대는 늘었다")
    assert n.unit == "대"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,244", "3244"),
        (" 6.8만명 ", "68000"),
        ("35%", "35"),
        ("1억 천320만", "113200000"),
        ("이십오", "25"),
        ("서른 두", "32"),
        ("사분의삼", "0.75"),
        ("열두 살", "12"),
        ("3조6616억원", "3661600000000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "일부", "원칙", "명", "3명 4명", "하나같이", "abc"])
def test_parse_number_declines(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("func", [find_numbers, parse_number])
def test_type_errors(func: object) -> None:
    with pytest.raises(TypeError, match="decode"):
        func(b"3")  # type: ignore[operator]
    with pytest.raises(TypeError):
        func(None)  # type: ignore[operator]


@given(
    st.text(
        alphabet=st.sampled_from(
            list("0123456789,.~- 억조만천백십일이삼사오여하나둘열명개원의을·:")
        ),
        max_size=80,
    )
)
def test_spans_slice_back(text: str) -> None:
    found = find_numbers(text)
    for n in found:
        assert text[n.start : n.end] == n.text
    assert [n.start for n in found] == sorted(n.start for n in found)


@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


@pytest.mark.parametrize(
    ("chunk", "size"),
    [
        ("억", 1_000_000),
        ("1,", 1_000_000),
        ("1", 1_000_000),
        ("천", 1_000_000),
        ("기자 ", 1_000_000),
        ("1.", 1_000_000),
        ("1-", 1_000_000),
        ("△", 1_000_000),
        ("-1", 1_000_000),
        # Dense cases: every few characters is a real candidate, so they cost per match.
        ("만 ", 100_000),
        ("1억 ", 100_000),
        ("하나 ", 100_000),
    ],
)
def test_adversarial_input_is_fast(chunk: str, size: int) -> None:
    text = chunk * (size // len(chunk))
    start = time.perf_counter()
    find_numbers(text)
    assert time.perf_counter() - start < 30


def test_counter_table_has_no_duplicates() -> None:
    words = load_words("numerals_counters.txt")
    assert len(words) == len(set(words))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("영업이익 △3.2%", [("△3.2%", "-3.2")]),
        ("순손실 △1,234", [("△1,234", "-1234")]),
        ("코스닥 ▼12.5%", [("▼12.5%", "-12.5")]),
        ("전년 대비 ▽0.8%", [("▽0.8%", "-0.8")]),
        # ▲ is also the bullet of Korean articles: never a sign, the value stays positive.
        ("코스피 ▲1.5%", [("1.5%", "1.5")]),
        ("▲ 3개 기관 참여", [("3개", "3")]),
    ],
)
def test_table_triangles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n.text, str(n.value)) for n in find_numbers(text)] == expected


def test_triangle_after_a_word_is_not_a_sign() -> None:
    assert [str(n.value) for n in find_numbers("이익△3.2")] == ["3.2"]


def test_bare_manwon_full_house_is_not_a_number() -> None:
    assert find_numbers("만원 관중이 들어찼다") == []
