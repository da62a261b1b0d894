"""Bylines after probe 8: newsroom desk titles as roles, the outlet heading a bracketed
lede, broadcast sign-offs and live cues, and crew credits without a colon."""

from __future__ import annotations

import time

import pytest

from kornews.bylines import find_bylines

Row = tuple[str | None, str | None, str | None, str | None, str]


def rows(text: str) -> list[Row]:
    found = find_bylines(text)
    for b in found:
        assert text[b.start : b.end] == b.text
    return [(b.name, b.role, b.agency, b.dateline, b.kind) for b in found]


# --------------------------------------------------------------------------- desk titles


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("오은지 경제부장", "경제부장"),
        ("오은지 사회부장", "사회부장"),
        ("한지우 국제부장", "국제부장"),
        ("박상철 편집국장", "편집국장"),
        ("최성호 편집부국장", "편집부국장"),
        ("남궁민 보도국장", "보도국장"),
        ("김나래 문화전문기자", "문화전문기자"),
        ("정하늘 의학전문기자", "의학전문기자"),
        ("이하늘 산업에디터", "산업에디터"),
        ("홍길동 탐사보도부장", "탐사보도부장"),
    ],
)
def test_desk_title_line_is_a_credit(line: str, role: str) -> None:
    assert rows(line) == [(line.split()[0], role, None, None, "author")]


def test_desk_title_under_a_column_headline() -> None:
    page = (
        "오피니언\n[데스크칼럼] 관광, 숫자보다 체류다\n오은지 경제부장\n"
        "입력 2025.10.23 00:00\n관광객이 1천만 명을 넘어섰다. 체류일은 줄었다.\n"
    )
    (b,) = find_bylines(page)
    assert (b.name, b.role, b.text) == ("오은지", "경제부장", "오은지 경제부장")


def test_desk_title_keeps_the_outlet_and_the_address() -> None:
    assert rows("김철수 예시신문 편집국장") == [("김철수", "편집국장", "예시신문", None, "author")]
    (b,) = find_bylines("오은지 경제부장 oh@example.com")
    assert (b.name, b.role, b.email) == ("오은지", "경제부장", "oh@example.com")


@pytest.mark.parametrize(
    "text",
    [
        "홍길동 부장은 말했다.",
        "홍길동 부장",  # a bare rank is no credit outside an opinion page's bio line
        "서울중앙지검 홍길동 부장검사",
        "홍길동 부장판사가 선고했다.",
        "홍길동 경제부장은 이날 회의를 열었다.",
        "홍길동 경제부장관이 말했다.",
        "악수하는 왕이 중국 외교부장",  # a minister, not a desk
        "경제부장 인사가 났다.",
    ],
)
def test_ranks_in_prose_are_not_credits(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- bracket heads


@pytest.mark.parametrize(
    ("text", "agency", "dateline"),
    [
        ("[예시포커스 이하늘 기자] 걸그룹이 투어에 나선다.", "예시포커스", None),
        ("[스포츠경향 이하늘 기자] 걸그룹이 투어에 나선다.", "스포츠경향", None),
        ("[예시포커스=이하늘 기자] 걸그룹이 투어에 나선다.", "예시포커스", None),
        ("(예시포커스 이하늘 기자) 걸그룹이 투어에 나선다.", "예시포커스", None),
        # a known place heading the bracket is the dateline
        ("[광주=홍길동 기자] 광주시가 밝혔다.", None, "광주"),
        ("[함평군=홍길동 기자] 군이 밝혔다.", None, "함평군"),
        ("[세종 홍길동 기자] 정부가 밝혔다.", None, "세종"),
        # a correspondent's bracket names the bureau's city, listed or not
        ("[실리콘밸리=홍길동 특파원] 애플이 밝혔다.", None, "실리콘밸리"),
        ("[예시시티=홍길동 특파원] 시가 밝혔다.", None, "예시시티"),
    ],
)
def test_bracket_head_is_the_outlet_unless_a_place(
    text: str, agency: str | None, dateline: str | None
) -> None:
    (b,) = find_bylines(text)
    assert (b.name is not None, b.agency, b.dateline) == (True, agency, dateline)
    assert b.text.startswith(("[", "("))


def test_wire_dateline_before_the_name_is_unchanged() -> None:
    assert rows("[서울=뉴시스] 홍길동 기자 = 정부가 밝혔다.") == [
        ("홍길동", "기자", "뉴시스", "서울", "author")
    ]
    assert rows("[예시일보 광주=박민수 기자]") == [("박민수", "기자", "예시일보", "광주", "author")]


@pytest.mark.parametrize(
    "text",
    [
        "[단독 홍길동 기자] 정부가 밝혔다.",  # a section tag, not an outlet
        "[경제부 홍길동 기자] 정부가 밝혔다.",  # a desk
        "정부는 [예시포커스 홍길동 기자] 보도를 인용했다.",  # not opening the lede
    ],
)
def test_bracket_heads_that_are_not_outlets(text: str) -> None:
    (b,) = find_bylines(text)
    assert (b.name, b.agency, b.dateline) == ("홍길동", None, None)


# --------------------------------------------------------------------------- broadcast


@pytest.mark.parametrize(
    ("text", "name", "agency"),
    [
        ("지금까지 경제부에서 YTN 이윤서입니다.", "이윤서", "YTN"),
        ("JTBC 뉴스룸 박성훈입니다.", "박성훈", "JTBC"),
        ("KBS 뉴스 9 홍길동입니다.", "홍길동", "KBS"),
        ("SBS 8뉴스 홍길동입니다.", "홍길동", "SBS"),
        ("지금까지 국회에서 MBC뉴스 홍길동입니다.", "홍길동", "MBC"),
        ("워싱턴에서 KBS 뉴스 김철수였습니다.", "김철수", "KBS"),
    ],
)
def test_sign_off_with_a_place_or_programme(text: str, name: str, agency: str) -> None:
    assert rows(text) == [(name, None, agency, None, "author")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("경제부 이윤서 기자 연결합니다.", "이윤서 기자 연결합니다"),
        ("현장에 홍길동 기자 나와 있습니다.", "홍길동 기자 나와 있습니다"),
        ("홍길동 기자 연결해 보겠습니다.", "홍길동 기자 연결해 보겠습니다"),
        ("국회 연결합니다. 홍길동 기자!", "홍길동 기자"),
        ("홍길동 기자가 보도합니다.", "홍길동 기자가 보도합니다"),
        ("홍길동 기자가 취재했습니다.", "홍길동 기자가 취재했습니다"),
    ],
)
def test_live_cue_credits_the_reporter(text: str, span: str) -> None:
    (b,) = find_bylines(text)
    assert (b.role, b.agency, b.text) == ("기자", None, span)
    assert b.name is not None and b.name in span


