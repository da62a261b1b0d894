"""Bylines after probe 9: broadcasters' call letters in lower case, a role label before
the name, a place before a slash, regional editions of an outlet, and look-alikes that
stay declined (obituaries, personnel lists, press-release contacts, handles)."""

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


# --------------------------------------------------------------------------- lower case


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("kbc 홍길동입니다.", "KBC"),
        ("KBC 홍길동입니다.", "KBC"),
        ("ubc 홍길동입니다.", "UBC"),
        ("UBC 홍길동입니다.", "UBC"),
        ("tbc 홍길동입니다.", "TBC"),
        ("jtbc 홍길동입니다.", "JTBC"),
        ("지금까지 kbc 뉴스 홍길동입니다.", "KBC"),
    ],
)
def test_call_letters_sign_off_in_either_case(line: str, agency: str) -> None:
    assert rows(line) == [("홍길동", None, agency, None, "author")]


def test_lower_case_outlet_before_a_reporter() -> None:
    assert rows("jtbc 홍길동 기자 hong@example.com") == [("홍길동", "기자", "JTBC", None, "author")]


@pytest.mark.parametrize(
    "text",
    [
        "kbc 광주방송 사옥에서 행사가 열렸다.",
        "kbc 홍길동 사장은 말했다.",
        "▲윤한결씨 별세, 홍길동(kbc 기자)씨 부친상",
    ],
)
def test_lower_case_outlet_in_prose_is_no_credit(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- role, colon, name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("취재기자 : 홍길동", [("홍길동", "기자", None, None, "author")]),
        ("취재기자: 홍길동", [("홍길동", "기자", None, None, "author")]),
        ("사진기자 : 홍길동", [("홍길동", "사진기자", None, None, "photo")]),
        ("글·사진 : 홍길동 기자", [("홍길동", "기자", None, None, "author")]),
        ("취재 : 홍길동 기자", [("홍길동", "기자", None, None, "author")]),
        ("정리 : 홍길동 기자", [("홍길동", "기자", None, None, "author")]),
        ("취재 : 홍길동", [("홍길동", None, None, None, "author")]),
        ("취재기자 홍길동", [("홍길동", "기자", None, None, "author")]),
        (
            "취재기자 : 홍길동 사진기자 : 김철수",
            [("홍길동", "기자", None, None, "author"), ("김철수", "사진기자", None, None, "photo")],
        ),
        (
            "취재기자 : 홍길동 / 사진기자 : 김철수",
            [("홍길동", "기자", None, None, "author"), ("김철수", "사진기자", None, None, "photo")],
        ),
    ],
)
def test_role_label_before_the_name(line: str, expected: list[Row]) -> None:
    assert rows(line) == expected


def test_role_label_takes_the_address_after_the_name() -> None:
    (b,) = find_bylines("취재기자 : 홍길동 hong@example.com")
    assert (b.name, b.role, b.email, b.kind) == ("홍길동", "기자", "hong@example.com", "author")
    assert b.text == "취재기자 : 홍길동 hong@example.com"
    (b,) = find_bylines("사진기자 : 김철수 (kim@example.com)")
    assert (b.name, b.email, b.kind) == ("김철수", "kim@example.com", "photo")
    (b,) = find_bylines("취재기자 : 홍길동 [email protected]")
    assert (b.name, b.email, b.email_obfuscated) == ("홍길동", None, True)


def test_address_after_two_labelled_names_goes_to_its_owner() -> None:
    found = find_bylines("취재기자 : 홍길동·김철수 kim@example.com")
    assert [(b.name, b.email) for b in found] == [
        ("홍길동", None),
        ("김철수", "kim@example.com"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "취재기자 : 정부는 오늘 발표했다.",  # a speaker's line in a transcript
        "사진기자 : 오늘 현장은 붐볐다.",
        "취재기자 출신 홍길동 씨는 말했다.",
        "취재기자 :",
    ],
)
def test_role_label_before_prose_is_no_credit(text: str) -> None:
    assert rows(text) == []


