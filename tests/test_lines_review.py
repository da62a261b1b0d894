"""Line rules after a review: linear time on pages of repeated header lines, contact lines
between the items of a notice page, broadcast sign-offs against prose ending in 입니다,
script speaker tags against speech, ▲ bullet decks against ▲ captions, and region and bio
lines inside the body. Every example is written for this file."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from kornews.article import extract
from kornews.lines import classify_lines

HEADLINE = "예시시, 노후 상수관 교체에 300억 투입"
LEDE = "예시시는 12일 노후 상수관 교체 계획을 발표하고 내년까지 300억원을 투입한다고 밝혔다."
BODY = "시는 다음 달 실시설계를 마치고 10월 착공할 예정이다. 공사는 2년간 이어진다."
COPYRIGHT = "저작권자 © 예시일보 무단전재 및 재배포 금지"


def labels(*lines: str) -> list[tuple[str, str]]:
    return [(ln.label, ln.reason) for ln in classify_lines("\n".join(lines))]


# --------------------------------------------------------------------------- linear time


def _best_of(run: Callable[[str], object], text: str, times: int = 2) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - started)
    return best


def _repeat(block: str, size: int) -> str:
    return block * (size // len(block))


@pytest.mark.parametrize(
    ("run", "block"),
    [
        # Every line a ▲ caption above the (absent) prose.
        (classify_lines, "▲ 홍길동 예시대 교수\n"),
        # Every line a bullet point ("▲ …" that is no caption).
        (classify_lines, "▲ 지원 대상 연소득 확대\n"),
        # Service taglines beside headline-like lines.
        (extract, "보도자료 배포 서비스\n새 정책 발표 현장\n"),
        # A writer's bio and a sentence, over and over.
        (classify_lines, "홍길동 예시대 교수\n본문 문장이다.\n"),
        # A region name and a sentence, over and over.
        (classify_lines, "서울\n낮 기온은 15도로 맑겠다.\n"),
    ],
)
def test_repeated_header_lines_take_linear_time(run: Callable[[str], object], block: str) -> None:
    small = _best_of(run, _repeat(block, 100_000))
    large = _best_of(run, _repeat(block, 400_000))
    # Four times the text: linear code takes about four times as long; the quadratic
    # version took sixteen times as long (0.06 s then 0.96 s).
    assert large < 8 * small + 0.5


def test_closing_sentences_far_apart_after_a_marker_take_linear_time() -> None:
    # After the copyright line, complete sentences separated by long runs of blank lines:
    # each one asks whether only blank lines came since the marker.
    head = f"{LEDE}\n{COPYRIGHT}\n가나다\n"
    block = "시는 다음 달 실시설계를 마치고 착공한다.\n" + "\n" * 60
    small = _best_of(classify_lines, head + _repeat(block, 50_000))
    large = _best_of(classify_lines, head + _repeat(block, 400_000))
    # Eight times the text (and the lines): the quadratic version took forty times as long.
    assert large < 20 * small + 0.5


# --------------------------------------------------------------------------- contact lines


def test_contact_line_under_one_notice_does_not_end_the_page() -> None:
    got = labels(
        "예시미술관은 다음 달 전시회를 연다.",
        "문의: 061-123-4567",
        "예시문화회관은 15일 음악회를 연다.",
        "문의: 062-000-0000",
        "예시도서관은 회원을 모집한다.",
    )
    assert [label for label, _ in got] == ["body", "boilerplate", "body", "boilerplate", "body"]
    assert got[1] == ("boilerplate", "contact-line")


def test_long_contact_header_still_ends_the_article() -> None:
    got = labels(HEADLINE, LEDE, "담당 부서 예시시 상수도과", "다른 기사 제목 한 줄")
    assert got[2] == ("boilerplate", "contact-line")
    assert got[3] == ("boilerplate", "after-article")


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    "line",
    [
        "저는 예시방송 아나운서입니다.",
        "이곳은 KBS 본사입니다.",
        "제 직업은 MBC 기자입니다.",
        "KBS 본사입니다.",
        # Longer than a sign-off, and opening with neither 지금까지, a place nor the outlet.
        "우리 동네에서 가장 오래된 자랑거리는 예시방송 정문입니다.",
    ],
)
def test_prose_ending_in_a_broadcaster_and_a_noun_is_body(line: str) -> None:
    assert labels(HEADLINE, LEDE, line)[2] == ("body", "sentence-ending")


@pytest.mark.parametrize(
    "line",
    [
        "지금까지 광주에서 YTN 홍길동입니다.",
        "부산 해운대에서 KBS 김철수입니다.",
        "KBS뉴스 홍길동입니다.",
        "예시방송 남궁민수입니다.",
    ],
)
def test_sign_offs_with_a_name_stay_bylines(line: str) -> None:
    assert labels(HEADLINE, LEDE, line)[2] == ("byline", "sign-off")


# --------------------------------------------------------------------------- script tags


@pytest.mark.parametrize(
    "line",
    ["앵커▶ 오늘 날씨 맑습니다", "기자▶ 네 그렇습니다", "INT▶ 손님이 없어요", "SYN▶ 정말 그랬죠?"],
)
def test_speech_after_a_script_arrow_is_text(line: str) -> None:
    label, reason = labels(HEADLINE, LEDE, line, BODY)[2]
    assert label == "body"
    assert reason != "script-tag"


@pytest.mark.parametrize(
    "line",
    ["SYN▶ 상인", "◀INT▶ 홍길동/상인", "인터뷰▶ 김철수 / 예시시장 상인", "녹취▶ 이영희 주민"],
)
def test_speaker_after_a_speaker_tag_is_meta(line: str) -> None:
    assert labels(HEADLINE, LEDE, line, BODY)[2] == ("meta", "script-tag")


# --------------------------------------------------------------------------- ▲ lines


BULLET_PAGE = [
    "예시일보",
    "청년 월세 지원 확대",
    "▲ 지원 대상 연소득 5천만원까지 확대",
    "▲ 지원 기간 12개월서 24개월로",
    "입력 2025.03.14 10:21",
    "정부는 청년 월세 지원 대상을 넓힌다고 14일 밝혔다. 예산은 두 배로 늘어난다.",
]


def test_bullet_points_under_the_headline_are_decks() -> None:
    got = labels(*BULLET_PAGE)
    assert got[1] == ("title", "headline")
    assert got[2] == ("subtitle", "deck")
    assert got[3] == ("subtitle", "deck")
    article = extract("\n".join(BULLET_PAGE))
    assert article.title == "청년 월세 지원 확대"
    assert article.subtitle is not None
    assert "지원 기간 12개월서 24개월로" in article.subtitle


def test_bullet_point_is_not_the_headline_when_it_comes_first() -> None:
    got = labels("▲ 지원 대상 연소득 확대", "청년 월세 지원 확대", BULLET_PAGE[-1])
    assert got[1] == ("title", "headline")


@pytest.mark.parametrize(
    "line",
    [
        "▲ 홍길동 예시대 교수",  # a writer's photo with the bio
        "▲ 홍길동 시장이 정수장을 둘러보는 모습",  # a photo description
        "▲ 협약식 참석자들 (예시시 제공)",  # a credit
    ],
)
def test_marker_lines_that_read_as_captions_stay_captions(line: str) -> None:
    got = labels(HEADLINE, line, LEDE)
    assert got[0] == ("title", "headline")
    assert got[1][0] == "caption"


# --------------------------------------------------------------------------- body lines


def test_region_names_inside_the_body_are_text() -> None:
    got = labels(
        "전국 대체로 맑음…낮 기온 15도 안팎",
        "오늘 전국은 대체로 맑겠다.",
        "서울",
        "낮 기온은 15도로 맑겠다.",
        "부산",
        "낮 기온은 18도로 구름이 많겠다.",
    )
    assert got[2] == ("body", "in-article")
    assert got[4] == ("body", "in-article")


def test_region_above_the_headline_is_still_a_section_label() -> None:
    got = labels("전체기사 정치 경제 사회", "제주", HEADLINE, LEDE)
    assert got[1] == ("meta", "section-label")


def test_speaker_name_inside_a_question_and_answer_is_text() -> None:
    got = labels(
        "상속 분쟁 어떻게 풀까",
        "오늘은 상속 문제를 알아본다.",
        "홍길동 변호사",
        "상속은 사망과 동시에 개시됩니다.",
        "김철수 변호사",
        "유언이 있으면 유언에 따릅니다.",
    )
    assert got[2] == ("body", "in-article")
    assert got[4] == ("body", "in-article")


def test_bio_after_the_last_sentence_is_a_byline() -> None:
    got = labels(HEADLINE, LEDE, BODY, "홍길동 예시대 교수")
    assert got[3] == ("byline", "author-bio")


def test_bio_inside_a_column_is_a_byline() -> None:
    got = labels("[기고] 상수도 요금 현실화가 먼저다", LEDE, "홍길동 예시대 교수", BODY)
    assert got[2] == ("byline", "author-bio")


def test_wire_photo_credit_is_a_caption() -> None:
    caption = "시민들이 분수대 앞을 걷고 있다. 2025.7.3/뉴스1 ⓒ News1 홍길동 기자"
    assert labels(HEADLINE, LEDE, caption, BODY)[2] == ("caption", "photo-credit")
