"""extract(): the composition of the capabilities into one Article."""

from __future__ import annotations

import json
import time
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kornews
from kornews import Article, DateMention, Money, extract

SEED_001 = "001_3606a09aa6ae8308"
SEED_000 = "000_35b43c20cc6f0640"

PAGE = "\n".join(
    [
        "본문 바로가기",
        "광주시‧전남도, 청년 일자리 예산 확대",
        "입력 2025.04.14 09:30 | 수정 2025.04.14 11:05",
        "청년 창업 지원 강화",
        "[광주=뉴시스] 홍길동 기자 = 광주시는 14일 청년 일자리 사업에 약 120억원을 투입한다고 밝혔다.",
        "시는 지난 8월27일 설명회를 열었고, 이날 300여 명이 참석했다.",
        "/홍길동 기자 hong@example.com",
        "저작권자 © 예시일보 무단전재 및 재배포 금지",
    ]
)


def test_fields_of_a_typical_page() -> None:
    a = extract(PAGE)
    assert a.kind == "article"
    assert a.title == "광주시‧전남도, 청년 일자리 예산 확대"  # as printed: middle dot kept
    assert a.subtitle == "청년 창업 지원 강화"
    assert a.published == datetime.fromisoformat("2025-04-14T09:30:00+09:00")
    assert a.published_grain == "minute"
    assert a.updated == datetime.fromisoformat("2025-04-14T11:05:00+09:00")
    assert a.paragraphs[0].startswith("[광주=뉴시스] 홍길동 기자 = 광주시는")
    assert a.body == "\n".join(a.paragraphs)
    (byline,) = [b for b in a.bylines if b.name]
    assert (byline.name, byline.email, byline.agency, byline.dateline) == (
        "홍길동",
        "hong@example.com",
        "뉴시스",
        "광주",
    )
    assert [(m.text, m.value, m.approx) for m in a.money] == [
        ("120억원", Decimal("12000000000"), True)
    ]
    resolved = {d.text: d.value for d in a.dates}
    assert resolved["14일"] == date(2025, 4, 14)
    assert resolved["지난 8월27일"] == date(2024, 8, 27)
    assert resolved["이날"] == date(2024, 8, 27)
    assert not a.encoding_repaired


def test_every_line_is_reported_with_label_and_reason() -> None:
    a = extract(PAGE)
    assert len(a.lines) == PAGE.count("\n") + 1
    assert a.lines[0].label == "boilerplate"
    assert a.lines[-1].label == "boilerplate"
    assert all(ln.reason for ln in a.lines)
    for ln in a.lines:
        assert a.source[ln.start : ln.end] == ln.text


def test_spans_of_money_and_dates_point_into_body() -> None:
    a = extract(PAGE)
    mentions: list[Money | DateMention] = [*a.money, *a.dates]
    for m in mentions:
        assert a.body[m.start : m.end] == m.text


def test_relative_dates_use_reference_when_page_has_no_stamp() -> None:
    text = "광주시는 12일 오후 설명회를 열었다고 밝혔다.\n시는 오는 28일 결과를 발표할 예정이다."
    a = extract(text, reference=date(2025, 9, 20))
    assert a.published is None
    values = {d.text: d.value for d in a.dates}
    assert values["12일 오후"] == date(2025, 9, 12)
    assert values["오는 28일"] == date(2025, 9, 28)
    assert all(d.value is None for d in extract(text).dates)  # no reference: never the clock


def test_header_date_widget_is_not_the_publication_date(seeds: dict[str, str]) -> None:
    # Seeds 002 and 003 open with the render date above a weather widget.
    for stem in ("002_63cb6d787270aa92", "003_d7f6930ecccab7f7"):
        assert extract(seeds[stem]).published is None


def test_update_stamp_dates_a_page_that_prints_nothing_else() -> None:
    a = extract("광주시, 예산 확대\n승인 2023.05.12 15:30\n광주시는 12일 예산을 늘린다고 밝혔다.")
    assert a.published == datetime.fromisoformat("2023-05-12T15:30:00+09:00")


def test_date_badge_over_two_lines_gives_published() -> None:
    body = "시는 14일 광장에서 봄꽃 축제를 열고 시민 3천여 명을 맞았다고 밝혔다."
    for badge in (["3.15", "2024"], ["2024", "3.15"], ["3월 15일", "2024년"]):
        a = extract("\n".join([*badge, body]))
        assert (a.published, a.published_grain) == (date(2024, 3, 15), "day"), badge
    # A month and day without its year, a lone year, and an impossible day date nothing.
    for lines in (["3.15", body], ["2024", body], ["2.30", "2024", body]):
        assert extract("\n".join(lines)).published is None, lines


