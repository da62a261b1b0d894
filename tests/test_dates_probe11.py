"""Dates: a headline's event noun after a bare day, a clause with a time of its own, a day
told again in a later past sentence, counts of days compared, offsets from an event.
Invented sentences only."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kornews.dates import find_dates


def _found(text: str, ref: dt.date) -> list[tuple[str, object]]:
    got = find_dates(text, ref)
    assert all(text[m.start : m.end] == m.text for m in got)
    return [(m.text, m.value) for m in got]


# ------------------------------------------------- a verbless headline's event noun


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        ("구미 라면축제 13일 개막", dt.date(2025, 6, 3), dt.date(2025, 6, 13)),
        ("동해선 삼척~강릉 구간 15일 개통", dt.date(2025, 6, 3), dt.date(2025, 6, 15)),
        ("새 주차 요금제 9일 시행…위반 시 과태료", dt.date(2025, 6, 3), dt.date(2025, 6, 9)),
        ("청년 월세 지원 16일 접수", dt.date(2025, 6, 3), dt.date(2025, 6, 16)),
        # just passed: the nearest such day is the past one
        ("시민 체육관 2일 개장", dt.date(2025, 6, 3), dt.date(2025, 6, 2)),
    ],
)
def test_headline_event_noun_takes_the_nearest_day(text: str, ref: dt.date, want: dt.date) -> None:
    assert _found(text, ref)[0][1] == want


def test_event_noun_with_verb_or_suffix_keeps_the_tense() -> None:
    ref = dt.date(2025, 6, 3)
    # 개막했다 is past; 개막식 is not the headline noun: the bare day leans to the past.
    assert _found("축제는 13일 개막했다.", ref) == [("13일", dt.date(2025, 5, 13))]
    assert _found("13일 개막식 현장", ref) == [("13일", dt.date(2025, 5, 13))]


# ------------------------------------------------- a later clause with a time of its own


def test_later_clause_with_its_own_time_does_not_set_the_days_tense() -> None:
    ref = dt.date(2025, 6, 3)
    text = "행사는 13일 오후 7시 개막식을 시작으로 사흘간 열리며, 지난해에는 3만 명이 찾았다."
    (m, *_) = find_dates(text, ref)
    assert isinstance(m.value, dt.datetime)
    assert (m.text, m.value.replace(tzinfo=None)) == ("13일 오후 7시", dt.datetime(2025, 6, 13, 19))
    # a past clause of its own (열렸으며) stays past
    text = "행사는 13일 열렸으며, 지난해에는 3만 명이 찾았다."
    assert _found(text, dt.date(2025, 6, 20))[0] == ("13일", dt.date(2025, 6, 13))


def test_connected_clauses_without_a_time_share_the_predicate() -> None:
    # No time in the later clause: 맺고 takes the sentence's past.
    text = "시는 25일 협약을 맺고, 지원을 약속했다."
    assert _found(text, dt.date(2025, 6, 20)) == [("25일", dt.date(2025, 5, 25))]
    # A future predicate is not made nearest by a non-past connective.
    text = "시는 28일 협약을 맺고, 다음 달 1일 설명회를 연다."
    assert _found(text, dt.date(2025, 6, 3))[0] == ("28일", dt.date(2025, 6, 28))


# ------------------------------------------------- a day told again in a later sentence


def test_past_bare_day_in_a_later_sentence_is_the_day_just_gone() -> None:
    text = "새 제도는 내년 1월 1일 시행된다. 한편 금값은 1일 온스당 2.5% 올랐다."
    got = _found(text, dt.date(2025, 12, 2))
    assert got == [("내년 1월 1일", dt.date(2026, 1, 1)), ("1일", dt.date(2025, 12, 1))]


def test_day_told_again_in_the_same_sentence_or_far_back_stays_the_told_day() -> None:
    # The same sentence: the repeated day is the placed one, whatever the tense.
    text = "위원회는 이달 27일 회의를 열어 시각을 27일 오전 1시로 확정했다."
    got = _found(text, dt.date(2025, 11, 6))
    assert [v.day for _, v in got if isinstance(v, dt.date)] == [27, 27]
    assert all(isinstance(v, dt.date) and v.month == 11 for _, v in got)
    # A past day more than a week back is no report's day: the told coming day stands.
    text = "발사는 이달 27일 이뤄진다. 위원회는 27일 오전 1시로 시각을 확정했다."
    last = find_dates(text, dt.date(2025, 11, 6))[-1]
    assert isinstance(last.value, dt.datetime)
    assert (last.text, last.value.replace(tzinfo=None)) == (
        "27일 오전 1시",
        dt.datetime(2025, 11, 27, 1),
    )


def test_decimal_point_does_not_end_the_sentence() -> None:
    # The past verb after 71.2 is still this sentence's: the 30th gone, not the coming one.
    text = "유가는 30일 배럴당 71.2달러로 거래를 마쳤다."
    assert _found(text, dt.date(2025, 11, 28)) == [("30일", dt.date(2025, 10, 30))]


# ------------------------------------------------- counts of days compared


@pytest.mark.parametrize(
    "text",
    [
        "올해 개화는 지난해보다 9일 빠릅니다.",
        "첫눈은 평년보다 5일 늦었다.",
        "일정을 3일 앞당겨 진행한다.",
        "마감을 7일 늦춰 달라는 요청이 있었다.",
        "두 지역의 개화 시기는 4일 차이가 난다.",
        "출하가 10일 빨라졌다.",
    ],
)
def test_count_of_days_compared_is_not_a_date(text: str) -> None:
    assert not [s for s, _ in _found(text, dt.date(2026, 3, 26)) if s[0].isdigit()]


def test_day_before_other_words_is_still_a_date() -> None:
    ref = dt.date(2026, 3, 26)
    assert _found("시는 9일 배송 서비스를 시작했다.", ref) == [("9일", dt.date(2026, 3, 9))]
    assert _found("시는 9일 차량을 늦게 보냈다.", ref) == [("9일", dt.date(2026, 3, 9))]


# ------------------------------------------------- offsets from an event


@pytest.mark.parametrize(
    "text",
    [
        "자료를 회의 하루 전에야 받았다.",
        "서류는 마감 사흘 전까지 내야 한다.",
        "개막 3일 전 표가 동났다.",
    ],
)
def test_offset_from_an_event_is_declined(text: str) -> None:
    assert _found(text, dt.date(2026, 3, 9)) == []


def test_offset_from_the_reference_is_kept() -> None:
    ref = dt.date(2026, 3, 9)
    assert _found("그는 사흘 전 귀국했다.", ref) == [("사흘 전", dt.date(2026, 3, 6))]
    assert _found("불과 하루 전 발표했다.", ref) == [("하루 전", dt.date(2026, 3, 8))]


# ------------------------------------------------- linear time


@pytest.mark.parametrize(
    "chunk", ["13일 개막 ", "열리며, 지난해 ", "회의 하루 전 ", "9일 빠르", "1.1일 ", "며,"]
)
def test_adversarial_repeats_stay_fast(chunk: str) -> None:
    text = chunk * (400_000 // len(chunk))
    began = time.perf_counter()
    got = find_dates(text, dt.date(2025, 6, 3))
    assert time.perf_counter() - began < 20
    assert all(text[m.start : m.end] == m.text for m in got)
