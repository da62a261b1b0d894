"""Accuracy and throughput of kornews money/number reading next to the packages a user would pick.

usage::

    python benchmarks/money.py [FILE.jsonl ...] [--mb 10] [--runs 3] [--no-pin]

Input: annotated JSONL documents (default ``../shared/eval/dev/*.jsonl``; gold-repaired
text for mojibake pages), read by path at run time and never copied into the project.

What is measured, on the same inputs for every tool:

- **money accuracy** against ``gold.money``, scored as ``benchmarks/evaluate.py`` scores it:
  predictions on lines labelled body/title/subtitle/caption, matched one-to-one to gold by
  overlapping span; *value F1* needs value and currency equal, *surface F1* the exact span.
- **price-parser** (``Price.fromstring``) reads one price per string and gives no offsets.
  Fair protocol: every annotated line is cut into clauses (at ``. ! ? , ;`` and brackets);
  each clause holding a currency word or symbol is given to ``Price.fromstring``; the
  ``amount_text`` it reports is located in the clause for a span; its currency string is
  mapped to ISO with kornews's own currency table (``원`` -> KRW, ``$`` -> USD, ...), and an
  amount with no currency found counts as KRW when the clause holds ``원``. This hands
  price-parser the segmentation and the currency mapping, so its figure is an upper bound.
- **numeral accuracy**: the numeral part of every gold surface (currency word and spaces
  around it removed: ``3조6616억 원`` -> ``3조6616억``) is given to kornews
  ``parse_numeral``, ``korean_number.kor2num`` and ``hangulpy.hangul_to_number``; a result
  counts when it equals the gold value (for foreign currencies, the gold value in that
  currency). Items/s is the conversion rate over those strings (kornews's value cache is
  cleared before every item, so repeated amounts are not free).
- **throughput**: ``find_money`` and ``find_numbers`` over the documents repeated in order to
  at least ``--mb`` MB of UTF-8 (MB = 10**6 bytes), one call per document, median of
  ``--runs`` passes after a warm-up, CPU time of this process pinned to one core (other
  load on a shared machine does not inflate it). price-parser's rate is for the same
  protocol as its accuracy (clauses of the annotated lines), over the documents once.

Exit status 1 when kornews misses the acceptance figures (value F1 >= 0.99, surface F1 >= 0.97,
find_money >= 10 MB/s).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
from _common import (
    MB,
    dev_files,
    doc_text,
    load_jsonl,
    median_time,
    pin_one_core,
    print_table,
    repeat_to_mb,
    utf8_size,
)
from evaluate import MONEY_LABELS, PRF, greedy_match, line_of, line_starts, locate
from kornews._data import load_table
from kornews.money import find_money
from kornews.numbers import find_numbers
from kornews.numerals import _evaluate_cached, parse_numeral

VALUE_F1_FLOOR = 0.99
SURFACE_F1_FLOOR = 0.97
MB_S_FLOOR = 10.0


class _Pred:
    """A prediction as the scorer sees it."""

    __slots__ = ("currency", "end", "start", "text", "value")

    def __init__(self, start: int, end: int, text: str, value: Decimal, currency: str) -> None:
        self.start, self.end, self.text, self.value, self.currency = (
            start,
            end,
            text,
            value,
            currency,
        )


def _labels(doc: dict[str, Any]) -> list[str]:
    return list((doc.get("gold") or {}).get("lines") or [])


def score(
    docs: Sequence[dict[str, Any]], predict: Callable[[str, list[str]], list[Any]]
) -> tuple[PRF, PRF]:
    """Value and surface PRF of ``predict(text, labels)`` over ``docs`` (evaluate.py's rules)."""
    value = surface = PRF(0, 0, 0)
    for d in docs:
        text, labels = doc_text(d), _labels(d)
        starts = line_starts(text)

        def annotated(pos: int, starts: list[int] = starts, labels: list[str] = labels) -> bool:
            i = line_of(starts, pos)
            return i < len(labels) and labels[i] in MONEY_LABELS

        preds = sorted(
            (p for p in predict(text, labels) if annotated(p.start)), key=lambda p: (p.start, p.end)
        )
        entries = list((d.get("gold") or {}).get("money") or [])
        surfaces = [str(e["surface"]) for e in entries]
        gold = [
            (e, pos, pos + len(s))
            for e, s, pos in zip(entries, surfaces, locate(text, surfaces, annotated), strict=True)
            if pos is not None
        ]
        spans = [(p.start, p.end) for p in preds]
        gspans = [(s, e) for _, s, e in gold]

        pairs = [(gi, pi) for gi in range(len(gold)) for pi in range(len(preds))]
        value_ok = {
            (gi, pi)
            for gi, pi in pairs
            if Decimal(str(gold[gi][0]["value"])) == preds[pi].value
            and gold[gi][0]["currency"] == preds[pi].currency
        }
        surface_ok = {
            (gi, pi)
            for gi, pi in pairs
            if preds[pi].start == gold[gi][1] and preds[pi].text == gold[gi][0]["surface"]
        }
        v, _ = greedy_match(gspans, spans, value_ok)
        s, _ = greedy_match(gspans, spans, surface_ok)
        value, surface = value + v, surface + s
    return value, surface


# --------------------------------------------------------------------------- price-parser

_CURRENCY_ISO = {row[0]: row[1] for row in load_table("money_currencies.tsv")}
_CURRENCY_ISO.update({"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"})
_HAS_CURRENCY = re.compile(
    "원|달러|불|엔|円|유로|위안|元|파운드|센트|[$€£¥₩]|USD|EUR|JPY|KRW|CNY|GBP"
)
_CLAUSE = re.compile(r"[^.!?,;()\[\]{}<>“”\"'‘’…·\n]+")


def price_parser_predict(text: str, labels: list[str]) -> list[_Pred]:
    """price-parser under the protocol in the module docstring."""
    from price_parser import Price

    out: list[_Pred] = []
    starts = line_starts(text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i >= len(labels) or labels[i] not in MONEY_LABELS:
            continue
        for c in _CLAUSE.finditer(line):
            clause = c.group()
            if not _HAS_CURRENCY.search(clause):
                continue
            price = Price.fromstring(clause)
            if price.amount is None or not price.amount_text:
                continue
            pos = clause.find(price.amount_text)
            if pos < 0:
                continue
            cur = _CURRENCY_ISO.get((price.currency or "").strip())
            if cur is None:
                cur = "KRW" if "원" in clause else None
            if cur is None:
                continue
            start = starts[i] + c.start() + pos
            out.append(
                _Pred(start, start + len(price.amount_text), price.amount_text, price.amount, cur)
            )
    return out


def kornews_predict(text: str, labels: list[str]) -> list[Any]:
    return find_money(text)


# --------------------------------------------------------------------------- numerals

_CURRENCY_WORDS = sorted(
    (row[0] for row in load_table("money_currencies.tsv")), key=len, reverse=True
)


def numeral_items(docs: Sequence[dict[str, Any]]) -> list[tuple[str, Decimal]]:
    """The numeral part of each gold money surface with the gold value."""
    items = []
    for d in docs:
        for e in (d.get("gold") or {}).get("money") or []:
            s = str(e["surface"]).strip()
            for w in _CURRENCY_WORDS:
                if s.endswith(w):
                    s = s[: -len(w)].rstrip()
                    break
            items.append((s, Decimal(str(e["value"]))))
    return items


def _safe(fn: Callable[[str], Any]) -> Callable[[str], Decimal | None]:
    def call(s: str) -> Decimal | None:
        try:
            v = fn(s)
        except Exception:
            return None
        if v is None or isinstance(v, bool):
            return None
        try:
            return Decimal(str(v))
        except Exception:
            return None

    return call


def numeral_readers() -> list[tuple[str, Callable[[str], Decimal | None]]]:
    def uncached(s: str) -> Decimal | None:
        # kornews caches evaluated numerals; clear it so repeats in the gold are not free.
        _evaluate_cached.cache_clear()
        return parse_numeral(s)

    readers: list[tuple[str, Callable[[str], Decimal | None]]] = [
        ("kornews parse_numeral", _safe(uncached))
    ]
    try:
        import korean_number  # type: ignore[import-untyped]

        readers.append(("korean-number kor2num", _safe(korean_number.kor2num)))
    except ImportError:
        print("korean-number not installed; skipped", file=sys.stderr)
    try:
        import hangulpy

        readers.append(("hangulpy hangul_to_number", _safe(hangulpy.hangul_to_number)))
    except ImportError:
        print("hangulpy not installed; skipped", file=sys.stderr)
    return readers


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help="annotated JSONL (default: the dev set)")
    ap.add_argument("--mb", type=float, default=10.0, help="throughput corpus size in MB")
    ap.add_argument("--runs", type=int, default=3, help="timed passes (median)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    args = ap.parse_args(argv)
    paths = args.files or dev_files()
    docs = load_jsonl(paths)
    if not docs:
        print("no documents", file=sys.stderr)
        return 2
    cpu = None if args.no_pin else pin_one_core()
    texts = [doc_text(d) for d in docs]
    big = repeat_to_mb(texts, args.mb)
    size = utf8_size(big)
    dev_size = utf8_size(texts)
    print(
        f"{len(docs)} documents ({dev_size / MB:.3f} MB), throughput over {size / MB:.1f} MB"
        f" (one core: {cpu if cpu is not None else 'not pinned'}), CPU time, median of {args.runs}"
    )

    def rate(fn: Callable[[Any], object], inputs: Sequence[Any], nbytes: int, runs: int) -> float:
        t = median_time(lambda: [fn(x) for x in inputs], runs, clock=time.process_time)
        return nbytes / MB / t if t > 0 else float("inf")

    k_value, k_surface = score(docs, kornews_predict)
    money_rate = rate(find_money, big, size, args.runs)
    numbers_rate = rate(find_numbers, big, size, args.runs)
    n_numbers = sum(len(find_numbers(t)) for t in texts)
    n_money = sum(len(find_money(t)) for t in texts)
    rows: list[list[object]] = [
        ["kornews find_money", k_value.f1, k_surface.f1, f"{money_rate:.1f}", f"{n_money} found"],
        ["kornews find_numbers", None, None, f"{numbers_rate:.1f}", f"{n_numbers} found"],
    ]
    try:
        import price_parser  # noqa: F401

        p_value, p_surface = score(docs, price_parser_predict)
        pairs = [(doc_text(d), _labels(d)) for d in docs]
        p_rate = rate(lambda tl: price_parser_predict(*tl), pairs, dev_size, 1)
        n_pp = sum(len(price_parser_predict(t, lab)) for t, lab in pairs)
        rows.append(
            ["price-parser (clauses)", p_value.f1, p_surface.f1, f"{p_rate:.1f}", f"{n_pp} found"]
        )
    except ImportError:
        print("price-parser not installed; skipped", file=sys.stderr)
    print()
    print("Money in annotated lines (value F1: overlap + value + currency; surface F1: exact span)")
    print_table(["tool", "value F1", "surface F1", "MB/s", "note"], rows)

    items = numeral_items(docs)
    nrows: list[list[object]] = []
    strings = [s for s, _ in items]
    for name, reader in numeral_readers():
        correct = sum(1 for s, v in items if reader(s) == v)

        def convert_all(reader: Callable[[str], Decimal | None] = reader) -> object:
            return [reader(s) for s in strings]

        t = median_time(convert_all, args.runs, clock=time.process_time)
        nrows.append(
            [
                name,
                f"{correct}/{len(items)}",
                correct / len(items) if items else 1.0,
                f"{len(items) / t:,.0f}",
            ]
        )
    print()
    print("Numerals of the gold amounts (exact value)")
    print_table(["reader", "correct", "accuracy", "items/s"], nrows)

    ok = (
        k_value.f1 >= VALUE_F1_FLOOR
        and k_surface.f1 >= SURFACE_F1_FLOOR
        and money_rate >= MB_S_FLOOR
    )
    print()
    print(
        f"acceptance: value F1 {k_value.f1:.3f} (>= {VALUE_F1_FLOOR}), surface F1 {k_surface.f1:.3f}"
        f" (>= {SURFACE_F1_FLOOR}), find_money {money_rate:.1f} MB/s (>= {MB_S_FLOOR}): "
        + ("ok" if ok else "FAILED")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
