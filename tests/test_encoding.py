"""Tests for kornews.encoding: CP949 mojibake repair and detection."""

from __future__ import annotations

import difflib
import random
import re
import time

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kornews._data import load_table
from kornews.encoding import detect_mojibake, repair_encoding

# Sentences written for these tests (news-like, not taken from any page).
SENTENCES = [
    "서울시는 오는 3월부터 시내버스 요금을 조정한다고 12일 밝혔다.",
    "교육청은 학생 안전을 위해 통학로 점검을 강화하기로 했다.",
    "“시민 불편을 줄이겠다”며 대책을 내놨다.",
    "광주·전남 지역에 올해 첫 폭염특보가 내려졌다.",
    "/홍길동 기자 hong@example.com",
    "▲청년 창업 지원 ▲문화 행사 확대 등 3개 분야 사업이다.",
    "화재 원인은 전기 합선으로 추정된다고 소방서가 전했다.",
    "협약식에는 서구청장과 지역 대학 총장 등 20여 명이 참석했다.",
]


def latin1(text: str) -> str:
    """Show ``text``'s CP949 bytes as Latin-1, as a misconfigured scraper does."""
    return text.encode("cp949").decode("latin-1")


_UNDEFINED_CP1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def cp1252(text: str) -> str:
    """Show ``text``'s CP949 bytes as Windows-1252 the way browsers do.

    The five bytes Windows-1252 leaves undefined come through as C1 controls.
    """
    return "".join(
        chr(b) if b in _UNDEFINED_CP1252 else bytes((b,)).decode("cp1252")
        for b in text.encode("cp949")
    )


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def fixer_damage(text: str, *, every: int = 2, drop_soft_hyphens: bool = True) -> str:
    """Garble ``text`` the way a later "fixer" garbles Latin-1 mojibake.

    Every ``every``-th byte run that is valid UTF-8 is merged into that one character
    (``ȭ`` for the bytes of 화); "C2/C3 + space" becomes the byte 0xA0; every second
    soft hyphen (byte 0xAD) is lost when ``drop_soft_hyphens``.
    """
    data = text.encode("cp949")
    data = re.sub(rb"([\xc2\xc3]) (?=[\x80-\xff])", lambda m: m.group(1) + b"\xa0", data)
    out: list[str] = []
    last = 0
    for count, match in enumerate(_UTF8_SEQ.finditer(data)):
        out.append(data[last : match.start()].decode("latin-1"))
        try:
            merged = match.group().decode("utf-8")
        except UnicodeDecodeError:
            merged = match.group().decode("latin-1")
        out.append(merged if count % every == 0 else match.group().decode("latin-1"))
        last = match.end()
    out.append(data[last:].decode("latin-1"))
    garbled = "".join(out)
    if drop_soft_hyphens:
        parts = garbled.split("\xad")
        garbled = "".join(
            part + ("\xad" if i % 2 == 0 and i < len(parts) - 1 else "")
            for i, part in enumerate(parts)
        )
    return garbled


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# --- plain misreadings -------------------------------------------------------------


def test_latin1_word() -> None:
    assert latin1("지원단은") == "Áö¿ø´ÜÀº"
    assert repair_encoding("Áö¿ø´ÜÀº") == "지원단은"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_latin1_sentences_round_trip(sentence: str) -> None:
    assert repair_encoding(latin1(sentence)) == sentence


@pytest.mark.parametrize("sentence", SENTENCES)
def test_cp1252_sentences_round_trip(sentence: str) -> None:
    assert repair_encoding(cp1252(sentence)) == sentence


def test_whole_page_round_trip() -> None:
    page = "\n".join(SENTENCES[:4]) + "\n\n" + "\n".join(SENTENCES[4:])
    garbled = latin1(page)
    assert repair_encoding(garbled) == page
    assert repair_encoding(garbled).count("\n") == garbled.count("\n")


def test_extended_syllable_among_common_ones() -> None:
    # 똠 is outside KS X 1001 (CP949 extension: lead 0x8C, ASCII trail byte "c").
    sentence = "똠양꿍 식당이 문을 열었다."
    assert repair_encoding(cp1252(sentence)) == sentence
    assert repair_encoding(latin1(sentence)) == sentence


