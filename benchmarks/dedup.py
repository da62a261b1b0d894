"""Benchmark of near-duplicate detection across a corpus: kornews against datasketch.

Builds a seeded corpus of scraped pages with known duplicate clusters from the Korean
Wikinews articles (``dedup_corpus.py`` describes the generator; the text is CC BY, and the
attribution is printed and kept in every generated document), then runs, each in its own
process so peak memory is measured per method:

* ``kornews``: ``kornews.find_duplicates`` on the raw page text (cleaning included), one
  process;
* ``kornews-workers2``: the same call with ``workers=2`` (cleaning and signing in the
  calling process and one worker process; the index stays in the calling one);
* ``kornews-cold``: like ``kornews``, but the line feature cache of ``kornews.lines`` is
  emptied before every page, the worst case of a corpus where no line recurs across pages;
* ``datasketch-raw``: datasketch ``MinHash`` + ``MinHashLSH`` over character 5-grams of
  the raw page (128 permutations, LSH threshold = the same threshold, candidates kept when
  datasketch's own Jaccard estimate reaches it; clusters are connected components);
* ``kornews-engine`` / ``datasketch-body``: both engines over the bodies from
  ``kornews.lines.clean`` (cleaning timed apart, so the engines compare on equal input);
* ``rensa-body``: rensa's Rust ``RMinHash`` + ``RMinHashLSH`` (the other library the
  design considered) over the same cleaned bodies, in kornews's comparison form
  (``normalize_for_dedup``), 5-grams, 128 permutations in 32 bands, candidates verified
  with rensa's Jaccard estimate (skipped when rensa is not installed);
* ``kornews-oracle``: kornews over the generator's own edited bodies (the ceiling any
  cleaning can reach).

Reported per method: pair precision, recall and F1 (the pairs implied by the returned
clusters against the pairs of the ground-truth stories), documents per second (wall time of
the dedup call over texts already in memory; with ``--repeat N`` the fastest of N runs, the
methods taking turns) and peak memory (``ru_maxrss`` of the process, and its growth over
the loaded corpus).

Usage::

    python benchmarks/dedup.py --docs 10000                 # the table
    python benchmarks/dedup.py --docs 10000 --repeat 3      # fastest of 3 interleaved runs
    python benchmarks/dedup.py --docs 10000 --spark-check   # kornews.spark == find_duplicates

``--spark-check`` exits with status 1 when the Spark clusters differ from
``find_duplicates``'s on the same corpus.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from dedup_corpus import ATTRIBUTION, Generator  # noqa: E402
from kornews.dedup import _components  # noqa: E402  (the same union-find as the library)

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "kowikinews.jsonl"
METHODS = (
    "kornews",
    "kornews-workers2",
    "kornews-cold",
    "datasketch-raw",
    "kornews-engine",
    "datasketch-body",
    "rensa-body",
    "kornews-oracle",
)


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _verified_lsh(
    texts: list[str], threshold: float, lsh: Any, sign: Callable[[str], Any]
) -> list[list[int]]:
    """Clusters from a peer library's LSH index: each candidate pair verified with the
    library's own Jaccard estimate, clusters as connected components."""
    sigs: list[Any] = []
    edges: list[tuple[int, int]] = []
    for i, t in enumerate(texts):
        m = sign(t)
        for c in lsh.query(m):
            if m.jaccard(sigs[c]) >= threshold:
                edges.append((c, i))
        lsh.insert(i, m)
        sigs.append(m)
    return _components(len(texts), edges)


def _datasketch(texts: list[str], threshold: float, num_perm: int) -> list[list[int]]:
    from datasketch import MinHash, MinHashLSH

    def sign(t: str) -> Any:
        m = MinHash(num_perm=num_perm, seed=1)
        sh = {t[k : k + 5] for k in range(max(1, len(t) - 4))}
        m.update_batch([s.encode("utf-8") for s in sh])
        return m

    return _verified_lsh(texts, threshold, MinHashLSH(threshold=threshold, num_perm=num_perm), sign)


def _rensa(texts: list[str], threshold: float, num_perm: int) -> list[list[int]]:
    from rensa import RMinHash, RMinHashLSH

    from kornews.dedup import normalize_for_dedup

    def sign(body: str) -> Any:
        t = normalize_for_dedup(body)
        m = RMinHash(num_perm=num_perm, seed=1)
        m.update([t[k : k + 5] for k in range(max(1, len(t) - 4))])
        return m

    lsh = RMinHashLSH(threshold=threshold, num_perm=num_perm, num_bands=32)
    return _verified_lsh(texts, threshold, lsh, sign)


