"""Numbers in Korean news text, with the counter or unit word that follows them.

In scope: Arabic numbers (``3,244``, ``2.5``, ``３``), numbers with large units (``6.8만명``,
``3조6616억원``, ``1만여``), Sino-Korean numerals (``삼천만``, ``이십오 명``, and a lone
``천``/``백``/``만`` before a spaced counter: ``천 명``), native Korean counts as whole words
(``하나``, ``열두 명``, ``서른 두 살``), units of measure (``500mL``, ``5km``, ``3mg``:
a Latin unit must end its Latin word, so ``10mbps`` is no metre), fractions (``3분의 1``),
negatives (``-58억4천만``, ``마이너스 3``), ranges (``3~4명``: two mentions, the first
borrowing the second's unit), and qualifiers (``약``, ``여``, ``가량``, ``이상``, ``원대``).
Values come from :mod:`kornews.numerals`, the reader money and dates use too.

Out of scope (returned by nothing here): dates and clock times (``2025년``, ``12일``,
``3시``, ``1분기``: see the dates module), phone numbers (``062-613-2000``), version strings
(``1.2.3``), dotted dates (``2024.01.05``), ``5·18``-style names, ordinals (``제3회``,
``3번째``), Latin-letter codes (``5G``, ``A4``, ``COVID-19``), and Sino or native numerals
inside other words (``원칙``, ``조사``, ``만약``, ``천천히``, ``일부``, ``하나같이``,
``천명했다``), and ``만`` meaning "full" before an age or a period (``만 18세`` is 18).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from kornews._data import load_table, load_words
from kornews._util import alternation, ensure_str, plain_spaces
from kornews.numerals import (
    MINUS_SIGNS,
    LazyPattern,
    borrow_range_unit,
    evaluate_numeral,
    numeral_pattern,
    read_numeral,
)

__all__ = [
    "COUNTER_AHEAD",
    "EXACT_QUALIFIERS",
    "NumberMention",
    "bare_won_is_money",
    "find_numbers",
    "parse_number",
    "qualifier_around",
]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number found in a text.

    Attributes:
        start: offset of the first character of the surface in the caller's text.
        end: offset just past the surface.
        text: the surface, ``source[start:end]``: the numeral and its unit word if any.
        value: the exact value (``6.8만명`` -> ``Decimal("68000")``).
        unit: the counter or unit word that follows (``"명"``, ``"%"``, ``"원"``), or None.
        approx: true when the figure is an estimate or an open bound (``약``, ``여``,
            ``가량``, ``이상``, ``넘게``, ``대`` ...); false for an exact figure, also when a
            word names it as a cap, a record or a level crossed (``최대``, ``넘어섰다``).
        qualifier: the first qualifier word found (also ``최대``, ``넘어``), or None.
    """

    start: int
    end: int
    text: str
    value: Decimal
    unit: str | None = None
    approx: bool = False
    qualifier: str | None = None


def _alt(words: Iterable[str]) -> str:
    return alternation(words)


def _unit_alt(words: Iterable[str]) -> str:
    """Like :func:`_alt`, but a unit ending in a Latin letter must end the Latin word:
    ``500mL`` is not ``500m`` + ``L``, and ``10mbps`` is no metre."""
    return alternation(words, latin_end=True)


_COUNTERS = load_words("numerals_counters.txt")
_CURRENCY_WORDS = tuple(
    row[0]
    for row in load_table("money_currencies.tsv")
    if row[2].startswith("suffix") and not row[0].isascii()
)
_UNITS = sorted(set(_COUNTERS) | set(_CURRENCY_WORDS), key=lambda w: (-len(w), w))
_QUALIFIERS = tuple((row[0], row[1]) for row in load_table("money_qualifiers.tsv"))
_Q_REPORTED = {
    row[0]: row[2] for row in load_table("money_qualifiers.tsv") if len(row) > 2 and row[2] != "-"
}
# Reported words that name an exact figure (a cap, a record, a level crossed: 최대, 넘어)
# and so leave approx false; see the kind column of money_qualifiers.tsv.
EXACT_QUALIFIERS = frozenset(
    _Q_REPORTED.get(row[0], row[0])
    for row in load_table("money_qualifiers.tsv")
    if len(row) > 3 and row[3] == "exact"
)
# Particles and endings that may follow a number or its unit inside the same word: a unit
# word counts only when the word ends there ("10대는" yes, "10대들" -> no unit).
_PARTICLE = _alt(
    [
        "이",
        "가",
        "을",
        "를",
        "은",
        "는",
        "의",
        "에",
        "도",
        "만",
        "과",
        "와",
        "로",
        "으로",
        "에서",
        "에게",
        "에게서",
        "까지",
        "부터",
        "처럼",
        "보다",
        "이나",
        "나",
        "이며",
        "며",
        "이고",
        "고",
        "이다",
        "다",
        "입니다",
        "이었다",
        "였다",
        "였던",
        "인",
        "이라",
        "라",
        "이란",
        "란",
        "씩",
        "당",
        "꼴",
        "뿐",
        "째",
        "쯤",
        "여",
        "대",
        "선",
        "가량",
        "정도",
        "이상",
        "이하",
        "미만",
        "초과",
        "안팎",
        "남짓",
        "내외",
        "수준",
        "상당",
        "짜리",
        "어치",
    ]
)
_WORD_END = f"(?:{_PARTICLE}){{0,3}}(?![가-힣])"
_DATE_UNITS = "(?:년|월|일|시|분|초)"
_DURATION = _alt(["년간", "개년", "일간", "시간", "분간", "초간"])

