"""Regression tests for the page header: widget bars, title choice, credit stamps, tip lines.

Every case is a short line written for these tests (widget labels, byline shapes),
placed between a headline and the prose of a made-up article.
"""

from __future__ import annotations

import time

import pytest

from kornews.lines import classify_lines, clean

TITLE = "서울시, 청년 월세 지원 확대"
DECK = "올해 2만 명에 월 20만원씩"
STAMP = "입력 2025.03.05 10:00"
LEDE = "서울시가 청년 월세 지원 대상을 확대한다고 5일 밝혔다."
BODY = "시는 올해 예산 100억원을 투입해 2만 명을 지원할 계획이다."
COPYRIGHT = "저작권자 © 예시일보 무단전재 및 재배포 금지"


def labelled(lines: list[str]) -> list[tuple[str, str]]:
    return [(ln.label, ln.reason) for ln in classify_lines("\n".join(lines))]


# --------------------------------------------------------------------------- widget bars

WIDGET_BARS = [
    "기사 공유하기",
    "기사공유하기",
    "가나다라마바사",
    "기사 스크랩",
    "기사저장",
    "음성으로 듣기",
    "AI 요약",
    "요약봇",
    "번역",
    "북마크",
    "기자 구독",
    "페이스북 트위터 카카오스토리",
    "공유 댓글 글자크기조정 인쇄",
    "인쇄 메일 글씨 크기 선택 가장 작은 크기 글자 기본 크기 글자 큰 크기 글자",
    "앱 다운로드",
    "전체메뉴 버튼",
    "회원가입 로그인",
]


@pytest.mark.parametrize("widget", WIDGET_BARS)
def test_widget_bar_under_the_headline_is_not_a_deck(widget: str) -> None:
    got = labelled([TITLE, STAMP, widget, "", LEDE, BODY])
    assert got[0] == ("title", "headline")
    assert got[2] == ("boilerplate", "widget-bar")
    assert clean("\n".join([TITLE, widget, LEDE, BODY])) == "\n".join([TITLE, LEDE, BODY])


# The schema labels font-size widgets meta ("가가"), spelled out or not; a widget bar that
# also holds share or print buttons stays boilerplate (above).
FONT_WIDGETS = [
    "글자크기 조절",
    "글자 작게 글자 크게",
    "글씨크기",
    "글자크기 설정",
    "글자 크기 변경",
    "글자크기 가- 가+",
    "가 가",
]


@pytest.mark.parametrize("widget", FONT_WIDGETS)
def test_font_size_widget_is_meta_and_never_a_deck(widget: str) -> None:
    got = labelled([TITLE, STAMP, widget, "", LEDE, BODY])
    assert got[0] == ("title", "headline")
    assert got[2] == ("meta", "font-size")
    assert clean("\n".join([TITLE, widget, LEDE, BODY])) == "\n".join([TITLE, LEDE, BODY])


def test_font_size_words_in_a_sentence_are_not_a_widget() -> None:
    got = labelled([TITLE, STAMP, "이 글자크기로 변경됩니다.", "", LEDE, BODY])
    assert got[2][0] == "boilerplate"
    assert labelled(["글자 크기를 키운 새 교과서 보급", LEDE])[0] == ("title", "headline")


@pytest.mark.parametrize("counter", ["조회수 1,234", "조회 12 | 댓글 3"])
def test_view_counters_in_the_header_are_meta(counter: str) -> None:
    assert labelled([TITLE, counter, "", LEDE])[1] == ("meta", "counter")


@pytest.mark.parametrize(
    "counter", ["좋아요 12 댓글 3", "추천 0", "좋아요 0 | 댓글 0", "공감 3 댓글 0"]
)
def test_reaction_counts_are_buttons(counter: str) -> None:
    assert labelled([TITLE, counter, "", LEDE])[1] == ("boilerplate", "widget-bar")


def test_bare_counts_in_the_header_are_meta() -> None:
    assert labelled([TITLE, STAMP, "0 0", "", LEDE])[2] == ("meta", "counter")


def test_a_real_deck_stays_a_deck() -> None:
    got = labelled([TITLE, DECK, "기사 공유하기", STAMP, "", LEDE, BODY])
    assert got[:4] == [
        ("title", "headline"),
        ("subtitle", "deck"),
        ("boilerplate", "widget-bar"),
        ("meta", "date-stamp"),
    ]


