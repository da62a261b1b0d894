"""Score kornews's public functions against documents in the annotation schema.

usage::

    python benchmarks/evaluate.py [FILE.jsonl ...] [--json] [--verbose] [--task T,...] [--doc ID,...]
                                  [--check [FLOORS]] [--require-all]
                                  [--update-floors [FLOORS]] [--allow-lower] [--all-figures]
                                  [--from-submodules] [--if-present]

With no FILE, ``../shared/eval/dev/*.jsonl`` is read (or ``$KORNEWS_EVAL_DIR/*.jsonl``).
The schema is ``../shared/eval/ANNOTATION.md``. Tasks and their functions, looked up on the
top-level ``kornews`` package only (``--from-submodules`` or ``KORNEWS_EVAL_SUBMODULES=1``
also looks in the submodule that defines them, for work not yet re-exported):

========  ====================================  ==================
task      function                              submodule
========  ====================================  ==================
encoding  ``repair_encoding(text)``             kornews.encoding
lines     ``classify_lines(text)``              kornews.lines
money     ``find_money(text)``                  kornews.money
dates     ``find_dates(text, reference=date)``  kornews.dates
bylines   ``find_bylines(text)``                kornews.bylines
extract   ``extract(text)``                     kornews.article
========  ====================================  ==================

A task whose function does not exist is reported as ``missing`` (never as zero). Every figure
is micro-averaged over all documents and goes into one flat dict (``"lines.body_f1"``), which
is what ``benchmarks/floors.json`` pins; see ``docs/evaluation.md`` for the definitions and
the floors format. Exit status: 0, or 1 when ``--check`` finds a figure below its floor,
a crash, or (with ``--require-all``, or for a task not marked optional) a missing task;
2 on bad usage or unreadable input.

Evaluation documents are other publishers' text: they are read by path at run time and
never copied into the project.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import difflib
import json
import math
import sys
import time
import traceback
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

# Run as a script, this folder is already first on sys.path; imported (tests), add it at the
# end so that it can never shadow an installed module.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
from _common import ROOT, dev_files, load_jsonl, resolve_api, submodules_default

LABELS = ("title", "subtitle", "meta", "byline", "body", "caption", "boilerplate", "empty")
TASKS = ("encoding", "lines", "money", "dates", "bylines", "extract")
FUNCTIONS: dict[str, tuple[str, str]] = {
    "encoding": ("repair_encoding", "kornews.encoding"),
    "lines": ("classify_lines", "kornews.lines"),
    "money": ("find_money", "kornews.money"),
    "dates": ("find_dates", "kornews.dates"),
    "bylines": ("find_bylines", "kornews.bylines"),
    "extract": ("extract", "kornews.article"),
}
MONEY_LABELS = frozenset({"body", "title", "subtitle", "caption"})
# The schema names body/title/subtitle/meta for dates, but the annotators also annotated
# every date in caption prose (19 of 183 on the dev set; none in file names or URLs), so
# captions count: leaving them out would cap recall at 0.90.
DATE_LABELS = frozenset({"body", "title", "subtitle", "meta", "caption"})
BYLINE_KINDS = frozenset({"author", "photo"})
# Characters of an ISO value that carry each grain ("hour" compares "YYYY-MM-DDTHH").
GRAIN_CHARS = {"year": 4, "month": 7, "day": 10, "hour": 13, "minute": 16}
DEFAULT_FLOORS = ROOT / "benchmarks" / "floors.json"
NOISE_MARGIN = 0.005


# --------------------------------------------------------------------------- scoring core


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts of a detection task and the precision, recall and F1 they give."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted and nothing was expected."""
        d = self.tp + self.fp
        return self.tp / d if d else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected."""
        d = self.tp + self.fn
        return self.tp / d if d else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (2TP / (2TP + FP + FN)); 1.0 on empty."""
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 1.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def prf_of_sets(pred: Iterable[object], gold: Iterable[object]) -> PRF:
    """Return the PRF of two sets of hashable items (duplicates count once)."""
    p, g = set(pred), set(gold)
    return PRF(len(p & g), len(p - g), len(g - p))


