"""Tests for kornews.encoding on short headlines with hanja, jamo and circled signs."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from kornews._data import load_words
from kornews.encoding import detect_mojibake, repair_encoding

# Headline-shaped lines written for these tests.
HEADLINES = [
    "與野, 예산안 합의 불발",
    "韓美 정상회담 개최",
    "與野 靑 회동",
    "靑, 인사 발표",
    "北 미사일 발사",
    "檢, 前 장관 소환",
    "日 수출규제 강화",
    "鄭 장관 사퇴",  # a hanja outside the headline list, in a clean run
    "①항 ㈜한빛 3㎡ ㅋㅋ 웃음",
    '與 "예산 처리"',
]


def utf8_latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def utf8_cp1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def cp949_latin1(text: str) -> str:
    return text.encode("cp949").decode("latin-1")


def cp949_cp1252(text: str) -> str:
    return text.encode("cp949").decode("cp1252", errors="replace")


@pytest.mark.parametrize("misread", [utf8_latin1, utf8_cp1252, cp949_latin1, cp949_cp1252])
@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_with_hanja_is_repaired(headline: str, misread: Callable[[str], str]) -> None:
    garbled = misread(headline)
    assert garbled != headline
    assert repair_encoding(garbled) == headline
    assert detect_mojibake(garbled)


def test_lost_byte_is_guessed_as_a_headline_hanja() -> None:
    # 靑 is E9 9D 91 in UTF-8; a strict cp1252 decoder turns 0x9D into U+FFFD.
    garbled = utf8_cp1252("靑, 인사 발표")
    assert "\ufffd" in garbled
    assert repair_encoding(garbled) == "靑, 인사 발표"


def test_page_with_hanja_lines() -> None:
    page = "與野, 예산안 합의 불발\n本社 기자\n정부는 추가 협상을 요청했다."
    assert repair_encoding(utf8_latin1(page)) == page
    assert repair_encoding(cp949_latin1(page)) == page


@pytest.mark.parametrize(
    "text",
    [
        "Müller et le café, © 2024",
        "SÃO PAULO",
        "São Paulo: informações e ações da Conceição",
        "ÇÃO ÕES ÉÈ ÂÊÎ",
        "Crème brûlée à la française; Größe, Ärger, Übermaß",
        "año, niño, ¿Qué? ¡Olé!",
        "çõé ëé ôé éè",
        "« Où est la bibliothèque ? » — Éloïse",
        "Ñandú, Ågård, Øresund, Þórður",
        "東京で会議、與野の記事",
        "與野 합의",  # clean text with hanja
    ],
)
def test_clean_text_unchanged(text: str) -> None:
    assert repair_encoding(text) == text
    assert not detect_mojibake(text)


def test_random_latin1_with_hanja_table_is_safe() -> None:
    # Strings of Latin-1 letters pair into hanja under CP949: with the headline hanja
    # now plausible, accented European text must still be left alone.
    letters = "àáâãäåçèéêëìíîïñòóôõöùúûüýÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝß"
    rnd = random.Random(7)
    for _ in range(300):
        words = [
            "".join(rnd.choice("aeioulnrst") for _ in range(rnd.randrange(1, 5)))
            + rnd.choice(letters)
            + "".join(rnd.choice("aeioulnrst") for _ in range(rnd.randrange(0, 4)))
            for _ in range(rnd.randrange(2, 8))
        ]
        text = " ".join(words)
        assert repair_encoding(text) == text


def test_hanja_table_is_ksx1001() -> None:
    hanja = load_words("encoding_hanja.txt")
    assert len(hanja) == len(set(hanja))
    for ch in hanja:
        assert len(ch) == 1
        assert len(ch.encode("euc-kr")) == 2


def test_long_hanja_mojibake_is_fast() -> None:
    line = utf8_cp1252("與野 靑 회동, 北 미사일 발사 ") * 20_000
    start = time.perf_counter()
    out = repair_encoding(line)
    assert time.perf_counter() - start < 30
    assert out == "與野 靑 회동, 北 미사일 발사 " * 20_000
