"""Line rules from the sixth probe's gaps: photo markers and writers' bios around the
headline, column tags, bare caption credits, footer widgets, broadcast sign-offs, board
rows and regional desk labels. Every example is written for this file."""

from __future__ import annotations

import time

import pytest

from kornews.lines import classify_lines, clean

LEDE = (
    "예시시는 12일 시청에서 노후 상수관 교체 계획을 발표하고 내년까지 300억원을 투입한다고 밝혔다."
)
BODY = "시는 다음 달 실시설계를 마치고 10월 착공할 예정이다. 공사는 2년간 이어진다."
HEADLINE = "예시시, 노후 상수관 교체에 300억 투입"
COPYRIGHT = "저작권자 © 예시일보 무단전재 및 재배포 금지"


def labels(*lines: str) -> list[tuple[str, str]]:
    return [(ln.label, ln.reason) for ln in classify_lines("\n".join(lines))]


def label_of(
    line: str, *, before: tuple[str, ...] = (HEADLINE,), after: tuple[str, ...] = (LEDE,)
) -> tuple[str, str]:
    return labels(*before, line, *after)[len(before)]


# --------------------------------------------------------------------------- headline


def test_photo_marker_line_is_a_caption_not_the_headline_even_when_repeated() -> None:
    # An opinion page: the column's headline, the writer's photo caption (▲) above the text,
    # and the same name and position again as the bio under the text.
    got = labels(
        "[기고] 상수도 요금 현실화가 먼저다",
        "입력 2025.03.30 18:10",
        "댓글 0",
        "▲ 홍길동 예시연구원 원장",
        LEDE,
        BODY,
        "홍길동 예시연구원 원장",
        COPYRIGHT,
    )
    assert got[0] == ("title", "headline")
    assert got[3] == ("caption", "photo-marker")
    assert got[6] == ("byline", "author-bio")


@pytest.mark.parametrize("marker", ["▲", "△"])
def test_both_photo_markers_decline_the_headline(marker: str) -> None:
    got = labels(HEADLINE, f"{marker} 김철수 예시대 교수", LEDE)
    assert got[0] == ("title", "headline")
    assert got[1][0] == "caption"


def test_repeated_bio_is_not_picked_over_an_unrepeated_headline() -> None:
    # Without the ▲ marker the bio line above the text repeats under it: still not a headline.
    got = labels(
        "상수도 요금 현실화가 먼저다",
        "이영희 예시대 환경공학과 교수·전 예시학회장",
        LEDE,
        BODY,
        "이영희 예시대 환경공학과 교수·전 예시학회장",
    )
    assert got[0] == ("title", "headline")
    assert got[1] == ("byline", "author-bio")
    assert got[4] == ("byline", "author-bio")


@pytest.mark.parametrize(
    "tag", ["[기고]", "[사설]", "[칼럼]", "[포토]", "[정정보도]", "[시론]", "[독자투고]"]
)
def test_column_tag_marks_the_headline_among_header_lines(tag: str) -> None:
    # A header line below the tagged headline and a navigation bar does not take its place.
    got = labels(
        f"{tag} 상수도 요금 현실화가 먼저다",
        "입력 2025.03.30 18:10",
        "정치 경제 사회 문화",
        "요금 인상 논의 본격화",
        LEDE,
    )
    assert got[0] == ("title", "headline")
    assert got[3][0] != "title"


@pytest.mark.parametrize(
    "line",
    [
        "예시시 신임 부시장에 홍길동 전 국장",  # a city opens it, and the post is a subject
        "이영희 예시대 총장 연임 확정",  # a bio's words, then news
        '홍길동 원장 "상수도 요금 올려야"',  # a quote headline
        "예시시 상수도사업본부장",  # an office, no person
    ],
)
def test_headlines_that_name_people_stay_headlines(line: str) -> None:
    # Printed again under the article, the headline is still the repeated headline.
    got = labels("예시일보", "정치 경제 사회", "다른 머리글 후보 한 줄", line, LEDE, BODY, line)
    assert got[3] == ("title", "headline")
    assert got[6] == ("title", "repeated-title")


