"""Throughput and peak memory of the cleaning functions, import time, and a Kiwi-stays-unloaded check.

usage::

    python benchmarks/speed.py [FILE.jsonl ...] [--mb 10] [--runs 5] [--functions a,b,...]
                               [--json] [--strict] [--from-submodules]

Each function is called once per document over the dev documents (``../shared/eval/dev``
by default) repeated in order to at least ``--mb`` MB of UTF-8 (MB = 10**6 bytes); the
figure is the median of ``--runs`` passes after one warm-up pass, pinned to one core, timed
in CPU seconds of this process (``time.process_time``): the code is single-threaded, and CPU
time is not inflated by other jobs on a shared machine (wall-clock MB/s is shown too).
Peak memory is the largest Python allocation (``tracemalloc``) during one untimed pass over
the documents, not repeated. Functions that repair encoding themselves (``repair_encoding``,
``clean``, ``extract``) get the raw text; the others get the gold-repaired text, as they
would after repair. ``import kornews`` is timed in fresh interpreters, and a fresh
interpreter imports kornews, calls every benchmarked function on the documents, and
checks that ``kornews._kiwi.is_loaded()`` stays False.

Targets come from the issues (classify_lines >= 5 MB/s, import < 0.2 s, ...). The exit
status is 0 unless ``--strict`` is given and a target is missed or Kiwi was loaded.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# Run as a script, this folder is already first on sys.path; imported (tests), add it at the
# end so that it can never shadow an installed module.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
from _common import (
    MB,
    dev_files,
    doc_text,
    fmt_bytes,
    load_jsonl,
    max_rss_bytes,
    peak_traced_bytes,
    pin_one_core,
    print_table,
    repeat_to_mb,
    resolve_api,
    submodules_default,
    utf8_size,
)

DEFAULT_FUNCTIONS = ("classify_lines", "clean", "repair_encoding", "normalize")
# Where each function lives before the lead re-exports it (for --from-submodules).
SUBMODULES: dict[str, tuple[str, ...]] = {
    "classify_lines": ("kornews.lines",),
    "strip_boilerplate": ("kornews.lines", "kornews.boilerplate", "kornews.cleaning"),
    "clean": ("kornews.lines", "kornews.boilerplate", "kornews.cleaning"),
    "repair_encoding": ("kornews.encoding",),
    "normalize": ("kornews.normalization", "kornews.normalize"),
    "find_money": ("kornews.money",),
    "find_numbers": ("kornews.money", "kornews.numbers"),
    "find_dates": ("kornews.dates",),
    "find_bylines": ("kornews.bylines",),
    "extract": ("kornews.article",),
}
RAW_INPUT = frozenset({"repair_encoding", "clean", "strip_boilerplate", "extract"})
# Acceptance targets in MB/s, from the issues; functions without one are reported only.
TARGETS_MBPS: dict[str, float] = {
    "classify_lines": 5.0,
    "find_money": 10.0,
    "find_bylines": 5.0,
    "extract": 2.0,
}
IMPORT_TARGET_S = 0.2


def import_seconds(runs: int) -> float:
    """Median time of ``import kornews`` in fresh interpreters (the interpreter start excluded)."""
    code = "import time; t = time.perf_counter(); import kornews; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def kiwi_probe(files: Sequence[str], names: Sequence[str], from_submodules: bool) -> dict[str, Any]:
    """In a fresh interpreter, call each function on the documents; report when Kiwi got loaded."""
    cmd = [sys.executable, __file__, "--_probe", "--functions", ",".join(names), *files]
    if from_submodules:
        cmd.append("--from-submodules")
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["?"])[-1]}
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def _probe(files: Sequence[str], names: Sequence[str], from_submodules: bool) -> int:
    import kornews
    import kornews._kiwi as kiwi

    docs = load_jsonl(files)
    report: dict[str, Any] = {"after_import": kiwi.is_loaded(), "loaded_by": None}
    for name in names:
        fn, _ = resolve_api(name, SUBMODULES.get(name, ()), from_submodules)
        if fn is None:
            continue
        try:
            for d in docs:
                fn(doc_text(d, repaired=name not in RAW_INPUT))
        except Exception as e:  # the timing run reports it; keep probing the others
            report.setdefault("errors", {})[name] = f"{type(e).__name__}: {e}"
        if kiwi.is_loaded() and report["loaded_by"] is None:
            report["loaded_by"] = name
    report["kiwipiepy_imported"] = "kiwipiepy" in sys.modules
    del kornews
    print(json.dumps(report))
    return 0


def bench(
    fn: Callable[[str], object], base: Sequence[str], mb: float, runs: int, memory: bool
) -> dict[str, Any]:
    """Time ``fn`` over ``base`` repeated to ``mb`` MB; peak memory over one pass of ``base``."""
    corpus = repeat_to_mb(base, mb)
    size = utf8_size(corpus)

    def one_pass() -> None:
        for t in corpus:
            fn(t)

    # Each run is timed on both clocks; CPU time is the figure (see the module docstring).
    cpu: list[float] = []
    wall: list[float] = []
    one_pass()  # warm-up: compiled patterns, loaded tables
    for _ in range(runs):
        gc.collect()
        c0, w0 = time.process_time(), time.perf_counter()
        one_pass()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    secs, wall_secs = statistics.median(cpu), statistics.median(wall)
    row: dict[str, Any] = {
        "mb": size / MB,
        "docs": len(corpus),
        "seconds": secs,
        "wall_seconds": wall_secs,
        "mb_per_s": size / MB / secs if secs else float("inf"),
        "wall_mb_per_s": size / MB / wall_secs if wall_secs else float("inf"),
        "docs_per_s": len(corpus) / secs if secs else float("inf"),
    }
    if memory:
        row["peak_bytes"] = peak_traced_bytes(lambda: [fn(t) for t in base])
    return row


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="benchmarks/speed.py", description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="JSONL files (default: ../shared/eval/dev/*.jsonl)")
    ap.add_argument("--mb", type=float, default=10.0, help="MB of text per pass (default 10)")
    ap.add_argument("--runs", type=int, default=5, help="timed passes; the median is kept")
    ap.add_argument(
        "--functions",
        default=",".join(DEFAULT_FUNCTIONS),
        help=f"comma-separated kornews functions (default {','.join(DEFAULT_FUNCTIONS)})",
    )
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument(
        "--from-submodules",
        action="store_true",
        default=submodules_default(),
        help="also find functions in their submodules (env KORNEWS_EVAL_SUBMODULES=1)",
    )
    ap.add_argument("--_probe", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.runs < 1 or args.mb <= 0:
        ap.error("--runs must be >= 1 and --mb > 0")
    files = [str(p) for p in (args.files or dev_files())]
    if not files:
        ap.error("no JSONL files given and none found in ../shared/eval/dev/")
    names = [n for n in args.functions.split(",") if n]
    if args._probe:
        return _probe(files, names, args.from_submodules)

    cpu = pin_one_core()
    docs = load_jsonl(files)
    rows: dict[str, dict[str, Any]] = {}
    for name in names:
        fn, where = resolve_api(name, SUBMODULES.get(name, ()), args.from_submodules)
        if fn is None:
            rows[name] = {"status": "missing", "why": where}
            continue
        base = [doc_text(d, repaired=name not in RAW_INPUT) for d in docs]
        try:
            row = bench(fn, base, args.mb, args.runs, not args.no_memory)
        except Exception as e:  # report and go on: the other functions still get measured
            rows[name] = {"status": "error", "why": f"{type(e).__name__}: {e}"}
            continue
        row["status"] = "ok"
        row["source"] = where
        row["input"] = "raw" if name in RAW_INPUT else "repaired"
        target = TARGETS_MBPS.get(name)
        if target is not None:
            row["target_mb_per_s"] = target
            row["ratio"] = row["mb_per_s"] / target
        rows[name] = row
    imp = import_seconds(5)
    probe = kiwi_probe(files, [n for n in names if rows[n]["status"] == "ok"], args.from_submodules)
    missed = [n for n, r in rows.items() if r.get("ratio", 1.0) < 1.0 or r["status"] == "error"]
    if imp >= IMPORT_TARGET_S:
        missed.append("import kornews")
    kiwi_ok = "error" not in probe and not probe.get("after_import") and not probe.get("loaded_by")

    if args.json:
        print(
            json.dumps(
                {
                    "cpu": cpu,
                    "runs": args.runs,
                    "functions": rows,
                    "import_seconds": imp,
                    "import_target_seconds": IMPORT_TARGET_S,
                    "kiwi": probe,
                    "max_rss_bytes": max_rss_bytes(),
                    "targets_missed": missed,
                },
                indent=1,
            )
        )
    else:
        print(
            f"kornews speed: {len(docs)} documents repeated to >= {args.mb:g} MB,"
            f" median of {args.runs} runs, CPU {cpu if cpu is not None else 'any'}"
        )
        table = []
        for name, r in rows.items():
            if r["status"] != "ok":
                table.append([name, r["status"], None, None, None, None, None, None, None])
                continue
            table.append(
                [
                    name,
                    r["input"],
                    f"{r['mb']:.1f}",
                    f"{r['mb_per_s']:.2f}",
                    f"{r['wall_mb_per_s']:.2f}",
                    f"{r['docs_per_s']:.0f}",
                    f"{r['target_mb_per_s']:g}" if "target_mb_per_s" in r else None,
                    f"{r['ratio']:.2f}x" if "ratio" in r else None,
                    fmt_bytes(r.get("peak_bytes")),
                ]
            )
        table.append(
            ["import kornews", f"{imp:.3f} s", None, None, None, None, f"<{IMPORT_TARGET_S:g} s",
             f"{IMPORT_TARGET_S / imp:.2f}x" if imp else None, None]
        )  # fmt: skip
        print_table(
            [
                "function",
                "input",
                "MB",
                "MB/s",
                "wall MB/s",
                "docs/s",
                "target",
                "ratio",
                "peak mem",
            ],
            table,
        )
        for name, r in rows.items():
            if r["status"] != "ok" and r.get("why"):
                print(f"{name} {r['status']}: {r['why'][:120]}")
        if "error" in probe:
            print(f"Kiwi check: probe failed: {probe['error']}")
        else:
            state = "not loaded" if kiwi_ok else f"LOADED (by {probe.get('loaded_by') or 'import'})"
            print(
                f"Kiwi check: {state} after import and calls to"
                f" {', '.join(n for n in names if rows[n]['status'] == 'ok') or 'nothing'}"
            )
        print(f"process max RSS {fmt_bytes(max_rss_bytes())}")
        print("targets missed: " + (", ".join(missed) if missed else "none"))
    return 1 if args.strict and (missed or not kiwi_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
