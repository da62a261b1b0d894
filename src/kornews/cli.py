"""The ``kornews`` command: clean, extract, money, dates, bylines and dedup from the shell.

In scope: reading pages (a file, stdin, a folder of ``*.txt`` or a JSONL corpus), calling
the library functions, and writing JSON / JSONL. Batch runs keep every record: each input
record ends up in the output or in the errors (``--errors FILE``), output files are
replaced atomically, and ``--jobs N`` spreads the work over worker processes.

Exit codes: 0 when every record succeeded, 1 when some record or input failed (each
reported on stderr), 2 for usage errors, 130 when interrupted, 143 when terminated.

Out of scope: crawling, HTML parsing (input is the page's text), and any configuration
file. The library modules are imported inside each command, so ``kornews --help`` is
instant and Kiwi is never loaded by these commands.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import dataclasses
import importlib
import importlib.util
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, cast

from kornews import _batch
from kornews._batch import CliError
from kornews._util import usable_cpus

PROG = "kornews"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


# --------------------------------------------------------------------------- JSON conversion


def to_jsonable(value: object) -> Any:
    """Return ``value`` as plain JSON data: the one converter for every result the CLI prints.

    Dataclasses become objects field by field (an object with ``to_dict()`` gives its own),
    ``Decimal`` becomes a string (no float rounding), dates and times ISO 8601 strings,
    tuples and sets lists.

    >>> from decimal import Decimal
    >>> from datetime import date
    >>> to_jsonable({"value": Decimal("3.6616E+12"), "on": date(2024, 1, 1), "tags": ("a",)})
    {'value': '3.6616E+12', 'on': '2024-01-01', 'tags': ['a']}
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        # The object's own JSON form (``Article.to_dict()`` is documented JSON-ready).
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    return str(value)


# --------------------------------------------------------------------------- commands


def _run_clean(text: str, reference: date | datetime | None) -> dict[str, Any]:
    from kornews.lines import clean

    return {"text": clean(text)}


def _run_extract(
    text: str, reference: date | datetime | None, *, lines: bool = True
) -> dict[str, Any]:
    """``extract`` as a JSON-ready dict; ``lines=False`` leaves out every line's label."""
    from kornews.article import extract

    article = extract(text, reference=reference)
    if not lines:  # emptied before the conversion, so the records are not converted either
        article = dataclasses.replace(article, lines=())
    data = to_jsonable(article)
    if not isinstance(data, dict):
        return {"article": data}
    data = dict(data)
    if not lines:
        del data["lines"]
    return data


def _run_money(text: str, reference: date | datetime | None) -> dict[str, Any]:
    from kornews.money import find_money

    return {"money": to_jsonable(find_money(text))}


def _run_dates(text: str, reference: date | datetime | None) -> dict[str, Any]:
    from kornews.dates import find_dates

    return {"dates": to_jsonable(find_dates(text, reference=reference))}


def _run_bylines(text: str, reference: date | datetime | None) -> dict[str, Any]:
    from kornews.bylines import find_bylines

    return {"bylines": to_jsonable(find_bylines(text))}


_RUNNERS: dict[str, Callable[[str, date | datetime | None], dict[str, Any]]] = {
    "clean": _run_clean,
    "extract": _run_extract,
    "money": _run_money,
    "dates": _run_dates,
    "bylines": _run_bylines,
}

# Modules a worker process imports once, before the first record, so that import time is
# not counted against the first chunk.
_PRELOAD: dict[str, tuple[str, ...]] = {
    "clean": ("kornews.lines",),
    "extract": ("kornews.article",),
    "money": ("kornews.money",),
    "dates": ("kornews.dates",),
    "bylines": ("kornews.bylines",),
}


