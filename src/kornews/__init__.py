"""kornews: turn raw Korean news text into clean, structured data.

The public API is re-exported here; everything in underscore modules is private.
Exports are resolved lazily (PEP 562), so ``import kornews`` stays cheap: a capability's
module, and its compiled patterns, load on first use. The Kiwi model is built only by
functions that need morphology (``Article.sentences``).

>>> import kornews
>>> kornews.find_money("총사업비 822억원을 긴급 투입")[0].value
Decimal('82200000000')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kornews.article import Article, extract
    from kornews.bylines import Byline, find_bylines
    from kornews.dates import DateMention, find_dates, parse_date
    from kornews.dedup import NearDuplicateIndex, find_duplicates
    from kornews.encoding import detect_mojibake, repair_encoding
    from kornews.lines import Line, Stripped, classify_lines, clean, strip_boilerplate
    from kornews.money import Money, find_money, format_krw, parse_money
    from kornews.normalization import normalize
    from kornews.numbers import NumberMention, find_numbers, parse_number
    from kornews.paragraphs import Deduped, RemovedParagraph, dedupe_paragraphs
    from kornews.types import ArticleKind, BylineKind, Grain, LineLabel

__version__ = "0.1.0"  # the single source of the version (pyproject reads it)

# public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    "Article": "kornews.article",
    "extract": "kornews.article",
    "Byline": "kornews.bylines",
    "find_bylines": "kornews.bylines",
    "DateMention": "kornews.dates",
    "find_dates": "kornews.dates",
    "parse_date": "kornews.dates",
    "NearDuplicateIndex": "kornews.dedup",
    "find_duplicates": "kornews.dedup",
    "detect_mojibake": "kornews.encoding",
    "repair_encoding": "kornews.encoding",
    "Line": "kornews.lines",
    "Stripped": "kornews.lines",
    "classify_lines": "kornews.lines",
    "clean": "kornews.lines",
    "strip_boilerplate": "kornews.lines",
    "Money": "kornews.money",
    "find_money": "kornews.money",
    "format_krw": "kornews.money",
    "parse_money": "kornews.money",
    "normalize": "kornews.normalization",
    "NumberMention": "kornews.numbers",
    "find_numbers": "kornews.numbers",
    "parse_number": "kornews.numbers",
    "Deduped": "kornews.paragraphs",
    "RemovedParagraph": "kornews.paragraphs",
    "dedupe_paragraphs": "kornews.paragraphs",
    "ArticleKind": "kornews.types",
    "BylineKind": "kornews.types",
    "Grain": "kornews.types",
    "LineLabel": "kornews.types",
}

__all__ = [
    "Article",
    "ArticleKind",
    "Byline",
    "BylineKind",
    "DateMention",
    "Deduped",
    "Grain",
    "Line",
    "LineLabel",
    "Money",
    "NearDuplicateIndex",
    "NumberMention",
    "RemovedParagraph",
    "Stripped",
    "__version__",
    "classify_lines",
    "clean",
    "dedupe_paragraphs",
    "detect_mojibake",
    "extract",
    "find_bylines",
    "find_dates",
    "find_duplicates",
    "find_money",
    "find_numbers",
    "format_krw",
    "normalize",
    "parse_date",
    "parse_money",
    "parse_number",
    "repair_encoding",
    "strip_boilerplate",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kornews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
