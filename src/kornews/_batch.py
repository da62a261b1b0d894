"""Batch machinery behind the ``kornews`` command: record readers, workers, atomic output.

In scope: turning a JSONL file or a folder of ``*.txt`` pages into a stream of chunks
(blocks of whole JSONL lines, groups of files), running a text -> dict function over the
records of each chunk in-process or in worker processes (input order kept), and writing
JSONL output and per-record errors so that every input record ends up in exactly one of
the two. A chunk's worker parses, runs and JSON-encodes its records and hands back one
block of UTF-8 bytes, so the writing process does no per-record work and ``--jobs N``
scales with the cores. Output files are written to a temporary file beside the target
and renamed at the end, so an interrupted run never leaves a truncated file.

Out of scope: what the function does (``kornews.cli`` supplies it) and argument parsing.
Nothing here imports kornews' text modules, so the machinery loads instantly.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import json
import multiprocessing
import os
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

if TYPE_CHECKING:
    from concurrent.futures import Future

Runner = Callable[[str], dict[str, Any]]
"""The per-text work: takes one page's text and returns the JSON-ready result fields."""

T = TypeVar("T")

DECODE_HINT = "if it is an EUC-KR/CP949 page, try --encoding cp949"


class CliError(Exception):
    """A file that cannot be read or written (undecodable bytes, no such folder): one message."""


@dataclass
class BatchStats:
    """Counts of one batch run: records read, written and failed."""

    records: int = 0
    written: int = 0
    failed: int = 0


def decode_bytes(data: bytes, encoding: str, source: str) -> str:
    """Return ``data`` decoded with ``encoding`` (a UTF-8 BOM dropped), or raise ``CliError``.

    The message names the source, the offending byte and suggests ``--encoding cp949``,
    because undecodable input is nearly always an EUC-KR page read as UTF-8.
    """
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise CliError(
            f"cannot decode {source} as {encoding} (byte 0x{bad} at offset {exc.start}); "
            f"{DECODE_HINT}"
        ) from None


def read_text(path: str, encoding: str) -> str:
    """Return the text of the file at ``path`` (``-`` is stdin), or raise ``CliError``."""
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), encoding, "standard input")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None
    return decode_bytes(data, encoding, path)


def jsonl_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line_number, raw_bytes)`` for each non-blank line of a JSONL file or stdin.

    Lines are read as bytes and decoded in the worker, so one undecodable line becomes one
    error record instead of stopping the run. Blank lines are not records and are skipped.
    """
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
        close = False
    else:
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed in the finally below
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None
        close = True
    try:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield number, raw.rstrip(b"\r\n")
    finally:
        if close:
            stream.close()


def count_lines(path: str) -> int | None:
    """Return the number of non-blank lines of a regular file (for the progress total), else None."""
    if path == "-" or not os.path.isfile(path):
        return None
    count = 0
    with open(path, "rb") as fh:
        for raw in fh:
            if raw.strip():
                count += 1
    return count


def text_files(directory: str) -> list[Path]:
    """Return every ``*.txt`` file under ``directory``, recursively, sorted by relative path."""
    root = Path(directory)
    return sorted(
        (p for p in root.rglob("*.txt") if p.is_file()), key=lambda p: p.relative_to(root).parts
    )


def dump_json(value: object) -> str:
    """Return ``value`` as one line of compact JSON, Korean kept readable.

    Text holding lone surrogates (valid in JSON input as ``"\\ud800"``, not encodable
    as UTF-8) falls back to ASCII escapes, so writing the line can never fail.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text


