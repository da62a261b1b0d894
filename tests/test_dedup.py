"""Tests for kornews.dedup: the near-duplicate index and corpus clustering."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews.dedup import (
    SPEC_VERSION,
    NearDuplicateIndex,
    find_duplicates,
    normalize_for_dedup,
)
from kornews.lines import _article_lines, clean

# Short story bodies written for these tests (not taken from any outlet).
STORY_A = (
    "광주시는 14일 시청 대회의실에서 인공지능 산업 육성 계획을 발표했다.\n"
    "계획에 따르면 시는 2030년까지 1조 2천억 원을 들여 첨단3지구에 데이터센터와 실증단지를 조성한다.\n"
    "강 시장은 “지역 기업이 성장할 수 있도록 규제를 풀고 인재를 키우겠다”고 말했다.\n"
    "시는 다음 달 시민 공청회를 열어 세부 내용을 확정할 예정이다."
)
STORY_B = (
    "전남도는 올해 벼 수매가를 작년보다 3% 올리기로 했다고 15일 밝혔다.\n"
    "도는 농가 소득 안정을 위해 480억 원의 예산을 편성하고 수매 물량도 12만 톤으로 늘린다.\n"
    "농민단체는 인상 폭이 생산비 상승분에 못 미친다며 추가 지원을 요구했다.\n"
    "도는 10월부터 시군별 수매를 시작한다."
)
STORY_C = (
    "부산 해운대구의 한 오피스텔에서 불이 나 주민 30여 명이 대피했다.\n"
    "소방당국은 장비 20대와 인력 60명을 투입해 1시간 만에 불을 껐다.\n"
    "경찰은 6층 주방에서 불이 시작된 것으로 보고 정확한 원인을 조사하고 있다."
)


def _page(body: str, *, site: str, reporter: str, city: str, teaser: str = "") -> str:
    """Wrap a body in a site's page furniture, as a scraper would see it."""
    lines = [
        f"{site} | 로그인 | 회원가입",
        "정치 경제 사회 문화 국제 스포츠",
        f"{city} 12℃ 맑음 미세먼지 보통",
        "입력 2025.04.14 20:25 | 수정 2025.04.14 21:03",
        "페이스북 트위터 카카오톡 URL복사",
        f"[{city}={site}] {reporter} 기자 = " + body.split("\n", 1)[0],
        *body.split("\n")[1:],
        f"{reporter} 기자 reporter@example.com",
        f"저작권자 © {site} 무단전재 및 재배포 금지",
        "관련기사",
        "· 광주 어린이날 행사 풍성",
        "· 주말 나들이객 몰려",
        "많이 본 뉴스",
        "1 시내버스 노선 개편",
        "2 도심 축제 개막",
    ]
    if teaser:
        lines.append(teaser)
    return "\n".join(lines)


def _edit(body: str) -> str:
    """A light wire-copy edit: one sentence dropped, one number and a verb ending changed."""
    lines = body.split("\n")
    del lines[-1]
    return "\n".join(lines).replace("14일", "15일").replace("발표했다", "내놓았다")


# -- exact and near duplicates ---------------------------------------------------------------


def test_exact_duplicate_is_found() -> None:
    idx = NearDuplicateIndex(clean=False)
    assert idx.add("a", STORY_A) == []
    assert idx.add("b", STORY_B) == []
    assert idx.add("c", STORY_A) == ["a"]
    assert find_duplicates([("a", STORY_A), ("b", STORY_B), ("c", STORY_A)], clean=False) == [
        ["a", "c"]
    ]


def test_spacing_punctuation_and_width_do_not_matter() -> None:
    variant = STORY_A.replace("“", '"').replace("”", '"').replace("할 수", "할수")
    variant = variant.replace("1조", "１조")  # full-width digit, folded by NFKC
    idx = NearDuplicateIndex(clean=False)
    idx.add("a", STORY_A)
    assert idx.query(variant) == ["a"]


