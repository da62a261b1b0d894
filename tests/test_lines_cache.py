"""The line feature cache of ``kornews.lines``: bounded, and invisible in the results."""

from __future__ import annotations

import threading

import pytest

import kornews.lines as lines_mod
from kornews.lines import _clear_feature_cache, classify_lines, clean

# Short pages written for these tests: shared furniture, a story told twice with an edit.
FURNITURE = "본문 바로가기\n로그인\n저작권자 © 예시일보 무단전재 및 재배포 금지"
PAGE_A = (
    "본문 바로가기\n로그인\n광주시, AI 중심도시 도약 선언\n입력 2025.11.03 14:22\n"
    "광주시가 인공지능 산업 육성 계획을 14일 발표했다.\n시는 5년간 1조원을 투입한다.\n"
    "/홍길동 기자 hong@example.com\n저작권자 © 예시일보 무단전재 및 재배포 금지"
)
PAGE_B = (
    "본문 바로가기\n로그인\n광주시, AI 중심도시 도약 선언\n입력 2025.11.04 09:10\n"
    "광주시가 인공지능 산업 육성 계획을 14일 발표했다.\n시는 5년간 1조원을 쓴다.\n"
    "광주시가 인공지능 산업 육성 계획을 14일 발표했다.\n"
    "저작권자 © 예시일보 무단전재 및 재배포 금지"
)


def _labels(text: str) -> list[tuple[int, int, str, str]]:
    return [(ln.start, ln.end, ln.label, ln.reason) for ln in classify_lines(text)]


def _pages(seeds: dict[str, str]) -> list[str]:
    return [PAGE_A, PAGE_B, FURNITURE, "", "\n\n", *seeds.values()]


def test_warm_cache_gives_the_cold_results(seeds: dict[str, str]) -> None:
    pages = _pages(seeds)
    cold_clean, cold_labels = [], []
    for page in pages:
        _clear_feature_cache()
        cold_clean.append(clean(page))
        _clear_feature_cache()
        cold_labels.append(_labels(page))
    # Warm: every page after all the others, twice, with labels and cleaning interleaved.
    for _ in range(2):
        for page, expected_clean, expected_labels in zip(
            pages, cold_clean, cold_labels, strict=True
        ):
            assert _labels(page) == expected_labels
            assert clean(page) == expected_clean
    assert clean(PAGE_B) == (
        "광주시, AI 중심도시 도약 선언\n광주시가 인공지능 산업 육성 계획을 14일 발표했다.\n"
        "시는 5년간 1조원을 쓴다."
    )


def test_passes_do_not_label_the_shared_features() -> None:
    # A repeated headline is "title" once and "repeated-title" after: the second position
    # must not see the label the passes gave the first (they label copies).
    _clear_feature_cache()
    page = "광주시, AI 중심도시 도약 선언\n광주시가 계획을 14일 발표했다.\n광주시, AI 중심도시 도약 선언"
    first = _labels(page)
    assert [r for *_, r in first] == ["headline", "sentence-ending", "repeated-title"]
    assert _labels(page) == first
    single = _labels("광주시, AI 중심도시 도약 선언")
    _clear_feature_cache()
    assert _labels("광주시, AI 중심도시 도약 선언") == single


def test_cache_is_bounded_by_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines_mod, "_CACHE_LINES", 16)
    _clear_feature_cache()
    for i in range(200):
        clean(f"광주시가 {i}번째 사업을 발표했다.\n시는 {i}억원을 쓴다.")
        assert len(lines_mod._young) <= 16
        assert len(lines_mod._old) <= 16
    # A recurring line survives the turnover: a hit in the old generation moves it back.
    _clear_feature_cache()
    clean("로그인\n본문입니다.")
    for i in range(20):  # 22 lines in all: one turnover of a 16-line generation
        clean(f"시는 {i}억원을 쓴다.")
    assert "로그인" in lines_mod._old and "로그인" not in lines_mod._young
    clean("로그인\n다른 본문입니다.")
    assert "로그인" in lines_mod._young and "로그인" not in lines_mod._old


def test_cache_is_bounded_by_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines_mod, "_CACHE_CHARS", 1_000)
    _clear_feature_cache()
    line = "가" * 300
    for i in range(50):
        clean(f"{line}{i}다.")
        young = sum(map(len, lines_mod._young))
        old = sum(map(len, lines_mod._old))
        # A generation is closed once it reaches the budget: at most one line over it.
        assert young <= 1_000 + lines_mod._CACHE_LINE_MAX
        assert old <= 1_000 + lines_mod._CACHE_LINE_MAX
        assert lines_mod._young_chars == young


def test_long_lines_are_not_kept_but_still_classified() -> None:
    _clear_feature_cache()
    long_line = "광주시가 " + "가나다라 " * 400 + "발표했다."
    assert len(long_line) > lines_mod._CACHE_LINE_MAX
    page = f"로그인\n{long_line}\n로그인"
    assert clean(page) == long_line
    assert long_line not in lines_mod._young and long_line not in lines_mod._old
    assert [ln.label for ln in classify_lines(page)] == ["boilerplate", "body", "boilerplate"]


def test_clear_feature_cache_empties_it() -> None:
    clean(PAGE_A)
    assert lines_mod._young
    _clear_feature_cache()
    assert not lines_mod._young and not lines_mod._old and lines_mod._young_chars == 0


def test_threads_share_the_cache_safely(
    seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = _pages(seeds)
    expected = [clean(p) for p in pages]
    # A tiny cache makes the generations turn over while the threads run.
    monkeypatch.setattr(lines_mod, "_CACHE_LINES", 8)
    _clear_feature_cache()
    failures: list[str] = []

    def work() -> None:
        for _ in range(5):
            for page, want in zip(pages, expected, strict=True):
                if clean(page) != want:
                    failures.append(page[:20])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
