"""Tests of the scoring in benchmarks/evaluate.py, on tiny synthetic documents written here.

The harness is exercised with small fake implementations of the kornews functions, so
these tests pin what each figure means independently of how good the real functions are.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
import types
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str) -> types.ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))  # for their `from _common import ...`
    spec = importlib.util.spec_from_file_location(f"kornews_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


ev = _load("evaluate")
common = _load("_common")

SEOUL = dt.timezone(dt.timedelta(hours=9))


# --------------------------------------------------------------------------- fakes


@dataclass(frozen=True)
class FLine:
    label: str
    reason: str = "fake"


@dataclass(frozen=True)
class FMoney:
    start: int
    end: int
    text: str
    value: Decimal
    currency: str


@dataclass(frozen=True)
class FDate:
    start: int
    end: int
    text: str
    value: dt.date | dt.datetime | None
    grain: str = "day"


@dataclass(frozen=True)
class FByline:
    name: str | None
    email: str | None = None
    kind: str = "author"


@dataclass(frozen=True)
class FArticle:
    title: str | None
    published: dt.date | dt.datetime | None


TEXT = "\n".join(
    [
        "홈 | 정치 | 경제",  # 0 boilerplate
        "시청, 예산 3조6616억원 편성",  # 1 title
        "",  # 2 empty
        "시는 12일 예산 3조6616억원을 편성했다고 밝혔다.",  # 3 body
        "총 100억~200억원 규모다.",  # 4 body
        "/홍길동 기자 hong@example.com",  # 5 byline
        "많이 본 뉴스 5억원 당첨",  # 6 boilerplate (money here is not gold)
    ]
)
LABELS = ["boilerplate", "title", "empty", "body", "body", "byline", "boilerplate"]


def make_doc(**gold: Any) -> Any:
    g: dict[str, Any] = {
        "repaired_text": None,
        "reference_date": "2025-04-14",
        "title": "시청, 예산 3조6616억원 편성",
        "published": None,
        "lines": LABELS,
        "bylines": [],
        "money": [],
        "dates": [],
    }
    g.update(gold)
    return ev.Doc.from_json({"id": "t-1", "text": TEXT, "gold": g})


def span(sub: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


# --------------------------------------------------------------------------- primitives


def test_prf_figures() -> None:
    p = ev.PRF(tp=8, fp=2, fn=0)
    assert p.precision == 0.8 and p.recall == 1.0
    assert p.f1 == pytest.approx(16 / 18)
    assert ev.PRF(0, 0, 0).f1 == 1.0
    assert ev.PRF(0, 3, 0).precision == 0.0
    assert ev.PRF(1, 0, 1) + ev.PRF(1, 1, 0) == ev.PRF(2, 1, 1)


def test_locate_searches_in_order_after_previous() -> None:
    text = "100억~200억원, 다시 100억원"
    assert ev.locate(text, ["100억", "200억원", "100억원"]) == [0, 5, 15]
    assert ev.locate(text, ["없음"]) == [None]
    # occurrences the predicate rejects are skipped when a later one qualifies
    assert ev.locate(text, ["100억"], lambda i: i > 0) == [15]
    assert ev.locate(text, ["100억"]) == [0]
    assert ev.locate("5억원", ["5억원"], lambda i: False) == [0]


def test_greedy_match_is_one_to_one() -> None:
    gold = [(0, 5), (3, 8)]
    pred = [(2, 6)]
    prf, assigned = ev.greedy_match(gold, pred)
    assert assigned == [0, None]
    assert prf == ev.PRF(1, 0, 1)
    # touching spans do not overlap
    prf, _ = ev.greedy_match([(0, 5)], [(5, 9)])
    assert prf == ev.PRF(0, 1, 1)
    # only allowed pairs match; the first allowed prediction wins
    prf, assigned = ev.greedy_match([(0, 5)], [(0, 5), (1, 4)], {(0, 1)})
    assert assigned == [1] and prf == ev.PRF(1, 1, 0)


def test_date_value_at_gold_grain() -> None:
    d = dt.date(2025, 4, 14)
    t = dt.datetime(2025, 4, 14, 20, 25, tzinfo=SEOUL)
    assert ev.date_value_matches(d, "2025-04-14", "day")
    assert ev.date_value_matches(t, "2025-04-14", "day")
    assert ev.date_value_matches(d, "2025", "year")
    assert ev.date_value_matches(d, "2025-04", "month")
    assert not ev.date_value_matches(d, "2025-04-15", "day")
    assert ev.date_value_matches(t, "2025-04-14T20:25", "minute")
    assert not ev.date_value_matches(t, "2025-04-14T20:26", "minute")
    assert ev.date_value_matches(t, "2025-04-14T20:00", "hour")
    assert not ev.date_value_matches(d, "2025-04-14T20:00", "hour")  # a date has no hour
    assert ev.date_value_matches(None, None, "day")
    assert not ev.date_value_matches(d, None, "day")  # gold says unresolvable
    assert not ev.date_value_matches(None, "2025-04-14", "day")


def test_published_at_gold_precision() -> None:
    t = dt.datetime(2023, 7, 9, 17, 36, tzinfo=SEOUL)
    assert ev.published_matches(t, "2023-07-09")
    assert ev.published_matches(dt.date(2023, 7, 9), "2023-07-09")
    assert ev.published_matches(t, "2023-07-09T17:36")
    assert not ev.published_matches(dt.date(2023, 7, 9), "2023-07-09T17:36")
    assert not ev.published_matches(t, "2023-07-09T17:35")
    assert not ev.published_matches(None, "2023-07-09")


def test_similarity() -> None:
    assert ev.similarity("지원단은", "지원단은") == 1.0
    assert ev.similarity("지원단은", "지원단") == pytest.approx(6 / 7)


# --------------------------------------------------------------------------- tasks


def run(doc: Any, **funcs: Any) -> dict[str, Any]:
    full = {t: funcs.get(t) for t in ev.TASKS}
    return ev.evaluate([doc], full)  # type: ignore[no-any-return]


def test_missing_tasks_are_missing_not_zero() -> None:
    res = run(make_doc())
    assert all(r.status == "missing" for r in res.values())
    assert ev.flat_figures(res) == {}


def test_lines_scores_body_and_labels() -> None:
    pred = list(LABELS)
    pred[4] = "caption"  # one body line lost
    pred[0] = "body"  # one boilerplate line kept as body
    res = run(make_doc(), lines=lambda text: [FLine(p) for p in pred])["lines"]
    f = res.figures
    assert f["body_precision"] == 0.5 and f["body_recall"] == 0.5 and f["body_f1"] == 0.5
    assert f["accuracy"] == pytest.approx(5 / 7)
    assert f["f1.title"] == 1.0 and f["f1.caption"] == 0.0
    assert f["f1.boilerplate"] == pytest.approx(2 / 3)
    assert res.counts["lines"] == 7
    assert any("L4: gold=body pred=caption" in n for n in res.notes)


def test_lines_use_the_repair_only_when_line_count_fits() -> None:
    seen: list[str] = []

    def classify(text: str) -> list[FLine]:
        seen.append(text)
        return [FLine(lab) for lab in LABELS]

    doc = make_doc()
    ev.evaluate([doc], {"encoding": lambda t: t.upper(), "lines": classify})
    assert seen == [TEXT.upper()]
    seen.clear()
    ev.evaluate([doc], {"encoding": lambda t: t.replace("\n", " "), "lines": classify})
    assert seen == [TEXT]


def test_lines_crash_is_an_error_not_a_stop() -> None:
    def boom(text: str) -> list[FLine]:
        raise RuntimeError("bad")

    res = run(make_doc(), lines=boom)["lines"]
    assert res.errors and res.figures["accuracy"] == 0.0


def test_encoding_similarity_and_unchanged() -> None:
    mojibake = ev.Doc.from_json(
        {
            "id": "m",
            "text": "Áö¿ø´ÜÀº",
            "gold": {"repaired_text": "지원단은", "lines": ["body"]},
        }
    )
    clean = make_doc()
    fixes = {"Áö¿ø´ÜÀº": "지원단", TEXT: TEXT}
    res = ev.evaluate([mojibake, clean], {"encoding": lambda t: fixes[t]})["encoding"]
    assert res.figures["similarity"] == pytest.approx(6 / 7)
    assert res.figures["unchanged"] == 1.0
    res = ev.evaluate([mojibake, clean], {"encoding": lambda t: t + "x"})["encoding"]
    assert res.figures["unchanged"] == 0.0


def money_gold() -> list[dict[str, Any]]:
    return [
        {"surface": "3조6616억원", "value": "3661600000000", "currency": "KRW", "approx": False},
        {"surface": "3조6616억원", "value": "3661600000000", "currency": "KRW", "approx": False},
        {"surface": "100억", "value": "10000000000", "currency": "KRW", "approx": False},
        {"surface": "200억원", "value": "20000000000", "currency": "KRW", "approx": False},
    ]


def money_pred(text: str, surface: str, nth: int, value: str, cur: str = "KRW") -> FMoney:
    s, e = span(surface, nth, text)
    return FMoney(s, e, surface, Decimal(value), cur)


def test_money_value_and_surface() -> None:
    def find(text: str) -> list[FMoney]:
        return [
            money_pred(text, "3조6616억원", 0, "3661600000000"),
            # span overlaps but is shorter: right value, wrong surface
            money_pred(text, "3조6616억", 1, "3661600000000"),
            # a range end read without its unit: overlap, wrong value
            money_pred(text, "100억", 0, "100"),
            money_pred(text, "200억원", 0, "20000000000", "USD"),  # wrong currency
            money_pred(text, "5억원", 0, "500000000"),  # on a boilerplate line: ignored
        ]

    res = run(make_doc(money=money_gold()), money=find)["money"]
    f = res.figures
    assert res.counts["predicted"] == 4 and res.counts["gold"] == 4
    assert f["value_precision"] == 0.5 and f["value_recall"] == 0.5
    assert f["surface_precision"] == 0.75 and f["surface_recall"] == 0.75
    assert any("missed '100억'" in n for n in res.notes)


def test_money_value_compares_decimals() -> None:
    def find(text: str) -> list[FMoney]:
        s, e = span("3조6616억원")
        return [FMoney(s, e, "3조6616억원", Decimal("3.6616E+12"), "KRW")]

    res = run(make_doc(money=money_gold()[:1]), money=find)["money"]
    assert res.figures["value_f1"] == 1.0


def date_gold() -> list[dict[str, Any]]:
    return [{"surface": "12일", "value": "2025-04-12", "grain": "day"}]


def test_dates_found_and_resolved() -> None:
    s, e = span("12일")

    def wrong(text: str, reference: dt.date | None = None) -> list[FDate]:
        return [FDate(s, e, "12일", dt.date(2025, 5, 12))]

    def right(text: str, reference: dt.date | None = None) -> list[FDate]:
        assert reference == dt.date(2025, 4, 14)
        return [FDate(s, e + 1, "12일 ", dt.date(2025, 4, 12))]

    res = run(make_doc(dates=date_gold()), dates=wrong)["dates"]
    assert res.figures["found_f1"] == 1.0 and res.figures["resolved_f1"] == 0.0
    res = run(make_doc(dates=date_gold()), dates=right)["dates"]
    assert res.figures["resolved_f1"] == 1.0


def test_dates_gold_null_needs_a_declined_value() -> None:
    s, e = span("12일")
    gold = [{"surface": "12일", "value": None, "grain": "day"}]

    def declines(text: str, reference: dt.date | None = None) -> list[FDate]:
        assert reference is None
        return [FDate(s, e, "12일", None)]

    res = run(make_doc(dates=gold, reference_date=None), dates=declines)["dates"]
    assert res.figures["resolved_f1"] == 1.0


def test_bylines_by_name_and_email() -> None:
    gold = [
        {
            "name": "홍길동",
            "role": "기자",
            "email": "hong@example.com",
            "agency": None,
            "dateline": None,
        },
        {"name": "김철수", "role": "사진기자", "email": None, "agency": None, "dateline": None},
    ]

    def find(text: str) -> list[FByline]:
        return [
            FByline("홍길동"),
            FByline("홍길동", "hong@example.com"),  # duplicate name: first e-mail given wins
            FByline("김철수", kind="photo"),
            FByline("광주광역시", kind="source"),  # not an author: ignored
            FByline(None),
            FByline("이영희"),  # not in gold
        ]

    res = run(make_doc(bylines=gold), bylines=find)["bylines"]
    assert res.figures["name_precision"] == pytest.approx(2 / 3)
    assert res.figures["name_recall"] == 1.0
    assert res.figures["name_email_f1"] == pytest.approx(0.8)


def test_extract_title_and_published() -> None:
    art = FArticle(" 시청, 예산 3조6616억원 편성 ", dt.datetime(2025, 4, 14, 9, 5, tzinfo=SEOUL))
    res = run(make_doc(published="2025-04-14T09:05"), extract=lambda t: art)["extract"]
    assert res.figures["title_exact"] == 1.0 and res.figures["published_exact"] == 1.0
    res = run(make_doc(title=None, published="2025-04-14T09:06"), extract=lambda t: art)["extract"]
    assert res.counts["false_titles"] == 1 and res.figures["false_title_rate"] == 1.0
    assert res.figures["published_exact"] == 0.0


# --------------------------------------------------------------------------- floors


def results_with(**figs: float) -> dict[str, Any]:
    out: dict[str, Any] = {t: ev.TaskResult(status="missing") for t in ev.TASKS}
    for name, v in figs.items():
        task, fig = name.split("__")
        out[task].status = "ok"
        out[task].figures[fig] = v
    return out


def test_check_floors() -> None:
    floors = ev.Floors({"lines.body_f1": 0.98, "money.value_f1": 0.99}, ["money"], [], {})
    fails, _ = ev.check_floors(results_with(lines__body_f1=0.97), floors)
    assert fails == ["lines.body_f1 0.9700 < floor 0.9800"]
    fails, _ = ev.check_floors(results_with(lines__body_f1=0.98), floors)
    assert fails == []
    fails, _ = ev.check_floors(results_with(lines__body_f1=0.99), floors, require_all=True)
    assert len(fails) == 1 and "money is missing" in fails[0]
    floors.optional.clear()
    fails, _ = ev.check_floors(results_with(lines__body_f1=0.99), floors)
    assert len(fails) == 1
    floors.advisory.append("lines")
    fails, warns = ev.check_floors(results_with(lines__body_f1=0.5, money__value_f1=1.0), floors)
    assert fails == [] and len(warns) == 1


def test_check_fails_on_errors() -> None:
    res = results_with(lines__body_f1=1.0)
    res["lines"].errors.append("t-1: RuntimeError: bad")
    fails, _ = ev.check_floors(res, ev.Floors({}, [], [], {}))
    assert len(fails) == 1 and "RuntimeError" in fails[0]


def test_update_floors_never_lowers_without_flag() -> None:
    floors = ev.Floors({"lines.body_f1": 0.98, "lines.accuracy": 0.93}, [], [], {})
    res = results_with(lines__body_f1=0.9951, lines__accuracy=0.90, lines__body_recall=1.0)
    new, msgs = ev.updated_floors(res, floors)
    assert new.floors == {"lines.body_f1": 0.990, "lines.accuracy": 0.93}
    assert any(m.startswith("REGRESSION lines.accuracy") for m in msgs)
    new, _ = ev.updated_floors(res, floors, allow_lower=True)
    assert new.floors["lines.accuracy"] == 0.895
    new, _ = ev.updated_floors(res, floors, all_figures=True)
    assert new.floors["lines.body_recall"] == 0.995
    # a floor of 1.0 is not lowered by the noise margin
    new, msgs = ev.updated_floors(
        results_with(encoding__unchanged=1.0), ev.Floors({"encoding.unchanged": 1.0}, [], [], {})
    )
    assert new.floors == {"encoding.unchanged": 1.0} and msgs == []


def test_floors_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    ev.Floors({"b.x": 0.5, "a.y": 1.0}, ["b"], [], {"_doc": "d"}).dump(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data["floors"]) == ["a.y", "b.x"] and data["_doc"] == "d"
    assert ev.Floors.load(path).optional == ["b"]


def test_shipped_floors_name_real_figures() -> None:
    floors = ev.Floors.load(BENCH / "floors.json")
    doc = make_doc()
    funcs: dict[str, Any] = {
        "encoding": lambda t: t,
        "lines": lambda t: [FLine(lab) for lab in LABELS],
        "money": lambda t: [],
        "dates": lambda t, reference=None: [],
        "bylines": lambda t: [],
        "extract": lambda t: FArticle(None, None),
    }
    figs = ev.flat_figures(ev.evaluate([doc], funcs))
    assert set(floors.floors) <= set(figs)


# --------------------------------------------------------------------------- CLI


def test_cli_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    g = {
        "repaired_text": None,
        "reference_date": None,
        "title": None,
        "published": None,
        "lines": LABELS,
        "bylines": [],
        "money": [],
        "dates": [],
    }
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"id": "x", "text": TEXT, "gold": g}) + "\n", encoding="utf-8")
    floors = tmp_path / "floors.json"
    ev.Floors({"lines.body_f1": 0.98}, [], [], {}).dump(floors)

    import kornews

    monkeypatch.delenv("KORNEWS_EVAL_SUBMODULES", raising=False)
    monkeypatch.setattr(
        kornews, "classify_lines", lambda t: [FLine(lab) for lab in LABELS], raising=False
    )
    for name in ("repair_encoding", "find_money", "find_dates", "find_bylines", "extract"):
        monkeypatch.setattr(kornews, name, None, raising=False)  # not callable: missing
    assert ev.main([str(data), "--check", str(floors)]) == 0
    out = capsys.readouterr().out
    assert "lines     body P 1.000 R 1.000 F1 1.000" in out
    assert "money     missing" in out
    assert len(out.splitlines()) <= 25

    assert ev.main([str(data), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["figures"]["lines.body_f1"] == 1.0
    assert payload["tasks"]["money"]["status"] == "missing"

    # a missing task with a floor fails unless optional
    ev.Floors({"money.value_f1": 0.99}, [], [], {}).dump(floors)
    assert ev.main([str(data), "--check", str(floors)]) == 1
    ev.Floors({"money.value_f1": 0.99}, ["money"], [], {}).dump(floors)
    assert ev.main([str(data), "--check", str(floors)]) == 0
    assert ev.main([str(data), "--check", str(floors), "--require-all"]) == 1
    capsys.readouterr()


# --------------------------------------------------------------------------- _common


def test_repeat_to_mb() -> None:
    out = common.repeat_to_mb(["가나다", "ab"], 0.00002)  # 20 bytes
    assert out[:3] == ["가나다", "ab", "가나다"]
    assert common.utf8_size(out) >= 20
    assert common.utf8_size(out[:-1]) < 20
    with pytest.raises(ValueError):
        common.repeat_to_mb([""], 1)


def test_format_table() -> None:
    table = common.format_table(["fn", "MB/s"], [["classify_lines", 5.25], ["clean", None]])
    assert table.splitlines() == [
        "fn               MB/s",
        "--------------  -----",
        "classify_lines  5.250",
        "clean               -",
    ]


def test_median_time_and_peak() -> None:
    calls: list[int] = []
    t = common.median_time(lambda: calls.append(1), runs=3)
    assert t >= 0 and len(calls) == 4  # one warm-up
    assert common.peak_traced_bytes(lambda: bytearray(200_000)) >= 200_000


def test_speed_bench_reports_throughput() -> None:
    speed = _load("speed")
    seen: list[str] = []
    row = speed.bench(seen.append, ["가나다라", "abc"], 0.0001, runs=2, memory=True)
    assert row["mb"] >= 0.0001 and row["docs"] == len(seen) // 3  # warm-up + 2 runs
    assert row["mb_per_s"] > 0 and row["docs_per_s"] > 0
    assert row["peak_bytes"] >= 0


def test_resolve_api_reports_a_broken_lazy_export(monkeypatch: pytest.MonkeyPatch) -> None:
    import kornews

    def broken(name: str) -> object:
        raise ModuleNotFoundError("No module named 'kornews.nothing'")

    monkeypatch.setattr(kornews, "find_nothing", len, raising=False)
    assert common.resolve_api("find_nothing") == (len, "kornews")
    monkeypatch.delattr(kornews, "find_nothing")
    monkeypatch.setattr(kornews, "__getattr__", broken, raising=False)
    fn, why = common.resolve_api("find_nothing")
    assert fn is None and "kornews.nothing" in why


def test_cli_without_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORNEWS_EVAL_DIR", str(tmp_path))
    assert ev.main(["--check", "--if-present"]) == 0
    with pytest.raises(SystemExit) as exc:
        ev.main(["--check"])
    assert exc.value.code == 2
