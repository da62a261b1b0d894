"""Batch machinery behind the ``kornews`` command: record readers, workers, atomic output.

In scope: turning a JSONL file or a folder of ``*.txt`` pages into a stream of work items,
running a text -> dict function over them in-process or in worker processes (input order
kept), and writing JSONL output and per-record errors so that every input record ends up
in exactly one of the two. Output files are written to a temporary file beside the target
and renamed at the end, so an interrupted run never leaves a truncated file.

Out of scope: what the function does (``kornews.cli`` supplies it) and argument parsing.
Nothing here imports kornews' text modules, so the machinery loads instantly.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

Runner = Callable[[str], dict[str, Any]]
"""The per-text work: takes one page's text and returns the JSON-ready result fields."""

T = TypeVar("T")

DECODE_HINT = "if it is an EUC-KR/CP949 page, try --encoding cp949"


class CliError(Exception):
    """A file that cannot be read or written (undecodable bytes, no such folder): one message."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input record: an output line, or an error record (never both)."""

    output: str | None
    error: dict[str, Any] | None


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


@dataclass(frozen=True, slots=True)
class JsonlWork:
    """Picklable worker for one JSONL line: parse, run, serialize."""

    runner: Runner
    field: str
    id_field: str
    encoding: str

    def __call__(self, item: tuple[int, bytes]) -> Outcome:
        line, raw = item
        rec = parse_record(
            line, raw, field=self.field, id_field=self.id_field, encoding=self.encoding
        )
        if rec.text is None:
            return Outcome(None, _error_record(line, rec.id, rec.id_known, rec.error or "?"))
        try:
            result = self.runner(rec.text)
            return Outcome(dump_json(_merge(self.id_field, rec.id, result)), None)
        except Exception as exc:  # a bad record must not stop the batch
            message = f"{type(exc).__name__}: {exc}"
            return Outcome(None, _error_record(line, rec.id, rec.id_known, message))


@dataclass(frozen=True, slots=True)
class FileWork:
    """Picklable worker for one text file of a folder: read, decode, run, serialize."""

    runner: Runner
    encoding: str

    def __call__(self, path: str) -> Outcome:
        try:
            text = read_text(path, self.encoding)
            result = self.runner(text)
            return Outcome(dump_json(_merge("path", path, result)), None)
        except CliError as exc:
            return Outcome(None, {"path": path, "error": str(exc)})
        except Exception as exc:  # one bad page must not stop the batch
            return Outcome(None, {"path": path, "error": f"{type(exc).__name__}: {exc}"})


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a clean single-threaded server, so the parent's threads
    # (tqdm's monitor, a test runner's) cannot deadlock them; spawn where it is missing.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _ignore_sigint() -> None:
    # Ctrl-C reaches every process of the group: the parent handles it (and terminates
    # the pool); workers stay quiet instead of each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_ordered(
    func: Callable[[T], Outcome],
    items: Iterable[T],
    *,
    jobs: int,
    chunksize: int = 16,
    preload: Sequence[str] = (),
) -> Iterator[Outcome]:
    """Yield ``func(item)`` for each item in input order, in ``jobs`` worker processes.

    ``jobs == 1`` runs in this process (no pickling, easiest to debug). With more jobs,
    ``Pool.imap`` feeds chunks of ``chunksize`` items to the workers and gives results back
    in input order; ``preload`` names modules the worker server imports once up front.
    """
    if jobs <= 1:
        for item in items:
            yield func(item)
        return
    ctx = _context()
    if preload and isinstance(ctx, multiprocessing.context.ForkServerContext):
        ctx.set_forkserver_preload(list(preload))
    with ctx.Pool(processes=jobs, initializer=_ignore_sigint) as pool:
        yield from pool.imap(func, items, chunksize=chunksize)


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
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:  # checked before any work is done
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
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


def write_batch(
    outcomes: Iterable[Outcome],
    *,
    out: IO[str],
    errors: IO[str] | None,
    total: int | None,
    progress: bool,
    desc: str,
) -> BatchStats:
    """Write each outcome to ``out`` or ``errors`` (and stderr), with an optional progress bar.

    Returns:
        The counts; ``records == written + failed`` always holds.
    """
    from tqdm import tqdm

    stats = BatchStats()
    with tqdm(
        total=total,
        desc=desc,
        unit="rec",
        disable=not progress,
        file=sys.stderr,
        dynamic_ncols=True,
    ) as bar:
        for outcome in outcomes:
            stats.records += 1
            if outcome.output is not None:
                out.write(outcome.output)
                out.write("\n")
                stats.written += 1
            else:
                error = outcome.error or {"error": "unknown failure"}
                stats.failed += 1
                where = f"line {error['line']}" if "line" in error else str(error.get("path"))
                bar.write(f"kornews: {where}: {error['error']}", file=sys.stderr)
                if errors is not None:
                    errors.write(dump_json(error))
                    errors.write("\n")
            bar.update(1)
    return stats
