"""Tests of the ``kornews`` command line: in-process through ``main()``, plus real subprocesses."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kornews
from kornews import cli
from kornews.cli import main, to_jsonable

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_001 = SEEDS / "001_3606a09aa6ae8308.txt"
SEED_002 = SEEDS / "002_63cb6d787270aa92.txt"
COMMANDS = ("clean", "extract", "money", "dates", "bylines", "dedup")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def record(**fields: Any) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


# --------------------------------------------------------------------------- basics


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"kornews {kornews.__version__}"


def test_help_shows_examples_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "examples:" in out
    for command in COMMANDS:
        assert command in out
        code, out_sub, _ = run(capsys, command, "--help")
        assert code == 0
        assert "examples:" in out_sub
        assert f"kornews {command} " in out_sub


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        [],
        ["money"],
        ["money", str(SEED_001), "--no-such-option"],
        ["dates", str(SEED_001), "--reference", "yesterday"],
        ["clean", str(SEED_001), "--encoding", "no-such-codec"],
        ["money", str(SEED_001), "--jobs", "-1"],
        ["dedup", str(SEED_001), "--threshold", "1.5"],
        ["dedup", str(SEED_001), "--jobs", "5000"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage:" in err


def test_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "clean", str(tmp_path / "nope.txt"))
    assert code == 2
    assert "nope.txt" in err


def test_to_jsonable_converts_results() -> None:
    from dataclasses import dataclass
    from datetime import date, datetime, time
    from decimal import Decimal

    @dataclass(frozen=True, slots=True)
    class Item:
        value: Decimal
        when: date | None
        at: datetime
        local: time
        tags: tuple[str, ...]

    item = Item(
        Decimal("3661600000000"),
        None,
        datetime(2025, 4, 14, 20, 25),
        time(9, 30),
        ("a", "b"),
    )
    assert to_jsonable([item]) == [
        {
            "value": "3661600000000",
            "when": None,
            "at": "2025-04-14T20:25:00",
            "local": "09:30:00",
            "tags": ["a", "b"],
        }
    ]


# --------------------------------------------------------------------------- single inputs


def test_clean_prints_the_clean_text(capsys: pytest.CaptureFixture[str]) -> None:
    from kornews.lines import clean

    text = SEED_002.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "clean", str(SEED_002))
    assert code == 0
    assert out == clean(text) + "\n"
    assert "광주광역시와 경기도가 인공지능산업 활성화와 선도를 위해 손을 맞잡았다." in out
    assert "맑음속초" not in out
    assert "모바일 버전으로 보기" not in out


def test_clean_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = SEED_002.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(capsys, "clean", "-")
    assert code == 0
    assert "광주광역시와 경기도가 인공지능산업 활성화와 선도를 위해 손을 맞잡았다." in out


def test_clean_explain_aligns_index_label_reason_text(capsys: pytest.CaptureFixture[str]) -> None:
    from kornews.encoding import repair_encoding
    from kornews.lines import classify_lines
    from kornews.normalization import normalize

    code, out, _ = run(capsys, "clean", "--explain", str(SEED_002))
    assert code == 0
    rows = out.split("\n")[:-1]
    text = SEED_002.read_text(encoding="utf-8")
    lines = classify_lines(normalize(repair_encoding(text)))
    assert len(rows) == len(text.split("\n")) == len(lines)
    # Column starts are the same on every row: index, label, reason, then the text.
    wi = len(str(len(lines) - 1))
    wl = max(len(ln.label) for ln in lines)
    for row, line in zip(rows, lines, strict=True):
        assert int(row[:wi]) == line.index
        assert row[wi + 2 : wi + 2 + wl].rstrip() == line.label
        assert row[wi + 2 + wl + 2 :].startswith(line.reason)
    mobile = next(r for r in rows if r.endswith("모바일 버전으로 보기"))
    assert "boilerplate" in mobile
    first_body = next(r for r in rows if r.endswith("손을 맞잡았다."))
    assert " body " in first_body


def test_clean_explain_marks_repeated_paragraphs(capsys: pytest.CaptureFixture[str]) -> None:
    # Seed 001 prints its body paragraphs twice; clean() keeps the first copy only.
    code, out, _ = run(capsys, "clean", "--explain", str(SEED_001))
    assert code == 0
    rows = out.split("\n")[:-1]
    strategy = [
        r
        for r in rows
        if r.endswith("‘여의도 현장 행정’으로 광주 미래 10년을 다지겠다는 전략이다.")
    ]
    assert len(strategy) == 2
    first = int(strategy[0].split()[0])
    assert "repeat of" not in strategy[0]
    assert f"(repeat of {first}, dropped)" in strategy[1]
    dropped_texts = {r.split("dropped)", 1)[1].strip() for r in rows if "dropped)" in r}
    clean_lines = set(main_clean(SEED_001).split("\n"))
    assert dropped_texts and dropped_texts <= clean_lines  # the first copies stay in clean()


def main_clean(path: Path) -> str:
    from kornews.lines import clean

    return clean(path.read_text(encoding="utf-8"))


def test_money_json(capsys: pytest.CaptureFixture[str]) -> None:
    from kornews.money import find_money

    seed = SEEDS / "000_35b43c20cc6f0640.txt"
    code, out, _ = run(capsys, "money", str(seed))
    assert code == 0
    money = json.loads(out)
    assert money == to_jsonable(find_money(seed.read_text(encoding="utf-8")))
    assert out.startswith("[\n  {")  # pretty by default for a single input
    found = {(m["text"], m["value"], m["currency"]) for m in money}
    assert ("3조6616억원", "3661600000000", "KRW") in found
    assert ("822억원", "82200000000", "KRW") in found


def test_money_compact_to_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("시는 총사업비 822억원을 긴급 투입한다.\n", encoding="utf-8")
    target = tmp_path / "money.json"
    code, out, _ = run(capsys, "money", str(page), "--compact", "-o", str(target))
    assert code == 0
    assert out == ""
    written = target.read_text(encoding="utf-8")
    assert written.count("\n") == 1
    [money] = json.loads(written)
    assert (money["text"], money["value"], money["currency"]) == ("822억원", "82200000000", "KRW")
    assert page.read_text(encoding="utf-8")[money["start"] : money["end"]] == money["text"]


def test_dates_json_with_reference(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("시는 2025년 4월 14일 발표했다. 어제 회의가 열렸다.\n", encoding="utf-8")
    code, out, _ = run(capsys, "dates", str(page), "--reference", "2025-04-15")
    assert code == 0
    values = {d["text"]: d["value"] for d in json.loads(out)}
    assert values["2025년 4월 14일"] == "2025-04-14"
    assert values["어제"] == "2025-04-14"


def test_bylines_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bylines", str(SEED_001), "--compact")
    assert code == 0
    bylines = json.loads(out)
    assert {(b["name"], b["email"]) for b in bylines} == {("정병호", "jusbh@kwangju.co.kr")}


def test_wrong_encoding_gives_a_clear_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "euckr.txt"
    page.write_bytes("광주시는 14일 청년 지원에 100억원을 투입한다고 밝혔다.\n".encode("cp949"))
    code, out, err = run(capsys, "clean", str(page))
    assert code == 1
    assert out == ""
    assert str(page) in err
    assert "--encoding cp949" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "clean", str(page), "--encoding", "cp949")
    assert code == 0
    assert "광주시는 14일 청년 지원에 100억원을 투입한다고 밝혔다." in out


# --------------------------------------------------------------------------- batches


def broken_corpus(path: Path) -> Path:
    """Six records and a blank line: two good, four bad in different ways, one without id."""
    return write_lines(
        path,
        [
            record(id="a", text="시는 822억원을 투입한다."),  # 1 good
            b'{"id": "b", "text": "unterminated',  # 2 invalid JSON
            record(id="c", body="no text field"),  # 3 missing field
            record(id="d", text=12345),  # 4 number instead of text
            b"",  # 5 blank: not a record
            record(text="예산은 3조6616억원이다."),  # 6 good, no id -> line number
            "잘못된 바이트".encode("cp949"),  # 7 undecodable as UTF-8
            b"[1, 2, 3]",  # 8 not an object
        ],
    )


def test_jsonl_batch_loses_no_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = broken_corpus(tmp_path / "corpus.jsonl")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, stdout, err = run(
        capsys, "money", "--jsonl", str(corpus), "-o", str(out), "--errors", str(errors)
    )
    assert code == 1
    assert stdout == ""
    written, failed = read_jsonl(out), read_jsonl(errors)
    records_in = sum(1 for line in corpus.read_bytes().split(b"\n") if line.strip())
    assert records_in == 7
    assert len(written) + len(failed) == records_in
    assert [r["id"] for r in written] == ["a", 6]
    assert [m["value"] for m in written[0]["money"]] == ["82200000000"]
    assert [m["value"] for m in written[1]["money"]] == ["3661600000000"]
    assert [e["line"] for e in failed] == [2, 3, 4, 7, 8]
    by_line = {e["line"]: e for e in failed}
    assert "id" not in by_line[2] and by_line[2]["error"].startswith("invalid JSON")
    assert by_line[3]["id"] == "c" and by_line[3]["error"] == "missing field 'text'"
    assert by_line[4]["id"] == "d" and "int, not a string" in by_line[4]["error"]
    assert "--encoding cp949" in by_line[7]["error"]
    assert "not an object" in by_line[8]["error"]
    for line in (2, 3, 4, 7, 8):
        assert f"line {line}:" in err
    assert "2 of 7 records written, 5 failed" in err


def test_lone_surrogates_are_escaped_not_fatal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = write_lines(
        tmp_path / "c.jsonl",
        [b'{"id": "s", "text": "\\ud800 100\\uc5b5\\uc6d0"}', record(id="t", text="없음")],
    )
    out = tmp_path / "out.jsonl"
    code, _, _ = run(capsys, "clean", "--jsonl", str(corpus), "-o", str(out))
    assert code == 0
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["s", "t"]
    assert rows[0]["text"] == "\ud800 100억원"  # escaped in the file, intact after reading
    assert "\\ud800" in out.read_text(encoding="utf-8")


def test_jsonl_custom_field_and_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = write_lines(
        tmp_path / "c.jsonl",
        [record(doc="x1", body="시는 822억원을 투입한다."), record(doc="x2", body="없음")],
    )
    code, out, _ = run(capsys, "money", "--jsonl", str(corpus), "--field", "body", "--id", "doc")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["doc"] for r in rows] == ["x1", "x2"]
    assert list(rows[0]) == ["doc", "money"]
    assert rows[1]["money"] == []


def test_function_errors_are_records_not_crashes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky(text: str, reference: object) -> dict[str, Any]:
        if "boom" in text:
            raise ValueError("cannot handle this page")
        return {"money": [text]}

    monkeypatch.setitem(cli._RUNNERS, "money", flaky)
    corpus = write_lines(
        tmp_path / "c.jsonl", [record(id=i, text="boom" if i == 2 else "ok") for i in range(4)]
    )
    errors = tmp_path / "e.jsonl"
    code, out, _ = run(capsys, "money", "--jsonl", str(corpus), "--errors", str(errors))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [0, 1, 3]
    assert read_jsonl(errors) == [
        {"line": 3, "id": 2, "error": "ValueError: cannot handle this page"}
    ]


def test_single_input_failure_is_one_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, reference: object) -> dict[str, Any]:
        raise ValueError("cannot handle this page")

    monkeypatch.setitem(cli._RUNNERS, "money", broken)
    target = tmp_path / "money.json"
    code, out, err = run(capsys, "money", str(SEED_001), "-o", str(target))
    assert code == 1
    assert out == ""
    assert err == f"kornews: {SEED_001}: ValueError: cannot handle this page\n"
    assert not target.exists()


def test_errors_file_is_written_empty_when_all_succeed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = write_lines(tmp_path / "c.jsonl", [record(id=1, text="100억원")])
    errors = tmp_path / "e.jsonl"
    code, _, err = run(capsys, "money", "--jsonl", str(corpus), "--errors", str(errors))
    assert code == 0
    assert err == ""
    assert errors.read_text(encoding="utf-8") == ""


def test_jobs_2_gives_the_same_output_as_jobs_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    lines = [record(id=f"doc{i}", text=texts[i % len(texts)]) for i in range(30)]
    lines.insert(7, b"{broken")
    corpus = write_lines(tmp_path / "c.jsonl", lines)
    outputs = []
    for jobs in ("1", "2"):
        out, errors = tmp_path / f"out{jobs}.jsonl", tmp_path / f"err{jobs}.jsonl"
        code, _, _ = run(
            capsys,
            "bylines",
            "--jsonl",
            str(corpus),
            "-o",
            str(out),
            "--errors",
            str(errors),
            "--jobs",
            jobs,
        )
        assert code == 1
        outputs.append((out.read_bytes(), errors.read_bytes()))
    assert outputs[0] == outputs[1]
    assert len(outputs[0][0].splitlines()) == 30
    assert read_jsonl(tmp_path / "err2.jsonl")[0]["line"] == 8


def test_interrupted_batch_leaves_no_partial_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def interrupted(text: str, reference: object) -> dict[str, Any]:
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return {"money": []}

    monkeypatch.setitem(cli._RUNNERS, "money", interrupted)
    corpus = write_lines(tmp_path / "c.jsonl", [record(id=i, text="x") for i in range(10)])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    out.write_text("previous complete output\n", encoding="utf-8")
    code, _, err = run(
        capsys, "money", "--jsonl", str(corpus), "-o", str(out), "--errors", str(errors)
    )
    assert code == 130
    assert "interrupted" in err
    assert len(calls) == 3
    assert out.read_text(encoding="utf-8") == "previous complete output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "out.jsonl"]


def test_terminated_batch_leaves_no_partial_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def terminated(text: str, reference: object) -> dict[str, Any]:
        calls.append(text)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGTERM)  # as `kill PID` would
        return {"money": []}

    monkeypatch.setitem(cli._RUNNERS, "money", terminated)
    corpus = write_lines(tmp_path / "c.jsonl", [record(id=i, text="x") for i in range(10)])
    out = tmp_path / "out.jsonl"
    before = signal.getsignal(signal.SIGTERM)
    code, _, err = run(capsys, "money", "--jsonl", str(corpus), "-o", str(out))
    assert code == 143
    assert "terminated" in err
    assert len(calls) < 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl"]
    assert signal.getsignal(signal.SIGTERM) == before  # main() restores the handler


def test_directory_mode_is_recursive_and_sorted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pages = tmp_path / "pages"
    (pages / "b").mkdir(parents=True)
    (pages / "b" / "one.txt").write_text("/홍길동 기자 hong@example.com\n", encoding="utf-8")
    (pages / "a.txt").write_bytes(SEED_001.read_bytes())
    (pages / "bad.txt").write_bytes("기자".encode("cp949"))
    (pages / "notes.md").write_text("ignored", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, _, err = run(
        capsys, "bylines", str(pages), "-o", str(out), "--errors", str(errors), "--jobs", "1"
    )
    assert code == 1
    rows = read_jsonl(out)
    assert [Path(r["path"]).relative_to(pages).as_posix() for r in rows] == ["a.txt", "b/one.txt"]
    assert {b["name"] for b in rows[0]["bylines"]} == {"정병호"}
    assert [b["email"] for b in rows[1]["bylines"]] == ["hong@example.com"]
    [error] = read_jsonl(errors)
    assert Path(error["path"]).name == "bad.txt"
    assert "--encoding cp949" in error["error"]
    assert "bad.txt" in err


def test_directory_of_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "money", str(SEEDS))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["path"]).name for r in rows] == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_progress_bar_on_request(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = write_lines(tmp_path / "c.jsonl", [record(id=i, text="100억원") for i in range(3)])
    code, _, err = run(capsys, "money", "--jsonl", str(corpus), "--progress")
    assert code == 0
    assert "3/3" in err
    code, _, err = run(capsys, "money", "--jsonl", str(corpus))
    assert code == 0
    assert err == ""  # stderr is not a terminal under pytest


def test_explain_rejects_batches(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "clean", "--explain", str(SEEDS))
    assert code == 2
    assert "--explain" in err


# --------------------------------------------------------------------------- dedup


def dedup_corpus(path: Path) -> tuple[Path, list[tuple[Any, str]]]:
    texts = {p.stem[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    base = texts["001"]
    republished = "본문 바로가기\n" + base.replace(
        "/정병호 기자 jusbh@kwangju.co.kr", "/홍길동 기자"
    )
    items: list[tuple[Any, str]] = [
        ("s000", texts["000"]),
        ("s001", base),
        ("s002", texts["002"]),
        ("s003", texts["003"]),
        ("r001", republished),
        ("s004", texts["004"]),
        ("c002", texts["002"]),
    ]
    lines = [record(id=k, text=t) for k, t in items]
    lines.insert(3, b"not json")
    lines.append(record(text=base + "\n더보기"))  # no id: identified by its line number (9)
    return write_lines(path, lines), [*items, (9, base + "\n더보기")]


def test_dedup_clusters_match_find_duplicates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from kornews.dedup import find_duplicates

    corpus, items = dedup_corpus(tmp_path / "corpus.jsonl")
    out, errors = tmp_path / "clusters.jsonl", tmp_path / "errors.jsonl"
    for jobs in ("1", "2"):
        code, _, err = run(
            capsys, "dedup", str(corpus), "-o", str(out), "--errors", str(errors), "--jobs", jobs
        )
        assert code == 1
        clusters = read_jsonl(out)
        expected = find_duplicates(items)
        assert clusters == [{"cluster": i, "ids": ids} for i, ids in enumerate(expected)]
        assert clusters == [
            {"cluster": 0, "ids": ["s001", "r001", 9]},
            {"cluster": 1, "ids": ["s002", "c002"]},
        ]
        assert read_jsonl(errors) == [
            {"line": 4, "error": "invalid JSON: Expecting value: line 1 column 1 (char 0)"}
        ]
        assert "line 4:" in err


def test_dedup_drop_writes_the_first_of_each_cluster(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, _ = dedup_corpus(tmp_path / "corpus.jsonl")
    out = tmp_path / "kept.jsonl"
    code, _, _ = run(capsys, "dedup", str(corpus), "--drop", "-o", str(out))
    assert code == 1
    kept = read_jsonl(out)
    assert [r.get("id") for r in kept] == ["s000", "s001", "s002", "s003", "s004"]
    originals = {json.loads(line).get("id"): line for line in corpus.read_text().splitlines()[:3]}
    assert out.read_text(encoding="utf-8").splitlines()[0] == originals["s000"]
    # From stdin the input is spooled for the second pass.
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(corpus.read_bytes()), encoding="utf-8")
    )
    code, stdout, _ = run(capsys, "dedup", "-", "--drop")
    assert stdout == out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- extract


def test_extract_single_and_batch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article_mod = pytest.importorskip("kornews.article")
    text = SEED_001.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(SEED_001))
    assert code == 0
    data = json.loads(out)
    assert data == json.loads(article_mod.extract(text).to_json())
    assert data["kind"] == "article"
    assert data["title"] == "지역 핵심 사업 대선공약 반영…강기정 시장 ‘주간 여의도 집무실’ 연다"
    assert data["published"].startswith("2025-04-14T20:25")
    corpus = write_lines(tmp_path / "c.jsonl", [record(id="k1", text=text)])
    code, out, _ = run(capsys, "extract", "--jsonl", str(corpus), "--compact")
    assert code == 0
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["id"] == "k1"
    assert row["title"] == data["title"]


def test_extract_no_lines_drops_only_the_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    corpus = write_lines(tmp_path / "c.jsonl", [record(id=i, text=t) for i, t in enumerate(texts)])
    code, full, _ = run(capsys, "extract", "--jsonl", str(corpus))
    assert code == 0
    expected = [
        {k: v for k, v in json.loads(line).items() if k != "lines"} for line in full.splitlines()
    ]
    assert all(json.loads(line)["lines"] for line in full.splitlines())
    for jobs in ("1", "2"):
        out = tmp_path / f"slim{jobs}.jsonl"
        code, _, _ = run(
            capsys, "extract", "--jsonl", str(corpus), "--no-lines", "-o", str(out), "--jobs", jobs
        )
        assert code == 0
        assert read_jsonl(out) == expected
    code, single, _ = run(capsys, "extract", str(SEED_001), "--no-lines")
    assert code == 0
    number = seeds.index(SEED_001)
    assert {"id": number, **json.loads(single)} == expected[number]


def test_jsonl_from_stdin_with_workers() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    lines = [record(id=i, text=texts[i % len(texts)]) for i in range(40)]
    lines.insert(3, b"{not json")
    data = b"\n".join(lines) + b"\n"
    outputs = []
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "kornews", "bylines", "--jsonl", "-", "--jobs", jobs],
            input=data,
            capture_output=True,
            check=False,
        )
        assert done.returncode == 1
        assert b"line 4: invalid JSON" in done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[0].splitlines()] == list(range(40))


# --------------------------------------------------------------------------- real processes


def test_console_script_runs() -> None:
    script = Path(sys.executable).parent / "kornews"
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "kornews"]
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"kornews {kornews.__version__}"


def test_python_m_kornews_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kornews", "bylines", "--compact", "-"],
        input="기사 본문이다.\n/정병호 기자 jusbh@kwangju.co.kr\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [byline] = json.loads(done.stdout)
    assert (byline["name"], byline["email"]) == ("정병호", "jusbh@kwangju.co.kr")
    done = subprocess.run(
        [sys.executable, "-m", "kornews", "money", "--bogus"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