def similarity(a: str, b: str) -> float:
    """Return difflib's character similarity ratio of ``a`` and ``b`` (1.0 = identical).

    ``autojunk=False`` so that frequent Hangul syllables are not treated as junk.
    """
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def line_starts(text: str) -> list[int]:
    """Return the offset of each line of ``text.split("\\n")``."""
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def line_of(starts: Sequence[int], offset: int) -> int:
    """Return the index of the line holding character ``offset``."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def locate(
    text: str, surfaces: Sequence[str], allowed: Callable[[int], bool] | None = None
) -> list[int | None]:
    """Return where each gold surface occurs in ``text``, searching in order.

    Each surface is looked for after the end of the previous one (as the schema's validator
    does), else after its start; ``None`` when it cannot be found. With ``allowed``, an
    occurrence at a position it rejects (a line the annotators do not annotate, such as a
    teaser repeating the headline's amount) is skipped when a later one qualifies.
    """
    out: list[int | None] = []
    prev_start, prev_end = 0, 0
    for s in surfaces:
        i = _find(text, s, prev_end, allowed)
        if i < 0:
            i = _find(text, s, prev_start, allowed)
        if i < 0 or not s:
            out.append(None)
            continue
        out.append(i)
        prev_start, prev_end = i, i + len(s)
    return out


def _find(text: str, s: str, pos: int, allowed: Callable[[int], bool] | None) -> int:
    """First occurrence of ``s`` at or after ``pos`` that ``allowed`` accepts, else the first one."""
    first = i = text.find(s, pos)
    while allowed is not None and i >= 0 and not allowed(i):
        i = text.find(s, i + 1)
    return i if i >= 0 else first


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether the half-open spans share at least one character (an empty span overlaps nothing)."""
    return a_start < b_end and b_start < a_end


def greedy_match(
    gold: Sequence[tuple[int, int]],
    pred: Sequence[tuple[int, int]],
    ok: Container[tuple[int, int]] | None = None,
) -> tuple[PRF, list[int | None]]:
    """Match gold spans to predicted spans one-to-one, gold in order, greedily.

    Each gold span takes the first still-unmatched prediction (in the given order) that
    overlaps it and, when ``ok`` is given, whose pair ``(gold_index, pred_index)`` is in ``ok``.

    Returns:
        The PRF (TP = matched pairs) and, per gold span, the index of its prediction or None.
    """
    used = [False] * len(pred)
    assigned: list[int | None] = []
    for gi, (gs, ge) in enumerate(gold):
        hit: int | None = None
        for pi, (ps, pe) in enumerate(pred):
            if not used[pi] and overlaps(gs, ge, ps, pe) and (ok is None or (gi, pi) in ok):
                hit = pi
                break
        if hit is not None:
            used[hit] = True
        assigned.append(hit)
    tp = sum(1 for a in assigned if a is not None)
    return PRF(tp, len(pred) - tp, len(gold) - tp), assigned


def to_decimal(v: object) -> Decimal | None:
    """Return ``v`` as a Decimal (from Decimal, int, str, or float via ``str``), else None."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, bool) or v is None:
        return None
    try:
        return Decimal(str(v))
    except (InvalidOperation, ValueError):
        return None


def format_at_grain(value: object, grain: str) -> str | None:
    """Return a predicted date value as an ISO prefix at ``grain`` precision, or None.

    A ``date`` has no time of day, so it cannot match at ``hour`` or ``minute``; a
    ``datetime`` is read on its own wall clock (no timezone conversion, as printed).
    """
    n = GRAIN_CHARS.get(grain)
    if n is None:
        return None
    if isinstance(value, dt.datetime):
        iso = value.strftime("%Y-%m-%dT%H:%M")
    elif isinstance(value, dt.date):
        iso = value.isoformat()
    else:
        return None
    return iso[:n] if len(iso) >= n else None


def date_value_matches(pred_value: object, gold_value: str | None, grain: str) -> bool:
    """Whether a predicted value equals the gold value at the gold grain.

    A gold ``null`` means the annotator found the expression unresolvable from the text
    (e.g. a bare ``12일`` on a page with no date): it is matched only by a prediction
    that also declines (``value is None``), since any value would be a guess.
    """
    if gold_value is None:
        return pred_value is None
    n = min(GRAIN_CHARS.get(grain, len(gold_value)), len(gold_value))
    got = format_at_grain(pred_value, grain)
    return got is not None and got[:n] == gold_value[:n]


def published_matches(pred: object, gold: str) -> bool:
    """Whether a predicted publication time equals the gold one at the gold's precision.

    Gold ``YYYY-MM-DD`` compares the date (of a date or a datetime); gold
    ``YYYY-MM-DDTHH:MM`` needs a datetime equal to the minute (wall clock).
    """
    if "T" in gold:
        return isinstance(pred, dt.datetime) and pred.strftime("%Y-%m-%dT%H:%M") == gold[:16]
    if isinstance(pred, dt.datetime):
        return pred.date().isoformat() == gold[:10]
    if isinstance(pred, dt.date):
        return pred.isoformat() == gold[:10]
    return False


def parse_reference(v: object) -> dt.date | None:
    """Return gold.reference_date as a ``datetime.date``, or None."""
    if not isinstance(v, str):
        return None
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- documents


@dataclass(slots=True)
class Doc:
    """One annotated document and the text its gold labels refer to."""

    id: str
    raw: str
    text: str
    repaired: bool
    labels: list[str]
    gold: dict[str, Any]

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Doc:
        gold = obj.get("gold") or {}
        raw_obj = obj.get("text")
        raw = raw_obj if isinstance(raw_obj, str) else ""
        rep = gold.get("repaired_text")
        text: str = rep if isinstance(rep, str) else raw
        return cls(
            id=str(obj.get("id", obj.get("_source", "?"))),
            raw=raw,
            text=text,
            repaired=isinstance(rep, str),
            labels=list(gold.get("lines") or []),
            gold=gold,
        )


def short(s: str, n: int = 70) -> str:
    """Return ``s`` on one line, cut to ``n`` characters."""
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------- tasks


@dataclass(slots=True)
class TaskResult:
    """What one task measured: rate figures (0..1), counts, and per-document notes."""

    status: str = "ok"  # "ok" | "missing"
    source: str = ""
    figures: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Calls:
    """Calls the API once per document and remembers results shared by tasks."""

    def __init__(self, funcs: dict[str, Callable[..., Any] | None]) -> None:
        self.funcs = funcs
        self._repair: dict[int, str | BaseException] = {}  # by id(doc): ids may repeat

    def repair(self, doc: Doc) -> str | BaseException:
        """Return ``repair_encoding(doc.raw)`` (or the exception it raised), cached."""
        fn = self.funcs.get("encoding")
        if fn is None:
            raise RuntimeError("repair_encoding is missing")
        key = id(doc)
        if key not in self._repair:
            try:
                out = fn(doc.raw)
                self._repair[key] = (
                    out
                    if isinstance(out, str)
                    else TypeError(f"returned {type(out).__name__}, not str")
                )
            except Exception as e:  # a crash is a finding, not a reason to stop scoring
                self._repair[key] = e
        return self._repair[key]


def _err(res: TaskResult, doc: Doc, e: BaseException) -> None:
    res.errors.append(f"{doc.id}: {type(e).__name__}: {e}")


def score_encoding(docs: Sequence[Doc], calls: Calls) -> TaskResult:
    """Mean similarity of the repair to gold on mojibake docs; share unchanged on the rest."""
    res = TaskResult()
    sims: list[float] = []
    base: list[float] = []
    unchanged = clean = 0
    for d in docs:
        out = calls.repair(d)
        if isinstance(out, BaseException):
            _err(res, d, out)
            out = ""
        if d.repaired:
            s = similarity(out, d.text)
            sims.append(s)
            base.append(similarity(d.raw, d.text))
            if s < 1.0:
                res.notes.append(f"{d.id}: similarity {s:.3f} (raw {base[-1]:.3f})")
        else:
            clean += 1
            if out == d.raw:
                unchanged += 1
            else:
                pos = next(
                    (i for i, (a, b) in enumerate(zip(out, d.raw, strict=False)) if a != b),
                    min(len(out), len(d.raw)),
                )
                res.notes.append(
                    f"{d.id}: clean text changed at {pos}: {short(d.raw[pos : pos + 30], 30)!r}"
                    f" -> {short(out[pos : pos + 30], 30)!r}"
                )
    res.figures["similarity"] = sum(sims) / len(sims) if sims else 1.0
    res.figures["unchanged"] = unchanged / clean if clean else 1.0
    res.counts.update(
        docs=len(docs), mojibake_docs=len(sims), clean_docs=clean, errors=len(res.errors)
    )
    if base:
        res.counts["raw_similarity_pct"] = round(100 * sum(base) / len(base))
    return res


def score_lines(docs: Sequence[Doc], calls: Calls, classify: Callable[..., Any]) -> TaskResult:
    """Body-line P/R/F1, per-label F1 and accuracy of ``classify_lines``."""
    res = TaskResult()
    per = {lab: PRF(0, 0, 0) for lab in LABELS}
    correct = total = from_repair = 0
    for d in docs:
        text = d.text
        if calls.funcs.get("encoding") is not None:
            rep = calls.repair(d)
            if isinstance(rep, str) and len(rep.split("\n")) == len(d.labels):
                text, from_repair = rep, from_repair + 1
        lines = text.split("\n")
        try:
            pred = list(classify(text))
        except Exception as e:
            _err(res, d, e)
            pred = []
        if pred and len(pred) != len(d.labels):
            res.errors.append(f"{d.id}: {len(pred)} lines returned for {len(d.labels)}")
        for i, g in enumerate(d.labels):
            p = str(getattr(pred[i], "label", "?")) if i < len(pred) else "?"
            total += 1
            if p == g:
                correct += 1
                per[g] = per[g] + PRF(1, 0, 0)
                continue
            if g in per:
                per[g] = per[g] + PRF(0, 0, 1)
            if p in per:
                per[p] = per[p] + PRF(0, 1, 0)
            reason = getattr(pred[i], "reason", "") if i < len(pred) else ""
            line = lines[i] if i < len(lines) else ""
            res.notes.append(
                f"{d.id} L{i}: gold={g} pred={p} [{short(str(reason), 30)}] {short(line)}"
            )
    body = per["body"]
    res.figures.update(
        body_precision=body.precision,
        body_recall=body.recall,
        body_f1=body.f1,
        accuracy=correct / total if total else 1.0,
    )
    for lab in LABELS:
        res.figures[f"f1.{lab}"] = per[lab].f1
    res.counts.update(
        docs=len(docs), lines=total, errors=len(res.errors), text_from_repair=from_repair
    )
    return res


def _located(
    d: Doc, entries: Sequence[dict[str, Any]], res: TaskResult, labels: frozenset[str]
) -> list[tuple[dict[str, Any], int, int]]:
    """Gold entries with their spans in the document text (unlocatable ones are noted).

    Occurrences on lines whose gold label is in ``labels`` are preferred, since those are
    the lines the schema annotates.
    """
    starts = line_starts(d.text)

    def on_annotated_line(pos: int) -> bool:
        i = line_of(starts, pos)
        return i < len(d.labels) and d.labels[i] in labels

    out = []
    surfaces = [str(e.get("surface", "")) for e in entries]
    for e, pos in zip(entries, locate(d.text, surfaces, on_annotated_line), strict=True):
        if pos is None:
            res.notes.append(f"{d.id}: gold surface {e.get('surface')!r} not found (annotation?)")
            continue
        out.append((e, pos, pos + len(str(e["surface"]))))
    return out


def _spans(preds: Sequence[Any]) -> list[tuple[int, int]]:
    return [(int(getattr(p, "start", -1)), int(getattr(p, "end", -1))) for p in preds]


def _in_lines(d: Doc, preds: Iterable[Any], allowed: frozenset[str]) -> list[Any]:
    """Predictions whose start falls on a line whose gold label is in ``allowed``, by start."""
    starts = line_starts(d.text)
    keep = []
    for p in preds:
        i = line_of(starts, int(getattr(p, "start", 0)))
        if i < len(d.labels) and d.labels[i] in allowed:
            keep.append(p)
    return sorted(keep, key=lambda p: (int(getattr(p, "start", 0)), int(getattr(p, "end", 0))))


def money_value_ok(gold: dict[str, Any], pred: Any) -> bool:
    """Whether a prediction has the gold amount (Decimal equality) and the same currency."""
    gv, pv = to_decimal(gold.get("value")), to_decimal(getattr(pred, "value", None))
    return gv is not None and gv == pv and getattr(pred, "currency", None) == gold.get("currency")


def score_money(docs: Sequence[Doc], find_money: Callable[..., Any]) -> TaskResult:
    """Value P/R/F1 (overlap + value + currency) and exact-surface P/R/F1 of ``find_money``."""
    res = TaskResult()
    value = surface = PRF(0, 0, 0)
    n_pred = n_gold = 0
    for d in docs:
        try:
            raw_preds = list(find_money(d.text))
        except Exception as e:
            _err(res, d, e)
            raw_preds = []
        preds = _in_lines(d, raw_preds, MONEY_LABELS)
        gold = _located(d, d.gold.get("money") or [], res, MONEY_LABELS)
        spans = _spans(preds)
        gspans = [(s, e) for _, s, e in gold]

        pairs = [(gi, pi) for gi in range(len(gold)) for pi in range(len(preds))]
        value_ok = {(gi, pi) for gi, pi in pairs if money_value_ok(gold[gi][0], preds[pi])}
        surface_ok = {
            (gi, pi)
            for gi, pi in pairs
            if spans[pi][0] == gold[gi][1]
            and getattr(preds[pi], "text", None) == gold[gi][0]["surface"]
        }
        v, v_assigned = greedy_match(gspans, spans, value_ok)
        s_prf, _ = greedy_match(gspans, spans, surface_ok)
        value, surface = value + v, surface + s_prf
        n_pred += len(preds)
        n_gold += len(gold)
        matched = {a for a in v_assigned if a is not None}
        for (g, gs, ge), a in zip(gold, v_assigned, strict=True):
            if a is None:
                near = [p for p in preds if overlaps(gs, ge, *_spans([p])[0])]
                got = (
                    f" got {getattr(near[0], 'text', '')!r}={getattr(near[0], 'value', None)}"
                    f" {getattr(near[0], 'currency', None)}"
                    if near
                    else ""
                )
                res.notes.append(
                    f"{d.id}: missed {g['surface']!r}={g.get('value')} {g.get('currency')}{got}"
                )
        for pi, p in enumerate(preds):
            if pi not in matched and not any(overlaps(gs, ge, *spans[pi]) for _, gs, ge in gold):
                res.notes.append(
                    f"{d.id}: extra {getattr(p, 'text', '')!r}={getattr(p, 'value', None)}"
                    f" {getattr(p, 'currency', None)}"
                )
    res.figures.update(
        value_precision=value.precision,
        value_recall=value.recall,
        value_f1=value.f1,
        surface_precision=surface.precision,
        surface_recall=surface.recall,
        surface_f1=surface.f1,
    )
    res.counts.update(docs=len(docs), gold=n_gold, predicted=n_pred, errors=len(res.errors))
    return res


def score_dates(docs: Sequence[Doc], find_dates: Callable[..., Any]) -> TaskResult:
    """Found P/R/F1 (span overlap) and resolved P/R/F1 (overlap + value at the gold grain)."""
    res = TaskResult()
    found = resolved = resolved_ref = PRF(0, 0, 0)
    n_pred = n_gold = no_ref = 0
    for d in docs:
        ref = parse_reference(d.gold.get("reference_date"))
        # Without a reference date, relative dates can only come back with value None (the
        # contract: the clock is never read), yet an annotator may have valued them from
        # outside the page (a listing's dates). Such documents count in resolved_f1 but are
        # left out of resolved_f1_with_reference, which measures resolution where it is possible.
        valued = sum(1 for e in d.gold.get("dates") or [] if e.get("value"))
        has_ref = ref is not None or valued == 0
        if ref is None:
            no_ref += valued
        try:
            raw_preds = list(find_dates(d.text, reference=ref))
        except Exception as e:
            _err(res, d, e)
            raw_preds = []
        preds = _in_lines(d, raw_preds, DATE_LABELS)
        gold = _located(d, d.gold.get("dates") or [], res, DATE_LABELS)
        spans = _spans(preds)
        gspans = [(s, e) for _, s, e in gold]

        value_ok = {
            (gi, pi)
            for gi, (g, _, _) in enumerate(gold)
            for pi, p in enumerate(preds)
            if date_value_matches(getattr(p, "value", None), g.get("value"), str(g.get("grain")))
        }
        f, f_assigned = greedy_match(gspans, spans)
        r, r_assigned = greedy_match(gspans, spans, value_ok)
        found, resolved = found + f, resolved + r
        if has_ref:
            resolved_ref = resolved_ref + r
        n_pred += len(preds)
        n_gold += len(gold)
        for (g, _, _), fa, ra in zip(gold, f_assigned, r_assigned, strict=True):
            if fa is None:
                res.notes.append(
                    f"{d.id}: missed {g['surface']!r} ({g.get('value')}, {g.get('grain')})"
                )
            elif ra is None:
                p = preds[fa]
                res.notes.append(
                    f"{d.id}: wrong value {g['surface']!r}: gold {g.get('value')} ({g.get('grain')}),"
                    f" got {getattr(p, 'text', '')!r} -> {getattr(p, 'value', None)}"
                    f" ({getattr(p, 'grain', None)})"
                )
        matched = {a for a in f_assigned if a is not None}
        for pi, p in enumerate(preds):
            if pi not in matched:
                res.notes.append(
                    f"{d.id}: extra {getattr(p, 'text', '')!r} -> {getattr(p, 'value', None)}"
                )
    res.figures.update(
        found_precision=found.precision,
        found_recall=found.recall,
        found_f1=found.f1,
        resolved_precision=resolved.precision,
        resolved_recall=resolved.recall,
        resolved_f1=resolved.f1,
        resolved_f1_with_reference=resolved_ref.f1,
    )
    res.counts.update(
        docs=len(docs),
        gold=n_gold,
        predicted=n_pred,
        errors=len(res.errors),
        valued_without_reference=no_ref,
    )
    return res


def byline_sets(preds: Iterable[Any]) -> tuple[set[str], set[tuple[str, str | None]]]:
    """Names and (name, e-mail) pairs of author/photo credits, one per name.

    When a name is credited more than once, the first e-mail given for it is kept.
    """
    emails: dict[str, str | None] = {}
    for p in preds:
        name = getattr(p, "name", None)
        if not name or getattr(p, "kind", "author") not in BYLINE_KINDS:
            continue
        email = getattr(p, "email", None) or None
        if name not in emails or (emails[name] is None and email):
            emails[name] = email
    return set(emails), set(emails.items())


def score_bylines(docs: Sequence[Doc], find_bylines: Callable[..., Any]) -> TaskResult:
    """F1 by name and by (name, e-mail) of ``find_bylines`` against gold.bylines."""
    res = TaskResult()
    names = pairs = PRF(0, 0, 0)
    n_gold = 0
    for d in docs:
        try:
            preds = list(find_bylines(d.text))
        except Exception as e:
            _err(res, d, e)
            preds = []
        p_names, p_pairs = byline_sets(preds)
        gold = d.gold.get("bylines") or []
        g_names = {b["name"] for b in gold if b.get("name")}
        g_pairs = {(b["name"], b.get("email") or None) for b in gold if b.get("name")}
        names = names + prf_of_sets(p_names, g_names)
        pairs = pairs + prf_of_sets(p_pairs, g_pairs)
        n_gold += len(g_names)
        for n in sorted(g_names - p_names):
            res.notes.append(f"{d.id}: missed {n!r}")
        for n in sorted(p_names - g_names):
            res.notes.append(f"{d.id}: extra {n!r}")
        for n, mail in sorted(g_pairs - p_pairs, key=str):
            if n in p_names:
                got = next((pe for pn, pe in p_pairs if pn == n), None)
                res.notes.append(f"{d.id}: {n!r} e-mail gold {mail!r} got {got!r}")
    res.figures.update(
        name_precision=names.precision,
        name_recall=names.recall,
        name_f1=names.f1,
        name_email_precision=pairs.precision,
        name_email_recall=pairs.recall,
        name_email_f1=pairs.f1,
    )
    res.counts.update(docs=len(docs), gold=n_gold, errors=len(res.errors))
    return res


def _safe_normalize(normalize: Callable[[str], str], text: str) -> str | None:
    try:
        return normalize(text).strip()
    except Exception:  # scoring aid only: a crash here is normalize's test suite's business
        return None


def score_extract(
    docs: Sequence[Doc],
    extract: Callable[..., Any],
    normalize: Callable[[str], str] | None = None,
) -> TaskResult:
    """Title exact and published exact (at the gold precision) of ``extract(raw)``.

    With ``normalize``, ``title_normalized`` also counts a title equal to the normalized
    gold title (e.g. ``‧`` mapped to ``·``): it tells a wrong line from a changed character.
    """
    res = TaskResult()
    t_ok = t_norm = t_n = false_t = null_t = p_ok = p_n = 0
    for d in docs:
        try:
            art = extract(d.raw)
        except Exception as e:
            _err(res, d, e)
            art = None
        title = getattr(art, "title", None)
        title = title.strip() if isinstance(title, str) else None
        gold_title = d.gold.get("title")
        if isinstance(gold_title, str):
            t_n += 1
            if title == gold_title.strip():
                t_ok += 1
                t_norm += 1
            elif normalize is not None and title == _safe_normalize(normalize, gold_title):
                t_norm += 1
                res.notes.append(f"{d.id}: title equals the gold title only after normalize()")
            else:
                res.notes.append(
                    f"{d.id}: title {short(gold_title, 40)!r} got {short(title or '', 40)!r}"
                )
        else:
            null_t += 1
            if title:
                false_t += 1
                res.notes.append(f"{d.id}: title where gold has none: {short(title, 50)!r}")
        gold_pub = d.gold.get("published")
        if isinstance(gold_pub, str):
            p_n += 1
            pub = getattr(art, "published", None)
            if published_matches(pub, gold_pub):
                p_ok += 1
            else:
                res.notes.append(f"{d.id}: published {gold_pub} got {pub}")
    res.figures.update(
        title_exact=t_ok / t_n if t_n else 1.0,
        **({"title_normalized": t_norm / t_n if t_n else 1.0} if normalize else {}),
        false_title_rate=false_t / null_t if null_t else 0.0,
        published_exact=p_ok / p_n if p_n else 1.0,
    )
    res.counts.update(
        docs=len(docs),
        title_docs=t_n,
        false_titles=false_t,
        published_docs=p_n,
        errors=len(res.errors),
    )
    return res


# Figures where lower is better: floors for them are ceilings (see docs/evaluation.md).
LOWER_IS_BETTER = frozenset({"extract.false_title_rate"})


# --------------------------------------------------------------------------- running


def resolve(task: str, from_submodules: bool) -> tuple[Callable[..., Any] | None, str]:
    """Return the task's function and where it was found (or, when missing, why: may be '')."""
    name, submodule = FUNCTIONS[task]
    return resolve_api(name, [submodule], from_submodules)


def evaluate(
    docs: Sequence[Doc],
    funcs: dict[str, Callable[..., Any] | None],
    tasks: Sequence[str] = TASKS,
    sources: dict[str, str] | None = None,
    normalize: Callable[[str], str] | None = None,
) -> dict[str, TaskResult]:
    """Run each task whose function is given; others are ``missing``.

    ``normalize`` (``kornews.normalize`` when it exists) only adds ``extract.title_normalized``.
    """
    calls = Calls(funcs)
    out: dict[str, TaskResult] = {}
    for task in tasks:
        fn = funcs.get(task)
        t0 = time.perf_counter()
        if fn is None:
            res = TaskResult(status="missing")
        elif task == "encoding":
            res = score_encoding(docs, calls)
        elif task == "lines":
            res = score_lines(docs, calls, fn)
        elif task == "money":
            res = score_money(docs, fn)
        elif task == "dates":
            res = score_dates(docs, fn)
        elif task == "bylines":
            res = score_bylines(docs, fn)
        else:
            res = score_extract(docs, fn, normalize)
        res.seconds = time.perf_counter() - t0
        res.source = (sources or {}).get(task, "")
        out[task] = res
    return out


def flat_figures(results: dict[str, TaskResult]) -> dict[str, float]:
    """Return every rate figure of the present tasks as ``{"task.figure": value}``."""
    return {
        f"{t}.{k}": v for t, r in results.items() if r.status == "ok" for k, v in r.figures.items()
    }


# --------------------------------------------------------------------------- floors


@dataclass(slots=True)
class Floors:
    """The pinned floors: figure -> minimum, plus which tasks may be missing or only warn."""

    floors: dict[str, float]
    optional: list[str]
    advisory: list[str]
    extra: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> Floors:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("floors"), dict):
            raise ValueError(f"{path}: expected an object with a 'floors' object")
        floors = {str(k): float(v) for k, v in data["floors"].items()}
        opt = [str(x) for x in data.get("optional", [])]
        adv = [str(x) for x in data.get("advisory", [])]
        extra = {k: v for k, v in data.items() if k not in ("floors", "optional", "advisory")}
        return cls(floors, opt, adv, extra)

    def dump(self, path: Path) -> None:
        data: dict[str, Any] = dict(self.extra)
        data["floors"] = dict(sorted(self.floors.items()))
        data["optional"] = self.optional
        data["advisory"] = self.advisory
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _listed(name: str, patterns: Sequence[str]) -> bool:
    """Whether figure ``name`` is named in ``patterns``, by full name or by its task."""
    return name in patterns or name.split(".", 1)[0] in patterns