def test_near_duplicate_after_edits() -> None:
    idx = NearDuplicateIndex(clean=False)
    idx.add("a", STORY_A)
    idx.add("b", STORY_B)
    assert idx.add("a2", _edit(STORY_A)) == ["a"]


def test_near_duplicate_pages_with_other_furniture() -> None:
    p1 = _page(STORY_A, site="한빛일보", reporter="김민수", city="광주")
    p2 = _page(_edit(STORY_A), site="남도뉴스", reporter="이서연", city="서울")
    other = _page(STORY_B, site="남도뉴스", reporter="이서연", city="서울")
    clusters = find_duplicates([(1, p1), (2, other), (3, p2)])
    assert clusters == [[1, 3]]


def test_same_template_other_story_is_not_a_duplicate() -> None:
    # Hard negatives: identical furniture, byline and teaser; only the facts differ.
    pages = [
        (
            k,
            _page(
                body, site="한빛일보", reporter="김민수", city="광주", teaser="다른 기사 미리보기"
            ),
        )
        for k, body in (("a", STORY_A), ("b", STORY_B), ("c", STORY_C))
    ]
    assert find_duplicates(pages) == []
    idx = NearDuplicateIndex()
    for k, text in pages:
        assert idx.add(k, text) == []


def test_raw_pages_without_cleaning_are_dominated_by_furniture() -> None:
    # What cleaning is for: with clean=False the shared template links unrelated short
    # stories, while the cleaned bodies do not.
    pages = [
        (k, _page(body, site="한빛일보", reporter="김민수", city="광주"))
        for k, body in (("b", STORY_B), ("c", STORY_C))
    ]
    assert find_duplicates(pages, 0.3, clean=False) == [["b", "c"]]
    assert find_duplicates(pages, 0.3) == []


def test_seed_page_matches_its_copy_with_other_furniture(seeds: dict[str, str]) -> None:
    seed = seeds["001_3606a09aa6ae8308"]
    copy = (
        "남도뉴스 | 로그인\n전체기사 정치 경제\n"
        + seed
        + "\n<저작권자 © 남도뉴스, 무단 전재 및 재배포 금지>"
    )
    idx = NearDuplicateIndex()
    for key, text in sorted(seeds.items()):
        idx.add(key, text)
    assert idx.query(copy)[0] == "001_3606a09aa6ae8308"


def test_different_seed_pages_are_not_duplicates(seeds: dict[str, str]) -> None:
    # 002 and 003 come from one site template (weather widget, menus) with other stories.
    assert find_duplicates(sorted(seeds.items())) == []


# -- streaming index ---------------------------------------------------------------------------


def test_add_returns_only_earlier_keys_best_first() -> None:
    idx = NearDuplicateIndex(clean=False)
    assert idx.add(1, STORY_A) == []
    assert idx.add(2, _edit(STORY_A)) == [1]
    assert idx.add(3, STORY_A) == [1, 2]  # the exact copy first, then the edited one
    assert idx.add(4, STORY_C) == []
    assert idx.query(STORY_A) == [1, 3, 2]
    assert len(idx) == 4
    assert 3 in idx and 5 not in idx and [1] not in idx


def test_query_does_not_insert() -> None:
    idx = NearDuplicateIndex(clean=False)
    idx.add("a", STORY_A)
    assert idx.query(STORY_A) == ["a"]
    assert idx.query(STORY_A) == ["a"]
    assert len(idx) == 1


def test_duplicate_key_is_refused() -> None:
    idx = NearDuplicateIndex(clean=False)
    idx.add("a", STORY_A)
    with pytest.raises(ValueError, match="already in the index"):
        idx.add("a", STORY_B)


def test_bytes_are_refused_with_a_hint() -> None:
    idx = NearDuplicateIndex()
    with pytest.raises(TypeError, match="decode"):
        idx.add("a", STORY_A.encode())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_duplicates([("a", None)])  # type: ignore[list-item]


