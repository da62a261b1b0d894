"""The one numeral reader of kornews: Korean and Arabic numeral expressions to exact ``Decimal``.

Money (:mod:`kornews.money`), counts (:mod:`kornews.numbers`) and dates all read numbers
through this module, so ``3조6616억``, ``1억 천320만``, ``삼천만`` and ``열두`` mean the same
thing everywhere.

In scope, one whole numeral expression:

- Arabic digits, with thousands separators and decimals: ``3,244``, ``2.5``, fullwidth ``３``.
- Large units (만 10^4, 억 10^8, 조 10^12, 경 10^16) mixed with digits and with the small units
  천/백/십 the way newspapers print them: ``3조6616억``, ``1조1천817억``, ``4조3백98억``,
  ``8억5천만``, ``1억 천320만``, ``백10억``, ``6.8만``, ``10만``, ``3조 6천 600억``.
- Sino-Korean numerals: ``삼천만``, ``이십오``, ``십이만 삼천``, ``영``/``공`` (zero).
- Native Korean counts: ``하나``, ``둘``, ``열``, ``열두``, ``스물``, ``서른 두``, and the
  attributive forms used before counters (``한``, ``두``, ``세``, ``네``, ``스무``).
- Fractions ``사분의삼`` (0.75), ``3분의 1``; negatives ``-58억4천만``, ``마이너스 3``, and
  the table minus ``△3.2``/``▼3.2`` (see :data:`MINUS_SIGNS`).
- The approximation marker ``여`` inside or after an amount (``600여만``, ``10억여``) is
  accepted by :func:`read_numeral` (which reports it) and by :func:`parse_numeral` (which
  ignores it); :data:`NUMERAL_PATTERN` does not match it.

Out of scope: deciding whether a numeral in running text *is* a number (``이`` is usually
"this", ``한`` usually "Korea", ``조`` a surname): that needs context, which the callers
(:mod:`kornews.numbers`, :mod:`kornews.money`, dates) supply. Qualifiers outside the numeral
(``약``, ``가량``, ``이상``), counters and currencies belong to those modules too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from kornews._data import load_table
from kornews._util import alternation, ensure_str

__all__ = [
    "MINUS_SIGNS",
    "NUMERAL_PATTERN",
    "evaluate_numeral",
    "numeral_pattern",
    "parse_numeral",
    "read_numeral",
]


MINUS_SIGNS = "-−△▼▽"
"""Characters read as a minus sign when they touch the digits: ASCII and Unicode minus,
and the triangles of Korean financial tables (``△3.2%``, ``영업손실 △58억원``: white
triangle = negative; ``▼`` = down). ``▲`` ("up") is not among them: it is also the usual
bullet of Korean articles (``▲3일 ...``), and an up mark does not change the value."""


class LazyPattern:
    """A regular expression compiled on first use, so that importing kornews stays cheap.

    The numeral, number and money patterns are large (compiling them all costs a few
    hundred milliseconds); a program that never reads an amount should not pay for them.
    Offers the :class:`re.Pattern` methods the scanners use.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def get(self) -> re.Pattern[str]:
        """Return the compiled pattern (compiled now if this is the first use)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern)
            # From now on the compiled pattern's own methods answer directly (instance
            # attributes shadow the methods below): no wrapper call on the hot path.
            self.__dict__.update(
                match=compiled.match,
                search=compiled.search,
                fullmatch=compiled.fullmatch,
                finditer=compiled.finditer,
                findall=compiled.findall,
            )
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.get().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.get().search(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.get().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.get().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.get().findall(string, pos, endpos)


def _words(kind: str) -> dict[str, int]:
    return {row[0]: int(row[1]) for row in load_table("numerals_words.tsv") if row[2] == kind}


_SINO = _words("sino")
_SMALL = _words("small")
_BIG = _words("big")
_NATIVE = _words("native")
_TENS = _words("tens")


def _alt(words: dict[str, int] | list[str]) -> str:
    """A non-capturing alternation of ``words``, longest first so that a prefix never wins."""
    return alternation(words)


def _cls(words: dict[str, int] | list[str]) -> str:
    return "[" + "".join(sorted(words)) + "]"


_DIG = "[0-9０-９]"
_SD19 = _cls([w for w, v in _SINO.items() if v > 0])  # 일 이 삼 … 구 (a coefficient or a tail)
_ZERO = _cls([w for w, v in _SINO.items() if v == 0])  # 영 공
# Digits: not inside a longer digit run, a decimal or a Latin word (A4, v1.2), and not
# followed by more digits or a second decimal point (versions, dotted dates). Every
# repetition is bounded so that a scan stays linear on megabytes of digits.
_DNUM = (
    rf"(?<![0-9０-９A-Za-z.,])(?:{_DIG}{{1,3}}(?:,{_DIG}{{3}}){{1,6}}|{_DIG}{{1,20}})"
    rf"(?:\.{_DIG}{{1,12}})?(?![0-9０-９]|\.[0-9０-９])"
)
_GROUP_CHARS = "[0-9０-９,.영공일이삼사오육륙칠팔구십백천여 ]"
_COEF = f"(?:(?<![0-9０-９A-Za-z.,])[1-9１-９]|{_SD19})"
_TAIL = f"(?:{_DIG}{{1,3}}(?![0-9０-９])|{_SD19})"
# A value below 10^4 written with the small units, in order: 천 > 백 > 십, each with an
# optional one-digit coefficient, then an optional digit tail (1천817, 3백98, 천320, 이십오).
_SMALLNUM = (
    f"(?:{_COEF}?천(?: ?{_COEF}?백)?(?: ?{_COEF}?십)?|{_COEF}?백(?: ?{_COEF}?십)?|{_COEF}?십)"
    f"(?:{_TAIL}| (?:{_DIG}{{1,3}}(?![0-9０-９])))?"
)


def numeral_pattern(
    *,
    approx: bool = False,
    native: bool = True,
    fraction: bool = True,
    sign: bool = True,
    spaced_tail_guard: str | None = None,
) -> str:
    """Return regex source for one numeral expression, for the sibling modules.

    Args:
        approx: also accept the marker ``여`` after a group or a unit (``600여만``, ``10억여``).
        native: include native Korean counts (``열두``, ``서른 두``, ``한``).
        fraction: include fractions (``사분의삼``, ``3분의 1``).
        sign: include a leading ``-``/``마이너스``.
        spaced_tail_guard: regex that must follow a bare digit group written after a space
            behind a large unit (``2573만 7737`` + ``달러``); ``None`` refuses that shape,
            since ``240억 5년간`` is an amount followed by a duration.

    Returns:
        Regex source without capturing groups; see :data:`NUMERAL_PATTERN`.
    """
    a = "여?" if approx else ""
    # A group before a large unit: digits or small-unit forms may be spaced from the unit
    # (``6천 만원``, ``2300여 만``); a bare Sino digit must touch it (``삼만``), since ``이 만``
    # is "this only" far more often than "20,000".
    # ``76.1백만``, ``1,234백만``: accounting style, a decimal count of 백만/천만 won.
    spaced = f"(?:{_SMALLNUM}|{_DNUM}[십백천](?=[만억조경])|{_DNUM}){a} ?"
    group = f"(?:{spaced}|(?:{_SD19}|{_ZERO}){a})"
    # What may follow the last large unit: attached digits (``3억5000``), or a small-unit
    # group, attached or after one space (``1억 5천``); spaced bare digits only where the
    # caller's guard allows them.
    tail_alts = [_SMALLNUM, f" {_SMALLNUM}", _DNUM, _SD19]
    if spaced_tail_guard is not None:
        tail_alts.append(f" {_DNUM}(?={spaced_tail_guard})")
    tail = "(?:" + "|".join(tail_alts) + f"){a}"
    bigs = sorted(_BIG, key=lambda w: -_BIG[w])

    def comp(unit: str) -> str:
        return f"{group}{unit}{a}"

    alts: list[str] = []
    for i, unit in enumerate(bigs):
        lower = "".join(f"(?: ?{comp(u)})?" for u in bigs[i + 1 :])
        head = comp(unit)
        if unit == "만":
            head = f"(?:{comp(unit)}|만{a})"  # a bare 만 means 10^4 (만 7천여명, 만 원)
        # Dispatch: try the alternative led by this unit only if it is the first large unit
        # ahead. A cheap bounded scan that spares most of the backtracking (20x faster).
        alts.append(f"(?={_GROUP_CHARS}{{0,24}}{unit}){head}{lower}(?:{tail})?")
    alts.append(f"(?:{_SMALLNUM}|{_DNUM}){a}")
    # A decimal read out in Hangul: 삼점일사 (3.14), 영점오 (0.5).
    alts.append(f"(?:{_SMALLNUM}|{_SD19}|{_ZERO}) ?점 ?(?:{_SD19}|{_ZERO}){{1,12}}")
    alts.append(f"(?:{_SD19}|{_ZERO})")
    sino = "(?:" + "|".join(alts) + ")"
    parts: list[str] = []
    if fraction:
        simple = f"(?:(?:{_SMALLNUM}|{_DNUM}|{_SD19})[만억조]?)"
        parts.append(f"{simple} ?분의 ?{simple}")
    if native:
        parts.append(f"{_alt(_TENS)}(?: ?{_alt(_NATIVE)})?|{_alt(_NATIVE)}")
    parts.append(sino)
    lead = f"(?:(?<![\\w.,])[{MINUS_SIGNS}]|마이너스 ?)?" if sign else ""
    return f"(?:{lead}(?:" + "|".join(parts) + "))"


NUMERAL_PATTERN: str = numeral_pattern()
"""Regex source matching one numeral expression; embed it in a larger ``re``/``regex`` pattern.

