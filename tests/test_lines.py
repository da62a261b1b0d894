"""Tests for kornews.lines: line labels, reasons, spans, robustness and strip_boilerplate."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews.lines import KEPT_LABELS, Line, Stripped, classify_lines, strip_boilerplate
from kornews.types import LINE_LABELS

TITLE = "광주시, 인공지능 중심도시 도약 선언"
LEDE = "광주시가 인공지능 산업 육성을 위해 500억원을 투입한다고 12일 밝혔다."
BODY = "시는 이번 사업으로 지역 기업 100곳을 지원할 계획이다."
LAST = "강기정 시장은 “지역 산업의 체질을 바꾸겠다”고 말했다."
SEED_001 = "001_3606a09aa6ae8308"
SEED_002 = "002_63cb6d787270aa92"
SEED_003 = "003_d7f6930ecccab7f7"
SEED_004 = "004_b2a26f4329e46e7e"


def labels(text: str) -> list[str]:
    return [ln.label for ln in classify_lines(text)]


def label_of(page: list[str], index: int) -> tuple[str, str]:
    line = classify_lines("\n".join(page))[index]
    return line.label, line.reason


# --------------------------------------------------------------------------- furniture families

# Furniture lines placed between two body paragraphs of an article.
IN_ARTICLE = [
    ("  • 맑음속초20.2℃", "boilerplate", "weather-widget"),
    ("  • 흐림동두천 0.3℃", "boilerplate", "weather-widget"),
    ("  • 맑음강화 -1.6℃", "boilerplate", "weather-widget"),
    ("  • 대전 2.8℃", "boilerplate", "weather-widget"),
    ("  • 맑음고창 ℃", "boilerplate", "weather-widget"),
    ("기상청 제공", "boilerplate", "navigation"),
    ("본문 바로가기", "boilerplate", "navigation"),
    ("컨텐츠로 건너뛰기", "boilerplate", "navigation"),
    ("728x90", "boilerplate", "ad-marker"),
    ("반응형", "boilerplate", "ad-marker"),
    ("ADVERTISEMENT", "boilerplate", "ad-marker"),
    ("  • 해당된 기사를 공유합니다", "boilerplate", "widget"),
    ("facebook twitter kakao 복사", "boilerplate", "navigation"),
    ("이 글자크기로 변경됩니다.", "boilerplate", "widget"),
    ("좋아요0 화나요0 슬퍼요0 추가취재 원해요0", "boilerplate", "widget"),
    ("[ⓒ 예시뉴스. 무단전재-재배포 금지]", "boilerplate", "copyright"),
    ("광주일보 PC버전", "boilerplate", "widget"),
    ("▶ 네이버에서 뉴시스 구독하기", "boilerplate", "widget"),
    ("회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책", "boilerplate", "widget"),
    ("홈 정치 경제 사회 문화 국제", "boilerplate", "menu"),
    ("#날씨 #폭염 #열대야", "boilerplate", "hashtags"),
    ("kwangju.co.kr", "boilerplate", "domain-line"),
    ("[", "boilerplate", "no-text"),
    ("2023년 07월 31일(월) 17:40 가가", "meta", "date-stamp"),
    ("입력 2021.03.15 (08:41) 수정 2021.03.15 (09:12) 사회", "meta", "date-stamp"),
    ("    • 수정2021-03-15 09:12:47", "meta", "date-stamp"),
    ("입력2025.09.10 16:56", "meta", "date-stamp"),
    ("[기자]", "meta", "script-tag"),
    ("◀ANC▶", "meta", "script-tag"),
    ("/홍길동 기자 hong@example.com", "byline", "email-credit"),
    ("/함평=홍길동 기자 hong@example.co.kr", "byline", "email-credit"),
    ("jhpark@example.com 박지현 기자", "byline", "email-credit"),
    ("[ 홍길동 / hong@example.co.kr ]", "byline", "email-credit"),
    ("◎공감언론 뉴시스 [email protected]", "byline", "email-credit"),
    ("홍길동기자", "byline", "reporter-credit"),
    ("[홍길동 기자]", "byline", "reporter-credit"),
    ("(홍길동 기상캐스터)", "byline", "reporter-credit"),
    ("호남취재본부 홍길동기자", "byline", "reporter-credit"),
    ("YTN 홍길동입니다.", "byline", "sign-off"),
    ("KBS뉴스 홍길동입니다.", "byline", "sign-off"),
    ("뉴시스 홍길동", "byline", "sign-off"),
    ("by 광주일보 2020. 12. 29.", "byline", "by-credit"),
    ("[뉴스출처 : 광주광역시]", "byline", "source-credit"),
    ("230512 협약 체결_GJI9887.JPG", "caption", "image-file"),
    ("<사진>", "caption", "photo-credit"),
    ("/광주광역시 제공", "caption", "photo-credit"),
    ("[부산소방본부 제공]", "caption", "photo-credit"),
    (
        "시민들이 축제장에서 공연을 관람하고 있다.<화순군 제공>",
        "caption",
        "photo-credit",
    ),
    (
        "소방대원들이 화재를 진압하고 있다. (사진=충남소방본부 제공) *재판매 및 DB 금지",
        "caption",
        "photo-credit",
    ),
    (
        "관람객들이 전시를 살펴보고 있다. 2025.7.3/뉴스1 ⓒ News1 홍길동 기자",
        "caption",
        "photo-credit",
    ),
    ("▲ 협약식 참석자들이 기념촬영을 하고 있다.", "caption", "photo-marker"),
    (
        "12일 오후 서울 여의도 국회에서 본회의가 열리고 있다.",
        "caption",
        "photo-description",
    ),
    (
        "![소방관들이 잔해를 수색하고 있다.](https://img.example.com/a.jpg)",
        "caption",
        "image-markdown",
    ),
    ("광주시교육청.", "caption", "caption-label"),
    ("chevron_right 문화", "boilerplate", "menu"),
    ("• 작게보기 • 기본크기 • 크게보기", "boilerplate", "widget-bar"),
    ("<br /><br />", "boilerplate", "markup"),
    ("(끝)", "boilerplate", "navigation"),
    ("Tuesday 28 October 2025", "meta", "date-stamp"),
    ("UPDATE 2025-11-05 06:31 (Wed)", "meta", "date-stamp"),
]


@pytest.mark.parametrize(("line", "label", "reason"), IN_ARTICLE)
def test_furniture_between_paragraphs(line: str, label: str, reason: str) -> None:
    page = [TITLE, LEDE, "", line, "", BODY, LAST]
    assert label_of(page, 3) == (label, reason)
    # The article around it is untouched.
    assert labels("\n".join(page))[:3] == ["title", "body", "empty"]
    assert labels("\n".join(page))[5:] == ["body", "body"]


COPYRIGHT = [
    "저작권자 © 예시일보 무단전재 및 재배포 금지",
    "Copyright © Example Broadcasting Corporation. All rights reserved.",
    "Copyright@예시(example.co.kr) All right reserved.",
    "※ 저작권자 ⓒ 예시뉴스, 무단전재-재배포 금지",
    "[저작권자(c) 예시방송 무단전재, 재배포 및 AI 데이터 활용 금지]",
    "Copyright © 예시경제 & example.co.kr. 무단 전재, 재배포 및 AI학습 이용 금지",
    "< copyright © jtv, 무단전재 및 재배포 금지 >",
]


@pytest.mark.parametrize("line", COPYRIGHT)
def test_copyright_lines(line: str) -> None:
    assert label_of([TITLE, LEDE, BODY, line], 3) == ("boilerplate", "copyright")


def test_copyright_before_the_body_does_not_end_the_article() -> None:
    page = [TITLE, "Copyright ⓒ 예시신문 All rights reserved. 무단 전재-재배포 금지", LEDE, BODY]
    assert labels("\n".join(page)) == ["title", "boilerplate", "body", "body"]


def test_related_list_after_the_article() -> None:
    page = [
        TITLE,
        LEDE,
        BODY,
        "/홍길동 기자 hong@example.com",
        "",
        "많이 본 뉴스",
        "시장 “내년 예산 확대”…복지 사업 강화",
        "도심 공원 새단장 마치고 시민 품으로",
        "",
        "포토이슈",
        "",
        "정치",
        "더보기",
        "다른 기사 제목이 여기에 온다 (예시통신) 다른 기사의 첫 문장이 잘린 채로 여기에 이어진…",
    ]
    got = labels("\n".join(page))
    assert got[:4] == ["title", "body", "body", "byline"]
    assert set(got[5:]) == {"boilerplate", "empty"}


def test_link_cards_above_domain_lines() -> None:
    page = [
        TITLE,
        LEDE,
        BODY,
        "/홍길동 기자 hong@example.com",
        "",
        "다른 기사의 제목 한 줄",
        "",
        "다른 기사의 첫 문장이 여기에 이어지고 있으며 중간에서 끊긴다 지역 의회는 올해",
        "",
        "example.co.kr",
    ]
    got = classify_lines("\n".join(page))
    assert [(ln.label, ln.reason) for ln in got[5:] if ln.label != "empty"] == [
        ("boilerplate", "link-card"),
        ("boilerplate", "link-card"),
        ("boilerplate", "domain-line"),
    ]


def test_listing_header_with_ticker_item_before_the_article() -> None:
    page = [
        "검색",
        TITLE,
        "원문보기",
        "속보",
        "“다른 뉴스 속보 제목”…다른 기관 발표",
        "",
        LEDE,
        BODY,
    ]
    assert labels("\n".join(page)) == [
        "boilerplate",
        "title",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "empty",
        "body",
        "body",
    ]


# --------------------------------------------------------------------------- look-alikes that are body

LOOKALIKE_BODY = [
    "이용섭 광주시장은 28일 송·신년 기자회견을 통해 올 한해 성과를 되돌아봤다.",
    "화면 아래 ‘더보기’ 단추를 누르면 지난 기사를 볼 수 있다.",
    "행사는 2024년 5월 1일 오전 10시 시청 대회의실에서 열린다.",
    "시민 제보를 받은 경찰은 현장에 출동해 용의자를 붙잡았다.",
    "시는 누리집과 SNS로 행사 소식을 공유하기로 했다.",
    "악성 댓글 피해를 막기 위한 법안이 국회를 통과했다.",
    "14일 광주시에 따르면 시는 매주 수요일 서울 사무소에서 근무하고 있다.",
    "이번 조치는 모바일 웹이나 앱을 통한 접속에는 적용되지 않는다.",
    "사회 각 분야의 전문가 20여명이 참여했다.",
    "“저작권 침해 신고가 늘고 있다”고 밝혔다.",
]


@pytest.mark.parametrize("line", LOOKALIKE_BODY)
def test_lookalike_lines_are_body(line: str) -> None:
    assert label_of([TITLE, LEDE, line, BODY], 2)[0] == "body"


def test_caption_glued_to_the_lede_is_body() -> None:
    lede = "이미지 확대보기부산 기장군의 한 주택에서 불이 났다. 소방당국은 30분 만에 불을 껐다."
    assert labels("\n".join([TITLE, lede, BODY])) == ["title", "body", "body"]


def test_readers_comments_after_the_article() -> None:
    page = [TITLE, LEDE, BODY, "댓글 3", "정말 좋은 소식이네요.", "응원합니다. 힘내세요."]
    assert labels("\n".join(page)) == ["title", "body", "body"] + ["boilerplate"] * 3


def test_article_goes_on_after_a_widget_or_related_box() -> None:
    page = [
        TITLE,
        LEDE,
        "이 글자크기로 변경됩니다.",
        "관련기사",
        "▶ 다른 기사 제목이 여기에",
        "",
        BODY,
        "/홍길동 기자 hong@example.com",
    ]
    assert labels("\n".join(page)) == [
        "title",
        "body",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "empty",
        "body",
        "byline",
    ]


def test_dateline_lede_is_body() -> None:
    page = [TITLE, "[광주=뉴시스] 홍길동 기자 = 광주시가 23일 새 사업을 발표했다.", BODY]
    assert labels("\n".join(page)) == ["title", "body", "body"]


def test_hard_wrapped_broadcast_script_is_body() -> None:
    script = [
        "시의 역점 사업 예산이",
        "시의회에서 대폭 삭감됐습니다.",
        "시의회는",
        "일자리 사업을 추진하는",
        "지원센터의",
        "운영 예산 5억 원을 삭감했고,",
        "관련 예산 8억 원도 감액했습니다.",
        "반면 체육 지원 예산은",
        "40억 원으로 10억 원 늘렸습니다.",
    ]
    assert labels("\n".join(script)) == ["body"] * len(script)
    titled = ["폭우에 하천 범람..주민 대피", *script]
    assert labels("\n".join(titled)) == ["title"] + ["body"] * len(script)


def test_title_subtitle_and_repeated_title() -> None:
    page = [
        "2024.06.03 (월)",
        "",
        "  • 맑음서울26.4℃",
        "  • 구름조금부산20.4℃",
        "기상청 제공",
        "사회",
        TITLE,
        "  • 해당된 기사를 공유합니다",
        TITLE,
        "시장, 12일 협약 체결",
        LEDE,
        BODY,
        "모바일 버전으로 보기",
    ]
    got = classify_lines("\n".join(page))
    assert [(ln.label, ln.reason) for ln in got] == [
        ("meta", "date-stamp"),
        ("empty", "blank"),
        ("boilerplate", "weather-widget"),
        ("boilerplate", "weather-widget"),
        ("boilerplate", "navigation"),
        ("meta", "section-label"),
        ("title", "headline"),
        ("boilerplate", "widget"),
        ("title", "repeated-title"),
        ("subtitle", "deck"),
        ("body", "sentence-ending"),
        ("body", "sentence-ending"),
        ("boilerplate", "navigation"),
    ]


def test_listing_of_ledes_has_no_title() -> None:
    ledes = [
        "광주시는 12일 오후 청년 일경험 행사를 열어 성과를 공유했다.이날 행사에는 40여 명이 참석했으",
        "정부가 인공지능 집중 투자를 위해 150조 원 규모의 펀드를 조성한다. 애초 계획했던 100조 원보",
        "광주시가 전국 최초로 시행한 출근제가 내년부터 국가제도로 확대된다.광주시는 7일 밝혔",
    ]
    assert labels("\n".join(ledes)) == ["body", "body", "body"]


# --------------------------------------------------------------------------- seeds


def test_seed_002_widgets_title_caption(seeds: dict[str, str]) -> None:
    lines = classify_lines(seeds[SEED_002])
    by_text: dict[str, Line] = {}
    for ln in lines:
        by_text.setdefault(ln.text.strip(), ln)
    assert lines[0].label == "meta"  # the page's "today" widget
    weather = [ln for ln in lines if "℃" in ln.text]
    assert len(weather) == 97
    assert {(ln.label, ln.reason) for ln in weather} == {("boilerplate", "weather-widget")}
    titles = [ln.text for ln in lines if ln.label == "title"]
    assert titles == ["광주시‧경기도, 공동번영 이룬다"] * 2
    assert by_text["• 해당된 기사를 공유합니다"].label == "boilerplate"
    assert by_text["강기정 시장-김동연 지사, 12일 상생발전 협약 체결"].label == "subtitle"
    assert by_text["230512 김동연 경기도지사 상생발전 협약 체결_GJI9887.JPG"].label == "caption"
    assert by_text["모바일 버전으로 보기"].label == "boilerplate"
    prose = [ln for ln in lines if ln.text.rstrip().endswith(("다.", "다.”"))]
    assert len(prose) == 15
    assert {ln.label for ln in prose} == {"body"}


def test_seed_003_tail_is_boilerplate(seeds: dict[str, str]) -> None:
    lines = classify_lines(seeds[SEED_003])
    labelled = [(ln.label, ln.text.strip()) for ln in lines if ln.label != "empty"]
    tail = labelled[-9:]
    assert tail[0] == ("byline", "[뉴스출처 : 광주광역시]")
    assert [text for _, text in tail[1:]] == [
        "포토이슈",
        "정치",
        "더보기",
        tail[4][1],  # another article's teaser
        "사회",
        "더보기",
        "경제핫이슈",
        "더보기",
    ]
    assert tail[4][1].startswith("경상남도")
    assert {label for label, _ in tail[1:]} == {"boilerplate"}
    assert [ln.label for ln in lines if ln.text.strip() == "기상청 제공"] == ["boilerplate"]
    assert sum(ln.label == "body" for ln in lines) == 11


def test_seed_004_bylines_ads_and_cards(seeds: dict[str, str]) -> None:
    lines = classify_lines(seeds[SEED_004])
    got = [(ln.label, ln.text.strip()) for ln in lines if ln.label != "empty"]
    assert got[:9] == [
        ("boilerplate", "본문 바로가기"),
        ("byline", "박진표기자"),
        ("title", '이용섭 광주시장 "AI-그린뉴딜 사업 본격 추진"'),
        ("byline", "by 광주일보 2020. 12. 29."),
        ("boilerplate", "728x90"),
        ("boilerplate", "반응형"),
        ("subtitle", "인공지능 중심도시 실현"),
        ("subtitle", "광주형일자리 성공 성과"),
        ("subtitle", "아이 키우기 좋은 도시 주력"),
    ]
    assert sum(label == "body" for label, _ in got) == 9
    after_byline = got[[t for _, t in got].index("/박진표 기자\xa0lucky@kwangju.co.kr") + 1 :]
    assert {label for label, _ in after_byline} == {"boilerplate"}
    assert [t for label, t in after_byline].count("kwangju.co.kr") == 3


def test_seed_001_meta_and_byline(seeds: dict[str, str]) -> None:
    lines = classify_lines(seeds[SEED_001])
    assert [ln.label for ln in lines[:4]] == ["title", "meta", "subtitle", "body"]
    assert lines[1].reason == "date-stamp"
    assert [ln.index for ln in lines if ln.label == "byline"] == [14, 22]


# --------------------------------------------------------------------------- invariants


def test_empty_and_blank_input() -> None:
    assert [(ln.label, ln.start, ln.end) for ln in classify_lines("")] == [("empty", 0, 0)]
    assert labels("\n\xa0\n \t") == ["empty", "empty", "empty"]


def test_spans_point_into_the_text(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        lines = classify_lines(text)
        assert len(lines) == len(text.split("\n"))
        for i, ln in enumerate(lines):
            assert isinstance(ln, Line)
            assert ln.index == i
            assert text[ln.start : ln.end] == ln.text
            assert ln.label in LINE_LABELS
            assert ln.reason


def test_crlf_lines_keep_their_carriage_return() -> None:
    text = f"{TITLE}\r\n{LEDE}\r\n"
    lines = classify_lines(text)
    assert [ln.text for ln in lines] == [f"{TITLE}\r", f"{LEDE}\r", ""]
    assert [ln.label for ln in lines] == ["title", "body", "empty"]


def test_line_is_frozen() -> None:
    ln = classify_lines(LEDE)[0]
    with pytest.raises(AttributeError):
        ln.label = "title"  # type: ignore[misc]


page_text = st.lists(
    st.text(
        alphabet=st.sampled_from(
            [*"가나다라기자는다.요 1209-:/|@[]()…℃•\xa0ⓒ사진제공더보기", "\n"]
        ),
        max_size=60,
    ),
    max_size=20,
).map("\n".join)


@given(page_text)
def test_one_label_per_line_and_spans(text: str) -> None:
    lines = classify_lines(text)
    assert len(lines) == len(text.split("\n"))
    for ln in lines:
        assert text[ln.start : ln.end] == ln.text
        assert ln.label in LINE_LABELS


@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    lines = classify_lines(text)
    assert "\n".join(ln.text for ln in lines) == text


@pytest.mark.parametrize("value", [b"\xea\xb8\xb0\xec\x9e\x90", None, 3, ["기자"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be str"):
        classify_lines(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be str"):
        strip_boilerplate(value)  # type: ignore[arg-type]


def test_bytes_error_says_decode_first() -> None:
    with pytest.raises(TypeError, match="decode"):
        classify_lines("기자".encode())  # type: ignore[arg-type]


# --------------------------------------------------------------------------- robustness


def _random_latin1() -> str:
    rnd = random.Random(20240601)
    return bytes(rnd.randrange(256) for _ in range(1_000_000)).decode("latin-1")


ADVERSARIAL: dict[str, Callable[[], str]] = {
    "reporter-words": lambda: "기자 " * 100_000,
    "one-long-line": lambda: "가" * 1_000_000,
    "latin1-junk": _random_latin1,
    "reporter-lines": lambda: "\n".join(["기자 "] * 100_000),
    "weather-words": lambda: "  • 맑음서울 " * 80_000,
    "copyright-signs": lambda: "ⓒ" * 300_000 + "무단전재",
    "email-fragments": lambda: "홍길동 기자 hong@" * 50_000,
    "day-words": lambda: "12일 오후 " * 100_000,
    "list-headers": lambda: "\n".join(["더보기"] * 100_000),
    "wrapped-runs": lambda: "\n".join(
        ["예산이", "삭감됐습니다.", "시의회는", "지원센터의", ""] * 20_000
    ),
    "domain-cards": lambda: "\n".join(["제목 한 줄", "잘린 첫 문장이", "example.co.kr"] * 30_000),
    "blank-lines": lambda: "\n" * 1_000_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_megabyte_inputs_finish_fast(name: str) -> None:
    text = ADVERSARIAL[name]()
    started = time.perf_counter()
    lines = classify_lines(text)
    # A hang detector, not a speed test: quadratic work on these inputs takes minutes.
    assert time.perf_counter() - started < 15.0
    assert len(lines) == text.count("\n") + 1


# --------------------------------------------------------------------------- strip_boilerplate


def test_strip_boilerplate_partitions_lines(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        stripped = strip_boilerplate(text)
        assert isinstance(stripped, Stripped)
        everything = sorted(stripped.kept + stripped.removed, key=lambda ln: ln.index)
        assert [ln.index for ln in everything] == list(range(len(text.split("\n"))))
        assert all(ln.label in KEPT_LABELS for ln in stripped.kept)
        assert all(ln.label not in KEPT_LABELS and ln.reason for ln in stripped.removed)
        assert stripped.text == "\n".join(ln.text for ln in stripped.kept)


def test_strip_boilerplate_reports_what_it_removed() -> None:
    page = "\n".join(["본문 바로가기", TITLE, LEDE, "/홍길동 기자 hong@example.com", "728x90"])
    stripped = strip_boilerplate(page)
    assert stripped.text == f"{TITLE}\n{LEDE}"
    assert [(ln.text, ln.label, ln.reason) for ln in stripped.removed] == [
        ("본문 바로가기", "boilerplate", "navigation"),
        ("/홍길동 기자 hong@example.com", "byline", "email-credit"),
        ("728x90", "boilerplate", "ad-marker"),
    ]
