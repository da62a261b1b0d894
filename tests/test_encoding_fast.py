"""The shortcuts of the encoding repair skip only work whose answer they already know."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kornews import encoding
from kornews.encoding import detect_mojibake, repair_encoding

_C = encoding._CONT_CLASS
PLAIN_UTF8_RUN = re.compile(f"(?:[\xc2-\xdf][{_C}]|[\xe0-\xef][{_C}]{{2}}|[\xf0-\xf4][{_C}]{{3}})+")
BYTES = st.lists(
    st.sampled_from(list("\xc2\xdf\xe0\xea\xed\xef\xf0\xf4\x80\x9d\xbf\xa0€‘…\ufffd·a 한\n")),
    max_size=40,
).map("".join)


def _garbled(seeds: dict[str, str]) -> list[str]:
    """The seeds, and the seeds misread as Latin-1 / Windows-1252 (CP949 and UTF-8 bytes)."""
    out = list(seeds.values())
    for text in seeds.values():
        out.append(text.encode("cp949", "replace").decode("latin-1"))
        out.append(text.encode("cp949", "replace").decode("cp1252", "replace"))
        out.append(text.encode("utf-8").decode("cp1252", "replace"))
    return out


@given(BYTES)
def test_utf8_runs_match_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in encoding._UTF8_RUN_RE.finditer(text)] == [
        m.span() for m in PLAIN_UTF8_RUN.finditer(text)
    ]


def test_line_indices_match_a_line_by_line_check(seeds: dict[str, str]) -> None:
    for text in _garbled(seeds):
        lines = text.split("\n")
        expected = [i for i, line in enumerate(lines) if encoding._looks_suspicious(line)]
        assert encoding._suspicious_indices(text, lines) == expected
        runs = [i for i, line in enumerate(lines) if PLAIN_UTF8_RUN.search(line)]
        assert encoding._run_lines(text) == runs


def test_utf8_bound_never_drops_a_strong_line(seeds: dict[str, str]) -> None:
    strong = 0
    for text in _garbled(seeds):
        for line in text.split("\n"):
            repair = encoding._repair_utf8_line(line)
            if repair is not None and repair.strong:
                strong += 1
                assert encoding._may_be_strong_utf8(line)
    assert strong > 10
    # CP949 mojibake has UTF-8 runs by chance, far too few for a strong line.
    assert not encoding._may_be_strong_utf8("Áö¿ø´ÜÀº ÅëÇÐ·Î Á¡°ËÀ» °\xadÈ\xad")


def test_garbled_seed_is_repaired_exactly(seeds: dict[str, str]) -> None:
    text = next(iter(seeds.values())).encode("cp949", "replace").decode("cp949")
    garbled = text.encode("cp949").decode("latin-1")
    assert detect_mojibake(garbled)
    assert repair_encoding(garbled) == text
    assert repair_encoding(text) is text