def test_too_short_for_a_deck() -> None:
    assert labelled([TITLE, "뉴스 9", "", LEDE])[1] == ("boilerplate", "fragment")


@pytest.mark.parametrize(
    "line",
    [
        "시는 누리집과 SNS로 기사 공유 기능을 추가했다.",
        "AI 요약 서비스가 이달부터 시작된다",
        "기사 공유 논란에 구독자 급감",
    ],
)
def test_prose_and_headlines_with_widget_words_are_kept(line: str) -> None:
    label = labelled([TITLE, LEDE, line, BODY])[2][0]
    assert label in ("body", "subtitle")


# --------------------------------------------------------------------------- title slot

HEADER_LINES = [
    ("회원가입 로그인", "boilerplate"),
    ("검색어를 입력하세요", "boilerplate"),
    ("2025년 3월 5일 수요일", "meta"),
    ("네이버 뉴스", "boilerplate"),
    ("앱 다운로드", "boilerplate"),
    ("전체메뉴 버튼", "boilerplate"),
    ("오늘의 날씨 맑음 12℃", "boilerplate"),
    ("The Korea Herald", "boilerplate"),
    ("KBS 뉴스", "boilerplate"),
    ("MBC뉴스", "boilerplate"),
    ("예시일보", "boilerplate"),
]


@pytest.mark.parametrize(("line", "label"), HEADER_LINES)
def test_header_line_does_not_take_the_title_slot(line: str, label: str) -> None:
    got = labelled([line, TITLE, STAMP, "", LEDE, BODY])
    assert got[0][0] == label
    assert got[1] == ("title", "headline")


def test_repeated_headline_wins_over_an_unknown_header_line() -> None:
    got = labelled(["오늘의 주요 소식 모음", TITLE, STAMP, "", LEDE, BODY, TITLE])
    assert got[0] == ("boilerplate", "before-title")
    assert got[1] == ("title", "headline")
    assert got[6] == ("title", "repeated-title")


def test_headline_after_a_section_label_wins_over_the_line_above() -> None:
    got = labelled(["우리 동네 소식 한눈에", "경제", TITLE, DECK, STAMP, "", LEDE, BODY])
    assert [label for label, _ in got[:4]] == ["boilerplate", "meta", "title", "subtitle"]


def test_english_page_headline_after_brand_line() -> None:
    got = labelled(
        [
            "The Korea Herald",
            "Seoul shares open higher after election",
            "Published : June 5, 2025 - 09:20",
            "",
            "Seoul shares opened higher on Thursday as investors welcomed the result.",
        ]
    )
    assert [label for label, _ in got] == ["boilerplate", "title", "meta", "empty", "body"]


# --------------------------------------------------------------------------- credits and stamps


@pytest.mark.parametrize(
    "line",
    [
        "홍길동 기자 2023. 8. 16. 18:14",
        "홍길동 기자 | 2021.01.13 16:14",
        "홍길동 2024-09-25 15:08:43",
        "입력 2025.03.05 10:00 홍길동 기자",
    ],
)
def test_credit_with_a_stamp_is_a_byline(line: str) -> None:
    assert labelled([TITLE, line, "", LEDE])[1] == ("byline", "credit-stamp")


@pytest.mark.parametrize(
    "line",
    [
        "송고시간2025-09-01 16:44",
        "등록일 2025.09.01 16:44",
        "발행일 2025.09.01",
        "게재일 2025-09-01",
        "기사전송 2025-09-01 16:44",
        "Published : June 5, 2025 - 09:20",
        "지면 2025.09.02 19면",
        "지면 : 2025-07-16 2면",
        "엠바고 2025. 4. 15.(화) 조간",
    ],
)
def test_stamp_lines_are_meta(line: str) -> None:
    assert labelled([TITLE, line, "", LEDE])[1] == ("meta", "date-stamp")


def test_a_place_with_a_date_only_is_not_a_byline() -> None:
    assert labelled([TITLE, "서울 2025.03.05", "", LEDE])[1][0] != "byline"


@pytest.mark.parametrize(
    "line",
    [
        "촬영기자:홍길동/영상편집:김철수",
        "(영상취재 : 홍길동, 영상편집 : 김철수)",
        "촬영기자:홍길동(광주)/영상편집:김철수",
        "영상취재 홍길동(대전) / 영상편집 김철수",
        "영상취재 홍길동",
        "글 홍길동 / 사진 김철수",
    ],
)
def test_crew_credits_are_bylines(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line, COPYRIGHT])[3] == ("byline", "crew-credit")


