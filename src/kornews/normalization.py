"""Unicode and HTML cleanup of scraped Korean news text, keeping its line structure.

:func:`normalize` applies a fixed list of character rules, each listed in
``docs/cleanup-text.md``: ``\\r\\n`` to ``\\n``; zero-width characters and soft hyphens
removed; non-standard spaces to a plain space; fullwidth ASCII to ASCII; HTML
entities decoded; NFC; the middle-dot family between two words written as ``·``.
The character tables live in ``data/normalize_chars.tsv`` and
``data/normalize_middle_dots.txt``.

The number of ``"\\n"`` never changes, so line ``i`` of the result is line ``i`` of
the input (:func:`preserves_lines` checks it). Repair mojibake *before* normalizing:
:func:`kornews.encoding.repair_encoding` needs the soft hyphens this step removes.

Out of scope: mojibake (see :mod:`kornews.encoding`), HTML tags, typographic
choices the text relies on (``…`` vs ``...``, ``∼`` vs ``~``, curly quotes, ``〈 〉``),
spelling, and NFKC-style folding beyond fullwidth ASCII (``㈜``, ``㎡`` and circled
digits stay).
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from functools import cache

from kornews._data import load_table, load_words
from kornews._util import ensure_str

__all__ = ["normalize", "preserves_lines"]

_MIDDLE_DOT = "\u00b7"
# Entity decoding is repeated while it still finds entities (``&#38;nbsp;``), so that
# normalize() is idempotent; each pass shortens the text, and passes are capped.
_MAX_ENTITY_PASSES = 8


@cache
def _char_table() -> dict[int, str | None]:
    """Return the str.translate table built from ``normalize_chars.tsv``."""
    table: dict[int, str | None] = {}
    for row in load_table("normalize_chars.tsv"):
        first, last, action = int(row[0], 16), int(row[1], 16), row[2]
        for code in range(first, last + 1):
            if action == "delete":
                table[code] = None
            elif action == "space":
                table[code] = " "
            elif action == "ascii":
                table[code] = chr(code - 0xFEE0)
            else:  # a typo in the data file must not pass silently
                raise ValueError(f"normalize_chars.tsv: unknown action {action!r}")
    return table


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the compiled character-class and middle-dot patterns."""
    table = _char_table()
    chars = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    dots = "".join(
        re.escape(chr(int(code, 16))) for code in load_words("normalize_middle_dots.txt")
    )
    # Directly between two letters or digits; a bullet after a space or at the start of a
    # line (• 항목) is a list marker, not a separator, and stays.
    # (The class comes first and the look-behind after it, so the scan is fast.)
    middle = re.compile(rf"[{dots}](?<=\w[{dots}])(?=\w)")
    return chars, middle


# A named or numeric entity, with the semicolon (names without it, like "&copy 2024",
# are left alone: too many false hits in URLs). A run of "&amp;" in front, as left by
# double escaping ("&amp;quot;"), goes with it. The name length is bounded.
_ENTITY_RE = re.compile(
    r"&(?:amp;|#0*38;|#[xX]0*26;)*"
    r"(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
_CRLF_RE = re.compile(r"\r+\n")
_AMP_CHAIN_RE = re.compile(r"^&(?:amp;|#0*38;|#[xX]0*26;)*")


def _replace_char(match: re.Match[str]) -> str:
    """Apply the character table to one matched character."""
    return _char_table()[ord(match.group())] or ""


def _decode_entity(match: re.Match[str]) -> str:
    """Decode one entity, keeping unknown names and never creating a line break."""
    whole = match.group()
    tail = _AMP_CHAIN_RE.sub("&", whole)
    if tail == "&":  # the chain ended with "&amp;" itself
        return "&"
    if not tail.startswith("&#") and tail[1:] not in html.entities.html5:
        return whole  # not a real entity: "&foo;" stays as written
    decoded = html.unescape(tail)
    # An entity for a line break (&#10;, &NewLine;) must not add a line.
    decoded = decoded.replace("\r", " ").replace("\n", " ")
    return decoded.translate(_char_table())


def normalize(text: str) -> str:
    """Return ``text`` with invisible, look-alike and escaped characters normalized.

    The rules: soft hyphens and zero-width characters (U+200B-U+200D, U+2060,
    U+FEFF) are removed; no-break and other non-standard spaces (U+00A0,
    U+2000-U+200A, U+202F, U+205F, U+3000) become a space; fullwidth ASCII
    (U+FF01-U+FF5E) becomes ASCII; HTML entities with a semicolon are decoded
    (unknown names stay); ``\\r\\n`` becomes ``\\n`` (a lone ``\\r`` stays); the text
    is put in NFC; and ``‧ ㆍ ・ •`` (and similar dots) directly between two letters
    or digits become ``·`` (U+00B7).

    Line structure is kept: the result has exactly as many ``"\\n"`` as ``text``.
    ``normalize(normalize(x)) == normalize(x)``.

    Args:
        text: Any text, usually one scraped page.

    Returns:
        The normalized text (``text`` itself when nothing changes).

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> normalize("광주시‧경기도, 5ㆍ18 기념식")
    '광주시·경기도, 5·18 기념식'
    >>> normalize("ＡＩ&nbsp;학습\\u200b 이용&amp;금지")
    'AI 학습 이용&금지'
    >>> normalize("• 본문 바로가기 &copy")
    '• 본문 바로가기 &copy'
    """
    text = ensure_str(text)
    chars, middle = _patterns()
    if chars.search(text) is not None:
        # A regex substitution beats str.translate with a dict on non-ASCII text.
        text = chars.sub(_replace_char, text)
    for _ in range(_MAX_ENTITY_PASSES):
        if "&" not in text:
            break
        decoded = _ENTITY_RE.sub(_decode_entity, text)
        if decoded == text:
            break
        text = decoded
    # After the deletions, so that "\r<U+200B>\n" is a line end too; "\r\r\n" is one.
    if "\r\n" in text:
        text = _CRLF_RE.sub("\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if middle.search(text) is not None:
        text = middle.sub(_MIDDLE_DOT, text)
    return text


def preserves_lines(before: str, after: str) -> bool:
    """Return whether ``after`` has as many lines as ``before`` (split on ``"\\n"``).

    A cheap check for pipelines that map line ``i`` of a cleaned text back to line
    ``i`` of the raw page.

    >>> preserves_lines("제목\\r\\n본문", normalize("제목\\r\\n본문"))
    True
    >>> preserves_lines("제목\\n\\n본문", "제목\\n본문")
    False
    """
    return before.count("\n") == after.count("\n")