It has no capturing or named groups, every repetition is bounded (linear-time scans), and it
matches the forms :func:`parse_numeral` reads, except the approximation marker ``여``.
Alternatives are ordered so that the longest reading is tried first and backtracking gives
shorter ones (``이십일`` is 21, but ``이십일일`` can still be 20 + ``일일`` if your pattern
needs it, e.g. ``(?:NUMERAL_PATTERN)일``).

What it does NOT check, and the embedding pattern must: word boundaries around Hangul
(``이``, ``한``, ``세``, ``사`` alone match; ``(?<![가-힣])`` before and a unit or
counter after is the usual guard). It does refuse to start inside a run of digits, right
after ``.``/``,`` or a Latin letter, and to end before more digits or ``.digit``; so
``2025.01.05`` and ``1.2.3`` hold no numeral (match those shapes with plain ``\\d``).

>>> import re
>>> [m.group() for m in re.finditer(f"(?:{NUMERAL_PATTERN})월", "삼월 이십일 오후 열두시")]
['삼월']
>>> re.fullmatch(f"(?:{NUMERAL_PATTERN})시", "열두시") is not None
True
"""

_APPROX_PATTERN = numeral_pattern(approx=True, spaced_tail_guard=r"\Z")  # whole text: no ambiguity
_FULL = LazyPattern(_APPROX_PATTERN)
_NATIVE_FULL = LazyPattern(
    f"({_alt(_TENS)})? ?({_alt(_NATIVE)})?"
)  # evaluated only after _FULL accepted the text
_TOKEN = LazyPattern(
    r"(?P<num>[0-9０-９][0-9０-９,]*(?:\.[0-9０-９]+)?)|(?P<word>[^\s0-9０-９])|(?P<space>\s)"
)
# Fullwidth digits as ASCII, one character for one (spans hold); shared with kornews.dates.
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


_BIG_UNIT_VALUES = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}


def borrow_range_unit(first: str, value: Decimal, second: str) -> Decimal:
    """Value of a range's first end that omits the large unit its second end prints.

    ``3~5억`` means 3억 to 5억: when ``first`` has no 만/억/조/경 of its own, ``value`` is
    scaled by the last large unit of ``second``. Shared by money and numbers.

    >>> borrow_range_unit("3", Decimal(3), "5억")
    Decimal('300000000')
    >>> borrow_range_unit("3억", Decimal(300000000), "5억")
    Decimal('300000000')
    """
    if any(ch in _BIG_UNIT_VALUES for ch in first):
        return value
    units = [ch for ch in second if ch in _BIG_UNIT_VALUES]
    return value * _BIG_UNIT_VALUES[units[-1]] if units else value


def parse_numeral(text: str) -> Decimal | None:
    """Return the value of one whole numeral expression, or ``None`` if ``text`` is not one.

    Args:
        text: the numeral alone (surrounding whitespace is ignored), e.g. ``"3조6616억"``,
            ``"1억 천320만"``, ``"삼천만"``, ``"서른 두"``, ``"사분의삼"``, ``"-58억4천만"``.
            An approximation marker ``여`` is ignored (``"600여만"`` gives 6000000); use
            :func:`read_numeral` to learn it was there.

    Returns:
        The exact value (integral values have no exponent or fraction digits), or ``None``.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> parse_numeral("3조6616억")
    Decimal('3661600000000')
    >>> parse_numeral("1억 천320만")
    Decimal('113200000')
    >>> parse_numeral("사분의삼"), parse_numeral("열두")
    (Decimal('0.75'), Decimal('12'))
    >>> parse_numeral("원칙") is None
    True
    """
    got = read_numeral(text)
    return None if got is None else got[0]


def read_numeral(text: str) -> tuple[Decimal, bool] | None:
    """Return ``(value, approx)`` for one whole numeral expression, or ``None``.

    ``approx`` is true when the expression carries the marker ``여`` (``600여만``,
    ``10억여``, ``50만8천여``). Otherwise as :func:`parse_numeral`.

    >>> read_numeral("2300여 만")
    (Decimal('23000000'), True)
    >>> read_numeral("만약") is None
    True
    """
    text = ensure_str(text).strip()
    if not text or len(text) > 200 or _FULL.fullmatch(text) is None:
        return None
    return evaluate_numeral(text)


@lru_cache(maxsize=65536)
def _evaluate_cached(text: str) -> tuple[Decimal, bool] | None:
    return _evaluate_uncached(text)


def evaluate_numeral(text: str) -> tuple[Decimal, bool] | None:
    """Return ``(value, approx)`` of a string already matched by a :func:`numeral_pattern`.

    No pattern check (the caller's regex did it), so this is the fast path for scanners;
    ``None`` when the units are out of order (``천천``, ``만 만``). Results are cached.
    """
    if len(text) <= 40:
        return _evaluate_cached(text)
    return _evaluate_uncached(text)


def _evaluate_uncached(text: str) -> tuple[Decimal, bool] | None:
    negative = False
    if text.startswith("마이너스"):
        negative, text = True, text[4:].lstrip()
    elif text[:1] and text[:1] in MINUS_SIGNS:
        negative, text = True, text[1:]
    if "점" in text:
        whole_text, _, frac_text = text.partition("점")
        whole = _evaluate_plain(whole_text.strip())
        digits = [_SINO.get(c) for c in frac_text.strip()]
        if whole is None or not digits or None in digits:
            return None
        frac = Decimal("0." + "".join(str(d) for d in digits))
        value = whole[0] + frac
        return (_tidy(-value if negative else value), whole[1])
    if "분의" in text:
        den_text, _, num_text = text.partition("분의")
        den, num = _evaluate_plain(den_text.strip()), _evaluate_plain(num_text.strip())
        if den is None or num is None or den[0] == 0:
            return None
        value, approx = num[0] / den[0], den[1] or num[1]
    else:
        got = _evaluate_plain(text)
        if got is None:
            return None
        value, approx = got
    return (_tidy(-value if negative else value), approx)


def _tidy(value: Decimal) -> Decimal:
    """Drop exponents and trailing zeros: ``68000.0`` -> ``68000``, ``2.50`` -> ``2.5``."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


_NO_SMALL = 10**5  # no small unit (천/백/십) seen yet in the current 만-group


def _evaluate_plain(text: str) -> tuple[Decimal, bool] | None:
    native = _NATIVE_FULL.fullmatch(text)
    if native is not None and (native.group(1) or native.group(2)):
        tens = _TENS.get(native.group(1) or "", 0)
        unit = _NATIVE.get(native.group(2) or "", 0)
        return Decimal(tens + unit), False
    total = Decimal(0)
    group = Decimal(0)
    coef: Decimal | None = None
    last_big = 10**20
    last_small = _NO_SMALL
    approx = False
    for tok in _TOKEN.finditer(text):
        kind, s = tok.lastgroup, tok.group()
        if kind == "space":
            continue
        if kind == "num":
            if coef is not None:
                return None
            try:
                coef = Decimal(s.translate(FULLWIDTH_DIGITS).replace(",", ""))
            except InvalidOperation:
                return None
            if last_small != _NO_SMALL and coef >= last_small:
                return None  # 1천2000: a tail must be below the last small unit
        elif s in _SINO:
            if coef is not None:
                return None
            coef = Decimal(_SINO[s])
        elif s in _SMALL:
            unit = _SMALL[s]
            if unit >= last_small:
                return None
            group += (Decimal(1) if coef is None else coef) * unit
            coef, last_small = None, unit
        elif s in _BIG:
            unit = _BIG[s]
            if unit >= last_big:
                return None
            g = group + (coef if coef is not None else 0)
            if coef is None and last_small == _NO_SMALL:
                g = Decimal(1)  # a bare unit: 만 = 10^4
            total += g * unit
            group, coef, last_big, last_small = Decimal(0), None, unit, _NO_SMALL
        elif s == "여":
            approx = True
        else:
            return None
    total += group + (coef if coef is not None else 0)
    return total, approx
