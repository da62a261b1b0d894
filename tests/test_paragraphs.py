"""Tests for kornews.paragraphs.dedupe_paragraphs: repeats inside one page."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews.paragraphs import Deduped, RemovedParagraph, dedupe_paragraphs

SEED_001 = "001_3606a09aa6ae8308"
SEED_002 = "002_63cb6d787270aa92"

A = "광주시가 지역 핵심 공약을 대선 공약에 반영하기 위해 서울 사무소를 운영한다."
B = "강 시장은 매주 수요일 서울에서 근무하며 중앙정당을 잇따라 방문할 예정이다."
C = "시는 지난 8일 15대 과제, 40개 사업을 담은 지역 공약을 발표했다."


def removed(paragraphs: list[str]) -> list[tuple[int, int, str]]:
    return [(r.index, r.duplicate_of, r.reason) for r in dedupe_paragraphs(paragraphs).removed]


def test_seed_001_repeated_body_block_removed_and_nothing_else(seeds: dict[str, str]) -> None:
    lines = seeds[SEED_001].split("\n")
    result = dedupe_paragraphs(lines)
    # Lines 15-22 repeat lines 4, 5, 7, 8, 11, 12, 13 and the byline 14.
    assert [(r.index, r.duplicate_of) for r in result.removed] == [
        (15, 4),
        (16, 5),
        (17, 7),
        (18, 8),
        (19, 11),
        (20, 12),
        (21, 13),
        (22, 14),
    ]
    assert {r.reason for r in result.removed} == {"exact"}
    assert result.kept_indices == tuple(range(15))
    assert result.kept == tuple(lines[:15])


def test_seed_002_repeated_headline_removed_and_nothing_else(seeds: dict[str, str]) -> None:
    lines = seeds[SEED_002].split("\n")
    result = dedupe_paragraphs(lines)
    assert [(r.index, r.duplicate_of, r.reason, r.text) for r in result.removed] == [
        (102, 99, "exact", "광주시‧경기도, 공동번영 이룬다")
    ]
    assert len(result.kept) == len(lines) - 1


def test_exact_and_near_exact() -> None:
    assert removed([A, B, A]) == [(2, 0, "exact")]
    assert removed([A, B, "  " + A + "  "]) == [(2, 0, "exact")]
    spaced = A.replace(" ", "  ").replace("운영한다.", "운영 한다")
    assert removed([A, B, spaced]) == [(2, 0, "near-exact")]
    assert removed([A, B, "• " + A]) == [(2, 0, "near-exact")]
    assert removed([A, B, A + " /홍길동 기자"]) == [(2, 0, "near-exact")]
    assert removed([A, B, A + " 홍길동 기자 hong@example.com"]) == [(2, 0, "near-exact")]
    assert removed([A + " /홍길동 기자", B, A]) == [(2, 0, "near-exact")]


def test_truncated_copy() -> None:
    cut = A[:30] + "…"
    assert removed([A, B, cut]) == [(2, 0, "truncated")]
    assert removed([A, B, A[:30]]) == [(2, 0, "truncated")]
    # A cut-off copy that comes first is kept, and so is the full paragraph after it.
    assert removed([cut, B, A]) == []
    # Too short a start is not evidence of a copy.
    assert removed([A, B, A[:8] + "…"]) == []


def test_short_lines_are_not_deduped_alone() -> None:
    assert removed(["kwangju.co.kr", A, "kwangju.co.kr", B, "kwangju.co.kr"]) == []
    assert removed(["313억 원입니다.", A, "313억 원입니다."]) == []
    assert removed(["", A, "", B, ""]) == []


def test_short_lines_inside_a_repeated_block() -> None:
    first = ["연말연시 절도범 검거", "사회", A, B, C]
    second = ["연말연시 절도범 검거", "사회", A, B, C]
    assert removed([*first, "", *second]) == [
        (6, 0, "repeated-block"),
        (7, 1, "repeated-block"),
        (8, 2, "exact"),
        (9, 3, "exact"),
        (10, 4, "exact"),
    ]


def test_headline_repeated_with_bullet() -> None:
    headline = "연휴 빈집 절도범 12명 검거…피해액 2억 원"
    paragraphs = [headline, A, B, "  • " + headline, A, B]
    assert removed(paragraphs) == [(3, 0, "near-exact"), (4, 1, "exact"), (5, 2, "exact")]


def test_result_types_and_order() -> None:
    result = dedupe_paragraphs((A, B, A, C))
    assert isinstance(result, Deduped)
    assert result.kept == (A, B, C)
    assert result.kept_indices == (0, 1, 3)
    assert result.removed == (RemovedParagraph(2, A, 0, "exact"),)
    assert dedupe_paragraphs([]) == Deduped((), (), ())


@pytest.mark.parametrize("value", ["기사 본문", b"bytes"])
def test_a_single_string_is_rejected(value: object) -> None:
    with pytest.raises(TypeError, match="sequence of str"):
        dedupe_paragraphs(value)  # type: ignore[arg-type]


def test_non_str_item_is_rejected() -> None:
    with pytest.raises(TypeError, match="must be str"):
        dedupe_paragraphs([A, None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="decode"):
        dedupe_paragraphs([A, A.encode()])  # type: ignore[list-item]


paragraph = st.sampled_from(
    [A, B, C, "kwangju.co.kr", "", "사회", A[:25] + "…", "• " + B, C + " /홍길동 기자"]
)


@given(st.lists(paragraph, max_size=30))
def test_partition_and_sources(paragraphs: list[str]) -> None:
    result = dedupe_paragraphs(paragraphs)
    removed_indices = [r.index for r in result.removed]
    assert sorted(removed_indices + list(result.kept_indices)) == list(range(len(paragraphs)))
    assert result.kept == tuple(paragraphs[i] for i in result.kept_indices)
    kept = set(result.kept_indices)
    for r in result.removed:
        assert r.duplicate_of < r.index
        assert r.duplicate_of in kept
        assert r.text == paragraphs[r.index]
        assert r.reason in {"exact", "near-exact", "truncated", "repeated-block"}
    # Deduplicating the kept paragraphs again removes nothing.
    assert dedupe_paragraphs(result.kept).removed == ()


@given(st.lists(st.text(max_size=80), max_size=40))
def test_any_paragraphs(paragraphs: list[str]) -> None:
    result = dedupe_paragraphs(paragraphs)
    assert len(result.kept) + len(result.removed) == len(paragraphs)


def test_large_input_is_fast() -> None:
    paragraphs = [f"{i}번째 문단은 서로 다른 내용을 담고 있다." for i in range(20_000)]
    paragraphs += [*paragraphs[:10_000], "가" * 1_000_000, "기자 " * 100_000]
    started = time.perf_counter()
    result = dedupe_paragraphs(paragraphs)
    assert time.perf_counter() - started < 5.0
    assert len(result.removed) == 10_000