def test_short_bodies_match_only_exactly() -> None:
    idx = NearDuplicateIndex(clean=False, min_chars=30)
    idx.add("a", "코스피 2,500 돌파")
    assert idx.add("b", "코스피 2,500 돌파!") == ["a"]  # same letters and digits
    assert idx.add("c", "코스피 2,600 돌파") == []


def test_many_insertions_across_buffer_merges() -> None:
    # More documents than the insert buffer holds, so lookups span the sorted table too.
    rng = random.Random(7)
    syll = [chr(0xAC00 + i) for i in range(0, 11172, 7)]
    idx = NearDuplicateIndex(clean=False)
    bodies = ["".join(rng.choice(syll) for _ in range(120)) for _ in range(4500)]
    for i, b in enumerate(bodies):
        assert idx.add(i, b) == []
    assert idx.add("copy", bodies[10][:-3] + "다.") == [10]
    assert idx.query(bodies[4400]) == [4400]


# -- the body that is signed ------------------------------------------------------------------


def test_signed_body_is_the_seed_article(seeds: dict[str, str]) -> None:
    # The lines signed are the lines clean() keeps (clean also drops the repeats).
    for text in seeds.values():
        assert set(_article_lines(text)) == set(clean(text).split("\n"))


def test_signed_body_ends_at_the_copyright_line() -> None:
    page = _page(STORY_A, site="예시일보", reporter="홍길동", city="광주")
    page += "\n" + "\n".join(
        [
            "· 광주시 인공지능 산업 육성 계획 발표…첨단3지구 데이터센터 조성",
            "· 전남도 벼 수매가 3% 인상 농민단체는 추가 지원 요구",
            "시는 다음 달 시민 공청회를 열어 세부 내용을 확정할 예정이다.…",
            "3 해운대 오피스텔 화재로 주민 30여 명 대피 소방당국 1시간 만에 진화",
        ]
    )
    body = _article_lines(page)
    assert body[1:] == STORY_A.split("\n")[1:]  # the lede carries the dateline credit
    assert body[0].endswith(STORY_A.split("\n")[0])
    assert clean(page).split("\n") == body


def test_signed_body_skips_short_lines_past_the_last_sentence() -> None:
    # Nothing after the last line that could be prose is kept, so short list lines there
    # are not classified; a comments header before prose is, and keeps the comments out.
    page = _page(STORY_A, site="예시일보", reporter="홍길동", city="광주")
    body = _article_lines(page)
    assert body == _article_lines(page + "\n많이 본 뉴스\n1 속보\n2 단독")
    comments = "\n".join(
        ["댓글 2", "좋은 기사 잘 읽었습니다. 감사합니다.", "저도 같은 생각입니다. 응원합니다."]
    )
    assert _article_lines(page + "\n" + comments) == body


def test_a_headline_repeated_below_the_notice_still_names_the_title() -> None:
    # The title rule takes a headline repeated further down (a most-read list) as
    # evidence; the lines past the notice are not classified, but that evidence stays.
    headline = "광주시, AI 중심도시 선언하고 데이터센터 유치 나서"
    lede = "광주시는 14일 시청에서 인공지능 산업 육성 계획을 발표했다. 시는 데이터센터를 짓는다."
    page = "\n".join(
        [
            "뉴스 홈",
            "속보 광주 전남 소식 전하는 지역 언론사 메뉴",
            headline,
            lede,
            "저작권자 © 예시일보 무단전재 및 재배포 금지",
            "많이 본 뉴스",
            headline,
            "전남도 벼 수매가 3% 인상 결정 농민 반발 이어져",
        ]
    )
    assert _article_lines(page) == [headline, lede] == clean(page).split("\n")