def check_floors(
    results: dict[str, TaskResult], floors: Floors, require_all: bool = False
) -> tuple[list[str], list[str]]:
    """Compare figures with their floors.

    Returns:
        (failures, warnings): failures make ``--check`` exit 1. A figure below its floor fails
        (a ceiling for lower-is-better figures); a task that crashed on a document fails; a
        missing task with a floor fails unless it is listed under ``optional`` (``--require-all``
        overrides that). Anything listed under ``advisory`` only warns.
    """
    figs = flat_figures(results)
    fails: list[str] = []
    warns: list[str] = []
    for name, floor in sorted(floors.floors.items()):
        task = name.split(".", 1)[0]
        sink = warns if _listed(name, floors.advisory) else fails
        if name in figs:
            v = figs[name]
            if name in LOWER_IS_BETTER:
                if v > floor + 1e-9:
                    sink.append(f"{name} {v:.4f} > ceiling {floor:.4f}")
            elif v < floor - 1e-9:
                sink.append(f"{name} {v:.4f} < floor {floor:.4f}")
        elif task in results and results[task].status == "missing":
            if require_all or not _listed(name, floors.optional):
                sink.append(f"{name}: task {task} is missing ({FUNCTIONS[task][0]} not found)")
        elif task in results:
            sink.append(f"{name}: no such figure (floors.json out of date?)")
    for task, r in results.items():
        if r.errors:
            sink = warns if _listed(task, floors.advisory) else fails
            sink.append(f"{task}: {len(r.errors)} error(s), first: {r.errors[0]}")
    return fails, warns


