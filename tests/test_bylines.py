"""Tests for kornews.bylines.find_bylines: seeds, every credit form, negatives, properties."""

from __future__ import annotations

import dataclasses
import random
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews._data import load_table, load_words
from kornews.bylines import Byline, find_bylines

# (name, role, email, agency, dateline, kind, email_obfuscated)
Fields = tuple[str | None, str | None, str | None, str | None, str | None, str, bool]


def fields(b: Byline) -> Fields:
    return (b.name, b.role, b.email, b.agency, b.dateline, b.kind, b.email_obfuscated)


def author(
    name: str | None,
    role: str | None = "기자",
    email: str | None = None,
    agency: str | None = None,
    dateline: str | None = None,
    kind: str = "author",
    obfuscated: bool = False,
) -> Fields:
    return (name, role, email, agency, dateline, kind, obfuscated)


def check_spans(text: str, found: list[Byline]) -> None:
    assert [b.start for b in found] == sorted(b.start for b in found)
    for b in found:
        assert 0 <= b.start < b.end <= len(text)
        assert text[b.start : b.end] == b.text


# --------------------------------------------------------------------------- seeds


def test_seed_001_reports_both_printings(seeds: dict[str, str]) -> None:
    text = seeds["001_3606a09aa6ae8308"]
    found = find_bylines(text)
    check_spans(text, found)
    assert [b.text for b in found] == ["/정병호 기자 jusbh@kwangju.co.kr"] * 2
    assert {fields(b) for b in found} == {author("정병호", email="jusbh@kwangju.co.kr")}


def test_seed_004_blog_repost(seeds: dict[str, str]) -> None:
    text = seeds["004_b2a26f4329e46e7e"]
    found = find_bylines(text)
    check_spans(text, found)
    assert [b.text for b in found] == [
        "박진표기자",
        "by 광주일보",
        "/박진표 기자\xa0lucky@kwangju.co.kr",
    ]
    # the blog header "박진표기자" prints no address; the one at the end is shared with it
    assert fields(found[0]) == author("박진표", email="lucky@kwangju.co.kr")
    assert fields(found[1]) == author(None, None, agency="광주일보")
    assert fields(found[2]) == author("박진표", email="lucky@kwangju.co.kr")


def test_seed_003_agency_and_source_credits(seeds: dict[str, str]) -> None:
    text = seeds["003_d7f6930ecccab7f7"]
    found = find_bylines(text)
    check_spans(text, found)
    by_text = {b.text: fields(b) for b in found}
    assert by_text["(포탈뉴스통신)"] == author(None, None, agency="포탈뉴스통신")
    assert by_text["[뉴스출처 : 광주광역시]"] == author(
        None, None, agency="광주광역시", kind="source"
    )
    assert by_text["기상청 제공"] == author(None, None, agency="기상청", kind="source")
    assert not [b for b in found if b.name]


@pytest.mark.parametrize("stem", ["000_35b43c20cc6f0640", "002_63cb6d787270aa92"])
def test_seeds_without_credits(seeds: dict[str, str], stem: str) -> None:
    assert find_bylines(seeds[stem]) == []


# --------------------------------------------------------------------------- forms