def test_a_photo_mark_does_not_end_a_broadcast_script() -> None:
    # A script's lines break mid-sentence; only a copyright notice ends the article.
    script = [
        "시는 2030년까지",
        "1조 2천억 원을 들여",
        "첨단3지구에 데이터센터와",
        "실증단지를 조성합니다.",
        "강 시장은 지역 기업이",
        "성장할 수 있도록 규제를",
        "풀고 인재를 키우겠다고",
        "말했습니다.",
        "시는 다음 달 공청회를",
        "열어 세부 내용을",
        "확정할 예정입니다.",
    ]
    lede = "광주시가 오늘 인공지능 산업 육성 계획을 발표했습니다."
    page = "\n".join(["[앵커]", lede, "ⓒ KBS", *script, "KBS 뉴스 홍길동입니다."])
    assert _article_lines(page) == [lede, *script] == clean(page).split("\n")


def test_signed_body_resumes_after_a_notice_inside_the_article() -> None:
    # A notice under a photo, then the article's sentences go on: they are given back.
    first, *rest = STORY_A.split("\n")
    notice = "저작권자 © 예시일보 무단전재 및 재배포 금지"
    for mark in ("ⓒ예시일보", notice):
        page = "\n".join(
            [first, mark, *rest, "관련기사", "· 광주시 인공지능 산업 육성 계획 발표", notice]
        )
        assert _article_lines(page) == STORY_A.split("\n") == clean(page).split("\n")


# -- batch clustering --------------------------------------------------------------------------


def test_cluster_order_is_input_order() -> None:
    items = [
        ("x1", STORY_B),
        ("y1", STORY_C),
        ("x2", _edit(STORY_A)),
        ("y2", STORY_C + "\n경찰은 관리인을 불러 조사할 계획이다."),
        ("x3", STORY_A),
        ("z", STORY_B.replace("3%", "4%")),
    ]
    expected = [["x1", "z"], ["y1", "y2"], ["x2", "x3"]]
    assert find_duplicates(items, clean=False) == expected
    assert find_duplicates(list(reversed(items)), clean=False) == [
        ["z", "x1"],
        ["x3", "x2"],
        ["y2", "y1"],
    ]
    assert find_duplicates(iter(items), clean=False) == expected  # any iterable


def test_components_join_transitive_copies() -> None:
    # a~b and b~c, while a and c alone are far apart: one cluster.
    a = STORY_A
    b = STORY_A + "\n" + STORY_B
    c = STORY_B
    assert find_duplicates([("a", a), ("c", c)], 0.3, clean=False) == []
    assert find_duplicates([("a", a), ("b", b), ("c", c)], 0.3, clean=False) == [["a", "b", "c"]]


def test_nothing_repeats() -> None:
    assert find_duplicates([]) == []
    assert find_duplicates([("a", STORY_A), ("b", STORY_B), ("c", STORY_C)]) == []


def test_empty_documents_are_never_duplicates() -> None:
    items = [("a", ""), ("b", "   \n\n"), ("c", "※ ▶ …"), ("d", STORY_A), ("e", STORY_A)]
    assert find_duplicates(items, clean=False) == [["d", "e"]]


def test_duplicate_key_in_batch_is_refused() -> None:
    with pytest.raises(ValueError, match="already in the index"):
        find_duplicates([("a", STORY_A), ("a", STORY_B)])