def updated_floors(
    results: dict[str, TaskResult],
    floors: Floors,
    *,
    allow_lower: bool = False,
    all_figures: bool = False,
    margin: float = NOISE_MARGIN,
) -> tuple[Floors, list[str]]:
    """Return new floors from the current figures, and messages about what changed.

    Each floored figure (every rate figure with ``all_figures``) gets its current value minus
    ``margin``, rounded down to 3 decimals. An existing floor is never lowered unless
    ``allow_lower``; a figure already below its floor is reported as ``REGRESSION``.
    Missing tasks keep their floors.
    """
    figs = flat_figures(results)
    new = dict(floors.floors)
    msgs: list[str] = []
    names = set(floors.floors) | (set(figs) if all_figures else set())
    for name in sorted(names):
        if name not in figs:
            continue
        v = figs[name]
        if name in LOWER_IS_BETTER:
            cand = math.ceil((v + margin) * 1000) / 1000
            old = floors.floors.get(name)
            if old is not None and cand > old and not allow_lower:
                if v > old:
                    msgs.append(f"REGRESSION {name} {v:.4f} > ceiling {old:.4f}: kept")
                continue
        else:
            cand = max(0.0, math.floor((v - margin) * 1000) / 1000)
            old = floors.floors.get(name)
            if old is not None and cand < old and not allow_lower:
                if v < old:
                    msgs.append(
                        f"REGRESSION {name} {v:.4f} < floor {old:.4f}: kept (--allow-lower)"
                    )
                continue
        if old != cand:
            msgs.append(f"{name}: {old if old is not None else '-'} -> {cand:.3f}")
            new[name] = cand
    return Floors(new, list(floors.optional), list(floors.advisory), dict(floors.extra)), msgs