COUNTER_AHEAD: str = f"[ ]?(?:{_unit_alt(_COUNTERS)}|{_DURATION}|{_DATE_UNITS}){_WORD_END}"
"""Regex source: a counter or time unit as a whole word, right after a number (``1억 명이``).

Money uses it to refuse bare amounts that count things (``3조 개``, ``1억 년``).
"""

_UNIT_AHEAD = f"[ ]?(?:{_unit_alt(_UNITS)}|{_DURATION})"
_NUM = numeral_pattern(approx=True, spaced_tail_guard=_UNIT_AHEAD)
# Shapes that hold digits but are not numbers; matched at a digit run and skipped whole.
_SKIP = LazyPattern(
    "|".join(
        [
            r"[0-9]{2,4}[-)][0-9]{3,4}-[0-9]{4}(?![0-9])",  # phone numbers
            r"[0-9]{1,4}(?:[-./][0-9]{1,4}){2,}\.?",  # dotted/dashed dates, versions, IPs
            r"[0-9]{2,4}\. [0-9]{1,2}\. [0-9]{1,2}\.?",  # 2023. 7. 9.
            r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?",  # clock times
            r"[0-9]{1,4}[·ㆍ・‧∙•][0-9]{1,4}(?:[·ㆍ・‧∙•][0-9]{1,4}){0,4}",  # 5·18, 6·25, 3·1절
        ]
    )
)
# Before a digit run: an ordinal prefix (제3회) or a Latin code (COVID-19, K2, A4).
_SKIP_BEFORE = LazyPattern("(?:제 ?|[A-Za-z][-_]?)$")
_START = f"(?:(?=[0-9０-９{MINUS_SIGNS}])|(?<![가-힣0-9０-９A-Za-z]))"
_NUMBERS = LazyPattern(
    f"{_START}(?:(?=(?P<r1>{_NUM}))(?P=r1) ?[~∼～〜] ?)?(?P<num>{_NUM})(?P<unit>{_UNIT_AHEAD})?"
)
_SINO_RUN = "영공일이삼사오육륙칠팔구십백천만억조경"
_NATIVE_WORDS = [row[0] for row in load_table("numerals_words.tsv") if row[2] in ("native", "tens")]
# Anchors: digit runs (one class scan), and word-initial Hangul numerals that either
# reach a Sino unit within a few characters (삼천만, 이십오) or are native count words.
# A lone unit syllable is a number only right before a counter that ends the word
# (천 명이, 백 개, 만 세대, 천원): 천명했다 ("declared"), 만세 and 백미 are words, and in
# 만 세 살 the counter word is the native "three" of the age that 만 ("full") qualifies
# (nobody is 만 세, 10,000 years, old). After 수, 몇 or a unit (수 천 명, 몇 백 개,
# 수십 만 명, 2000여만 만원) it is part of a vague or mistyped number: no value.
_LONE_UNIT = (
    # (After the word-start test of _ANCHORS, which most positions fail at once.)
    f"(?=[십백천만] ?(?:{_unit_alt(_UNITS)}|{_DURATION}){_WORD_END})"
    f"(?<![0-9０-９])(?<![수몇십백천만억조] )"
    f"(?![십백천만] {_alt(_NATIVE_WORDS)} {_unit_alt(_COUNTERS)}{_WORD_END})"
    "(?!만 ?[세살](?![가-힣]))"
)
_ANCHORS = LazyPattern(
    "[0-9０-９][0-9０-９,.]*"
    f"|(?<![가-힣])(?:(?=[{_SINO_RUN}][{_SINO_RUN} ]{{0,12}}?[십백천만억조경]|[{_SINO_RUN}] ?분의)"
    f"|(?={_alt(_NATIVE_WORDS)})|{_LONE_UNIT})"
)
_SINO_BACK = frozenset(_SINO_RUN + "여 ")
_SMALL_OR_BIG_UNITS = frozenset("십백천만억조경")
_DIGITS_THEN_UNIT = LazyPattern("[0-9０-９][0-9０-９,.]{0,24}[십백천만억조경]")
_WORD_END_RE = LazyPattern(_WORD_END)
_UNIT_WORD_END_RE = _WORD_END_RE
_AFTER_DATE = LazyPattern(f"[ ]?(?:{_DATE_UNITS}|분기|년도|년생|학년도)")
_ORDINAL_AFTER = LazyPattern("[ ]?(?:번째|째)")
_NATIVE_ATTACHED = frozenset(load_words("numerals_native_attached.txt"))
# 서/석/너/넉/닷/엿 appear only in fixed spaced phrases (석 달, 서 말); attached they are
# other words (서명, 석권).
_SPACED_ONLY = frozenset(["서", "석", "너", "넉", "닷", "엿"])
_NATIVE_NEEDS_UNIT = frozenset(
    ["한", "두", "세", "석", "서", "네", "넉", "너", "닷", "엿", "스무", "열", "쉰"]
)
_Q_BEFORE = LazyPattern(
    f"(?<![가-힣])(?P<q>{_alt([w for w, p in _QUALIFIERS if p == 'before'])}) ?$"
)
# A tight qualifier must end its word: 1180원대(까지) and 1200원선(에서) yes; 3만원 대출,
# 원대한 ("grand") and 5만원 선물 no.
_Q_WORD_END = "(?=[의로에는은를을이가도인까부였와과만다]|[^가-힣]|$)"
_Q_AFTER = LazyPattern(
    f" ?(?P<q>{_alt([w for w, p in _QUALIFIERS if p == 'after'])})"
    f"|(?P<t>{_alt([w for w, p in _QUALIFIERS if p == 'after-tight'])}){_Q_WORD_END}"
    f"|[ ]?(?P<w>{_alt([w for w, p in _QUALIFIERS if p == 'after-word'])}){_Q_WORD_END}"
    f"|(?:[을를이가에] ?| ?)(?P<v>{_alt([w for w, p in _QUALIFIERS if p == 'after-verb'])})"
)


