"""Bylines after probe 11: broadcast crew with a bar for the colon ("촬영기자ㅣ박민수"),
a place before a slash that is also a name's shape ("도쿄/홍지석 특파원") with the page's
chrome after the role, and a wire dateline line with nothing after the role."""

from __future__ import annotations

import time

import pytest

from kornews.bylines import find_bylines

Row = tuple[str | None, str | None, str | None, str | None, str | None, str]


def rows(text: str) -> list[Row]:
    found = find_bylines(text)
    for b in found:
        assert text[b.start : b.end] == b.text
    return [(b.name, b.role, b.email, b.agency, b.dateline, b.kind) for b in found]


# --------------------------------------------------------------------------- crew with a bar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("촬영기자ㅣ박민수", [("박민수", "촬영기자", None, None, None, "photo")]),
        ("촬영기자 ㅣ 박민수", [("박민수", "촬영기자", None, None, None, "photo")]),
        ("취재기자 | 홍길동", [("홍길동", "기자", None, None, None, "author")]),
        ("취재기자|홍길동", [("홍길동", "기자", None, None, None, "author")]),
        (
            "영상취재ㅣ김철수·이영희",
            [
                ("김철수", "영상기자", None, None, None, "photo"),
                ("이영희", "영상기자", None, None, None, "photo"),
            ],
        ),
        (
            "취재기자ㅣ홍길동 hong@example.com",
            [("홍길동", "기자", "hong@example.com", None, None, "author")],
        ),
        # the subtitled clip's maker: reported, with no job title
        ("자막뉴스ㅣ한가람", [("한가람", None, None, None, None, "photo")]),
        ("자막뉴스 : 한가람", [("한가람", None, None, None, None, "photo")]),
    ],
)
def test_bar_stands_for_the_colon(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_crew_lines_after_a_broadcast_report() -> None:
    text = "추위는 주말부터 풀리겠습니다.\n예시TV 박지원입니다.\n\n촬영기자ㅣ박민수\n자막뉴스ㅣ한가람\n"
    names = [(b.name, b.role, b.text) for b in find_bylines(text)]
    assert ("박민수", "촬영기자", "촬영기자ㅣ박민수") in names
    assert ("한가람", None, "자막뉴스ㅣ한가람") in names


@pytest.mark.parametrize(
    "text",
    [
        "영상편집ㅣ최지원",  # an editor: read, not reported
        "영상편집 | 최지원",
        "그래픽ㅣ최지원",
    ],
)
def test_editors_with_a_bar_are_not_reported(text: str) -> None:
    assert find_bylines(text) == []


def test_editor_after_a_camera_credit_on_one_line() -> None:
    assert rows("촬영기자ㅣ박민수 영상편집ㅣ최지원") == [
        ("박민수", "촬영기자", None, None, None, "photo")
    ]
    # the next label is not read as a second name
    assert rows("촬영기자ㅣ박민수, 영상편집ㅣ최지원") == [
        ("박민수", "촬영기자", None, None, None, "photo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "카메라 | 렌즈 | 삼각대",  # a shop's menu
        "취재기자 | 정치 | 사회",
        "편집 | 구독 | 로그인",
        "자막뉴스 한파특보",
        "취재기자ㅣ",
        "ㅣ홍길동",
    ],
)
def test_bars_without_a_crew_credit_are_declined(text: str) -> None:
    assert [b.name for b in find_bylines(text) if b.name] == []


# --------------------------------------------------------------------------- place/name


@pytest.mark.parametrize(
    "chrome",
    ["", " 메일보내기", " 메일 보내기", " 기자 페이지", " 구독", " + 구독"],
)
def test_place_before_slash_with_trailing_chrome(chrome: str) -> None:
    text = f"도쿄/홍지석 특파원{chrome}\n\n일본 정부는 7일 발표했다."
    [b] = find_bylines(text)
    assert (b.name, b.role, b.dateline, b.kind, b.text) == (
        "홍지석",
        "특파원",
        "도쿄",
        "author",
        "도쿄/홍지석 특파원",
    )


def test_place_before_slash_keeps_the_address() -> None:
    [b] = find_bylines("베이징/김하늘 특파원 sky@example.com")
    assert (b.name, b.dateline, b.email) == ("김하늘", "베이징", "sky@example.com")


def test_names_either_side_of_a_slash_are_coauthors() -> None:
    # not a known place: two reporters
    assert [(b.name, b.dateline) for b in find_bylines("김영수/홍길동 기자")] == [
        ("김영수", None),
        ("홍길동", None),
    ]


# --------------------------------------------------------------------------- wire dateline


def test_wire_dateline_line_without_equals_after_role() -> None:
    text = "수거책 붙잡혀\n(청주=뉴스1) 조하늘 기자\n\n현금을 들고 가던 20대가 붙잡혔다."
    assert rows(text) == [("조하늘", "기자", None, "뉴스1", "청주", "author")]


def test_wire_dateline_in_prose_is_not_a_name() -> None:
    assert find_bylines("청주에서 뉴스1 기자들이 모였다.") == []


# --------------------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "unit", ["촬영기자ㅣ", "ㅣ홍길동 ", "취재기자 | ", "도쿄/", "도쿄/홍지석 "]
)
def test_adversarial_bars_and_slashes_run_fast(unit: str) -> None:
    text = unit * (400_000 // len(unit))
    t0 = time.perf_counter()
    find_bylines(text)
    assert time.perf_counter() - t0 < 10