@dataclasses.dataclass(frozen=True, slots=True)
class CommandRunner:
    """Picklable text -> result-fields function for one command (sent to worker processes)."""

    command: str
    reference: date | datetime | None = None
    no_lines: bool = False

    def __call__(self, text: str) -> dict[str, Any]:
        if self.no_lines and self.command == "extract":
            return _run_extract(text, self.reference, lines=False)
        return _RUNNERS[self.command](text, self.reference)


# --------------------------------------------------------------------------- argument types


def _reference(value: str) -> date | datetime:
    """Parse ``--reference``: an ISO date (2024-06-03) or datetime (2024-06-03T09:00)."""
    try:
        if "T" in value or " " in value.strip() or ":" in value:
            return datetime.fromisoformat(value)
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO date or datetime: {value!r} (e.g. 2024-06-03 or 2024-06-03T09:00)"
        ) from None


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {value!r} (e.g. utf-8, cp949, euc-kr)"
        ) from None
    return value


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 0 <= number <= 1024:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) to 1024")
    return number or usable_cpus()


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 < number <= 1.0:
        raise argparse.ArgumentTypeError("must be in (0, 1]")
    return number


# --------------------------------------------------------------------------- parser

_MAIN_EPILOG = """\
examples:
  kornews extract seeds/002_63cb6d787270aa92.txt        # one page -> article JSON
  kornews clean page.txt                                # the article text, furniture gone
  kornews clean --explain page.txt                      # every line with its label and reason
  kornews money page.txt --compact                      # money amounts as one-line JSON
  kornews dates page.txt --reference 2024-06-03         # dates, relative ones resolved
  kornews extract pages/ -o articles.jsonl              # a folder of *.txt -> JSONL
  kornews extract --jsonl corpus.jsonl --field text --id id -o out.jsonl --jobs 2
  kornews dedup corpus.jsonl -o clusters.jsonl          # near-duplicate clusters
  kornews dedup corpus.jsonl --drop -o deduped.jsonl    # the corpus without later copies

exit status: 0 all records succeeded, 1 some failed (see stderr / --errors),
2 usage error, 130 interrupted.
"""


def _epilog(command: str, extra: str = "") -> str:
    page = "seeds/002_63cb6d787270aa92.txt"
    lines = [
        "examples:",
        f"  kornews {command} {page}",
        f"  cat {page} | kornews {command} -",
        f"  kornews {command} seeds/ -o {command}.jsonl              # one JSONL record per *.txt",
        f"  kornews {command} --jsonl corpus.jsonl --field text --id id -o out.jsonl "
        "--errors bad.jsonl --jobs 2",
    ]
    if extra:
        lines.append(extra)
    lines += [
        "",
        "batch output: one JSON object per record, with the input's id (JSONL) or path (folder).",
        "every record lands in the output or in --errors; exit status 1 if any failed.",
    ]
    return "\n".join(lines) + "\n"


def _add_io(parser: argparse.ArgumentParser, *, single_json: bool) -> None:
    parser.add_argument(
        "input", metavar="FILE|DIR|-", help="a page, a folder of *.txt, or - (stdin)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout"
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        metavar="CODEC",
        default="utf-8",
        help="encoding of the input files (default utf-8; cp949 for EUC-KR pages)",
    )
    if single_json:
        parser.add_argument(
            "--compact", action="store_true", help="one-line JSON for a single input"
        )
    batch = parser.add_argument_group("batch")
    batch.add_argument(
        "--jsonl", action="store_true", help="FILE is JSONL: process record by record"
    )
    batch.add_argument(
        "--field", default="text", help="JSONL field holding the page text (default: text)"
    )
    batch.add_argument(
        "--id",
        dest="id_field",
        metavar="FIELD",
        default="id",
        help="JSONL field carried over as the record id (default: id; else the line number)",
    )
    batch.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1 = in-process; 0 = one per CPU)",
    )
    batch.add_argument(
        "--errors", metavar="FILE", help="write failed records here as JSONL (line, id, error)"
    )
    _add_progress(batch)


