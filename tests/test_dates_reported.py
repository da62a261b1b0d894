"""A day inside an unquoted reported clause takes the tense of its own clause, not of the
reporting verb (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kornews.dates import find_dates

APR18 = dt.date(2025, 4, 18)


def _values(text: str, ref: dt.date = APR18) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in find_dates(text, ref)]


# ---------------------------------------------------------- future clauses: coming days


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # present-for-future reported clause, the day with a particle of its own
        ("시는 29일부터 접수를 받는다고 밝혔다.", [("29일", dt.date(2025, 4, 29))]),
        ("구는 25일까지 신청서를 받는다고 전했다.", [("25일", dt.date(2025, 4, 25))]),
        # the report has its own day further on: the first day is the clause's
        (
            "25일 착공할 예정이라고 18일 밝혔다.",
            [("25일", dt.date(2025, 4, 25)), ("18일", APR18)],
        ),
        (
            "예시군은 27일 설명회를 연다고 이날 밝혔다.",
            [("27일", dt.date(2025, 4, 27)), ("이날", APR18)],
        ),
        (
            "공단은 30일 새 청사를 연다고 17일 보도자료를 통해 밝혔다.",
            [("30일", dt.date(2025, 4, 30)), ("17일", dt.date(2025, 4, 17))],
        ),
        # plan nouns before -이라고
        ("시는 29일 설명회를 열 방침이라고 밝혔다.", [("29일", dt.date(2025, 4, 29))]),
        ("군은 26일 공청회를 열 계획이라고 말했다.", [("26일", dt.date(2025, 4, 26))]),
        # a bare day after the subject too far back to be the report's day
        ("교육청은 29일 급식비를 올린다고 발표했다.", [("29일", dt.date(2025, 4, 29))]),
        ("이 태풍은 21일 오후 남해안에 닿을 것으로 예상된다고 밝혔다.",
         [("21일 오후", dt.date(2025, 4, 21))]),
        # a month in the subject's slot is no report's day
        ("시는 9월 축제를 연다고 밝혔다.", [("9월", dt.date(2025, 9, 1))]),
    ],
)  # fmt: skip
def test_day_in_a_future_reported_clause_is_coming(
    text: str, want: list[tuple[str, object]]
) -> None:
    assert _values(text) == want


def test_clause_already_working_is_kept() -> None:
    assert _values("22일 개막하는 축제는 사흘간 열린다고 밝혔다.") == [
        ("22일", dt.date(2025, 4, 22))
    ]
    assert _values('기상청은 "20일 오후부터 눈이 내리겠다"고 밝혔다.') == [
        ("20일 오후", dt.date(2025, 4, 20))
    ]


# ------------------------------------------------------------------- -기로 decisions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("시는 29일부터 접수를 받기로 했다.", dt.date(2025, 4, 29)),
        ("양측은 29일에 다시 만나기로 합의했다.", dt.date(2025, 4, 29)),
        ("노사는 28일 교섭을 재개하기로 결정했다.", dt.date(2025, 4, 28)),
        # what was decided may be past by the time of writing: the nearest day
        ("양측은 16일에 다시 만나기로 합의했다.", dt.date(2025, 4, 16)),
        # contracted 하기로 -> 키로
        ("도는 30일까지 지원금을 지급키로 했다.", dt.date(2025, 4, 30)),
    ],
)
def test_day_of_a_decided_plan_is_the_nearest(text: str, want: dt.date) -> None:
    assert [v for _, v in _values(text)] == [want]


def test_holiday_of_a_decided_plan_is_the_coming_one() -> None:
    assert _values("정부는 추석 전 지급키로 했다.") == [("추석", dt.date(2025, 10, 6))]


def test_decision_words_that_are_nouns_make_no_clause() -> None:
    # 위기로, 경기로: a noun and 로, not -기로 before a verb of deciding
    assert _values("시장은 29일 위기로 치달았다.") == [("29일", dt.date(2025, 3, 29))]
    assert _values("팀은 29일 경기로 일정을 마쳤다.") == [("29일", dt.date(2025, 3, 29))]


# -------------------------------------------------------------- days that stay past


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("시는 15일 협약을 맺었다고 밝혔다.", [("15일", dt.date(2025, 4, 15))]),
        ("시는 지난 15일 협약을 맺었다고 밝혔다.", [("지난 15일", dt.date(2025, 4, 15))]),
        # a past clause keeps even a day far back
        ("시는 29일 협약을 맺었다고 밝혔다.", [("29일", dt.date(2025, 3, 29))]),
        ("회사는 29일 신제품을 출시했다고 밝혔다.", [("29일", dt.date(2025, 3, 29))]),
        # the day of the report: right after the subject, within a week back
        ("교육청은 17일 급식비를 올린다고 발표했다.", [("17일", dt.date(2025, 4, 17))]),
        (
            "교육청은 16일 다음 학기부터 급식비를 올리겠다고 발표했다.",
            [("16일", dt.date(2025, 4, 16))],
        ),
        # 지난/오는 always win
        ("시는 지난달 29일 회의를 열기로 했다.", [("지난달 29일", dt.date(2025, 3, 29))]),
    ],
)
def test_past_days_stay_past(text: str, want: list[tuple[str, object]]) -> None:
    assert _values(text) == want


def test_step_before_a_coming_clause() -> None:
    # 협약을 맺고: a clause of its own before the reported one
    assert _values("시는 15일 협약을 맺고 29일부터 접수를 받는다고 밝혔다.") == [
        ("15일", dt.date(2025, 4, 15)),
        ("29일", dt.date(2025, 4, 29)),
    ]
    # not the report's day (13 days back), but the step's tense is unknown: the nearest
    assert _values("시는 5일 협약을 맺고 29일부터 접수를 받는다고 밝혔다.") == [
        ("5일", dt.date(2025, 4, 5)),
        ("29일", dt.date(2025, 4, 29)),
    ]
    assert _values("시는 25일 착공식을 열고 공사에 들어간다고 밝혔다.") == [
        ("25일", dt.date(2025, 4, 25))
    ]


def test_a_past_step_before_the_clause_stays_past() -> None:
    assert _values("시는 5일 협약을 체결했고 29일부터 접수를 받는다고 밝혔다.") == [
        ("5일", dt.date(2025, 4, 5)),
        ("29일", dt.date(2025, 4, 29)),
    ]


def test_no_reference_gives_no_value() -> None:
    got = find_dates("시는 29일부터 접수를 받는다고 밝혔다.")
    assert [(m.text, m.value) for m in got] == [("29일", None)]


# ------------------------------------------------------------------ verbless headlines


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("29일부터 접수 시작", dt.date(2025, 4, 29)),
        ("29일부터 접수", dt.date(2025, 4, 29)),
        ("1일부터 새 요금 적용", dt.date(2025, 5, 1)),
        # a start just gone by is nearer than the coming one
        ("15일부터 접수 시작", dt.date(2025, 4, 15)),
    ],
)
def test_verbless_start_is_the_nearest_day(text: str, want: dt.date) -> None:
    assert [v for _, v in _values(text)] == [want]


def test_start_told_in_the_past_stays_past() -> None:
    assert _values("29일부터 접수를 받았다.") == [("29일", dt.date(2025, 3, 29))]


# --------------------------------------------------------------------------- speed


@pytest.mark.parametrize(
    "unit",
    ["시는 17일 협약을 맺고 29일부터 받는다고 ", "29일부터 받기로 ", "을 맺고 ", "18일 밝혔다 "],
)
def test_repeated_clauses_run_in_linear_time(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    began = time.perf_counter()
    found = find_dates(text, APR18)
    assert time.perf_counter() - began < 10
    for m in found[:50]:
        assert text[m.start : m.end] == m.text


# ---------------------------------------------------- a headline's day placed by its body

NOV6 = dt.date(2025, 11, 6)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("위성 발사 27일 새벽…\n위성 발사는 이달 27일 새벽 이뤄진다.", dt.date(2025, 11, 27)),
        ("박람회 2일 개막\n박람회는 다음 달 2일 문을 연다.", dt.date(2025, 12, 2)),
    ],
)
def test_uncued_headline_day_takes_the_coming_day_of_its_body(text: str, want: dt.date) -> None:
    got = _values(text, NOV6)
    assert got[0][1] == want
    assert got[1][1] == want


def test_uncued_headline_day_keeps_a_past_day_of_its_body() -> None:
    # only a coming day told later moves it: a bare day already leans to the past
    text = "축제 27일 개막\n축제는 지난달 27일 열렸다."
    assert [v for _, v in _values(text, NOV6)] == [dt.date(2025, 10, 27)] * 2
    # a day told with a cue keeps it
    text = "27일 협약을 맺었다. 다음 행사는 이달 27일 열린다."
    assert [v for _, v in _values(text, NOV6)] == [dt.date(2025, 10, 27), dt.date(2025, 11, 27)]


# ------------------------------------------------------- 이날 beside a period's start


def test_today_is_not_the_start_of_a_period_in_its_sentence() -> None:
    text = (
        "노사가 2일 임금 협상을 타결했다. 노사 대표는 지난달 28일부터 이어진 교섭 끝에 "
        "이날 오전 합의서에 서명했다."
    )
    got = _values(text, dt.date(2025, 5, 2))
    assert got[-1] == ("이날 오전", dt.date(2025, 5, 2))


def test_today_still_follows_a_single_day_in_its_sentence() -> None:
    text = "노사가 2일 협상을 시작했다. 대표들은 지난달 28일 만났고 이날 다시 만났다."
    got = _values(text, dt.date(2025, 5, 2))
    assert got[-1] == ("이날", dt.date(2025, 4, 28))