def test_symbols_and_byline_email_kept() -> None:
    line = "/김철수 기자 kim@example.co.kr"
    assert latin1(line) == "/±èÃ¶¼ö ±âÀÚ kim@example.co.kr"
    assert repair_encoding(latin1(line)) == line


# --- partial garbling ---------------------------------------------------------------


def test_clean_header_garbled_body() -> None:
    header = "홈 > 사회 > 교육\n2024년 05월 03일(금) 10:20"
    body = "\n".join(SENTENCES[:3])
    page = header + "\n" + latin1(body)
    assert repair_encoding(page) == header + "\n" + body


def test_clean_korean_and_garbled_words_on_one_line() -> None:
    line = "속보 " + latin1("시내버스 요금 조정")
    assert repair_encoding(line) == "속보 시내버스 요금 조정"


def test_short_garbled_line_repaired_only_with_evidence_elsewhere() -> None:
    # "월" alone is too little evidence, but fine on a page that is clearly garbled.
    assert repair_encoding(latin1(SENTENCES[0]) + "\n" + "(¿ù)") == SENTENCES[0] + "\n(월)"


# --- fixer damage -------------------------------------------------------------------


def test_merged_pair_and_soft_hyphen() -> None:
    # 화 is C8 AD: a fixer shows it as "ȭ" (U+022D) or as "È" + soft hyphen.
    assert repair_encoding("È\xad¼ø±º") == "화순군"
    assert repair_encoding("ȭ¼ø±º") == "화순군"


def test_dropped_soft_hyphen_restored() -> None:
    # 서울 = BC AD BF EF; the 0xAD (soft hyphen) is gone.
    assert repair_encoding("¼¿ï½Ã´Â ¿À´Â") == "서울시는 오는"


def test_nbsp_for_lead_byte_and_space() -> None:
    # 는 + space + ▲ = B4 C2 20 A1 E3: the fixer read "C2 20" as a broken NBSP.
    garbled = latin1("분야는 ▲청년 창업").replace("Â ", "\xa0")
    assert "\xa0" in garbled
    assert repair_encoding(garbled) == "분야는 ▲청년 창업"
    # 시 + space = BD C3 20: "Ã " became "à " (the space kept). On its own "½à" is
    # valid CP949 (썅), so this is undone only on a page with other fixer damage.
    garbled = latin1("서울시 누리집에서").replace("Ã ", "à ")
    assert repair_encoding(garbled) == "서울썅 누리집에서"
    page = fixer_damage(SENTENCES[1], every=1) + "\n" + garbled
    assert repair_encoding(page).split("\n")[1] == "서울시 누리집에서"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_fixer_damaged_sentences(sentence: str) -> None:
    garbled = fixer_damage(sentence)
    assert garbled != latin1(sentence)
    repaired = repair_encoding(garbled)
    assert similarity(repaired, sentence) >= 0.95, (garbled, repaired)


def test_fixer_damaged_page_mostly_exact() -> None:
    page = "\n".join(SENTENCES)
    repaired = repair_encoding(fixer_damage(page, every=1))
    assert repaired.count("\n") == page.count("\n")
    assert similarity(repaired, page) >= 0.97


def test_every_soft_hyphen_dropped() -> None:
    # A fixer that strips invisible characters removed every 0xAD byte (soft hyphen);
    # the byte pairs after each one shift. 강 = B0 AD, 난 = B3 AD, 화 = C8 AD.
    text = "화순군 서구청 강남구 난방비"
    garbled = latin1(text).replace("\xad", "")
    assert "\xad" not in garbled
    assert repair_encoding(garbled) == text
    assert repair_encoding(latin1("강남구").replace("\xad", "")) == "강남구"


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("강풍과 폭우", None),
        ("지난달 발표", None),
        ("서울에서 열린 회의", None),
        ("사흘간 서울에서", None),
        # Known limit: without 0xAD the bytes of 서서히 also read as 세히, one syllable
        # fewer and cheaper under syllable and pair counts (no word model).
        ("기온이 서서히 오른다", "기온이 세히 오른다"),
    ],
)
def test_lost_soft_hyphens_on_a_page(line: str, plain: str | None) -> None:
    # The first line (강남구 without its 0xAD bytes) no longer decodes: the page has lost
    # its soft hyphens, so they are put back where they make likely syllable pairs.
    page = latin1("강남구 날씨\n" + line).replace("\xad", "")
    assert repair_encoding(page) == "강남구 날씨\n" + (plain or line)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_without_soft_hyphens(sentence: str) -> None:
    garbled = latin1(sentence).replace("\xad", "")
    assert similarity(repair_encoding(garbled), sentence) >= 0.95


