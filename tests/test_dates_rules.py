"""Tests for kornews.dates: tense of reported speech, spans of a month or year, stamp words,
English and ISO forms, and words that look like dates but are not."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from dateutil import tz

from kornews.dates import find_dates, parse_date

SEOUL = tz.gettz("Asia/Seoul")
MAY20 = dt.date(2025, 5, 20)  # a Tuesday
APR14 = dt.date(2025, 4, 14)  # a Monday


def first(text: str, ref: dt.date = MAY20) -> tuple[str, object]:
    got = find_dates(text, ref)
    assert got, text
    return got[0].text, got[0].value


# --------------------------------------------------------------------------- tense


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The quoted or reported clause is future; the sentence (밝혔다, 말했다) is past.
        ("교육청은 17일 다음 학기부터 급식비를 올리겠다고 발표했다.", 17),
        ("구청은 16일 공원을 새로 조성할 방침이라고 설명했다.", 16),
        ("노조는 15일 회견을 열고 “임금 협상을 다시 요구한다”고 했다.", 15),
        ("위원장은 18일 “마지막까지 책임지겠다”며 자리를 떠났다.", 18),
        ("조합은 14일 가격을 낮추겠다는 입장을 내놨다.", 14),
        # A full stop inside the quotation does not end the sentence.
        ("시장은 13일 “예산을 늘리겠다. 서두르겠다”고 말했다.", 13),
    ],
)
def test_reported_future_does_not_move_a_past_day(text: str, day: int) -> None:
    assert first(text) == (text.split()[1], dt.date(2025, 5, day))


def test_the_dates_own_future_predicate_still_counts() -> None:
    assert first("공단은 23일 설명회를 열 예정이다.") == ("23일", dt.date(2025, 5, 23))
    assert first("협의회는 27일 총회를 연다.") == ("27일", dt.date(2025, 5, 27))
    # 오는 always wins, whatever the predicate.
    assert first("시는 오는 2일 개막한다고 밝혔다.") == ("오는 2일", dt.date(2025, 6, 2))


def test_no_cue_leans_to_the_past() -> None:
    # A sentence fragment without a predicate: news reports what happened.
    assert first("3일 오후 공개한 보고서에 따르면") == ("3일 오후", dt.date(2025, 5, 3))
    # A day a few days ahead with nothing to say otherwise is the coming one.
    assert first("24일 개막") == ("24일", dt.date(2025, 5, 24))


# --------------------------------------------------------------------------- local time


@pytest.mark.parametrize("marker", ["(현지시간)", "(현지 시간)", "(현지시각)", "(현지 시각)"])
def test_local_time_markers(marker: str) -> None:
    (m,) = find_dates(f"대통령은 12일{marker} 정상회담을 가졌다.", MAY20)
    assert (m.text, m.value, m.local_time) == (f"12일{marker}", dt.date(2025, 5, 12), True)


# --------------------------------------------------------------------------- missing forms


@pytest.mark.parametrize(
    ("text", "surface", "value", "until", "grain"),
    [
        ("연내 착공할 예정이다", "연내", dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year"),
        ("올 연말까지 마무리한다", "올 연말", dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),
        ("연말께 발표된다", "연말", dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),
        ("내년 연초에", "내년 연초", dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month"),
        ("6월 중순 이후", "6월 중순", dt.date(2025, 6, 11), dt.date(2025, 6, 20), "month"),
        ("이달 말까지", "이달 말", dt.date(2025, 4, 21), dt.date(2025, 4, 30), "month"),
        ("이번 주말 나들이", "이번 주말", dt.date(2025, 4, 19), dt.date(2025, 4, 20), "day"),
        ("지난 1분기 매출", "지난 1분기", dt.date(2025, 1, 1), dt.date(2025, 3, 31), "quarter"),
        ("지난 2분기 매출", "지난 2분기", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter"),
        ("오는 하반기부터", "오는 하반기", dt.date(2025, 7, 1), dt.date(2025, 12, 31), "year"),
        ("오는 4월까지", "오는 4월", dt.date(2026, 4, 1), dt.date(2026, 4, 30), "month"),
    ],
)
def test_spans(text: str, surface: str, value: dt.date, until: dt.date, grain: str) -> None:
    (m,) = find_dates(text, APR14)
    assert (m.text, m.value, m.until, m.grain) == (surface, value, until, grain)


def test_noon_and_midnight() -> None:
    got = [(m.text, m.value) for m in find_dates("행사는 정오에 시작해 자정까지 이어졌다.", APR14)]
    assert got == [
        ("정오", dt.datetime(2025, 4, 14, 12, tzinfo=SEOUL)),
        ("자정", dt.datetime(2025, 4, 14, 0, tzinfo=SEOUL)),
    ]
    assert first("마감은 9일 자정이다", APR14) == (
        "9일 자정",
        dt.datetime(2025, 4, 9, tzinfo=SEOUL),
    )
    # 자정 also means self-cleansing: as a noun it is no time.
    assert find_dates("업계의 자정 노력이 필요하다", APR14) == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("오후 4:15 기준", "오후 4:15", dt.datetime(2025, 4, 14, 16, 15, tzinfo=SEOUL)),
        ("as of 4:15 PM", "4:15 PM", dt.datetime(2025, 4, 14, 16, 15, tzinfo=SEOUL)),
        (
            "Friday, March 7, 2025 11:05 AM",
            "Friday, March 7, 2025 11:05 AM",
            dt.datetime(2025, 3, 7, 11, 5, tzinfo=SEOUL),
        ),
        (
            "Posted : March 7, 2025 - 18:40",
            "March 7, 2025 - 18:40",
            dt.datetime(2025, 3, 7, 18, 40, tzinfo=SEOUL),
        ),
        ("March 2025 report", "March 2025", dt.date(2025, 3, 1)),
        ("99년 12월 31일 밤", "99년 12월 31일 밤", dt.date(1999, 12, 31)),
    ],
)
def test_english_and_short_forms(text: str, surface: str, value: object) -> None:
    assert first(text, APR14) == (surface, value)


def test_iso_datetime_keeps_time_and_offset() -> None:
    m = parse_date("2025-03-07T18:40:12+09:00")
    assert m is not None and m.grain == "second"
    assert m.value == dt.datetime(2025, 3, 7, 18, 40, 12, tzinfo=SEOUL)
    assert isinstance(m.value, dt.datetime)
    assert m.value.utcoffset() == dt.timedelta(hours=9)
    utc = parse_date("2025-03-07T09:40Z")
    assert utc is not None and utc.value == dt.datetime(2025, 3, 7, 9, 40, tzinfo=dt.timezone.utc)


def test_two_digit_year_needs_a_month_and_day() -> None:
    assert first("18년 3월 2일 입학했다", APR14) == ("18년 3월 2일", dt.date(2018, 3, 2))
    # 징역 12년 6월: a sentence, not a date.
    assert [m.text for m in find_dates("징역 12년 6월을 선고했다", APR14)] == []


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "‘유월 바람’을 주제로 전시가 열렸다",  # a month name used as a word
        "2025년형 전기차를 공개했다",  # a model year
        "2026년식 세단",
        "2024년형 모델을 내놨다",
        "참가자 2025명이 몰렸다",  # a count
        "예산 2025억원을 편성했다",  # money
        "대표번호 1588-2025로 문의",  # a phone number
        "모델명 X2025 출시",  # glued to Latin letters
        "전년 동기 대비 12% 늘었다",  # a comparison's baseline
        "매출이 전년 대비 3% 줄었다",
        "영업이익은 전년比 5% 증가",
        "전월 대비 0.2% 올랐다",
        "전일 대비 1.5% 하락했다",
    ],
)
def test_names_are_not_dates(text: str) -> None:
    assert find_dates(text, APR14) == []


def _year_values(text: str) -> list[tuple[str, dt.date | dt.datetime | None, str]]:
    return [(m.text, m.value, m.grain) for m in find_dates(text, APR14)]


def test_bare_year_opening_a_name_is_a_year() -> None:
    y2024, y2026 = dt.date(2024, 1, 1), dt.date(2026, 1, 1)
    assert _year_values("2024 시즌 개막전에서 이겼다") == [("2024", y2024, "year")]
    assert _year_values("2026 북중미 월드컵 예선") == [("2026", y2026, "year")]
    assert _year_values("‘2024 광주 문화축제’를 열었다") == [("2024", y2024, "year")]
    got = find_dates("2023~2024 유럽 리그 최종전", APR14)
    assert [(m.text, m.value, m.until) for m in got] == [
        ("2023", dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
        ("2024", y2024, dt.date(2024, 12, 31)),
    ]


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("지난해 말 집값이 올랐다", 2024, 12),
        ("작년 말 기준", 2024, 12),
        ("올해 말 완공된다", 2025, 12),
        ("2023년 말 기준", 2023, 12),
        ("연말 특수를 노린다", 2025, 12),
        ("지난해 연말 행사", 2024, 12),
        ("2022년 초 출시됐다", 2022, 1),
        ("올 초 발표했다", 2025, 1),
        ("연초 계획", 2025, 1),
    ],
)
def test_year_end_and_start_name_december_and_january(text: str, year: int, month: int) -> None:
    got = find_dates(text, APR14)[0]
    assert (got.value, got.until) == (
        dt.date(year, month, 1),
        dt.date(year, month, 31),
    )


def test_this_day_skips_background_days() -> None:
    text = "시는 2일 계획을 내놨다. 앞서 지난달 20일 공청회가 열렸다. 이날 시장은 설명했다."
    got = find_dates(text, APR14)
    assert [(m.text, m.value) for m in got] == [
        ("2일", dt.date(2025, 4, 2)),
        ("지난달 20일", dt.date(2025, 3, 20)),
        ("이날", dt.date(2025, 4, 2)),
    ]
    # With no main day before it, 이날 still takes the background day.
    got = find_dates("경찰은 지난 8일 현장을 찾았다. 이날 감식이 이뤄졌다.", APR14)
    assert got[-1].value == dt.date(2025, 4, 8)


def test_bare_year_still_found_where_it_is_a_year() -> None:
    assert [m.text for m in find_dates("‘2025 지역혁신 포럼’을 열었다", APR14)] == ["2025"]
    assert [m.text for m in find_dates("2019~2021년 평균", APR14)] == ["2019", "2021년"]
    assert first("삼월 이십일", APR14) == ("삼월 이십일", dt.date(2025, 3, 20))
    assert first("시월에 열린다", APR14) == ("시월", dt.date(2025, 10, 1))


# --------------------------------------------------------------------------- holidays


def test_holiday_without_cue_is_near_or_coming() -> None:
    # Within two months: the nearest, past or coming.
    assert first("추석 전 지급키로 했다", dt.date(2025, 9, 16)) == ("추석", dt.date(2025, 10, 6))
    assert first("크리스마스 매출", dt.date(2026, 1, 10)) == ("크리스마스", dt.date(2025, 12, 25))
    # Further off: the coming one.
    assert first("크리스마스 전까지", APR14) == ("크리스마스", dt.date(2025, 12, 25))
    # A tense or a prefix decides.
    assert first("지난 추석에 만났다", APR14) == ("지난 추석", dt.date(2024, 9, 17))


def test_holiday_day_with_its_date_is_one_mention() -> None:
    got = find_dates("귀성 정체는 추석 당일인 6일 오후 절정에 이른다.", dt.date(2025, 10, 2))
    assert [(m.text, m.value) for m in got] == [("추석 당일인 6일 오후", dt.date(2025, 10, 6))]
    # A holiday naming a period is not a date.
    assert find_dates("추석 연휴 고속도로 통행료 면제", APR14) == []


# --------------------------------------------------------------------------- stamps


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("송고시간2025-03-07 18:40", "송고"),
        ("등록일 2025.03.07 18:40", "등록"),
        ("발행일 2025.03.07", "발행"),
        ("게재일 : 2025.03.07", "게재"),
        ("기사전송 2025-03-07 18:40", "기사전송"),
        ("작성일시 2025-03-07", "작성일"),
        ("최종수정 2025.03.07 19:02", "최종수정"),
        ("기사입력 2025-03-07 18:40", "기사입력"),
        ("Published : March 7, 2025 - 18:40", "Published"),
        ("Updated : March 7, 2025 - 19:02", "Updated"),
        ("[입력 2025.03.07 18:40]", "입력"),
    ],
)
def test_stamp_words_are_canonical(text: str, stamp: str) -> None:
    (m,) = find_dates(text)
    assert m.stamp == stamp


def test_publish_and_update_stamps_on_one_line() -> None:
    got = find_dates("입력 2025-03-07 18:40:03 | 수정 2025-03-07 19:02:10")
    assert [(m.stamp, m.value) for m in got] == [
        ("입력", dt.datetime(2025, 3, 7, 18, 40, 3, tzinfo=SEOUL)),
        ("수정", dt.datetime(2025, 3, 7, 19, 2, 10, tzinfo=SEOUL)),
    ]


# --------------------------------------------------------------------------- speed


@pytest.mark.parametrize(
    "unit",
    [
        *("1~", "1:", "12일 ", "2025년 ", "“", "자정 ", "3:30 PM "),
        *("PM 1:", "4.1(", "'24.", "2024~", "2024 ", "1~3분", "앞서 지난 ", "열두시 반", "17시 "),
    ],
)
def test_adversarial_repetition_stays_linear(unit: str) -> None:
    small, large = unit * (20_000 // len(unit)), unit * (80_000 // len(unit))
    t0 = time.perf_counter()
    find_dates(small, APR14)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    find_dates(large, APR14)
    t_large = time.perf_counter() - t0
    # Four times the text: well under sixteen times the time (quadratic), with slack for
    # a busy machine.
    assert t_large < max(12 * t_small, 0.5)


# --------------------------------------------------------------------------- more forms

NOON14 = dt.datetime(2025, 4, 14, 10, 0, tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("text", "surface", "value", "grain"),
    [
        ("두 달 후 다시 연다", "두 달 후", dt.date(2025, 6, 14), "day"),
        ("3개월 전 문을 닫았다", "3개월 전", dt.date(2025, 1, 14), "day"),
        ("반년 전 이사했다", "반년 전", dt.date(2024, 10, 14), "day"),
        ("금일 오전 공지했다", "금일 오전", dt.date(2025, 4, 14), "day"),
        ("명일 휴장합니다", "명일", dt.date(2025, 4, 15), "day"),
        ("작일 공시했다", "작일", dt.date(2025, 4, 13), "day"),
        ("5.2(금) 개막", "5.2(금)", dt.date(2025, 5, 2), "day"),
        ("12/1(월) 시행", "12/1(월)", dt.date(2025, 12, 1), "day"),
        ("’23.6.9 개정", "’23.6.9", dt.date(2023, 6, 9), "day"),
        ("19일(현지시간) 성명을 냈다", "19일(현지시간)", dt.date(2025, 4, 19), "day"),
    ],
)
def test_more_day_forms(text: str, surface: str, value: dt.date, grain: str) -> None:
    got = (
        find_dates(text, dt.date(2025, 4, 18))[0] if "현지" in text else find_dates(text, APR14)[0]
    )
    assert (got.text, got.value, got.grain) == (surface, value, grain)


@pytest.mark.parametrize(
    ("text", "surface", "hour", "minute"),
    [
        ("열한시 반에 모였다", "열한시 반", 11, 30),
        ("18시 기준 확진자", "18시", 18, 0),
        ("0시부터 적용된다", "0시", 0, 0),
        ("09:40 현재 거래량", "09:40", 9, 40),
        ("PM 4:15 출발", "PM 4:15", 16, 15),
        ("A.M. 7:05 도착", "A.M. 7:05", 7, 5),
    ],
)
def test_times_of_day_alone(text: str, surface: str, hour: int, minute: int) -> None:
    got = find_dates(text, NOON14)[0]
    assert got.text == surface
    assert got.value == dt.datetime(2025, 4, 14, hour, minute, tzinfo=SEOUL)


def test_bare_hours_and_words_still_declined() -> None:
    assert find_dates("10시 출근제를 도입했다", APR14) == []
    assert find_dates("지금까지 알려진 바로는", APR14) == []
    assert find_dates("완도 금일·노화 일대", APR14) == []
    assert find_dates("참석자가 10명일 때", APR14) == []


def test_now_alone_is_the_reference() -> None:
    assert [(m.text, m.value, m.grain) for m in find_dates("지금", NOON14)] == [
        ("지금", NOON14, "minute")
    ]


def test_quarter_range_gives_two_mentions() -> None:
    got = find_dates("올 2~4분기 실적", APR14)
    assert [(m.text, m.value, m.until) for m in got] == [
        ("올 2", dt.date(2025, 4, 1), dt.date(2025, 12, 31)),
        ("4분기", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
    ]


def test_this_day_in_the_same_sentence_takes_the_day_just_named() -> None:
    text = "시는 3일 발표했다. 지난 2025. 3. 28. 설명회를 열었고, 이날 200명이 왔다."
    got = find_dates(text, APR14)
    assert got[-1].text == "이날"
    assert got[-1].value == dt.date(2025, 3, 28)
