"""Throughput and accuracy of ``find_dates`` next to ``dateparser.search_dates`` (Korean).

usage::

    python benchmarks/dates.py [FILE.jsonl ...] [--mb 10] [--runs 3] [--dp-docs 35] [--dp-runs 3]

Both run over the dev documents (``../shared/eval/dev`` by default; gold-repaired text for
mojibake pages), each document resolved against its ``gold.reference_date``:

- **throughput**: kornews over the documents repeated in order to at least ``--mb`` MB of
  UTF-8 (MB = 10**6 bytes); dateparser, which is slow, over the first ``--dp-docs``
  documents only. Both figures are medians of ``--runs`` / ``--dp-runs`` passes after a
  warm-up, reported in documents/s and MB/s, with the speed-up of kornews over dateparser
  (the target is at least 50x).
- **accuracy** on the same documents, scored as ``benchmarks/evaluate.py`` scores dates:
  predictions on lines labelled body/title/subtitle/meta/caption, matched one-to-one to
  ``gold.dates`` by overlapping span, with the value equal at the gold grain. dateparser
  returns no positions, so each string it returns is located in the text after the
  previous one. A document without a reference date gives dateparser no base date; it
  then uses the clock, which kornews never does (its relative values stay None).

Evaluation documents are other publishers' text: they are read by path at run time and
never copied into the project. Exit status 1 when kornews is below 50x dateparser's
throughput or not more accurate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
from _common import MB, dev_files, doc_text, load_jsonl, median_time, repeat_to_mb, utf8_size
from evaluate import (
    DATE_LABELS,
    date_value_matches,
    greedy_match,
    line_of,
    line_starts,
    locate,
)
from kornews.dates import find_dates

TARGET_SPEEDUP = 50.0


class _Span:
    """A prediction as the scorer sees it: a span and a value."""

    __slots__ = ("end", "start", "value")

    def __init__(self, start: int, end: int, value: object) -> None:
        self.start, self.end, self.value = start, end, value


def _reference(doc: dict[str, Any]) -> dt.date | None:
    v = (doc.get("gold") or {}).get("reference_date")
    return dt.date.fromisoformat(v[:10]) if isinstance(v, str) and v else None


def kornews_spans(text: str, ref: dt.date | None) -> list[_Span]:
    return [_Span(m.start, m.end, m.value) for m in find_dates(text, ref)]


def dateparser_spans(text: str, ref: dt.date | None) -> list[_Span]:
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    settings: dict[str, Any] = {}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["ko"], settings=settings) or []
    out: list[_Span] = []
    cursor = 0
    for surface, value in found:
        k = text.find(surface, cursor)
        if k < 0:
            k = text.find(surface)
        if k < 0:
            continue
        out.append(_Span(k, k + len(surface), value))
        cursor = k + len(surface)
    return out


def score(docs: Sequence[dict[str, Any]], spans: Callable[..., list[_Span]]) -> dict[str, float]:
    """Resolved precision, recall and F1, as ``benchmarks/evaluate.py`` computes them."""
    tp = fp = fn = 0
    for doc in docs:
        text = doc_text(doc)
        gold = doc.get("gold") or {}
        labels = gold.get("lines") or []
        starts = line_starts(text)

        def annotated(pos: int, labels: list[str] = labels, starts: list[int] = starts) -> bool:
            i = line_of(starts, pos)
            return i < len(labels) and labels[i] in DATE_LABELS

        preds = [p for p in spans(text, _reference(doc)) if annotated(p.start)]
        entries = gold.get("dates") or []
        located = locate(text, [str(e["surface"]) for e in entries], annotated)
        g = [(e, pos) for e, pos in zip(entries, located, strict=True) if pos is not None]
        gspans = [(pos, pos + len(str(e["surface"]))) for e, pos in g]
        ok = {
            (gi, pi)
            for gi, (e, _) in enumerate(g)
            for pi, p in enumerate(preds)
            if date_value_matches(p.value, e.get("value"), str(e.get("grain")))
        }
        prf, _ = greedy_match(gspans, [(p.start, p.end) for p in preds], ok)
        tp, fp, fn = tp + prf.tp, fp + prf.fp, fn + prf.fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("files", nargs="*", help="JSONL files (default: the dev set)")
    ap.add_argument("--mb", type=float, default=10.0, help="kornews corpus size in MB")
    ap.add_argument("--runs", type=int, default=3, help="kornews timing runs (median)")
    ap.add_argument("--dp-docs", type=int, default=35, help="documents given to dateparser")
    ap.add_argument("--dp-runs", type=int, default=3, help="dateparser timing runs (median)")
    args = ap.parse_args(argv)

    docs = load_jsonl(args.files or dev_files())
    pairs = [(doc_text(d), _reference(d)) for d in docs]
    big = repeat_to_mb([t for t, _ in pairs], args.mb)
    big_refs = [pairs[i % len(pairs)][1] for i in range(len(big))]
    sample = pairs[: args.dp_docs]

    def run_kornews() -> None:
        for text, ref in zip(big, big_refs, strict=True):
            find_dates(text, ref)

    def run_dateparser() -> None:
        for text, ref in sample:
            dateparser_spans(text, ref)

    find_dates("추석", dt.date(2025, 1, 1))  # load the holiday calendar before timing
    k_time = median_time(run_kornews, args.runs, clock=time.process_time)
    k_mb = utf8_size(big) / MB
    # median_time warms up first: dateparser builds its language data on first use.
    d_time = median_time(run_dateparser, args.dp_runs, clock=time.process_time)
    d_mb = utf8_size([t for t, _ in sample]) / MB

    k_acc = score(docs[: args.dp_docs], kornews_spans)
    d_acc = score(docs[: args.dp_docs], dateparser_spans)
    k_speed, d_speed = k_mb / k_time, d_mb / d_time
    print(f"find_dates: {len(docs)} dev documents, CPU time medians")
    print(
        f"  kornews    {len(big) / k_time:10.1f} docs/s {k_speed:8.3f} MB/s "
        f"({k_mb:.1f} MB)  resolved P {k_acc['precision']:.3f} R {k_acc['recall']:.3f} "
        f"F1 {k_acc['f1']:.3f}"
    )
    print(
        f"  dateparser {len(sample) / d_time:10.1f} docs/s {d_speed:8.3f} MB/s "
        f"({d_mb:.2f} MB)  resolved P {d_acc['precision']:.3f} R {d_acc['recall']:.3f} "
        f"F1 {d_acc['f1']:.3f}"
    )
    speedup = k_speed / d_speed if d_speed else float("inf")
    print(f"  speed-up {speedup:.0f}x (target >= {TARGET_SPEEDUP:.0f}x)")
    ok = speedup >= TARGET_SPEEDUP and k_acc["f1"] > d_acc["f1"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
