"""The byline scans find candidates from their anchors exactly as a plain ``finditer`` would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kornews import bylines
from kornews.bylines import find_bylines

PIECES = [
    *bylines._CONTRIB_TITLES,
    *bylines._AUTHOR_WORDS,
    *bylines._CREW,
    *bylines._ROLES,
    "홍길동",
    "김",
    " ",
    "  ",
    "\xa0",
    "\t",
    "\n",
    ")",
    "]",
    ">",
    "》",
    "=",
    ":",
    "：",
    "(",
    "[",
    "<",
    "/",
    "사진",
    "뉴시스",
    "광주",
    "a@b.kr",
    "입니다",
    "author",
    "Author",
    "ⓒ",
    "©",
    "가 현장을 ",
    "다녀왔습니다",
    " 다른기사",
    "news@x.kr",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def _plain(index: int, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in bylines._SCANS[index][1].p.finditer(text)]


def _check(text: str) -> None:
    for index in range(len(bylines._SCANS)):
        assert bylines._scan_spans(index, text) == _plain(index, text), bylines._SCANS[index][0]


def test_scans_match_finditer_on_seeds(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        _check(text)


def test_closer_anchored_scans() -> None:
    text = (
        "<홍길동 서울대 교수> 글=김철수 (소설가)\n촬영기자 : 박현철 · 영상편집:이영희 [홍길동 칼럼]"
    )
    contributor = next(i for i, scan in enumerate(bylines._SCANS) if scan[0] == "contributor")
    label = next(i for i, scan in enumerate(bylines._SCANS) if scan[0] == "label")
    found = [text[a:b] for a, b in bylines._scan_spans(contributor, text)]
    assert found == ["교수>", "소설가)", "칼럼]"]
    assert [text[a:b] for a, b in bylines._scan_spans(label, text)] == [
        "글=",
        "촬영기자 :",
        "영상편집:",
    ]
    _check(text)


@given(TEXTS)
def test_scans_match_finditer_on_any_text(text: str) -> None:
    _check(text)


def test_credits_found_through_the_anchored_scans() -> None:
    got = find_bylines("기사 본문이다.\n<홍길동 서울대 교수>")
    assert [(b.name, b.role) for b in got] == [("홍길동", "교수")]
    got = find_bylines("글=김철수 (소설가)")
    assert [b.name for b in got] == ["김철수"]
