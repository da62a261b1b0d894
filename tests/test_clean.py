"""Tests for kornews.lines.clean: the article text of a scraped page."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews.lines import clean
from kornews.normalization import normalize

SEED_000 = "000_35b43c20cc6f0640"
SEED_001 = "001_3606a09aa6ae8308"
SEED_002 = "002_63cb6d787270aa92"
SEED_003 = "003_d7f6930ecccab7f7"
SEED_004 = "004_b2a26f4329e46e7e"

FURNITURE = [
    "맑음속초20.2℃",
    "기상청 제공",
    "해당된 기사를 공유합니다",
    "모바일 버전으로 보기",
    "본문 바로가기",
    "728x90",
    "반응형",
    "kwangju.co.kr",
    "포토이슈",
    "더보기",
    "경제핫이슈",
    "_GJI9887.JPG",
    "jusbh@kwangju.co.kr",
    "lucky@kwangju.co.kr",
    "가가",
    "[뉴스출처 : 광주광역시]",
]


def _sentences(text: str) -> list[str]:
    """Lines of a seed that end a Korean sentence: article prose on these pages."""
    return [
        normalize(line)
        for line in text.split("\n")
        if line.rstrip().endswith(("다.", "다.”", "했다", "방침이다"))
    ]


@pytest.mark.parametrize("stem", [SEED_001, SEED_002, SEED_003, SEED_004])
def test_seed_keeps_prose_and_drops_furniture(seeds: dict[str, str], stem: str) -> None:
    out = clean(seeds[stem])
    lines = out.split("\n")
    for furniture in FURNITURE:
        assert furniture not in out, furniture
    for sentence in _sentences(seeds[stem]):
        if stem == SEED_003 and sentence.startswith("경상남도"):
            continue  # another article's teaser in the "더보기" tail
        if stem == SEED_004 and sentence.startswith(("제8대", "옛 전남도청")):
            continue  # other articles' link cards
        assert sentence in lines, sentence
    assert len(lines) == len(set(lines))  # repeats are gone


def test_seed_000_listing_keeps_every_lede(seeds: dict[str, str]) -> None:
    text = seeds[SEED_000]
    assert clean(text).split("\n") == [normalize(line) for line in text.split("\n") if line]


def test_seed_001_drops_the_repeated_block(seeds: dict[str, str]) -> None:
    lines = clean(seeds[SEED_001]).split("\n")
    assert lines[0] == "지역 핵심 사업 대선공약 반영…강기정 시장 ‘주간 여의도 집무실’ 연다"
    assert lines[1] == "국가AI컴퓨팅센터 유치 등 총력"
    assert len(lines) == 13  # title, deck and 11 body paragraphs, each once
    assert lines[-1].startswith("한편 광주시는 지난 8일")


def test_seed_002_title_once_then_deck_then_body(seeds: dict[str, str]) -> None:
    lines = clean(seeds[SEED_002]).split("\n")
    assert lines[:3] == [
        "광주시·경기도, 공동번영 이룬다",
        "강기정 시장-김동연 지사, 12일 상생발전 협약 체결",
        "광주광역시와 경기도가 인공지능산업 활성화와 선도를 위해 손을 맞잡았다. ",
    ]
    assert len(lines) == 17


def test_seed_003_and_004_tails(seeds: dict[str, str]) -> None:
    out3 = clean(seeds[SEED_003]).split("\n")
    assert out3[-1].startswith("김영문 문화경제부시장은")
    assert "정치" not in out3 and "사회" not in out3
    out4 = clean(seeds[SEED_004]).split("\n")
    assert out4[-1].startswith("감염병 대응체계를 강화하기 위해")
    assert out4[:4] == [
        '이용섭 광주시장 "AI-그린뉴딜 사업 본격 추진"',
        "인공지능 중심도시 실현",
        "광주형일자리 성공 성과",
        "아이 키우기 좋은 도시 주력",
    ]


def test_mojibake_page_is_repaired_before_cleaning() -> None:
    article = "광주시 새 사업 추진\n광주시가 새 사업을 추진한다고 12일 밝혔다.\n/홍길동 기자 hong@example.com"
    garbled = article.encode("cp949").decode("latin-1")
    assert clean(garbled) == "광주시 새 사업 추진\n광주시가 새 사업을 추진한다고 12일 밝혔다."


def test_nothing_to_keep() -> None:
    assert clean("") == ""
    assert clean("728x90\n반응형\n\xa0\n본문 바로가기") == ""


@pytest.mark.parametrize("stem", [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004])
def test_idempotent_on_seeds(seeds: dict[str, str], stem: str) -> None:
    once = clean(seeds[stem])
    assert clean(once) == once


def test_title_survives_recleaning() -> None:
    page = "광주시, 인공지능 중심도시 도약 선언\n  • 맑음서울26.4℃\n광주시가 500억원을 투입한다고 12일 밝혔다."
    once = clean(page)
    assert once.split("\n")[0] == "광주시, 인공지능 중심도시 도약 선언"
    assert clean(once) == once


LINES = st.sampled_from(
    [
        "광주시, 인공지능 중심도시 도약 선언",
        "광주시가 500억원을 투입한다고 12일 밝혔다.",
        "시는 지역 기업 100곳을 지원할 계획이다.",
        "강 시장은 “체질을 바꾸겠다”고 말했다.",
        "  • 맑음서울26.4℃",
        "저작권자 © 예시일보 무단전재 및 재배포 금지",
        "/홍길동 기자 hong@example.com",
        "더보기",
        "사회",
        "kwangju.co.kr",
        "2023년 07월 31일(월) 17:40 가가",
        "시의 역점 사업 예산이",
        "시의회에서 대폭 삭감됐습니다.",
        "다른 기사 제목 한 줄",
        "▲ 참석자들이 기념촬영을 하고 있다.",
        "",
        "\xa0",
        "&nbsp;공유하기",
    ]
)


@given(st.lists(LINES, max_size=25).map("\n".join))
def test_clean_emits_only_normalized_input_lines(text: str) -> None:
    out = clean(text)
    source_lines = set(normalize(text).split("\n"))
    assert all(line in source_lines for line in out.split("\n") if out)


@given(st.lists(LINES, max_size=25).map("\n".join))
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@given(st.text(max_size=300))
def test_clean_any_text(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@pytest.mark.parametrize("value", [b"\xea\xb8\xb0\xec\x9e\x90", None, 1.5])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be str"):
        clean(value)  # type: ignore[arg-type]


def test_adversarial_inputs_finish() -> None:
    for text in ("기자 " * 100_000, "가" * 1_000_000, "\n".join(["기자 "] * 50_000)):
        started = time.perf_counter()
        clean(text)
        assert time.perf_counter() - started < 20.0
