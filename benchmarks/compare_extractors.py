"""What a generic extractor keeps of a Korean news page, next to what kornews keeps.

For each annotated page (default: the seeds' annotations in ../shared/eval/dev/seeds.jsonl),
every line is wrapped in ``<p>`` and given to trafilatura (the usual choice for text
extraction), and the raw text is given to ``kornews.clean``. Each output line is matched
back to the input line it came from, and the kept lines are counted per gold label: a
good extractor keeps all title/subtitle/body lines and none of the rest. Metadata is
compared too: trafilatura's title and date against ``kornews.extract``'s.

    python benchmarks/compare_extractors.py [FILE.jsonl ...] [--json]

Needs the ``bench`` extra (``pip install -e ".[bench]"``) for trafilatura.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import kornews

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "dev" / "seeds.jsonl"
LABELS = ("title", "subtitle", "body", "meta", "byline", "caption", "boilerplate")
WANTED = {"title", "subtitle", "body"}


def _kept_indices(source_lines: list[str], output: str) -> set[int]:
    """Indices of input lines that appear (whitespace-folded) in ``output``, in order."""
    wanted = [" ".join(x.split()) for x in output.split("\n") if x.strip()]
    folded = [" ".join(x.split()) for x in source_lines]
    kept: set[int] = set()
    start = 0
    for w in wanted:
        for i in range(start, len(folded)):
            if folded[i] and folded[i] == w:
                kept.add(i)
                start = i + 1
                break
    return kept


def _trafilatura(text: str) -> tuple[str, str | None, str | None]:
    import trafilatura

    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
    page = f"<html><body>{body}</body></html>"
    out = trafilatura.extract(page, include_comments=False) or ""
    meta = trafilatura.bare_extraction(page, with_metadata=True)
    title = getattr(meta, "title", None) if meta is not None else None
    date = getattr(meta, "date", None) if meta is not None else None
    return out, title, date


def compare(doc: dict[str, Any]) -> dict[str, Any]:
    gold = doc["gold"]
    text = gold["repaired_text"] or doc["text"]
    lines = text.split("\n")
    labels: list[str] = gold["lines"]
    totals = Counter(label for label in labels if label in LABELS)
    result: dict[str, Any] = {"id": doc["id"], "total": dict(totals)}
    t_out, t_title, t_date = _trafilatura(text)
    k_kept = {ln.index for ln in kornews.strip_boilerplate(kornews.normalize(text)).kept}
    article = kornews.extract(doc["text"])
    for name, kept in (("trafilatura", _kept_indices(lines, t_out)), ("kornews", k_kept)):
        result[name] = dict(Counter(labels[i] for i in kept if labels[i] in LABELS))
    result["meta"] = {
        "gold": {"title": gold["title"], "published": gold["published"]},
        "trafilatura": {"title": t_title, "date": t_date},
        "kornews": {
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
        },
    }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print('trafilatura is not installed: pip install -e ".[bench]"', file=sys.stderr)
        return 2
    docs = [
        json.loads(x)
        for f in args.files
        for x in f.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    results = [compare(d) for d in docs]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    header = f"{'page':10} {'tool':12} " + " ".join(f"{lab[:11]:>11}" for lab in LABELS)
    print(
        "lines kept / lines in the page, per gold label (want: all of title/subtitle/body, none else)"
    )
    print(header)
    grand: dict[str, Counter[str]] = {"trafilatura": Counter(), "kornews": Counter()}
    total: Counter[str] = Counter()
    for r in results:
        total.update(r["total"])
        for tool in ("trafilatura", "kornews"):
            grand[tool].update(r[tool])
            cells = " ".join(
                f"{r[tool].get(lab, 0):>5}/{r['total'].get(lab, 0):<5}" for lab in LABELS
            )
            print(f"{r['id']:10} {tool:12} {cells}")
    for tool in ("trafilatura", "kornews"):
        cells = " ".join(f"{grand[tool].get(lab, 0):>5}/{total.get(lab, 0):<5}" for lab in LABELS)
        print(f"{'all':10} {tool:12} {cells}")
    print("\nmetadata (gold | trafilatura | kornews)")
    for r in results:
        m = r["meta"]
        print(
            f"{r['id']:10} title     {m['gold']['title']!r} | {m['trafilatura']['title']!r} | {m['kornews']['title']!r}"
        )
        print(
            f"{'':10} published {m['gold']['published']!r} | {m['trafilatura']['date']!r} | {m['kornews']['published']!r}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
