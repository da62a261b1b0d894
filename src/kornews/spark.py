"""Near-duplicate clusters on PySpark: the same signatures and rule as ``find_duplicates``.

Scope: corpora that live in a Spark DataFrame or are too large for one machine. Each
document is cleaned, normalised, MinHashed and banded on the executors with exactly the
functions ``kornews.dedup`` uses (same spec, permutations and seeds), so a document gets the
same signature in Spark, in a ``NearDuplicateIndex`` and in ``find_duplicates``. LSH banding
is a group-by of band keys; each bucket yields candidate pairs, which are verified by the
same rule (estimated Jaccard >= threshold); exact copies are joined by their content hash;
clusters are the connected components of the verified pairs, computed on the driver (the
edges are a few per document). The result is identical to ``find_duplicates`` over the same
rows in the same order.

Install with ``pip install "kornews[spark]"``. This module imports pyspark only inside its
functions; executors need kornews and numpy installed (set ``PYSPARK_PYTHON`` to an
interpreter that has them).

Out of scope: starting or configuring a Spark session, and distributed connected components
(GraphFrames): the driver holds the edges and the ids of clustered documents.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from kornews import dedup as _dd

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pyspark.sql import DataFrame

__all__ = ["cluster_ids_spark", "find_duplicates_spark"]

# One prepared row: (position, kind, exact key, signature bytes, band keys, id).
_Prepared = tuple[int, int, int, bytes, list[int], Any]


def _prepare_partition(
    rows: Iterable[tuple[tuple[Any, Any], int]], opts: dict[str, Any]
) -> Iterator[_Prepared]:
    """Executor side: clean, normalise, sign and band every row of a partition."""
    idx = _dd.NearDuplicateIndex(  # built once per partition: it validates and holds the spec
        opts["threshold"],
        num_perm=opts["num_perm"],
        ngram=opts["ngram"],
        bands=opts["bands"],
        seed=opts["seed"],
        min_chars=opts["min_chars"],
        clean=opts["clean"],
    )
    for (key, text), pos in rows:
        kind, ekey, sig, bkeys = idx._prepare("" if text is None else text)
        if sig is None or bkeys is None:
            yield pos, kind, ekey, b"", [], key
        else:
            yield pos, kind, ekey, sig.tobytes(), bkeys.tolist(), key


def _bucket_pairs(members: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Candidate pairs of one LSH bucket, one document per content hash (the first)."""
    first: dict[int, int] = {}
    for pos, ekey in members:
        if ekey not in first or pos < first[ekey]:
            first[ekey] = pos
    ps = sorted(first.values())
    for i in range(len(ps)):
        for j in range(i + 1, len(ps)):
            yield ps[i], ps[j]


