"""Tests for kornews.dates: what 이날/전날 count from, years and months of range ends and
coordinated days, the verb that governs a day's tense, bare times after a day, recurring
weekdays with an ordinal, and bracketed stamp times. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from dateutil import tz

from kornews.dates import find_dates, parse_date

SEOUL = tz.gettz("Asia/Seoul")


def values(text: str, ref: dt.date) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in find_dates(text, ref)]


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=SEOUL)


# --------------------------------------------------------------------------- 이날, 전날


def test_past_tense_anaphor_skips_a_coming_day() -> None:
    # The coming Tuesday is a forward reference: what the market did 이날 is the day of
    # the report, and the next sentence's 전날 is the day before it.
    text = (
        "11일 주식시장에서 코스피는 1.2% 올랐다. 투자자들은 다음 주 수요일 발표되는 "
        "물가 지표를 주시하고 있다. 기관은 이날 3천억원어치를 사들였다. 거래대금은 "
        "전날보다 늘어났다."
    )
    assert values(text, dt.date(2026, 3, 11)) == [
        ("11일", dt.date(2026, 3, 11)),
        ("다음 주 수요일", dt.date(2026, 3, 18)),
        ("이날", dt.date(2026, 3, 11)),
        ("전날", dt.date(2026, 3, 10)),
    ]


def test_future_tense_anaphor_follows_a_coming_day() -> None:
    text = "박람회는 오는 20일 개막한다. 이날 개막식에는 시장이 참석할 예정이다."
    assert values(text, dt.date(2026, 3, 11)) == [
        ("오는 20일", dt.date(2026, 3, 20)),
        ("이날", dt.date(2026, 3, 20)),
    ]


def test_comparison_baseline_is_not_an_anchor() -> None:
    # 전날 종가 is a price baseline: 이날 further on is still the report's day.
    text = (
        "가나전자는 14일 유상증자를 결정했다고 공시했다. 발행가는 전날 종가보다 10% 낮다. "
        "회사 주가는 이날 5% 떨어졌다."
    )
    assert values(text, dt.date(2025, 7, 14)) == [
        ("14일", dt.date(2025, 7, 14)),
        ("전날", dt.date(2025, 7, 13)),
        ("이날", dt.date(2025, 7, 14)),
    ]


def test_day_before_counts_from_the_last_day_told() -> None:
    # 전날 counts from the incident (지난 8일), not from the report (10일); being told
    # about background, it leaves 이날 to the report's day.
    text = (
        "경찰은 운전자 B씨를 입건했다고 10일 밝혔다. B씨는 지난 8일 오전 2시께 차를 몰다 "
        "가로등을 들이받았다. B씨는 전날 오후 10시부터 술을 마셨다. 구청은 이날 B씨를 "
        "직위해제했다."
    )
    assert values(text, dt.date(2025, 6, 10)) == [
        ("10일", dt.date(2025, 6, 10)),
        ("지난 8일 오전 2시", at(2025, 6, 8, 2)),
        ("전날 오후 10시", at(2025, 6, 7, 22)),
        ("이날", dt.date(2025, 6, 10)),
    ]


def test_day_before_a_report_day_is_the_event_day() -> None:
    # 3일 소방서에 따르면: the 3rd is the report's day, so the fire of 전날 is the story's
    # day and 이날 refers to it.
    text = "3일 소방서에 따르면 전날 오후 8시께 창고에서 불이 났다. 이날 불로 창고 한 동이 탔다."
    assert values(text, dt.date(2025, 2, 3)) == [
        ("3일", dt.date(2025, 2, 3)),
        ("전날 오후 8시", at(2025, 2, 2, 20)),
        ("이날", dt.date(2025, 2, 2)),
    ]


def test_day_before_an_event_day_is_background() -> None:
    text = (
        "의회는 6일 본회의를 열어 조례안을 가결했다. 시장이 전날 재의를 요구한 지 하루 "
        "만이다. 야당은 이날 오후 회견을 열었다."
    )
    assert values(text, dt.date(2025, 6, 6)) == [
        ("6일", dt.date(2025, 6, 6)),
        ("전날", dt.date(2025, 6, 5)),
        ("이날 오후", dt.date(2025, 6, 6)),
    ]


# --------------------------------------------------------------------------- years, months


def test_relative_year_in_a_range_counts_from_the_reference() -> None:
    text = "A씨는 2019년 5월부터 지난해 11월까지 공금을 빼돌린 혐의를 받는다."
    got = find_dates(text, dt.date(2025, 4, 2))
    assert [(m.text, m.value, m.until) for m in got] == [
        ("2019년 5월", dt.date(2019, 5, 1), dt.date(2024, 11, 30)),
        ("지난해 11월", dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
    ]


def test_year_anaphor_in_a_range_counts_from_the_start() -> None:
    got = find_dates("공사는 2021년 9월부터 이듬해 3월까지 이어졌다.", dt.date(2025, 4, 2))
    assert [(m.text, m.value) for m in got] == [
        ("2021년 9월", dt.date(2021, 9, 1)),
        ("이듬해 3월", dt.date(2022, 3, 1)),
    ]


def test_month_after_a_relative_month_is_its_own() -> None:
    got = find_dates("설비는 다음 달부터 10월까지 바꾼다.", dt.date(2026, 5, 12))
    assert [(m.text, m.value) for m in got] == [
        ("다음 달", dt.date(2026, 6, 1)),
        ("10월", dt.date(2026, 10, 1)),
    ]
    # 지난달 after an absolute month is last month, not the inherited one.
    got = find_dates("조사는 1월 중순부터 이달 20일까지 진행됐다.", dt.date(2026, 3, 25))
    assert [m.value for m in got] == [dt.date(2026, 1, 11), dt.date(2026, 3, 20)]


def test_prefix_speaks_for_coordinated_days() -> None:
    # The quotation's verb is future but the sentence's (밝혔다) is past: 오는 decides
    # for both days.
    text = '구단은 "오는 5월 2일과 3일 팬미팅을 연다"고 8일 밝혔다.'
    assert values(text, dt.date(2026, 1, 8))[:2] == [
        ("오는 5월 2일", dt.date(2026, 5, 2)),
        ("3일", dt.date(2026, 5, 3)),
    ]


def test_coming_part_of_the_current_month() -> None:
    got = find_dates("정부는 오는 4월 하순 결과를 발표한다.", dt.date(2026, 4, 2))
    assert [(m.text, m.value, m.until) for m in got] == [
        ("오는 4월 하순", dt.date(2026, 4, 21), dt.date(2026, 4, 30))
    ]
    got = find_dates("지난 4월 초 시작된 공사", dt.date(2026, 4, 28))
    assert got[0].value == dt.date(2026, 4, 1)
    # The whole month named with 오는 in that month is still next year's.
    assert find_dates("오는 4월 개통한다", dt.date(2026, 4, 2))[0].value == dt.date(2027, 4, 1)


# --------------------------------------------------------------------------- tense


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("연구원이 9일 발표한 보고서에 따르면 수출은 내년에 늘어난다.", dt.date(2025, 10, 9)),
        ("9일 개막한 영화제는 다음 주까지 이어진다.", dt.date(2025, 10, 9)),
        ("9일 숨진 C씨의 장례는 모레 치러진다.", dt.date(2025, 10, 9)),
    ],
)
def test_past_adnominal_verb_after_a_day_makes_it_past(text: str, day: dt.date) -> None:
    assert find_dates(text, dt.date(2025, 10, 10))[0].value == day


def test_noun_ending_like_an_adnominal_keeps_the_sentence_tense() -> None:
    # 사진 ends like a verb (-진) but is a noun: the predicate 열린다 places the day ahead.
    assert find_dates("9일 사진 전시회가 열린다.", dt.date(2025, 10, 10))[0].value == dt.date(
        2025, 11, 9
    )
    # 예정된 qualifies a coming day.
    got = find_dates("9일 예정된 회의는 연기될 전망이다.", dt.date(2025, 10, 3))
    assert got[0].value == dt.date(2025, 10, 9)
    # 이틀간 is a duration, not a verb.
    got = find_dates("당장 16~17일 이틀간 정당을 방문할 예정이다.", dt.date(2025, 4, 15))
    assert [m.value for m in got] == [dt.date(2025, 4, 16), dt.date(2025, 4, 17)]


# --------------------------------------------------------------------------- apposition


def test_weekday_of_a_named_week_in_apposition_with_its_day() -> None:
    got = find_dates("접수는 다음 주 목요일인 15일 오전 10시부터 받는다.", dt.date(2026, 1, 7))
    assert [(m.text, m.value, m.grain) for m in got] == [
        ("다음 주 목요일인 15일 오전 10시", at(2026, 1, 15, 10), "hour")
    ]


# --------------------------------------------------------------------------- bare times


def test_bare_time_after_a_day_is_not_a_date() -> None:
    text = "12일 오후 공장에서 불이 났다. 소방당국은 오후 5시 10분께 불을 껐다."
    assert [m.text for m in find_dates(text, dt.date(2025, 9, 12))] == ["12일 오후"]
    # Before any day it is the one date given, on the reference's day.
    got = find_dates(
        "오후 5시 10분 현재 대기질은 보통이다. 12일에는 나빠진다.", dt.date(2025, 9, 11)
    )
    assert [(m.text, m.value) for m in got] == [
        ("오후 5시 10분", at(2025, 9, 11, 17, 10)),
        ("12일", dt.date(2025, 9, 12)),
    ]
    # A year or a month does not count as a day told.
    assert [m.text for m in find_dates("올해 행사는 오후 2시 시작한다", dt.date(2025, 9, 11))] == [
        "올해",
        "오후 2시",
    ]
    # parse_date reads one alone as ever.
    got1 = parse_date("오후 5시 10분", dt.date(2025, 9, 12))
    assert got1 is not None and got1.value == at(2025, 9, 12, 17, 10)


# --------------------------------------------------------------------------- recurring


@pytest.mark.parametrize(
    "text",
    [
        "박물관은 매달 마지막 수요일에 무료로 문을 연다.",
        "도서관은 매월 둘째 주 월요일 쉰다.",
        "시장은 매월 둘째·넷째 주 일요일 휴무다.",
        "매주 첫 번째 금요일 모임",
        "동호회는 매달 첫 토요일에 모인다.",
    ],
)
def test_recurring_weekday_with_an_ordinal_is_not_a_date(text: str) -> None:
    assert find_dates(text, dt.date(2026, 2, 5)) == []


def test_ordinal_weekday_without_a_recurring_word_is_a_date() -> None:
    got = find_dates("공연은 마지막 수요일에 열렸다.", dt.date(2026, 2, 5))
    assert [m.text for m in got] == ["수요일"]


# --------------------------------------------------------------------------- stamps


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("기사입력 2023/11/30 [10:12]", "2023/11/30 [10:12]"),
        ("입력 2024.05.02 [ 09:05 ] 사회", "2024.05.02 [ 09:05 ]"),
        ("등록 2024-05-02 (09:05)", "2024-05-02 (09:05)"),
    ],
)
def test_time_in_brackets_after_a_stamp(text: str, surface: str) -> None:
    (got,) = find_dates(text)
    assert got.text == surface
    assert isinstance(got.value, dt.datetime) and got.value.hour in (9, 10)
    assert got.grain == "minute"


def test_bracket_without_a_time_is_left_alone() -> None:
    assert [m.text for m in find_dates("2023/11/30 [속보] 10:12 발표")] == ["2023/11/30"]


# --------------------------------------------------------------------------- speed


@pytest.mark.parametrize(
    "unit",
    [
        "지난 22일 전날 이날 다음 주 화요일인 13일 ",
        "5일 경찰에 따르면 전날 ",
        "매달 마지막 둘째·넷째 주 수요일 ",
        "6일 공개한 ",
        "[10:1",
    ],
)
def test_adversarial_inputs_stay_linear(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    t0 = time.process_time()
    find_dates(text, dt.date(2025, 1, 1))
    assert time.process_time() - t0 < 5.0