# -- options -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"threshold": 0}, r"threshold must be in \(0, 1\]"),
        ({"threshold": 1.5}, r"threshold must be in \(0, 1\]"),
        ({"threshold": "0.5"}, "threshold must be a number"),
        ({"num_perm": 4}, r"num_perm must be an integer in \[8, 1024\]"),
        ({"num_perm": 128.0}, "num_perm must be an integer"),
        ({"ngram": 0}, r"ngram must be an integer in \[1, 32\]"),
        ({"bands": 0}, r"bands must be an integer in \[1, 128\]"),
        ({"bands": 30}, r"bands must divide num_perm=128: one of \[1, 2, 4, 8, 16, 32, 64, 128\]"),
        ({"seed": -1}, "seed must be an integer"),
        ({"min_chars": -1}, "min_chars must be an integer"),
        ({"clean": "yes"}, "clean must be True or False"),
    ],
)
def test_bad_options_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        NearDuplicateIndex(**kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        find_duplicates([], **kwargs)  # type: ignore[arg-type]


def test_bands_are_chosen_for_the_threshold() -> None:
    assert NearDuplicateIndex(0.5, bands=None).options["bands"] == 32
    assert NearDuplicateIndex(0.8, bands=None).options["bands"] == 16
    assert NearDuplicateIndex(0.5).options == {
        "threshold": 0.5,
        "num_perm": 128,
        "ngram": 5,
        "bands": 32,
        "seed": 1,
        "min_chars": 30,
        "clean": True,
    }


def test_stricter_threshold_drops_heavier_edits() -> None:
    heavy = "\n".join(STORY_A.split("\n")[:2])  # half the story
    assert find_duplicates([("a", STORY_A), ("h", heavy)], 0.5, clean=False) == [["a", "h"]]
    assert find_duplicates([("a", STORY_A), ("h", heavy)], 0.9, clean=False) == []


# -- save / load -------------------------------------------------------------------------------


def test_save_load_round_trip(tmp_path: Path) -> None:
    idx = NearDuplicateIndex(0.6, num_perm=64, bands=16, clean=False)
    idx.add("a", STORY_A)
    idx.add(7, STORY_B)
    idx.add("a-copy", STORY_A)
    idx.add("short", "속보")
    idx.add("empty", "")
    path = tmp_path / "index.npz"
    idx.save(path)
    back = NearDuplicateIndex.load(path)
    assert len(back) == 5 and 7 in back and "a-copy" in back
    assert back.options == idx.options
    assert back.query(STORY_A) == ["a", "a-copy"]
    assert back.query("속보") == ["short"]
    assert back.add("b-copy", _edit(STORY_B)) == [7]
    assert back.add("a-edit", _edit(STORY_A)) == ["a", "a-copy"]
    assert idx.query(_edit(STORY_B)) == [7]  # the original is untouched


def test_saved_file_is_numpy_arrays_and_json(tmp_path: Path) -> None:
    idx = NearDuplicateIndex(clean=False)
    idx.add("a", STORY_A)
    path = tmp_path / "index.npz"
    idx.save(path)
    with np.load(path, allow_pickle=False) as z:  # loads without pickle
        header = json.loads(bytes(z["header"]).decode("utf-8"))
        assert z["sigs"].dtype == np.uint32 and z["sigs"].shape == (1, 128)
    assert header["format"] == "kornews.NearDuplicateIndex"
    assert header["spec_version"] == SPEC_VERSION
    assert header["keys"] == ["a"]


def test_save_refuses_keys_json_cannot_keep(tmp_path: Path) -> None:
    idx = NearDuplicateIndex(clean=False)
    idx.add(("tuple", 1), STORY_A)
    with pytest.raises(TypeError, match="str or int keys"):
        idx.save(tmp_path / "x.npz")


def test_load_refuses_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    np.savez(bad, header=np.frombuffer(b'{"format": "other"}', np.uint8))
    with pytest.raises(ValueError, match="not a saved NearDuplicateIndex"):
        NearDuplicateIndex.load(bad)
    idx = NearDuplicateIndex(clean=False)
    idx.add("a", STORY_A)
    good = tmp_path / "good.npz"
    idx.save(good)
    with np.load(good, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    header = json.loads(bytes(arrays["header"]).decode("utf-8"))
    header["spec_version"] = SPEC_VERSION + 1
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), np.uint8)
    future = tmp_path / "future.npz"
    np.savez(future, **arrays)
    with pytest.raises(ValueError, match="rebuild the index"):
        NearDuplicateIndex.load(future)


# -- the signature spec ------------------------------------------------------------------------


def test_normalisation() -> None:
    assert normalize_for_dedup("Ａ Ｂ, 광주 시청!") == "ab광주시청"
    assert normalize_for_dedup("😀 광주 𝐀") == "광주a"  # astral: emoji dropped, math A folded
    assert normalize_for_dedup("") == ""


