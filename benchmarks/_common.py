"""Helpers shared by the scripts in ``benchmarks/``: data loading, timing, memory, tables.

Import it from a benchmark script run as ``python benchmarks/x.py`` (the script's own
folder is then first on ``sys.path``)::

    from _common import dev_files, load_jsonl, doc_text, repeat_to_mb, median_time, print_table

Evaluation documents are other publishers' text: they are read here by path, at run
time, and never copied into the project.

What is here:

- ``dev_files()`` / ``load_jsonl(paths)`` / ``doc_text(doc)``: the annotated JSONL documents
  (``../shared/eval/dev/*.jsonl`` by default) and the text their gold labels refer to.
- ``repeat_to_mb(texts, mb)``: the texts repeated, in order, until they hold ``mb`` MB of UTF-8.
- ``median_time(fn, runs, clock=...)``: median time of ``fn()`` over ``runs`` runs (after one
  warm-up); wall time, or CPU time with ``clock=time.process_time``.
- ``peak_traced_bytes(fn)``: peak Python heap of one call (``tracemalloc``);
  ``max_rss_bytes()``: the process's peak resident set size so far.
- ``pin_one_core()``: restrict the process to one CPU where the OS allows it.
- ``print_table(headers, rows)``: a plain aligned text table.
- ``resolve_api(name, submodules)``: a public function of ``kornews`` by name, optionally
  also looked up in the submodules that define it (for work not yet re-exported).
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
"""The project checkout (the folder holding ``benchmarks/``)."""

SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"
"""Default location of the annotated development documents."""

MB = 1_000_000
"""Throughputs are in MB of UTF-8 per second, with MB = 10**6 bytes."""

SUBMODULES_ENV = "KORNEWS_EVAL_SUBMODULES"
"""Set to 1 to make ``resolve_api`` also look in submodules (same as ``--from-submodules``)."""


def submodules_default() -> bool:
    """Whether ``$KORNEWS_EVAL_SUBMODULES`` asks for submodule look-up."""
    return os.environ.get(SUBMODULES_ENV, "") not in ("", "0")


def resolve_api(
    name: str, submodules: Sequence[str] = (), from_submodules: bool = False
) -> tuple[Callable[..., Any] | None, str]:
    """Return ``kornews.<name>`` and where it was found, or ``(None, why)`` when it is missing.

    Only the top-level package counts, since that is the public API; with
    ``from_submodules`` the given submodules are tried next, in order. ``why`` is ``""``
    when there was nothing else to try, else the reason each submodule failed.
    """
    import kornews

    why: list[str] = []
    try:
        fn = getattr(kornews, name, None)
    except ImportError as e:  # a lazy (PEP 562) export whose module cannot be imported
        fn = None
        why.append(f"kornews.{name}: {type(e).__name__}: {e}")
    if callable(fn):
        return fn, "kornews"
    if from_submodules:
        for sub in submodules:
            try:
                mod = importlib.import_module(sub)
            except ImportError as e:  # e.g. it imports another module that has not landed yet
                why.append(f"{sub}: {type(e).__name__}: {e}")
                continue
            fn = getattr(mod, name, None)
            if callable(fn):
                return fn, sub
            why.append(f"{sub} has no {name}")
    return None, "; ".join(why)


def dev_files() -> list[Path]:
    """Return the default evaluation files: ``$KORNEWS_EVAL_DIR/*.jsonl`` or ``../shared/eval/dev/*.jsonl``."""
    folder = Path(os.environ.get("KORNEWS_EVAL_DIR", SHARED_DEV))
    return sorted(folder.glob("*.jsonl"))


def load_jsonl(paths: Iterable[str | os.PathLike[str]]) -> list[dict[str, Any]]:
    """Return the JSON objects of the given JSONL files, in order; blank lines are skipped.

    Each object gains a ``_source`` key ("file:line") for error messages.

    Raises:
        ValueError: a line is not valid JSON or not an object (the message names file and line).
    """
    docs: list[dict[str, Any]] = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: invalid JSON ({e})") from e
                if not isinstance(obj, dict):
                    raise ValueError(f"{path}:{n}: not a JSON object")
                obj["_source"] = f"{path}:{n}"
                docs.append(obj)
    return docs


def doc_text(doc: dict[str, Any], *, repaired: bool = True) -> str:
    """Return the text a document's gold labels refer to (``gold.repaired_text`` when set), or the raw text."""
    gold = doc.get("gold") or {}
    rep = gold.get("repaired_text")
    if repaired and isinstance(rep, str):
        return rep
    text = doc.get("text")
    return text if isinstance(text, str) else ""


def utf8_size(texts: Iterable[str]) -> int:
    """Return the total UTF-8 size of ``texts`` in bytes."""
    return sum(len(t.encode("utf-8")) for t in texts)


def repeat_to_mb(texts: Sequence[str], mb: float) -> list[str]:
    """Return ``texts`` repeated in order until they hold at least ``mb`` MB of UTF-8.

    Raises:
        ValueError: ``texts`` is empty or holds no characters.
    """
    sizes = [len(t.encode("utf-8")) for t in texts]
    if not sizes or sum(sizes) == 0:
        raise ValueError("repeat_to_mb needs at least one non-empty text")
    out: list[str] = []
    total = 0
    target = mb * MB
    while total < target:
        for t, s in zip(texts, sizes, strict=True):
            out.append(t)
            total += s
            if total >= target:
                break
    return out


def median_time(
    fn: Callable[[], object],
    runs: int = 5,
    *,
    warmup: bool = True,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Return the median time in seconds of ``fn()`` over ``runs`` runs.

    One untimed warm-up call first fills caches (compiled patterns, loaded tables), so
    the figure is the steady state a long-running job sees. The garbage collector runs
    between runs, not during them. ``clock`` is wall time by default; pass
    ``time.process_time`` to count only this process's CPU time, which other load on a
    shared machine does not inflate (right for single-threaded code).
    """
    if runs < 1:
        raise ValueError(f"runs must be >= 1; got {runs}")
    if warmup:
        fn()
    times: list[float] = []
    for _ in range(runs):
        gc.collect()
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return statistics.median(times)


def peak_traced_bytes(fn: Callable[[], object]) -> int:
    """Return the peak size in bytes of Python allocations made during one ``fn()`` call.

    ``tracemalloc`` slows the call several times over: never time under it.
    """
    gc.collect()
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return max(0, peak - base)


def max_rss_bytes() -> int | None:
    """Return this process's peak resident set size in bytes, or ``None`` where unknown (Windows)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss) if sys.platform == "darwin" else int(rss) * 1024  # macOS: bytes, Linux: KiB


def _idle_ticks() -> dict[int, int]:
    """Idle + iowait ticks per CPU from /proc/stat (Linux), empty elsewhere."""
    out: dict[int, int] = {}
    try:
        with open("/proc/stat", encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if parts and parts[0].startswith("cpu") and parts[0][3:].isdigit():
                    out[int(parts[0][3:])] = int(parts[4]) + int(parts[5])
    except (OSError, IndexError, ValueError):
        return {}
    return out


def pin_one_core() -> int | None:
    """Restrict this process to one CPU, the idlest of the allowed ones over 0.2 s (Linux).

    Returns the CPU used, or ``None`` when the OS does not allow pinning. Choosing the
    idlest CPU keeps two benchmarks started together from sharing one core.
    """
    getter = getattr(os, "sched_getaffinity", None)
    setter = getattr(os, "sched_setaffinity", None)
    if getter is None or setter is None:
        return None
    cpus = sorted(getter(0))
    if not cpus:
        return None
    before = _idle_ticks()
    time.sleep(0.2)
    after = _idle_ticks()
    cpu = max(cpus, key=lambda c: (after.get(c, 0) - before.get(c, 0), c))
    setter(0, {cpu})
    return int(cpu)


def fmt_bytes(n: int | None) -> str:
    """Return ``n`` bytes as a short human string (``"12.3 MB"``), ``"-"`` for ``None``."""
    if n is None:
        return "-"
    if n >= MB:
        return f"{n / MB:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.1f} kB"
    return f"{n} B"


def format_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Return a plain text table: left-aligned first column, right-aligned others; floats to 3 places."""

    def cell(v: object) -> str:
        if v is None:
            return "-"
        if isinstance(v, float):
            return f"{v:.3f}"
        return str(v)

    body = [[cell(v) for v in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in body:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))

    def line(cells: Sequence[str]) -> str:
        parts = [c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(cells)]
        return "  ".join(parts).rstrip()

    out = [line(list(headers)), line(["-" * w for w in widths])]
    out.extend(line(r) for r in body)
    return "\n".join(out)


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Print ``format_table(headers, rows)``."""
    print(format_table(headers, rows))