@pytest.mark.parametrize("line", ["구성 요소", "편집 방향 논란", "사진 김철수", "취재 결과 발표"])
def test_role_word_phrases_are_not_crew_credits(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line, COPYRIGHT])[3][0] != "byline"


@pytest.mark.parametrize(
    "line",
    [
        "JTBC 뉴스룸 홍길동입니다.",
        "KBS 뉴스 9 홍길동입니다.",
        "SBS 8뉴스 홍길동입니다.",
        "지금까지 국회에서 MBC뉴스 홍길동입니다.",
        "예시방송 홍길동입니다.",
    ],
)
def test_broadcast_sign_offs_with_a_programme_are_bylines(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line])[3] == ("byline", "sign-off")


@pytest.mark.parametrize("line", ["이곳은 KBS 본사입니다.", "저는 KBS 뉴스 시청자입니다."])
def test_sentences_naming_a_broadcaster_stay_body(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line])[3][0] == "body"


@pytest.mark.parametrize(
    "line", ["제보는 카카오톡 okjebo", "[메일] tip@example.com", "제보 : 전화 02-000-0000"]
)
def test_tip_lines_are_boilerplate(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line, COPYRIGHT])[3] == ("boilerplate", "tip-line")


def test_sign_off_at_the_end_is_still_a_byline() -> None:
    got = labelled(["KBS 뉴스", TITLE, "", LEDE, BODY, "YTN 홍길동입니다."])
    assert got[0] == ("boilerplate", "outlet-name")
    assert got[-1][0] == "byline"


def test_tip_prose_is_body() -> None:
    line = "시민 제보는 카카오톡으로도 받는다고 시는 밝혔다."
    assert labelled([TITLE, LEDE, line, BODY])[2][0] == "body"


# --------------------------------------------------------------------------- listing pages


def test_teaser_after_the_next_items_date_stamp_is_boilerplate() -> None:
    page = [
        "최신기사",
        TITLE,
        LEDE,
        "03.05",
        "2025",
        "다른 기사 제목이 여기에 온다",
        "다른 기사의 첫 문장이 여기에 있다.",
        "03.04",
        "2025",
        "더보기",
    ]
    assert [label for label, _ in labelled(page)] == [
        "boilerplate",
        "title",
        "body",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
    ]


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "글자 " * 200_000,
        "공유" * 400_000,
        "홍길동 기자 2023.8.16 18:14 " * 40_000,
        ("촬영:홍길동/" * 20 + "\n") * 20_000,
        "제보는 카카오톡 " * 100_000,
    ],
    ids=["widget-words", "glued-widget", "credit-stamps", "crew-lines", "tip-words"],
)
def test_new_rules_stay_linear(text: str) -> None:
    start = time.process_time()
    lines = classify_lines(text)
    assert len(lines) == text.count("\n") + 1
    assert time.process_time() - start < 5.0


# --------------------------------------------------------------------------- header furniture


def test_logo_and_section_bar_are_not_the_title() -> None:
    page = ["예시스포츠 로고", "야구 축구 농구 배구 골프 연예", "해외축구", TITLE, STAMP, "", LEDE]
    assert [label for label, _ in labelled(page)] == [
        "boilerplate",
        "boilerplate",
        "meta",
        "title",
        "meta",
        "empty",
        "body",
    ]
    assert labelled(page)[0] == ("boilerplate", "page-furniture")


def test_service_tagline_beside_headline_is_furniture() -> None:
    page = ["예시와이어", "보도자료 배포 서비스", TITLE, "", LEDE, BODY]
    assert labelled(page)[1:3] == [("boilerplate", "page-furniture"), ("title", "headline")]


def test_headline_ending_in_service_word_stays_title() -> None:
    page = ["카카오, 새 결제 서비스", "", "카카오가 새 결제 서비스를 내놓았다고 5일 밝혔다."]
    assert labelled(page)[0] == ("title", "headline")


@pytest.mark.parametrize("section", ["부고", "AI", "POLITICS", "야구", "해외축구", "인사"])
def test_lone_section_word_above_title_is_meta(section: str) -> None:
    page = ["예시일보", section, TITLE, STAMP, "", LEDE, BODY]
    assert labelled(page)[1] == ("meta", "section-label")