def test_page_without_soft_hyphens_mostly_exact() -> None:
    page = "\n".join(SENTENCES)
    repaired = repair_encoding(latin1(page).replace("\xad", ""))
    assert repaired.count("\n") == page.count("\n")
    assert similarity(repaired, page) >= 0.98


# --- UTF-8 read as Latin-1 or Windows-1252 ------------------------------------------


def utf8_latin1(text: str) -> str:
    """Show ``text``'s UTF-8 bytes as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def utf8_cp1252(text: str) -> str:
    """Show ``text``'s UTF-8 bytes as Windows-1252 the way browsers do (C1 controls)."""
    return "".join(
        chr(b) if b in _UNDEFINED_CP1252 else bytes((b,)).decode("cp1252")
        for b in text.encode("utf-8")
    )


def test_utf8_as_cp1252_word() -> None:
    assert utf8_cp1252("광주") == "ê´‘ì£¼"
    assert repair_encoding("ê´‘ì£¼") == "광주"


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("garble", [utf8_latin1, utf8_cp1252])
def test_utf8_sentences_round_trip(sentence: str, garble: object) -> None:
    assert repair_encoding(garble(sentence)) == sentence  # type: ignore[operator]


def test_utf8_strict_cp1252_replace_guesses_lost_bytes() -> None:
    # A strict decoder turns the undefined bytes into U+FFFD: 북 = EB B6 81.
    text = "광주광역시 북구 청년 지원"
    garbled = text.encode("utf-8").decode("cp1252", errors="replace")
    assert "\ufffd" in garbled
    assert repair_encoding(garbled) == text


def test_utf8_clean_header_and_punctuation() -> None:
    body = "“서울 아파트값 3주 연속 상승”…강남 3구 0.3%↑\n© 2024 Example café"
    page = "Home > News\n" + utf8_cp1252(body)
    assert repair_encoding(page) == "Home > News\n" + body
    assert detect_mojibake(page)


def test_utf8_european_mojibake_alone_unchanged() -> None:
    # No Hangul behind it: not this module's business (and ambiguous with real text).
    for text in ["cafÃ© MÃ¼ller", "Ãœber", "donâ€™t", "Ã bientôt"]:
        assert repair_encoding(text) == text
        assert not detect_mojibake(text)


def test_utf8_single_syllable_line_on_garbled_page() -> None:
    page = utf8_latin1(SENTENCES[0] + "\n(월)")
    assert repair_encoding(page) == SENTENCES[0] + "\n(월)"


# --- clean text is left alone -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "서구청과 지역 대학이 업무협약을 체결했다.",
        "Müller, café, crème brûlée, naïve",
        "Le café crème à Paris coûte 3,50 €.",
        "Åsa Öberg från Malmö; Søren; Straße; Dvořák",
        "저작권자 © 광주일보 무단전재 및 재배포 금지",
        "기온 25°C, 오차 ±3%p, 면적 3×4m",
        "제목\xa0\n\xa0\n본문 기자\xa0lucky@example.com",
        "São Paulo, Curaçao, Ångström",
        "UTF-8 read as Latin-1: cafÃ© MÃ¼ller",
        "¡Hola! ¿Qué tal? « citation » ½ ¼ ¾ § ¶",
        "ÉCOLE NORMALE SUPÉRIEURE, ÉTATS-UNIS",
        "Thủ tướng Phạm Minh Chính phát biểu tại Hà Nội.",
        "東京都は14日、新型コロナの感染者を発表した。",
        "Emoji 😀🎉👍🏽 ★☆♥ ©®™ ½ ¼ ° ± × ÷ µ",
        "Señor Núñez; Ålborg ÆØÅ æøå; İstanbul ğüşıöç",
        "Ελληνικά κείμενα και Русский текст",
        "Â© 2025 ÃƒÂ test",
    ],
)
def test_clean_text_unchanged(text: str) -> None:
    assert repair_encoding(text) is text or repair_encoding(text) == text
    assert not detect_mojibake(text)