# --------------------------------------------------------------------------- output


def _fig(r: TaskResult, k: str) -> str:
    return f"{r.figures[k]:.3f}"


SUMMARIES: dict[str, Callable[[TaskResult], str]] = {
    "encoding": lambda r: (
        f"similarity {_fig(r, 'similarity')} ({r.counts['mojibake_docs']} mojibake docs)"
        f"  unchanged {_fig(r, 'unchanged')} ({r.counts['clean_docs']} clean docs)"
    ),
    "lines": lambda r: (
        f"body P {_fig(r, 'body_precision')} R {_fig(r, 'body_recall')} F1 {_fig(r, 'body_f1')}"
        f"  accuracy {_fig(r, 'accuracy')} ({r.counts['lines']} lines)"
    ),
    "money": lambda r: (
        f"value P {_fig(r, 'value_precision')} R {_fig(r, 'value_recall')} F1 {_fig(r, 'value_f1')}"
        f"  surface F1 {_fig(r, 'surface_f1')} ({r.counts['gold']} gold, {r.counts['predicted']} found)"
    ),
    "dates": lambda r: (
        f"found F1 {_fig(r, 'found_f1')}  resolved P {_fig(r, 'resolved_precision')}"
        f" R {_fig(r, 'resolved_recall')} F1 {_fig(r, 'resolved_f1')}"
        f"  with reference F1 {_fig(r, 'resolved_f1_with_reference')} ({r.counts['gold']} gold)"
    ),
    "bylines": lambda r: (
        f"name P {_fig(r, 'name_precision')} R {_fig(r, 'name_recall')} F1 {_fig(r, 'name_f1')}"
        f"  name+email F1 {_fig(r, 'name_email_f1')} ({r.counts['gold']} gold)"
    ),
    "extract": lambda r: (
        f"title exact {_fig(r, 'title_exact')}"
        + (
            f" (normalized {_fig(r, 'title_normalized')})"
            if "title_normalized" in r.figures
            else ""
        )
        + f" ({r.counts['title_docs']} docs, {r.counts['false_titles']} false)"
        f"  published exact {_fig(r, 'published_exact')}"
        f" ({r.counts['published_docs']} docs)"
    ),
}


