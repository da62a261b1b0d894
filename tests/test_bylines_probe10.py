"""Bylines after probe 10: the writer line of an extractor's metadata block, magazines'
ⓒ photo credits, more live hand-overs, newsroom desk addresses printed by a reporter's
name, and the reporter's "other articles" link box."""

from __future__ import annotations

import time

import pytest

from kornews.bylines import find_bylines

Row = tuple[str | None, str | None, str | None, str | None, str]


def rows(text: str) -> list[Row]:
    found = find_bylines(text)
    for b in found:
        assert text[b.start : b.end] == b.text
    return [(b.name, b.role, b.email, b.agency, b.kind) for b in found]


# --------------------------------------------------------------------------- front matter

FRONT = (
    "---\ntitle: 지하철 요금 150원 오른다\nauthor: 홍길동\nurl: https://www.example.com/a/1\n"
    "hostname: example.com\ndate: 2025-05-01\n---\n서울 지하철 기본요금이 오른다.\n"
)


def test_metadata_block_writer_is_the_author() -> None:
    [b] = find_bylines(FRONT)
    assert (b.name, b.role, b.email, b.kind, b.text) == (
        "홍길동",
        None,
        None,
        "author",
        "author: 홍길동",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("author: 홍길동", [("홍길동", None, None, None, "author")]),
        ("author: 홍길동 기자", [("홍길동", "기자", None, None, "author")]),
        ("Author: 김철수 특파원", [("김철수", "특파원", None, None, "author")]),
        (
            "author: 홍길동 기자 (hong@example.com)",
            [("홍길동", "기자", "hong@example.com", None, "author")],
        ),
        ("Author: Hong Gil-dong", [("Hong Gil-dong", None, None, None, "author")]),
        ("AUTHOR: Jane Doe", [("Jane Doe", None, None, None, "author")]),
        (
            "authors: 홍길동; 김철수",
            [("홍길동", None, None, None, "author"), ("김철수", None, None, None, "author")],
        ),
        ("  byline: 남궁민 기자", [("남궁민", "기자", None, None, "author")]),
    ],
)
def test_metadata_writer_lines(line: str, expected: list[Row]) -> None:
    assert rows(line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "그의 원고에는 author: 홍길동 이라고 적혀 있었다.",  # inside prose
        "author: 홍길동 이라고 적힌 원고",  # more than a name on the line
        "author:",
        "author: https://www.example.com/people/1",
        "author: 서울시",  # a place, not a person
        "title: 홍길동",  # another key
        "authored: 홍길동",
    ],
)
def test_metadata_look_alikes_are_declined(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- ⓒ credits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ⓒ주간예시 홍길동", [("홍길동", None, None, "주간예시", "photo")]),
        ("ⓒ 예시저널 김철수", [("김철수", None, None, "예시저널", "photo")]),
        ("©예시매거진 남궁민", [("남궁민", None, None, "예시매거진", "photo")]),
        (
            "농민이 딸기 모종을 옮겨 심고 있다. ⓒ예시저널 홍길동",
            [("홍길동", None, None, "예시저널", "photo")],
        ),
        ("ⓒ주간예시 홍길동 기자", [("홍길동", "사진기자", None, "주간예시", "photo")]),
        ("ⓒ News1 홍길동", [("홍길동", None, None, "뉴스1", "photo")]),
    ],
)
def test_magazine_copyright_credit_names_the_photographer(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_copyright_credit_span_is_the_mark_to_the_name() -> None:
    text = "농민이 모종을 옮겨 심고 있다. ⓒ예시저널 홍길동\n"
    [b] = find_bylines(text)
    assert b.text == "ⓒ예시저널 홍길동"


@pytest.mark.parametrize(
    "text",
    [
        "ⓒ예시저널",
        "ⓒ 예시일보 무단전재 및 재배포 금지",
        "<저작권자 ⓒ 예시일보 무단전재 및 재배포 금지>",
        "Copyright ⓒ 예시일보",
        "Copyright ⓒ 예시일보 All rights reserved.",
        "Copyright ⓒ 예시일보 홍보팀",
        "ⓒ 예시일보 편집국",
        "ⓒ 2025 예시일보",
        "ⓒ예시일보(www.example.com) 무단전재",
        "저작권자 ⓒ 예시일보 홍길동",  # a notice's words before the mark
        "ⓒ예시저널 홍길동 씨가 말했다.",  # the name does not close the line
    ],
)
def test_copyright_lines_name_nobody(text: str) -> None:
    assert [r for r in rows(text) if r[0] is not None] == []


# --------------------------------------------------------------------------- hand-overs


@pytest.mark.parametrize(
    "text",
    [
        "홍길동 기자가 현장을 다녀왔습니다.",
        "홍길동 기자가 현장에 나가 있습니다.",
        "홍길동 기자가 자세히 전해드립니다.",
        "홍길동 기자가 현장에서 직접 취재했습니다.",
        "김철수 특파원이 현지에서 전해드립니다.",
        "문제점을 홍길동 기자가 짚어봤습니다.",
        "홍길동 기자가 보도합니다.",  # the existing sign-off still reads
    ],
)
def test_live_hand_over_credits_the_reporter(text: str) -> None:
    [b] = find_bylines(text)
    assert b.name in ("홍길동", "김철수")
    assert b.role in ("기자", "특파원")
    assert b.kind == "author"


@pytest.mark.parametrize(
    "text",
    [
        "홍길동 기자가 질문했다.",
        "홍길동 기자가 현장을 찾았다.",
        "홍길동 기자가 취재를 했습니다.",
        "홍길동 기자가 현장을 다녀왔다는 소식이 전해졌다.",
        "이날 김 기자가 현장을 다녀왔습니다.",  # a surname alone is no name
    ],
)
def test_prose_about_a_reporter_is_no_hand_over(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- desk addresses


@pytest.mark.parametrize(
    "text",
    [
        "홍길동 기자 sports@example.com",
        "/홍길동 기자 news@example.com",
        "홍길동 기자 webmaster@example.com",
        "홍길동 기자(press@example.com)",
        "홍길동 기자 jebo@example.com",
        "홍길동 기자 tip@example.com",
        "홍길동 기자 desk@example.com",
        "홍길동 기자 news1@example.com",  # a number after the mailbox word
        "홍길동 기자\nSports@example.com",
    ],
)
def test_desk_address_is_not_the_reporters(text: str) -> None:
    found = find_bylines(text)
    assert [(b.name, b.role, b.email) for b in found] == [("홍길동", "기자", None)]
    assert "@" in found[0].text  # the span still covers the printed address


def test_personal_address_stays_attached() -> None:
    assert rows("홍길동 기자 hong@example.com") == [
        ("홍길동", "기자", "hong@example.com", None, "author")
    ]
    assert rows("홍길동 기자 newsong@example.com")[0][2] == "newsong@example.com"


def test_lone_desk_address_is_no_credit_and_is_not_shared() -> None:
    assert rows("sports@example.com") == []
    text = "(서울=뉴스1) 홍길동 기자 = 불이 났다.\n인명피해는 없었다.\nnews@example.kr\n"
    assert [(b.name, b.email) for b in find_bylines(text)] == [("홍길동", None)]


def test_desk_address_stays_with_an_organisation() -> None:
    # the outlet's or a team's own mailbox is theirs, but no reporter inherits it
    text = "[광주=뉴시스] 홍길동 기자 = 사고가 났다.\n☞공감언론 뉴시스 news@example.com\n"
    assert [(b.name, b.email, b.agency) for b in find_bylines(text)] == [
        ("홍길동", None, "뉴시스"),
        (None, "news@example.com", "뉴시스"),
    ]
    assert rows("사회부 news@example.com") == [(None, None, "news@example.com", None, "author")]


# --------------------------------------------------------------------------- link boxes


@pytest.mark.parametrize(
    "text",
    ["홍길동 기자 다른기사", "홍길동 기자 다른기사 보기", "홍길동 기자 다른 기사 보기"],
)
def test_other_articles_box_is_no_credit(text: str) -> None:
    assert rows(text) == []


def test_subscribe_button_keeps_the_byline() -> None:
    assert rows("홍길동 기자 구독") == [("홍길동", "기자", None, None, "author")]


def test_page_with_byline_and_link_box_credits_once() -> None:
    text = "(서울=뉴스1) 홍길동 기자 = 불이 났다.\n\n홍길동 기자 다른기사 보기\n"
    assert [(b.name, b.text) for b in find_bylines(text)] == [
        ("홍길동", "(서울=뉴스1) 홍길동 기자 =")
    ]


# --------------------------------------------------------------------------- speed

ADVERSARIAL = {
    "copyright marks": "ⓒ" * 1_000_000,
    "copyright credits": "ⓒ예시저널 홍길동\n" * 60_000,
    "copyright words": "ⓒ예시저널 " * 120_000,
    "metadata keys": "author: " * 120_000,
    "metadata lines": "author: 홍길동; 김철수\n" * 50_000,
    "hand-over words": "홍길동 기자가 현장을 현장에 " * 40_000,
    "link boxes": "홍길동 기자 다른기사 " * 60_000,
    "desk addresses": "홍길동 기자 news@example.com\n" * 30_000,
    "metadata line of blanks": "author: 홍길동" + " " * 1_000_000 + "x",
    "metadata lines with blanks": ("author: 홍길동" + " " * 2_000 + "x\n") * 500,
    "copyright line of blanks": "ⓒ예시저널 홍길동" + " " * 1_000_000 + "x",
    "copyright lines with blanks": ("ⓒ예시저널 홍길동" + " " * 2_000 + "x\n") * 500,
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