def _add_progress(group: argparse._ArgumentGroup | argparse.ArgumentParser) -> None:
    progress = group.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="always show the progress bar (default: only when stderr is a terminal)",
    )
    progress.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show it"
    )


_JSON_COMMANDS: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    (
        "extract",
        "extract the article: title, published, bylines, body, money, dates",
        "Extract the article of each page as JSON (Article.to_dict()).",
        "  kornews extract --jsonl corpus.jsonl --no-lines -o articles.jsonl   "
        "# without per-line labels",
        "resolve relative dates against this when the page has no published time",
    ),
    (
        "money",
        "find money amounts (exact Decimal values, as strings)",
        "Find every money amount: span, text, value (a decimal string), currency.",
        None,
        None,
    ),
    (
        "dates",
        "find date and time mentions",
        "Find every date and time mention, resolved to ISO 8601 where possible.",
        "  kornews dates page.txt --reference 2024-06-03T09:00",
        "ISO date or datetime that relative dates (어제, 지난달) are resolved against",
    ),
    (
        "bylines",
        "find reporter bylines and photo/source credits",
        "Find every byline and credit: name, role, e-mail, agency.",
        None,
        None,
    ),
)


def build_parser() -> argparse.ArgumentParser:
    """Return the ``kornews`` argument parser (one subparser per command)."""
    from kornews import __version__

    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn raw Korean news pages into clean, structured data.",
        epilog=_MAIN_EPILOG,
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "clean",
        help="print the article text with the page furniture removed",
        description="Print the clean article text (title, subtitle and body lines).",
        epilog=_epilog(
            "clean", "  kornews clean --explain page.txt       # label and reason per line"
        ),
        formatter_class=fmt,
    )
    _add_io(p, single_json=False)
    p.add_argument(
        "--explain",
        action="store_true",
        help="print every line with its index, label and reason instead",
    )

    # The commands that print JSON records: (name, help, description, extra example,
    # reference help). A reference help adds --reference for resolving relative dates.
    for name, help_, description, example, reference in _JSON_COMMANDS:
        p = sub.add_parser(
            name,
            help=help_,
            description=description,
            epilog=_epilog(name, example or ""),
            formatter_class=fmt,
        )
        _add_io(p, single_json=True)
        if reference:
            p.add_argument("--reference", type=_reference, metavar="DATE", help=reference)
        if name == "extract":
            p.add_argument(
                "--no-lines",
                action="store_true",
                help="leave out the 'lines' field (every page line with its label): "
                "about half the output of a batch",
            )

    p = sub.add_parser(
        "dedup",
        help="find near-duplicate records in a JSONL corpus",
        description=(
            "Stream a JSONL corpus through a near-duplicate index. Writes one JSONL line per "
            'cluster of two or more records ({"cluster": i, "ids": [...]}, ids in input '
            "order), or with --drop the corpus without the later members of each cluster."
        ),
        epilog=(
            "examples:\n"
            "  kornews dedup corpus.jsonl --field text --id id -o clusters.jsonl\n"
            "  kornews dedup corpus.jsonl --drop -o deduped.jsonl --errors bad.jsonl\n"
            "  kornews dedup corpus.jsonl --threshold 0.7 --jobs 0\n"
            "\nrecords without the id field are identified by their line number.\n"
        ),
        formatter_class=fmt,
    )
    p.add_argument("input", metavar="FILE|-", help="a JSONL corpus, or - (stdin)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (atomically)")
    p.add_argument("--field", default="text", help="field holding the text (default: text)")
    p.add_argument(
        "--id",
        dest="id_field",
        metavar="FIELD",
        default="id",
        help="field holding the record id (default: id; else the line number)",
    )
    p.add_argument(
        "--threshold", type=_threshold, help="similarity threshold (default: the library's)"
    )
    p.add_argument("--drop", action="store_true", help="write the corpus without later duplicates")
    p.add_argument(
        "--encoding", type=_encoding, metavar="CODEC", default="utf-8", help="input encoding"
    )
    p.add_argument("--errors", metavar="FILE", help="write failed records here as JSONL")
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="processes that clean and sign records (default 1; 0 = one per CPU)",
    )
    _add_progress(p)
    return parser


