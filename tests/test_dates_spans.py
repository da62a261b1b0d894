"""A count of days before or behind something is a span, not a day of the month."""

from __future__ import annotations

from datetime import date

import pytest

from kornews.dates import find_dates

REF = date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "선거를 9일 앞두고 후보들이 유세했다.",
        "개막을 3일 앞둔 축제장이 붐볐다.",
        "장마가 평년보다 7일 늦어 시작됐다.",
        "공사가 예정보다 5일 늦게 끝났다.",
        "개통이 계획보다 2일 빨리 이뤄졌다.",
    ],
)
def test_days_counted_before_or_behind_are_not_dates(text: str) -> None:
    assert [m.text for m in find_dates(text, reference=REF)] == []


def test_a_day_of_the_month_before_other_words_is_still_a_date() -> None:
    (m,) = find_dates("축제는 9일 앞 광장에서 열렸다.", reference=REF)
    assert (m.text, m.value) == ("9일", date(2025, 6, 9))


@pytest.mark.parametrize(
    "text",
    ["정부는 20일 특별한 행사를 열 예정이다.", "20일 다양한 공연이 펼쳐질 예정이다."],
)
def test_an_adjective_after_a_day_does_not_make_it_past(text: str) -> None:
    (m,) = find_dates(text, reference=date(2025, 3, 10))
    assert m.value == date(2025, 3, 20)


def test_this_day_in_a_reported_clause_keeps_a_coming_day() -> None:
    text = "대통령은 다음 달 3일 미국을 방문한다. 이날 정상회담이 열린다고 대통령실이 10일 밝혔다."
    values = {m.text: m.value for m in find_dates(text, reference=date(2025, 3, 10))}
    assert values["이날"] == date(2025, 4, 3)


def test_without_the_holidays_package_lunar_holidays_stay_unresolved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from kornews import dates

    monkeypatch.setitem(sys.modules, "holidays", None)  # import holidays -> ImportError
    dates._holiday_calendar.cache_clear()
    dates._holidays_of.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="holidays"):
            found = {
                m.text: m.value
                for m in find_dates("올해 추석에 앞서 10일 회의가 열렸다.", reference=REF)
            }
        assert found["올해 추석"] is None
        assert found["10일"] == date(2025, 6, 10)
    finally:
        dates._holiday_calendar.cache_clear()
        dates._holidays_of.cache_clear()
