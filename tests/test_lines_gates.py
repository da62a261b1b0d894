"""The cheap gates in front of the line rules' regexes change no result.

Each rule that anchors a regex at the start (or end) of a line first tests a
character or a bounded slice; these tests check that every line the regex could
match passes its gate, over every Unicode character and over generated lines.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews import lines as L
from kornews._data import load_words


def _case_insensitive_firsts(words: list[str]) -> list[str]:
    """Every character an IGNORECASE match of one of ``words`` can start with."""
    firsts = "".join(sorted({w[0] for w in words if w}))
    pattern = re.compile("[" + re.escape(firsts) + "]", re.IGNORECASE)
    return [chr(i) for i in range(0x110000) if pattern.match(chr(i))]


@pytest.mark.parametrize(
    ("gate", "words"),
    [
        (L._SIGN_OFF_INITIALS, load_words("lines_agencies.txt")),
        (L._STAMP_LEAD_INITIALS, load_words("lines_stamp_leads.txt")),
        (L._BY_INITIALS, ["written", "posted", "reported", "by"]),
        (L._COMMENTS_INITIALS, ["전체", "댓글", "독자의견", "comments"]),
    ],
)
def test_initial_gates_hold_every_case_variant(gate: frozenset[str], words: list[str]) -> None:
    missing = [ch for ch in _case_insensitive_firsts(words) if ch not in gate]
    assert missing == []


def test_initials_refuse_a_cased_non_ascii_first_letter() -> None:
    with pytest.raises(ValueError, match="cased non-ASCII"):
        L._initials(["Élysée"])


# Lines made of the rules' own vocabulary, Latin look-alikes and digits, so the
# regexes do match some of them.
_PIECES = [
    *load_words("lines_stamp_words.txt")[:40],
    *load_words("lines_brand_suffixes.txt"),
    "KST",
    "kſt",
    "\u212aBS",
    "ı",
    "İ",
    "로고",
    "LOGO",
    "바로 가기",
    " 이미지",
    ".JPG",
    ".png)",
    "2025.11.03.",
    "hong@example.com",
    "사진",
    " ",
    "·",
    "7",
    "다.",
]
_LINES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join)


@given(_LINES)
def test_stamp_word_removal_matches_one_case_insensitive_pattern(text: str) -> None:
    words = load_words("lines_stamp_words.txt")
    reference = re.compile(L._alternation(words), re.IGNORECASE)
    assert L._STAMP_WORDS_RE.sub(" ", text) == reference.sub(" ", text)


@given(_LINES)
def test_tail_searches_match_whole_line_searches(text: str) -> None:
    key = L._key(text)
    whole = L._BRAND_SUFFIX_RE.search(key)
    tail = L._brand_suffix(key)
    assert (whole.span() if whole else None) == (tail.span() if tail else None)
    n = len(text)
    assert bool(L._FURNITURE_RE.search(text)) == bool(L._FURNITURE_RE.search(text, max(0, n - 10)))
    assert bool(L._IMAGE_FILE_RE.search(text)) == bool(L._IMAGE_FILE_RE.search(text, max(0, n - 8)))


@given(_LINES)
def test_photo_stamp_gate_passes_every_stamp(text: str) -> None:
    core = "사진은 기념촬영 모습." + text
    if L._PHOTO_STAMP_RE.search(core[-100:]):
        last = core[-1]
        assert core[-2:-1].isdigit() if last == "." else (last.isalnum() or last in "_-")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("연합뉴스 홍길동입니다.", "sign-off"),
        ("By Hong Gildong", "by-credit"),
        ("출처: 예시시청", "source-credit"),
        ("글 홍길동 · 사진 김철수 기자", "credit-list"),
        ("입력 2025.03.14 10:21", "date-stamp"),
        ("서울--(뉴스와이어) 2025년 10월 28일 --", "date-stamp"),
        ("댓글 3", "comments"),
        ("300x250", "ad-marker"),
        ("예시일보 로고", "page-furniture"),
        ("제보는 카카오톡 okjebo", "tip-line"),
        ("photo_2025.JPG", "image-file"),
    ],
)
def test_gated_rules_still_fire(line: str, reason: str) -> None:
    assert [ln.reason for ln in L.classify_lines(line)] == [reason]
