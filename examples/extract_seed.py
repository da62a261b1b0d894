"""Extract one scraped Korean news page and print the article.

Usage:
    python examples/extract_seed.py [PATH] [--reference 2024-06-03]

PATH defaults to seeds/001_3606a09aa6ae8308.txt in the repository. Prints the title,
subtitle, publication time, bylines, the money amounts and dates found in the body, and
the first lines of the body. ``--json`` prints ``Article.to_json()`` instead.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from kornews.article import Article, extract

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "seeds" / "001_3606a09aa6ae8308.txt"


def render(article: Article, *, body_lines: int = 3, width: int = 100) -> str:
    """Return a short human-readable report of ``article``."""
    out: list[str] = []
    out.append(f"kind:      {article.kind}")
    out.append(f"title:     {article.title}")
    if article.subtitle:
        out.append(f"subtitle:  {article.subtitle}")
    published = article.published.isoformat() if article.published else None
    out.append(f"published: {published} ({article.published_grain})")
    for b in article.bylines:
        extra = ", ".join(x for x in (b.role, b.email, b.agency) if x)
        out.append(f"byline:    {b.name} [{b.kind}] {extra}".rstrip())
    for m in article.money:
        out.append(
            f"money:     {m.text} = {m.value} {m.currency}{' (approx.)' if m.approx else ''}"
        )
    for d in article.dates:
        value = d.value.isoformat() if d.value is not None else "unresolved"
        out.append(f"date:      {d.text} = {value} ({d.grain})")
    if article.kind == "listing":
        out.append(f"items:     {len(article.items)} ledes")
    paragraphs = article.paragraphs[:body_lines]
    out.append(f"body:      {len(article.body)} characters in {len(article.paragraphs)} paragraphs")
    for p in paragraphs:
        out.append("  " + (p if len(p) <= width else p[: width - 1] + "…"))
    return "\n".join(out)


def _reference(value: str) -> date | datetime:
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT), help="a page's text file")
    parser.add_argument("--reference", type=_reference, help="ISO date for relative dates")
    parser.add_argument("--json", action="store_true", help="print Article.to_json()")
    args = parser.parse_args(argv)
    text = Path(args.path).read_text(encoding="utf-8")
    article = extract(text, reference=args.reference)
    print(article.to_json(indent=2) if args.json else render(article))
    return 0


if __name__ == "__main__":
    sys.exit(main())
