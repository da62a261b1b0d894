"""Page endings and furniture through the public API: ``classify_lines``, ``clean``, ``extract``.

A wire story's closing block (tip line, subscribe prompt, "이 시각" list), arrow bullets,
recommendation/paywall/newsletter/copy-link widgets, a weather widget with a lead-in, a
portal's comment widget, and an article's last sentence after a widget inside it.
All page text here is written for these tests.
"""

from __future__ import annotations

import re
import time

import pytest

from kornews import lines as L
from kornews._data import load_words
from kornews.article import extract
from kornews.lines import classify_lines, clean

HEADLINE = "예시시, 청년 창업 지원에 30억원 투입"
LEDE = "예시시가 청년 창업 기업 50곳에 30억원을 지원한다고 12일 밝혔다."
SECOND = "시는 다음 달 1일부터 참여 기업을 모집할 계획이다."
LAST = "시 관계자는 지역 청년들이 창업에 도전하는 계기가 되길 바란다고 말했다."
BYLINE = "/홍길동 기자 hong@example.com"
COPYRIGHT = "저작권자 © 예시일보 무단전재 및 재배포 금지"


def _labels(page: list[str]) -> dict[str, tuple[str, str]]:
    return {ln.text: (ln.label, ln.reason) for ln in classify_lines("\n".join(page))}


# --------------------------------------------------------------------------- wire ending

WIRE_ENDING = [
    "▶제보는 카카오톡 okjebo",
    "▶ 네이버에서 예시뉴스를 구독하세요!",
    "▶ 이 시각 인기 뉴스",
]


def test_wire_story_ending_is_boilerplate() -> None:
    page = [HEADLINE, LEDE, SECOND, "홍길동 기자 hong@example.com", *WIRE_ENDING]
    labels = _labels(page)
    assert labels["▶제보는 카카오톡 okjebo"] == ("boilerplate", "tip-line")
    assert labels["▶ 네이버에서 예시뉴스를 구독하세요!"] == ("boilerplate", "widget")
    assert labels["▶ 이 시각 인기 뉴스"] == ("boilerplate", "list-header")


def test_wire_story_ending_leaves_clean_and_extract() -> None:
    page = "\n".join([HEADLINE, LEDE, SECOND, "홍길동 기자 hong@example.com", *WIRE_ENDING])
    assert clean(page) == "\n".join([HEADLINE, LEDE, SECOND])
    assert extract(page).paragraphs == (LEDE, SECOND)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("▶ 제보는 카카오톡 okjebo", "tip-line"),
        ("▷제보는 이메일 tip@example.com", "tip-line"),
        ("► 예시일보를 구독해 주세요", "widget"),
        ("☞ 예시뉴스 채널을 구독하세요", "widget"),
        ("→ 이 시각 많이 본 뉴스", "list-header"),
        ("▶ 가장 많이 읽은 기사", "list-header"),
        ("▷ 이메일 : tip@example.com", "tip-line"),
    ],
)
def test_arrow_bullets_are_stripped_before_the_rules(line: str, reason: str) -> None:
    labels = _labels([HEADLINE, LEDE, SECOND, BYLINE, line])
    assert labels[line] == ("boilerplate", reason)


def test_arrow_led_sentence_is_still_body() -> None:
    line = "▶ 시는 올해 안에 지원 대상을 100곳으로 늘릴 계획이다."
    assert _labels([HEADLINE, LEDE, line, SECOND])[line] == ("body", "sentence-ending")


def test_photo_marker_and_script_tag_keep_their_arrows() -> None:
    caption = "▲ 12일 예시시청에서 열린 협약식에서 참석자들이 기념촬영을 하고 있다."
    labels = _labels([HEADLINE, caption, LEDE, "SYN▶ 상인", SECOND])
    assert labels[caption][0] == "caption"
    assert labels["SYN▶ 상인"] == ("meta", "script-tag")


def test_subscribe_word_in_a_sentence_stays_body() -> None:
    line = '그는 "좋은 채널을 구독하세요"라고 말했다.'
    assert _labels([HEADLINE, LEDE, line, SECOND])[line][0] == "body"


# --------------------------------------------------------------------------- furniture


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("이 기사를 추천합니다", "widget"),
        ("기사 잘 보셨나요? 구독 버튼을 눌러주세요", "widget"),
        ("본 기사는 유료 콘텐츠입니다", "widget"),
        ("뉴스레터 신청하기", "widget"),
        ("기사 URL이 복사되었습니다.", "widget"),
        ("링크가 복사되었습니다.", "widget"),
        ("오늘의 날씨 서울 맑음 26℃", "weather-widget"),
        ("현재날씨 부산 흐림 -3.5℃", "weather-widget"),
        ("타임톡", "comments"),
        ("타임톡 12", "comments"),
    ],
)
def test_furniture_lines_after_the_article(line: str, reason: str) -> None:
    page = [HEADLINE, LEDE, SECOND, BYLINE, line]
    assert _labels(page)[line] == ("boilerplate", reason)
    assert line not in clean("\n".join(page)).split("\n")