@pytest.mark.parametrize("deck", ["정부 조직 개편 담당 장관", "강원도 산림환경연구원장"])
def test_organisation_and_position_deck_is_not_a_bio(deck: str) -> None:
    assert labels(HEADLINE, deck, LEDE)[1] == ("subtitle", "deck")


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    "caption",
    [
        "예시시 동구 일대 상수관 교체 현장. 예시시 제공",
        "12일 예시시청 광장에서 시민들이 꽃 전시를 둘러보고 있다. 예시일보DB",
        "시민들이 새로 문을 연 도서관을 둘러보는 모습. 예시구 제공",
        "지난 3일 오전 예시역 대합실이 귀성객들로 붐비고 있다. 역은 이날 5만명이 이용할 것으로 내다봤다. /홍길동 기자",
        "5일 오후 예시항 부두에서 선원들이 그물을 손질하고 있다. /홍길동 기자 photo@example.com",
    ],
)
def test_description_with_a_bare_credit_is_a_caption(caption: str) -> None:
    assert label_of(caption) == ("caption", "photo-credit")


@pytest.mark.parametrize(
    "line",
    [
        # A lede that cites its source: a reporting verb, not a description.
        "예시시는 상수관 교체에 300억원을 투입한다고 밝혔다. 예시시 제공",
        # A byline glued to the last sentence keeps the line body.
        "시는 내년 상반기 착공할 예정이라고 말했다. /홍길동 기자",
        # A description without a date before a reporter's credit is text.
        "정부는 대책을 마련하고 있다. 시장은 안정될 것으로 보인다. /홍길동 기자",
    ],
)
def test_prose_with_a_credit_shape_is_not_a_caption(line: str) -> None:
    assert label_of(line, before=(HEADLINE, LEDE), after=(BODY,))[0] == "body"


def test_weather_source_alone_is_not_a_caption() -> None:
    assert label_of("기상청 제공")[0] != "caption"


# --------------------------------------------------------------------------- lexicon


@pytest.mark.parametrize(
    "line",
    [
        "오피니언 많이 본 기사",
        "사회 많이 본 뉴스",
        "독자 여러분의 소중한 의견을 기다립니다.",
        "※ 외부 필진의 기고는 본지의 편집 방향과 다를 수 있습니다.",
        "이 기사의 영어 원문 보기",
        "기사내용 요약",
        "| 본지 12면 신문보기",
        "문의 : 상수도사업본부 급수과 02-123-4567",
        "첨부파일",
        "250108 상수관 교체 보도자료.hwp",
        "붙임 자료.pdf (120KB)",
        "계획서.hwpx",
    ],
)
def test_footer_furniture_is_boilerplate(line: str) -> None:
    assert label_of(line, before=(HEADLINE, LEDE, BODY), after=())[0] == "boilerplate"


def test_section_list_header_takes_its_items() -> None:
    got = labels(HEADLINE, LEDE, BODY, "오피니언 많이 본 기사", "[여적] 봄비 내리는 날")
    assert got[3] == ("boilerplate", "list-header")
    assert got[4] == ("boilerplate", "related-list")


def test_a_headline_mentioning_popular_articles_is_still_a_headline() -> None:
    assert labels("많이 본 기사 순위 조작 의혹 제기돼", LEDE)[0][0] == "title"


@pytest.mark.parametrize("line", ["문의가 잇따르자 시는 02-123-4567 번호를 안내했다."])
def test_contact_word_in_prose_is_body(line: str) -> None:
    assert label_of(line, before=(HEADLINE, LEDE), after=(BODY,))[0] == "body"


@pytest.mark.parametrize("tag", ["SYN▶ 상인", "INT▶ 김철수/상인", "◀INT▶ 홍길동 예시시장"])
def test_script_tag_with_a_speaker_is_meta(tag: str) -> None:
    script = ["◀ANC▶", "시장 앞 거리가", "한산합니다.", tag, '"손님이 없어요."', "◀END▶"]
    got = labels(HEADLINE, *script)
    assert got[4] == ("meta", "script-tag")


# --------------------------------------------------------------------------- sign-offs, rows