FORMS: list[tuple[str, str, list[Fields]]] = [
    # (input, expected span text of the first credit, fields of every credit)
    (
        "[광주=뉴시스] 박기웅 기자 = 강기정 광주시장이 23일 밝혔다.",
        "[광주=뉴시스] 박기웅 기자 =",
        [author("박기웅", agency="뉴시스", dateline="광주")],
    ),
    (
        "[가평=뉴시스]문태호 기자 = 지난 19일 오후 사고가 났다.",
        "[가평=뉴시스]문태호 기자 =",
        [author("문태호", agency="뉴시스", dateline="가평")],
    ),
    (
        "(서울=연합뉴스) 홍길동 기자 = 정부는 10일 밝혔다.",
        "(서울=연합뉴스) 홍길동 기자 =",
        [author("홍길동", agency="연합뉴스", dateline="서울")],
    ),
    (
        "(세종=연합뉴스) 홍길동 특파원 = 정부는 10일 밝혔다.",
        "(세종=연합뉴스) 홍길동 특파원 =",
        [author("홍길동", "특파원", agency="연합뉴스", dateline="세종")],
    ),
    ("【서울=뉴시스】", "【서울=뉴시스】", [author(None, None, agency="뉴시스", dateline="서울")]),
    (
        "【서울=뉴시스】 홍길동 기자 = 정부는",
        "【서울=뉴시스】 홍길동 기자 =",
        [author("홍길동", agency="뉴시스", dateline="서울")],
    ),
    (
        "[천지일보 광주=이미애 기자] 광주시가 10일 밝혔다.",
        "[천지일보 광주=이미애 기자]",
        [author("이미애", agency="천지일보", dateline="광주")],
    ),
    (
        "[더팩트ㅣ국회=배수진 기자] 29일 오후 본회의가 열렸다.",
        "[더팩트ㅣ국회=배수진 기자]",
        [author("배수진", agency="더팩트", dateline="국회")],
    ),
    (
        "[이데일리 김태형 기자] 정부가 10일 밝혔다.",
        "[이데일리 김태형 기자]",
        [author("김태형", agency="이데일리")],
    ),
    (
        "[전남인터넷신문/유길남.서성열 기자]광주시 북구가 10일 밝혔다.",
        "[전남인터넷신문/유길남.서성열 기자]",
        [author("유길남", agency="전남인터넷신문"), author("서성열", agency="전남인터넷신문")],
    ),
    (
        "시사1 노은정 기자 | 26일 오후 회의가 열렸다.",
        "시사1 노은정 기자",
        [author("노은정", agency="시사1")],
    ),
    (
        "/정병호 기자 jusbh@kwangju.co.kr",
        "/정병호 기자 jusbh@kwangju.co.kr",
        [author("정병호", email="jusbh@kwangju.co.kr")],
    ),
    (
        "/함평=황운학 기자 hwang@kwangju.co.kr",
        "/함평=황운학 기자 hwang@kwangju.co.kr",
        [author("황운학", email="hwang@kwangju.co.kr", dateline="함평")],
    ),
    ("박진표기자", "박진표기자", [author("박진표")]),
    (
        "호남취재본부 송하늘 기자 haneul@example.co.kr",
        "호남취재본부 송하늘 기자 haneul@example.co.kr",
        [author("송하늘", email="haneul@example.co.kr")],
    ),
    (
        "jhpark@fnnews.com 박지현 기자",
        "jhpark@fnnews.com 박지현 기자",
        [author("박지현", email="jhpark@fnnews.com")],
    ),
    (
        "[ 서정표 / deep202@mbn.co.kr ]",
        "[ 서정표 / deep202@mbn.co.kr ]",
        [author("서정표", None, email="deep202@mbn.co.kr")],
    ),
    (
        "김승환 [ksh@ytn.co.kr]",
        "김승환 [ksh@ytn.co.kr]",
        [author("김승환", None, email="ksh@ytn.co.kr")],
    ),
    (
        "〈이수형기자〉sooh@donga.com",
        "〈이수형기자〉sooh@donga.com",
        [author("이수형", email="sooh@donga.com")],
    ),
    (
        "최은솔 기자(es12@example.com) 2023. 7. 9. 17:36",
        "최은솔 기자(es12@example.com)",
        [author("최은솔", email="es12@example.com")],
    ),
    ("임유진 기자 | 2021.01.13 16:14", "임유진 기자", [author("임유진")]),
    ("홍길동·김철수 기자", "홍길동·김철수 기자", [author("홍길동"), author("김철수")]),
    ("글·사진=홍길동 기자", "글·사진=홍길동 기자", [author("홍길동")]),
    ("사진=홍길동 기자", "사진=홍길동 기자", [author("홍길동", "사진기자", kind="photo")]),
    ("YTN 장서윤입니다.", "YTN 장서윤입니다", [author("장서윤", None, agency="YTN")]),
    ("(진연지 기상캐스터)", "(진연지 기상캐스터)", [author("진연지", "기상캐스터")]),
    ("by 광주일보 2020. 12. 29.", "by 광주일보", [author(None, None, agency="광주일보")]),
    (
        "(포탈뉴스통신) 광주시가 인공지능 산업을 키운다.",
        "(포탈뉴스통신)",
        [author(None, None, agency="포탈뉴스통신")],
    ),
    (
        "[파이낸셜뉴스] 정부가 예산안을 편성했다.",
        "[파이낸셜뉴스]",
        [author(None, None, agency="파이낸셜뉴스")],
    ),
    (
        "☞공감언론 뉴시스 desk@example.com",
        "공감언론 뉴시스 desk@example.com",
        [author(None, None, email="desk@example.com", agency="뉴시스")],
    ),
    (
        "[뉴스출처 : 광주광역시]",
        "[뉴스출처 : 광주광역시]",
        [author(None, None, agency="광주광역시", kind="source")],
    ),
    (
        "/광주광역시 제공",
        "/광주광역시 제공",
        [author(None, None, agency="광주광역시", kind="source")],
    ),
    ("By Kim Ji-hoon", "By Kim Ji-hoon", [author("Kim Ji-hoon", None)]),
    ("행사를 마쳤다고 밝혔다.홍길동 기자", "홍길동 기자", [author("홍길동")]),
    (
        "◎공감언론 뉴시스 [email protected]",
        "공감언론 뉴시스 [email protected]",
        [author(None, None, agency="뉴시스", obfuscated=True)],
    ),
    (
        "홍길동 기자 [email\xa0protected]",
        "홍길동 기자 [email\xa0protected]",
        [author("홍길동", obfuscated=True)],
    ),
    (
        "홍길동 기자 [email&#160;protected]",
        "홍길동 기자 [email&#160;protected]",
        [author("홍길동", obfuscated=True)],
    ),
    (
        "(여수연합뉴스) 홍정규 기자 zheng@yna.co.kr",
        "(여수연합뉴스) 홍정규 기자 zheng@yna.co.kr",
        [author("홍정규", email="zheng@yna.co.kr", agency="연합뉴스", dateline="여수")],
    ),
    (
        "KPI뉴스 / 최민재 기자 minjae1992@example.kr",
        "KPI뉴스 / 최민재 기자 minjae1992@example.kr",
        [author("최민재", email="minjae1992@example.kr", agency="KPI뉴스")],
    ),
    (
        "연방타임즈 = 최민주 기자 | 26일",
        "연방타임즈 = 최민주 기자",
        [author("최민주", agency="연방타임즈")],
    ),
    (
        "[헤럴드신문 = 문상준 기자] 광주시가 모집한다.",
        "[헤럴드신문 = 문상준 기자]",
        [author("문상준", agency="헤럴드신문")],
    ),
    (
        "[위키트리 광주전남취재본부 노해섭 기자] 광주시가",
        "[위키트리 광주전남취재본부 노해섭 기자]",
        [author("노해섭", agency="위키트리")],
    ),
    ("/김인규기자 ig4013@", "/김인규기자 ig4013@", [author("김인규", email="ig4013@")]),
    ("남궁민수 기자 = 정부는", "남궁민수 기자 =", [author("남궁민수")]),
    ("황보관 선임기자", "황보관 선임기자", [author("황보관", "선임기자")]),
    (
        "(서울=뉴스1) 김민수 수습기자 = 정부는",
        "(서울=뉴스1) 김민수 수습기자 =",
        [author("김민수", "수습기자", agency="뉴스1", dateline="서울")],
    ),
    ("홍길동 논설위원", "홍길동 논설위원", [author("홍길동", "논설위원")]),
    ("김철수 객원기자", "김철수 객원기자", [author("김철수", "객원기자")]),
    ("이영희 통신원", "이영희 통신원", [author("이영희", "통신원")]),
    ("박민수 앵커", "박민수 앵커", [author("박민수", "앵커")]),
    ("정수진 PD", "정수진 PD", [author("정수진", "PD")]),
    ("윤미래 칼럼니스트", "윤미래 칼럼니스트", [author("윤미래", "칼럼니스트")]),
    ("수능 전날 표정, 장서윤 기자입니다.", "장서윤 기자입니다", [author("장서윤")]),
    (
        "…살펴보고 있다. 2025.7.3/뉴스1 ⓒ News1 이수호 기자",
        "/뉴스1 ⓒ News1 이수호 기자",
        [author("이수호", "사진기자", agency="뉴스1", kind="photo")],
    ),
    (
        "…붙어 있다. 2026.3.4 ⓒ 뉴스1 김나래 디자이너",
        "ⓒ 뉴스1 김나래 디자이너",
        [author("김나래", "디자이너", agency="뉴스1", kind="photo")],
    ),
    (
        "본회의가 열리고 있다. /국회=배수진 기자",
        "/국회=배수진 기자",
        [author("배수진", "사진기자", dateline="국회", kind="photo")],
    ),
    (
        "노하린(harin88@example.co.kr)",
        "노하린(harin88@example.co.kr)",
        [author("노하린", None, email="harin88@example.co.kr")],
    ),
    (
        "(사진=충남소방본부 제공) *재판매 및 DB 금지",
        "(사진=충남소방본부 제공)",
        [author(None, None, agency="충남소방본부", kind="source")],
    ),
    ("(제공: 광주시)", "(제공: 광주시)", [author(None, None, agency="광주시", kind="source")]),
    ("<화순군 제공>", "<화순군 제공>", [author(None, None, agency="화순군", kind="source")]),
    ("사진=연합", "사진=연합", [author(None, None, agency="연합뉴스", kind="photo")]),
    (
        "열차가 멈춰 서 있다. /평택=연합뉴스",
        "/평택=연합뉴스",
        [author(None, None, agency="연합뉴스", dateline="평택", kind="photo")],
    ),
    ("KBS뉴스 박장범입니다.", "KBS뉴스 박장범입니다", [author("박장범", None, agency="KBS")]),
    ("서울 홍길동 특파원", "서울 홍길동 특파원", [author("홍길동", "특파원", dateline="서울")]),
    ("[최은솔 기자]", "[최은솔 기자]", [author("최은솔")]),
    (
        "글 : 정광성 월간조선 기자 jgws89@chosun.com",
        "글 : 정광성 월간조선 기자 jgws89@chosun.com",
        [author("정광성", email="jgws89@chosun.com", agency="월간조선")],
    ),
    ("사진=청와대", "사진=청와대", [author(None, None, agency="청와대", kind="source")]),
    ("(사진=연합뉴스)", "(사진=연합뉴스)", [author(None, None, agency="연합뉴스", kind="photo")]),
    (
        "[서울경제] 홍길동 기자 = 정부는",
        "[서울경제] 홍길동 기자 =",
        [author("홍길동", agency="서울경제")],
    ),
    ("SBS 뉴스 홍길동입니다.", "SBS 뉴스 홍길동입니다", [author("홍길동", None, agency="SBS")]),
    # outlet names holding an outlet word inside ("경제") are read whole
    (
        "[한국경제TV 홍길동 기자]",
        "[한국경제TV 홍길동 기자]",
        [author("홍길동", agency="한국경제TV")],
    ),
    (
        "[매일경제TV 김철수 기자] 정부가",
        "[매일경제TV 김철수 기자]",
        [author("김철수", agency="매일경제TV")],
    ),
    (
        "[에너지경제신문 이영희 기자]",
        "[에너지경제신문 이영희 기자]",
        [author("이영희", agency="에너지경제신문")],
    ),
    ("[SBS Biz 박민수 기자]", "[SBS Biz 박민수 기자]", [author("박민수", agency="SBS Biz")]),
    (
        "【파이낸셜뉴스 서울】 홍길동 기자 = 정부가",
        "【파이낸셜뉴스 서울】 홍길동 기자 =",
        [author("홍길동", agency="파이낸셜뉴스", dateline="서울")],
    ),
    # a newsroom desk is not the outlet
    (
        "이영희 디지털뉴스 기자 lee@example.com",
        "이영희 디지털뉴스 기자 lee@example.com",
        [author("이영희", email="lee@example.com")],
    ),
    (
        "최민수 온라인뉴스팀 기자 choi@example.com",
        "최민수 온라인뉴스팀 기자 choi@example.com",
        [author("최민수", email="choi@example.com")],
    ),
    # co-authors separated by a space only, after a dateline
    (
        "(세종=연합뉴스) 홍길동 김철수 기자 = 정부가",
        "(세종=연합뉴스) 홍길동 김철수 기자 =",
        [
            author("홍길동", agency="연합뉴스", dateline="세종"),
            author("김철수", agency="연합뉴스", dateline="세종"),
        ],
    ),
    # an address printed once for two people belongs to one of them
    (
        "홍길동·김철수 기자 kim@example.com",
        "홍길동·김철수 기자 kim@example.com",
        [author("홍길동"), author("김철수", email="kim@example.com")],
    ),
    (
        "홍길동·김철수 기자 gildong@example.com",
        "홍길동·김철수 기자 gildong@example.com",
        [author("홍길동", email="gildong@example.com"), author("김철수")],
    ),
    (
        "By Park Min-su, Choi Ji-won",
        "By Park Min-su, Choi Ji-won",
        [author("Park Min-su", None), author("Choi Ji-won", None)],
    ),
    # contributors and columnists sign in brackets or after a writer label
    ("<홍길동 한국대 교수>", "<홍길동 한국대 교수>", [author("홍길동", "교수")]),
    ("‹김철수 명예교수>", "‹김철수 명예교수>", [author("김철수", "명예교수")]),
    ("[이영희 칼럼] 봄을 기다리며", "[이영희 칼럼]", [author("이영희", "칼럼니스트")]),
    ("박민수 논설위원", "박민수 논설위원", [author("박민수", "논설위원")]),
    ("글=최지원 (시인)", "글=최지원 (시인)", [author("최지원", "시인")]),
    ("정리=홍길동", "정리=홍길동", [author("홍길동", None)]),
    # broadcast camera crew: a photo credit; editors are not reported
    (
        "촬영기자:홍길동/영상편집:김철수",
        "촬영기자:홍길동",
        [author("홍길동", "촬영기자", kind="photo")],
    ),
    (
        "(영상취재 : 이영희·박민수, 영상편집 : 최지원)",
        "영상취재 : 이영희·박민수",
        [author("이영희", "영상기자", kind="photo"), author("박민수", "영상기자", kind="photo")],
    ),
]


