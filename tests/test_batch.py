"""Tests of the batch machinery behind ``kornews --jsonl``: chunking, workers, ordered runs, output."""

from __future__ import annotations

import contextlib
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from kornews import _batch
from kornews.cli import CommandRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Blank lines, CRLF endings, a line much longer than the small chunk sizes below, a
# line of only whitespace and a last line without a newline.
AWKWARD = (
    b'{"id": 1, "text": "a"}\n'
    b"\n"
    b'{"id": 2, "text": "b"}\r\n'
    b"   \n"
    b'{"id": 3, "text": "' + "가나다라".encode() * 40 + b'"}\n'
    b"\r\n"
    b'{"id": 4, "text": "d"}'
)


def per_line(data: bytes) -> list[tuple[int, bytes]]:
    """The records as the line-by-line reader sees them: (line number, raw bytes)."""
    return [
        (number, raw.rstrip(b"\r\n"))
        for number, raw in enumerate(data.splitlines(keepends=True), start=1)
        if raw.strip()
    ]


def records_of(chunks: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    out = []
    for first, block in chunks:
        for number, raw in enumerate(block.split(b"\n"), start=first):
            if raw.strip():
                out.append((number, raw.rstrip(b"\r")))
    return out


@pytest.mark.parametrize("size", [1, 2, 5, 17, 64, 1 << 16])
def test_chunks_keep_every_line_and_its_number(tmp_path: Path, size: int) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(AWKWARD)
    chunks = list(_batch.jsonl_chunks(str(path), size))
    assert b"".join(block for _, block in chunks) == AWKWARD
    assert records_of(chunks) == per_line(AWKWARD) == list(_batch.jsonl_lines(str(path)))
    assert [n for n, _ in records_of(chunks)] == [1, 3, 5, 7]
    # Blocks end after a newline (only the last may not), so no record is cut in two.
    assert all(block.endswith(b"\n") for _, block in chunks[:-1])


def test_chunks_of_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert list(_batch.jsonl_chunks(str(path))) == []


def test_chunks_from_a_pipe_gather_short_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    class Trickle(io.RawIOBase):
        """Returns at most 3 bytes per read, as a slow pipe may."""

        def __init__(self, data: bytes) -> None:
            self._data = data

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            n = min(3, len(buffer), len(self._data))
            buffer[:n] = self._data[:n]
            self._data = self._data[n:]
            return n

    class Stdin:
        buffer = Trickle(AWKWARD)

    monkeypatch.setattr("sys.stdin", Stdin())
    chunks = list(_batch.jsonl_chunks("-", 40))
    assert records_of(chunks) == per_line(AWKWARD)
    assert b"".join(block for _, block in chunks) == AWKWARD


def test_jsonl_work_output_is_bytes_per_record_in_order() -> None:
    work = _batch.JsonlWork(CommandRunner("money"), "text", "id", "utf-8")
    block = (
        b'{"id": "a", "text": "\xec\x8b\x9c\xeb\x8a\x94 822\xec\x96\xb5\xec\x9b\x90"}\n'
        b"\n"
        b'{"id": "b", "text": 5}\n'
        b'{"text": "\\ud800 100\\uc5b5\\uc6d0"}\n'
    )
    chunk = work((10, block))
    lines = chunk.data.split(b"\n")
    assert lines[-1] == b"" and len(lines) - 1 == chunk.written == 2
    first, second = (json.loads(line) for line in lines[:2])
    assert first["id"] == "a" and [m["value"] for m in first["money"]] == ["82200000000"]
    assert second["id"] == 13  # no id: the line number, counted from the block's first line
    assert chunk.errors == [{"line": 12, "id": "b", "error": "field 'text' is int, not a string"}]


def test_dump_json_bytes_matches_the_text_form() -> None:
    for value in ({"t": "광주시 822억원"}, {"t": "\ud800x"}, [1, None, "a\nb"]):
        assert _batch.dump_json_bytes(value) == _batch.dump_json(value).encode("utf-8")


def seed_chunks(count: int) -> list[tuple[int, bytes]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    lines = [
        json.dumps({"id": i, "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n"
        for i in range(count)
    ]
    return [(i + 1, line.encode("utf-8")) for i, line in enumerate(lines)]


def test_run_ordered_gives_the_same_chunks_in_order_for_any_jobs() -> None:
    work = _batch.JsonlWork(CommandRunner("bylines"), "text", "id", "utf-8")
    chunks = seed_chunks(24)
    serial = list(_batch.run_ordered(work, chunks, jobs=1))
    # ahead=1: only two chunks in flight at a time, so the window is really exercised.
    parallel = list(_batch.run_ordered(work, chunks, jobs=2, ahead=1))
    assert [c[:3] for c in parallel] == [c[:3] for c in serial]  # all but the timings
    assert all(c.seconds > 0 and c.source_bytes > 0 for c in serial)
    ids = [json.loads(line)["id"] for c in serial for line in c.data.splitlines()]
    assert ids == list(range(24))


def test_run_ordered_reads_only_a_window_ahead() -> None:
    work = _batch.JsonlWork(CommandRunner("clean"), "text", "id", "utf-8")
    taken: list[int] = []

    def source() -> Any:
        for first, block in seed_chunks(40):
            taken.append(first)
            yield first, block

    with contextlib.closing(_batch.run_ordered(work, source(), jobs=2, ahead=2)) as results:
        next(results)
        # Stopping early: the rest is cancelled, the workers are shut down, nothing hangs.
        assert len(taken) <= 2 * 2 + 1
    start = time.monotonic()
    list(_batch.run_ordered(work, iter(()), jobs=2))
    assert time.monotonic() - start < 30


def test_read_errors_surface_in_the_parent(tmp_path: Path) -> None:
    work = _batch.JsonlWork(CommandRunner("clean"), "text", "id", "utf-8")
    missing = str(tmp_path / "missing.jsonl")
    with pytest.raises(_batch.CliError, match="cannot read"):
        list(_batch.run_ordered(work, _batch.jsonl_chunks(missing), jobs=2))


def test_atomic_binary_output_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    with pytest.raises(RuntimeError), _batch.atomic_binary_output(str(target)) as out:
        out.write(b"partial\n")
        raise RuntimeError("stop")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    with _batch.atomic_binary_output(str(target)) as out:
        out.write("가\n".encode())
    assert target.read_bytes() == "가\n".encode()


def test_binary_output_to_a_text_only_stdout() -> None:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), _batch.atomic_binary_output(None) as out:
        out.write("광주\n".encode())
    assert buffer.getvalue() == "광주\n"


def test_write_batch_counts_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    chunks = [
        _batch.Chunk(b'{"id":1}\n{"id":2}\n', 2, []),
        _batch.Chunk(b"", 0, [{"line": 3, "error": "invalid JSON: x"}]),
    ]
    out, errors = io.BytesIO(), io.StringIO()
    stats = _batch.write_batch(chunks, out=out, errors=errors, total=None, progress=False, desc="t")
    assert (stats.records, stats.written, stats.failed) == (3, 2, 1)
    assert out.getvalue() == b'{"id":1}\n{"id":2}\n'
    assert errors.getvalue() == '{"line":3,"error":"invalid JSON: x"}\n'
    assert capsys.readouterr().err == "kornews: line 3: invalid JSON: x\n"


def test_chunk_sizer_aims_at_a_fixed_time_per_chunk() -> None:
    sizer = _batch.ChunkSizer(64_000, target=0.05, low=1_000, high=1_000_000)

    def done(seconds: float) -> None:
        sizer.observe(_batch.Chunk(b"", 1, [], seconds=seconds, source_bytes=64_000))

    # The first chunk of each of two workers is slow (patterns compiled): no change yet.
    done(0.5)
    done(0.5)
    assert sizer.size == 64_000
    for _ in range(3):  # then 64 KB take 10 ms: light work, bigger chunks
        done(0.01)
    assert sizer.size == 320_000
    done(0.0001)
    assert sizer.size == 320_000  # the median moves slowly
    for _ in range(6):
        done(0.0001)
    assert sizer.size == 1_000_000  # bounded
    for _ in range(9):
        done(10.0)
    assert sizer.size == 1_000  # bounded below too
    sizer.observe(_batch.Chunk(b"", 1, [{"path": "x", "error": "e"}]))  # not measured
    assert sizer.size == 1_000


def test_chunks_follow_the_sizer(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"".join(b'{"id": %d, "text": "abcdefgh"}\n' % i for i in range(400)))
    sizer = _batch.ChunkSizer(100, low=100, high=100_000)
    chunks = _batch.jsonl_chunks(str(path), sizer)
    first = next(chunks)
    assert len(first[1]) < 200
    sizer.size = 5_000
    second = next(chunks)
    assert 4_900 < len(second[1]) < 5_200
    rest = list(chunks)
    assert b"".join(b for _, b in [first, second, *rest]) == path.read_bytes()
    assert records_of([first, second, *rest]) == per_line(path.read_bytes())