@pytest.mark.parametrize(
    "line",
    [
        "지금까지 예시도로공사 교통상황실에서 YTN 홍길동입니다.",
        "지금까지 국회에서 KBS 김철수입니다.",
        "MBC뉴스 홍길동입니다.",
        "예시방송 이영희입니다.",
    ],
)
def test_broadcast_sign_off_at_the_end_of_a_line_is_a_byline(line: str) -> None:
    assert label_of(line, before=(HEADLINE, LEDE), after=()) == ("byline", "sign-off")


@pytest.mark.parametrize(
    "line",
    [
        "이번 사업의 책임자는 예시시 홍길동입니다.",  # no broadcaster
        "예시시는 12일 설명회를 열었습니다. 지금까지 YTN 홍길동입니다.",  # glued to text
    ],
)
def test_other_lines_ending_in_a_name_are_not_sign_offs(line: str) -> None:
    assert label_of(line, before=(HEADLINE, LEDE), after=())[0] == "body"


@pytest.mark.parametrize(
    "row",
    [
        "작성자 : 홍길동 | 등록일 : 2025-01-08 | 조회수 : 123",
        "담당부서 : 급수과 | 작성일 : 2025.01.08 | 조회 : 45",
    ],
)
def test_board_row_with_a_stamp_is_meta(row: str) -> None:
    assert label_of(row) == ("meta", "date-stamp")


def test_menu_bar_without_a_stamp_stays_a_menu() -> None:
    assert label_of("정치 | 경제 | 사회 | 2025 선거", before=(), after=(HEADLINE, LEDE)) == (
        "boilerplate",
        "menu",
    )


@pytest.mark.parametrize("region", ["제주", "경남", "강원"])
def test_region_above_the_headline_is_a_section_label(region: str) -> None:
    got = labels("전체기사 정치 경제 사회", region, HEADLINE, LEDE)
    assert got[1] == ("meta", "section-label")
    assert got[2] == ("title", "headline")


def test_region_under_an_outlet_name_is_its_regional_edition() -> None:
    got = labels("KBS 뉴스", "부산", HEADLINE, LEDE)
    assert got[1] == ("boilerplate", "outlet-name")
    assert got[2] == ("title", "headline")


# --------------------------------------------------------------------------- adversarial


@pytest.mark.parametrize(
    "text",
    [
        "있다. " * 200_000,
        ("가" * 90 + ". 예시 제공\n") * 5_000,
        ("SYN▶ " + "가 " * 10 + "\n") * 20_000,
        ("1" * 20 + ".hwp\n") * 20_000,
        "지금까지 " * 100_000 + "YTN 홍길동입니다.",
        ("작성자 : 홍길동 | " * 9 + "등록일 : 2025\n") * 5_000,
        "▲ " * 300_000,
        "/홍길동 기자 " * 100_000 + "a@b.kr",
    ],
)
def test_new_rules_stay_linear_on_adversarial_input(text: str) -> None:
    started = time.perf_counter()
    lines = classify_lines(text)
    assert len(lines) == text.count("\n") + 1
    assert time.perf_counter() - started < 10


def test_count_under_a_widget_button_belongs_to_the_widget() -> None:
    got = labels(HEADLINE, "입력 2025.09.03 15:05", "추천", "2", "댓글", "12", LEDE)
    assert got[3] == ("boilerplate", "counter")
    assert got[5] == ("boilerplate", "counter")
    # A count with no widget above it stays a header counter.
    assert labels(HEADLINE, "입력 2025.09.03 15:05", "0 0", LEDE)[2] == ("meta", "counter")


def test_reporter_profile_box_after_the_article_is_chrome() -> None:
    got = labels(
        HEADLINE,
        LEDE,
        "홍길동 기자 hong@example.com",
        "기자 프로필",
        "예시경제",
        "홍길동 기자",
        "구독",
    )
    assert got[2] == ("byline", "email-credit")
    assert got[3] == ("boilerplate", "profile-header")
    assert got[5] == ("boilerplate", "profile-box")


def test_clean_is_idempotent_when_normalization_exposes_mojibake() -> None:
    # A soft hyphen hides a mojibake pair from the repair until normalization drops it.
    once = clean("\xad°¹")
    assert clean(once) == once
