"""Run each script in ``examples/`` in a subprocess, as CI does, and check what it prints."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = ROOT / "seeds"


def run_example(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_extract_seed_prints_the_article() -> None:
    pytest.importorskip("kornews.article")
    out = run_example("extract_seed.py", str(SEEDS / "001_3606a09aa6ae8308.txt")).stdout
    fields = dict(line.split(":", 1) for line in out.splitlines() if not line.startswith("  "))
    assert fields["kind"].strip() == "article"
    assert (
        fields["title"].strip()
        == "지역 핵심 사업 대선공약 반영…강기정 시장 ‘주간 여의도 집무실’ 연다"
    )
    assert fields["published"].strip().startswith("2025-04-14T20:25")
    assert "정병호" in fields["byline"]
    assert "광주시가 지역 핵심 공약을 대선 공약에 반영하기 위해" in out


def test_extract_seed_default_path_and_json() -> None:
    pytest.importorskip("kornews.article")
    data = json.loads(run_example("extract_seed.py", "--json").stdout)
    assert data["title"] == "지역 핵심 사업 대선공약 반영…강기정 시장 ‘주간 여의도 집무실’ 연다"


def test_money_table_csv(tmp_path: Path) -> None:
    target = tmp_path / "money.csv"
    done = run_example("money_table.py", str(SEEDS), "-o", str(target))
    with target.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["article", "amount", "currency", "text", "sentence"]
        rows = list(reader)
    assert done.stderr.strip() == f"{len(rows)} amounts"
    assert rows, "the seeds hold money amounts"
    for row in rows:
        assert row["article"].endswith(".txt")
        assert Decimal(row["amount"]) > 0
        assert row["currency"] == "KRW"
        assert row["text"] in row["sentence"]
        assert "\n" not in row["sentence"]
    found = {(r["article"], r["text"], r["amount"]) for r in rows}
    assert ("000_35b43c20cc6f0640.txt", "3조6616억원", "3661600000000") in found
    assert ("004_b2a26f4329e46e7e.txt", "4116억원", "411600000000") in found
    # Seed 001 prints its body twice; the table lists the article's amounts once.
    assert [(r["text"], r["amount"]) for r in rows if r["article"].startswith("001")] == [
        ("81조원", "81000000000000")
    ]


def test_money_table_to_stdout(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(
        "광주시, 수해 복구 나서\n광주시는 총사업비 822억원을 긴급 투입한다고 밝혔다. 복구는 연말까지 마친다.\n",
        encoding="utf-8",
    )
    out = run_example("money_table.py", str(tmp_path)).stdout
    rows = list(csv.DictReader(out.splitlines()))
    assert [(r["amount"], r["sentence"]) for r in rows] == [
        ("82200000000", "광주시는 총사업비 822억원을 긴급 투입한다고 밝혔다.")
    ]


def test_dedup_corpus_demo() -> None:
    out = run_example("dedup_corpus.py").stdout.splitlines()
    kept = [line.split()[1] for line in out if line.startswith("kept")]
    dropped = [line for line in out if line.startswith("dropped")]
    assert kept == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    assert len(dropped) == 2
    assert dropped[0].split()[1:] == ["republished-001", "repeats", "001_3606a09aa6ae8308"]
    assert dropped[1].split()[1:] == ["copy-002", "repeats", "002_63cb6d787270aa92"]


def test_dedup_corpus_files(tmp_path: Path) -> None:
    from kornews.lines import clean

    story = (SEEDS / "001_3606a09aa6ae8308.txt").read_text(encoding="utf-8")
    other = (SEEDS / "003_d7f6930ecccab7f7.txt").read_text(encoding="utf-8")
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    records = [
        {"doc": 1, "body": story},
        {"doc": 2, "body": other},
        {"doc": 3, "body": "본문 바로가기\n" + story},
    ]
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    done = run_example(
        "dedup_corpus.py", str(source), str(target), "--field", "body", "--id", "doc"
    )
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"doc": 1, "body": clean(story)}, {"doc": 2, "body": clean(other)}]
    assert "2 records kept, 1 near-duplicates dropped" in done.stderr
