"""How much of simulated mojibake ``repair_encoding`` recovers, per kind of damage.

usage::

    python benchmarks/encoding_damage.py [--corpus FILE.jsonl] [--docs 120] [--chars 800]
        [--module kornews.encoding] [--json]

Input: Korean news text read by path at run time (default
``../shared/corpus/kowikinews.jsonl``, field ``text``) and the five seeds in ``seeds/``;
nothing is copied into the project. Each document (its first ``--chars`` characters
that CP949 can encode, kept line by line) is garbled in several ways and repaired:

- ``cp949-latin1``: CP949 bytes read as Latin-1 (the exact inverse exists).
- ``cp949-no-soft-hyphen``: the same, then every soft hyphen (byte 0xAD) dropped, as a
  "fixer" that strips invisible characters does; the byte pairs after it shift.
- ``cp949-fixer``: every other valid UTF-8 byte run merged into one character (``ȭ`` for
  화) and every soft hyphen dropped.
- ``utf8-latin1``, ``utf8-cp1252``: UTF-8 read as Latin-1, or as Windows-1252 the way
  browsers do (undefined bytes as C1 controls).
- ``utf8-cp1252-replace``: UTF-8 read by a strict Windows-1252 decoder with
  ``errors="replace"``: the five undefined bytes become U+FFFD and must be guessed.

Printed per kind: the share of documents repaired exactly and the mean character
similarity (difflib ratio, as ``benchmarks/evaluate.py``) of the repair to the original.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "kowikinews.jsonl"
_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def similarity(a: str, b: str) -> float:
    """Return difflib's character similarity ratio (1.0 = identical)."""
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def cp949_encodable(text: str, limit: int) -> str:
    """Keep the characters of ``text`` that CP949 can encode, up to ``limit`` of them."""
    out = []
    for ch in text:
        try:
            ch.encode("cp949")
        except UnicodeEncodeError:
            continue
        out.append(ch)
        if len(out) >= limit:
            break
    return "".join(out).strip()


def browser_cp1252(data: bytes) -> str:
    """Decode ``data`` as Windows-1252 the way browsers do (undefined bytes as C1)."""
    return "".join(chr(b) if b in _UNDEFINED else bytes((b,)).decode("cp1252") for b in data)


def fixer(text: str) -> str:
    """CP949 as Latin-1, every other UTF-8-valid byte run merged, all soft hyphens lost."""
    data = text.encode("cp949")
    out: list[str] = []
    last = 0
    for count, match in enumerate(_UTF8_SEQ.finditer(data)):
        out.append(data[last : match.start()].decode("latin-1"))
        try:
            merged = match.group().decode("utf-8")
        except UnicodeDecodeError:
            merged = match.group().decode("latin-1")
        out.append(merged if count % 2 == 0 else match.group().decode("latin-1"))
        last = match.end()
    out.append(data[last:].decode("latin-1"))
    return "".join(out).replace("\xad", "")


DAMAGE: dict[str, Callable[[str], str]] = {
    "cp949-latin1": lambda s: s.encode("cp949").decode("latin-1"),
    "cp949-no-soft-hyphen": lambda s: s.encode("cp949").decode("latin-1").replace("\xad", ""),
    "cp949-fixer": fixer,
    "utf8-latin1": lambda s: s.encode("utf-8").decode("latin-1"),
    "utf8-cp1252": lambda s: browser_cp1252(s.encode("utf-8")),
    "utf8-cp1252-replace": lambda s: s.encode("utf-8").decode("cp1252", errors="replace"),
}


def load_docs(corpus: Path, count: int, chars: int) -> list[str]:
    """Return the seeds and the first ``count`` corpus documents, cut to ``chars``."""
    docs = [
        cp949_encodable(p.read_text(encoding="utf-8"), chars)
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    if corpus.exists():
        with corpus.open(encoding="utf-8") as handle:
            for line in handle:
                if len(docs) >= count + 5:
                    break
                docs.append(cp949_encodable(json.loads(line)["text"], chars))
    return [d for d in docs if d]


def main(argv: list[str] | None = None) -> int:
    """Run the simulation and print one line per kind of damage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--chars", type=int, default=800)
    parser.add_argument("--module", default="kornews.encoding")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    repair = importlib.import_module(args.module).repair_encoding
    docs = load_docs(args.corpus, args.docs, args.chars)
    results: dict[str, dict[str, float]] = {}
    for name, damage in DAMAGE.items():
        exact = 0
        sims = []
        for doc in docs:
            out = repair(damage(doc))
            exact += out == doc
            sims.append(similarity(out, doc))
        results[name] = {
            "docs": len(docs),
            "exact": exact / len(docs),
            "similarity": sum(sims) / len(sims),
        }
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        for name, r in results.items():
            print(
                f"{name:22s} exact {r['exact']:.3f}  similarity {r['similarity']:.5f}"
                f"  ({r['docs']:.0f} docs)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