BODY = "시는 14일 광장에서 봄꽃 축제를 열고 시민 3천여 명을 맞았다고 밝혔다."


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # A stamp row with a programme name or a view counter after it.
        (["입력 2022.12.05 (19:21) 수정 2022.12.05 (19:52) 뉴스9(대전)"], "2022-12-05T19:21"),
        (["작성 2023.04.11 20:14 수정 2023.04.11 21:02 조회 1,203"], "2023-04-11T20:14"),
        # A date that opens the line under the headline, with the issuing body after it.
        (["2024.06.10 보건복지부"], "2024-06-10"),
        # One field of a board's pipe row.
        (["작성자 홍보실 | 작성일 2025-05-21 | 조회수 312"], "2025-05-21"),
    ],
)
def test_stamp_rows_with_other_fields_give_published(header: list[str], expected: str) -> None:
    a = extract("\n".join(["광주시, 봄꽃 축제에 시민 3천명 몰려", *header, BODY]))
    assert a.published is not None
    assert a.published.isoformat().startswith(expected)


def test_day_only_stamp_takes_the_time_another_stamp_prints_for_that_day() -> None:
    header = ["배포일시 2025. 4. 14.(월) 11:00", "등록일 2025-04-14"]
    a = extract("\n".join(["광주시, 봄꽃 축제에 시민 3천명 몰려", *header, BODY]))
    assert isinstance(a.published, datetime)
    assert a.published.replace(tzinfo=None) == datetime(2025, 4, 14, 11, 0)
    assert a.published_grain == "minute"
    # Another day's time (an update) does not fill it in.
    header = ["등록일 2025-04-14", "수정 2025-04-15 09:30"]
    a = extract("\n".join(["광주시, 봄꽃 축제에 시민 3천명 몰려", *header, BODY]))
    assert a.published == date(2025, 4, 14)


def test_press_release_dateline_gives_published() -> None:
    lede = "서울--(예시와이어)--2025년 01월 07일 -- 예시소프트가 전자결재 서비스 체험판을 출시했다."
    assert extract(f"예시소프트, 전자결재 체험판 출시\n{lede}").published == date(2025, 1, 7)
    # A date later in an ordinary lede is an event.
    event = "예시소프트는 2025년 01월 07일 전자결재 서비스 체험판을 출시했다고 밝혔다."
    assert extract(f"예시소프트, 전자결재 체험판 출시\n{event}").published is None


def test_today_widget_above_the_headline_loses_to_the_pages_stamps() -> None:
    widget = "2026년 11월 21일 토요일"
    approved = extract(
        "\n".join([widget, "예시일보", "광주시, 봄꽃 축제 개막", "승인 2026.11.19 18:40", BODY])
    )
    assert approved.published == datetime.fromisoformat("2026-11-19T18:40:00+09:00")
    signed = extract(
        "\n".join(
            [
                "Tuesday 28 October 2025",
                "광주시, 봄꽃 축제 개막",
                "김철수 기자",
                "2025-10-27 18:02",
                BODY,
            ]
        )
    )
    assert signed.published == datetime.fromisoformat("2025-10-27T18:02:00+09:00")
    # With nothing else printed, the date above the headline still dates the page.
    assert extract("\n".join(["2025.10.28", "광주시, 봄꽃 축제 개막", BODY])).published == date(
        2025, 10, 28
    )


def test_page_flattened_into_one_line_gives_title_and_published() -> None:
    crumbs = (
        "홈 > 사회 > 사건사고 지하철 2호선 출근길 30분 지연…신호 장애 탓 예시경제 2024.11.02 14:37 "
        + BODY
    )
    a = extract(crumbs)
    assert a.title == "지하철 2호선 출근길 30분 지연…신호 장애 탓"
    assert a.published == datetime.fromisoformat("2024-11-02T14:37:00+09:00")
    feed = "물류센터 냉방 기준 없어…노동자 온열질환 호소 - 예시노동뉴스 (2022-05-02) " + BODY
    a = extract(feed)
    assert (a.title, a.published) == (
        "물류센터 냉방 기준 없어…노동자 온열질환 호소",
        date(2022, 5, 2),
    )
    # Prose with a date in it is not a flattened header.
    for prose in (
        "시는 지난해 예시경제 2024.11.02 14:37 보도 이후 대책을 세웠다.",
        "서울시는 10일 청년 지원책을 발표했다. 지원 대상은 2025.03.10 기준 서울 거주 청년이다.",
        "금융위원회는 새 규정을 시행한다고 밝혔고 시행일은 2025.03.10 부터다. 업계는 환영했다.",
        "코스피가 외국인 매수에 상승 마감한 가운데 (서울=연합뉴스) 집계에 따르면 거래가 늘었다.",
    ):
        a = extract(prose)
        assert (a.title, a.published) == (None, None), prose