def render(results: dict[str, TaskResult], n_docs: int, verbose: bool) -> str:
    """Return the human-readable report: one line per task (plus per-label F1 for lines)."""
    out = [f"kornews evaluate: {n_docs} documents"]
    for task, r in results.items():
        if r.status == "missing":
            why = f"; {short(r.source, 90)}" if r.source else ""
            out.append(f"{task:<9} missing  ({FUNCTIONS[task][0]} not on kornews{why})")
            continue
        src = "" if r.source in ("", "kornews") else f" [{r.source}]"
        err = f"  ERRORS {len(r.errors)}" if r.errors else ""
        out.append(f"{task:<9} {SUMMARIES[task](r)}{err}  {r.seconds:.1f}s{src}")
        if task == "lines":
            out.append(
                "          label F1: "
                + " ".join(f"{lab} {r.figures['f1.' + lab]:.2f}" for lab in LABELS)
            )
        if verbose:
            out.append("  figures: " + ", ".join(f"{k} {v:.4f}" for k, v in r.figures.items()))
            out.append("  counts: " + ", ".join(f"{k} {v}" for k, v in r.counts.items()))
            out.extend(f"  ERROR {e}" for e in r.errors)
            out.extend(f"  {n}" for n in r.notes)
    return "\n".join(out)


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="benchmarks/evaluate.py",
        description="Score kornews against annotated JSONL documents (see docs/evaluation.md).",
    )
    ap.add_argument("files", nargs="*", help="JSONL files (default: ../shared/eval/dev/*.jsonl)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-document failures")
    ap.add_argument("--task", default="", help="comma-separated tasks to run (default: all)")
    ap.add_argument("--doc", default="", help="comma-separated document ids to score")
    ap.add_argument(
        "--check",
        nargs="?",
        const=str(DEFAULT_FLOORS),
        metavar="FLOORS",
        help="exit 1 when a figure is below its floor (default file: benchmarks/floors.json)",
    )
    ap.add_argument("--require-all", action="store_true", help="with --check: missing tasks fail")
    ap.add_argument(
        "--if-present",
        action="store_true",
        help="exit 0 with a note when no FILE is given and the default documents are absent",
    )
    ap.add_argument(
        "--update-floors",
        nargs="?",
        const=str(DEFAULT_FLOORS),
        metavar="FLOORS",
        help="raise floors to the current figures minus 0.005 (never lowers them)",
    )
    ap.add_argument("--allow-lower", action="store_true", help="with --update-floors: may lower")
    ap.add_argument(
        "--all-figures",
        action="store_true",
        help="with --update-floors: also add floors for figures that have none",
    )
    ap.add_argument(
        "--from-submodules",
        action="store_true",
        default=submodules_default(),
        help="also find functions in their submodules (env KORNEWS_EVAL_SUBMODULES=1)",
    )
    args = ap.parse_args(argv)

    tasks = [t for t in (args.task.split(",") if args.task else TASKS) if t]
    bad = [t for t in tasks if t not in TASKS]
    if bad:
        ap.error(f"unknown task(s) {bad}; allowed: {', '.join(TASKS)}")
    paths = [Path(p) for p in args.files] or dev_files()
    if not paths:
        if args.if_present:
            print("evaluate: no evaluation documents found (../shared/eval/dev/); skipped")
            return 0
        ap.error("no JSONL files given and none found in ../shared/eval/dev/")
    try:
        docs = [Doc.from_json(o) for o in load_jsonl(paths)]
    except (OSError, ValueError) as e:
        print(f"evaluate: {e}", file=sys.stderr)
        return 2
    if args.doc:
        wanted = set(args.doc.split(","))
        docs = [d for d in docs if d.id in wanted]
    for d in docs:
        if len(d.labels) != len(d.text.split("\n")):
            print(f"evaluate: {d.id}: gold.lines does not fit the text; skipped", file=sys.stderr)
    docs = [d for d in docs if len(d.labels) == len(d.text.split("\n"))]

    funcs: dict[str, Callable[..., Any] | None] = {}
    sources: dict[str, str] = {}
    for task in TASKS:
        try:
            funcs[task], sources[task] = resolve(task, args.from_submodules)
        except Exception:  # a broken kornews import is itself the finding
            traceback.print_exc()
            return 1
    normalize, _ = resolve_api("normalize", ["kornews.normalization"], args.from_submodules)
    results = evaluate(docs, funcs, tasks, sources, normalize)

    fails: list[str] = []
    warns: list[str] = []
    if args.check:
        try:
            fails, warns = check_floors(results, Floors.load(Path(args.check)), args.require_all)
        except (OSError, ValueError) as e:
            print(f"evaluate: {e}", file=sys.stderr)
            return 2
    msgs: list[str] = []
    if args.update_floors:
        fpath = Path(args.update_floors)
        old = Floors.load(fpath) if fpath.exists() else Floors({}, [], [], {})
        new, msgs = updated_floors(
            results, old, allow_lower=args.allow_lower, all_figures=args.all_figures
        )
        new.dump(fpath)

    if args.json:
        payload = {
            "files": [str(p) for p in paths],
            "documents": len(docs),
            "figures": flat_figures(results),
            "tasks": {
                t: {
                    "status": r.status,
                    "source": r.source,
                    "seconds": round(r.seconds, 3),
                    "figures": r.figures,
                    "counts": r.counts,
                    "errors": r.errors,
                    **({"failures": r.notes} if args.verbose else {}),
                }
                for t, r in results.items()
            },
            "check": {"failures": fails, "warnings": warns} if args.check else None,
            "floor_updates": msgs if args.update_floors else None,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        print(render(results, len(docs), args.verbose))
        for m in msgs:
            print(f"floors: {m}")
        if args.update_floors and not msgs:
            print("floors: unchanged")
        for w in warns:
            print(f"advisory: {w}")
        if args.check:
            if fails:
                print(f"CHECK FAILED ({len(fails)}):")
                for f in fails:
                    print(f"  {f}")
            else:
                figs = flat_figures(results)
                floors = Floors.load(Path(args.check)).floors
                checked = sum(1 for k in floors if k in figs)
                print(
                    f"check passed: {checked} of {len(floors)} floored figures measured,"
                    f" all at or above their floors"
                )
    regressions = any(m.startswith("REGRESSION") for m in msgs)
    return 1 if fails or regressions else 0


if __name__ == "__main__":
    sys.exit(main())
