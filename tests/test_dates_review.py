"""Tests for kornews.dates after review: a bare ``2030`` that is a year (after a year cue,
before a word that is not about people, as a range's end) versus an age group; numbered
lists (``1. 2. 3.``) that are not yearless release dates; and the word tables the scanner
reads (``dates_age_group.tsv``, ``dates_same_period.tsv``; plan nouns come from ``dates_tense.tsv``)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from dateutil import tz

from kornews._data import load_table
from kornews.dates import find_dates

SEOUL = tz.gettz("Asia/Seoul")
REF = dt.date(2026, 3, 10)  # a Tuesday
JUL21 = dt.date(2025, 7, 21)  # a Monday


def spans(text: str, ref: dt.date = REF) -> list[tuple[str, object, object]]:
    return [(m.text, m.value, m.until) for m in find_dates(text, ref)]


YEAR_2030 = ("2030", dt.date(2030, 1, 1), dt.date(2030, 12, 31))


# --------------------------------------------------------------------------- bare 2030


@pytest.mark.parametrize(
    "text",
    [
        "오는 2030 완공을 목표로 공사를 시작했다.",
        "정부는 2030 국가 온실가스 감축목표를 새로 냈다.",
        "시는 2030 도시기본계획을 손질한다.",
        "2030 팬데믹 대응 전략을 세웠다.",
        "2030 감축목표는 그대로다.",
        "지난 2030 하계 대회 유치전",
    ],
)
def test_bare_2030_is_a_year_unless_people_follow(text: str) -> None:
    assert spans(text) == [YEAR_2030]


@pytest.mark.parametrize(
    "text",
    [
        "2030 직장인들 사이에서 인기다.",
        "2030 여성의 구직 단념이 늘었다.",
        "2030 MZ세대를 겨냥한 상품",
        "2030 젊은층이 몰렸다.",
        "2030 지지율도 올랐다.",
        "2030 표심이 흔들린다.",
        "응답자 절반이 2030",
        "응답자 절반이 2030\n다음 줄",
    ],
)
def test_bare_2030_before_people_or_closing_the_phrase_is_an_age_group(text: str) -> None:
    assert spans(text) == []


def test_this_year_word_is_no_year_cue_for_an_age_group() -> None:
    # 올해 names the year itself: the 2030 after it still names people.
    assert spans("올해 2030 청년층 표심은 달랐다.") == [
        ("올해", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    ]


def test_bare_2030_ending_a_range_is_a_year() -> None:
    assert spans("2021~2030 기간 동안 공급한다.") == [
        ("2021", dt.date(2021, 1, 1), dt.date(2030, 12, 31)),
        YEAR_2030,
    ]


def test_other_bare_years_are_unaffected() -> None:
    assert spans("2027 하계 대회 개막") == [("2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31))]


# --------------------------------------------------------------------------- numbered lists


@pytest.mark.parametrize(
    "text",
    [
        "접수: 1. 2. 3.",
        "신청 1. 2. 3. 4.",
        "배포 1. 2.  3. 순서로 확인",
        "일시: 4. 5. 6. 항목 참조",
    ],
)
def test_numbered_list_after_a_date_line_word_is_no_date(text: str) -> None:
    assert find_dates(text, REF) == []


def test_release_dates_still_read() -> None:
    assert spans("배포 7. 22.(화)", JUL21) == [("7. 22.(화)", dt.date(2025, 7, 22), None)]
    got = find_dates("배포 3. 3.(월) 10:00", dt.date(2025, 3, 2))
    assert [(m.text, m.value) for m in got] == [
        ("3. 3.(월) 10:00", dt.datetime(2025, 3, 3, 10, 0, tzinfo=SEOUL))
    ]
    got = find_dates("배포 7. 21. 09:00", JUL21)
    assert [(m.text, m.value) for m in got] == [
        ("7. 21. 09:00", dt.datetime(2025, 7, 21, 9, 0, tzinfo=SEOUL))
    ]


def test_release_date_with_weekday_followed_by_a_list_number() -> None:
    # The weekday tells the date; what follows it does not matter.
    got = spans("일시: 7. 22.(화) 1. 장소", JUL21)
    assert got[0] == ("7. 22.(화)", dt.date(2025, 7, 22), None)


# --------------------------------------------------------------------------- word tables


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("작년 같은 기간보다 20% 늘었다", ("작년 같은 기간", dt.date(2025, 3, 1), "month")),
        ("지난 해 같은 달보다 줄었다", ("지난 해 같은 달", dt.date(2025, 3, 1), "month")),
        ("전년도 같은 날의 두 배였다", ("전년도 같은 날", dt.date(2025, 3, 10), "day")),
        ("지난해 같은 시기와 비슷하다", ("지난해 같은 시기", dt.date(2025, 3, 1), "month")),
    ],
)
def test_same_period_last_year_words(text: str, found: tuple[str, dt.date, str]) -> None:
    got = [(m.text, m.value, m.grain) for m in find_dates(text, REF)]
    assert got == [found]


def test_same_period_table_covers_every_unit() -> None:
    units = {row[1]: row[2] for row in load_table("dates_same_period.tsv") if row[0] == "unit"}
    assert set(units.values()) == {"day", "month", "period"}
    for word in units:
        assert find_dates(f"작년 같은 {word}보다 많다", REF)[0].text == f"작년 같은 {word}"


@pytest.mark.parametrize("noun", ["예정", "계획", "방침", "전망"])
def test_plan_noun_before_reported_clause_makes_a_coming_day(noun: str) -> None:
    text = f"위원회는 다음 회의를 16일 열 {noun}이라고 밝혔다."
    assert find_dates(text, dt.date(2025, 9, 12))[0].value == dt.date(2025, 9, 16)


def test_past_reported_clause_keeps_a_past_day() -> None:
    text = "위원회는 다음 회의를 16일 열었다고 밝혔다."
    assert find_dates(text, dt.date(2025, 9, 12))[0].value == dt.date(2025, 8, 16)


def test_age_group_table_roles() -> None:
    roles = {row[0] for row in load_table("dates_age_group.tsv")}
    assert roles == {"cue", "noun", "plural", "particle"}


# --------------------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "chunk",
    [
        "접수 1. 2. 3. ",
        "1. 2. ",
        "2030 ",
        "오는 2030 ",
        "2030 청년들",
        "2030 가나다라마",
        "작년 같은 ",
    ],
)
def test_review_forms_scan_in_linear_time(chunk: str) -> None:
    text = chunk * (400_000 // len(chunk))
    started = time.perf_counter()
    find_dates(text, REF)
    assert time.perf_counter() - started < 20
