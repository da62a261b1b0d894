"""Tests for kornews.dates: find_dates and parse_date."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from dateutil import tz
from hypothesis import given
from hypothesis import strategies as st

from kornews._data import load_table, load_words
from kornews.dates import DateMention, find_dates, parse_date

SEOUL = tz.gettz("Asia/Seoul")
REF = dt.date(2025, 9, 12)  # a Friday
REF_DT = dt.datetime(2025, 9, 12, 10, 0, tzinfo=SEOUL)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=SEOUL)


# --------------------------------------------------------------------------- absolute forms

ABSOLUTE = [
    ("2025년 04월 14일(월) 20:25", at(2025, 4, 14, 20, 25), "minute"),
    ("2025년 4월 14일", dt.date(2025, 4, 14), "day"),
    ("2026.02.11 (수)", dt.date(2026, 2, 11), "day"),
    ("2020. 12. 29.", dt.date(2020, 12, 29), "day"),
    ("2023. 7. 9. 17:36", at(2023, 7, 9, 17, 36), "minute"),
    ("2024-01-27 09:34:45", at(2024, 1, 27, 9, 34, 45), "second"),
    ("2024/01/27", dt.date(2024, 1, 27), "day"),
    ("21.03.15", dt.date(2021, 3, 15), "day"),
    ("2021.03.15 (08:41)", at(2021, 3, 15, 8, 41), "minute"),
    ("Jan 5, 2024", dt.date(2024, 1, 5), "day"),
    ("5 January 2024", dt.date(2024, 1, 5), "day"),
    ("Tuesday 28 October 2025", dt.date(2025, 10, 28), "day"),
    ("2025년 상반기", dt.date(2025, 1, 1), "year"),
    ("2021년 초", dt.date(2021, 1, 1), "month"),
    ("2045년", dt.date(2045, 1, 1), "year"),
    ("'25년", dt.date(2025, 1, 1), "year"),
    ("삼월 이십일일", dt.date(2025, 3, 21), "day"),
]


@pytest.mark.parametrize(("text", "value", "grain"), ABSOLUTE)
def test_absolute_forms(text: str, value: dt.date, grain: str) -> None:
    got = parse_date(text, REF)
    assert got is not None
    assert (got.value, got.grain) == (value, grain)
    assert got.text == text


@pytest.mark.parametrize(
    ("text", "stamp", "value"),
    [
        ("입력 2021.03.15 (08:41)", "입력", at(2021, 3, 15, 8, 41)),
        ("수정2021-03-15 09:12:47", "수정", at(2021, 3, 15, 9, 12, 47)),
        ("작성일22-08-31", "작성일", dt.date(2022, 8, 31)),
        ("발행 2024.12.23 09: 40", "발행", at(2024, 12, 23, 9, 40)),
        ("입력 :2016-09-07 13:02:19", "입력", at(2016, 9, 7, 13, 2, 19)),
        ("UPDATE 2025-11-05 06:31 (Wed)", "Updated", at(2025, 11, 5, 6, 31)),
    ],
)
def test_stamps(text: str, stamp: str, value: dt.date) -> None:
    (got,) = find_dates(text)
    assert (got.stamp, got.value) == (stamp, value)
    assert stamp not in got.text
    assert parse_date(text) == got


def test_weekday_checked() -> None:
    good = parse_date("2025년 04월 14일(월)")
    bad = parse_date("2025년 4월 15일(월)")
    assert good is not None and bad is not None
    assert (good.weekday, good.weekday_mismatch) == (0, False)
    assert (bad.value, bad.weekday, bad.weekday_mismatch) == (dt.date(2025, 4, 15), 0, True)


def test_weekday_picks_the_month_of_a_bare_day() -> None:
    # 15일(월): of Aug 15, Sep 15 and Oct 15 around the reference, only Sep 15 is a Monday.
    got = parse_date("15일(월)", REF)
    assert got is not None and got.value == dt.date(2025, 9, 15) and not got.weekday_mismatch


# --------------------------------------------------------------------------- relative forms

RELATIVE = [
    ("12일", dt.date(2025, 9, 12), "day"),
    ("12일 오후", dt.date(2025, 9, 12), "day"),
    ("8월27일", dt.date(2025, 8, 27), "day"),
    ("지난 8월27일", dt.date(2025, 8, 27), "day"),
    ("오는 28일", dt.date(2025, 9, 28), "day"),
    ("지난 2일", dt.date(2025, 9, 2), "day"),
    ("9월", dt.date(2025, 9, 1), "month"),
    ("오는 4월", dt.date(2026, 4, 1), "month"),
    ("지난 4월", dt.date(2025, 4, 1), "month"),
    ("올해", dt.date(2025, 1, 1), "year"),
    ("올 한해", dt.date(2025, 1, 1), "year"),
    ("내년", dt.date(2026, 1, 1), "year"),
    ("내년도", dt.date(2026, 1, 1), "year"),
    ("지난해", dt.date(2024, 1, 1), "year"),
    ("작년", dt.date(2024, 1, 1), "year"),
    ("재작년", dt.date(2023, 1, 1), "year"),
    ("내년 3월", dt.date(2026, 3, 1), "month"),
    ("지난해 12월 23일 오후 5시", at(2024, 12, 23, 17), "hour"),
    ("올 상반기", dt.date(2025, 1, 1), "year"),
    ("내년 1분기", dt.date(2026, 1, 1), "quarter"),
    ("연말", dt.date(2025, 12, 1), "month"),
    ("이달 말", dt.date(2025, 9, 21), "month"),
    ("4월 중순", dt.date(2025, 4, 11), "month"),
    ("다음 달", dt.date(2025, 10, 1), "month"),
    ("지난달", dt.date(2025, 8, 1), "month"),
    ("지난달(8월) 30일", dt.date(2025, 8, 30), "day"),
    ("지난주", dt.date(2025, 9, 1), "week"),
    ("이번 주", dt.date(2025, 9, 8), "week"),
    ("다음 주 월요일", dt.date(2025, 9, 15), "day"),
    ("주말", dt.date(2025, 9, 13), "day"),
    ("오늘", dt.date(2025, 9, 12), "day"),
    ("어제", dt.date(2025, 9, 11), "day"),
    ("그제", dt.date(2025, 9, 10), "day"),
    ("내일", dt.date(2025, 9, 13), "day"),
    ("모레", dt.date(2025, 9, 14), "day"),
    ("글피", dt.date(2025, 9, 15), "day"),
    ("오늘(12일)", dt.date(2025, 9, 12), "day"),
    ("모레(14)", dt.date(2025, 9, 14), "day"),
    ("어젯밤(11)", dt.date(2025, 9, 11), "day"),
    ("어제 밤", dt.date(2025, 9, 11), "day"),
    ("전날", dt.date(2025, 9, 11), "day"),
    ("이날", dt.date(2025, 9, 12), "day"),
    ("당일", dt.date(2025, 9, 12), "day"),
    ("3일 전", dt.date(2025, 9, 9), "day"),
    ("2주 후", dt.date(2025, 9, 26), "day"),
    ("사흘 뒤", dt.date(2025, 9, 15), "day"),
    ("1년 전", dt.date(2024, 1, 1), "year"),
    ("오전 10시 30분", at(2025, 9, 12, 10, 30), "minute"),
    ("오후 3시 반", at(2025, 9, 12, 15, 30), "minute"),
    ("열두시 반", at(2025, 9, 12, 12, 30), "minute"),
    ("새벽 2시", at(2025, 9, 12, 2), "hour"),
    ("밤 11시", at(2025, 9, 12, 23), "hour"),
    ("정오", at(2025, 9, 12, 12), "hour"),
    ("자정", at(2025, 9, 12, 0), "hour"),
    ("내일 오후 3시 반", at(2025, 9, 13, 15, 30), "minute"),
    ("추석", dt.date(2025, 10, 6), "day"),
    ("설날", dt.date(2026, 2, 17), "day"),
    ("크리스마스", dt.date(2025, 12, 25), "day"),
    ("광복절", dt.date(2025, 8, 15), "day"),
    ("내년 추석", dt.date(2026, 9, 25), "day"),
]


@pytest.mark.parametrize(("text", "value", "grain"), RELATIVE)
def test_relative_forms(text: str, value: dt.date, grain: str) -> None:
    got = parse_date(text, REF)
    assert got is not None, text
    assert (got.value, got.grain) == (value, grain)
    assert got.relative


def test_spans_have_until() -> None:
    cases = {
        "이번 주": dt.date(2025, 9, 14),
        "올 상반기": dt.date(2025, 6, 30),
        "내년 1분기": dt.date(2026, 3, 31),
        "9월": dt.date(2025, 9, 30),
        "2026년": dt.date(2026, 12, 31),
        "이달 말": dt.date(2025, 9, 30),
    }
    for text, until in cases.items():
        got = parse_date(text, REF)
        assert got is not None and got.until == until, text


def test_ranges() -> None:
    # find_dates gives each end of a range; the first carries the range's end in until.
    text = "당장 16~17일 이틀간 방문하고, 7월 16∼20일 폭우가, 오는 19일부터 23일까지 접수, 2021~2023년 포럼"
    got = [(m.text, m.value, m.until) for m in find_dates(text, REF)]
    assert got == [
        ("16", dt.date(2025, 9, 16), dt.date(2025, 9, 17)),
        ("17일", dt.date(2025, 9, 17), None),
        ("7월 16", dt.date(2025, 7, 16), dt.date(2025, 7, 20)),
        ("20일", dt.date(2025, 7, 20), None),
        ("오는 19일", dt.date(2025, 9, 19), dt.date(2025, 9, 23)),
        ("23일", dt.date(2025, 9, 23), None),
        ("2021", dt.date(2021, 1, 1), dt.date(2023, 12, 31)),
        ("2023년", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    ]
    # parse_date reads a range as one expression.
    for whole, until in [("16~17일", dt.date(2025, 9, 17)), ("7월 16∼20일", dt.date(2025, 7, 20)),
                         ("2021~2023년", dt.date(2023, 12, 31)),
                         ("12월 28일~1월 3일", dt.date(2026, 1, 3))]:  # fmt: skip
        one = parse_date(whole, REF)
        assert one is not None and one.text == whole and one.until == until, whole
    hours = parse_date("3시부터 5시까지", REF_DT)
    assert hours is not None and (hours.value, hours.until) == (
        at(2025, 9, 12, 3),
        at(2025, 9, 12, 5),
    )


def test_relative_without_reference_is_found_with_no_value() -> None:
    got = find_dates(
        "29일 오후 국회 본회의가 열렸다. 이날 법안 90건을 처리했다. 내년 예산은 모레(15) 처리된다."
    )
    assert [(m.text, m.value, m.grain) for m in got] == [
        ("29일 오후", None, "day"),
        ("이날", None, "day"),
        ("내년", None, "year"),
        ("모레(15)", None, "day"),
    ]


def test_one_hour_later_needs_a_time_of_day() -> None:
    assert parse_date("한 시간 뒤", REF_DT).value == at(2025, 9, 12, 11)  # type: ignore[union-attr]
    assert parse_date("한 시간 뒤", REF).value is None  # type: ignore[union-attr]


def test_now_only_as_a_whole_expression() -> None:
    assert parse_date("지금", REF_DT).value == REF_DT  # type: ignore[union-attr]
    assert find_dates("지금까지 날씨 전해드렸습니다.", REF) == []


# --------------------------------------------------------------------------- tense and anaphora


def test_tense_places_a_bare_day() -> None:
    past = find_dates("광주시는 29일 국무회의에서 의결된 예산안을 밝혔다.", REF)
    future = find_dates("광주시는 29일 국무회의를 열 예정이다.", REF)
    present = find_dates("시는 29일 시청에서 협약식을 연다.", REF)
    assert past[0].value == dt.date(2025, 8, 29)
    assert future[0].value == dt.date(2025, 9, 29)
    assert present[0].value == dt.date(2025, 9, 29)


def test_tense_places_a_bare_month() -> None:
    ref = dt.date(2024, 9, 18)
    assert find_dates("12월 1일까지 이어지는 이번 전시", ref)[0].value == dt.date(2024, 12, 1)
    assert find_dates("3월 27일부터 단속했다.", dt.date(2023, 7, 9))[0].value == dt.date(
        2023, 3, 27
    )
    assert find_dates("3월 중 최종 선정할 계획이다.", ref)[0].value == dt.date(2025, 3, 1)


def test_local_time_keeps_the_local_date() -> None:
    (got,) = find_dates("대통령실은 25일(현지시간) 성과를 거뒀다고 자평했다.", REF)
    assert (got.text, got.value, got.local_time) == ("25일(현지시간)", dt.date(2025, 8, 25), True)


def test_anaphora_follow_the_last_date() -> None:
    text = (
        "5일 예시소방서에 따르면 전날 오후 8시 12분께 창고에서 불이 났다. "
        "이날 불로 창고 한 동이 탔다. 소방서는 이날 오후 10시 50분께 불을 껐다."
    )
    got = [(m.text, m.value) for m in find_dates(text, dt.date(2023, 11, 5))]
    assert got == [
        ("5일", dt.date(2023, 11, 5)),
        ("전날 오후 8시 12분", at(2023, 11, 4, 20, 12)),
        ("이날", dt.date(2023, 11, 4)),
        ("이날 오후 10시 50분", at(2023, 11, 4, 22, 50)),
    ]


def test_previous_year_follows_the_last_year() -> None:
    text = "29일 의결된 ‘2026년 정부예산안’은 전년도 예산안보다 늘었다."
    got = [(m.text, m.value) for m in find_dates(text, REF)]
    assert got[-1] == ("전년도", dt.date(2025, 1, 1))


def test_apposition() -> None:
    (got,) = find_dates("수요일인 모레는 전국에 비가 오겠습니다.", REF)
    assert (got.text, got.value, got.weekday_mismatch) == (
        "수요일인 모레",
        dt.date(2025, 9, 14),
        True,
    )


def test_aware_reference_keeps_its_timezone() -> None:
    ref = dt.datetime(2025, 9, 12, 1, 0, tzinfo=dt.timezone.utc)
    got = parse_date("오후 3시", ref)
    assert got is not None and got.value == dt.datetime(2025, 9, 12, 15, tzinfo=dt.timezone.utc)
    naive = parse_date("오후 3시", dt.datetime(2025, 9, 12, 1, 0))
    assert naive is not None and naive.value == at(2025, 9, 12, 15)


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "2년간",
        "10년간",
        "3일간",
        "24시간",
        "96일 동안",
        "3개월",
        "3시간",
        "5·18",
        "4·19",
        "6·25",
        "3·1절",
        "5‧18민주화운동",
        "5년간 150조",
        "12개",
        "010-1234-5678",
        "02-123-4567",
        "v1.2.3",
        "2.5.1",
        "6.8만명",
        "35.7도",
        "26년 만에",
        "2026학년도",
        "1990년대",
        "15~16세기",
        "11주기",
        "제431회",
        "매주 수요일",
        "10시 출근제",
        "연말연시",
        "오늘날",
        "이틀간",
        "1조1천817억원",
        "3일째",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_invalid_dates_have_no_value() -> None:
    # Out-of-range numbers are not dates at all; a day the month lacks is found, unresolved.
    assert parse_date("13월", REF) is None
    assert parse_date("25시", REF) is None
    assert parse_date("32일", REF) is None
    assert parse_date("2025.13.01") is None
    feb30 = parse_date("2월 30일", REF)
    assert feb30 is not None and feb30.value is None


def test_parse_date_declines_more_than_one_expression() -> None:
    assert parse_date("12일 광주시는 밝혔다", REF) is None
    assert parse_date("", REF) is None
    assert parse_date("   ", REF) is None
    got = parse_date("  2030년까지  ", REF)
    assert got is not None and (got.start, got.end, got.text) == (2, 7, "2030년")


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="decode"):
        find_dates(b"2025.01.01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_date(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        find_dates("12일", "2025-09-12")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- seeds


def test_seed_001(seeds: dict[str, str]) -> None:
    text = seeds["001_3606a09aa6ae8308"]
    got = find_dates(text, dt.datetime(2025, 4, 14, 20, 25, tzinfo=SEOUL))
    pairs = [(m.text, m.value, m.until) for m in got]
    assert pairs[0] == ("2025년 04월 14일(월) 20:25", at(2025, 4, 14, 20, 25), None)
    assert ("14일", dt.date(2025, 4, 14), None) in pairs
    assert ("16", dt.date(2025, 4, 16), dt.date(2025, 4, 17)) in pairs
    assert ("17일", dt.date(2025, 4, 17), None) in pairs
    assert ("23일", dt.date(2025, 4, 23), None) in pairs
    assert ("지난 8일", dt.date(2025, 4, 8), None) in pairs
    # 매주 수요일 is recurring; 11주기 and 10년 are not dates.
    assert not any("수요일" in m.text or "주기" in m.text for m in got)
    assert all(text[m.start : m.end] == m.text for m in got)


def test_seed_000_ledes_resolve_backwards(seeds: dict[str, str]) -> None:
    text = next(v for k, v in seeds.items() if k.startswith("000"))
    got = {(m.text, m.value) for m in find_dates(text, REF)}
    expected = {
        ("12일 오후", dt.date(2025, 9, 12)),
        ("지난 8월27일", dt.date(2025, 8, 27)),
        ("지난 8월22일", dt.date(2025, 8, 22)),
        ("29일", dt.date(2025, 8, 29)),
        ("25일(현지시간)", dt.date(2025, 8, 25)),
        ("전년도", dt.date(2025, 1, 1)),
        ("2030년", dt.date(2030, 1, 1)),
    }
    assert expected <= got


def test_seed_004_years(seeds: dict[str, str]) -> None:
    text = next(v for k, v in seeds.items() if k.startswith("004"))
    got = [(m.text, m.value) for m in find_dates(text, dt.date(2020, 12, 29))]
    for pair in [
        ("올 한해", dt.date(2020, 1, 1)),
        ("내년 9월", dt.date(2021, 9, 1)),
        ("지난 6월", dt.date(2020, 6, 1)),
        ("새해", dt.date(2021, 1, 1)),
        ("2021년 초", dt.date(2021, 1, 1)),
    ]:
        assert pair in got


# --------------------------------------------------------------------------- properties

FORMATS = [
    ("{y}년 {m}월 {d}일", False),
    ("{y}년 {m:02d}월 {d:02d}일({wd}) {H:02d}:{M:02d}", True),
    ("{y}.{m:02d}.{d:02d}", False),
    ("{y}. {m}. {d}.", False),
    ("{y}. {m}. {d}. {H:02d}:{M:02d}", True),
    ("{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}", True),
    ("{y}/{m:02d}/{d:02d}", False),
    ("{y}.{m:02d}.{d:02d} ({wd})", False),
    ("{y}년 {m}월 {d}일 {ampm} {h12}시 {M}분", True),
]


@given(
    st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    st.sampled_from(FORMATS),
)
def test_round_trip(moment: dt.datetime, fmt: tuple[str, bool]) -> None:
    pattern, has_time = fmt
    h12 = moment.hour % 12 or 12
    ampm = "오전" if moment.hour < 12 else "오후"
    text = pattern.format(
        y=moment.year, m=moment.month, d=moment.day, H=moment.hour, M=moment.minute,
        wd="월화수목금토일"[moment.weekday()], ampm=ampm, h12=h12,
    )  # fmt: skip
    got = parse_date(text)
    assert got is not None, text
    if has_time:
        # 오전 12시 is 00:00, which is the hour the moment has.
        expected: dt.date = moment.replace(second=0, microsecond=0, tzinfo=SEOUL)
    else:
        expected = moment.date()
    assert got.value == expected, text
    assert not got.weekday_mismatch


@given(
    st.text(
        alphabet="0123456789년월일시분오전후지난는내일어제오늘이날전~∼.-/:() 가나다", max_size=60
    )
)
def test_spans_point_into_the_text(text: str) -> None:
    for m in find_dates(text, REF):
        assert isinstance(m, DateMention)
        assert text[m.start : m.end] == m.text
        assert m.start < m.end


@pytest.mark.parametrize(
    "text",
    [
        "12일 " * 100_000,
        "2024." * 200_000,
        "1234567890" * 100_000,
        "오늘(" * 100_000,
        "기자 " * 100_000,
        "16~" * 200_000,
        "12:" * 300_000,
        "오후 " * 200_000,
        bytes(range(256)).decode("latin-1") * 4000,
    ],
    ids=["days", "dots", "digits", "paren", "words", "tildes", "colons", "dayparts", "latin1"],
)
def test_adversarial_inputs_stay_linear(text: str) -> None:
    started = time.perf_counter()
    found = find_dates(text, REF)
    assert time.perf_counter() - started < 30
    assert all(text[m.start : m.end] == m.text for m in found[:100])


def test_data_tables_load_without_duplicates() -> None:
    for name in ("dates_words.tsv", "dates_dayparts.tsv", "dates_holidays.tsv", "dates_tense.tsv"):
        rows = load_table(name)
        keys = [row[0] for row in rows]
        assert rows and len(keys) == len(set(keys)), name
    for name in (
        "dates_recurring.txt",
        "dates_holiday_nouns.txt",
        "dates_duration_before.txt",
    ):
        words = load_words(name)
        assert words and len(words) == len(set(words)), name


@pytest.mark.parametrize(
    ("text", "value", "until"),
    [
        ("이번 분기", dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        ("다음 분기", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        ("월말", dt.date(2025, 9, 21), dt.date(2025, 9, 30)),
        ("지난 금요일", dt.date(2025, 9, 5), None),
        ("다음 화요일", dt.date(2025, 9, 16), None),
        ("이번 토요일", dt.date(2025, 9, 13), None),
        ("크리스마스 이브", dt.date(2025, 12, 24), None),
        ("제헌절", dt.date(2025, 7, 17), None),
    ],
)
def test_more_relative_words(text: str, value: dt.date, until: dt.date | None) -> None:
    got = parse_date(text, REF)
    assert got is not None and (got.value, got.until) == (value, until), text


def test_coordinated_days_keep_the_month() -> None:
    got = find_dates("9월 5일과 6일을 긴급 휴무일로 지정했다.", dt.date(2022, 9, 2))
    # Past tense, but 9월 5일 is three days ahead: tense does not move it a year back.
    assert [(m.text, m.value) for m in got] == [
        ("9월 5일", dt.date(2022, 9, 5)),
        ("6일", dt.date(2022, 9, 6)),
    ]


def test_sentences_and_counts_are_not_months_or_days() -> None:
    assert find_dates("징역 1년 6월에 집행유예 2년을 선고했다.", REF) == []
    assert find_dates("2일 정도 심리적 안정을 취한다.", REF) == []


def test_holiday_as_a_time_but_not_as_a_period() -> None:
    assert [m.text for m in find_dates("추석 전 지급하고 추석 연휴에는 쉰다.", REF)] == ["추석"]
    assert find_dates("설 명절 선물세트, 광복절 경축식", REF) == []