_BARE_WON = load_table("money_bare_won.tsv")
_CONTEXT = load_table("money_context.tsv")
_BARE_WON_AFTER = LazyPattern(
    "(?:을|를|이|가|에|으로|로|은|는|도|만|씩|까지|에서)? ?"
    + _alt([w for w, p in _BARE_WON if p == "after"] + [w for w, p in _CONTEXT if p == "after"])
)
_BARE_WON_BEFORE = LazyPattern(
    "(?:당|(?<![가-힣])"
    + _alt([w for w, p in _BARE_WON if p == "before"] + [w for w, p in _CONTEXT if p == "before"])
    + "(?:은|는|이|가|을|를|의|도|으로|로)?)[ ]{0,2}$"
)


def bare_won_is_money(text: str, start: int, end: int) -> bool:
    """Whether a bare ``만원`` at ``text[start:end]`` is 10,000 won rather than "full house".

    ``만원`` with no numeral before ``만`` is also 滿員 (``만원 관중``, ``만원사례``,
    ``관중석이 만원을 이뤘다``). It is money only next to a money word of
    ``money_bare_won.tsv`` or ``money_context.tsv``: after it (``만원씩``, ``만원짜리``,
    ``만원을 내고``, ``만원에 샀다``), before it (``단돈 만원``, ``1인당 만원``), or a
    qualifier (``약 만원``, ``만원 이하``).
    """
    if _BARE_WON_AFTER.match(text, end, min(len(text), end + 12)) is not None:
        return True
    if _BARE_WON_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    return _Q_BEFORE.search(text, max(0, start - 4), start) is not None


def qualifier_around(text: str, start: int, end: int) -> str | None:
    """Return the qualifier word right before or after ``text[start:end]``, or ``None``.

    The word before the span wins (``약``, ``최대``); after it come the bound and
    approximation words of ``money_qualifiers.tsv`` (``가량``, ``이상``, ``1180원대``'s
    ``대``, ``넘게``, ``육박`` ...). Shared by :mod:`kornews.money` and this module.
    """
    before = _Q_BEFORE.search(text, max(0, start - 4), start)
    if before is not None:
        return before.group("q")
    after = _Q_AFTER.match(text, end, min(len(text), end + 8))
    if after is not None:
        word = after.group(after.lastgroup or "q")
        return _Q_REPORTED.get(word, word)
    return None


