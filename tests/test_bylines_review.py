"""Review regressions in bylines and money: opinion pages told by their header and tags,
names ending in 대, name lists after an outlet and a space, device counts with 대, and
docs free of real reporters' names and addresses."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kornews._data import load_words
from kornews.bylines import find_bylines
from kornews.lines import classify_lines
from kornews.money import find_money

ROOT = Path(__file__).resolve().parent.parent


def people(text: str) -> list[tuple[str | None, str | None, str]]:
    found = find_bylines(text)
    for b in found:
        assert text[b.start : b.end] == b.text
    return [(b.name, b.role, b.kind) for b in found]


# --------------------------------------------------------------------------- opinion pages


@pytest.mark.parametrize(
    "text",
    [
        # the marker words inside the body's prose are news, not an opinion page
        "예시당은 이날 논평을 내고 유감을 표했다.\n홍길동 예시대 교수\n",
        "예시포럼이 12일 개막했다. 참석자들이 발언했다.\n김철수 예시전자 회장\n",
        "환자가 숨졌다. 사설 구급차가 늦게 왔다.\n홍길동 예시병원 원장\n",
        "사설 구급차 이송 중 사고\n환자가 숨졌다.\n홍길동 예시병원 원장\n",
        "그는 신문에 칼럼을 썼다고 말했다.\n홍길동 예시대 교수\n",
        "필자는 이렇게 적었다. 다음 날 답이 왔다.\n홍길동 예시대 교수\n",
        "홍길동(칼럼니스트)은 이렇게 말했다.\n김철수 예시대 교수\n",
    ],
)
def test_marker_words_in_prose_do_not_make_an_opinion_page(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "오피니언\n지역 소멸, 해법은\n인구가 줄고 있다.\n홍길동 예시대 교수\n",
        "[기고] 지역 소멸, 해법은\n인구가 줄고 있다.\n홍길동 예시대 교수\n",
        "【사설】 지역 소멸\n인구가 줄고 있다.\n홍길동 예시대 교수\n",
        "홈 > 오피니언 > 칼럼\n인구가 줄고 있다.\n홍길동 예시대 교수\n",
        "인구가 줄고 있다.\n홍길동 예시대 교수\n기고 | 다른 글 보기\n",
        "인구가 줄고 있다.\n홍길동 예시대 교수\n[김철수 칼럼] 다른 글\n",
    ],
)
def test_header_words_and_tags_make_an_opinion_page(text: str) -> None:
    assert people(text)[0] == ("홍길동", "교수", "author")


def test_a_menu_word_after_the_first_prose_line_is_no_header() -> None:
    text = "인구가 줄고 있다.\n오피니언\n홍길동 예시대 교수\n"
    assert people(text) == []


# --------------------------------------------------------------------------- names in 대


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("[김종대 칼럼]", "김종대", "칼럼니스트"),
        ("글=김종대 (소설가)", "김종대", "소설가"),
        ("By 김종대", "김종대", None),
        ("본문이다.\n‹김종대 예시대 교수>", "김종대", "교수"),
        ("본문이 끝났다. <이승대 한국대 사회학과 교수>", "이승대", "교수"),
        ("(서울=연합뉴스) 김종대 기자 = 불이 났다.", "김종대", "기자"),
        ("촬영기자:김종대", "김종대", "촬영기자"),
    ],
)
def test_names_ending_in_dae_are_people_where_no_university_post_follows(
    text: str, name: str, role: str | None
) -> None:
    assert [(b.name, b.role) for b in find_bylines(text)] == [(name, role)]


def test_bio_line_opening_with_a_dae_name_and_another_organisation() -> None:
    text = "오피니언\n김종대 예시대 사회학과 교수\n"
    assert people(text) == [("김종대", "교수", "author")]


@pytest.mark.parametrize(
    "text",
    [
        "<서울대 교수>",
        "‹예시대 명예교수>",
        "본문이다.\n[한국대 사회학과 교수]",
        "오피니언\n서울대 사회학과 교수\n",
        "오피니언\n예시대 의대 교수·전 예시학회장\n",
    ],
)
def test_a_university_followed_by_its_post_is_no_person(text: str) -> None:
    assert people(text) == []


# --------------------------------------------------------------------------- name lists


def test_name_list_after_an_outlet_and_a_space() -> None:
    text = "[예시경제 김철수, 이영희 기자] 정부가 대책을 내놨다."
    found = find_bylines(text)
    assert [(b.name, b.agency, b.dateline, b.role) for b in found] == [
        ("김철수", "예시경제", None, "기자"),
        ("이영희", "예시경제", None, "기자"),
    ]
    assert {b.text for b in found} == {"[예시경제 김철수, 이영희 기자]"}


def test_three_names_after_an_outlet_and_a_space() -> None:
    text = "[예시일보 김철수, 이영희, 박민수 기자] 정부가"
    assert [b.name for b in find_bylines(text)] == ["김철수", "이영희", "박민수"]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("[OSEN=고척, 홍길동 기자] 경기가 끝났다.", "홍길동", "고척"),  # after "=": the place
        ("[예시일보 서울, 홍길동 기자] 경기가 끝났다.", "홍길동", "서울"),  # a known place
        ("[예시스포츠 고척, 홍길동 기자] 경기가 끝났다.", "홍길동", "고척"),  # a known venue
    ],
)
def test_the_word_before_the_comma_stays_a_place(text: str, name: str, place: str) -> None:
    assert [(b.name, b.dateline) for b in find_bylines(text)] == [(name, place)]


@pytest.mark.parametrize("tag", ["단독", "종합", "인터뷰"])
def test_a_section_tag_before_the_comma_is_no_name(tag: str) -> None:
    text = f"[예시일보 {tag}, 홍길동 기자] 본문이다."
    assert [b.name for b in find_bylines(text)] == ["홍길동"]


# --------------------------------------------------------------------------- device counts


@pytest.mark.parametrize(
    "text",
    [
        "스마트폰 출하량 3억대 규모",
        "올해 판매 1억대 규모로 늘었다",
        "연간 생산 2억대 규모",
        "누적 보급 1억대 돌파",
        "판매 대수 3억대 돌파",
        "전기차 생산량 1억대 달성",
        "3억대 규모",
    ],
)
def test_counts_of_devices_with_dae_are_no_money(text: str) -> None:
    assert find_money(text) == []


def test_a_device_count_after_a_won_amount_adds_no_money() -> None:
    found = find_money("매출 5000억원, 판매 1억대 규모")
    assert [(m.text, m.value, m.currency) for m in found] == [
        ("5000억원", Decimal("500000000000"), "KRW")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("1천억대 규모의 투자를 유치했다", "1천억", Decimal("100000000000")),
        ("1천억대 규모 투자", "1천억", Decimal("100000000000")),
        ("사업비 3천억대 규모", "3천억", Decimal("300000000000")),
        ("10억대 자산가", "10억", Decimal("1000000000")),
    ],
)
def test_dae_ranges_of_money_still_read(text: str, surface: str, value: Decimal) -> None:
    assert [(m.text, m.value, m.currency, m.approx) for m in find_money(text)] == [
        (surface, value, "KRW", True)
    ]


def test_selling_nouns_do_not_block_bare_amounts_with_a_money_word() -> None:
    # only the 대 form counts machines after 판매; takings stay money
    assert [m.text for m in find_money("판매 5000억원 달성")] == ["5000억원"]


# --------------------------------------------------------------------------- docs

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


@pytest.mark.parametrize(
    "path", ["docs/bylines.md", "docs/money.md", "src/kornews/bylines.py", "src/kornews/money.py"]
)
def test_docs_print_only_invented_addresses(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    real = [e for e in _EMAIL.findall(text) if "example" not in e]
    assert real == []


# --------------------------------------------------------------------------- speed

ADVERSARIAL = {
    "open brackets": ("[" + "가" * 19) * 50_000,
    "breadcrumb arrows": "> " * 500_000,
    "opinion page of bio lines": "본문이다.\n" + "홍길동 예시대 교수\n" * 60_000 + "[기고]",
    "university posts": "서울대 교수 " * 100_000,
    "outlet lists": "[예시일보 김철수, " * 60_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_runs_in_linear_time(name: str) -> None:
    text = ADVERSARIAL[name]
    t0 = time.process_time()
    found = find_bylines(text)
    money = find_money(text)
    elapsed = time.process_time() - t0
    for b in found[:100]:
        assert text[b.start : b.end] == b.text
    assert money == []
    assert elapsed < 20, f"{name}: {elapsed:.1f}s"


def test_device_counts_run_in_linear_time() -> None:
    text = "스마트폰 출하량 3억대 규모, " * 60_000
    t0 = time.process_time()
    assert find_money(text) == []
    assert time.process_time() - t0 < 20


@pytest.mark.parametrize(
    ("bio", "role"),
    [
        ("홍길동 예시그룹 고문", "고문"),
        # a newsroom title after an outlet is the role parser's: the title as printed
        ("김철수 예시신문 편집국장", "편집국장"),
        ("오은지 예시일보 경제부장", "경제부장"),
        ("이하늘 예시일보 산업에디터", "산업에디터"),
        ("홍길동 예시재단 칼럼니스트", "칼럼니스트"),
    ],
)
def test_bio_titles_agree_with_the_line_rules(bio: str, role: str) -> None:
    """A bio line that the line rules label a credit is a credit for find_bylines too."""
    page = f"[기고] 지역 경제 살리기\n지역 상권이 살아나야 한다.\n{bio}\n"
    assert [(b.name, b.role, b.kind) for b in find_bylines(page)] == [
        (bio.split()[0], role, "author")
    ]


@pytest.mark.parametrize("position", load_words("lines_bio_positions.txt"))
def test_every_bio_position_of_the_line_rules_is_a_credit(position: str) -> None:
    """Each position of lines_bio_positions.txt closing a bio line (which the line rules
    label a byline) gives a credit here too: the two tables stay aligned."""
    page = f"[기고] 지역 경제 살리기\n지역 상권이 살아나야 한다.\n홍길동 예시재단 {position}\n"
    assert classify_lines(page)[2].label == "byline"
    assert [(b.name, b.kind) for b in find_bylines(page)] == [("홍길동", "author")]