def dump_json_bytes(value: object) -> bytes:
    """Return ``dump_json(value)`` encoded as UTF-8, made with a single encode."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii")


@dataclass(frozen=True, slots=True)
class ParsedRecord:
    """One JSONL record read for its text: the text and id, or an error message."""

    line: int
    id: Any
    id_known: bool
    text: str | None
    error: str | None


def parse_record(
    line: int, raw: bytes, *, field: str, id_field: str, encoding: str
) -> ParsedRecord:
    """Return the text field and id of one JSONL line, or the reason it has none.

    The id is the record's ``id_field`` value when present, else the 1-based line number.
    """
    try:
        decoded = decode_bytes(raw, encoding, f"line {line}")
    except CliError as exc:
        return ParsedRecord(line, line, False, None, str(exc))
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return ParsedRecord(line, line, False, None, f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        kind = type(record).__name__
        return ParsedRecord(line, line, False, None, f"record is a JSON {kind}, not an object")
    known = id_field in record
    rid = record[id_field] if known else line
    if field not in record:
        return ParsedRecord(line, rid, known, None, f"missing field {field!r}")
    value = record[field]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return ParsedRecord(line, rid, known, None, f"field {field!r} is {kind}, not a string")
    return ParsedRecord(line, rid, known, value, None)


def _error_record(line: int, rid: Any, known: bool, message: str) -> dict[str, Any]:
    out: dict[str, Any] = {"line": line}
    if known:
        out["id"] = rid
    out["error"] = message
    return out


def _merge(key: str, value: Any, result: dict[str, Any]) -> dict[str, Any]:
    # The carried-over key comes first and wins over a result field of the same name.
    out: dict[str, Any] = {key: value}
    out.update((k, v) for k, v in result.items() if k != key)
    return out


class Chunk(NamedTuple):
    """What became of one chunk of input records (what a worker sends back).

    ``data`` is the output: one UTF-8 JSON line per record that succeeded, newlines
    included, ready to be written as is; ``errors`` the error records of the others, in
    input order. Every record of the chunk is in exactly one of the two.
    """

    data: bytes
    written: int
    errors: list[dict[str, Any]]
    seconds: float = 0.0
    """How long the work on the chunk took (0 when not measured)."""
    source_bytes: int = 0
    """Size of the chunk's input (0 when not measured)."""