def test_lone_section_word_in_footer_is_boilerplate() -> None:
    page = [TITLE, "", LEDE, BODY, COPYRIGHT, "정치", "포토이슈"]
    assert [label for label, _ in labelled(page)][-2:] == ["boilerplate", "boilerplate"]


# --------------------------------------------------------------------------- photo desk captions


def test_photo_desk_caption_with_date_and_email_is_caption() -> None:
    line = (
        "[서울=뉴시스] 홍길동 기자 = 5일 오후 서울 여의도공원을 찾은 시민들이 산책을 하고 있다."
        " 2025.03.05. hong@example.com"
    )
    assert labelled(["[포토] 봄 맞은 여의도", "", line])[2] == ("caption", "photo-stamp")


def test_agency_lede_without_photo_stamp_is_body() -> None:
    line = "[광주=뉴시스] 홍길동 기자 = 광주시가 5일 청년 월세 지원을 확대한다고 밝혔다."
    assert labelled([TITLE, "", line])[2] == ("body", "sentence-ending")


# --------------------------------------------------------------------------- credits and contacts


def test_agency_dateline_credit_with_stamp_is_byline() -> None:
    page = ["야구", TITLE, "[예시스포츠=잠실, 홍길동 기자] 2025.09.28 22:31", "", LEDE]
    assert labelled(page)[2] == ("byline", "credit-stamp")


def test_press_release_contact_block_is_boilerplate() -> None:
    page = [TITLE, "", LEDE, BODY, "", "연락처", "예시바이오 홍보팀 홍길동 과장 02-123-4567"]
    assert labelled(page)[5:] == [
        ("boilerplate", "contact-header"),
        ("boilerplate", "after-article"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "가. 2025.03.05. " * 60_000,
        "[서울=뉴시스] 홍길동 기자 = 있다. 2025.03.05. a@b.c\n" * 20_000,
        "야구 " * 200_000,
        "예시 로고\n" * 100_000,
        "\n".join(
            [
                "메뉴 아무개 하나 둘",
                *(f"광주시 청년 지원 사업 {i}호" for i in range(30_000)),
                "입력 2025.01.01 10:00",
                "광주시가 청년 지원 사업을 확대한다고 밝혔다.",
            ]
        ),
        "글자크기 작게 크게 " * 50_000 + "\n" + "정치·행정\n" * 50_000,
        "영상취재 홍길동 / " * 50_000 + "\n" + "관련 링크 https://" * 30_000,
    ],
    ids=[
        "photo-stamps",
        "captions",
        "section-words",
        "logos",
        "headline-blocks",
        "widgets",
        "credits",
    ],
)
def test_header_rules_stay_linear(text: str) -> None:
    start = time.process_time()
    lines = classify_lines(text)
    assert len(lines) == text.count("\n") + 1
    assert time.process_time() - start < 5.0


# --------------------------------------------------------------------------- menus with a brand


@pytest.mark.parametrize(
    "menu",
    [
        "예시TV NEWS 축구 야구 농구 배구 골프 e스포츠",
        "예시경제 HOME 스포츠 골프",
        "예시 코리아마켓 증권 부동산 경제 산업 IT",
        "연예 스포츠 라이프 포토 영상 TV·방송 K-POP",
    ],
)
def test_menu_bar_headed_by_an_outlet_is_not_the_title(menu: str) -> None:
    got = labelled([menu, TITLE, STAMP, "", LEDE, BODY])
    assert got[0][0] == "boilerplate"
    assert got[1] == ("title", "headline")


@pytest.mark.parametrize(
    "headline",
    [
        "삼성전자 반도체 경제 산업 IT 투자 확대",  # ends in words of its own
        "예시일보 정치 경제 사회",  # a brand and only three items: could be a headline
    ],
)
def test_headline_of_section_words_is_not_a_menu(headline: str) -> None:
    assert labelled([headline, "", LEDE])[0] == ("title", "headline")


def test_blog_repost_furniture_is_boilerplate() -> None:
    got = labelled([TITLE, "이웃추가", "", LEDE, BODY, "", "이 블로그 인기글", "다른 글 제목 하나"])
    assert got[1] == ("boilerplate", "widget-bar")
    assert got[6] == ("boilerplate", "list-header")
    assert got[7][0] == "boilerplate"


