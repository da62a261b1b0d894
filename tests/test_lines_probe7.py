"""Weather widgets with a date and air-quality readings, bare `사진제공=` credits and a
portal's section notice (found by an independent probe round)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kornews import extract
from kornews.lines import classify_lines


@pytest.mark.parametrize(
    "line",
    [
        "2024.05.20 (월) 예시 21.4℃ 맑음 미세먼지 보통",
        "예시 21.4℃ 맑음 미세먼지 보통",
        "예시 23℃ 구름많음 초미세먼지 나쁨",
        "5월 20일 예시 -3.5℃ 흐림 습도 40%",
    ],
)
def test_weather_widget_with_date_and_readings(line: str) -> None:
    assert [(ln.label, ln.reason) for ln in classify_lines(line)] == [
        ("boilerplate", "weather-widget")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "기온이 영하 5℃까지 떨어졌다.",
        "예시 낮 최고 33℃ 폭염 계속",  # a headline about the weather, not a widget
    ],
)
def test_sentences_and_headlines_about_weather_are_not_widgets(line: str) -> None:
    assert classify_lines(line)[0].reason != "weather-widget"


def test_a_dated_weather_widget_above_the_headline_is_not_the_title() -> None:
    page = (
        "2024.05.20 (월) 예시 21.4℃ 맑음 미세먼지 보통\n"
        "예시시, 청년 월세 지원 두 배로 늘린다\n"
        "입력 2024.05.20 10:15\n"
        "예시시는 20일 청년 월세 지원 대상을 두 배로 늘린다고 밝혔다.\n"
        "지원 규모는 모두 40억원이다.\n"
    )
    article = extract(page)
    assert article.title == "예시시, 청년 월세 지원 두 배로 늘린다"
    assert isinstance(article.published, dt.datetime)
    assert (article.published.hour, article.published.minute) == (10, 15)


def test_bare_photo_credit_with_provider_label_is_a_caption() -> None:
    (line,) = classify_lines("선수들이 훈련하고 있다. 사진제공=예시 이글스")
    assert (line.label, line.reason) == ("caption", "photo-credit")


@pytest.mark.parametrize(
    "line", ["이 기사는 언론사에서 경제 섹션으로 분류했습니다.", "기사 섹션 분류 안내"]
)
def test_portal_section_notice_is_boilerplate(line: str) -> None:
    assert classify_lines(line)[0].label == "boilerplate"


def test_weather_rule_is_linear() -> None:
    line = "2024.05.20 (월) " + "맑음 " * 20 + "21℃" + " 미세먼지" * 50
    start = time.perf_counter()
    classify_lines((line + "\n") * 2000)
    assert time.perf_counter() - start < 5