@pytest.mark.parametrize(("text", "span", "expected"), FORMS, ids=[f[1] for f in FORMS])
def test_form(text: str, span: str, expected: list[Fields]) -> None:
    found = find_bylines(text)
    check_spans(text, found)
    assert [fields(b) for b in found] == expected
    assert found[0].text == span
    assert all(b.text == span for b in found)  # several people share one credit's span


def test_two_line_credit_with_obfuscated_address_and_station() -> None:
    text = "본문이다.\n최다인 기자\n[email protected](JTV전주방송)\n"
    [b] = find_bylines(text)
    assert b.text == "최다인 기자\n[email protected](JTV전주방송)"
    assert fields(b) == author("최다인", agency="JTV전주방송", obfuscated=True)


def test_broadcast_signoff_split_over_two_lines() -> None:
    text = "YTN 장서윤입니다.\nYTN 장서윤 (\n[email protected])\n"
    found = find_bylines(text)
    check_spans(text, found)
    assert [fields(b) for b in found] == [
        author("장서윤", None, agency="YTN"),
        author("장서윤", None, agency="YTN", obfuscated=True),
    ]


def test_credit_glued_to_copyright() -> None:
    text = "전시물을 살펴보고 있다. 전하준 기자 hajun@example.com Copyright Ⓒ 동아일보."
    [b] = find_bylines(text)
    assert b.text == "전하준 기자 hajun@example.com"
    assert b.email == "hajun@example.com"


