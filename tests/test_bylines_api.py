"""find_bylines: spaced name lists, outlet + name + bracketed address, magazine photo
credits, photo source labels, desks before "=" and outlet-shaped bracket heads."""

from __future__ import annotations

import time

import pytest

from kornews.bylines import Byline, find_bylines

# (name, role, email, agency, dateline, kind)
Row = tuple[str | None, str | None, str | None, str | None, str | None, str]


def rows(text: str) -> list[Row]:
    found = find_bylines(text)
    for b in found:
        assert text[b.start : b.end] == b.text
    return [(b.name, b.role, b.email, b.agency, b.dateline, b.kind) for b in found]


# --------------------------------------------------------------------------- name lists


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("(서울=연합뉴스) 김철수, 이영희 기자 = 정부가 밝혔다.", ["김철수", "이영희"]),
        ("[광주=뉴시스] 김철수 , 이영희 기자 = 시가 밝혔다.", ["김철수", "이영희"]),
        ("[서울신문] 김철수, 이영희, 박민수 기자", ["김철수", "이영희", "박민수"]),
        ("김철수 · 이영희 기자", ["김철수", "이영희"]),
        ("/김철수, 이영희 기자", ["김철수", "이영희"]),
        ("김철수·이영희 기자", ["김철수", "이영희"]),  # no space, as before
    ],
)
def test_names_separated_with_spaces_are_all_read(text: str, names: list[str]) -> None:
    assert [r[0] for r in rows(text)] == names


def test_spaced_list_keeps_the_dateline_and_the_outlet() -> None:
    assert rows("(서울=연합뉴스) 김철수, 이영희 기자 = 정부가 밝혔다.") == [
        ("김철수", "기자", None, "연합뉴스", "서울", "author"),
        ("이영희", "기자", None, "연합뉴스", "서울", "author"),
    ]


def test_address_after_a_spaced_list_goes_to_the_one_it_romanises() -> None:
    got = [(r[0], r[2]) for r in rows("이영희 · 김철수 기자 kim@example.com")]
    assert got == [("이영희", None), ("김철수", "kim@example.com")]


@pytest.mark.parametrize(
    "text",
    [
        "김철수, 이영희 기자회견",
        "김철수, 이영희 기자는 현장을 찾았다.",
        "이날 행사엔 김철수, 이영희 기자가 참석했다.",
        # a list in prose opening a line: the role is followed by more of the list
        "김철수, 이영희 주필, 박민수 대표 등은 성명을 냈다.",
    ],
)
def test_a_spaced_list_in_prose_is_not_a_credit(text: str) -> None:
    assert find_bylines(text) == []


def test_a_word_before_a_comma_in_prose_is_not_a_second_name() -> None:
    # "표정" starts with a surname syllable, but nothing opens a credit before it
    assert [r[0] for r in rows("수능 전날 표정, 홍길동 기자입니다.")] == ["홍길동"]


def test_a_full_stop_and_a_space_start_a_new_sentence() -> None:
    assert [r[0] for r in rows("그렇게 말한다. 홍길동 기자")] == ["홍길동"]


def test_sports_place_before_a_comma_stays_the_dateline() -> None:
    assert rows("[OSEN=잠실, 홍길동 기자] 경기가 끝났다.") == [
        ("홍길동", "기자", None, "OSEN", "잠실", "author")
    ]


# --------------------------------------------------------------------------- outlet + e-mail


@pytest.mark.parametrize(
    ("text", "agency", "email"),
    [
        ("YTN 김승환 [ksh@ytn.co.kr]", "YTN", "ksh@ytn.co.kr"),
        ("MBN 김승환 <ksh@example.com>", "MBN", "ksh@example.com"),
        ("뉴시스 김승환 [ksh@example.com]", "뉴시스", "ksh@example.com"),
        ("YTN 김승환 (ksh@ytn.co.kr)", "YTN", "ksh@ytn.co.kr"),
    ],
)
def test_outlet_name_and_bracketed_address(text: str, agency: str, email: str) -> None:
    assert rows(text) == [("김승환", None, email, agency, None, "author")]
    assert find_bylines(text)[0].text == text


def test_outlet_name_and_address_after_prose_is_not_a_credit() -> None:
    assert find_bylines("문의는 YTN 김승환 [ksh@ytn.co.kr]") == []


# --------------------------------------------------------------------------- photo credits