def test_seeds_unchanged(seeds: dict[str, str]) -> None:
    assert seeds
    for name, text in seeds.items():
        assert repair_encoding(text) == text, name
        assert not detect_mojibake(text), name


def test_clean_text_returned_as_is() -> None:
    text = "광주 북구청은 18일 ...\n" * 10
    assert repair_encoding(text) is text


# --- detection ----------------------------------------------------------------------


def test_detect_mojibake() -> None:
    assert detect_mojibake(latin1(SENTENCES[0]))
    assert detect_mojibake("제목\n" + fixer_damage(SENTENCES[1]))
    assert not detect_mojibake(SENTENCES[0])
    assert not detect_mojibake("Müller et le café")


# --- bad input and robustness ------------------------------------------------------


@pytest.mark.parametrize("value", [b"\xc1\xf6", None, 42, ["text"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be str"):
        repair_encoding(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be str"):
        detect_mojibake(value)  # type: ignore[arg-type]


def test_bytes_error_says_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        repair_encoding("Áö¿ø".encode("latin-1"))  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        lambda rng: bytes(rng.getrandbits(8) for _ in range(1_000_000)).decode("latin-1"),
        lambda rng: bytes(rng.randrange(0x80, 0x100) for _ in range(1_000_000)).decode("latin-1"),
        lambda rng: "기자 " * 100_000,
        lambda rng: "ÀÇ" * 500_000,
        lambda rng: "±³À°Ã»Àº ÅëÇÐ·Î Á¡°ËÀ» " * 40_000,
        lambda rng: "Ã" * 1_000_000,
        lambda rng: "ê´" * 500_000,
        lambda rng: "ê´‘" * 333_333,
        lambda rng: "ì\ufffd\ufffd" * 333_333,
        lambda rng: utf8_latin1("광주광역시 북구 청년 지원 " * 40_000),
    ],
    ids=[
        "random-bytes",
        "random-high-bytes-one-line",
        "gija",
        "one-pair",
        "garbled-1mb",
        "a-tilde",
        "utf8-lead-and-one",
        "utf8-syllable",
        "utf8-lost-bytes",
        "utf8-1mb",
    ],
)
def test_adversarial_megabyte_is_fast(make: object) -> None:
    rng = random.Random(7)
    text = make(rng)  # type: ignore[operator]
    start = time.perf_counter()
    result = repair_encoding(text)
    assert time.perf_counter() - start < 10.0
    assert result.count("\n") == text.count("\n")


# --- properties ---------------------------------------------------------------------


def _ksx1001_syllables() -> list[str]:
    out = []
    for code in range(0xAC00, 0xD7A4):
        encoded = chr(code).encode("cp949")
        if 0xB0 <= encoded[0] <= 0xC8 and encoded[1] >= 0xA1:
            out.append(chr(code))
    return out


KSX_HANGUL = _ksx1001_syllables()
hangul_ascii = st.text(
    alphabet=st.one_of(
        st.sampled_from(KSX_HANGUL),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from("\n\t"),
    ),
    max_size=60,
)


def test_ksx1001_has_2350_syllables() -> None:
    assert len(KSX_HANGUL) == 2350


_ACCENT_BY_ASCII = re.compile("[A-Za-z][\u00c0-\u017f]|[\u00c0-\u017f][A-Za-z]")


def reads_as_european_utf8(s: str) -> bool:
    """Whether a line of ``s`` has CP949 bytes that are also UTF-8 Latin text with an
    accented letter touching an ASCII letter: ``챕t챕`` has the bytes of ``été``, and
    such a line is read as the European word (see test_encoding_latin_words.py)."""
    for line in s.split("\n"):
        try:
            decoded = line.encode("cp949").decode("utf-8")
        except UnicodeDecodeError:
            continue
        if decoded != line and _ACCENT_BY_ASCII.search(decoded):
            return True
    return False


@given(hangul_ascii)
def test_property_latin1_round_trip(s: str) -> None:
    assume(not reads_as_european_utf8(s))
    assert repair_encoding(s.encode("cp949").decode("latin-1")) == s


@given(hangul_ascii)
def test_property_cp1252_round_trip(s: str) -> None:
    assume(not reads_as_european_utf8(s))
    assert repair_encoding(cp1252(s)) == s


def test_european_utf8_bytes_are_rare_in_korean() -> None:
    # The assumption above leaves out only syllables of lead byte 0xC3-0xC5 and trail
    # 0xA1-0xBF glued to a Latin letter on a line with no other syllable.
    assert reads_as_european_utf8("챕t챕")
    assert reads_as_european_utf8("A체")
    assert not reads_as_european_utf8("A체 서울")
    assert not reads_as_european_utf8("LG전자")
    assert not reads_as_european_utf8("체크")


hangul_any = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from("\n\t"),
    ),
    max_size=60,
)


