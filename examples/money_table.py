"""Write a CSV table of every money amount in a folder of Korean news pages.

Usage:
    python examples/money_table.py [DIR] [-o money.csv]

DIR defaults to the repository's seeds/. Each ``*.txt`` page (recursively, sorted) goes
through ``kornews.extract``, so amounts in page furniture (ads, other articles' teasers)
are left out; each amount of the body becomes one row:

    article, amount, currency, text, sentence

``amount`` is the exact decimal value (e.g. 3조6616억원 -> 3661600000000) and ``sentence``
the body sentence that contains it. Sentences are split with a cheap regex (after ``.``,
``?``, ``!`` followed by a space, and at line ends) rather than Kiwi: a table over
thousands of pages should not pay for loading a morphological analyser, and news prose
ends its sentences with ``다.`` almost always. Use ``Article.sentences`` for Kiwi's split.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from kornews.article import extract

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("article", "amount", "currency", "text", "sentence")

# A sentence ends at ., ? or ! followed by white space (not inside "3.5%"), at a line end,
# or after "다." glued to the next sentence's first syllable (scraped ledes often lose the space).
_BOUNDARY = re.compile(r"(?<=[.?!])[ \t]+|(?<=다\.)(?=[가-힣])|\n")


def sentence_at(text: str, position: int, boundaries: list[tuple[int, int]]) -> str:
    """Return the sentence of ``text`` containing ``position``.

    ``boundaries`` are the (start, end) spans of the separators, in order.

    >>> t = "광주시는 3.5% 올렸다. 예산은 100억원이다.\\n다음 문단."
    >>> b = [(m.start(), m.end()) for m in _BOUNDARY.finditer(t)]
    >>> sentence_at(t, t.index("100억원"), b)
    '예산은 100억원이다.'
    >>> g = "행사를 열었다.이는 822억원 규모다."
    >>> sentence_at(g, g.index("822"), [(m.start(), m.end()) for m in _BOUNDARY.finditer(g)])
    '이는 822억원 규모다.'
    """
    ends = [s for s, _ in boundaries]
    i = bisect.bisect_right(ends, position)
    start = boundaries[i - 1][1] if i > 0 else 0
    end = boundaries[i][0] if i < len(boundaries) else len(text)
    return text[start:end].strip()


def money_rows(directory: Path) -> Iterator[dict[str, str]]:
    """Yield one CSV row per money amount in the body of each ``*.txt`` under ``directory``."""
    for path in sorted(directory.rglob("*.txt")):
        article = extract(path.read_text(encoding="utf-8"))
        body = article.body
        boundaries = [(m.start(), m.end()) for m in _BOUNDARY.finditer(body)]
        for money in article.money:
            yield {
                "article": path.relative_to(directory).as_posix(),
                "amount": str(money.value),
                "currency": money.currency,
                "text": money.text,
                "sentence": sentence_at(body, money.start, boundaries),
            }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(ROOT / "seeds"), help="folder of *.txt")
    parser.add_argument("-o", "--output", help="CSV file to write (default: stdout)")
    parser.add_argument(
        "--bom", action="store_true", help="start the file with a UTF-8 BOM (for Excel)"
    )
    args = parser.parse_args(argv)
    directory = Path(args.directory)
    if not directory.is_dir():
        parser.error(f"not a folder: {directory}")
    encoding = "utf-8-sig" if args.bom else "utf-8"
    out = open(args.output, "w", encoding=encoding, newline="") if args.output else sys.stdout  # noqa: SIM115
    try:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        rows = 0
        for row in money_rows(directory):
            writer.writerow(row)
            rows += 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{rows} amounts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