def test_truncated_address_after_middle_dot() -> None:
    [b] = find_bylines("·장태엽기자·mode70@")
    assert (b.name, b.email, b.text) == ("장태엽", "mode70@", "장태엽기자·mode70@")


# --------------------------------------------------------------------------- text-level sharing


def test_lone_address_goes_to_the_only_author() -> None:
    text = "(서울=뉴스1) 한병찬 기자 = 불이 났다.\n인명피해는 없었다.\nbchan@example.kr\n"
    found = find_bylines(text)
    assert [(b.name, b.email) for b in found] == [
        ("한병찬", "bchan@example.kr"),
        (None, "bchan@example.kr"),
    ]
    assert found[0].text == "(서울=뉴스1) 한병찬 기자 ="


def test_agency_signoff_address_goes_to_the_only_author() -> None:
    text = "[가평=뉴시스]문태호 기자 = 사고가 났다.\n☞공감언론 뉴시스 taeho@example.com\n"
    found = find_bylines(text)
    assert [(b.name, b.email, b.agency) for b in found] == [
        ("문태호", "taeho@example.com", "뉴시스"),
        (None, "taeho@example.com", "뉴시스"),
    ]


def test_lone_address_is_not_guessed_between_two_authors() -> None:
    text = "[광주=뉴시스] 박기웅·김민수 기자 = 사고가 났다.\nsky@example.kr\n"
    found = find_bylines(text)
    assert [(b.name, b.email) for b in found] == [
        ("박기웅", None),
        ("김민수", None),
        (None, "sky@example.kr"),
    ]


