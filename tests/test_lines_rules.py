"""Line rules for layouts beyond the seeds: breadcrumbs, credits, caption tails, footers."""

from __future__ import annotations

import pytest

from kornews.lines import classify_lines

LEDE = "광주시는 12일 시청에서 청년 일자리 협약을 맺고 내년까지 300억원을 투입한다고 밝혔다."
HEADLINE = "광주시, 청년 일자리 협약…300억 투입"


def labels(*lines: str) -> list[tuple[str, str]]:
    return [(ln.label, ln.reason) for ln in classify_lines("\n".join(lines))]


def label_of(
    line: str, *, before: tuple[str, ...] = (HEADLINE,), after: tuple[str, ...] = (LEDE,)
) -> str:
    return classify_lines("\n".join([*before, line, *after]))[len(before)].label


@pytest.mark.parametrize("crumbs", ["HOME > 사회 > 노동", "지역 > 광주", "예시일보 | 사람들"])
def test_breadcrumb_is_a_section_label_and_not_the_headline(crumbs: str) -> None:
    # A trail of section names: meta in the header (like a lone section word), never title.
    got = labels(crumbs, HEADLINE, LEDE)
    assert got[0] == ("meta", "breadcrumb")
    assert got[1] == ("title", "headline")
    assert labels(HEADLINE, LEDE, "저작권자 © 예시일보 무단전재 및 재배포 금지", crumbs)[3][0] == (
        "boilerplate"
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "입력 2022.12.05 (19:21) 수정 2022.12.05 (19:52) 뉴스9(대전)",
        "보도시점 2024. 6. 11.(화) 조간",
        "서울--(예시와이어) 2025년 10월 28일 --",
    ],
)
def test_stamp_rows_with_other_fields_are_meta(stamp: str) -> None:
    assert label_of(stamp) == "meta"


@pytest.mark.parametrize("widget", ["가가", "가 가 가 가 가"])
def test_font_size_widgets_are_meta(widget: str) -> None:
    assert labels(HEADLINE, widget, LEDE)[1] == ("meta", "font-size")


@pytest.mark.parametrize(
    "credit",
    ["글 홍길동 기자 · 사진 김철수 기자", "예시 광주방송 홍길동 기자", "KBS 뉴스 홍길동입니다."],
)
def test_more_credit_shapes_are_bylines(credit: str) -> None:
    assert label_of(credit, before=(HEADLINE, LEDE), after=()) == "byline"


@pytest.mark.parametrize("chrome", ["한국경제 구독", "예시 광주방송"])
def test_outlet_chrome_is_not_a_sign_off(chrome: str) -> None:
    assert label_of(chrome, before=(), after=(HEADLINE, LEDE)) != "byline"


def test_a_broadcast_script_without_headline_has_no_title() -> None:
    got = labels(
        "◀ 앵커 ▶", "어젯밤(21일) 도심의 한 빌라에서", "불이 나 주민 30여 명이 대피했습니다."
    )
    assert [label for label, _ in got] == ["meta", "body", "body"]


@pytest.mark.parametrize(
    "credit", ["[광주=뉴시스]홍길동 기자", "홍길동·김철수 기자", "Written by 홍길동 기자"]
)
def test_credit_shapes_under_the_headline_are_bylines(credit: str) -> None:
    assert label_of(credit) == "byline"


@pytest.mark.parametrize(
    "caption",
    [
        "유럽연합 집행위원회 본부 전경. 로이터 연합뉴스",
        "시민들이 12일 광장에서 축제를 즐기고 있다. 사진=홍길동 기자",
        "가수 홍길동 / 사진=예시엔터테인먼트",
        "[광주=뉴시스] 광주시청 전경. (사진=뉴시스DB) 2025.11.18. photo@example.com",
    ],
)
def test_caption_credit_tails(caption: str) -> None:
    assert label_of(caption) == "caption"


@pytest.mark.parametrize("stamp", ["2025.08.29 기획재정부", "Sat, 09 May 2026 21:30:00 +0900"])
def test_stamps_with_an_issuer_or_in_english_are_meta(stamp: str) -> None:
    assert label_of(stamp) == "meta"