def run_method(method: str, path: str, threshold: float, out: str) -> None:
    """Child process: load the corpus, run one method, write clusters and figures."""
    texts: list[str] = []
    field = "body" if method == "kornews-oracle" else "text"
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)[field])
    import numpy  # noqa: F401  (imported before the baseline so its size is not counted)

    import kornews.dedup as kd
    from kornews.lines import clean

    clean("워밍업\n본문 한 줄입니다.")  # load the cleaning tables before timing
    base = _maxrss_mb()
    t_clean = 0.0
    clusters: list[list[Any]]
    t0 = time.perf_counter()
    if method == "kornews":  # the public call on raw pages: cleaning inside
        clusters = kd.find_duplicates(enumerate(texts), threshold)
    elif method == "kornews-workers2":
        clusters = kd.find_duplicates(enumerate(texts), threshold, workers=2)
    elif method == "kornews-cold":  # no line reused across pages: the cache emptied each time
        from kornews.lines import _clear_feature_cache

        def cold(text: str) -> str:
            _clear_feature_cache()
            return clean(text)

        kd._default_clean = cold
        clusters = kd.find_duplicates(enumerate(texts), threshold)
    elif method == "kornews-oracle":  # the generator's own bodies: the ceiling of cleaning
        clusters = kd.find_duplicates(enumerate(texts), threshold, clean=False)
    elif method == "datasketch-raw":
        clusters = _datasketch(texts, threshold, 128)
    elif method in ("kornews-engine", "datasketch-body", "rensa-body"):  # clean apart
        bodies = [clean(t) for t in texts]
        t_clean = time.perf_counter() - t0
        if method == "kornews-engine":
            clusters = kd.find_duplicates(enumerate(bodies), threshold, clean=False)
        elif method == "rensa-body":
            clusters = _rensa(bodies, threshold, 128)
        else:
            clusters = _datasketch(bodies, threshold, 128)
    else:
        raise SystemExit(f"unknown method {method}")
    dt = time.perf_counter() - t0
    peak = _maxrss_mb()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(
            {
                "clusters": clusters,
                "seconds": dt,
                "clean_seconds": t_clean,
                "peak_mb": peak,
                "growth_mb": peak - base,
            },
            fh,
        )