_HANGUL_UNITS = LazyPattern("[십백천만억조경]")


def find_numbers(text: str) -> list[NumberMention]:
    """Return every number in ``text`` with its unit word, in order of appearance.

    Args:
        text: any text; offsets in the results index into it.

    Returns:
        One :class:`NumberMention` per number (two for a range ``3~4명``), empty if none.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> [(n.text, n.value, n.unit) for n in find_numbers("관객 6.8만명, 열두 살 소년")]
    [('6.8만명', Decimal('68000'), '명'), ('열두 살', Decimal('12'), '살')]
    >>> [(n.text, n.approx, n.qualifier) for n in find_numbers("약 1만여 가구")]
    [('1만여 가구', True, '약')]
    >>> [(n.text, n.value) for n in find_numbers("만 18세 이상 천 명, 500mL 생수")]
    [('18세', Decimal('18')), ('천 명', Decimal('1000')), ('500mL', Decimal('500'))]
    >>> find_numbers("2025년 5월 12일 오후 3시, 문의 062-613-2000")
    []
    """
    source = ensure_str(text)
    # No-break and thin spaces read as spaces (same length, so offsets hold).
    text = plain_spaces(source)
    out: list[NumberMention] = []
    floor = 0
    for a in _ANCHORS.finditer(text):
        p = a.start()
        if p < floor:
            continue
        if a.end() > p:  # a digit run
            skip = _SKIP.match(text, p)
            if skip is not None:
                floor = skip.end()
                continue
            if a.group().count(".") >= 2 or _SKIP_BEFORE.search(text, max(0, p - 2), p):
                floor = a.end()
                continue
        for start in _starts(text, p, floor, a.end() > p):
            m = _NUMBERS.match(text, start)
            if m is None:
                continue
            found = _read(text, m)
            if found:
                out.extend(found)
                floor = found[-1].end
                break
    if text is not source:
        out = [replace(n, text=source[n.start : n.end]) for n in out]
    return out


def _starts(text: str, p: int, floor: int, digits: bool) -> list[int]:
    """Where a number holding the anchor at ``p`` may start: a sign or a Hangul unit
    before the digits (``-3``, ``마이너스 3``, ``백10억``, ``천320만``), then ``p``."""
    starts: list[int] = []
    if digits and p > floor:
        b = text[p - 1]
        if b in MINUS_SIGNS and (p < 2 or not (text[p - 2].isalnum() or text[p - 2] in ".,")):
            starts.append(p - 1)
        elif text.startswith("마이너스", max(0, p - 5)) and p - 5 >= floor:
            starts.append(p - 5 if text[p - 1] == " " else p - 4)
        elif b in _SINO_BACK:
            q, lo = p, max(floor, p - 16)
            while q > lo and text[q - 1] in _SINO_BACK:
                q -= 1
            for i in range(q, p):  # every word start in the run, leftmost first
                word_start = text[i] not in " 여" and (i == q or text[i - 1] == " ")
                if word_start and not _bare_unit_word(text, i, p):
                    starts.append(i)
    starts.append(p)
    return starts


def _bare_unit_word(text: str, i: int, p: int) -> bool:
    """Whether the word at ``i`` is a bare unit syllable (``만``, ``천``) that must not
    join the digits at ``p`` across a space.

    ``만 18세`` is "full age 18" (``만 65세``, ``만 3년``), not 10,018: a unit with no
    numeral of its own joins spaced digits only when they lead to a unit of their own
    (``만 5천 명`` is 15,000), or when it touches them (``천320만``).
    """
    space = text.find(" ", i, p)
    if space < 0 or any(c not in _SMALL_OR_BIG_UNITS for c in text[i:space].replace("여", "")):
        return False
    unit = _DIGITS_THEN_UNIT.match(text, p)
    return unit is None