@pytest.mark.parametrize(
    ("credit", "owner"),
    [
        ("김민수·박지현 기자 jhpark@example.com", "박지현"),  # given initials + surname
        ("박지현·김민수 기자 kimms@example.com", "김민수"),  # surname first
        ("이영희·박지현 기자 lyh@example.com", "이영희"),  # initials
        ("남궁민·박지현 기자 namgung@example.com", "남궁민"),  # two-syllable surname
        ("박지현·김민수 기자 sky@example.com", "박지현"),  # no match: the first listed
    ],
)
def test_address_of_a_shared_credit_goes_to_one_person(credit: str, owner: str) -> None:
    found = find_bylines(credit)
    assert [b.name for b in found if b.email] == [owner]


def test_initial_letters_table_covers_the_19_initials() -> None:
    rows = load_table("bylines_initial_letters.tsv")
    assert "".join(r[0] for r in rows) == "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def test_lone_address_goes_to_the_author_it_romanises() -> None:
    text = "(서울=뉴스1) 박지훈 김민수 기자 = 사고가 났다.\n조사 중이다.\npjh@example.com\n"
    found = find_bylines(text)
    assert [(b.name, b.email) for b in found] == [
        ("박지훈", "pjh@example.com"),
        ("김민수", None),
        (None, "pjh@example.com"),
    ]