# --------------------------------------------------------------------------- headline block


def test_headline_over_its_stamp_wins_over_a_deck_below_the_widgets() -> None:
    page = [
        "예시뉴스 NEWS",
        "서울시, 청년 월세 지원 2만 명으로 확대",
        "입력 2025.03.05. 오후 4:02",
        "기사원문",
        "홍길동 기자",
        "공감 댓글 본문 요약봇 공유하기",
        "",
        "올해 예산 100억원…월 20만원씩",
        "",
        "서울시가 청년 월세 지원 대상을 2만 명으로 확대한다고 5일 밝혔다.",
        BODY,
    ]
    got = labelled(page)
    assert got[1] == ("title", "headline")
    assert got[7] == ("subtitle", "deck")


def test_teaser_over_its_date_does_not_take_the_headline() -> None:
    page = [
        "부산 해수욕장 개장 앞두고 안전점검",
        "2025.03.04",
        "공유하기",
        TITLE,
        "",
        LEDE,
        BODY,
    ]
    got = labelled(page)
    assert got[3] == ("title", "headline")


# --------------------------------------------------------------------------- agency captions


@pytest.mark.parametrize(
    "caption",
    [
        "선수들이 19일(현지시간) 우승을 확정한 뒤 기뻐하고 있다. [AP]",
        "시민들이 광장을 걷고 있다. /연합뉴스",
        "선수들이 훈련하고 있다. /AFP연합뉴스",
        "시위대가 행진하고 있다. [AP=연합뉴스]",
        "항구의 모습. (로이터=뉴스1)",
    ],
)
def test_caption_credited_to_an_agency_only(caption: str) -> None:
    assert labelled([TITLE, "", caption, "", LEDE, BODY])[2] == ("caption", "photo-credit")


@pytest.mark.parametrize(
    "line",
    [
        "정부는 이 같은 방안을 검토할 수 있다고 밝혔다. /연합뉴스",
        "그는 회의에 참석했다. [뉴스1]",
    ],
)
def test_prose_ending_in_an_agency_mark_stays_body(line: str) -> None:
    assert labelled([TITLE, "", LEDE, line, BODY])[3][0] == "body"


# --------------------------------------------------------------------------- probe round 9


@pytest.mark.parametrize(
    "header",
    [
        ["예시사이언스 과학예시 어린이과학예시 수학예시"],  # sister brands, unknown words
        ["예시투데이 HOME 의료 제약 바이오 헬스 정책"],
        ["Example 예시 Startup's Story Platform", "NEWS INVESTMENT EVENT REPORT COLUMN"],
        ["예시뉴스 - 광주·전남 대표 인터넷신문", "홈 | 뉴스 | 종교 | 복지"],
    ],
)
def test_headline_beside_the_stamp_wins_over_a_line_the_lede_does_not_support(
    header: list[str],
) -> None:
    got = labelled([*header, TITLE, STAMP, "", LEDE, BODY])
    assert got[len(header)] == ("title", "headline")
    assert all(label == "boilerplate" for label, _ in got[: len(header)])