def test_signatures_are_pinned() -> None:
    # The spec is a contract shared with saved indexes and Spark workers: a change here
    # needs a new SPEC_VERSION.
    idx = NearDuplicateIndex(clean=False)
    kind, ekey, sig, bkeys = idx._prepare(STORY_A)
    assert sig is not None and bkeys is not None
    assert kind == 2 and ekey == 0xD4A80B4962283882
    assert (int(sig[0]), int(sig[1]), int(sig[127])) == (3059234, 11532265, 144912411)
    assert int(bkeys[0]) == 12921962767430669969


def test_estimate_tracks_exact_jaccard() -> None:
    rng = random.Random(3)
    syll = [chr(0xAC00 + i) for i in range(0, 11172, 3)]
    base = "".join(rng.choice(syll) for _ in range(600))
    idx = NearDuplicateIndex(clean=False)
    spec = idx._spec
    for cut in (100, 250, 400):
        other = base[cut:] + "".join(rng.choice(syll) for _ in range(cut))
        a = {base[i : i + 5] for i in range(len(base) - 4)}
        b = {other[i : i + 5] for i in range(len(other) - 4)}
        exact = len(a & b) / len(a | b)
        sa = spec.signature(np.frombuffer(base.encode("utf-32-le"), np.uint32))
        sb = spec.signature(np.frombuffer(other.encode("utf-32-le"), np.uint32))
        estimate = float(np.mean(sa == sb))
        assert abs(estimate - exact) < 0.13, (cut, exact, estimate)


# -- odd input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "기자 " * 100_000,
        "가" * 1_000_000,
        bytes(random.Random(1).randrange(256) for _ in range(200_000)).decode("latin-1"),
        "\ud800 lone surrogate 광주",
        "\x00\x01\x02 제어문자",
    ],
    ids=["empty", "newlines", "reporter-x100k", "1MB-line", "latin1-junk", "surrogate", "control"],
)
def test_odd_input_does_not_crash(text: str) -> None:
    idx = NearDuplicateIndex()
    assert idx.add("x", text) == []
    assert idx.query(text) in (["x"], [])
    raw = NearDuplicateIndex(clean=False)
    raw.add("x", text)
    assert raw.add("y", text) == (["x"] if normalize_for_dedup(text) else [])


@given(st.lists(st.text(alphabet="광주시청가나다 0123456789.\n", max_size=80), max_size=12))
def test_query_before_add_equals_add(texts: list[str]) -> None:
    idx = NearDuplicateIndex(clean=False, min_chars=5)
    for i, t in enumerate(texts):
        expected = idx.query(t)
        assert idx.add(i, t) == expected
        assert all(isinstance(k, int) and k < i for k in expected)


def test_workers_give_the_same_clusters() -> None:
    items = [(i, body) for i, body in enumerate([STORY_A, STORY_B, _edit(STORY_A), STORY_C] * 3)]
    assert find_duplicates(items, clean=False, workers=2) == find_duplicates(items, clean=False)
    assert find_duplicates(items, clean=False, workers=2) == [
        [0, 2, 4, 6, 8, 10],
        [1, 5, 9],
        [3, 7, 11],
    ]
    assert find_duplicates(items, clean=False, workers=0) == find_duplicates(items, clean=False)
    for bad in (-1, 1.5, True, "2"):
        with pytest.raises(ValueError, match="workers must be an integer in \\[0, 1024\\]"):
            find_duplicates(items, workers=bad)  # type: ignore[arg-type]


def test_add_many_is_add_in_turn() -> None:
    pages = [
        _page(STORY_A, site="예시일보", reporter="홍길동", city="광주"),
        _page(STORY_B, site="예시일보", reporter="홍길동", city="무안"),
        _page(_edit(STORY_A), site="샘플신문", reporter="김철수", city="광주"),
        "",
        _page(STORY_C, site="보기뉴스", reporter="이영희", city="부산"),
        _page(STORY_A, site="보기뉴스", reporter="이영희", city="광주"),
    ]
    items = [(f"{i}-{j}", p) for i in range(50) for j, p in enumerate(pages)]  # several chunks
    one = NearDuplicateIndex()
    expected = [(key, one.add(key, text)) for key, text in items]
    for workers in (1, 2):
        idx = NearDuplicateIndex()
        assert list(idx.add_many(items, workers=workers)) == expected
        assert len(idx) == len(items)
        assert idx.query(pages[2]) == one.query(pages[2])
    assert expected[5] == ("0-5", ["0-0", "0-2"])  # best first: the verbatim copy, then the edit


