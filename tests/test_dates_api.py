"""Tests for kornews.dates: the end of a range read from its start (a time-only end, a
range of months, 올 before a range), zones written after a clock time, bracketed stamps
and two-digit stamp years."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kornews.dates import DateMention, find_dates, parse_date

SEP12 = dt.date(2025, 9, 12)  # a Friday
UTC = dt.timezone.utc
KST = dt.timezone(dt.timedelta(hours=9))


def at(day: int, hour: int, minute: int = 0, month: int = 9) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=KST)


def spans_ok(text: str, found: list[DateMention]) -> None:
    for m in found:
        assert text[m.start : m.end] == m.text


# --------------------------------------------------------------------------- time-only ends


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("15일 오전 9시~오후 6시 운영한다.", at(15, 9), at(15, 18)),
        ("20일 오전 9시부터 오후 6시까지 운영한다.", at(20, 9), at(20, 18)),
        ("10일 오전 9시~오후 6시 운영했다.", at(10, 9), at(10, 18)),
        ("10일 오전 9시부터 오후 6시까지 운영했다.", at(10, 9), at(10, 18)),
        ("9월 15일 오전 9시~오후 6시 문을 연다.", at(15, 9), at(15, 18)),
        # A bare end hour takes the start's 오후 when smaller in 12-hour terms.
        ("12일 오후 2시부터 4시까지 진행한다.", at(12, 14), at(12, 16)),
        ("12일 오후 2시~4시 30분 진행한다.", at(12, 14), at(12, 16, 30)),
        # 오전 11시~1시 crosses noon; 오후 10시~오전 2시 crosses midnight.
        ("12일 오전 11시~1시 점심을 준다.", at(12, 11), at(12, 13)),
        ("12일 오후 10시~오전 2시 통제한다.", at(12, 22), at(13, 2)),
        ("12일 14:00~16:00 점검한다.", at(12, 14), at(12, 16)),
        ("12일 13:00-14:30 점검한다.", at(12, 13), at(12, 14, 30)),
    ],
)
def test_time_only_end_stays_on_the_start_day(
    text: str, start: dt.datetime, end: dt.datetime
) -> None:
    found = find_dates(text, SEP12)
    spans_ok(text, found)
    assert len(found) == 2, found
    assert found[0].value == start
    assert found[0].until == end
    assert found[1].value == end
    assert found[1].until is None


def test_parse_date_reads_a_time_range_as_one() -> None:
    got = parse_date("12일 오후 2시부터 4시까지", SEP12)
    assert got is not None
    assert (got.value, got.until, got.grain) == (at(12, 14), at(12, 16), "hour")
    got = parse_date("12일 14:00~16:00", SEP12)
    assert got is not None
    assert (got.value, got.until) == (at(12, 14), at(12, 16))


def test_until_never_falls_before_value() -> None:
    for text in ("12일 오후 8시~12시", "12일 오후 11시~1시", "12일 오후 2시~2시 30분"):
        got = parse_date(text, SEP12)
        assert got is not None, text
        assert isinstance(got.value, dt.datetime) and isinstance(got.until, dt.datetime)
        assert got.until > got.value, text


def test_time_range_without_a_day_follows_the_time_rule() -> None:
    # Alone, it is on the reference's day; after a day was told, it names no date.
    got = find_dates("오후 2시~4시 점검 예정", SEP12)
    assert [(m.text, m.value) for m in got] == [("오후 2시", at(12, 14)), ("4시", at(12, 16))]
    got = find_dates("행사는 12일 열렸다. 오후 2시~4시 진행됐다.", SEP12)
    assert [m.text for m in got] == ["12일"]


def test_an_end_with_its_own_day_keeps_it() -> None:
    got = find_dates("지난 8일 오후 3시부터 10일 오전 6시까지 눈이 내렸다.", SEP12)
    assert [m.value for m in got] == [at(8, 15), at(10, 6)]
    assert got[0].until == at(10, 6)


# --------------------------------------------------------------------------- month ranges


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("3~4월", dt.date(2026, 3, 1), dt.date(2026, 4, 30)),
        ("3~5월", dt.date(2026, 3, 1), dt.date(2026, 5, 31)),
        ("3월~4월", dt.date(2026, 3, 1), dt.date(2026, 4, 30)),
        ("11~2월", dt.date(2025, 11, 1), dt.date(2026, 2, 28)),
        ("올 7~8월", dt.date(2025, 7, 1), dt.date(2025, 8, 31)),
        ("올해 7∼8월", dt.date(2025, 7, 1), dt.date(2025, 8, 31)),
        ("올 3-4월", dt.date(2025, 3, 1), dt.date(2025, 4, 30)),
        ("지난해 11~12월", dt.date(2024, 11, 1), dt.date(2024, 12, 31)),
    ],
)
def test_month_range_until_is_the_last_day_of_the_end_month(
    text: str, first: dt.date, last: dt.date
) -> None:
    got = parse_date(text, SEP12)
    assert got is not None
    assert (got.value, got.until, got.grain) == (first, last, "month")
    found = find_dates(text, SEP12)
    spans_ok(text, found)
    assert [m.until for m in found] == [last, last]
    assert found[1].value == dt.date(last.year, last.month, 1)


def test_ol_before_a_month_range_is_this_year() -> None:
    found = find_dates("올 3~4월 판매량 집계", SEP12)
    assert [(m.text, m.value, m.until) for m in found] == [
        ("올 3", dt.date(2025, 3, 1), dt.date(2025, 4, 30)),
        ("4월", dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
    ]


def test_day_range_crossing_a_month_moves_on() -> None:
    found = find_dates("축제는 28~2일 열린다.", SEP12)
    assert [m.value for m in found] == [dt.date(2025, 9, 28), dt.date(2025, 10, 2)]
    assert found[0].until == dt.date(2025, 10, 2)


def test_range_crossing_the_year_keeps_its_until() -> None:
    found = find_dates("12월 30일~1월 2일 휴무", dt.date(2025, 12, 20))
    assert [m.value for m in found] == [dt.date(2025, 12, 30), dt.date(2026, 1, 2)]
    assert found[0].until == dt.date(2026, 1, 2)
    found = find_dates("11월 말~2월 초 공사", SEP12)
    assert [(m.value, m.until) for m in found] == [
        (dt.date(2025, 11, 21), dt.date(2026, 2, 10)),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 10)),
    ]


def test_relative_end_still_counts_from_the_reference() -> None:
    found = find_dates("2021년 3월부터 지난해 9월까지", SEP12)
    assert [m.value for m in found] == [dt.date(2021, 3, 1), dt.date(2024, 9, 1)]
    assert found[0].until == dt.date(2024, 9, 30)


# --------------------------------------------------------------------------- written zones


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mon, 14 Apr 2025 06:30:00 +0000", dt.datetime(2025, 4, 14, 6, 30, tzinfo=UTC)),
        ("Mon, 14 Apr 2025 06:30:00 GMT", dt.datetime(2025, 4, 14, 6, 30, tzinfo=UTC)),
        ("2025-04-14 06:30 UTC", dt.datetime(2025, 4, 14, 6, 30, tzinfo=UTC)),
        ("2025-04-14 15:30 KST", dt.datetime(2025, 4, 14, 15, 30, tzinfo=KST)),
        ("Sat, 09 May 2026 21:30:00 +0900", dt.datetime(2026, 5, 9, 21, 30, tzinfo=KST)),
        (
            "2025-04-14 01:30:00-05:00",
            dt.datetime(2025, 4, 14, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("2025-04-14T06:30:00Z", dt.datetime(2025, 4, 14, 6, 30, tzinfo=UTC)),
    ],
)
def test_written_zone_is_applied(text: str, value: dt.datetime) -> None:
    found = find_dates(text)
    assert len(found) == 1
    got = found[0]
    assert got.text == text
    assert got.value == value  # the same instant
    assert isinstance(got.value, dt.datetime)
    assert got.value.utcoffset() == value.utcoffset()  # and the written offset
    parsed = parse_date(text)
    assert parsed is not None and parsed.value == value


def test_utc_instant_equals_the_seoul_time() -> None:
    utc = parse_date("2025-04-14 06:30 UTC")
    seoul = parse_date("2025-04-14 15:30 KST")
    assert utc is not None and seoul is not None
    assert utc.value == seoul.value


@pytest.mark.parametrize(
    "text",
    [
        "12일 09:00-10:00 회의",  # a range, not an offset of -10:00
        "2025-04-14 09:00:00-10:00:00",
    ],
)
def test_a_dash_between_times_is_not_a_zone(text: str) -> None:
    found = find_dates(text, SEP12)
    assert found[0].until is not None
    assert isinstance(found[0].value, dt.datetime)
    assert found[0].value.utcoffset() == dt.timedelta(hours=9)
    assert isinstance(found[1].value, dt.datetime) and found[1].value.hour == 10


# --------------------------------------------------------------------------- stamps


def test_bracketed_stamp() -> None:
    text = "입력 [2025-04-14 15:30]"
    found = find_dates(text)
    assert [(m.text, m.stamp, m.value) for m in found] == [
        ("2025-04-14 15:30", "입력", dt.datetime(2025, 4, 14, 15, 30, tzinfo=KST))
    ]
    got = parse_date(text)
    assert got is not None and got.stamp == "입력"
    assert parse_date("입력 [2025-04-14 15:30") is None  # the bracket must close


def test_two_digit_stamp_year_with_unpadded_month() -> None:
    found = find_dates("입력 25.3.14 10:00")
    assert [(m.text, m.stamp, m.value) for m in found] == [
        ("25.3.14 10:00", "입력", dt.datetime(2025, 3, 14, 10, tzinfo=KST))
    ]
    got = parse_date("수정 25.3.4")
    assert got is not None and got.value == dt.date(2025, 3, 4)
    # Without a stamp word it may be a version or a section number.
    assert find_dates("버전 12.5.3 출시", SEP12) == []
    assert parse_date("25.3.14") is None


# --------------------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "chunk",
    ["올 3~", "12:00 +0", "12:00 GMT+", "12:00:00-1", "입력 [", "입력 25.3.", "1일 1시~", "1:00-"],
)
def test_new_forms_scan_in_linear_time(chunk: str) -> None:
    text = chunk * (400_000 // len(chunk))
    started = time.perf_counter()
    find_dates(text, SEP12)
    assert time.perf_counter() - started < 20