@given(hangul_any)
def test_property_utf8_latin1_round_trip(s: str) -> None:
    assert repair_encoding(utf8_latin1(s)) == s


@given(hangul_any)
def test_property_utf8_cp1252_round_trip(s: str) -> None:
    assert repair_encoding(utf8_cp1252(s)) == s


# Realistic Latin words: ASCII letters with at most one accented letter in a row.
latin_word = st.builds(
    lambda head, accent, tail: head + accent + tail,
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=6),
    st.sampled_from(["", *"éèêëàâäçîïôöùûüñßøåæœÉÀÇÖÜÅ"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=6),
)
korean_word = st.text(alphabet=st.sampled_from(KSX_HANGUL), min_size=1, max_size=5)
sign = st.sampled_from(["©", "°", "±", "·", "×", "€", "…", "“", "”", "\xa0", "½", "25°C", "±3%"])
# Words and signs separated by spaces or punctuation, as in real text. (Two Latin-1
# signs glued together, "±©", are valid CP949 for 괬 and would be decoded.)
clean_text = st.lists(
    st.tuples(
        st.one_of(latin_word, korean_word, sign), st.sampled_from([" ", ", ", ". ", "\n"])
    ).map("".join),
    max_size=30,
).map("".join)


@given(clean_text)
def test_property_clean_text_unchanged(s: str) -> None:
    assert repair_encoding(s) == s


@given(st.text(max_size=200))
def test_property_never_crashes_and_keeps_lines(s: str) -> None:
    assert repair_encoding(s).count("\n") == s.count("\n")


@given(st.binary(max_size=300))
def test_property_random_bytes_as_latin1_keep_lines(data: bytes) -> None:
    text = data.decode("latin-1")
    assert repair_encoding(text).count("\n") == text.count("\n")


# --- data tables --------------------------------------------------------------------


def test_tables_load_without_duplicates() -> None:
    syllables = [row[0] for row in load_table("encoding_syllables.tsv")]
    assert len(syllables) > 1000
    assert len(set(syllables)) == len(syllables)
    assert all(len(s) == 1 and "가" <= s <= "힣" for s in syllables)
    assert all(int(row[1]) > 0 for row in load_table("encoding_syllables.tsv"))
    pairs = load_table("encoding_bigrams.tsv")
    assert len(pairs) > 5000
    assert len({row[0] for row in pairs}) == len(pairs)
    assert all(len(row[0]) == 2 and int(row[1]) >= 2 for row in pairs)
    rows = load_table("encoding_symbols.tsv")
    symbols = [row[0] for row in rows]
    assert len(set(symbols)) == len(symbols)
    for symbol, bits in rows:
        assert len(symbol.encode("cp949")) == 2  # a KS X 1001 symbol
        assert 0 < float(bits) < 20
