"""kornews.spark in Spark local mode: the same clusters as find_duplicates."""

from __future__ import annotations

import importlib.util
import os
import random
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from kornews.dedup import find_duplicates

pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(
        importlib.util.find_spec("pyspark") is None,
        reason='pyspark is not installed: pip install "kornews[spark]"',
    ),
]

FURNITURE = (
    ("한빛일보 | 로그인 | 회원가입", "저작권자 © 한빛일보 무단전재 및 재배포 금지"),
    ("남도뉴스\n정치 경제 사회 문화", "<ⓒ 남도뉴스, 무단 전재 및 재배포 금지>"),
    (
        "모닝브리핑 | 구독신청\n광주 12℃ 맑음",
        "ⓒ 모닝브리핑. 무단 전재, 재배포 금지\n관련기사\n· 시내버스 노선 개편",
    ),
)


def _corpus(seeds: dict[str, str], n: int, seed: int = 5) -> list[tuple[str, str | None]]:
    """A few hundred pages with known structure: copies, edits, exact repeats, junk."""
    rng = random.Random(seed)
    paras = [p for text in seeds.values() for p in text.split("\n") if len(p) > 40]
    syll = [chr(0xAC00 + i) for i in range(0, 11172, 5)]

    def sentence() -> str:
        words = ["".join(rng.choice(syll) for _ in range(rng.randint(2, 4))) for _ in range(8)]
        return " ".join(words) + f" {rng.randint(1, 999)}명이 참석했다."

    stories: list[list[str]] = []
    docs: list[tuple[str, str | None]] = []
    while len(docs) < n:
        r = rng.random()
        if stories and r < 0.45:  # a copy of an earlier story, maybe edited
            body = list(rng.choice(stories))
            if rng.random() < 0.5 and len(body) > 2:
                del body[rng.randrange(1, len(body))]
            if rng.random() < 0.3:
                body.append(sentence())
            if rng.random() < 0.3:
                body = [b.replace("1", "7") for b in body]
        elif r < 0.5:
            body = rng.choice([[""], ["속보"], ["※ ▶ …"], [sentence()[:20]]])
        else:
            body = [sentence() for _ in range(rng.randint(1, 3))]
            body += rng.sample(paras, k=min(len(paras), rng.randint(0, 2)))
            stories.append(body)
        head, tail = rng.choice(FURNITURE)
        text: str | None = "\n".join([head, *body, tail])
        if rng.random() < 0.01:
            text = None if rng.random() < 0.5 else ""
        docs.append((f"d{len(docs):04d}", text))
    return docs


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("kornews-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("WARN")
    yield session
    session.stop()


def test_same_clusters_as_find_duplicates(spark: Any, seeds: dict[str, str]) -> None:
    from kornews.spark import find_duplicates_spark

    docs = _corpus(seeds, 300)
    local = find_duplicates((k, t if t is not None else "") for k, t in docs)
    assert len(local) >= 20  # the corpus really has clusters to agree on
    df = spark.createDataFrame(docs, "id string, text string")
    assert find_duplicates_spark(df) == local


def test_same_clusters_on_bodies_with_other_options(spark: Any, seeds: dict[str, str]) -> None:
    from kornews.spark import find_duplicates_spark

    docs = [(i, t or "") for i, (_, t) in enumerate(_corpus(seeds, 200, seed=9))]
    opts: dict[str, Any] = {"num_perm": 64, "bands": 16, "ngram": 4, "clean": False}
    local = find_duplicates(docs, 0.6, **opts)
    df = spark.createDataFrame(docs, "doc long, body string").repartition(3)
    # repartition shuffles rows: order the DataFrame back to input order first.
    df = df.orderBy("doc")
    assert find_duplicates_spark(df, "doc", "body", 0.6, **opts) == local


def test_cluster_ids_dataframe(spark: Any, seeds: dict[str, str]) -> None:
    from kornews.spark import cluster_ids_spark, find_duplicates_spark

    docs = _corpus(seeds, 120, seed=3)
    df = spark.createDataFrame(docs, "id string, text string")
    clusters = find_duplicates_spark(df)
    out = cluster_ids_spark(df)
    assert out.columns == ["id", "cluster_id"]
    got = sorted((r["id"], r["cluster_id"]) for r in out.collect())
    assert got == sorted((m, c[0]) for c in clusters for m in c)


def test_bad_column_and_option(spark: Any) -> None:
    from kornews.spark import find_duplicates_spark

    df = spark.createDataFrame([("a", "본문")], "id string, text string")
    with pytest.raises(ValueError, match="column 'body' is not in the DataFrame"):
        find_duplicates_spark(df, text_col="body")
    with pytest.raises(ValueError, match="threshold must be in"):
        find_duplicates_spark(df, threshold=2.0)
    assert find_duplicates_spark(df) == []