def pair_scores(clusters: list[list[int]], story: list[int]) -> tuple[float, float, float, int]:
    """Pair precision, recall, F1 and predicted pairs of ``clusters`` against ``story``."""
    truth = Counter(story)
    true_pairs = sum(c * (c - 1) // 2 for c in truth.values())
    pred = tp = 0
    for cl in clusters:
        pred += len(cl) * (len(cl) - 1) // 2
        for c in Counter(story[i] for i in cl).values():
            tp += c * (c - 1) // 2
    p = tp / pred if pred else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, pred


def write_corpus(corpus: Path, docs: int, seed: int, path: Path) -> list[int]:
    stories: list[int] = []
    with open(path, "w", encoding="utf-8") as fh:
        for d in Generator(corpus, docs, seed).documents():
            stories.append(d["story"])
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return stories


def spark_check(path: Path, threshold: float) -> int:
    """Compare kornews.spark with find_duplicates on the corpus at ``path``; 0 when equal."""
    # Executors must run this interpreter (it has kornews and numpy), not the PATH's python3.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    import kornews.dedup as kd
    from kornews.spark import find_duplicates_spark

    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    t0 = time.perf_counter()
    local = kd.find_duplicates(((r["id"], r["text"]) for r in rows), threshold)
    t_local = time.perf_counter() - t0
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("kornews-dedup-check")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    try:
        df = spark.createDataFrame([(r["id"], r["text"]) for r in rows], ["id", "text"])
        t0 = time.perf_counter()
        remote = find_duplicates_spark(df, id_col="id", text_col="text", threshold=threshold)
        t_spark = time.perf_counter() - t0
    finally:
        spark.stop()
    same = remote == local
    print(
        f"spark check on {len(rows):,} docs: {len(local):,} clusters locally in {t_local:.1f} s, "
        f"{len(remote):,} on Spark local[2] in {t_spark:.1f} s: {'IDENTICAL' if same else 'MISMATCH'}"
    )
    if not same:
        a = {tuple(c) for c in local}
        b = {tuple(c) for c in remote}
        print("only local:", sorted(a - b)[:5], "only spark:", sorted(b - a)[:5])
    return 0 if same else 1


def main() -> int:
    ap = argparse.ArgumentParser(description="kornews near-duplicate benchmark")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="kowikinews.jsonl")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--spark-check", action="store_true", help="compare kornews.spark instead")
    ap.add_argument("--keep", help="also write the generated corpus to this JSONL path")
    ap.add_argument(
        "--repeat", type=int, default=1, help="runs of each method (interleaved); fastest kept"
    )
    ap.add_argument("--_run", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run:
        run_method(args._run[0], args._run[1], args.threshold, args._run[2])
        return 0

    print(ATTRIBUTION)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "corpus.jsonl"
        t0 = time.perf_counter()
        story = write_corpus(Path(args.corpus), args.docs, args.seed, path)
        n_true = sum(c * (c - 1) // 2 for c in Counter(story).values())
        print(
            f"corpus: {len(story):,} docs, {len(set(story)):,} stories, {n_true:,} true pairs "
            f"(seed {args.seed}, generated in {time.perf_counter() - t0:.1f} s)"
        )
        if args.spark_check:
            t0 = time.perf_counter()
            rc = spark_check(path, args.threshold)
            print(f"spark check total {time.perf_counter() - t0:.1f} s")
            return rc
        print(
            "\n| method | input | pred pairs | pair P | pair R | pair F1 | docs/s | "
            "docs/s excl. clean | peak RSS MB | growth MB |\n|---|---|---|---|---|---|---|---|---|---|"
        )
        inputs = {
            "kornews": "raw page (clean inside)",
            "kornews-workers2": "raw page, workers=2",
            "kornews-cold": "raw page, no line cache",
            "datasketch-raw": "raw page",
            "kornews-engine": "lines.clean body",
            "datasketch-body": "lines.clean body",
            "rensa-body": "lines.clean body",
            "kornews-oracle": "generator body",
        }
        results: dict[str, tuple[float, float]] = {}
        methods = args.methods.split(",")
        if "rensa-body" in methods and importlib.util.find_spec("rensa") is None:
            print("(rensa is not installed: its row is skipped)")
            methods.remove("rensa-body")
        # Each repeat runs every method once, in turn, so a burst of load from other jobs
        # hits one run of a method, not all of them; the fastest run of each is reported.
        best: dict[str, dict[str, Any]] = {}
        for _ in range(args.repeat):
            for method in methods:
                out = Path(tmp) / f"{method}.json"
                cmd = [sys.executable, __file__, "--threshold", str(args.threshold)]
                subprocess.run(
                    [*cmd, "--_run", method, str(path), str(out)], check=True, env=os.environ
                )
                res = json.loads(out.read_text(encoding="utf-8"))
                if method not in best or res["seconds"] < best[method]["seconds"]:
                    best[method] = res
        for method in methods:
            res = best[method]
            p, r, f, pred = pair_scores(res["clusters"], story)
            dps = len(story) / res["seconds"]
            engine = len(story) / (res["seconds"] - res["clean_seconds"])
            results[method] = (dps, engine)
            print(
                f"| {method} | {inputs.get(method, '?')} | {pred:,} | {p:.3f} | {r:.3f} | {f:.3f} | "
                f"{dps:,.0f} | {engine:,.0f} | {res['peak_mb']:,.0f} | {res['growth_mb']:,.0f} |",
                flush=True,
            )
        # (what, ours, peer, column: 0 = end to end, 1 = excluding the cleaning)
        ratios = [
            ("end to end, raw pages: kornews / datasketch", "kornews", "datasketch-raw", 0),
            (
                "end to end, raw pages, workers=2: kornews / datasketch",
                "kornews-workers2",
                "datasketch-raw",
                0,
            ),
            (
                "end to end, raw pages, no line cache: kornews / datasketch",
                "kornews-cold",
                "datasketch-raw",
                0,
            ),
            (
                "dedup engine on the same cleaned bodies: kornews / datasketch",
                "kornews-engine",
                "datasketch-body",
                1,
            ),
            (
                "dedup engine on the same cleaned bodies: kornews / rensa",
                "kornews-engine",
                "rensa-body",
                1,
            ),
        ]
        print()
        for what, ours, peer, col in ratios:
            if ours in results and peer in results:
                print(f"{what} = {results[ours][col] / results[peer][col]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
