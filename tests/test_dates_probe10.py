"""Dates: a clock time after a zone tag, week words that are nouns too, 그해 without a
year, full-width digits, RSS stamps. Invented sentences only."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kornews.dates import find_dates, parse_date

REF = dt.date(2025, 9, 28)


def _one(text: str, ref: dt.date | None = REF) -> tuple[str, object, str, bool]:
    (m,) = find_dates(text, ref)
    assert text[m.start : m.end] == m.text
    return m.text, m.value, m.grain, m.local_time


# --------------------------------------------------------------------------- zone tags


@pytest.mark.parametrize(
    ("text", "surface", "wall", "grain"),
    [
        ("대표팀은 오는 2일(한국시간) 새벽 4시 원정 경기를 치른다.", "오는 2일(한국시간) 새벽 4시",
         dt.datetime(2025, 10, 2, 4, 0), "hour"),
        ("결승전은 25일(한국시간) 오전 8시 10분 시작됐다.", "25일(한국시간) 오전 8시 10분",
         dt.datetime(2025, 9, 25, 8, 10), "minute"),
        ("두 정상은 지난 27일(현지시간) 밤 9시 30분 만찬을 함께했다.",
         "지난 27일(현지시간) 밤 9시 30분", dt.datetime(2025, 9, 27, 21, 30), "minute"),
        ("총회는 18일(현지 시각) 오후 3시 개막했다.", "18일(현지 시각) 오후 3시",
         dt.datetime(2025, 9, 18, 15, 0), "hour"),
        ("연준은 17일(미국 동부시간) 오후 2시 결정을 발표했다.",
         "17일(미국 동부시간) 오후 2시", dt.datetime(2025, 9, 17, 14, 0), "hour"),
    ],
)  # fmt: skip
def test_time_after_a_zone_tag_joins_the_day(
    text: str, surface: str, wall: dt.datetime, grain: str
) -> None:
    got, value, got_grain, _ = _one(text)
    assert isinstance(value, dt.datetime)
    assert (got, value.replace(tzinfo=None), got_grain) == (surface, wall, grain)


def test_korean_time_tag_is_seoul_and_not_local() -> None:
    m = find_dates("경기는 오는 2일(한국시간) 새벽 4시 열린다.", REF)[0]
    assert isinstance(m.value, dt.datetime)
    assert (m.value.utcoffset(), m.local_time) == (dt.timedelta(hours=9), False)


def test_local_time_is_the_places_wall_clock_not_seoul() -> None:
    # 현지시간 names no zone: the value is the place's wall clock, in the reference's zone
    # (every datetime is aware) and flagged local.
    for text in (
        "회담은 28일 오후 2시(현지시간) 열렸다.",
        "회담은 28일(현지시간) 오후 2시 열렸다.",
    ):
        m = find_dates(text, REF)[0]
        assert isinstance(m.value, dt.datetime) and m.value.tzinfo is not None
        assert (m.value.replace(tzinfo=None), m.local_time) == (
            dt.datetime(2025, 9, 28, 14, 0),
            True,
        )


def test_named_zone_tag_gives_that_zones_offset() -> None:
    m = find_dates("연준은 17일(미국 동부시간) 오후 2시 결정을 발표했다.", REF)[0]
    assert isinstance(m.value, dt.datetime)
    assert (m.value.utcoffset(), m.local_time) == (dt.timedelta(hours=-4), True)


def test_tag_after_the_time_still_closes_the_mention() -> None:
    surface, value, grain, local = _one("경기는 오전 1시 30분(한국시간) 시작한다.")
    assert isinstance(value, dt.datetime)
    assert (surface, value.isoformat(), grain, local) == (
        "오전 1시 30분(한국시간)",
        "2025-09-28T01:30:00+09:00",
        "minute",
        False,
    )


def test_day_with_tag_alone_keeps_day_grain() -> None:
    assert _one("류현우는 18일(한국시간) 원정경기에 나섰다.", dt.date(2025, 8, 18)) == (
        "18일(한국시간)",
        dt.date(2025, 8, 18),
        "day",
        False,
    )


def test_unbracketed_zone_word_opens_the_mention() -> None:
    text = "당국은 2일 오후 3시(한국시간 3일 오전 8시) 회견을 열었다."
    got = [(m.text, m.value.hour if isinstance(m.value, dt.datetime) else None)
           for m in find_dates(text, REF)]  # fmt: skip
    assert got == [("2일 오후 3시", 15), ("한국시간 3일 오전 8시", 8)]
    assert _one("결승은 한국시간으로 3일 새벽 4시 열린다.")[0] == "한국시간으로 3일 새벽 4시"


def test_range_with_a_local_tag_has_one_clock() -> None:
    got = find_dates("행사는 28일 오후 10시~오전 2시(현지시간) 이어졌다.", REF)
    values = [m.value for m in got if isinstance(m.value, dt.datetime)]
    assert len(values) == len(got) == 2 and all(v.tzinfo is not None for v in values)
    assert [v.replace(tzinfo=None) for v in values] == [
        dt.datetime(2025, 9, 28, 22, 0),
        dt.datetime(2025, 9, 29, 2, 0),
    ]
    assert all(m.local_time for m in got)
    assert [m.text for m in find_dates("28일 오후 2시(현지시간)~4시 회의", REF)] == [
        "28일 오후 2시(현지시간)",
        "4시",
    ]


@pytest.mark.parametrize(
    "text", ["한국은행 3일 발표 자료", "(현지 반응) 3일", "일본 시장은 3일 올랐다"]
)
def test_words_that_are_no_zone_tag(text: str) -> None:
    assert [m.text for m in find_dates(text, REF)] == ["3일"]
    assert not find_dates(text, REF)[0].local_time


# --------------------------------------------------------------------------- 차주, 내주


@pytest.mark.parametrize("text", ["정부는 차주 발표할 예정이다.", "결과는 차주 중 나온다.",
                                  "차주 초 윤곽이 드러난다.", "내주 발표", "심사는 내주부터 시작된다.",
                                  "협의를 거쳐 차주 확정된다.", "결과가 차주 나온다.",
                                  "회의는 차주에 열린다."])  # fmt: skip
def test_next_week_adverb(text: str) -> None:
    (m,) = find_dates(text, REF)
    assert (m.text, m.value, m.until, m.grain) == (
        "차주" if "차주" in text else "내주",
        dt.date(2025, 9, 29),
        dt.date(2025, 10, 5),
        "week",
    )


@pytest.mark.parametrize(
    "text",
    ["수도권 차주의 대출 한도는 줄어든다.", "다중채무 차주가 늘었다.", "차주별 한도를 정한다.",
     "은행은 차주들에게 알렸다.", "차주에게 통보했다.", "대출을 내주는 은행", "자리를 내주고 물러났다.",
     "취약 차주 지원을 늘린다.", "다중채무 차주 비중이 커졌다."],
)  # fmt: skip
def test_borrower_and_the_verb_are_no_week(text: str) -> None:
    assert find_dates(text, REF) == []


# --------------------------------------------------------------------------- 그해


def test_that_year_without_a_year_told_is_no_date() -> None:
    assert find_dates("부정행위가 적발되면 그해 시험은 무효가 된다.", REF) == []
    assert find_dates("그는 결혼했고 이듬해 첫 책을 냈다.", REF) == []


def test_that_year_with_a_month_and_no_year_told_declines_the_value() -> None:
    (m,) = find_dates("그해 12월 그는 고향을 떠났다.", REF)
    assert (m.text, m.value, m.grain) == ("그해 12월", None, "month")


def test_that_year_needs_a_written_year_not_this_year_or_a_stamp() -> None:
    text = "입력 2025.11.05\n올해 지원자는 지난해보다 늘었다. 적발되면 그해 시험이 무효다."
    assert [m.text for m in find_dates(text, dt.date(2025, 11, 5))] == [
        "2025.11.05",
        "올해",
        "지난해",
    ]


def test_that_year_refers_back_to_the_year_told() -> None:
    got = find_dates("2019년 공장이 문을 열었다. 그해 12월 첫 제품이 나왔다.", REF)
    assert [(m.text, m.value) for m in got] == [
        ("2019년", dt.date(2019, 1, 1)),
        ("그해 12월", dt.date(2019, 12, 1)),
    ]
    got = find_dates("2021년 9월부터 이듬해 3월까지 공사했다.", REF)
    assert got[1].value == dt.date(2022, 3, 1)
    got = find_dates("2019년 입사했다. 그해 승진했고 이듬해 퇴사했다.", REF)
    assert [m.value for m in got] == [dt.date(2019, 1, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 1)]


def test_previous_year_still_counts_from_the_reference() -> None:
    (m,) = find_dates("매출은 전년도보다 늘었다.", REF)
    assert m.value == dt.date(2024, 1, 1)


# --------------------------------------------------------------------------- full width


def test_full_width_digits() -> None:
    text = "행사는 ２０２５년 ５월 ２일 열렸다."
    (m,) = find_dates(text)
    assert (m.text, m.value, m.grain) == ("２０２５년 ５월 ２일", dt.date(2025, 5, 2), "day")
    assert text[m.start : m.end] == m.text
    p = parse_date("입력 ２０２５.０５.０２ １０：１５")
    assert p is not None
    assert (p.text, p.stamp, p.value) == (
        "２０２５.０５.０２ １０：１５",
        "입력",
        dt.datetime(2025, 5, 2, 10, 15, tzinfo=p.value.tzinfo),  # type: ignore[union-attr]
    )
    got = find_dates("공연은 ３～５일 열린다.", REF)
    assert [(m.text, m.value) for m in got] == [
        ("３", dt.date(2025, 10, 3)),
        ("５일", dt.date(2025, 10, 5)),
    ]


def test_full_width_counts_are_still_no_dates() -> None:
    assert find_dates("해경은 ４５일 동안 단속했다.", REF) == []


# --------------------------------------------------------------------------- RSS stamp


def test_rss_pubdate_keeps_second_grain() -> None:
    m = parse_date("Fri, 02 May 2025 10:15:00 +0900")
    assert m is not None
    assert (m.value.isoformat(), m.grain) == ("2025-05-02T10:15:00+09:00", "second")  # type: ignore[union-attr]


# --------------------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "chunk", ["3일(현지시간) ", "(한국 시각 ", "한국시간으로 ", "차주", "내주의 ", "그해 ", "２"]
)
def test_adversarial_repeats_stay_fast(chunk: str) -> None:
    text = chunk * (400_000 // len(chunk))
    began = time.perf_counter()
    got = find_dates(text, REF)
    assert time.perf_counter() - began < 20
    assert all(text[m.start : m.end] == m.text for m in got)
