"""End-to-end ``extract`` throughput and peak memory, with and without sentence splitting.

Inputs: the raw texts of the annotated dev pages (``../shared/eval/dev/*.jsonl``, read by
path) repeated to ``--mb`` MB. Reports MB/s and documents/s (median of ``--runs``, CPU time
of this process on one core, wall time alongside), the peak Python heap of one pass over the
dev pages, and the same with ``Article.sentences`` (Kiwi) on every article.

    python benchmarks/extract.py [FILE.jsonl ...] [--mb 5] [--runs 3] [--json]

Acceptance (issue 7): ``extract`` >= 2 MB/s on one core without sentence splitting.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import kornews
from _common import (
    MB,
    dev_files,
    fmt_bytes,
    load_jsonl,
    median_time,
    peak_traced_bytes,
    pin_one_core,
    print_table,
    repeat_to_mb,
    utf8_size,
)
from kornews.lines import _clear_feature_cache

TARGET_MB_S = 2.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="annotated JSONL (default: ../shared/eval/dev)")
    parser.add_argument("--mb", type=float, default=5.0, help="MB of input per run (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure, median (default 3)")
    parser.add_argument("--sentences-mb", type=float, default=0.5, help="MB for the Kiwi run")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)

    docs = load_jsonl(args.files or dev_files())
    raw = [d["text"] for d in docs]  # what a user has: the raw page, mojibake included
    texts = repeat_to_mb(raw, args.mb)
    size = utf8_size(texts)
    core = pin_one_core()

    # The dev pages are repeated to reach --mb, and classify_lines keeps the features of
    # lines it has seen: the acceptance figure empties that cache before every page, so
    # no page is helped by an earlier copy of itself (the no-reuse worst case).
    def plain() -> None:
        for t in texts:
            _clear_feature_cache()
            kornews.extract(t)

    def warm() -> None:
        for t in texts:
            kornews.extract(t)

    small = repeat_to_mb(raw, args.sentences_mb)
    small_size = utf8_size(small)

    def with_sentences() -> None:
        for t in small:
            _ = kornews.extract(t).sentences

    with_sentences()  # builds the Kiwi model once, outside the timing
    rows = []
    figures: dict[str, float] = {}
    for name, fn, nbytes, ndocs in (
        ("extract", plain, size, len(texts)),
        ("extract, warm line cache", warm, size, len(texts)),
        ("extract + sentences", with_sentences, small_size, len(small)),
    ):
        cpu = median_time(fn, args.runs, clock=time.process_time)
        wall = median_time(fn, args.runs)
        figures[f"{name}.mb_s"] = nbytes / MB / cpu
        figures[f"{name}.docs_s"] = ndocs / cpu
        rows.append(
            [
                name,
                f"{nbytes / MB:.1f}",
                f"{nbytes / MB / cpu:.2f}",
                f"{nbytes / MB / wall:.2f}",
                f"{ndocs / cpu:,.0f}",
            ]
        )
    peak = peak_traced_bytes(lambda: [kornews.extract(t) for t in raw])
    figures["peak_heap_bytes"] = peak
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    print(f"kornews {kornews.__version__}: extract on {len(raw)} dev pages repeated; core {core}")
    print_table(["function", "MB", "MB/s (cpu)", "MB/s (wall)", "docs/s (cpu)"], rows)
    ratio = figures["extract.mb_s"] / TARGET_MB_S
    print(f"peak Python heap, one pass over the {len(raw)} pages: {fmt_bytes(peak)}")
    print(f"target {TARGET_MB_S} MB/s without sentences (cold line cache): {ratio:.2f}x")
    print("(the warm row re-reads copies of the same pages: an upper bound, not a crawl figure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