# --------------------------------------------------------------------------- output helpers


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _explain(text: str) -> str:
    """Return one aligned row per line of the repaired, normalized page: index, label, reason, text.

    A kept line that ``clean`` drops as a repeat of an earlier paragraph says so in its
    reason column (``… (repeat of 7, dropped)``), so every line's fate is visible.
    """
    from kornews.encoding import repair_encoding
    from kornews.lines import KEPT_LABELS, classify_lines
    from kornews.normalization import normalize
    from kornews.paragraphs import dedupe_paragraphs

    lines = classify_lines(normalize(repair_encoding(text)))
    if not lines:
        return ""
    kept = [line for line in lines if line.label in KEPT_LABELS]
    repeats = {
        kept[r.index].index: kept[r.duplicate_of].index
        for r in dedupe_paragraphs([line.text for line in kept]).removed
    }
    reasons = [
        f"{line.reason} (repeat of {repeats[line.index]}, dropped)"
        if line.index in repeats
        else line.reason
        for line in lines
    ]
    wi = len(str(lines[-1].index))
    wl = max(len(line.label) for line in lines)
    wr = max(len(r) for r in reasons)
    return "".join(
        f"{line.index:>{wi}}  {line.label:<{wl}}  {reason:<{wr}}  {line.text}".rstrip() + "\n"
        for line, reason in zip(lines, reasons, strict=True)
    )


# --------------------------------------------------------------------------- command handlers


def _finish(stats: _batch.BatchStats, errors: str | None) -> int:
    if stats.failed:
        where = f" (see {errors})" if errors else ""
        _err(f"{stats.written} of {stats.records} records written, {stats.failed} failed{where}")
        return EXIT_FAILED
    return EXIT_OK


def _run_batch(
    args: argparse.Namespace,
    work: Callable[[Any], _batch.Chunk],
    chunks: Iterator[Any],
    total: int | None,
    observe: Callable[[_batch.Chunk], None] | None = None,
) -> int:
    jobs: int = args.jobs
    preload = _worker_preload(args.command)
    if jobs > 1:
        # First thing: the worker server starts and imports the command's module while
        # this process goes on opening files and importing the pool machinery.
        _batch.start_worker_server(preload)
    progress = _batch.progress_enabled(args.progress)
    with (
        _batch.atomic_binary_output(args.output) as out,
        _batch.optional_output(args.errors) as errors,
        contextlib.closing(
            _batch.run_ordered(work, chunks, jobs=jobs, preload=preload, observe=observe)
        ) as done,
    ):
        stats = _batch.write_batch(
            done, out=out, errors=errors, total=total, progress=progress, desc=args.command
        )
    return _finish(stats, args.errors)


def _worker_preload(command: str) -> tuple[str, ...]:
    # kornews.cli too: each worker unpickles a CommandRunner, which imports it.
    return ("kornews.cli", *_PRELOAD.get(command, ()))


