"""Bylines after probe 6: contributor bio lines without brackets, organisation words that
look like names, and English names after a line-initial "By"."""

from __future__ import annotations

import time

import pytest

from kornews.bylines import Byline, find_bylines


def people(text: str) -> list[tuple[str | None, str | None, str]]:
    found = find_bylines(text)
    for b in found:
        assert text[b.start : b.end] == b.text
    return [(b.name, b.role, b.kind) for b in found]


# --------------------------------------------------------------------------- bio lines

OPINION_PAGE = (
    "[기고] 지역 소멸, 해법은 있다\n인구가 줄고 있다. 대책이 필요하다.\n{line}\n무단전재 금지"
)


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("홍길동 예시대 사회학과 교수·전 한국인구학회장", "홍길동", "교수"),
        ("김철수 예시도 산림환경연구원장", "김철수", "원장"),
        ("이영희 예시연구원 선임연구위원", "이영희", "선임연구위원"),
        ("박민수 법무법인 예시 대표변호사", "박민수", "대표변호사"),
        ("최지원 예시재단 이사장 · 전 예시일보 편집국장", "최지원", "이사장"),
        ("정하늘 예시경제연구소 소장", "정하늘", "소장"),
        ("남궁민 예시협회 회장", "남궁민", "회장"),
        ("한지우 시인", "한지우", "시인"),
    ],
)
def test_bio_line_on_an_opinion_page_is_a_contributor(line: str, name: str, role: str) -> None:
    text = OPINION_PAGE.format(line=line)
    found = find_bylines(text)
    assert [(b.name, b.role, b.kind, b.agency) for b in found] == [(name, role, "author", None)]
    assert found[0].text == line


def test_bio_line_with_several_posts_needs_no_opinion_marker() -> None:
    text = "저출산 대책을 다시 짜야 한다.\n홍길동 예시대 사회학과 교수·전 한국인구학회장\n"
    assert people(text) == [("홍길동", "교수", "author")]


def test_bio_line_span_excludes_surrounding_blanks() -> None:
    text = "오피니언\n  김철수 예시도 산림환경연구원장  \n"
    (b,) = find_bylines(text)
    assert b.text == "김철수 예시도 산림환경연구원장"


def test_one_post_line_off_an_opinion_page_is_a_caption_not_a_credit() -> None:
    # the same shape names a person in a photo caption of an ordinary news page
    assert people("예시전자, 신제품 공개\n홍길동 예시전자 회장\n신제품을 공개했다.") == []


@pytest.mark.parametrize(
    "line",
    [
        "김철수 장관 사퇴",  # a headline: 장관 is no contributor title and 사퇴 ends it
        "김철수 예시대 교수는 이렇게 말했다.",  # prose
        "홍길동 교수, 김철수 교수",  # a list
        "▲ 홍길동 예시대 교수",  # a bulleted caption
        "서울시 예시센터장",  # a city, not a person
        "정부는 예시센터장",  # a particle on the first word
        "홍길동 전 예시부 장관",  # only a former post: a caption of a politician
        "홍길동 예시대 교수 hong@example.com 문의",  # more than a bio
        "홍길동 예시 대학에서 교수",  # a particle inside
        "홍길동 칼럼",  # a column's name, not a post
    ],
)
def test_lines_that_are_not_bio_lines(line: str) -> None:
    assert people(OPINION_PAGE.format(line=line)) == []


def test_reporter_roles_stay_with_the_role_parser() -> None:
    # 논설위원 is a newsroom role: read as before, with the outlet between name and role
    text = "오피니언\n홍길동 예시일보 논설위원\n"
    found = find_bylines(text)
    assert [(b.name, b.role, b.agency) for b in found] == [("홍길동", "논설위원", "예시일보")]


# --------------------------------------------------------------------------- names vs organisations


def test_bracket_opening_on_a_university_credits_the_name_before_it() -> None:
    assert people("홍길동 ‹예시대 사회학과 교수>") == [("홍길동", "교수", "author")]
    assert people("본문이 끝났다. 홍길동 <예시대 교수>") == [("홍길동", "교수", "author")]


def test_university_alone_in_brackets_is_no_person() -> None:
    assert people("‹예시대 사회학과 교수>") == []
    assert people("<서울대 교수>") == []


def test_names_ending_in_dae_are_read_before_a_reporter_role() -> None:
    # 김종대 is a person where only a person can stand: before 기자
    assert people("김종대 기자 kjd@example.com") == [("김종대", "기자", "author")]
    assert people("(서울=연합뉴스) 김종대 기자 = 불이 났다.") == [("김종대", "기자", "author")]


# --------------------------------------------------------------------------- By + English names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Hong Gil-dong and Aaron Tilley", ["Hong Gil-dong", "Aaron Tilley"]),
        ("By Aaron Tilley", ["Aaron Tilley"]),
        ("By Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
        ("By Mary Ann O'Neil and Jean-Luc Martin", ["Mary Ann O'Neil", "Jean-Luc Martin"]),
        ("By Kim Ji-hoon, Lee Min-ji", ["Kim Ji-hoon", "Lee Min-ji"]),
        ("By Jane Doe Updated April 25, 2025", ["Jane Doe"]),
        ("By Jane Doe, Staff Reporter", ["Jane Doe"]),
    ],
)
def test_english_names_after_by(line: str, names: list[str]) -> None:
    found = find_bylines("애플, 인도 생산 확대\n" + line + "\n본문이다.")
    assert [b.name for b in found] == names
    assert {b.start for b in found} == {len("애플, 인도 생산 확대\n")}
    assert all(b.kind == "author" and b.role is None for b in found)


def test_by_credit_span_ends_with_the_last_name() -> None:
    (b,) = find_bylines("By Jane Doe Updated April 25")
    assert b.text == "By Jane Doe"


def test_english_name_keeps_the_address_after_it() -> None:
    found = find_bylines("By Jane Doe (jane.doe@example.com)")
    assert [(b.name, b.email) for b in found] == [("Jane Doe", "jane.doe@example.com")]


@pytest.mark.parametrize(
    "line",
    [
        "By Staff Reporter",
        "By The Associated Press",
        "By Jane",  # one word is not a name
        "The treaty was signed by Aaron Tilley.",  # not at the start of the line
        "by aaron tilley",
    ],
)
def test_by_lines_without_a_person(line: str) -> None:
    assert [b.name for b in find_bylines(line) if b.name] == []


# --------------------------------------------------------------------------- speed


ADVERSARIAL = {
    "bio lines": "홍길동 예시대 사회학과 교수·전 한국인구학회장\n" * 40_000,
    "bio lines on an opinion page": "오피니언\n" + "홍길동 예시대 교수\n" * 60_000,
    "almost bio lines": ("김철수 " + "가나다 " * 20 + "원장\n") * 10_000,
    "one long bio-like line": "홍길동 " + "예시 " * 300_000 + "교수",
    "head words": "가나 원장장장장\n" * 100_000,
    "english names": "By Aaron Tilley, " * 60_000,
    "capitalised words": "By " + "Aaron " * 200_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_runs_in_linear_time(name: str) -> None:
    text = ADVERSARIAL[name]
    t0 = time.process_time()
    found: list[Byline] = find_bylines(text)
    elapsed = time.process_time() - t0
    for b in found[:100]:
        assert text[b.start : b.end] == b.text
    assert elapsed < 20, f"{name}: {elapsed:.1f}s"