def test_magazine_credit_with_a_separator() -> None:
    text = "글 홍길동 기자 · 사진 김철수 기자"
    assert rows(text) == [
        ("홍길동", "기자", None, None, None, "author"),
        ("김철수", "사진기자", None, None, None, "photo"),
    ]
    assert [b.text for b in find_bylines(text)] == ["글 홍길동 기자", "사진 김철수 기자"]


@pytest.mark.parametrize(
    "text",
    [
        "글 홍길동 기자 사진 김철수 기자",
        "글 홍길동 기자 / 사진 김철수 기자",
        "글 홍길동 기자 | 사진 김철수 기자",
    ],
)
def test_magazine_credit_without_equals(text: str) -> None:
    assert [(r[0], r[5]) for r in rows(text)] == [("홍길동", "author"), ("김철수", "photo")]


def test_writer_label_without_equals_inside_prose_is_not_a_credit() -> None:
    assert find_bylines("현장 취재 김철수 기자 등 5명이 다녀왔다.") == []
    assert [r[0] for r in rows("본문이다.\n취재 김철수 기자")] == ["김철수"]


def test_writer_and_photographer_label_stays_author() -> None:
    assert [(r[0], r[1], r[5]) for r in rows("글·사진 김철수 기자")] == [
        ("김철수", "기자", "author")
    ]


@pytest.mark.parametrize(
    ("text", "agency", "kind"),
    [
        ("(사진 출처=연합뉴스)", "연합뉴스", "photo"),
        ("[사진출처=연합뉴스]", "연합뉴스", "photo"),
        ("[사진제공=연합뉴스]", "연합뉴스", "photo"),
        ("사진 제공=연합뉴스", "연합뉴스", "photo"),
        ("사진출처: 연합뉴스", "연합뉴스", "photo"),
        ("사진 제공=광주시", "광주시", "source"),
        ("(사진제공=광주시)", "광주시", "source"),
        ("[출처=연합뉴스]", "연합뉴스", "source"),
    ],
)
def test_photo_source_labels(text: str, agency: str, kind: str) -> None:
    assert rows(text) == [(None, None, None, agency, None, kind)]


def test_photo_source_label_before_a_reporter() -> None:
    assert rows("사진 제공=홍길동 기자") == [("홍길동", "사진기자", None, None, None, "photo")]


# --------------------------------------------------------------------------- desks, outlets


@pytest.mark.parametrize("desk", ["경제부", "사회부", "온라인뉴스팀", "디지털뉴스"])
def test_desk_before_equals_is_not_a_dateline(desk: str) -> None:
    assert rows(f"{desk} = 홍길동 기자") == [("홍길동", "기자", None, None, None, "author")]


@pytest.mark.parametrize("place", ["의정부", "경기북부", "미국", "광주"])
def test_places_that_end_like_desks_stay_datelines(place: str) -> None:
    assert rows(f"({place}=연합뉴스) 홍길동 기자 = 시가 밝혔다.") == [
        ("홍길동", "기자", None, "연합뉴스", place, "author")
    ]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("[한경닷컴 홍길동 기자] 정부가 밝혔다.", "한경닷컴"),
        ("[MHN스포츠 홍길동 기자] 경기가 끝났다.", "MHN스포츠"),
        ("[MHN스포츠=홍길동 기자]", "MHN스포츠"),
        ("[예시매거진 홍길동 기자]", "예시매거진"),
        ("[예시경제 홍길동 기자]", "예시경제"),
    ],
)
def test_outlet_shaped_bracket_head_is_the_agency(text: str, agency: str) -> None:
    assert [(r[0], r[3], r[4]) for r in rows(text)] == [("홍길동", agency, None)]


def test_section_tag_in_brackets_is_not_an_outlet() -> None:
    assert find_bylines("[e스포츠] 결승전이 열린다.") == []


# --------------------------------------------------------------------------- robustness

ADVERSARIAL = {
    "spaced lists": "김철수, 이영희 기자 " * 20_000,
    "commas": "김철수, " * 100_000 + "이영희 기자",
    "photo after role": "기자 사진 " * 60_000,
    "writer labels": "글 " * 200_000 + "김철수 기자",
    "head brackets": "[MHN스포츠 " * 60_000,
    "outlet bracket": "YTN 김승환 [" * 60_000,
    "photo labels": "(사진 출처=" * 60_000,
    "desks": "경제부 = " * 80_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_stays_linear(name: str) -> None:
    text = ADVERSARIAL[name]
    t0 = time.perf_counter()
    found = find_bylines(text)
    assert time.perf_counter() - t0 < 20
    assert all(isinstance(b, Byline) and text[b.start : b.end] == b.text for b in found)