def test_add_many_survives_a_save_between_results(tmp_path: Path) -> None:
    # Saving merges the insert buffer: the rest of the chunk must still see its elders.
    idx = NearDuplicateIndex(clean=False)
    out = []
    for key, earlier in idx.add_many([("a", STORY_A), ("b", STORY_B), ("c", _edit(STORY_A))]):
        out.append((key, earlier))
        idx.save(tmp_path / "idx.npz")
    assert out == [("a", []), ("b", []), ("c", ["a"])]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_add_many_stops_where_add_in_turn_would(workers: int) -> None:
    # Whichever process prepares which chunk, the documents before a bad item are in.
    bodies = [f"{i}번 문서. " + STORY_A for i in range(700)]

    def failing() -> Iterator[tuple[int, str]]:
        for i, body in enumerate(bodies):
            if i == 500:
                raise OSError("the crawl's connection dropped")
            yield i, body

    idx = NearDuplicateIndex(clean=False)
    bad: list[tuple[int, object]] = [(i, b) for i, b in enumerate(bodies)]
    bad[500] = (500, b"bytes")
    with pytest.raises(TypeError):
        list(idx.add_many(bad, workers=workers))  # type: ignore[arg-type]
    assert len(idx) == 500
    idx = NearDuplicateIndex(clean=False)
    with pytest.raises(OSError, match="connection dropped"):
        list(idx.add_many(failing(), workers=workers))
    assert len(idx) == 500


def test_add_many_checks_its_options_at_once() -> None:
    idx = NearDuplicateIndex()
    with pytest.raises(ValueError, match="workers must be an integer"):
        idx.add_many([], workers=-2)
    added = idx.add_many([("a", STORY_A)])
    assert len(idx) == 0  # nothing is inserted before the results are asked for
    assert list(added) == [("a", [])] and len(idx) == 1
    with pytest.raises(ValueError, match="already in the index"):
        list(idx.add_many([("b", STORY_B), ("a", STORY_C)]))
    with pytest.raises(TypeError):
        list(idx.add_many([("c", b"bytes")]))  # type: ignore[list-item]


def test_long_texts_are_signed_in_blocks_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kornews.dedup as kd

    rng = random.Random(11)
    syll = [chr(0xAC00 + i) for i in range(11172)]
    text = "".join(rng.choice(syll) for _ in range(3 * kd._BLOCK))
    cp = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    spec = NearDuplicateIndex(clean=False)._spec
    blocked = spec.signature(cp)
    monkeypatch.setattr(kd, "_BLOCK", 10**9)
    assert (spec.signature(cp) == blocked).all()


def test_every_entry_point_has_the_same_defaults() -> None:
    # The keyword signatures are public and written out in each entry point; they must
    # agree, or the Spark path would cluster differently from find_duplicates.
    import inspect

    from kornews import spark
    from kornews.dedup import NearDuplicateIndex

    def defaults(fn: object) -> dict[str, object]:
        params = inspect.signature(fn).parameters.values()  # type: ignore[arg-type]
        return {p.name: p.default for p in params if p.default is not inspect.Parameter.empty}

    shared = ("threshold", "num_perm", "ngram", "bands", "seed", "min_chars", "clean")
    reference = {k: defaults(find_duplicates)[k] for k in shared}
    for fn in (NearDuplicateIndex, spark.find_duplicates_spark, spark.cluster_ids_spark):
        assert {k: defaults(fn)[k] for k in shared} == reference, fn