def test_date_badge_after_the_first_lede_dates_a_list_page() -> None:
    page = [
        "최신기사",
        "은행 대출 증가폭 축소",
        "11월 은행권 대출이 전월보다 1조원 늘었다.",
        "12.12",
        "2025",
    ]
    page += [
        "중소기업 연체율 상승",
        "중소기업 대출 연체율이 0.9%로 집계됐다.",
        "12.11",
        "2025",
        "더보기",
    ]
    assert extract("\n".join(page)).published == date(2025, 12, 12)


def test_headline_glued_to_its_deck_is_split() -> None:
    headline = '보건부 "응급실은 중증환자에 양보…동네 병원부터 찾아달라"'
    deck = "연휴 문 여는 병의원 9천곳·약국 7천곳 운영…응급실 정상 진료"
    body = "보건부는 12일 설 연휴 응급의료 대책을 발표했다고 밝혔다."
    a = extract(f"{headline} {deck}\n{body}")
    assert (a.title, a.subtitle) == (headline, deck)
    # One headline: a short one, a quote completed by its verb, a quote-first headline.
    for one in (
        '시장 "도시철도 2호선 연내 착공" 약속',
        '한국인 10명 중 9명 "수입 식품 안전성 걱정된다" 생각... 정부 대책 마련 시급하다는 지적',
        '"한 지붕 아래 함께 살자" 청년과 노인 잇는 세대공감 주택, 시범 사업 첫 입주자 모집',
        '예시 장관 "의료개혁 흔들림 없이 추진" 의대 증원 2000명 재확인 속 전공의 반발',
    ):
        a = extract(f"{one}\n{body}")
        assert (a.title, a.subtitle) == (one, None), one


def test_headline_inside_a_flattened_header_line() -> None:
    line = (
        "김철수기자 구독 구독중 이전 다음 교육청 예산 줄어…학생 지원비 30억 감소 "
        "이미지 확대 교육청 전경 [연합뉴스 자료사진] (대전=연합뉴스) 김철수 기자 = "
        "대전교육청은 내년도 예산안을 편성해 시의회에 제출했다고 10일 밝혔다."
    )
    a = extract(line)
    assert a.title == "교육청 예산 줄어…학생 지원비 30억 감소"
    assert [b.name for b in a.bylines if b.name] == ["김철수"]
    # Prose before the opener is a sentence, not a headline.
    prose = "시민 500여 명이 모였다. (대전=연합뉴스) 김철수 기자 = 대전시는 10일 행사를 열었다."
    assert extract(prose).title is None


def test_byline_date_gives_published(seeds: dict[str, str]) -> None:
    a = extract(seeds["004_b2a26f4329e46e7e"])
    assert a.published == date(2020, 12, 29)
    assert a.published_grain == "day"


def test_repeated_byline_is_merged_into_the_complete_record(seeds: dict[str, str]) -> None:
    a = extract(seeds["004_b2a26f4329e46e7e"])
    people = [b for b in a.bylines if b.name]
    assert [(b.name, b.email) for b in people] == [("박진표", "lucky@kwangju.co.kr")]
    assert [b.agency for b in a.bylines if b.name is None] == ["광주일보"]


def test_repeated_block_is_dropped_and_reported(seeds: dict[str, str]) -> None:
    a = extract(seeds[SEED_001])
    assert len(a.paragraphs) == len(set(a.paragraphs))
    # Seed 001 prints its body twice: lines 15-21 repeat earlier lines, line by line.
    assert [(d.index, d.duplicate_of) for d in a.duplicates] == [
        (15, 4),
        (16, 5),
        (17, 7),
        (18, 8),
        (19, 11),
        (20, 12),
        (21, 13),
    ]
    for d in a.duplicates:
        assert a.lines[d.index].text.strip() == a.lines[d.duplicate_of].text.strip() == d.text


def test_listing_page_is_reported_as_listing(seeds: dict[str, str]) -> None:
    a = extract(seeds[SEED_000])
    assert a.kind == "listing"
    assert len(a.items) == 15
    assert a.title is None


