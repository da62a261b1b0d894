"""The fast forms of the date scanner's patterns find exactly what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kornews import _dates_scan as scan
from kornews.dates import _has_stamp_word, find_dates

# The tense cues as one plain alternation (the definition the fast TENSE must match).
_BARE = [row[0] for row in scan._TENSE_WORDS if row[1] == "bare"]
_PREDICATES = [row[0] for row in scan._TENSE_WORDS if row[1] == "predicate"]
PLAIN_TENSE = re.compile(
    rf"(?P<past>{scan.PAST_CLASS}(?=[다고며지는던습어으죠음]))"
    rf"|(?P<future>겠|{scan._alt(_BARE)}|{scan._alt(_PREDICATES)}{scan._PREDICATE_END}"
    rf"|{scan.PRESENT_CLASS}다{scan._PRESENT_END})"
)

CUES = st.lists(
    st.sampled_from(
        [
            *list("했다고며는간전망겠예정앞두계획이며입니다 .,!?\"'’”\n"),
            "계획이다",
            "전망",
            "앞두고",
        ]
    ),
    max_size=30,
).map("".join)


def _cues(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_tense_cues_match_the_plain_alternation(seeds: dict[str, str]) -> None:
    text = "\n".join(seeds.values())
    found = _cues(scan.TENSE, text)
    assert found == _cues(PLAIN_TENSE, text)
    assert {group for _, group in found} == {"past", "future"}


def test_tense_cues_in_short_sentences() -> None:
    text = "시는 내년 착공할 예정이다. 설명회를 열었다. 확대하겠다고 밝혔다. 공사는 이달 끝난다."
    assert [(text[a:b], g) for (a, b), g in _cues(scan.TENSE, text)] == [
        ("예정", "future"),
        ("었", "past"),
        ("겠", "future"),
        ("혔", "past"),
        ("난다", "future"),
    ]


@given(CUES)
def test_tense_cues_match_on_any_text(text: str) -> None:
    assert _cues(scan.TENSE, text) == _cues(PLAIN_TENSE, text)


def test_atom_patterns_need_no_first_character_test(seeds: dict[str, str]) -> None:
    # Each per-character pattern is only tried where its character stands.
    text = "\n".join(seeds.values())
    tried = 0
    for c in scan.CANDIDATES.finditer(text):
        pattern = scan.ATOMS_AT[text[c.start()]]
        if pattern is not None:
            tried += 1
            for name in pattern.groupindex:
                if "_" not in name:  # an atom's own group, not one of its parts
                    assert text[c.start()] in scan._FIRST[name]
    assert tried > 50


STAMP_LINES = [
    "입력 2021.03.15 (08:41) 수정 2021.03.15 (09:12) 사회",
    "    • 수정2021-03-15 09:12:47",
    "기사전송 2025-04-14 09:00 | 최종수정 2025-04-15",
    "Published 2025.04.14 09:00",
    "등록 :2023-05-12 15:30",
]


def test_stamp_word_precheck_is_sound(seeds: dict[str, str]) -> None:
    # Every line with a stamped date holds a stamp word, so skipping lines without one
    # loses no stamp; lines without a stamped date may hold one (수정 in prose).
    lines = STAMP_LINES + [line for text in seeds.values() for line in text.split("\n")]
    stamped = 0
    for line in lines:
        if any(m.stamp for m in find_dates(line)):
            stamped += 1
            assert _has_stamp_word(line)
    assert stamped == len(STAMP_LINES)


def test_stamp_word_precheck() -> None:
    assert _has_stamp_word("기사입력 2025.04.14 09:00")
    assert _has_stamp_word("송고시간2025-09-10 16:56")
    assert not _has_stamp_word("강기정 광주시장이 23일 밝혔다.")
    assert [m.stamp for m in find_dates("송고시간2025-09-10 16:56")] == ["송고"]