@pytest.mark.parametrize(
    "text",
    [
        "지금까지 경제부에서 전해드렸습니다.",
        "지금까지 홍길동입니다.",
        "안녕하십니까. KBS 사장 홍길동입니다.",
        "홍길동 장관 연결합니다.",
        "현장 연결합니다.",
        "홍길동 기자가 연결했다고 밝혔다.",
        "정부는 입장을 밝혔다. 홍길동 기자 등은 현장을 지켰다.",
        "홍길동 기자 등이 참석했다.",
    ],
)
def test_broadcast_phrases_without_a_reporter(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- crew


def test_crew_line_without_colons() -> None:
    assert rows("영상취재 최대호(대전) / 영상편집 정다은") == [
        ("최대호", "영상기자", None, None, "photo")
    ]
    assert rows("(영상취재 홍길동, 영상편집 김철수)") == [
        ("홍길동", "영상기자", None, None, "photo")
    ]
    assert rows("카메라 홍길동·김철수") == [
        ("홍길동", "영상기자", None, None, "photo"),
        ("김철수", "영상기자", None, None, "photo"),
    ]


def test_camera_reporter_keeps_the_printed_role() -> None:
    assert rows("촬영기자:이성민") == [("이성민", "촬영기자", None, None, "photo")]
    assert rows("촬영기자 이성민 / 영상편집 김철수") == [
        ("이성민", "촬영기자", None, None, "photo")
    ]
    assert rows("이성민 촬영기자") == [("이성민", "촬영기자", None, None, "photo")]


@pytest.mark.parametrize(
    "text",
    [
        "촬영 김철수 감독은 말했다.",
        "영상편집 정다은",  # an editor is read and not reported
        "그는 영상 편집 홍길동 씨와 일했다.",
        "정부는 / 촬영 금지 구역을 정했다.",
    ],
)
def test_crew_words_in_prose(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- e-mail repeat


def test_lone_address_line_repeating_a_credit_is_kept_by_design() -> None:
    # docs/bylines.md: every occurrence is reported; the lone address keeps name=None
    page = "홍길동 기자 hong@example.com\nhong@example.com"
    assert [(b.name, b.email) for b in find_bylines(page)] == [
        ("홍길동", "hong@example.com"),
        (None, "hong@example.com"),
    ]


# --------------------------------------------------------------------------- speed

ADVERSARIAL = {
    "desk titles": "경제부장 " * 100_000,
    "bracket heads": "[예시포커스 " * 80_000,
    "crew items": "영상취재 홍길동 / " * 60_000,
    "sign-off programmes": "국회에서 KBS 뉴스 9 " * 50_000 + "홍길동입니다.",
    "live cues": "홍길동 기자 연결합니다 " * 40_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_runs_in_linear_time(name: str) -> None:
    text = ADVERSARIAL[name]
    t0 = time.process_time()
    found = find_bylines(text)
    elapsed = time.process_time() - t0
    for b in found[:100]:
        assert text[b.start : b.end] == b.text
    assert elapsed < 20, f"{name}: {elapsed:.1f}s"