def test_team_address_is_not_given_to_a_person() -> None:
    text = "[더팩트ㅣ국회=배수진 기자] 본회의가 열렸다.\n사진영상기획부 photo@example.co.kr\n"
    found = find_bylines(text)
    assert [(b.name, b.email) for b in found] == [("배수진", None), (None, "photo@example.co.kr")]


def test_same_name_gets_the_address_printed_elsewhere() -> None:
    text = "최은솔 기자(es12@example.com) 2023. 7. 9. 17:36\n본문이다.\n[최은솔 기자]\n"
    found = find_bylines(text)
    assert [(b.text, b.email) for b in found] == [
        ("최은솔 기자(es12@example.com)", "es12@example.com"),
        ("[최은솔 기자]", "es12@example.com"),
    ]


def test_bare_agency_name_line_needs_confirmation() -> None:
    assert find_bylines("KBS 이사회\n본문이다.") == []
    text = "뉴시스 문태호\n[가평=뉴시스]문태호 기자 = 사고가 났다."
    assert [b.text for b in find_bylines(text)] == ["뉴시스 문태호", "[가평=뉴시스]문태호 기자 ="]


# --------------------------------------------------------------------------- negatives

NEGATIVES = [
    "강기정 광주시장은 28일 기자회견을 열고 성과를 밝혔다.",
    "시장은 기자간담회에서 이같이 말했다.",
    "청와대 출입기자단은 성명을 냈다.",
    "그는 기자실에서 브리핑을 했다.",
    "장관은 기자들에게 말했다.",
    "출입기자 20명이 참석했다.",
    'A 기자는 "좋은 정책"이라고 말했다.',
    "김 기자가 물었다.",
    '그는 "문제없다"라고 기자에게 말했다.',
    "이날 현장에는 김철수 기자 등이 있었다.",
    "담당 기자 10명이 배치됐다.",
    "한 기자가 질문했다.",
    "현장 기자의 말을 들어보자.",
    "사진 기자들이 몰렸다.",
    "문의 hong@city.go.kr 로 하면 된다.",
    "신청은 이메일(hong@city.go.kr)로 받는다.",
    "기상청 제공 자료에 따르면 비가 온다.",
    "The law was signed by Kim Jong-un in 2012.",
    "Copyright@예시팩트(example.co.kr) All right reserved.",
    "김철수 기자는 현장을 찾았다.",
    "박영희 앵커가 물었다.",
    "시청자들이 기자의 질문을 들었다.",
    # a person with a title inside prose, and tip lines, are not credits
    "연구팀(홍길동 교수)은 결과를 발표했다.",
    "김철수 서울대 교수는 이렇게 말했다.",
    "[메일] tips@example.com",
    "▷ 이메일 : jebo@example.com",
    "※ 기사제보: news@example.com",
    "정부 관계자 2명이 참석했다.",
    "항공촬영: 드론으로 찍었다.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_prose_is_not_a_credit(text: str) -> None:
    assert find_bylines(text) == []


def test_empty_and_blank() -> None:
    assert find_bylines("") == []
    assert find_bylines("\n \xa0\n") == []


@pytest.mark.parametrize("bad", [b"/\xed\x99\x8d \xea\xb8\xb0\xec\x9e\x90", None, 3, ["기자"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be str"):
        find_bylines(bad)  # type: ignore[arg-type]


def test_byline_is_frozen() -> None:
    [b] = find_bylines("/정병호 기자 jusbh@kwangju.co.kr")
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.name = "김철수"  # type: ignore[misc]
    assert not hasattr(b, "__dict__")


# --------------------------------------------------------------------------- data tables


@pytest.mark.parametrize(
    "name",
    [
        "bylines_surnames.txt",
        "bylines_places.txt",
        "bylines_stopwords.txt",
        "bylines_photo_words.txt",
        "bylines_author_words.txt",
        "bylines_source_words.txt",
        "bylines_signoffs.txt",
        "bylines_outlet_suffixes.txt",
        "bylines_roman_surnames.txt",
        "bylines_desks.txt",
        "bylines_desk_endings.txt",
        "bylines_signoff_leads.txt",
    ],
)
def test_word_tables_load_without_duplicates(name: str) -> None:
    words = load_words(name)
    assert words
    assert len(words) == len(set(words))


def test_role_and_agency_tables() -> None:
    roles = load_table("bylines_roles.tsv")
    assert len({r[0] for r in roles}) == len(roles)
    assert all(len(r) == 3 and r[2] in {"author", "photo"} for r in roles)
    required = {"기자", "특파원", "선임기자", "수습기자", "논설위원", "객원기자", "통신원"}
    required |= {"사진기자", "기상캐스터", "앵커", "PD", "칼럼니스트"}
    assert required <= {r[1] for r in roles}
    variants = [v for row in load_table("bylines_agencies.tsv") for v in row]
    assert len(variants) == len(set(variants))
    assert {"연합뉴스", "뉴시스", "뉴스1", "광주일보"} <= set(variants)


# --------------------------------------------------------------------------- properties

SURNAMES = [*"김이박최정강조윤장임한오서", "남궁", "황보"]
GIVEN = st.text(alphabet="민수영희지현성호준우진서연은경태", min_size=1, max_size=2)
NAMES = st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), GIVEN).filter(
    lambda n: n not in set(load_words("bylines_stopwords.txt"))
)
AGENCIES = ["뉴시스", "연합뉴스", "뉴스1", "광주일보", "천지일보", "이데일리", "KPI뉴스"]
PLACES = ["광주", "서울", "세종", "함평", "가평", "국회", "워싱턴"]
ROLES = ["기자", "특파원", "선임기자", "수습기자", "논설위원", "객원기자", "통신원"]
# Local parts open with "x", which romanises no Korean initial: the address of a credit
# naming several people then goes to the first one listed.
EMAILS = st.from_regex(r"x[a-z0-9]{1,10}@[a-z]{2,8}\.(?:co\.kr|com|kr)", fullmatch=True)


@st.composite
def credit_lines(draw: st.DrawFn) -> tuple[str, list[str], Fields]:
    """A byline line from the grammar of real credits, with the fields it must give back."""
    names = draw(st.lists(NAMES, min_size=1, max_size=3, unique=True))
    role = draw(st.sampled_from(ROLES))
    agency = draw(st.sampled_from(AGENCIES))
    place = draw(st.sampled_from(PLACES))
    email = draw(EMAILS)
    sep = draw(st.sampled_from(["·", "."]))
    space = draw(st.sampled_from([" ", ""]))
    who = sep.join(names)
    style = draw(st.integers(0, 7))
    got_agency: str | None = agency
    got_place: str | None = place
    got_email: str | None = None
    if style == 0:
        line = f"[{place}={agency}]{space}{who} {role} = 정부는 10일 밝혔다."
    elif style == 1:
        line = f"({place}={agency}) {who}{space}{role} = 정부는 10일 밝혔다."
    elif style == 2:
        line = f"[{agency} {place}={who} {role}] 시가 10일 밝혔다."
    elif style == 3:
        line, got_place = f"[{agency}/{who} {role}]광주시 북구가 밝혔다.", None
    elif style == 4:
        line, got_agency, got_email = f"/{place}={who}{space}{role} {email}", None, email
    elif style == 5:
        line, got_agency, got_place, got_email = f"{who} {role} {email}", None, None, email
    elif style == 6:
        line, got_agency, got_place, got_email = f"{email} {who} {role}", None, None, email
    else:
        line, got_place = f"{agency} {who} {role} | 26일 오후", None
    return line, names, author(None, role, got_email, got_agency, got_place)


@given(credit_lines())
def test_generated_credit_lines_round_trip(case: tuple[str, list[str], Fields]) -> None:
    line, names, expected = case
    text = f"앞 문단이다.\n{line}\n뒤 문단이다."
    found = find_bylines(text)
    check_spans(text, found)
    assert [b.name for b in found] == names
    assert fields(found[0])[1:] == expected[1:]
    no_email = (*expected[1:2], None, *expected[3:])
    assert {fields(b)[1:] for b in found[1:]} <= {no_email}


@given(
    st.text(
        alphabet=st.sampled_from(list("홍길동김철수 기자=[]()/·.@ab1\n뉴시스광주제공|ⓒ")),
        max_size=300,
    )
)
def test_spans_hold_on_arbitrary_text(text: str) -> None:
    found = find_bylines(text)
    check_spans(text, found)
    for b in found:
        assert b.kind in {"author", "photo", "source"}
        assert b.name is None or len(b.name) >= 2


@given(st.text(max_size=500))
def test_never_crashes(text: str) -> None:
    check_spans(text, find_bylines(text))


# --------------------------------------------------------------------------- adversarial input

_rng = random.Random(5)
ADVERSARIAL = {
    "role words": "기자 " * 100_000,
    "name and role": "홍길동 기자 " * 30_000,
    "dateline opens": "[광주=" * 100_000,
    "at signs": "@" * 1_000_000,
    "glued addresses": "a@" * 300_000,
    "addresses on one line": "a@b.co " * 100_000,
    "one long line": "가나다라 " * 200_000,
    "latin-1 junk": bytes(_rng.randrange(256) for _ in range(1_000_000)).decode("latin-1"),
    "slashes": "/" * 1_000_000,
    "name chain": "홍길동." * 200_000 + "기자",
    "sign-offs": "입니다" * 200_000,
    "provided": "(서울시 제공) " * 50_000,
    "space-separated names": "홍길동 " * 200_000 + "기자 =",
    "open signatures": "<홍길동 한국대 교수 " * 50_000,
    "signatures": "(홍길동 교수) " * 60_000,
    "writer labels": "글=" * 300_000,
    "crew labels": "촬영:홍길동,김철수," * 50_000,
    "english names": "By Kim Ji-hoon, " * 50_000,
    "korean by-lines": "By 홍길동 (" * 100_000,
    "caption credits": "[광주=뉴시스] 홍길동 기자 = 2025.1.1. " * 20_000,
    "comma datelines": "[뉴시스=광주, " * 100_000,
    "wire datelines": "[파리=AP/" * 100_000,
    "past sign-offs": "지금까지 YTN 이었습니다" * 50_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_runs_in_linear_time(name: str) -> None:
    text = ADVERSARIAL[name]
    t0 = time.process_time()  # CPU time: the machine running the suite may be shared
    found = find_bylines(text)
    elapsed = time.process_time() - t0
    check_spans(text, found[:100])
    # generous: these take about a second on a shared laptop core; quadratic would take minutes
    assert elapsed < 20, f"{name}: {elapsed:.1f}s"


# --------------------------------------------------------------------------- probe 2 regressions


@pytest.mark.parametrize(
    ("text", "name", "agency"),
    [
        ("지금까지 YTN 정하늘입니다.", "정하늘", "YTN"),
        ("지금까지 KBS 뉴스 오세린이었습니다.", "오세린", "KBS"),
        ("이상 MBC뉴스 한가람였습니다.", "한가람", "MBC"),
    ],
)
def test_broadcast_signoff_with_lead_in_and_past_tense(text: str, name: str, agency: str) -> None:
    found = find_bylines(text)
    check_spans(text, found)
    assert [(b.name, b.role, b.agency, b.kind) for b in found] == [(name, None, agency, "author")]
    assert found[0].text.startswith(agency)


def test_past_tense_sentence_is_not_a_signoff() -> None:
    assert find_bylines("그때 그는 대학생이었습니다.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By 윤서연 (sy.yoon@example.com)", "윤서연"),
        ("By Yoon Seo-yeon (sy.yoon@example.com)", "Yoon Seo-yeon"),
    ],
)
def test_english_by_line_keeps_the_address(text: str, name: str) -> None:
    found = find_bylines(text)
    check_spans(text, found)
    assert [(b.name, b.email) for b in found] == [(name, "sy.yoon@example.com")]
    assert found[0].text == text


def test_photo_caption_address_after_the_date_belongs_to_the_credit() -> None:
    text = (
        "[순천=뉴시스] 문하늘 기자 = 시민들이 정원을 걷고 있다. 2025.10.12. sky@example.com\n"
        "본문 문의는 desk@example.org 로 하면 된다."
    )
    found = find_bylines(text)
    check_spans(text, found)
    assert [fields(b) for b in found] == [
        author("문하늘", email="sky@example.com", agency="뉴시스", dateline="순천")
    ]


def test_caption_without_a_closing_date_gets_no_address() -> None:
    text = "(서울=연합뉴스) 문하늘 기자 = 정부는 문의처로 desk@example.org 를 안내했다."
    assert [b.email for b in find_bylines(text)] == [None]


def test_agency_place_comma_name_bracket() -> None:
    text = "[OSEN=고척, 남궁민 기자] 2025.09.28 22:31"
    found = find_bylines(text)
    check_spans(text, found)
    assert [fields(b) for b in found] == [author("남궁민", agency="OSEN", dateline="고척")]
    assert found[0].text == "[OSEN=고척, 남궁민 기자]"


def test_wire_photo_dateline_credits_the_distributing_outlet() -> None:
    text = "[런던=AP/뉴시스] 시민들이 다리를 건너고 있다."
    found = find_bylines(text)
    check_spans(text, found)
    assert [fields(b) for b in found] == [author(None, None, None, "뉴시스", "런던", "photo")]
    assert found[0].text == "[런던=AP/뉴시스]"
