"""``find_duplicates(workers=...)``: the worker path gives the one-process clusters."""

from __future__ import annotations

import sys
import threading

import numpy as np
import pytest

import kornews.dedup as kd
from kornews.dedup import NearDuplicateIndex, find_duplicates

# Short pages written for these tests: one story on three sites, another story, furniture.
STORY = (
    "광주시는 14일 시청 대회의실에서 인공지능 산업 육성 계획을 발표했다.\n"
    "시는 2030년까지 1조 2천억 원을 들여 첨단3지구에 데이터센터를 조성한다.\n"
    "시는 다음 달 시민 공청회를 열어 세부 내용을 확정할 예정이다."
)
OTHER = (
    "전남도는 올해 벼 수매가를 작년보다 3% 올리기로 했다고 15일 밝혔다.\n"
    "도는 농가 소득 안정을 위해 480억 원의 예산을 편성했다."
)


def _page(body: str, site: str, reporter: str) -> str:
    return "\n".join(
        [
            f"{site} | 로그인 | 회원가입",
            "입력 2025.04.14 20:25 | 수정 2025.04.14 21:03",
            *body.split("\n"),
            f"{reporter} 기자 reporter@example.com",
            f"저작권자 © {site} 무단전재 및 재배포 금지",
        ]
    )


def _items() -> list[tuple[str, str]]:
    pages = [
        _page(STORY, "예시일보", "홍길동"),
        _page(OTHER, "예시일보", "홍길동"),
        "",  # nothing at all: an empty body
        _page("짧은 공지.", "샘플신문", "김철수"),  # a body under min_chars: exact match only
        _page(STORY.replace("예정이다", "계획이다"), "샘플신문", "김철수"),
        _page("짧은 공지.", "예시일보", "이영희"),
        "728x90\n반응형",  # furniture only: cleans to ""
        _page(STORY, "보기뉴스", "이영희"),
    ]
    # More pages than one task holds, so results of several tasks come back in order.
    return [(f"{n}-{i}", p) for n in range(40) for i, p in enumerate(pages)]


def test_workers_cluster_raw_pages_like_one_process() -> None:
    items = _items()
    one = find_duplicates(items)
    assert find_duplicates(items, workers=2) == one
    by_page = {tuple(sorted({str(k).split("-")[1] for k in c})) for c in one}
    # Every copy of the story (all 40 x 3) in one cluster, the short notices in another.
    assert by_page == {("0", "4", "7"), ("1",), ("3", "5")}
    assert len(one) == 3
    assert sorted(len(c) for c in one) == [40, 80, 120]


def test_a_threaded_caller_gets_workers_from_the_server() -> None:
    """With another thread running, workers are not forked from this process."""
    items = _items()
    one = find_duplicates(items)
    if sys.platform == "linux" and threading.active_count() == 1:
        assert kd._worker_context().get_start_method() == "fork"
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert kd._worker_context().get_start_method() in ("forkserver", "spawn")
        assert find_duplicates(items, workers=2) == one
    finally:
        stop.set()
        thread.join()


@pytest.mark.skipif(sys.platform != "linux", reason="pipe sizes are Linux's")
def test_pool_pipes_hold_a_whole_task() -> None:
    import fcntl

    pool = kd._worker_context().Pool(1)
    try:
        kd._widen_pipes(pool)
        for conn in (pool._inqueue._writer, pool._outqueue._reader):  # type: ignore[attr-defined]
            # A task of 128 pages pickles to about 350 KB: it must not cross in 64 KB pieces.
            assert fcntl.fcntl(conn.fileno(), fcntl.F_GETPIPE_SZ) >= 1 << 18
    finally:
        pool.terminate()
        pool.join()


def test_packed_chunks_round_trip_every_kind() -> None:
    idx = NearDuplicateIndex()
    texts = [p for _, p in _items()[:8]]
    kd._worker_init(idx.options)
    unpacked = list(kd._unpack(kd._worker_prepare(texts)))
    direct = [idx._prepare(t) for t in texts]
    assert [u[0] for u in unpacked] == [d[0] for d in direct] == [2, 2, 0, 1, 2, 1, 0, 2]
    for (kind, ekey, sig, bkeys), (dkind, dekey, dsig, dbkeys) in zip(
        unpacked, direct, strict=True
    ):
        assert (kind, ekey) == (dkind, dekey)
        if dsig is None or dbkeys is None:
            assert sig is None and bkeys is None
        else:
            assert sig is not None and bkeys is not None
            assert np.array_equal(sig, dsig) and np.array_equal(bkeys, dbkeys)


def test_chunk_preparation_is_bit_for_bit_the_single_one() -> None:
    """``_prepare_many`` signs a chunk at once; every field equals ``_prepare``'s."""
    long_body = (STORY + "\n") * 300  # more n-grams than one block: the blocked path
    texts = [
        *(t for _, t in _items()),
        "",
        "가",  # shorter than one n-gram
        "가나다라마",  # exactly one n-gram
        "😀 emoji 𝐀𝐁𝐂 outside the BMP 광주시 " * 5,
        "ﬁ ① Ǆ ΣΣ 광주시가 NFKC와 소문자로 바뀐다",
        long_body,
        STORY,
    ]
    for options in (
        {},
        {"ngram": 1, "min_chars": 0},
        {"num_perm": 64, "bands": 16, "clean": False},
    ):
        idx = NearDuplicateIndex(0.5, **options)  # type: ignore[arg-type]
        many = idx._prepare_many(texts)
        for text, got in zip(texts, many, strict=True):
            want = idx._prepare(text)
            assert got[:2] == want[:2]
            for a, b in zip(got[2:], want[2:], strict=True):
                assert (a is None) == (b is None)
                if a is not None and b is not None:
                    assert np.array_equal(a, b)
