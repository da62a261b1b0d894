"""Tests for kornews.dates: yearless release dates (``7. 22.(화)``), durations told with
만의/만이다, habitual and tensed 주말, dated issues (``4월 28일치``), age groups (``2030``),
``지난해 같은 달``, and a week word joined to its day (``다음 주 19일``)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from dateutil import tz

from kornews.dates import find_dates, parse_date

SEOUL = tz.gettz("Asia/Seoul")
JUL21 = dt.date(2025, 7, 21)  # a Monday
NOV14 = dt.date(2025, 11, 14)  # a Friday


def spans(text: str, ref: dt.date | None = NOV14) -> list[tuple[str, object, str]]:
    return [(m.text, m.value, m.grain) for m in find_dates(text, ref)]


# --------------------------------------------------------------------------- release dates


def test_release_date_with_weekday_and_no_year() -> None:
    text = "보도시점 2025. 7. 21.(월) 12:00 (7. 22.(화) 조간)"
    got = spans(text, JUL21)
    assert got[1] == ("7. 22.(화)", dt.date(2025, 7, 22), "day")
    assert find_dates(text, JUL21)[1].weekday == 1
    assert not find_dates(text, JUL21)[1].weekday_mismatch


def test_release_date_with_time_resolves_to_the_minute() -> None:
    # 3 March 2025 is a Monday; the weekday picks the year around the reference.
    assert spans("배포 3. 3.(월) 10:00", dt.date(2025, 2, 27)) == [
        ("3. 3.(월) 10:00", dt.datetime(2025, 3, 3, 10, 0, tzinfo=SEOUL), "minute")
    ]


def test_release_deadline_with_weekday() -> None:
    assert spans("참가 신청은 9. 30.(화)까지 받는다.", dt.date(2025, 9, 1)) == [
        ("9. 30.(화)", dt.date(2025, 9, 30), "day")
    ]
    # Without the space after the month's full stop, too.
    assert spans("접수 마감 10.2.(목) 18:00", dt.date(2025, 9, 1))[0][1] == dt.datetime(
        2025, 10, 2, 18, 0, tzinfo=SEOUL
    )


def test_spaced_date_after_a_date_line_word_needs_no_weekday() -> None:
    assert spans("보도일시 7. 22. 06:00", JUL21) == [
        ("7. 22. 06:00", dt.datetime(2025, 7, 22, 6, 0, tzinfo=SEOUL), "minute")
    ]
    assert spans("일시: 8. 5. 14:00", JUL21)[0][1] == dt.datetime(2025, 8, 5, 14, 0, tzinfo=SEOUL)


@pytest.mark.parametrize(
    "text",
    [
        "2. 3. 세부 추진계획을 다음과 같이 정한다.",  # a section number
        "금리는 3. 5. 두 차례 인상됐다.",
        "성장률은 2.7%, 물가는 3.1.",  # decimals
        "1. 2. 3. 순서로 진행한다.",
    ],
)
def test_spaced_numbers_without_weekday_or_date_line_word_are_not_dates(text: str) -> None:
    assert find_dates(text, JUL21) == []


def test_impossible_release_date_is_rejected() -> None:
    assert find_dates("배포 2. 30.(화) 10:00", JUL21) == []


# --------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    "text",
    [
        "그는 17일 만의 홈런으로 팀 승리를 이끌었다.",
        "부상 이후 12일 만이다.",
        "구조는 사고 발생 9일 만이며 생존자는 없었다.",
        "복귀는 23일 만이었다.",
        "3일 만에 불길이 잡혔다.",
    ],
)
def test_days_before_man_are_a_duration(text: str) -> None:
    assert find_dates(text, NOV14) == []


def test_the_day_after_a_duration_is_still_a_date() -> None:
    assert spans("입원 10일 만인 12일 퇴원했다.") == [("12일", dt.date(2025, 11, 12), "day")]


# --------------------------------------------------------------------------- weekend


@pytest.mark.parametrize(
    "text",
    [
        "이 식당은 주말에만 문을 연다.",
        "주말엔 관광객으로 붐빈다.",
        "쉼터는 야간과 주말에도 운영한다.",
        "주말마다 공연이 열린다.",
        "주말이면 도로가 막힌다.",
        "매 주말 벼룩시장이 선다.",
        "평일과 주말 모두 운행한다.",
        "평일·주말 구분 없이 운영한다.",
    ],
)
def test_habitual_weekend_is_not_a_date(text: str) -> None:
    assert find_dates(text, NOV14) == []


def test_bare_weekend_follows_the_tense() -> None:
    monday = dt.date(2025, 2, 10)
    past = find_dates("주말 동안 폭설이 쏟아졌다.", monday)[0]
    assert (past.value, past.until) == (dt.date(2025, 2, 8), dt.date(2025, 2, 9))
    coming = find_dates("주말 동안 눈이 더 내리겠다.", monday)[0]
    assert (coming.value, coming.until) == (dt.date(2025, 2, 15), dt.date(2025, 2, 16))
    # Said on a Sunday, the past-tense weekend is the one under way.
    sunday = find_dates("주말 동안 폭설이 쏟아졌다.", dt.date(2025, 2, 9))[0]
    assert sunday.value == dt.date(2025, 2, 8)


def test_prefixed_weekend_keeps_its_prefix() -> None:
    assert spans("이번 주말에도 비가 내리겠다.")[0][1] == dt.date(2025, 11, 15)
    assert spans("지난 주말에도 행사가 열렸다.")[0][1] == dt.date(2025, 11, 8)


# --------------------------------------------------------------------------- dated issues


def test_month_day_chi_is_a_dated_issue() -> None:
    assert spans("본지 지난 4월 28일치 10면 기사를 바로잡습니다.", dt.date(2025, 5, 20)) == [
        ("지난 4월 28일", dt.date(2025, 4, 28), "day")
    ]
    assert spans("이달 3일치 1면 보도", dt.date(2025, 5, 20))[0][1] == dt.date(2025, 5, 3)


@pytest.mark.parametrize("text", ["3일치 분량의 식량을 비축했다.", "사흘치 약을 처방받았다."])
def test_days_worth_is_not_a_date(text: str) -> None:
    assert find_dates(text, NOV14) == []


# --------------------------------------------------------------------------- age groups


@pytest.mark.parametrize(
    "text",
    ["2030 청년 표심이 흔들린다.", "전세사기 피해자 60%가 2030", "2030 여성의 구직 단념"],
)
def test_two_decades_is_an_age_group(text: str) -> None:
    assert find_dates(text, NOV14) == []


def test_two_decades_before_an_event_word_is_a_year() -> None:
    got = find_dates("2030 부산엑스포 유치전", NOV14)
    assert [(m.text, m.value, m.until) for m in got] == [
        ("2030", dt.date(2030, 1, 1), dt.date(2030, 12, 31))
    ]
    assert spans("2030 탄소중립 목표를 세웠다.")[0][1] == dt.date(2030, 1, 1)
    # With 년 it is always a year.
    assert spans("2030년까지 공급한다.")[0][1] == dt.date(2030, 1, 1)
    # Other four-digit years are unaffected.
    assert spans("2026 북중미 월드컵")[0][1] == dt.date(2026, 1, 1)


# --------------------------------------------------------------------------- same period last year


def test_same_month_last_year_counts_from_the_month_told() -> None:
    text = "지난달 수출액은 전년 같은 달보다 1.0% 늘었다."
    assert spans(text, dt.date(2025, 3, 1)) == [
        ("지난달", dt.date(2025, 2, 1), "month"),
        ("전년 같은 달", dt.date(2024, 2, 1), "month"),
    ]


def test_same_day_last_year_counts_from_the_day_told() -> None:
    text = "지난 10일 경매 가격은 작년 같은 날보다 18% 높았다."
    assert spans(text, dt.date(2024, 12, 11)) == [
        ("지난 10일", dt.date(2024, 12, 10), "day"),
        ("작년 같은 날", dt.date(2023, 12, 10), "day"),
    ]


def test_same_period_last_year_covers_the_range_told() -> None:
    got = find_dates("올해 1~9월 매출은 지난해 같은 기간보다 늘었다.", NOV14)[-1]
    assert (got.text, got.value, got.until, got.grain) == (
        "지난해 같은 기간",
        dt.date(2024, 1, 1),
        dt.date(2024, 9, 30),
        "month",
    )
    # With nothing told before it, the reference's month a year back.
    alone = find_dates("지난해 같은 시기보다 40% 올랐다.", NOV14)[0]
    assert (alone.value, alone.until) == (dt.date(2024, 11, 1), dt.date(2024, 11, 30))


def test_same_period_last_year_is_not_a_base_for_what_follows() -> None:
    # 이날 still counts from the 10th, 전년 from 2024, not from the year-back baseline.
    text = "10일 가격은 지난해 같은 날보다 높았다. 이날 거래량은 전년보다 늘었다."
    got = spans(text, dt.date(2024, 12, 11))
    assert got[2] == ("이날", dt.date(2024, 12, 10), "day")
    assert got[3][1] == dt.date(2023, 1, 1)


def test_weather_like_last_year_is_not_a_date_span() -> None:
    # 지난해 같은 날씨: 같은 날 is not a word here; 지난해 alone is the year.
    assert spans("지난해 같은 날씨가 이어졌다.") == [("지난해", dt.date(2024, 1, 1), "year")]


# --------------------------------------------------------------------------- week + day


def test_week_word_and_day_are_one_mention() -> None:
    assert spans("다음 주 19일 실적 발표가 변수다.") == [
        ("다음 주 19일", dt.date(2025, 11, 19), "day")
    ]
    assert spans("이번 주 12일 회의가 열렸다.") == [("이번 주 12일", dt.date(2025, 11, 12), "day")]


def test_weekday_with_printed_day_is_one_mention() -> None:
    assert spans("지난주 금요일(7일) 발표했다.") == [
        ("지난주 금요일(7일)", dt.date(2025, 11, 7), "day")
    ]
    assert spans("다음 주 수요일(19일) 발표한다.") == [
        ("다음 주 수요일(19일)", dt.date(2025, 11, 19), "day")
    ]
    # The printed day wins over a weekday a day off (a slip in the text).
    assert spans("지난 수요일(13일) 열렸다.")[0][1] == dt.date(2025, 11, 13)


def test_parse_date_reads_the_new_forms() -> None:
    got = parse_date("7. 22.(화)", JUL21)
    assert got is not None and got.value == dt.date(2025, 7, 22)
    same = parse_date("지난해 같은 달", dt.date(2025, 3, 14))
    assert same is not None and (same.value, same.grain) == (dt.date(2024, 3, 1), "month")
    assert parse_date("3일치") is None


# --------------------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "chunk",
    [
        "7. 22. ",
        "7. 22.(화) ",
        "배포 7. 22. ",
        "2030 ",
        "지난해 같은 ",
        "주말에만 ",
        "평일과 주말 ",
        "28일치 ",
        "다음 주 19일 ",
        "5일 연다고 ",
        "지난 10일\n전날 ",
    ],
)
def test_new_forms_scan_in_linear_time(chunk: str) -> None:
    text = chunk * (400_000 // len(chunk))
    started = time.perf_counter()
    find_dates(text, NOV14)
    assert time.perf_counter() - started < 20


# --------------------------------------------------------------------------- reported clause


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("노조는 협상이 결렬되면 16일 첫차부터 파업에 들어간다고 밝혔다.", dt.date(2025, 12, 16)),
        ("구는 주민 설명회를 5일 열 예정이라고 밝혔다.", dt.date(2025, 12, 5)),
        ("평가원은 성적표를 4일 배부하겠다고 설명했다.", dt.date(2025, 12, 4)),
    ],
)
def test_day_inside_a_future_reported_clause_is_coming(text: str, day: dt.date) -> None:
    assert find_dates(text, dt.date(2025, 12, 2))[0].value == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Right after the subject: the day of the report.
        ("교육청은 1일 다음 학기부터 급식비를 올리겠다고 발표했다.", dt.date(2025, 12, 1)),
        (
            "위원회(위원장 홍길동)는 28일 이같이 발표하면서 협조한다고 밝혔다.",
            dt.date(2025, 11, 28),
        ),
        # A comma between the day and the reported verb: another clause.
        ("대표는 의원들을 27일 만나, 이해를 바란다고 밝혔다.", dt.date(2025, 11, 27)),
        # The reported verb is past.
        ("구는 주민 설명회를 28일 열었다고 밝혔다.", dt.date(2025, 11, 28)),
    ],
)
def test_day_of_the_report_stays_past(text: str, day: dt.date) -> None:
    assert find_dates(text, dt.date(2025, 12, 2))[0].value == day


# --------------------------------------------------------------------------- 전날 after an aside


def test_day_before_in_a_later_paragraph_counts_from_the_main_event() -> None:
    text = (
        "11일 오전 4시께 한 농장에서 불이 났다.\n"
        "이 농장에서는 지난 10일 오후 11시께에도 작은 불이 났다.\n"
        "경찰은 전날 화재와의 연관성을 조사하고 있다."
    )
    got = find_dates(text, dt.date(2025, 2, 11))
    assert (got[-1].text, got[-1].value) == ("전날", dt.date(2025, 2, 10))


def test_day_before_after_a_report_day_counts_from_the_incident() -> None:
    # The main day is the report's (10일 밝혔다): 전날 counts from the incident told after.
    text = (
        "경찰은 운전자를 입건했다고 10일 밝혔다.\n"
        "운전자는 지난 8일 오전 2시께 가로등을 들이받았다.\n"
        "그는 전날 오후 10시부터 술을 마셨다."
    )
    got = find_dates(text, dt.date(2025, 6, 10))
    assert got[-1].value == dt.datetime(2025, 6, 7, 22, 0, tzinfo=SEOUL)


def test_many_day_befores_after_an_aside_scan_in_linear_time() -> None:
    text = "11일 불이 났다. 지난 10일 불. " + "전날보다. " * 60_000
    started = time.perf_counter()
    got = find_dates(text, dt.date(2025, 1, 11))
    assert len(got) == 60_002
    assert time.perf_counter() - started < 20
