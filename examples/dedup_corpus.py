"""Clean and de-duplicate a JSONL corpus of Korean news pages.

Usage:
    python examples/dedup_corpus.py [IN.jsonl OUT.jsonl] [--field text] [--id id]

Each record's text field is replaced by its clean article text (``kornews.lines.clean``:
page furniture, widgets and repeated headlines gone), and records whose clean text
near-duplicates an earlier record's (``kornews.dedup.NearDuplicateIndex``: the same story
republished with another byline, a dropped sentence, other furniture) are left out. The
first occurrence of each story is kept, in input order. A summary goes to stderr.

Without arguments, a tiny demo corpus is built from the repository's seeds (each seed,
one republished with different page furniture and byline, and one exact copy), and the
kept records and the duplicates found are printed.

The same job from the shell, without the cleaning of the output text:
    kornews dedup IN.jsonl --drop -o OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kornews.dedup import NearDuplicateIndex
from kornews.lines import clean

ROOT = Path(__file__).resolve().parent.parent


def dedup_records(
    records: Iterator[dict[str, Any]], *, field: str, id_field: str, threshold: float | None
) -> Iterator[tuple[dict[str, Any], list[Any]]]:
    """Yield ``(cleaned_record, ids_it_repeats)`` for each record, in input order.

    ``ids_it_repeats`` is empty for the first occurrence of a story.
    """
    # The text is cleaned here once, so the index is told not to clean it again.
    index = (
        NearDuplicateIndex(clean=False)
        if threshold is None
        else NearDuplicateIndex(threshold, clean=False)
    )
    key_of: dict[Any, Any] = {}  # index key (line number) -> the record's id
    for number, record in enumerate(records, start=1):
        key_of[number] = record.get(id_field, number)
        body = clean(record[field])
        earlier = index.add(number, body)
        yield {**record, field: body}, [key_of[n] for n in earlier]


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def demo_corpus(directory: Path) -> Path:
    """Write a seven-record demo corpus built from the seeds; return its path."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in seeds]
    by_stem = {r["id"]: r["text"] for r in records}
    # Seed 001 republished by "another outlet": other furniture, another byline, the last
    # paragraph dropped.
    original = by_stem["001_3606a09aa6ae8308"]
    lines = [ln for ln in original.splitlines() if "기자" not in ln]
    republished = "\n".join(
        [
            "본문 바로가기",
            "많이 본 뉴스",
            *lines[: max(1, len(lines) - 2)],
            "/홍길동 기자 hong@example.com",
            "저작권자 © 예시일보 무단전재 및 재배포 금지",
        ]
    )
    records.append({"id": "republished-001", "text": republished})
    records.append({"id": "copy-002", "text": by_stem["002_63cb6d787270aa92"]})
    path = directory / "demo.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def run(
    source: Path, target: Path, *, field: str, id_field: str, threshold: float | None
) -> dict[str, list[Any]]:
    """Clean and de-duplicate ``source`` into ``target``; return {dropped id: ids it repeats}."""
    dropped: dict[str, list[Any]] = {}
    kept = 0
    with target.open("w", encoding="utf-8") as out:
        for record, earlier in dedup_records(
            read_jsonl(source), field=field, id_field=id_field, threshold=threshold
        ):
            if earlier:
                dropped[str(record.get(id_field))] = earlier
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            kept += 1
    print(f"{kept} records kept, {len(dropped)} near-duplicates dropped", file=sys.stderr)
    return dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", help="input JSONL (default: a demo from the seeds)")
    parser.add_argument("target", nargs="?", help="output JSONL")
    parser.add_argument("--field", default="text", help="field holding the page text")
    parser.add_argument("--id", dest="id_field", default="id", help="field holding the id")
    parser.add_argument("--threshold", type=float, help="similarity threshold (library default)")
    args = parser.parse_args(argv)
    if (args.source is None) != (args.target is None):
        parser.error("give both IN.jsonl and OUT.jsonl, or neither for the demo")
    options = {"field": args.field, "id_field": args.id_field, "threshold": args.threshold}
    if args.source is not None:
        run(Path(args.source), Path(args.target), **options)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        source = demo_corpus(Path(tmp))
        target = Path(tmp) / "deduped.jsonl"
        dropped = run(source, target, **options)
        for line in target.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            head = record[args.field].split("\n", 1)[0]
            print(f"kept     {record[args.id_field]:<24} {head[:60]}")
        for key, earlier in dropped.items():
            print(f"dropped  {key:<24} repeats {', '.join(map(str, earlier))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