# --------------------------------------------------------------------------- place/name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("워싱턴/홍길동 특파원", ("홍길동", "특파원", None, "워싱턴", "author")),
        ("[워싱턴/홍길동 특파원] 미국 정부가", ("홍길동", "특파원", None, "워싱턴", "author")),
        ("광주/홍길동 기자", ("홍길동", "기자", None, "광주", "author")),
        ("예시일보 워싱턴/홍길동 특파원", ("홍길동", "특파원", "예시일보", "워싱턴", "author")),
        # unchanged: a word that is no place before the slash is the outlet
        ("[예시새뉴스/홍길동 기자]목포시가", ("홍길동", "기자", "예시새뉴스", None, "author")),
        ("/함평=홍길동 기자", ("홍길동", "기자", None, "함평", "author")),
    ],
)
def test_place_before_a_slash_is_the_dateline(line: str, expected: Row) -> None:
    assert rows(line) == [expected]


def test_place_slash_credit_keeps_its_address() -> None:
    (b,) = find_bylines("워싱턴/홍길동 특파원 hong@example.com")
    assert (b.dateline, b.email) == ("워싱턴", "hong@example.com")


def test_place_slash_inside_prose_is_no_credit() -> None:
    assert rows("미국 워싱턴/홍길동 특파원이 말했다") == []
    assert rows("광주 워싱턴/미국 정부") == []


# --------------------------------------------------------------------------- regional editions


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("광주CBS 홍길동 기자", ("홍길동", "기자", "광주CBS")),
        ("부산KBS 홍길동 기자", ("홍길동", "기자", "부산KBS")),
        ("대구MBC 홍길동 기자", ("홍길동", "기자", "대구MBC")),
        ("전주MBC 홍길동 기자", ("홍길동", "기자", "전주MBC")),
        ("[광주CBS 홍길동 기자] 광주시가", ("홍길동", "기자", "광주CBS")),
        ("광주MBC 홍길동입니다.", ("홍길동", None, "광주MBC")),
        ("목포MBC 뉴스 홍길동입니다.", ("홍길동", None, "목포MBC")),
        ("지금까지 광주CBS 홍길동입니다.", ("홍길동", None, "광주CBS")),
        ("전주MBC 홍길동입니다.", ("홍길동", None, "전주MBC")),
        # a national name still wins the whole word
        ("CBS노컷뉴스 홍길동 기자", ("홍길동", "기자", "CBS")),
        ("MBC 홍길동 기자", ("홍길동", "기자", "MBC")),
    ],
)
def test_regional_edition_is_the_outlet_as_printed(
    line: str, expected: tuple[str, str | None, str]
) -> None:
    assert [(b.name, b.role, b.agency) for b in find_bylines(line)] == [expected]


def test_regional_edition_in_other_credit_shapes() -> None:
    assert [
        (b.name, b.email, b.agency) for b in find_bylines("광주CBS 홍길동 (hong@example.com)")
    ] == [("홍길동", "hong@example.com", "광주CBS")]
    assert rows("(광주CBS) 광주시가 23일 밝혔다.") == [(None, None, "광주CBS", None, "author")]


# --------------------------------------------------------------------------- declined


@pytest.mark.parametrize(
    "text",
    [
        "홍길동(예시방송 보도국 기자)씨 별세",
        "▲윤한결씨 별세, 홍길동(광주MBC 보도국 기자)씨 부친상 = 4일 예시병원 장례식장",
        "▲정치부장 홍길동",
        "◇부장급 전보 ▲정치부장 홍길동 ▲사회부장 김철수",
        "홍보팀 홍길동 매니저 02-000-0000",
        "예시기업 홍보팀 홍길동 매니저 02-000-0000 이메일 보내기",
        "@handle",
        "자세한 소식은 공식 계정(@example_handle)에서 확인할 수 있다.",
    ],
)
def test_look_alikes_stay_declined(text: str) -> None:
    assert rows(text) == []


def test_wire_photo_credit_is_the_distributor_with_its_dateline() -> None:
    # "[도쿄=AP/뉴시스]": a photo of the foreign wire distributed by the outlet
    assert rows("[도쿄=AP/뉴시스] 도쿄 시내 모습.") == [(None, None, "뉴시스", "도쿄", "photo")]


# --------------------------------------------------------------------------- speed

ADVERSARIAL = {
    "place slashes": "워싱턴/" * 150_000 + "홍길동 특파원",
    "place slash credits": "워싱턴/홍길동 특파원 " * 60_000,
    "role labels": "취재기자 : " * 100_000,
    "role label credits": "취재기자 : 홍길동 " * 80_000,
    "regional outlets": "광주CBS " * 120_000,
    "places then outlet": "광주부산대구" * 150_000 + "MBC 홍길동 기자",
    "lower-case sign-offs": "kbc 홍길동입니다.\n" * 60_000,
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
