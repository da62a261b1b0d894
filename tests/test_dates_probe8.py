"""Reported speech, holidays beside dates, market baselines, parts of months, grains and
recurring months (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from kornews.dates import find_dates, parse_date


def _found(text: str, ref: dt.date) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in find_dates(text, ref)]


# ------------------------------------------------------------------ 이날 after a quotation

JAN9 = dt.date(2025, 1, 9)


@pytest.mark.parametrize(
    "quote",
    [
        '"일정은 추후 공개할 예정"이라고',  # a plan noun inside the quotation
        '"일정은 추후 공개한다"고',
        "“새 음반은 봄에 낼 계획”이라고",
        "'투어 도시는 더 늘어날 것'이라고",
    ],
)
def test_today_after_a_scheduled_day_stays_the_report_day(quote: str) -> None:
    text = f"9일 업계에 따르면 밴드는 3월 7일 첫 공연을 연다. 소속사는 이날 {quote} 밝혔다."
    assert _found(text, JAN9)[-1] == ("이날", JAN9)


def test_quoted_reported_verb_does_not_make_a_reported_clause() -> None:
    # The quotation's own 예정/겠 says nothing of when the agency spoke.
    text = (
        '8일 예시시에 따르면 축제는 다음 달 2일 열린다. 시는 이날 "차질 없이 준비하겠다"고 밝혔다.'
    )
    assert _found(text, dt.date(2025, 4, 8))[-1] == ("이날", dt.date(2025, 4, 8))


def test_unquoted_reported_clause_still_carries_its_day() -> None:
    # Not quoted: 이날 belongs to the reported clause, whose day is the coming one.
    text = "회의는 다음 달 2일 열린다. 시는 이날 안건을 처리한다고 밝혔다."
    assert _found(text, dt.date(2025, 4, 8))[-1] == ("이날", dt.date(2025, 5, 2))


def test_same_sentence_day_still_wins() -> None:
    text = '소속사는 7일 "이날 공연은 매진됐다"고 밝혔다.'
    got = _found(text, dt.date(2025, 3, 8))
    assert got == [("7일", dt.date(2025, 3, 7)), ("이날", dt.date(2025, 3, 7))]


# ------------------------------------------------------------- holidays beside a date

MAY7 = dt.date(2025, 5, 7)


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        ("지난 5일 어린이날 공원이 붐볐다.", MAY7, [("지난 5일", dt.date(2025, 5, 5))]),
        ("5일 어린이날 공원이 붐볐다.", MAY7, [("5일", dt.date(2025, 5, 5))]),
        ("오는 6일 현충일을 맞아 추념식을 연다.", MAY7, [("오는 6일", dt.date(2025, 6, 6))]),
        ("4월 5일(식목일) 나무를 심었다.", MAY7, [("4월 5일", dt.date(2025, 4, 5))]),
        # the holiday places the bare day in its own month
        ("현충일(6일) 추념식을 연다.", MAY7, [("6일", dt.date(2025, 6, 6))]),
        ("광복절인 15일 경축식이 열린다.", MAY7, [("광복절인 15일", dt.date(2025, 8, 15))]),
        (
            "귀성 차량은 설 전날인 28일 오전에 몰릴 전망이다.",
            dt.date(2025, 1, 22),
            [("설 전날인 28일 오전", dt.date(2025, 1, 28))],
        ),
        (
            "귀경길은 추석 당일인 6일 오후가 붐빈다.",
            dt.date(2025, 10, 2),
            [("추석 당일인 6일 오후", dt.date(2025, 10, 6))],
        ),
        (
            "어린이날인 5일 가족 단위 방문객이 몰렸다.",
            MAY7,
            [("어린이날인 5일", dt.date(2025, 5, 5))],
        ),
    ],
)
def test_holiday_beside_a_date_is_not_a_mention(
    text: str, ref: dt.date, want: list[tuple[str, object]]
) -> None:
    assert _found(text, ref) == want


def test_bare_holiday_used_as_a_time_is_still_a_date() -> None:
    assert _found("어린이날 공원이 붐볐다.", MAY7) == [("어린이날", dt.date(2025, 5, 5))]
    assert _found("추석 전 지급한다.", dt.date(2025, 9, 16)) == [("추석", dt.date(2025, 10, 6))]
    # a sentence break: the holiday no longer stands beside the date
    assert [m.text for m in find_dates("5일 비가 왔다. 어린이날 공원은 한산했다.", MAY7)] == [
        "5일",
        "어린이날",
    ]
    assert find_dates("광복절인 만큼 태극기를 달았다.", MAY7) == []


# ------------------------------------------------------------ a market's 전날보다

SEP19 = dt.date(2025, 9, 19)


@pytest.mark.parametrize("aside", ["지난 17일(현지시간)", "17일(현지시간)", "지난 17일"])
def test_market_baseline_skips_a_day_abroad_or_in_the_background(aside: str) -> None:
    text = (
        f"19일 코스피는 전날보다 1% 올랐다. 미 연준이 {aside} 금리를 내렸다. "
        "원/달러 환율은 전날보다 4.3원 내렸다."
    )
    got = _found(text, SEP19)
    assert [v for _, v in got] == [
        SEP19,
        dt.date(2025, 9, 18),
        dt.date(2025, 9, 17),
        dt.date(2025, 9, 18),
    ]


def test_baseline_in_the_sentence_of_the_day_counts_from_it() -> None:
    text = "미 연준이 17일(현지시간) 금리를 내렸다. 이날 다우지수는 전날보다 0.5% 올랐다."
    got = _found(text, dt.date(2025, 9, 18))
    assert got[-1] == ("전날", dt.date(2025, 9, 16))


def test_event_day_before_anaphor_is_kept() -> None:
    # Not a baseline: 전날 of an event counts from the last day told.
    text = "19일 시장이 열렸다. 지난 17일 폭우가 내렸다. 전날 오후부터 비가 왔다."
    assert _found(text, SEP19)[-1] == ("전날 오후", dt.date(2025, 9, 16))


# ------------------------------------------------------- parts of months and years

NOV18 = dt.date(2025, 11, 18)


@pytest.mark.parametrize(
    ("text", "value", "until", "grain"),
    [
        ("이번 달 중순", dt.date(2025, 11, 11), dt.date(2025, 11, 20), "month"),
        ("오는 6월 말까지", dt.date(2026, 6, 21), dt.date(2026, 6, 30), "month"),
        ("다음 달 초", dt.date(2025, 12, 1), dt.date(2025, 12, 10), "month"),
        ("9월 말", dt.date(2025, 9, 21), dt.date(2025, 9, 30), "month"),
        ("올해 말", dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),
        ("지난해 말", dt.date(2024, 12, 1), dt.date(2024, 12, 31), "month"),
        ("내년 말", dt.date(2026, 12, 1), dt.date(2026, 12, 31), "month"),
        ("연말", dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),
        ("2024년 초", dt.date(2024, 1, 1), dt.date(2024, 1, 31), "month"),
        # a half is no quarter: no grain finer than its year holds it
        ("올 하반기", dt.date(2025, 7, 1), dt.date(2025, 12, 31), "year"),
        ("2026년 상반기", dt.date(2026, 1, 1), dt.date(2026, 6, 30), "year"),
        # documented grains kept
        ("내년 1분기", dt.date(2026, 1, 1), dt.date(2026, 3, 31), "quarter"),
        ("이번 주", dt.date(2025, 11, 17), dt.date(2025, 11, 23), "week"),
        ("이번 주말", dt.date(2025, 11, 22), dt.date(2025, 11, 23), "day"),
    ],
)
def test_part_grains(text: str, value: dt.date, until: dt.date, grain: str) -> None:
    m = parse_date(text, NOV18)
    assert m is not None
    assert (m.value, m.until, m.grain) == (value, until, grain)


def test_part_of_month_is_no_day_for_anaphora() -> None:
    # 이달 말 names no day, so 이날 counts from the day told before it.
    text = "예시시는 18일 계획을 밝혔다. 이달 말까지 의견을 받는다. 시는 이날 설명회도 열었다."
    assert _found(text, NOV18)[-1] == ("이날", NOV18)


def test_seconds_keep_their_grain_and_value() -> None:
    m = parse_date("등록 2025.10.14 11:32:05")
    assert m is not None and m.grain == "second"
    assert isinstance(m.value, dt.datetime)
    assert (m.value.hour, m.value.minute, m.value.second) == (11, 32, 5)
    assert parse_date("2025.10.14 11:32").grain == "minute"  # type: ignore[union-attr]


# ---------------------------------------------------------------- recurring months


@pytest.mark.parametrize(
    "text",
    [
        "매년 7월과 8월에는 요금이 오른다.",
        "해마다 10월이면 축제가 열린다.",
        "매달 15일 수당을 지급한다.",
        "매년 4월 5일 나무를 심는다.",
        "매년 12월 25일 성탄절에는 문을 닫는다.",
        "매주 수요일과 금요일 문을 연다.",
    ],
)
def test_recurring_days_and_months_are_not_dates(text: str) -> None:
    assert find_dates(text, NOV18) == []


def test_recurring_word_does_not_reach_past_its_phrase() -> None:
    got = _found("매년 7월과 8월, 그리고 올해 9월에 점검한다.", NOV18)
    assert got == [("올해 9월", dt.date(2025, 9, 1))]
    got = _found("매년 시행한다. 7월 점검 결과를 냈다.", NOV18)
    assert got == [("7월", dt.date(2025, 7, 1))]


# ------------------------------------------------ quotations, reports, repeated days


def test_day_inside_a_quotation_takes_the_quotation_tense() -> None:
    text = '협회는 18일 "20일 오후 4시 체육관에서 예배를 드린다"고 밝혔다.'
    got = find_dates(text, dt.date(2025, 4, 18))
    assert got[0].value == dt.date(2025, 4, 18)
    assert got[1].value is not None and got[1].value.isoformat()[:16] == "2025-04-20T16:00"
    # a past cue inside the quotation keeps a past day
    text = '그는 "25일 큰비가 왔다"며 "대비하겠다"고 말했다.'
    assert _found(text, dt.date(2025, 4, 26)) == [("25일", dt.date(2025, 4, 25))]


def test_report_day_is_past_even_when_the_report_plans() -> None:
    text = "27일(현지시간) 외신에 따르면 EU는 다음 달 정상회의에 안건을 올릴 계획이다."
    assert _found(text, dt.date(2025, 10, 28))[0] == ("27일(현지시간)", dt.date(2025, 10, 27))
    # a planned report is not a report that came out
    text = "29일 발표 예정인 보고서에 따르면 수출이 늘 전망이다."
    assert _found(text, dt.date(2025, 10, 20))[0] == ("29일", dt.date(2025, 10, 29))


def test_bare_day_told_again_is_the_same_day() -> None:
    text = "발사는 이달 27일 새벽 이뤄진다. 위원회는 시각을 27일 오전 1시로 확정했다고 밝혔다."
    got = find_dates(text, dt.date(2025, 11, 6))
    assert [m.value.day for m in got if m.value is not None] == [27, 27]
    assert all(m.value is not None and m.value.month == 11 for m in got)
    text = '기상청은 "모레(12일)까지 춥고 12일 오후부터 눈이 온다"며 당부했다.'
    assert _found(text, dt.date(2026, 1, 10))[-1] == ("12일 오후", dt.date(2026, 1, 12))


def test_day_told_far_from_the_reference_is_not_reused() -> None:
    # 7월 16일 is two months back: a later bare 16일 is placed on its own (the report day).
    text = "시는 7월 16일 조례를 만들었다. 시는 16일 지원금을 지급했다고 밝혔다."
    assert _found(text, dt.date(2025, 9, 16))[-1] == ("16일", dt.date(2025, 9, 16))


@pytest.mark.parametrize(
    ("text", "ref", "start"),
    [
        ("예비일은 28일부터 12월 4일까지다.", dt.date(2025, 11, 6), dt.date(2025, 11, 28)),
        ("전시는 8일부터 오는 9월 28일까지 열린다.", dt.date(2025, 7, 8), dt.date(2025, 7, 8)),
        ("행사는 28일부터 3월 4일까지 열렸다.", dt.date(2025, 3, 10), dt.date(2025, 2, 28)),
        ("접수는 지난달 28일부터 3월 4일까지였다.", dt.date(2025, 3, 10), dt.date(2025, 2, 28)),
    ],
)
def test_range_from_a_bare_day(text: str, ref: dt.date, start: dt.date) -> None:
    got = find_dates(text, ref)
    assert got[0].value == start
    assert got[0].until == got[1].value


def test_clock_after_a_comma_and_the_verb_naeju() -> None:
    m = find_dates("배포 2025년 9월 29일, 21:05")[0]
    assert m.text == "2025년 9월 29일, 21:05" and m.grain == "minute"
    assert [m.text for m in find_dates("1일, 2일, 3일", NOV18)] == ["1일", "2일", "3일"]
    assert _found("은행이 대출을 내주는 방안이다. 자리를 내주고 떠났다.", NOV18) == []
    assert _found("내주 월요일 발표한다.", NOV18) == [("내주 월요일", dt.date(2025, 11, 24))]


def test_present_adnominal_after_a_day_is_ahead() -> None:
    assert _found("30일 개막하는 박람회에 관람객이 몰릴 전망이다.", NOV18) == [
        ("30일", dt.date(2025, 11, 30))
    ]
    assert _found("5일 열리는 회의", NOV18) == [("5일", dt.date(2025, 12, 5))]
    # a noun with the topic particle is no verb: the past predicate decides
    assert _found("30일 우리는 다시 만났다.", NOV18) == [("30일", dt.date(2025, 10, 30))]
    assert _found("16일 개막한 박람회", NOV18) == [("16일", dt.date(2025, 11, 16))]
