"""Near-duplicate clusters of a news corpus on Spark (local mode), with kornews.spark.

Usage::

    python examples/spark_dedup.py                      # a small built-in corpus
    python examples/spark_dedup.py corpus.jsonl --id id --text text [--threshold 0.5]

The JSONL file needs one object per line with an id and a raw page (or body, with
``--no-clean``). Prints each cluster and checks it against ``kornews.find_duplicates``
on the same rows. Needs ``pip install "kornews[spark]"`` and Java 17.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from kornews.dedup import find_duplicates

# A tiny corpus written for this example: one press release printed by three sites with
# their own furniture and edits, and two unrelated stories in the same templates.
_RELEASE = (
    "광주시는 14일 시청 대회의실에서 인공지능 산업 육성 계획을 발표했다.\n"
    "계획에 따르면 시는 2030년까지 1조 2천억 원을 들여 첨단3지구에 데이터센터와 실증단지를 조성한다.\n"
    "강 시장은 “지역 기업이 성장할 수 있도록 규제를 풀고 인재를 키우겠다”고 말했다.\n"
    "시는 다음 달 시민 공청회를 열어 세부 내용을 확정할 예정이다."
)
_OTHER = (
    "전남도는 올해 벼 수매가를 작년보다 3% 올리기로 했다고 15일 밝혔다.\n"
    "도는 농가 소득 안정을 위해 480억 원의 예산을 편성하고 수매 물량도 12만 톤으로 늘린다."
)
_FIRE = (
    "부산 해운대구의 한 오피스텔에서 불이 나 주민 30여 명이 대피했다.\n"
    "소방당국은 장비 20대와 인력 60명을 투입해 1시간 만에 불을 껐다."
)


def _page(site: str, body: str, byline: str) -> str:
    return "\n".join(
        [
            f"{site} | 로그인 | 회원가입",
            "정치 경제 사회 문화 국제",
            "광주 12℃ 맑음",
            "입력 2025.04.14 20:25",
            body,
            byline,
            f"저작권자 © {site} 무단전재 및 재배포 금지",
            "관련기사",
            "· 주말 나들이객 몰려",
        ]
    )


def builtin_corpus() -> list[tuple[str, str]]:
    return [
        ("hanbit-001", _page("한빛일보", _RELEASE, "김민수 기자 kim@example.com")),
        ("namdo-042", _page("남도뉴스", _OTHER, "/이서연 기자")),
        (
            "namdo-043",
            _page(
                "남도뉴스",
                "[광주=남도뉴스] " + _RELEASE.replace("발표했다", "내놓았다"),
                "/이서연 기자",
            ),
        ),
        ("hanbit-002", _page("한빛일보", _FIRE, "김민수 기자 kim@example.com")),
        ("morning-7", _page("모닝브리핑", "\n".join(_RELEASE.split("\n")[:3]), "박지훈 기자")),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description="kornews near-duplicate clusters on Spark")
    ap.add_argument("jsonl", nargs="?", help="corpus, one JSON object per line")
    ap.add_argument("--id", default="id", help="id field (default: id)")
    ap.add_argument("--text", default="text", help="text field (default: text)")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--no-clean", action="store_true", help="the text is already a body")
    args = ap.parse_args()

    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        docs = [(r[args.id], r[args.text]) for r in rows]
    else:
        docs = builtin_corpus()

    # Executors must run an interpreter that has kornews and numpy.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from kornews.spark import find_duplicates_spark

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("kornews-dedup-example")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    try:
        df = spark.createDataFrame(docs, ["id", "text"])
        t0 = time.perf_counter()
        clusters = find_duplicates_spark(df, "id", "text", args.threshold, clean=not args.no_clean)
        took = time.perf_counter() - t0
    finally:
        spark.stop()

    for number, members in enumerate(clusters):
        print(f"cluster {number}: {', '.join(map(str, members))}")
    print(f"{len(docs)} documents, {len(clusters)} clusters, {took:.1f} s on Spark local[2]")
    local = find_duplicates(docs, args.threshold, clean=not args.no_clean)
    print("same as kornews.find_duplicates:", clusters == local)
    return 0 if clusters == local else 1


if __name__ == "__main__":
    sys.exit(main())