def _cmd_text(args: argparse.Namespace) -> int:
    """clean / extract / money / dates / bylines over a file, stdin, a folder or JSONL."""
    command: str = args.command
    source: str = args.input
    runner = CommandRunner(
        command, getattr(args, "reference", None), getattr(args, "no_lines", False)
    )
    # Fail once, up front, rather than once per record, when the command's module is missing.
    # With worker processes only the workers need it: the parent just checks it is there.
    for module in _PRELOAD[command]:
        if getattr(args, "jobs", 1) > 1 and (args.jsonl or Path(source).is_dir()):
            if importlib.util.find_spec(module) is None:
                raise ModuleNotFoundError(f"No module named {module!r}")
        else:
            importlib.import_module(module)
    is_dir = source != "-" and Path(source).is_dir()
    if getattr(args, "explain", False) and (is_dir or args.jsonl):
        _err("--explain works on a single page, not on a folder or --jsonl")
        return EXIT_USAGE

    if args.jsonl:
        if is_dir:
            _err(f"--jsonl expects a JSONL file or -, but {source} is a folder")
            return EXIT_USAGE
        if source != "-" and not Path(source).is_file():
            _err(f"cannot read {source}: no such file")
            return EXIT_USAGE
        work = _batch.JsonlWork(runner, args.field, args.id_field, args.encoding)
        # The total only feeds the progress bar: skip the extra pass over the file without it.
        total = _batch.count_lines(source) if _batch.progress_enabled(args.progress) else None
        sizer = _batch.ChunkSizer()
        return _run_batch(args, work, _batch.jsonl_chunks(source, sizer), total, sizer.observe)

    if is_dir:
        files = [str(p) for p in _batch.text_files(source)]
        if not files:
            _err(f"no *.txt files under {source}")
        chunks = _batch.batched(files, _batch.FILES_PER_CHUNK)
        return _run_batch(args, _batch.FileWork(runner, args.encoding), chunks, len(files))

    if source != "-" and not Path(source).exists():
        _err(f"cannot read {source}: no such file or folder")
        return EXIT_USAGE
    if source.endswith(".jsonl"):
        _err(f"note: {source} looks like JSONL; add --jsonl to process it record by record")
    text = _batch.read_text(source, args.encoding)
    name = "standard input" if source == "-" else source
    try:
        if command == "clean":
            output = _explain(text) if args.explain else runner(text)["text"] + "\n"
        else:
            result = runner(text)
            data = result if command == "extract" else result[command]
            output = (
                _batch.dump_json(data)
                if args.compact
                else json.dumps(data, ensure_ascii=False, indent=2)
            ) + "\n"
    except Exception as exc:  # the same report as for a failed record of a batch
        _err(f"{name}: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
    with _batch.atomic_output(args.output) as out:
        out.write(output)
    return EXIT_OK


def _cmd_dedup(args: argparse.Namespace) -> int:
    """Cluster near-duplicate records of a JSONL corpus; with --drop, write the survivors.

    Records are keyed by line number inside the index (ids may repeat or be missing);
    clusters are the connected components of the reported matches, so a record joined to
    a cluster by a later record still counts as that cluster's member.
    """
    import tempfile

    from tqdm import tqdm

    from kornews.dedup import NearDuplicateIndex

    source: str = args.input
    if source != "-" and not Path(source).is_file():
        _err(f"cannot read {source}: no such file")
        return EXIT_USAGE
    index = NearDuplicateIndex() if args.threshold is None else NearDuplicateIndex(args.threshold)
    parent: dict[int, int] = {}  # union-find over line numbers; the root is the earliest
    ids: dict[int, Any] = {}  # line -> id of every record that went into the index
    failed = 0

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    progress = _batch.progress_enabled(args.progress)
    with contextlib.ExitStack() as stack:
        # --drop reads the input twice; stdin is kept in a temporary file for the second pass.
        spool = (
            stack.enter_context(tempfile.TemporaryFile()) if source == "-" and args.drop else None
        )
        errors = stack.enter_context(_batch.optional_output(args.errors))
        bar = stack.enter_context(
            tqdm(
                total=_batch.count_lines(source) if progress else None,
                desc="dedup",
                unit="rec",
                disable=not progress,
                file=sys.stderr,
            )
        )

        def records() -> Iterator[tuple[int, str]]:
            """The records with a text, by line number; the others are reported here."""
            nonlocal failed
            for line, raw in _batch.jsonl_lines(source):
                if spool is not None:
                    spool.write(b"%d\t%s\n" % (line, raw))
                rec = _batch.parse_record(
                    line, raw, field=args.field, id_field=args.id_field, encoding=args.encoding
                )
                if rec.text is not None:
                    ids[line] = rec.id
                    yield line, rec.text
                    continue
                failed += 1
                bar.write(f"{PROG}: line {line}: {rec.error}", file=sys.stderr)
                if errors is not None:
                    error: dict[str, Any] = {"line": line}
                    if rec.id_known:
                        error["id"] = rec.id
                    error["error"] = rec.error
                    errors.write(_batch.dump_json(error) + "\n")
                bar.update(1)

        # Records are cleaned and signed a chunk at a time (in --jobs processes).
        for key, earlier in index.add_many(records(), workers=args.jobs):
            line = cast(int, key)
            parent[line] = line
            for other in earlier:
                a, b = find(line), find(cast(int, other))
                if a != b:
                    parent[max(a, b)] = min(a, b)
            bar.update(1)
        bar.close()

        groups: dict[int, list[int]] = {}
        for line in ids:  # dict order is input order
            groups.setdefault(find(line), []).append(line)
        clusters = sorted((m for m in groups.values() if len(m) > 1), key=lambda m: m[0])

        with _batch.atomic_output(args.output) as out:
            if not args.drop:
                for number, members in enumerate(clusters):
                    record = {"cluster": number, "ids": [ids[m] for m in members]}
                    out.write(_batch.dump_json(record) + "\n")
            else:
                later = {m for members in clusters for m in members[1:]}
                for line, raw in _reread(source, spool):
                    if line in ids and line not in later:
                        text = raw.decode(args.encoding, errors="replace").removeprefix("\ufeff")
                        out.write(text + "\n")
    if progress:
        dropped = sum(len(c) - 1 for c in clusters)
        _err(f"{len(ids)} records, {len(clusters)} clusters, {dropped} later duplicates")
    return _finish(_batch.BatchStats(len(ids) + failed, len(ids), failed), args.errors)


def _reread(source: str, spool: IO[bytes] | None) -> Iterator[tuple[int, bytes]]:
    """Yield the input lines again for the second pass of ``dedup --drop``."""
    if spool is None:
        yield from _batch.jsonl_lines(source)
        return
    spool.seek(0)
    for raw in spool:
        number, _, rest = raw.rstrip(b"\n").partition(b"\t")
        yield int(number), rest


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kornews`` command line and return its exit status.

    Args:
        argv: the arguments after the program name; ``None`` reads ``sys.argv[1:]``.

    Returns:
        0 when every record succeeded, 1 when some record or input failed, 2 for a usage
        error (``--help`` and ``--version`` return 0), 130 when interrupted (Ctrl-C) and
        143 when terminated (SIGTERM); an interrupted run leaves no partial output file.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version (0) and usage errors (2)
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    previous = _catch_sigterm()
    try:
        if args.command == "dedup":
            return _cmd_dedup(args)
        return _cmd_text(args)
    except _Terminated:
        _err("terminated; no partial output was written")
        return EXIT_TERMINATED
    except CliError as exc:
        _err(str(exc))
        return EXIT_FAILED
    except ImportError as exc:  # a broken installation: say which module, not a traceback
        _err(f"the {args.command!r} command cannot load its module: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("interrupted; no partial output was written")
        return EXIT_INTERRUPTED
    except BrokenProcessPool:
        _err("a worker process died (killed, or out of memory); no partial output was written")
        return EXIT_FAILED
    except BrokenPipeError:
        # `kornews ... | head`: the reader left; not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        _err(f"{exc.filename or 'output'}: {exc.strerror or exc}")
        return EXIT_FAILED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Terminated(BaseException):
    """Raised by the SIGTERM handler so that temporary output files are removed on the way out."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


def _catch_sigterm() -> Any:
    """Turn SIGTERM into an exception (returns the previous handler; None off the main thread)."""
    try:
        return signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread of the main interpreter
        return None


if __name__ == "__main__":
    raise SystemExit(main())