def test_headline_above_the_stamp_keeps_its_place_over_decks_below() -> None:
    # The headline shares few words with the lede, a deck under the stamp shares many.
    page = [
        "예시시 “서부 농촌 살린다”…5년간 563억 투입",
        "2023년 07월 31일(월) 17:40",
        "농촌공사 등 5개 기관과 협약",
        "",
        "예시시가 농촌공사 등 5개 기관과 협약을 맺었다고 31일 밝혔다.",
        BODY,
    ]
    got = labelled(page)
    assert got[0] == ("title", "headline")
    assert got[2] == ("subtitle", "deck")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("정치·행정", ("meta", "section-label")),
        ("헬스케어 · 의료기기", ("meta", "section-label")),
        ("12.03 (수) 목포 4℃ 흐림", ("boilerplate", "weather-widget")),
        ("11.20(목) 서울 3.1℃ 맑음 초미세먼지 보통", ("boilerplate", "weather-widget")),
        ("▶ 영상 재생", ("boilerplate", "widget-bar")),
        ("이 기사 좋아요 0", ("boilerplate", "widget-bar")),
        ("기사 스크랩 공유 댓글 0 클린뷰 프린트", ("boilerplate", "widget-bar")),
        ("작게 크게", ("meta", "font-size")),
        ("지면게재일 2025-07-09 11면 | 온라인 게재일 2025-07-08 15:22", ("meta", "date-stamp")),
        ("온라인 게재일 2025-07-08 15:22", ("meta", "date-stamp")),
        ("2025년 9월 29일, 21:05 CST", ("meta", "date-stamp")),
        ("홍길동기자 구독", ("byline", "reporter-credit")),
        ("홍길동 기자 페이지", ("byline", "reporter-credit")),
        ("예시 경찰서 전경. /예시일보DB", ("caption", "photo-credit")),
        ("예시시청 전경. ⓒ예시일보 DB", ("caption", "photo-credit")),
    ],
)
def test_header_furniture_of_more_sites(line: str, expected: tuple[str, str]) -> None:
    got = labelled([TITLE, STAMP, line, "", LEDE, BODY])
    assert got[0] == ("title", "headline")
    assert got[2] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("관련 링크 https://www.example.com/news", ("boilerplate", "link-line")),
        ("태그 #AI #스타트업 #시리즈B", ("boilerplate", "hashtags")),
        ("웹사이트: https://www.example.co.kr", ("body", "in-article")),  # a release's own text
    ],
)
def test_link_and_tag_lines(line: str, expected: tuple[str, str]) -> None:
    assert labelled([TITLE, LEDE, BODY, line])[3] == expected


def test_page_without_prose_still_ends_at_its_copyright_line() -> None:
    page = [
        "[인사] 예시부",
        STAMP,
        "◇국장급 전보 ▲기획조정실장 홍길동 ▲통상차관보 김철수",
        "◇과장급 전보 ▲운영지원과장 이영희",
        "",
        COPYRIGHT,
        "[인사] 예시위원회 2025.12.29",
        "[부고] 홍길동(예시일보 논설위원)씨 모친상 2025.12.28",
    ]
    got = labelled(page)
    assert got[0] == ("title", "headline")
    assert got[2][0] in ("subtitle", "body") and got[3][0] in ("subtitle", "body")
    assert got[6] == ("boilerplate", "after-article")
    assert got[7] == ("boilerplate", "after-article")


def test_outlet_slogan_needs_an_outlet_name_and_a_press_word() -> None:
    assert labelled(["예시일보 | 호남 최고의 정론 신문", TITLE, LEDE])[0] == (
        "boilerplate",
        "outlet-name",
    )
    for headline in ("홍길동 - 언론 개혁 나선다 방송", "KBS 노조 - 공정방송"):
        assert labelled([headline, LEDE])[0] == ("title", "headline")


# --------------------------------------------------------------------------- probe round 10


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("NAVER 뉴스", ("boilerplate", "outlet-name")),
        ("언론사 편집", ("boilerplate", "widget")),
        ("뉴스1 구독", ("boilerplate", "outlet-name")),
        ("국민일보 모바일", ("boilerplate", "outlet-name")),
        ("머니투데이 | 2025.10.21 15:37", ("meta", "date-stamp")),
        ("추천해요 0 좋아요 0 감동이에요 0 화나요 0 슬퍼요 0", ("boilerplate", "widget-bar")),
        ("글자크기 설정 닫기", ("meta", "font-size")),
        ("2025년 4월 18일 금요일     제21234호     12면 사회", ("meta", "date-stamp")),
        ("지면A3", ("meta", "print-page")),
        ("인쇄하기 | 창닫기", ("boilerplate", "widget-bar")),
        ("지난 1월 20일 서울 강서구의 한 빌라 밀집 지역. 홍길동 기자", ("caption", "photo-credit")),
    ],
)
def test_portal_mobile_and_print_furniture(line: str, expected: tuple[str, str]) -> None:
    got = labelled([line, TITLE, STAMP, "", LEDE, BODY])
    assert got[0] == expected
    assert got[1] == ("title", "headline")


def test_a_sentence_then_a_name_is_not_a_caption() -> None:
    line = "시장은 이날 회의를 열었다. 홍길동 기자"
    assert labelled([TITLE, LEDE, line, BODY])[2][0] != "caption"


