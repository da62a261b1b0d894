"""European words in UTF-8 read as Latin-1 are not CP949 Korean (``Ã©tÃ©`` is not ``챕t챕``)."""

from __future__ import annotations

import pytest

from kornews.encoding import detect_mojibake, repair_encoding


def cp949_latin1(text: str) -> str:
    return text.encode("cp949").decode("latin-1")


def utf8_latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def utf8_cp1252(text: str) -> str:
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


@pytest.mark.parametrize(
    "word",
    [
        "été",
        "2025 été",
        "été 2025",
        "Pokémon",
        "café",
        "naïve",
        "São Paulo",
        "Björk",
        "Zürich",
        "crème brûlée",
        "Dvořák",
        "Łódź",
        "București",
        "über",
        "Collection printemps-été — Paris",
    ],
)
@pytest.mark.parametrize("garble", [utf8_latin1, utf8_cp1252])
def test_european_utf8_mojibake_is_not_read_as_korean(word: str, garble: object) -> None:
    garbled = garble(word)  # type: ignore[operator]
    assert garbled != word
    repaired = repair_encoding(garbled)
    assert not any("\uac00" <= ch <= "\ud7a3" for ch in repaired)
    assert repaired == garbled  # European UTF-8 mojibake alone is out of scope
    assert not detect_mojibake(garbled)


def test_european_mojibake_inside_a_korean_line_is_left_alone() -> None:
    for line in ["신작 PokÃ©mon 카드 출시", "2025 Ã©tÃ© 컬렉션 공개"]:
        assert repair_encoding(line) == line
        assert not detect_mojibake(line)


def test_korean_page_is_repaired_around_a_european_line() -> None:
    body = "서울시는 다음 달부터 공영주차장 요금을 조정한다고 밝혔다."
    page = cp949_latin1(body) + "\nÃ©tÃ©\n" + cp949_latin1("/김하늘 기자")
    assert repair_encoding(page) == body + "\nÃ©tÃ©\n/김하늘 기자"
    assert detect_mojibake(page)


@pytest.mark.parametrize(
    "line",
    [
        "K팝 스타 오디션",
        "LG전자 신제품",
        "D램 가격 반등",
        "삼성SDI 투자",
        "e스포츠 대회 개막",
        "A곪",  # an exact inverse of a misreading, valid CP949 but not valid UTF-8
    ],
)
def test_korean_with_latin_letters_is_still_repaired(line: str) -> None:
    assert repair_encoding(cp949_latin1(line)) == line
    assert detect_mojibake(cp949_latin1(line))


def test_korean_utf8_mojibake_with_a_european_word() -> None:
    # The whole page went through the wrong codec: the Korean runs decode, and the
    # accented letter with them.
    line = "신작 Pokémon 카드가 다음 달 출시된다."
    assert repair_encoding(utf8_latin1(line)) == line