def test_the_articles_own_stamp_after_the_copyright_stays_meta() -> None:
    got = labels(
        HEADLINE, LEDE, "저작권자 © 예시일보 무단전재 및 재배포 금지", "2026/03/10 15:48 송고"
    )
    assert got[3] == ("meta", "date-stamp")
    # A list item's bare date after the article is not the article's stamp.
    got = labels(HEADLINE, LEDE, "많이 본 뉴스", "2026.05.21 환율 1,400원 돌파")
    assert got[3][0] == "boilerplate"


@pytest.mark.parametrize(
    "footer",
    [
        "담당 부서 예시부 예산총괄과",
        "책임자 과장 홍길동 (044-000-0000)",
        "공공누리 제1유형 출처표시",
        "저작자표시 비영리 변경금지",
        "'경제 뉴스' 카테고리의 다른 글",
        "관련 키워드광주청년일자리",
        "▷ 이메일 : tip@example.com",
        "▷ 이메일 tip@example.com",
        "예시스포츠 기사 더 보기",
        "SUBSCRIBE 정기구독 신청하기",
        "번역beta",
        "글씨크기 조절하기",
        "이 자료는 예시부의 보도자료를 전재하여 제공함을 알려드립니다.",
    ],
)
def test_footer_lines_are_boilerplate(footer: str) -> None:
    assert label_of(footer, before=(HEADLINE, LEDE), after=()) == "boilerplate"


def test_a_headline_opening_with_a_contact_word_is_kept() -> None:
    assert label_of("책임자 처벌 촉구…유가족 기자회견", before=(), after=(LEDE,)) == "title"


def test_site_name_above_the_headline_is_not_the_headline() -> None:
    # Neither line is marked as furniture; the lede shares its words with the headline only.
    for site in ("소소한 남도 이야기", "Football Korea"):
        got = labels(site, HEADLINE, LEDE)
        assert got[1] == ("title", "headline"), site


def test_a_row_under_the_headline_does_not_cut_the_header() -> None:
    got = labels(
        "예시구청", "알림마당", HEADLINE, "작성자 홍보실 | 작성일 2025-05-21 | 조회수 312", LEDE
    )
    assert got[2] == ("title", "headline")


def test_headline_printed_twice_in_the_header() -> None:
    got = labels("검색", HEADLINE, "예시통신 홍길동", "원문보기", HEADLINE, "속보", LEDE)
    assert got[1] == ("title", "headline")
    assert got[4] == ("title", "repeated-title")


def test_list_item_right_above_a_stamp_and_the_lede_is_the_headline() -> None:
    got = labels(
        "랭킹뉴스",
        "상무지구 오피스텔 화재…주민 30명 대피 2025-03-10 18:22",
        HEADLINE,
        "입력 : 2025-03-11 07:40",
        LEDE,
    )
    assert got[1] == ("boilerplate", "related-list")
    assert got[2] == ("title", "headline")


@pytest.mark.parametrize(
    "headline",
    [
        "2025.03.10 코스피 마감",
        "홍보담당 공무원 음주운전 적발",
        "담당부서 실수로 개인정보 1만건 유출",
        "관련 기사 삭제 요구한 국회의원",
        "반도체 > 자동차 > 석유화학 순으로 늘어",
        "수출 > 수입…무역흑자 전환",
    ],
)
def test_headlines_that_look_like_furniture_stay_headlines(headline: str) -> None:
    assert labels(headline, "입력 2025.03.10 09:00", LEDE)[0] == ("title", "headline")


def test_a_listed_articles_stamp_after_a_list_header_is_not_the_articles() -> None:
    got = labels(HEADLINE, LEDE, "관련 기사", "환율 하락 마감", "2025-01-09 16:00 입력")
    assert got[4][0] == "boilerplate"


def test_a_punctuated_headline_keeps_its_place_over_its_deck() -> None:
    got = labels(
        '"이제는 말할 수 있다"', "검찰, 30년 전 사건 재수사 착수", "입력 2025.03.10 09:00", LEDE
    )
    assert got[0] == ("title", "headline")


def test_a_cms_credit_row_with_labels_and_counts_is_a_byline() -> None:
    assert label_of("기자명 홍길동 기자   입력 2025.11.03 16:20   댓글 0") == "byline"


def test_an_unknown_outlet_and_its_section_is_a_breadcrumb() -> None:
    assert labels("예시투데이 | 정책", HEADLINE, LEDE)[:2] == [
        ("meta", "breadcrumb"),
        ("title", "headline"),
    ]