def test_front_matter_block_of_an_extractor() -> None:
    page = [
        "---",
        "title: 서울 지하철 노조, 6일 첫차부터 파업 예고",
        "author: 홍길동",
        "url: https://www.example.com/news/1",
        "hostname: example.com",
        "date: 2025-12-02",
        "categories: ['사회']",
        "---",
        "서울 지하철 노조가 오는 6일 첫차부터 파업에 들어가겠다고 2일 밝혔다.",
    ]
    got = labelled(page)
    assert got[1] == ("title", "headline")
    assert got[2] == ("byline", "front-matter")
    assert got[3] == got[4] == ("boilerplate", "front-matter")
    assert got[5][0] == got[6][0] == "meta"
    assert got[8][0] == "body"


@pytest.mark.parametrize(
    "row",
    [
        "| 홍길동 | 무소속 | 11,204 | 41.7% |",
        "1 | 예시팀 | 141 | 84 | 55 | .604",
        "| 2020년 | 1,480억 원 | 3.2% |",
    ],
)
def test_table_rows_flattened_with_bars_are_text(row: str) -> None:
    assert labelled([TITLE, LEDE, row, BODY])[2][0] == "body"
    assert row in clean("\n".join([TITLE, LEDE, row, BODY]))


def test_a_menu_with_bars_is_still_a_menu() -> None:
    assert labelled([TITLE, LEDE, "홈 | 정치 | 경제 | 사회", BODY])[2] == ("boilerplate", "menu")


@pytest.mark.parametrize(
    "caption",
    [
        "호미를 옮겨 심고 있다. ⓒ예시저널 홍길동",
        "시민들이 걷고 있다. /사진=홍길동 기자 hong@example.com",
    ],
)
def test_caption_credits_with_a_mark_or_an_address(caption: str) -> None:
    assert labelled([TITLE, LEDE, caption, BODY])[2] == ("caption", "photo-credit")


@pytest.mark.parametrize("line", ["홍길동 기자 다른기사", "홍길동 정치부장의 다른기사"])
def test_a_reporters_other_articles_box_is_a_list_header(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line])[3] == ("boilerplate", "list-header")


def test_an_interview_question_is_not_a_captions_second_line() -> None:
    page = [
        TITLE,
        LEDE,
        "",
        "홍길동 대표가 말하고 있다. /사진=김철수 기자",
        "-취임 1년을 평가한다면.",
    ]
    got = labelled([*page, "어려웠지만 보람 있었다고 생각합니다."])
    assert got[3][0] == "caption"
    assert got[4][0] == "body"


def test_a_regional_station_and_its_news_is_an_outlet_line() -> None:
    assert labelled(["안동MBC NEWS", TITLE, LEDE])[0] == ("boilerplate", "outlet-name")


# --------------------------------------------------------------------------- probe round 11


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("정책", ("meta", "section-label")),
        ("입찰/발주", ("meta", "section-label")),
        ("정책 | 기사입력 2026-01-14 11:52:07", ("meta", "date-stamp")),
        ("입력 2026.03.09 00:01 | 호수 2112", ("meta", "date-stamp")),
        ("예시MBC 뉴스 TV 라디오 편성표 시청자참여", ("boilerplate", "menu")),
        ("텍스트 작게 텍스트 크게 공유", ("boilerplate", "widget-bar")),
        ("ⓒ 예시1 DB", ("caption", "photo-credit")),
        ("(청주=예시통신) 홍길동 기자", ("byline", "reporter-credit")),
        ("도쿄/홍길동 특파원 메일보내기", ("byline", "reporter-credit")),
        ("아파트 단지 모습. 2025.08.31. [연합]", ("caption", "photo-credit")),
        ("예시부 청사 전경 <예시신문DB>", ("caption", "photo-credit")),
        ("[사진설명] 시민들이 광장을 걷고 있다.", ("caption", "photo-credit")),
        ("지난해 5월 법요식 모습. 예시신문 자료사진", ("caption", "photo-credit")),
    ],
)
def test_header_lines_of_more_outlets(line: str, expected: tuple[str, str]) -> None:
    got = labelled([TITLE, line, "", LEDE, BODY])
    assert got[0] == ("title", "headline")
    assert got[1] == expected


@pytest.mark.parametrize(
    "line",
    [
        "예시조선 AI 학습 이용 금지 ⓒ 예시조선 (https://example.com)",
        "예시신문 후원하기 | 독자님의 후원이 좋은 기사를 만듭니다",
        "Related Posts",
    ],
)
def test_footer_lines_of_more_outlets(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line])[3][0] == "boilerplate"