def _exact_edges(positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    ps = sorted(positions)
    for p in ps[1:]:
        yield ps[0], p


def _same_slots(a: bytes, b: bytes) -> int:
    return int(np.count_nonzero(np.frombuffer(a, np.uint32) == np.frombuffer(b, np.uint32)))


def _edges_and_ids(
    df: DataFrame, id_col: str, text_col: str, opts: dict[str, Any]
) -> tuple[list[list[int]], dict[int, Any]]:
    """Run the Spark job; return the components (as positions) and their ids."""
    rdd = df.select(id_col, text_col).rdd.map(tuple).zipWithIndex()
    prepared = rdd.mapPartitions(lambda rows: _prepare_partition(rows, opts)).cache()
    try:
        exact = (
            prepared.filter(lambda r: r[1] != _dd._KIND_EMPTY)
            .map(lambda r: (r[2], r[0]))
            .groupByKey()
            .flatMap(lambda kv: _exact_edges(kv[1]))
        )
        candidates = (
            prepared.filter(lambda r: r[1] == _dd._KIND_FULL)
            .flatMap(lambda r: [(k, (r[0], r[2])) for k in r[4]])
            .groupByKey()
            .filter(lambda kv: len(list(kv[1])) > 1)
            .flatMap(lambda kv: _bucket_pairs(kv[1]))
            .distinct()
        )
        need = opts["threshold"] * opts["num_perm"] - 1e-9  # the rule of NearDuplicateIndex
        sigs = prepared.filter(lambda r: r[1] == _dd._KIND_FULL).map(lambda r: (r[0], r[3]))
        verified = (
            candidates.join(sigs)  # (i, (j, sig_i))
            .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
            .join(sigs)  # (j, ((i, sig_i), sig_j))
            .filter(lambda kv: _same_slots(kv[1][0][1], kv[1][1]) >= need)
            .map(lambda kv: (kv[1][0][0], kv[0]))
        )
        edges = exact.union(verified).collect()
        n = 1 + max((max(a, b) for a, b in edges), default=-1)
        comps = _dd._components(n, edges)
        wanted = {p for c in comps for p in c}
        ids: dict[int, Any] = {}
        if wanted:  # broadcast: the set can be large, a closure would ship it per task
            members = prepared.context.broadcast(wanted)
            ids = dict(
                prepared.filter(lambda r: r[0] in members.value)
                .map(lambda r: (r[0], r[5]))
                .collect()
            )
            members.unpersist()
    finally:
        prepared.unpersist()
    return comps, ids


def _options(
    threshold: float,
    num_perm: int,
    ngram: int,
    bands: int | None,
    seed: int,
    min_chars: int,
    clean: bool,
) -> dict[str, Any]:
    # Validation and band choice are NearDuplicateIndex's, so both paths agree on them.
    return _dd.NearDuplicateIndex(
        threshold,
        num_perm=num_perm,
        ngram=ngram,
        bands=bands,
        seed=seed,
        min_chars=min_chars,
        clean=clean,
    ).options


def _check_columns(df: DataFrame, id_col: str, text_col: str) -> None:
    cols = list(df.columns)
    for name in (id_col, text_col):
        if name not in cols:
            raise ValueError(f"column {name!r} is not in the DataFrame; columns: {cols}")


def find_duplicates_spark(
    df: DataFrame,
    id_col: str = "id",
    text_col: str = "text",
    threshold: float = 0.5,
    *,
    num_perm: int = 128,
    ngram: int = 5,
    bands: int | None = 32,
    seed: int = 1,
    min_chars: int = 30,
    clean: bool = True,
) -> list[list[Hashable]]:
    """Return near-duplicate clusters of a DataFrame's rows as lists of ids.

    The same clusters, in the same order, as ``kornews.find_duplicates`` over the rows'
    ``(id, text)`` pairs in DataFrame order (clusters by their first member's row, members
    in row order). A null text counts as empty.

    Args:
        df: a DataFrame with an id column and a text column.
        id_col: name of the id column.
        text_col: name of the text column (raw pages, or bodies with ``clean=False``).
        threshold: and the keyword options: as for ``kornews.find_duplicates``.

    Returns:
        Clusters of two or more ids; ``[]`` when nothing repeats.

    Raises:
        ValueError: a column is missing or an option is out of range.
    """
    _check_columns(df, id_col, text_col)
    opts = _options(threshold, num_perm, ngram, bands, seed, min_chars, clean)
    comps, ids = _edges_and_ids(df, id_col, text_col, opts)
    return [[ids[p] for p in c] for c in comps]


def cluster_ids_spark(
    df: DataFrame,
    id_col: str = "id",
    text_col: str = "text",
    threshold: float = 0.5,
    *,
    num_perm: int = 128,
    ngram: int = 5,
    bands: int | None = 32,
    seed: int = 1,
    min_chars: int = 30,
    clean: bool = True,
) -> DataFrame:
    """Return a DataFrame of ``(id, cluster_id)`` for every row that has a near-duplicate.

    ``cluster_id`` is the id of the cluster's first member (its representative in
    publication order, when the DataFrame is in that order); rows without a duplicate are
    absent. Options as for :func:`find_duplicates_spark`.

    Raises:
        ValueError: a column is missing or an option is out of range.
    """
    from pyspark.sql.types import StructField, StructType

    _check_columns(df, id_col, text_col)
    opts = _options(threshold, num_perm, ngram, bands, seed, min_chars, clean)
    comps, ids = _edges_and_ids(df, id_col, text_col, opts)
    id_type = df.schema[id_col].dataType
    schema = StructType([StructField(id_col, id_type), StructField("cluster_id", id_type)])
    rows = [(ids[p], ids[c[0]]) for c in comps for p in c]
    return df.sparkSession.createDataFrame(rows, schema)
