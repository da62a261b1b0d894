"""Throughput of ``find_bylines`` on one core, and its accuracy against the dev gold.

usage::

    python benchmarks/bylines.py [FILE.jsonl ...] [--mb 10] [--runs 5] [--no-eval]

The dev documents (``../shared/eval/dev`` by default; gold-repaired text for mojibake pages)
are repeated in order to at least ``--mb`` MB of UTF-8 (MB = 10**6 bytes) and
``find_bylines`` is called once per document; the figure is the median wall time of
``--runs`` passes after one warm-up pass. The target is 5 MB/s (issue 5), checked on CPU time
(wall time is printed too; on a busy shared machine it mostly measures the other load).

Accuracy is scored as ``benchmarks/evaluate.py`` does: author/photo credits with a name,
one per name (the first e-mail given for a name is kept), F1 by name and by (name, e-mail)
against ``gold.bylines``. Evaluation documents are other publishers' text: they are read by
path at run time and never copied into the project. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
from _common import MB, dev_files, doc_text, load_jsonl, median_time, pin_one_core, repeat_to_mb
from kornews.bylines import find_bylines

TARGET_MB_S = 5.0
TARGET_NAME_F1 = 0.98
TARGET_PAIR_F1 = 0.97


def median_cpu_time(fn: Callable[[], object], runs: int) -> float:
    """Median CPU seconds of ``fn()`` over ``runs`` runs after one warm-up.

    CPU time is what the function costs on one core; wall time on a shared machine also
    counts the time other processes held the core.
    """
    fn()
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def evaluate(docs: list[dict[str, object]]) -> tuple[float, float, list[str]]:
    """F1 by name and by (name, e-mail) over ``docs``, and a note per disagreement."""
    counts = [0, 0, 0, 0, 0, 0]
    notes: list[str] = []
    for d in docs:
        text = doc_text(d)
        emails: dict[str, str | None] = {}
        for b in find_bylines(text):
            if not b.name or b.kind not in ("author", "photo"):
                continue
            if b.name not in emails or (emails[b.name] is None and b.email):
                emails[b.name] = b.email
        gold = d["gold"]
        assert isinstance(gold, dict)
        g_names = {b["name"] for b in gold.get("bylines") or [] if b.get("name")}
        g_pairs = {(b["name"], b.get("email")) for b in gold.get("bylines") or [] if b.get("name")}
        p_names, p_pairs = set(emails), set(emails.items())
        for i, (p, g) in enumerate(((p_names, g_names), (p_pairs, g_pairs))):
            counts[3 * i] += len(p & g)
            counts[3 * i + 1] += len(p - g)
            counts[3 * i + 2] += len(g - p)
        if p_pairs != g_pairs:
            notes.append(
                f"{d['id']}: missed {sorted(g_pairs - p_pairs)} extra {sorted(p_pairs - g_pairs)}"
            )
    return _f1(*counts[:3]), _f1(*counts[3:]), notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="annotated JSONL files (default: the dev set)")
    ap.add_argument("--mb", type=float, default=10.0, help="MB of text per timed pass")
    ap.add_argument("--runs", type=int, default=5, help="timed passes (median reported)")
    ap.add_argument("--no-eval", action="store_true", help="skip the accuracy check")
    args = ap.parse_args(argv)

    docs = load_jsonl(args.files or dev_files())
    texts = repeat_to_mb([doc_text(d) for d in docs], args.mb)
    size = sum(len(t.encode("utf-8")) for t in texts)
    pin_one_core()

    def one_pass() -> None:
        for t in texts:
            find_bylines(t)

    seconds = median_time(one_pass, args.runs)
    cpu_seconds = median_cpu_time(one_pass, args.runs)
    speed, cpu_speed = size / MB / seconds, size / MB / cpu_seconds
    ok = cpu_speed >= TARGET_MB_S
    print(f"find_bylines over {size / MB:.1f} MB, median of {args.runs} runs on one core:")
    print(f"  {cpu_speed:.1f} MB/s of CPU time, {speed:.1f} MB/s of wall time")
    print(f"  target >= {TARGET_MB_S} MB/s (CPU time): {'ok' if ok else 'MISSED'}")
    if not args.no_eval:
        name_f1, pair_f1, notes = evaluate(docs)
        print(f"bylines F1 by name {name_f1:.4f} (>= {TARGET_NAME_F1})")
        print(f"bylines F1 by name+e-mail {pair_f1:.4f} (>= {TARGET_PAIR_F1})")
        for n in notes:
            print("  " + n)
        ok = ok and name_f1 >= TARGET_NAME_F1 and pair_f1 >= TARGET_PAIR_F1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