@dataclass(frozen=True, slots=True)
class JsonlWork:
    """Picklable worker for a block of JSONL lines: split, parse, run and serialize each record."""

    runner: Runner
    field: str
    id_field: str
    encoding: str

    def __call__(self, chunk: tuple[int, bytes]) -> Chunk:
        first, block = chunk
        start = time.perf_counter()
        parts: list[bytes] = []
        errors: list[dict[str, Any]] = []
        for line, raw in enumerate(block.split(b"\n"), start=first):
            if not raw.strip():  # blank lines are not records (nor the end of the block)
                continue
            rec = parse_record(
                line,
                raw.rstrip(b"\r"),
                field=self.field,
                id_field=self.id_field,
                encoding=self.encoding,
            )
            if rec.text is None:
                errors.append(_error_record(line, rec.id, rec.id_known, rec.error or "?"))
                continue
            try:
                result = self.runner(rec.text)
                parts.append(dump_json_bytes(_merge(self.id_field, rec.id, result)))
            except Exception as exc:  # a bad record must not stop the batch
                message = f"{type(exc).__name__}: {exc}"
                errors.append(_error_record(line, rec.id, rec.id_known, message))
                continue
            parts.append(b"\n")
        seconds = time.perf_counter() - start
        return Chunk(b"".join(parts), len(parts) // 2, errors, seconds, len(block))


@dataclass(frozen=True, slots=True)
class FileWork:
    """Picklable worker for a chunk of text files of a folder: read, decode, run, serialize."""

    runner: Runner
    encoding: str

    def __call__(self, paths: list[str]) -> Chunk:
        parts: list[bytes] = []
        errors: list[dict[str, Any]] = []
        for path in paths:
            try:
                text = read_text(path, self.encoding)
                result = self.runner(text)
                parts.append(dump_json_bytes(_merge("path", path, result)))
            except CliError as exc:
                errors.append({"path": path, "error": str(exc)})
                continue
            except Exception as exc:  # one bad page must not stop the batch
                errors.append({"path": path, "error": f"{type(exc).__name__}: {exc}"})
                continue
            parts.append(b"\n")
        return Chunk(b"".join(parts), len(parts) // 2, errors)


CHUNK_BYTES = 1 << 16
"""Input bytes of the first chunks of JSONL lines: ~30 news pages, ~30 ms of extract work."""

CHUNK_SECONDS = 0.05
"""Work per chunk that :class:`ChunkSizer` aims at.

Long enough that the cost of handing a chunk over (one pickle each way, a wake-up of the
writing process) stays around 2% of it, short enough that at the end of a run the
workers finish within a chunk of each other.
"""


class ChunkSizer:
    """The block size for the next JSONL chunk, adapted so a chunk is ``target`` seconds of work.

    A fixed size cannot suit every command: 64 KB is ~30 ms of ``extract`` but ~5 ms of
    ``clean``, where handing chunks over would then cost a third of the time. The rate
    (input bytes per second of work) is the median of the last nine chunks, once five are
    in, so the slow first chunk of each worker (which compiles the patterns) does not
    shrink the rest.
    """

    def __init__(
        self,
        size: int = CHUNK_BYTES,
        *,
        target: float = CHUNK_SECONDS,
        low: int = 1 << 14,
        high: int = 1 << 20,
    ) -> None:
        self.size = size
        self._target = target
        self._low = low
        self._high = high
        self._rates: collections.deque[float] = collections.deque(maxlen=9)

    def observe(self, chunk: Chunk) -> None:
        """Learn from a finished chunk and set :attr:`size` for the next one."""
        if chunk.seconds <= 0 or chunk.source_bytes <= 0:
            return
        self._rates.append(chunk.source_bytes / chunk.seconds)
        if len(self._rates) < 5:  # the first chunk of every worker is an outlier
            return
        rate = statistics.median(self._rates)
        self.size = int(min(self._high, max(self._low, rate * self._target)))


FILES_PER_CHUNK = 8


def jsonl_chunks(
    path: str, chunk_bytes: int | ChunkSizer = CHUNK_BYTES
) -> Iterator[tuple[int, bytes]]:
    """Yield ``(first_line_number, block)`` for consecutive blocks of whole lines of a JSONL file.

    Each block is about ``chunk_bytes`` of the input (more when a single line is longer;
    a :class:`ChunkSizer` gives the size anew for each block),
    cut after a newline; blank lines stay in so the worker can number the lines. The
    reading process only reads and cuts: splitting into records is the worker's job.
    ``-`` reads stdin.
    """
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
        close = False
    else:
        try:
            stream = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in the finally below
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None
        close = True
    try:
        first = 1
        pieces: list[bytes] = []  # the line begun at the end of the last block, so far
        while True:
            size = chunk_bytes.size if isinstance(chunk_bytes, ChunkSizer) else chunk_bytes
            block = _read_full(stream, size)
            if not block:
                break
            cut = block.rfind(b"\n") + 1
            if not cut:
                pieces.append(block)
                continue
            if pieces:
                pieces.append(block[:cut])
                data = b"".join(pieces)
                pieces = [block[cut:]]
            else:
                data = block[:cut]
                pieces = [block[cut:]]
            yield first, data
            first += data.count(b"\n")
            if not pieces[0]:
                pieces = []
        if pieces:  # the last line has no newline
            yield first, b"".join(pieces)
    finally:
        if close:
            stream.close()


def _read_full(stream: IO[bytes], size: int) -> bytes:
    # A pipe (stdin) returns what is there; gather up to ``size`` so blocks stay large.
    data = stream.read(size)
    if not data or len(data) == size:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = stream.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def batched(items: Sequence[T], size: int) -> Iterator[list[T]]:
    """Yield consecutive lists of ``size`` items (the last one shorter)."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a clean single-threaded server, so the parent's threads
    # (tqdm's monitor, a test runner's) cannot deadlock them; spawn where it is missing.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def start_worker_server(preload: Sequence[str] = ()) -> None:
    """Start the process that worker processes are forked from, importing ``preload`` there.

    Called as soon as the arguments are known, so the server's start-up and imports run
    while this process is still importing and opening files; :func:`run_ordered` starts
    it otherwise. Without the forkserver start method there is nothing to start.
    """
    ctx = _context()
    if isinstance(ctx, multiprocessing.context.ForkServerContext):
        from multiprocessing import forkserver

        if preload:
            ctx.set_forkserver_preload(list(preload))
        forkserver.ensure_running()


def _ignore_sigint() -> None:
    # Ctrl-C reaches every process of the group: the parent handles it (and terminates
    # the pool); workers stay quiet instead of each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_ordered(
    func: Callable[[T], Chunk],
    items: Iterable[T],
    *,
    jobs: int,
    preload: Sequence[str] = (),
    ahead: int = 4,
    observe: Callable[[Chunk], None] | None = None,
) -> Generator[Chunk, None, None]:
    """Yield ``func(item)`` for each item (a chunk of records) in input order, in ``jobs`` processes.

    ``jobs == 1`` runs in this process: the same chunks and the same ``func`` as the
    workers, so the output is byte for byte the same and the serial run pays no process
    overhead. With more jobs, at most ``ahead`` chunks per worker are submitted ahead of
    the one being written (a huge input is never loaded whole into memory), each goes to
    whichever worker is free, and the results are yielded in input order; ``preload``
    names modules the worker server imports once. ``observe`` sees each result first (a
    :class:`ChunkSizer` learning the size of the chunks still to be read).
    """
    if jobs <= 1:
        for item in items:
            result = func(item)
            if observe is not None:
                observe(result)
            yield result
        return
    from concurrent.futures import ProcessPoolExecutor

    start_worker_server(preload)
    ctx = _context()
    # concurrent.futures rather than multiprocessing.Pool: Pool's worker-handler thread
    # wakes up whenever result data is waiting in the pipe and spins while large results
    # stream in (about 0.6 s of the parent's CPU per 80 MB of output).
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_ignore_sigint)
    pending: collections.deque[Future[Chunk]] = collections.deque()
    source = iter(items)
    limit = max(1, ahead) * jobs
    finished = False
    try:
        while True:
            for item in itertools.islice(source, limit - len(pending)):
                pending.append(executor.submit(func, item))
            if not pending:
                break
            result = pending.popleft().result()
            if observe is not None:
                observe(result)
            yield result
        finished = True
    finally:
        if not finished:
            # Interrupted (Ctrl-C, SIGTERM, a failed write): stop the workers now instead
            # of waiting for the chunks they hold, which may take long on odd records.
            # ProcessPoolExecutor has no public way to do this before Python 3.14.
            for process in list(getattr(executor, "_processes", {}).values()):
                if process.is_alive():
                    process.terminate()
        executor.shutdown(wait=finished, cancel_futures=not finished)


class _TextSink:
    """A binary-looking writer over a text stream that has no ``buffer`` (``io.StringIO``)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, data: bytes) -> int:
        return self._stream.write(data.decode("utf-8"))


def _stdout_bytes() -> IO[bytes] | _TextSink:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    return cast("IO[bytes]", buffer) if buffer is not None else _TextSink(sys.stdout)


@contextlib.contextmanager
def _atomic_file(path: str, *, binary: bool) -> Iterator[IO[Any]]:
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:  # checked before any work is done
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        if binary:
            stream: IO[Any] = os.fdopen(fd, "wb", buffering=4 * CHUNK_BYTES)
        else:
            stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with stream:
            yield stream
        # mkstemp creates 0600; give the result the usual permissions of a new file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Yield a text stream that becomes ``path`` only when the block completes.

    The data goes to a temporary file in the same directory (so the final rename is atomic
    on the same file system); on any exception, including ``KeyboardInterrupt``, the
    temporary file is removed and an existing ``path`` is left untouched. ``None`` or ``-``
    writes straight to stdout.
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with _atomic_file(path, binary=False) as stream:
        yield stream


@contextlib.contextmanager
def atomic_binary_output(path: str | None) -> Iterator[IO[bytes] | _TextSink]:
    """Yield a byte writer that becomes ``path`` only when the block completes.

    Like :func:`atomic_output`, for writers of ready-made UTF-8 bytes (the batch output).
    ``None`` or ``-`` writes to stdout's byte stream.
    """
    if path is None or path == "-":
        sink = _stdout_bytes()
        yield sink
        if isinstance(sink, _TextSink):
            sys.stdout.flush()
        else:
            sink.flush()
        return
    with _atomic_file(path, binary=True) as stream:
        yield stream


@contextlib.contextmanager
def optional_output(path: str | None) -> Iterator[IO[str] | None]:
    """Yield an ``atomic_output`` for ``path``, or ``None`` when no path was given."""
    if path is None:
        yield None
        return
    with atomic_output(path) as stream:
        yield stream


def progress_enabled(flag: bool | None) -> bool:
    """Return whether to draw a progress bar: as asked, else only when stderr is a terminal."""
    if flag is not None:
        return flag
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


class _NoBar:
    """Stands in for the tqdm bar when there is none, so tqdm is not even imported."""

    def update(self, n: int) -> None:
        pass

    def write(self, message: str, file: IO[str]) -> None:
        print(message, file=file)


def write_batch(
    chunks: Iterable[Chunk],
    *,
    out: IO[bytes] | _TextSink,
    errors: IO[str] | None,
    total: int | None,
    progress: bool,
    desc: str,
) -> BatchStats:
    """Write each chunk's output to ``out`` and its errors to ``errors`` (and stderr).

    The per-record work (parsing, running, JSON encoding) was done where the chunk was
    made; this loop only writes ready bytes and moves the progress bar once per chunk.

    Returns:
        The counts; ``records == written + failed`` always holds.
    """
    stats = BatchStats()
    with contextlib.ExitStack() as stack:
        bar: Any = _NoBar()
        if progress:
            from tqdm import tqdm

            bar = stack.enter_context(
                tqdm(total=total, desc=desc, unit="rec", file=sys.stderr, dynamic_ncols=True)
            )
        for chunk in chunks:
            if chunk.data:
                out.write(chunk.data)
            for error in chunk.errors:
                where = f"line {error['line']}" if "line" in error else str(error.get("path"))
                bar.write(f"kornews: {where}: {error['error']}", file=sys.stderr)
                if errors is not None:
                    errors.write(dump_json(error))
                    errors.write("\n")
            done = chunk.written + len(chunk.errors)
            stats.records += done
            stats.written += chunk.written
            stats.failed += len(chunk.errors)
            bar.update(done)
    return stats
