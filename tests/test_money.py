"""Tests for kornews.money: find_money, parse_money, format_krw."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews._data import load_table
from kornews.money import KRW_STYLES, Money, find_money, format_krw, parse_money

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases" / "money.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def _case_params() -> list[Any]:
    params = []
    for case in CASES:
        marks = (
            [pytest.mark.xfail(strict=True, reason=case["note"])]
            if case["expect"] == "xfail"
            else []
        )
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _summary(found: list[Money]) -> list[list[Any]]:
    return [[m.text, str(m.value), m.currency, m.approx] for m in found]


@pytest.mark.parametrize("case", _case_params())
def test_cases(case: dict[str, Any]) -> None:
    found = find_money(case["input"])
    assert _summary(found) == case["expected"]
    for m in found:
        assert case["input"][m.start : m.end] == m.text


def test_cases_file_ids_are_unique() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


# Every amount printed in the seed articles, with its value, in order of appearance.
SEED_AMOUNTS = {
    "3조6616억원": 3661600000000,
    "3조3244억원": 3324400000000,
    "822억원": 82200000000,
    "150조 원": 150000000000000,
    "100조 원": 100000000000000,
    "75조 원": 75000000000000,
    "81조원": 81000000000000,
    "4116억원": 411600000000,
    "1조원": 1000000000000,
    "100만원": 1000000,
    "480만원": 4800000,
    "20만원": 200000,
}


def test_every_seed_amount_is_found_exactly(seeds: dict[str, str]) -> None:
    found: dict[str, set[Decimal]] = {}
    for text in seeds.values():
        for m in find_money(text):
            assert text[m.start : m.end] == m.text
            assert m.currency == "KRW"
            found.setdefault(m.text, set()).add(m.value)
    for surface, value in SEED_AMOUNTS.items():
        assert found.get(surface) == {Decimal(value)}, surface


def test_seed_amount_next_to_text_keeps_its_value(seeds: dict[str, str]) -> None:
    text = next(t for t in seeds.values() if "50조 원 늘어난" in t)
    values = [m.value for m in find_money(text) if m.text == "50조 원"]
    assert values == [Decimal(50 * 10**12)]


def test_money_fields() -> None:
    (m,) = find_money("총 1조원 이상을 쓴다")
    assert (m.text, m.value, m.currency, m.approx, m.qualifier) == (
        "1조원",
        Decimal(10**12),
        "KRW",
        True,
        "이상",
    )
    with pytest.raises(AttributeError):
        m.value = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("약 5억원", "약"),
        ("5억원 정도", "정도"),
        ("5억원쯤", "쯤"),
        ("5억원 남짓", "남짓"),
        ("5억원 이하", "이하"),
        ("5억원 미만", "미만"),
        ("5억원 초과", "초과"),
        ("5억원 수준", "수준"),
        ("5억여원", "여"),
    ],
)
def test_qualifiers_set_approx(text: str, qualifier: str) -> None:
    (m,) = find_money(text)
    assert m.value == Decimal(5 * 10**8)
    assert m.approx is True
    assert m.qualifier == qualifier
    assert "약" not in m.text and "정도" not in m.text


def test_dae_only_as_a_whole_word() -> None:
    (m,) = find_money("주가는 5만원대의 박스권")
    assert (m.text, m.approx, m.qualifier) == ("5만원", True, "대")
    (m,) = find_money("3만원 대출")
    assert (m.approx, m.qualifier) == (False, None)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("3조6616억원", "3661600000000", "KRW"),
        ("약 150조 원", "150000000000000", "KRW"),
        ("  5천만 달러 ", "50000000", "USD"),
        ("€20", "20", "EUR"),
        ("563억", "56300000000", "KRW"),
        ("2573만 7737달러 33센트", "25737737.33", "USD"),
        ("1,295억 원 가량", "129500000000", "KRW"),
    ],
)
def test_parse_money(text: str, value: str, currency: str) -> None:
    m = parse_money(text)
    assert m is not None
    assert (m.value, m.currency) == (Decimal(value), currency)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "원",
        "1억 명",
        "10만 가구",
        "3조 개",
        "5억원과 3억원",
        "5억원을 훔친 범인",
        "원칙",
        "2025년",
        "5000",
    ],
)
def test_parse_money_declines(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize("func", [find_money, parse_money])
def test_type_errors(func: Any) -> None:
    with pytest.raises(TypeError, match="decode"):
        func(b"5\xec\x96\xb5\xec\x9b\x90")
    with pytest.raises(TypeError):
        func(None)
    with pytest.raises(TypeError):
        func(5)


# --------------------------------------------------------------------------- format_krw


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        (3661600000000, "compact", "3조6616억원"),
        (3661600000000, "spaced", "3조 6616억 원"),
        (3661600000000, "digits", "3,661,600,000,000원"),
        (3661600000000, "rounded", "약 3조7000억원"),
        (113200000, "compact", "1억1320만원"),
        (113200000, "spaced", "1억 1320만 원"),
        (100000000, "compact", "1억원"),
        (100000005, "spaced", "1억 5 원"),
        (0, "compact", "0원"),
        (0, "spaced", "0 원"),
        (0, "digits", "0원"),
        (0, "rounded", "0원"),
        (-5840000000, "compact", "-58억4000만원"),
        (-5840000000, "digits", "-5,840,000,000원"),
        (-5840000000, "rounded", "약 -58억원"),
        (82200000000, "rounded", "약 820억원"),
        (85000000000, "rounded", "850억원"),
        (1250, "rounded", "약 1300원"),
        (Decimal("1234.5"), "digits", "1,234.5원"),
        (Decimal("1234.50"), "compact", "1234.5원"),
        (Decimal("3E+12"), "compact", "3조원"),
        (10**16, "compact", "1경원"),
    ],
)
def test_format_krw(value: int | Decimal, style: Any, expected: str) -> None:
    assert format_krw(value, style) == expected


def test_format_krw_default_style_is_compact() -> None:
    assert format_krw(3324400000000) == "3조3244억원"


def test_format_krw_errors() -> None:
    with pytest.raises(ValueError, match="'compact', 'digits', 'rounded', 'spaced'"):
        format_krw(1, "short")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_krw(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_krw(True)
    with pytest.raises(TypeError):
        format_krw("100")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_krw(Decimal("NaN"))
    with pytest.raises(ValueError):
        format_krw(10**20)


def test_styles_constant() -> None:
    assert KRW_STYLES == ("compact", "spaced", "digits", "rounded")


@given(
    st.integers(min_value=0, max_value=10**20 - 1), st.sampled_from(["compact", "spaced", "digits"])
)
def test_format_then_parse_round_trip(n: int, style: Any) -> None:
    text = format_krw(n, style)
    m = parse_money(text)
    assert m is not None, text
    assert m.value == n and m.currency == "KRW"
    assert (m.start, m.end) == (0, len(text))


@given(st.integers(min_value=-(10**19), max_value=10**19))
def test_rounded_is_within_five_percent(n: int) -> None:
    text = format_krw(n, "rounded")
    m = parse_money(text)
    assert m is not None
    assert abs(m.value - n) <= abs(n) * Decimal("0.05")
    assert m.approx is (text.startswith("약 "))


# --------------------------------------------------------------------------- robustness

TEXT = st.text(
    alphabet=st.sampled_from(
        list("0123456789,.~-$€ 원억조만천백십일이삼사오여약달러엔위안불센트명개가구의을은 \n")
    ),
    max_size=80,
)


@given(TEXT)
def test_spans_slice_back(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.text
        assert isinstance(m.value, Decimal)
        assert len(m.currency) == 3


@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    found = find_money(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(
    ("chunk", "size"),
    [
        ("억", 1_000_000),
        ("1,", 1_000_000),
        ("1", 1_000_000),
        ("만 ", 1_000_000),
        ("천", 1_000_000),
        ("기자 ", 1_000_000),
        ("1.", 1_000_000),
        ("$", 1_000_000),
        # Dense cases: every few characters is a real candidate, so they cost per match.
        ("1억 ", 100_000),
        ("1원", 100_000),
        ("3조6616억원 ", 100_000),
        # Every digit run is followed by a range mark, a colon or a sign, but no currency.
        ("1~", 1_000_000),
        ("1:", 1_000_000),
        ("1-", 1_000_000),
        ("a1", 1_000_000),
        ("만원", 600_000),
        ("1 won ", 300_000),
        ("1만 동 ", 300_000),
        ("101동 ", 300_000),
        ("조회수 1억 돌파 ", 200_000),
    ],
)
def test_adversarial_input_is_fast(chunk: str, size: int) -> None:
    text = chunk * (size // len(chunk))
    start = time.perf_counter()
    find_money(text)
    assert time.perf_counter() - start < 30


def test_random_bytes_as_latin1() -> None:
    import random

    rng = random.Random(7)
    text = bytes(rng.randrange(256) for _ in range(300_000)).decode("latin-1")
    for m in find_money(text):
        assert text[m.start : m.end] == m.text


def test_data_tables_load_without_duplicates() -> None:
    cur = load_table("money_currencies.tsv")
    keys = [(r[0], r[2] == "prefix") for r in cur]
    assert len(keys) == len(set(keys))
    assert all(len(r[1]) == 3 and r[1].isupper() for r in cur)
    for name in (
        "money_qualifiers.tsv",
        "money_context.tsv",
        "money_subunits.tsv",
        "money_bare_won.tsv",
        "money_count_nouns.txt",
        "money_dong_block.txt",
    ):
        rows = load_table(name)
        assert rows and len(rows) == len(set(rows)), name


# --------------------------------------------------------------------------- regressions


@pytest.mark.parametrize(
    "text",
    [
        "개막전은 만원 관중 속에 치러졌다.",
        "올 시즌 열 번째 만원사례를 기록했다.",
        "퇴근길 만원 버스에 시달렸다.",
        "결승전 관중석이 만원을 이뤘다.",
        "주말 극장은 만원이었다.",
        "만원 지하철에서 내렸다.",
    ],
)
def test_bare_manwon_full_house_is_not_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "아이들에게 만원씩 나눠 줬다.",
        "만원짜리 지폐 한 장",
        "입장료로 만원을 내고 들어갔다.",
        "중고 자전거를 만원에 샀다.",
        "단돈 만원에 판다.",
        "1인당 만원을 받는다.",
        "회비는 만원이다.",
        "약 만원이 들었다.",
        "참가비는 만 원이다.",
        "표 값이 5천원에서 만원으로 올랐다.",
    ],
)
def test_bare_manwon_in_a_money_context_is_money(text: str) -> None:
    assert [(m.value, m.currency) for m in find_money(text)][-1] == (Decimal(10000), "KRW")


def test_digit_manwon_is_always_money() -> None:
    assert [m.text for m in find_money("1만원 관중, 삼만원 버스")] == ["1만원", "삼만원"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The won closed at 1,402.5 won per dollar.", "1,402.5 won", "1402.5", "KRW"),
        ("shares fell 1.5 percent to 61,300 won.", "61,300 won", "61300", "KRW"),
        ("a ticket costs 2,000 yen", "2,000 yen", "2000", "JPY"),
        ("fined 15 euros", "15 euros", "15", "EUR"),
        ("lent 20 dollars", "20 dollars", "20", "USD"),
        ("a 1.8 trillion won budget", "1.8 trillion won", "1800000000000", "KRW"),
        ("300 million yen in sales", "300 million yen", "300000000", "JPY"),
        ("입장권 15,000₩ 판매", "15,000₩", "15000", "KRW"),
        ("음료 3€ 추가", "3€", "3", "EUR"),
        ("₩50,000 할인", "₩50,000", "50000", "KRW"),
    ],
)
def test_english_currency_words_and_symbols_after_the_number(
    text: str, surface: str, value: str, currency: str
) -> None:
    (m,) = find_money(text)
    assert (m.text, m.value, m.currency) == (surface, Decimal(value), currency)
    assert text[m.start : m.end] == m.text


def test_won_as_a_verb_is_not_money() -> None:
    assert find_money("Seoul 2 won the final; Team 3 won by two goals.") == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("5억원가량", "가량"),
        ("5억원 안팎", "안팎"),
        ("5억원 내외", "내외"),
        ("5억원 이상", "이상"),
        ("5억원 이내", "이내"),
        ("5억원 넘게", "넘게"),
        ("5억원이 넘는", "넘게"),
        ("5억원 가까이", "가까이"),
        ("5억원에 가까운", "가까이"),
        ("5억원에 육박했다", "육박"),
        ("5억원을 웃돌았다", "웃돌"),
        ("5억원 선에서", "선"),
        ("5억원선", "선"),
        ("대략 5억원", "대략"),
    ],
)
def test_open_bounds_and_approximation_words_set_approx(text: str, qualifier: str) -> None:
    (m,) = find_money(text)
    assert (m.text, m.value) == ("5억원", Decimal(5 * 10**8))
    assert (m.approx, m.qualifier) == (True, qualifier)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("최대 5억원", "최대"),
        ("최소 5억원", "최소"),
        ("최고 5억원에 낙찰", "최고"),
        ("최저 5억원", "최저"),
        ("5억원을 넘어섰다", "넘어"),
        ("5억원을 넘어선 것으로", "넘어"),
        ("5억원을 넘었다", "넘어"),
        ("5억원을 넘은 건 처음", "넘어"),
        ("5억원을 넘겼다", "넘어"),
    ],
)
def test_caps_records_and_levels_crossed_are_exact(text: str, qualifier: str) -> None:
    # The figure is exact and the word says what it is (the cap, the top price, the
    # level crossed, like 돌파): reported, but approx stays false.
    (m,) = find_money(text)
    assert (m.text, m.value) == ("5억원", Decimal(5 * 10**8))
    assert (m.approx, m.qualifier) == (False, qualifier)


def test_open_comparison_against_level_crossed() -> None:
    # "more than 30만원" leaves the amount unknown; "crossed 1,480원" names the level.
    spent, rate = find_money("점심값으로 30만원 넘게 썼고, 환율은 1,480원을 넘어섰다.")
    assert (spent.text, spent.approx, spent.qualifier) == ("30만원", True, "넘게")
    assert (rate.text, rate.approx, rate.qualifier) == ("1,480원", False, "넘어")
    (m,) = find_money("10억원이 넘는 아파트")
    assert (m.approx, m.qualifier) == (True, "넘게")


def test_a_cap_with_an_approximate_numeral_stays_approx() -> None:
    (m,) = find_money("최대 20여만원")
    assert (m.text, m.approx, m.qualifier) == ("20여만원", True, "최대")


@pytest.mark.parametrize("text", ["5억원 선물", "5억원 대출", "5억원을 넣었다", "5억원의 예산"])
def test_words_that_only_start_like_a_qualifier(text: str) -> None:
    (m,) = find_money(text)
    assert (m.approx, m.qualifier) == (False, None)


def test_dae_stays_outside_the_surface_before_any_particle() -> None:
    for text in ("환율은 1,380원대에서 움직였다", "환율이 1,380원대까지 올랐다", "1,380원대다"):
        (m,) = find_money(text)
        assert (m.text, m.value, m.approx, m.qualifier) == ("1,380원", Decimal(1380), True, "대")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("10만원씩", "10만원", 100000),
        ("월 20만원씩", "20만원", 200000),
        ("1인당 30만원", "30만원", 300000),
        ("3.3㎡당 4000만원", "4000만원", 40000000),
        ("100엔당", "100엔", 100),
        ("약 5만원씩", "5만원", 50000),
    ],
)
def test_parse_money_per_unit(text: str, surface: str, value: int) -> None:
    m = parse_money(text)
    assert m is not None
    assert (m.text, m.value) == (surface, Decimal(value))
    assert [(x.text, x.value) for x in find_money(text)] == [(surface, Decimal(value))]


def test_parse_money_per_unit_declines_extra_words() -> None:
    assert parse_money("10만원씩 더") is None
    assert parse_money("만원 관중") is None


def test_table_minus_signs() -> None:
    found = find_money("영업손익 △58억원, 순이익 ▼3억원, ▲5억원")
    assert [(m.text, m.value) for m in found] == [
        ("△58억원", Decimal(-5800000000)),
        ("▼3억원", Decimal(-300000000)),
        ("5억원", Decimal(500000000)),
    ]


def test_import_compiles_no_pattern() -> None:
    import subprocess
    import sys

    code = (
        "import kornews.money as m, kornews.numbers as n, kornews.numerals as r\n"
        "pats = [v for mod in (m, n, r) for v in vars(mod).values()"
        " if isinstance(v, r.LazyPattern)]\n"
        "assert len(pats) > 20 and all(p._compiled is None for p in pats)\n"
        "m.find_money('3억원')\n"
        "assert m._MONEY._compiled is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- probe 2 regressions


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("서초 아파트 59㎡ 30억 돌파", "30억", "3000000000"),
        ("반도체 영업익 3천억 육박", "3천억", "300000000000"),
        ("이적료 700억 제안", "700억", "70000000000"),
        ("강남 평당 2억, 사상 처음", "2억", "200000000"),
        ("손해배상 5억 청구", "5억", "500000000"),
        ("매매가 최고 15억", "15억", "1500000000"),
    ],
)
def test_headline_amount_with_money_verb_or_noun(text: str, surface: str, value: str) -> None:
    found = find_money(text)
    assert [(m.text, m.value, m.currency) for m in found] == [(surface, Decimal(value), "KRW")]
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "text",
    ["조회수 1억 돌파", "구독자 2억 달성", "관중 3만 돌파", "인구 5천만 기록", "1억 명 돌파"],
)
def test_headline_counts_are_not_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("쌀국수 한 그릇 3만5천 동", "3만5천 동", "35000", "VND"),
        ("호찌민 시내 택시 50,000동", "50,000동", "50000", "VND"),
        ("환전 200만 동화", "200만 동화", "2000000", "VND"),
        ("연봉 300만 루피", "300만 루피", "3000000", "INR"),
        ("100 바트", "100 바트", "100", "THB"),
        ("1만 페소", "1만 페소", "10000", "MXN"),
        ("필리핀 5천 필리핀 페소", "5천 필리핀 페소", "5000", "PHP"),
        ("50만 루블", "50만 루블", "500000", "RUB"),
        ("20 프랑", "20 프랑", "20", "CHF"),
        ("300 랜드", "300 랜드", "300", "ZAR"),
        ("8천 링깃", "8천 링깃", "8000", "MYR"),
        ("40 캐나다 달러", "40 캐나다 달러", "40", "CAD"),
        ("3억 위안화", "3억 위안화", "300000000", "CNY"),
    ],
)
def test_other_currencies(text: str, surface: str, value: str, currency: str) -> None:
    found = find_money(text)
    assert [(m.text, m.value, m.currency) for m in found] == [(surface, Decimal(value), currency)]


@pytest.mark.parametrize(
    "text",
    ["101동 1203호", "3동 주민센터", "아파트 2만 동 공급", "5만 동원령", "동화책 3권", "10 프랑스"],
)
def test_dong_and_franc_lookalikes_are_not_money(text: str) -> None:
    assert find_money(text) == []