def _read(text: str, m: re.Match[str]) -> list[NumberMention]:
    num = m.group("num")
    got = evaluate_numeral(num)
    if got is None:
        return []
    value, approx = got
    unit_text = m.group("unit")
    end = m.end()
    after = end
    if unit_text is not None and _UNIT_WORD_END_RE.match(text, end) is None:
        unit_text = None  # 2차전지, 10대들: the unit syllable starts another word
        end = after = m.end("num")
    if _AFTER_DATE.match(text, after) and unit_text is None:
        return []  # 2025년, 12일, 3시, 1분기: dates and times belong to the dates module
    if _ORDINAL_AFTER.match(text, after):
        return []
    has_digit = any(c.isdigit() for c in num)
    if not has_digit and not _hangul_ok(text, num, unit_text, after):
        return []
    if has_digit and unit_text is None:
        if _LATIN_AFTER.match(text, after):
            return []  # 5G, 3D, 4K
        if _HANGUL_BEFORE.search(text, max(0, m.start() - 1), m.start()):
            return []  # names with a number glued on: 코로나19, 뉴스1, 첨단3지구
    unit = unit_text.strip() if unit_text else None
    if unit in _FULL_UNITS and _BARE_MAN.match(num):
        return []  # 만 이십 세: "aged twenty"; the caller tries the numeral after 만
    qualifier, q_approx = _qualifiers(text, m.start(), end)
    if qualifier is None and approx:
        qualifier = "여"
    results: list[NumberMention] = []
    r1 = m.group("r1")
    if r1 is not None:
        got1 = evaluate_numeral(r1)
        if got1 is not None and (any(c.isdigit() for c in r1) or _HANGUL_UNITS.search(r1)):
            v1 = borrow_range_unit(r1, got1[0], num)
            results.append(
                NumberMention(
                    m.start("r1"),
                    m.end("r1"),
                    r1,
                    _tidy(v1),
                    unit,
                    got1[1] or q_approx,
                    qualifier if qualifier is not None else ("여" if got1[1] else None),
                )
            )
    start = m.start("num")
    results.append(
        NumberMention(start, end, text[start:end], value, unit, approx or q_approx, qualifier)
    )
    return results


_FULL_UNITS = frozenset(load_words("numbers_full_units.txt"))
_BARE_MAN = LazyPattern("만 ")
_LATIN_AFTER = LazyPattern("[A-Za-z]")
_HANGUL_BEFORE = LazyPattern("[가-힣]$")


def _hangul_ok(text: str, num: str, unit_text: str | None, after: int) -> bool:
    """Whether a numeral written in Hangul is a number here, not part of a word."""
    if unit_text is None and _WORD_END_RE.match(text, after) is None:
        return False  # 천천히, 하나같이, 만약
    bare = num.replace(" ", "")
    if "점" in bare:
        return unit_text is not None  # 삼점일 도 yes; 사점이 ("dead point") no
    if _HANGUL_UNITS.search(bare):
        # Sino-Korean: 삼천만, 이십오. Two syllables are often words (천사, 만사, 이천,
        # 구조 "rescue" + 주), so those need a unit word after a space, or a currency.
        if len(bare) >= 3:
            return True
        if unit_text is None:
            return False
        if bare == "만" and unit_text == "원":
            return bare_won_is_money(text, after - 2, after)  # not 만원 관중 (滿員)
        return unit_text.startswith(" ") or unit_text in _CURRENCY_WORDS
    if bare in _NATIVE_NEEDS_UNIT:
        # 한, 세, 열: far more often other words; attached, only with common counters
        # (두명 yes; 한편, 열차, 세대 are words of their own).
        if unit_text is None:
            return False
        if unit_text.startswith(" "):
            return True
        return bare not in _SPACED_ONLY and unit_text in _NATIVE_ATTACHED
    # Native counts of two or more syllables (하나, 다섯, 열두) and 둘/셋/넷 as whole words;
    # a lone Sino digit (이, 일, 사, 영, 공) only before a unit.
    return (
        len(bare) >= 2
        or bare in ("둘", "셋", "넷")
        or (unit_text is not None and bare not in "이일")
    )


def _qualifiers(text: str, start: int, end: int) -> tuple[str | None, bool]:
    word = qualifier_around(text, start, end)
    return word, word is not None and word not in EXACT_QUALIFIERS


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def parse_number(text: str) -> Decimal | None:
    """Return the value of one whole number expression, or ``None``.

    Reads what :func:`kornews.numerals.parse_numeral` reads; surrounding whitespace is
    ignored and a trailing unit or counter word is allowed (``"6.8만명"``, ``"35%"``).

    Args:
        text: one numeral, e.g. ``"3,244"``, ``"1억 천320만"``, ``"이십오"``, ``"서른 두"``.

    Returns:
        The exact value, or ``None``.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> parse_number("6.8만명"), parse_number("사분의삼")
    (Decimal('68000'), Decimal('0.75'))
    >>> parse_number("일부") is None
    True
    """
    text = ensure_str(text).strip()
    got = read_numeral(text)
    if got is not None:
        return got[0]
    # With a unit word: the same rules as find_numbers (일부 is "part", not 1 부).
    found = find_numbers(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].value
    return None