def test_reaction_buttons_are_a_widget_bar() -> None:
    bar = "훈훈해요 0 슬퍼요 0 화나요 0 좋아요 0 후속기사 원해요 0"
    assert _labels([HEADLINE, LEDE, SECOND, bar])[bar] == ("boilerplate", "widget-bar")
    assert _labels([HEADLINE, LEDE, SECOND, COPYRIGHT, bar])[bar] == ("boilerplate", "widget-bar")


def test_weather_word_in_prose_is_body() -> None:
    line = "서울의 낮 최고기온은 26℃로 맑은 날씨가 이어지겠다."
    assert _labels([HEADLINE, LEDE, line, SECOND])[line][0] == "body"


def test_comment_widget_count_is_boilerplate_and_ends_the_article() -> None:
    page = [HEADLINE, LEDE, SECOND, "타임톡", "3", "이 정책은 정말 좋은 것 같습니다 기대됩니다."]
    lines = classify_lines("\n".join(page))
    assert [(ln.label, ln.reason) for ln in lines[3:]] == [
        ("boilerplate", "comments"),
        ("boilerplate", "after-article"),
        ("boilerplate", "after-article"),
    ]


def test_comment_gate_holds_every_case_variant() -> None:
    words = ["전체", *load_words("lines_comment_headers.txt")]
    firsts = "".join(sorted({w[0] for w in words}))
    pattern = re.compile("[" + re.escape(firsts) + "]", re.IGNORECASE)
    variants = [chr(i) for i in range(0x110000) if pattern.match(chr(i))]
    assert [ch for ch in variants if ch not in L._COMMENTS_INITIALS] == []


# --------------------------------------------------------------------------- last sentence

SHARE = "이 기사를 공유합니다"


@pytest.mark.parametrize(
    "after",
    [
        [],  # the end of the page
        [BYLINE],
        ["", "", BYLINE],
        ["", COPYRIGHT],
        ["관련 기사", "다른 기사 제목이 여기에 온다"],
    ],
)
def test_last_sentence_after_a_widget_is_kept(after: list[str]) -> None:
    page = [HEADLINE, LEDE, SECOND, SHARE, LAST, *after]
    assert _labels(page)[LAST] == ("body", "sentence-ending")
    assert clean("\n".join(page)).split("\n")[-1] == LAST
    assert extract("\n".join(page)).paragraphs[-1] == LAST


def test_last_sentence_after_a_tip_line_is_kept() -> None:
    page = [HEADLINE, LEDE, SECOND, "제보는 카카오톡 okjebo", LAST, BYLINE]
    assert _labels(page)[LAST] == ("body", "sentence-ending")


def test_teaser_lede_under_a_list_header_stays_out() -> None:
    teaser = "예시군이 내년 예산으로 5천억원을 편성했다고 밝혔다."
    page = [HEADLINE, LEDE, SECOND, BYLINE, "관련 기사", teaser]
    assert _labels(page)[teaser] == ("boilerplate", "after-article")
    assert teaser not in clean("\n".join(page))


def test_sentence_after_comments_stays_out() -> None:
    comment = "좋은 정책이라고 생각하지만 예산이 부족해 보인다."
    page = [HEADLINE, LEDE, SECOND, "댓글 2", comment]
    assert _labels(page)[comment] == ("boilerplate", "after-article")


def test_polite_notice_closing_the_page_stays_out() -> None:
    notice = "이 자료는 예시 조건에 따라 누구나 이용할 수 있습니다."
    page = [HEADLINE, LEDE, SECOND, COPYRIGHT, notice]
    assert _labels(page)[notice] == ("boilerplate", "after-article")


def test_sentence_followed_by_more_furniture_text_stays_out() -> None:
    # Not the article's closing sentence: a cut-off teaser follows it.
    teaser = "예시군은 올해 관광객 100만명을 넘겼다."
    page = [HEADLINE, LEDE, SECOND, SHARE, teaser, "다른 기사의 제목과 잘린 첫 문장이 이어지는데"]
    assert _labels(page)[teaser] == ("boilerplate", "after-article")


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "▶" * 1_000_000,
        "▶ " * 500_000,
        "오늘의 날씨 " * 100_000,
        "타임톡 " * 200_000,
        "\n".join(["▶ 이 시각 인기 뉴스", "오늘의 날씨 서울 맑음 26℃", SHARE, LAST] * 20_000),
    ],
)
def test_adversarial_input_is_fast(text: str) -> None:
    start = time.perf_counter()
    lines = classify_lines(text)
    assert len(lines) == text.count("\n") + 1
    assert time.perf_counter() - start < 10


def test_prompt_closing_the_page_stays_out() -> None:
    prompt = "예시뉴스 앱에서 더 많은 지역 소식을 받아 보세요."
    page = [HEADLINE, LEDE, SECOND, SHARE, prompt]
    assert _labels(page)[prompt] == ("boilerplate", "after-article")


def test_quoted_last_sentence_after_a_widget_is_kept() -> None:
    quote = '그는 "청년들이 마음껏 도전할 수 있도록 돕겠다."'
    page = [HEADLINE, LEDE, SECOND, SHARE, quote]
    assert _labels(page)[quote] == ("body", "sentence-ending")