def test_a_punctuated_headline_keeps_its_place_over_a_stamped_deck() -> None:
    page = [
        "예시시 보이스피싱 수거책 20대, 현금 1억원 들고 가다 덜미",
        "택시기사 신고로 붙잡혀",
        "(청주=예시통신) 홍길동 기자",
        "| 2025-06-09 11:47 송고",
        "",
        "(청주=예시통신) 홍길동 기자 = 경찰은 택시기사 신고로 20대를 붙잡았다고 9일 밝혔다.",
    ]
    got = labelled(page)
    assert got[0] == ("title", "headline")
    assert got[1] == ("subtitle", "deck")


@pytest.mark.parametrize("line", ["촬영기자ㅣ홍길동", "자막뉴스ㅣ김철수", "영상편집ㅣ이영희"])
def test_crew_credits_with_a_hangul_bar(line: str) -> None:
    assert labelled([TITLE, LEDE, BODY, line])[3] == ("byline", "crew-credit")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("보도", ("meta", "section-label")),
        ("예시맘 | 조회 231 | 추천 4 | 26.01.06 09:12", ("meta", "date-stamp")),
        ("이 자료는 4월 16일(목) 조간부터 보도하여 주시기 바랍니다.", ("boilerplate", "widget")),
        (
            "첨부파일 : 250708_보도자료.hwp (54KB) 250708_사진.jpg (1.2MB)",
            ("boilerplate", "attachment"),
        ),
    ],
)
def test_press_room_and_board_header_lines(line: str, expected: tuple[str, str]) -> None:
    got = labelled([TITLE, line, "", LEDE, BODY])
    assert got[0] == ("title", "headline")
    assert got[1] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tags: 예시 Example 물류 AI", ("boilerplate", "hashtags")),
        ("이 블로그 육아정보 카테고리 글", ("boilerplate", "list-header")),
        (
            "담당 부서 : 예시정책관 예시과 | 책임자 : 과장 홍길동 (044-000-0000) | 담당자 : 사무관 김철수",
            ("boilerplate", "contact-line"),
        ),
        (
            "예시브리핑의 자료는 공공누리 제1유형 조건에 따라 이용할 수 있습니다.",
            ("boilerplate", "copyright"),
        ),
    ],
)
def test_press_room_and_blog_footer_lines(line: str, expected: tuple[str, str]) -> None:
    assert labelled([TITLE, LEDE, BODY, line])[3] == expected


def test_a_headline_starting_with_a_tag_word_stays_a_headline() -> None:
    assert labelled(["태그가 붙은 상품이 인기다", LEDE])[0] == ("title", "headline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[예시신문 제4012호/2026년5월5일자]", ("meta", "date-stamp")),
        ("예시평화신문 2025-12-14 발행 [1843호]", ("meta", "date-stamp")),
        ("예시시 2025년 4월 18일 3호 태풍 상륙", ("subtitle", "deck")),
    ],
)
def test_print_issue_lines(line: str, expected: tuple[str, str]) -> None:
    assert labelled([TITLE, line, "", LEDE, BODY])[1] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("아파트 단지 모습. [예시DB]", ("caption", "photo-credit")),
        ("국회 본회의장 전경(자료사진) ⓒ예시안 홍길동 기자", ("caption", "photo-credit")),
        ("[게티이미지뱅크]", ("caption", "photo-credit")),
        ("[예시서울 | 홍길동 기자]", ("byline", "reporter-credit")),
        ("사회 | 제958호", ("meta", "date-stamp")),
        ("모두가 홈 페이스북 트위터 카카오스토리 밴드 URL복사", ("boilerplate", "menu")),
        ("▲ 49호 태풍이 북상한 현장 모습. (사진=예시뉴스)", ("caption", "photo-credit")),
    ],
)
def test_round_twelve_lines(line: str, expected: tuple[str, str]) -> None:
    assert labelled([TITLE, line, "", LEDE, BODY])[1] == expected


def test_the_online_stamp_beats_the_print_date_for_published() -> None:
    from kornews import extract

    page = [TITLE, "발행일 2026-06-10 제3면", "입력 2026-06-09 19:05", "", LEDE, BODY]
    published = extract("\n".join(page)).published
    assert published is not None and published.isoformat().startswith("2026-06-09T19:05")