def test_ledes_separated_by_date_badges_are_a_listing() -> None:
    ledes = [
        "북구가 오는 6월부터 관내 모든 경로당에 공기청정기를 보급한다. 북구는 8일 사업비를 확보했다고",
        "전남도가 섬 지역 청년 창업 지원 대상을 늘린다. 7일 전남도에 따르면 올해 지원 대상은 모두",
        "목포시가 원도심 빈 점포를 청년 공방으로 바꾸는 사업을 본격화한다. 시는 올해 빈 점포 15곳을",
    ]
    page = [
        "예시신문",
        "지역",
        "05.08",
        "2025",
        ledes[0],
        "05.07",
        ledes[1],
        "05.07",
        ledes[2],
        "더보기",
    ]
    a = extract("\n".join(page))
    assert a.kind == "listing"
    assert a.items == tuple(ledes)
    assert a.published == date(2025, 5, 8)
    # One lede after the first is a page's teaser, not a listing.
    assert extract("\n".join(page[:7])).kind == "article"


def test_an_article_without_headline_is_not_a_listing() -> None:
    text = "\n".join(
        [
            "광주시는 12일 시청에서 청년 정책 설명회를 열고 내년 사업 계획을 공개했다.",
            "시는 올해 예산의 절반을 청년 주거 지원에 쓰기로 했다고 설명했다.",
            "설명회에는 시민 200여 명이 참석해 질문을 이어갔다.",
            "시는 다음 달 세부 계획을 발표할 예정이다.",
        ]
    )
    assert extract(text).kind == "article"


def test_mojibake_page_is_repaired() -> None:
    clean_text = "광주시, 청년 지원 확대\n광주시는 12일 청년 지원에 100억원을 투입한다고 밝혔다."
    garbled = clean_text.encode("cp949").decode("latin-1")
    a = extract(garbled)
    assert a.encoding_repaired
    assert a.title == "광주시, 청년 지원 확대"
    assert a.money[0].value == Decimal("10000000000")


def test_to_dict_and_to_json_are_plain_json() -> None:
    a = extract(PAGE)
    d = a.to_dict()
    assert d["published"] == "2025-04-14T09:30:00+09:00"
    assert d["money"][0]["value"] == "12000000000"
    assert "source" not in d
    assert isinstance(d["lines"], list) and d["lines"][0]["label"] == "boilerplate"
    assert json.loads(a.to_json()) == d


def test_sentences_split_the_body_with_kiwi() -> None:
    a = extract("제목\n광주시는 12일 예산을 늘렸다. 시는 설명회도 열었다.")
    sentences = a.sentences
    assert [s.text for s in sentences] == ["광주시는 12일 예산을 늘렸다.", "시는 설명회도 열었다."]
    for s in sentences:
        assert a.body[s.start : s.end] == s.text


def test_empty_and_odd_input() -> None:
    for text in ("", "\n\n\n", "   ", "\x00\x01\x02", "ÿ" * 1000):
        a = extract(text)
        assert isinstance(a, Article)
    assert extract("").body == ""


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        extract("광주", reference="2025-01-01")  # type: ignore[arg-type]


def test_many_date_lines_are_linear() -> None:
    # Every line is a stamp candidate: the header-widget and badge checks look ahead and
    # behind a bounded number of lines.
    small, large = ("12.12\n2025\n" * 2_000, "12.12\n2025\n" * 16_000)
    start = time.perf_counter()
    extract(small)
    t_small = time.perf_counter() - start
    start = time.perf_counter()
    extract(large)
    t_large = time.perf_counter() - start
    assert t_large < 8 * t_small * 3 + 1.0


def test_large_page_is_linear() -> None:
    unit = PAGE + "\n"
    t0 = time.perf_counter()
    extract(unit * 200)
    small = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract(unit * 2000)
    large = time.perf_counter() - t0
    assert large < 40 * max(small, 0.01)  # 10x input, far below quadratic


@given(st.text(alphabet=st.sampled_from("가나다라 12억원일\n.·기자=[]()"), max_size=300))
def test_never_crashes_and_spans_hold(text: str) -> None:
    a = extract(text)
    mentions: list[Money | DateMention] = [*a.money, *a.dates]
    for m in mentions:
        assert a.body[m.start : m.end] == m.text
    assert len(a.lines) == a.source.count("\n") + 1


def test_top_level_export() -> None:
    assert kornews.extract is extract


@pytest.mark.parametrize(
    "first",
    [
        "# 예시시, 청년 월세 지원 확대",
        "title: 예시시, 청년 월세 지원 확대",
        "예시시, 청년 월세 지원 확대 - 예시일보 (2025-05-02)",
    ],
)
def test_title_without_the_marks_an_extractor_printed(first: str) -> None:
    lede = "예시시가 청년 월세 지원 대상을 확대한다고 2일 밝혔다."
    assert extract(f"{first}\n{lede}").title == "예시시, 청년 월세 지원 확대"
