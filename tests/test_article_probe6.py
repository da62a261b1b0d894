"""extract() on the sixth probe's gaps: column pages and publication stamps above a
headline the layout puts after the page's widgets. Every example is written for this file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kornews.article import _is_header_widget, extract
from kornews.lines import classify_lines

KST = timezone(timedelta(hours=9))
LEDE = (
    "예시시는 12일 시청에서 노후 상수관 교체 계획을 발표하고 내년까지 300억원을 투입한다고 밝혔다."
)
BODY = "시는 다음 달 실시설계를 마치고 10월 착공할 예정이다. 공사는 2년간 이어진다."
WIDGETS = ("댓글 0", "기사공유하기", "프린트")


def test_column_page_keeps_its_tagged_headline_and_its_stamp() -> None:
    page = "\n".join(
        [
            "예시도민일보",
            "오피니언 > 기고",
            "[기고] 상수도 요금 현실화가 먼저다",
            "입력 2025.03.30 18:10",
            *WIDGETS,
            "▲ 홍길동 예시연구원 원장",
            LEDE,
            BODY,
            "홍길동 예시연구원 원장",
            "저작권자 © 예시도민일보 무단전재 및 재배포 금지",
        ]
    )
    a = extract(page)
    assert a.title == "[기고] 상수도 요금 현실화가 먼저다"
    assert a.published == datetime(2025, 3, 30, 18, 10, tzinfo=KST)
    assert [ln.label for ln in a.lines][7] == "caption"
    assert a.body == f"{LEDE}\n{BODY}"


@pytest.mark.parametrize(
    "stamp",
    [
        "입력 2025.03.30 18:10",
        "등록 2025-03-30 18:10",
        "기사입력 2025.03.30",
        "2025/03/30 18:10 송고",
    ],
)
def test_publication_stamp_above_the_headline_survives_the_widgets_under_it(stamp: str) -> None:
    # The headline sits below the date and a run of widget lines: the date is still the
    # page's stamp because it says so, not a "today" box.
    page = "\n".join(["예시일보", stamp, *WIDGETS, "상수도 요금 현실화 논의 본격화", LEDE])
    a = extract(page)
    assert a.title == "상수도 요금 현실화 논의 본격화"
    assert a.published is not None
    assert (a.published.year, a.published.month, a.published.day) == (2025, 3, 30)


def test_unmarked_date_heading_a_widget_box_is_still_not_the_stamp() -> None:
    lines = tuple(
        classify_lines(
            "\n".join(["2025년 3월 30일 (일)", *WIDGETS, "상수도 요금 현실화 논의 본격화", LEDE])
        )
    )
    title = next(ln.index for ln in lines if ln.label == "title")
    assert _is_header_widget(lines, 0, title)
    assert extract("\n".join(ln.text for ln in lines)).published is None


def test_stamp_word_far_inside_a_long_line_does_not_exempt_it() -> None:
    long_line = "가" * 400 + " 입력 2025.03.30"
    lines = tuple(classify_lines("\n".join([long_line, *WIDGETS])))
    assert [ln.label for ln in lines[1:]] == ["boilerplate"] * 3
    assert _is_header_widget(lines, 0, None)
    short = tuple(classify_lines("\n".join(["입력 2025.03.30", *WIDGETS])))
    assert not _is_header_widget(short, 0, None)


def test_board_page_reads_its_stamp_from_the_header_row() -> None:
    page = "\n".join(
        [
            "예시특별자치도",
            "도정뉴스 > 보도자료",
            "예시도, 청년 월세 최대 20만원 지원",
            "작성자 : 청년정책담당관 | 등록일 : 2025-01-08 | 조회수 : 1,204",
            "예시도는 무주택 청년에게 월 최대 20만원의 월세를 12개월간 지원한다고 8일 밝혔다.",
            "문의 : 청년정책담당관 청년정책팀 02-123-4567",
            "첨부파일",
            "250108 청년 월세 지원 보도자료.hwp",
        ]
    )
    a = extract(page)
    assert a.title == "예시도, 청년 월세 최대 20만원 지원"
    assert a.published is not None and a.published.isoformat().startswith("2025-01-08")
    assert [ln.label for ln in a.lines][3] == "meta"
    assert a.paragraphs == (
        "예시도는 무주택 청년에게 월 최대 20만원의 월세를 12개월간 지원한다고 8일 밝혔다.",
    )


def test_wire_story_address_printed_alone_is_the_authors() -> None:
    page = "\n".join(
        [
            "정부, 내년 예산 677조원 편성",
            "(세종=연합뉴스) 김철수 기자 = 정부가 내년 예산을 677조원으로 편성했다고 12일 밝혔다.",
            "기획재정부는 이날 국무회의에서 예산안을 의결했다.",
            "kim@example.co.kr",
            "▶제보는 카카오톡 okjebo",
        ]
    )
    article = extract(page)
    assert [(b.name, b.email) for b in article.bylines] == [("김철수", "kim@example.co.kr")]
    assert article.paragraphs[-1] == "기획재정부는 이날 국무회의에서 예산안을 의결했다."
