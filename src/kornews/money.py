"""Amounts of money in Korean news text: find them, read one, and print KRW the newspaper way.

In scope:

- :func:`find_money`: every amount, with its exact ``Decimal`` value in the currency's base
  unit, its ISO 4217 code and its span: ``3조6616억원``, ``150조 원``, ``1억 천450만 원``,
  ``5천만 달러``, ``$3.5``, ``2573만 7737달러 33센트``, ``백만불``; ranges give one
  :class:`Money` per end (``100억~200억원``); per-unit amounts count (``월 20만원씩``,
  ``1달러당 1300원``); headline amounts without ``원`` (``563억 투입``, ``40억 돌파``,
  ``평당 1억``) are KRW when a money word is next to them and no counted noun precedes them
  (``조회수 1억 돌파`` is a count), or when they are items of a list whose next item is
  money (``R&D 35조·AI 10조 투입``; ``37조·39조 개`` counts); also as a range with ``대``
  (``1천억대 투자``, approx;
  ``스마트폰 1억대 판매``, ``출하량 3억대 규모`` count phones); the Hanja dollar ``弗`` (``5000만弗``); the
  Vietnamese dong (``5천만 동``) only in forms a building number never takes (``101동`` is not money); a bare ``만원`` is money only in a money context (``만원씩``), not
  as 滿員 "full house" (``만원 관중``); English amounts (``1,365.2 won``, ``2.5 trillion
  won``, ``$3.5``, ``10,000₩``, with scale abbreviations: ``KRW 1.2tn``, ``$2.5M``,
  ``$5k``; an unknown letter glued on, ``$3T``, declines the amount); table minus signs
  (``△58억원``). A won amount with a European thousands dot (``10.000원``) is declined.
- :func:`parse_money`: one whole expression (per-unit ``10만원씩`` too).
- :func:`format_krw`: the inverse, in four newspaper styles.

The surface (``Money.text``) follows the annotation convention of the evaluation set: the
numeral, ``여`` inside it, and the currency word; qualifiers outside it (``약``, ``가량``,
``안팎``, ``이상``, ``넘게``, ``최대``, ``1180원대``'s ``대``: every approximation or bound word
of ``money_qualifiers.tsv``) are not part of it and are reported in ``qualifier``. They set
``approx`` when the figure is an estimate or an open bound (``약``, ``이상``, ``미만``,
``넘게``), not when it is an exact cap, record or level crossed (``최대``, ``최고``,
``넘어섰다``). ``상당`` ("worth") is not a qualifier.

Out of scope: counts and percentages (:mod:`kornews.numbers`), amounts written only in
words of magnitude (``수백억 원``: no exact value), exchange-rate arithmetic, and English
amounts spelled out in words (``five dollars``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal, get_args

from kornews._data import load_table, load_words
from kornews._util import alternation, ensure_choice, ensure_str, plain_spaces
from kornews.numbers import COUNTER_AHEAD, EXACT_QUALIFIERS, bare_won_is_money, qualifier_around
from kornews.numerals import (
    MINUS_SIGNS,
    LazyPattern,
    borrow_range_unit,
    evaluate_numeral,
    numeral_pattern,
)

__all__ = ["KRW_STYLES", "KrwStyle", "Money", "find_money", "format_krw", "parse_money"]


@dataclass(frozen=True, slots=True)
class Money:
    """One amount of money found in a text.

    Attributes:
        start: offset of the first character of the surface in the caller's text.
        end: offset just past the surface.
        text: the surface, ``source[start:end]`` (numeral, inner ``여``, currency word).
        value: the exact amount in the currency's base unit (``3조6616억원`` ->
            ``Decimal("3661600000000")``; ``33센트`` -> ``Decimal("0.33")`` USD).
        currency: ISO 4217 code (``"KRW"``, ``"USD"``, ``"JPY"``, ``"EUR"``, ``"CNY"``, ...).
        approx: true when the figure is an estimate or an open bound (``약``, ``여``,
            ``가량``, ``이상``, ``미만``, ``넘게``, ``원대`` ...); false for an exact figure,
            also one named as a cap, a record or a level crossed (``최대 20만원``,
            ``1,480원을 넘어섰다``).
        qualifier: the first qualifier word found (``"약"``, ``"여"``, ``"이상"``,
            ``"최대"``, ``"넘어"``), or None.
    """

    start: int
    end: int
    text: str
    value: Decimal
    currency: str
    approx: bool = False
    qualifier: str | None = None


KrwStyle = Literal["compact", "spaced", "digits", "rounded"]
"""How :func:`format_krw` prints: ``3조6616억원``, ``3조 6616억 원``, ``3,661,600,000,000원``,
``약 3조7000억원``."""

KRW_STYLES: tuple[KrwStyle, ...] = get_args(KrwStyle)


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class _Currency:
    code: str
    scale: Decimal


def _load_currencies() -> tuple[
    dict[str, _Currency], dict[str, _Currency], list[str], list[str], list[str]
]:
    suffix: dict[str, _Currency] = {}
    prefix: dict[str, _Currency] = {}
    spaced_alts: list[tuple[str, str]] = []
    tight_alts: list[tuple[str, str]] = []
    prefix_alts: list[tuple[str, str]] = []
    for row in load_table("money_currencies.tsv"):
        word, code, where, scale = row[:4]
        not_before = row[4] if len(row) > 4 else ""
        cur = _Currency(code, Decimal(scale))
        alt = re.escape(word)
        if word.isascii() and word[-1].isalpha():
            alt += "(?![A-Za-z])"
        if not_before:
            alt += f"(?![{not_before}])"
        if where == "prefix":
            prefix[word] = cur
            if word[0].isalpha():
                alt = "(?<![A-Za-z])" + alt
            prefix_alts.append((word, alt))
        else:
            suffix[word] = cur
            (tight_alts if where == "suffix-tight" else spaced_alts).append((word, alt))

    def ordered(alts: list[tuple[str, str]]) -> list[str]:
        return [a for _, a in sorted(alts, key=lambda wa: (-len(wa[0]), wa[0]))]

    return suffix, prefix, ordered(spaced_alts), ordered(tight_alts), ordered(prefix_alts)


_SUFFIX, _PREFIX, _SPACED_ALTS, _TIGHT_ALTS, _PREFIX_ALTS = _load_currencies()
_SUBUNITS: dict[tuple[str, str], Decimal] = {
    (row[0], row[1]): Decimal(row[2]) for row in load_table("money_subunits.tsv")
}
_QUALIFIERS = tuple((row[0], row[1]) for row in load_table("money_qualifiers.tsv"))
_CONTEXT = load_table("money_context.tsv")


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _words_alt(words: list[str]) -> str:
    return alternation(words)


# English scale words and their newswire abbreviations (1.2tn won, $3 bn, 5 mln yen).
_SCALE_WORDS = {
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "mn": 10**6,
    "mln": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "trln": 10**12,
}
# Spelled-out words in any case ("$10 Billion" in a headline), abbreviations as printed.
_SCALE_RE = "(?:(?i:million|billion|trillion)|trln|mln|bln|trn|bn|mn|tn)"
# After a prefixed amount ($2.5M, KRW 1.2tn, $5k, $3 bn) also single letters, which must
# touch the number and are case-sensitive: M/m million, B billion, K/k thousand. "T"
# alone is left out ($3T is a trillion in some papers, a tonne or a model name in
# others): like any other letter glued to the number it declines the amount.
_PREFIX_SCALES = {
    **_SCALE_WORDS,
    "M": 10**6,
    "m": 10**6,
    "B": 10**9,
    "K": 10**3,
    "k": 10**3,
}
_PREFIX_SCALE_RE = (
    rf"(?P<pscale> ?{_SCALE_RE}(?![A-Za-z])|[MmBKk](?![A-Za-z]))?"
    # Any other Latin letter glued on ($3T, KRW 1.2xyz) is not read: the group below
    # then matches and the amount is declined rather than cut short.
    r"(?P<pjunk>(?<![ ])[A-Za-z])?"
)
# European thousands dots (10.000원, 12.500원): Korean pages group digits with commas, and
# a won amount printed with three decimals ending in 0 is more likely 10,000 than 10 won.
# Such amounts are declined. Unit tariffs do print three decimals (Mcal당 19.691원), so a
# last digit other than 0 keeps the dot a decimal point, as do a comma elsewhere
# (1,385.200원) and a leading 0 (0.125원).
_DOT_THOUSANDS = LazyPattern("[1-9][0-9]{0,2}\\.[0-9]{2}0")
# English newspapers put a scale word between the number and the currency word:
# 2.5 trillion won, 300 million yen (the table's ASCII words only).
_EN_ALTS = [a for a in _SPACED_ALTS if a[:1].isascii() and a[:1].isalpha()]
_SUFFIX_RE = f"(?: ?{_SCALE_RE} {_alt(_EN_ALTS)}| ?{_alt(_SPACED_ALTS)}|{_alt(_TIGHT_ALTS)})"
_NUM = numeral_pattern(approx=True, native=False, fraction=False, spaced_tail_guard=_SUFFIX_RE)
_SUBWORDS = _words_alt(sorted({w for w, _ in _SUBUNITS}))
# A Hangul-initial numeral must start a word (사원 "employee" is not 4 won, 회사천원 not 1000).
_START = "(?:(?=[0-9０-９])|(?<![가-힣0-9０-９A-Za-z]))"
_MONEY = LazyPattern(
    _START
    + "(?:"
    + f"(?P<psym>{_alt(_PREFIX_ALTS)}) ?(?P<pnum>{_NUM})"
    + _PREFIX_SCALE_RE
    + "|"
    # (?=(?P<r1>...))(?P=r1) is an atomic group: a range start is never re-parsed shorter.
    + f"(?:(?=(?P<r1>{_NUM}))(?P=r1)(?: ?[~∼～〜\\-–] ?))?(?P<num>{_NUM})"
    + f"(?:(?P<cur>{_SUFFIX_RE})(?P<sub> ?[0-9]{{1,2}} ?{_SUBWORDS})?|(?<=[억조경만여]))"
    + ")"
)
# Cheap prefilter. Scanning Hangul text with the full pattern costs ~1 MB/s, so find_money
# only tries it at anchors: digit runs (and symbols) from one character-class scan, kept
# when a unit, ``여``, a range mark or a currency follows or a currency symbol/code
# precedes; and Sino units right before a currency word (삼천만 원, 천원). The full pattern
# is then matched at the anchor and at the starts a few characters before it (``백10억``,
# ``US$``, ``-``).
_SINO_CHARS = "영공일이삼사오육륙칠팔구십백천만억조경"
_SINO_BACK = frozenset("영공일이삼사오육륙칠팔구십백천만억조경여 ")
_SYMBOLS = "$€£¥￥₩￦"
# A digit run or a symbol. One opening character class, not an alternation of two: the
# engine then skips to the next candidate at C speed (3x faster on Hangul text).
_RUNS = LazyPattern(f"[0-9０-９{_SYMBOLS}](?:(?<=[0-9０-９])[0-9０-９,.]*)?")
_AFTER_RUN = LazyPattern(f"[ ]?(?:[십백천만억조경여~∼～〜\\-–]|{_SUFFIX_RE})")
_AFTER_FIRST = frozenset("십백천만억조경여~∼～〜-–mbtMBT") | {w[0] for w in list(_SUFFIX) if w}
_PREFIX_LAST = frozenset(
    _SYMBOLS + MINUS_SIGNS + "스ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
# What every amount read at a digit run holds after it: a currency word's first character
# or a large unit (bare 억/조 amounts), within _CUE_REACH characters.
_CUES = LazyPattern(
    "["
    + re.escape("".join(sorted({w[0] for w in _SUFFIX} | set("만억조경여") | set(_SYMBOLS))))
    + "]|(?:million|billion|trillion)"
)
_CUE_REACH = 120
_AFTER_SYMBOL = LazyPattern(f"[ ]?[0-9０-９{_SINO_CHARS}]")
_SINO_ANCHOR = LazyPattern(f"[십백천만억조](?={_SUFFIX_RE})")
_PREFIX_ENDS = frozenset(w[-1] for w in _PREFIX)
_PREFIX_LONGEST = max(len(w) for w in _PREFIX)
_LATIN = LazyPattern("[A-Za-z]")

# A qualifier may stand between the amount and its money word ("15조 이상 필요").
_CTX_QUALIFIER = _words_alt([w for w, p in _QUALIFIERS if p == "after"])
_CTX_AFTER = LazyPattern(
    f"여?(?: ?{_CTX_QUALIFIER})?(?:[ ]?(?:으로|로|을|를|이|가|의|에|은|는|도))? ?"
    f"{_words_alt([w for w, p in _CONTEXT if p == 'after'])}"
)
# 2.3조에 독일 특수소재 기업 인수: a price, the deal's verb a few words on in the clause.
_CTX_PRICE = LazyPattern(
    r"에[ ](?:[^\s.!?…·,]{1,15}[ ]){0,3}" + _words_alt([w for w, p in _CONTEXT if p == "price"])
)
_ORDINAL_BEFORE = LazyPattern("제 ?$")
_WON_NAMED_BEFORE = LazyPattern("(?<![가-힣])(?:한화|원화)(?:로)? ?(?:약 ?)?$")
_BIG_ONLY = LazyPattern("[억조경]")
_SENTENCE_BREAK = LazyPattern(r"[.!?。\n]|다\s")
# A money noun, behind a particle and at most one short lead word (이적료만 500억, 매매가
# 최고 12억, 영업익 역대 최대 2천억 is too far): the noun owns the amount that follows.
_CTX_BEFORE = LazyPattern(
    f"(?<![가-힣]){_words_alt([w for w, p in _CONTEXT if p == 'before'])}"
    r"(?:은|는|이|가|을|를|의|도|만|으로|로)?[\s:：(\[]{0,3}"
    r"(?:(?:약|총|최고|최대|최소|무려|평균|올해|연간|누적|사상|역대) ?)?$"
)
# Counted things before a bare amount (조회수 1억 돌파, 관중 3만): a count, not money.
_COUNT_BEFORE = LazyPattern(
    f"(?<![가-힣]){_words_alt(list(load_words('money_count_nouns.txt')))}"
    r"(?:은|는|이|가|을|를|의|도|만|수)?[\s:：]{0,3}(?:(?:약|총|누적|무려) ?)?$"
)
# Nouns that count the machines of a "<amount>대" (판매 1억대, 출하 3억대): the counted
# things above and the selling and making nouns of money_device_nouns.txt.
_DEVICE_BEFORE = LazyPattern(
    "(?<![가-힣])"
    + _words_alt([*load_words("money_count_nouns.txt"), *load_words("money_device_nouns.txt")])
    + r"(?:은|는|이|가|을|를|의|도|만|수)?[\s:：]{0,3}(?:(?:약|총|누적|무려|연간|연|올해) ?)?$"
)
# Bare 동 is the Vietnamese dong only with a large unit before it and no building noun
# (아파트 3만 동 counts buildings; 101동 is a building number).
_DONG_BLOCK = LazyPattern(
    f"(?<![가-힣]){_words_alt(list(load_words('money_dong_block.txt')))}"
    r"(?:[은는이가을를의도]|만)?[\s]{0,3}(?:(?:약|총) ?)?$"
)
_DONG_VIETNAM = LazyPattern("베트남|하노이|호찌민|호치민|다낭")
_BIG_UNIT = LazyPattern("[만억조경]")
# A counter or time unit after the amount makes it a count; "시대" (an era: "집값 20억
# 시대") is not the hour 시, which never follows an 억/조 amount.
_COUNTER = LazyPattern("(?! ?시대)" + COUNTER_AHEAD)
# "won" as the past tense of "win" after a number (the 3 won the cup, 2-1 won by):
# an object or a complement follows the verb, never a currency's context.
_WON_VERB = LazyPattern(
    " (?:the|a|an|his|her|their|its|our|my|your|by|over|out|back|gold|silver|bronze|"
    "awards?|titles?|seats?|votes?|games?|matches|races?|praise|approval|support)(?![A-Za-z])"
)
_HAS_UNIT = LazyPattern("[0-9０-９십백천만억조경]")
# 대 closing a bare amount as a range mark ("1천억대 투자", "10억대의 자산"), not a word
# that starts with 대 ("1천억 대출" has a space; "대출" glued to an amount is not printed).
_RANGE_MARK = LazyPattern("대(?=[의로인은를을이가도]|[^가-힣]|$)")
_RANGE_NOUN_AFTER = LazyPattern("[ ][가-힣]")
_RANGE = load_table("money_range.tsv")
_RANGE_BLOCK = frozenset(w for w, use in _RANGE if use in ("block", "size"))
_RANGE_MONEY_WORDS = _words_alt(
    [w for w, p in _CONTEXT if p == "after" and w not in _RANGE_BLOCK]
    + [w for w, use in _RANGE if use == "money"]
)
# A size word ("규모") says nothing of what is measured (3억대 규모 counts phones as
# well): after one, a money word must follow ("1천억대 규모의 투자").
_CTX_RANGE_AFTER = LazyPattern(
    "(?:으로|로|의|인|을|를|이|가|은|는|도)? ?(?:"
    + _words_alt([w for w, use in _RANGE if use == "size"])
    + "(?:의|인|로|으로)? ?)?"
    + _RANGE_MONEY_WORDS
)


# Between two items of a list of amounts: a list mark, then at most two short label
# words (R&D 35조·AI 10조, 반도체 35조, 배터리 10조, 35조와 10조, 70억→95억). Labels
# hold no digit (the next amount starts after them) and no sentence mark.
_LIST_JOIN = LazyPattern(
    "(?:[ ]?[·・ㆍ‧∙,、][ ]?|(?:와|과)[ ]|[ ](?:및|또는|혹은)[ ]|[ ]?(?:→|->)[ ]?)"
    "(?:[^\\s0-9０-９·・ㆍ‧∙,、.!?…()\\[\\]]{1,12}[ ]){0,2}"
)
_LIST_REACH = 40
# A list whose next item counts things (37조·39조 개): its items are counts too.
_LIST_TO_COUNT = LazyPattern(
    _LIST_JOIN.pattern
    + "[0-9０-９][0-9０-９.,]{0,20}(?:[ ]?[십백천만억조경][0-9０-９.,]{0,20}){0,6}"
    + "(?! ?시대)"
    + COUNTER_AHEAD
)
_TRAILING_WORD = LazyPattern("[^\\s0-9０-９.,]+$")


# --------------------------------------------------------------------------- finding


def find_money(text: str) -> list[Money]:
    """Return every amount of money in ``text``, in order of appearance.

    Args:
        text: any text; offsets in the results index into it.

    Returns:
        One :class:`Money` per amount (two for a range ``100억~200억원``), empty if none.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> [(m.text, m.value) for m in find_money("국비 3조6616억원을 확보했다")]
    [('3조6616억원', Decimal('3661600000000'))]
    >>> m = find_money("약 562억 원을 투입하고 3억~5억 달러를 유치")
    >>> [(x.text, x.value, x.currency, x.approx) for x in m]  # doctest: +NORMALIZE_WHITESPACE
    [('562억 원', Decimal('56200000000'), 'KRW', True),
     ('3억', Decimal('300000000'), 'USD', False),
     ('5억 달러', Decimal('500000000'), 'USD', False)]
    >>> find_money("1억 명이 사는 나라의 원칙")
    []
    """
    source = ensure_str(text)
    # No-break and thin spaces read as spaces (same length, so offsets hold); surfaces
    # are then taken from the caller's string.
    text = plain_spaces(source)
    out: list[Money] = []
    # Bare amounts with no money word of their own, waiting for the amount their list
    # leads to (R&D 35조·AI 10조 투입): each group is one match (two Money for a range).
    waiting: list[list[Money]] = []
    floor = 0
    for p in _anchors(text):
        if p < floor:
            continue
        for start in _starts(text, p, floor):
            m = _MONEY.match(text, start)
            if m is None:
                continue
            found, listed = _read_match(text, m, out[-1] if out else None)
            if not found:
                continue
            if listed:
                if waiting and not _joins_list(text, waiting[-1][-1], found[0]):
                    waiting.clear()  # the earlier one is not in this list: never money
                waiting.append(found)
            else:
                out.extend(_list_members(text, waiting, found[0]))
                waiting.clear()
                out.extend(found)
            floor = found[-1].end
            break
    if text is not source:
        out = [replace(m, text=source[m.start : m.end]) for m in out]
    return out


def _anchors(text: str) -> list[int]:
    """Positions worth a full match attempt, ascending (see the prefilter comment)."""
    out: list[int] = []
    after_run = _AFTER_RUN.match
    first = _AFTER_FIRST
    n = len(text)
    cue, cue_to = -1, -1  # next cue found at or after the last search start (-1: none)
    cue_search = _CUES.search
    for r in _RUNS.finditer(text):
        p = r.start()
        if text[p] in _SYMBOLS:
            if _AFTER_SYMBOL.match(text, p + 1) is not None:
                out.append(p)
            continue
        e = r.end()
        c = text[e] if e < n else ""
        if c == " " and e + 1 < n:
            c = text[e + 1]
        if c in first and after_run(text, e) is not None:
            # An amount needs a currency word or a large unit within reach: "1~1~1~…" or
            # "3-4-5" have none, so they cost a share of one scan, not a full match each.
            # The scan looks ahead 4x the reach, so each character is scanned O(1) times.
            if cue < e and not (cue == -1 and e + _CUE_REACH <= cue_to):
                found = cue_search(text, e, e + 4 * _CUE_REACH)
                cue = -1 if found is None else found.start()
                cue_to = e + 4 * _CUE_REACH
            if cue >= e and cue - e <= _CUE_REACH:
                out.append(p)
                continue
        b = text[p - 1] if p else ""
        if b == " " and p > 1:
            b = text[p - 2]
        if b in _PREFIX_LAST and _prefix_start(text, p) is not None:
            out.append(p)
    sino = [m.start() for m in _SINO_ANCHOR.finditer(text)]
    if sino:
        out = sorted(out + sino)
    return out


def _prefix_start(text: str, p: int) -> int | None:
    """Start of a currency symbol/code or sign right before ``p`` (``US$ 3``, ``-5억``)."""
    q = p - 1
    if q >= 0 and text[q] == " ":
        q -= 1
    if q < 0:
        return None
    c = text[q]
    if c in MINUS_SIGNS:
        # A sign, not a hyphen: nothing word-like before it (3-4 and A-5 are not -4, -5).
        if q > 0 and (text[q - 1].isalnum() or text[q - 1] in "_.,"):
            return None
        return q
    if c == "스":
        return q - 3 if text.startswith("마이너스", q - 3) and q >= 3 else None
    if c not in _PREFIX_ENDS:
        return None
    # The longest currency symbol/code ending at q (US$ before $), a dict lookup per length
    # rather than a regex search per digit run; a Latin code must start a word (xUSD no).
    for size in range(min(_PREFIX_LONGEST, q + 1), 0, -1):
        word = text[q + 1 - size : q + 1]
        if word in _PREFIX:
            s = q + 1 - size
            if s > 0 and _LATIN.match(word[0]) and _LATIN.match(text[s - 1]):
                continue
            return s
    return None


def _starts(text: str, p: int, floor: int) -> list[int]:
    """Where an amount holding the anchor at ``p`` may start, leftmost first."""
    starts: list[int] = []
    pre = _prefix_start(text, p + 1 if text[p] in _SYMBOLS else p)
    if pre is not None and pre >= floor:
        starts.append(pre)
    lo = max(floor, p - 16)
    q = p
    while q > lo and text[q - 1] in _SINO_BACK:
        q -= 1
    # Every word start in the Hangul numeral run before the anchor, leftmost first:
    # "이 천만원" must be tried at 천, not only at 이 and at 만.
    first = starts[0] if starts else -1
    for i in range(q, p):
        if i > first and text[i] not in " 여" and (i == 0 or text[i - 1] == " " or i == q):
            starts.append(i)
    starts.append(p)
    return starts


def _read_match(text: str, m: re.Match[str], previous: Money | None) -> tuple[list[Money], bool]:
    """The amounts of one match, and whether they are bare amounts that are money only
    as members of a list whose later amount is money (see :func:`_list_members`)."""
    if m.group("psym") is not None:
        return _read_prefixed(text, m), False
    num = m.group("num")
    cur_text = m.group("cur")
    if not _HAS_UNIT.search(num):
        return [], False  # 사원, 공원, 영원: a lone Sino digit before 원 is a word
    if _ORDINAL_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return [], False  # 제1 원자력, 제3원: ordinals
    if (
        cur_text is not None
        and _SUFFIX[_currency_word(cur_text)].code == "KRW"
        and _DOT_THOUSANDS.fullmatch(num)
    ):
        return [], False  # 10.000원: a European thousands dot or a decimal
    got = evaluate_numeral(num)
    if got is None:
        return [], False
    value, approx = got
    start, end = m.start("num"), m.end()
    if (
        cur_text == "원"
        and num == "만"
        and not bare_won_is_money(text, m.start(), end)
        and not _follows_krw(text, m.start(), previous)
    ):
        return [], False  # 만원 관중, 만원사례: 滿員 "full house" (see bare_won_is_money)
    listed = False
    if cur_text is None:
        verdict = _implicit_krw(text, num, m.start(), end, previous)
        if verdict is False:
            return [], False
        listed = verdict is None
        cur = _Currency("KRW", Decimal(1))
    else:
        word = cur_text.lstrip(" ")
        head, _, tail = word.partition(" ")
        if head.lower() in _SCALE_WORDS and tail:
            value *= _SCALE_WORDS[head.lower()]  # 2.5 trillion won
        word = _currency_word(cur_text)
        if word == "won" and _WON_VERB.match(text, end) is not None:
            return [], False  # Team 3 won the cup: the English verb
        if word == "동" and not _dong_is_money(text, num, m.start(), end):
            return [], False  # 101동, 아파트 3만 동: buildings, not Vietnamese dong
        cur = _SUFFIX[word]
    value *= cur.scale
    sub = m.group("sub")
    if sub is not None:
        digits = "".join(c for c in sub if c.isdigit())
        word = sub.strip(" 0123456789")
        scale = _SUBUNITS.get((word, cur.code))
        if scale is None:
            end = m.end("cur")  # a minor unit that does not belong here (33센트 after 원)
        else:
            value += Decimal(digits) * scale
    qualifier, q_approx = _qualifiers(text, m.start(), end)
    results: list[Money] = []
    r1 = m.group("r1")
    if r1 is not None:
        got1 = evaluate_numeral(r1)
        if got1 is not None and _HAS_UNIT.search(r1):
            v1, a1 = got1
            v1 = borrow_range_unit(r1, v1, num) * cur.scale
            results.append(
                Money(
                    m.start("r1"),
                    m.end("r1"),
                    r1,
                    _tidy(v1),
                    cur.code,
                    a1 or q_approx,
                    qualifier if qualifier else ("여" if a1 else None),
                )
            )
        else:
            start = m.start("num")
    results.append(
        Money(
            start,
            end,
            text[start:end],
            _tidy(value),
            cur.code,
            approx or q_approx,
            qualifier if qualifier else ("여" if approx else None),
        )
    )
    return results, listed


def _read_prefixed(text: str, m: re.Match[str]) -> list[Money]:
    if m.group("pjunk") is not None:
        return []  # $3T, KRW 1.2xyz: an unknown scale letter; never a value cut short
    cur = _PREFIX[m.group("psym")]
    if cur.code == "KRW" and _DOT_THOUSANDS.fullmatch(m.group("pnum")):
        return []  # ₩10.000: a European thousands dot or a decimal, see _DOT_THOUSANDS
    got = evaluate_numeral(m.group("pnum"))
    if got is None:
        return []
    value, approx = got
    scale = m.group("pscale")
    if scale is not None:
        word = scale.strip()
        value *= _PREFIX_SCALES.get(word) or _SCALE_WORDS[word.lower()]
    start, end = m.start(), m.end()
    qualifier, q_approx = _qualifiers(text, start, end)
    return [
        Money(
            start,
            end,
            text[start:end],
            _tidy(value * cur.scale),
            cur.code,
            approx or q_approx,
            qualifier if qualifier else ("여" if approx else None),
        )
    ]


def _currency_word(cur_text: str) -> str:
    """The currency word of a suffix match: ``"won"`` for ``" trillion won"``, ``"원"``."""
    word = cur_text.lstrip(" ")
    head, _, tail = word.partition(" ")
    return tail if head.lower() in _SCALE_WORDS and tail else word


def _qualifiers(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """The first qualifier around ``text[start:end]`` (before wins), and whether it makes the
    amount approximate (``최대``, ``넘어섰다`` name an exact figure: see docs/money.md)."""
    word = qualifier_around(text, start, end)
    return word, word is not None and word not in EXACT_QUALIFIERS


def _implicit_krw(text: str, num: str, start: int, end: int, previous: Money | None) -> bool | None:
    """Whether a bare amount without currency (``563억 투입``) is KRW: see docs/money.md.

    It must not be followed by a counter (``1억 명``). After ``한화``/``원화`` (``한화 약
    16만``) that is enough; otherwise it must use 억/조/경 and have a
    money word right after (``투입``, ``규모``, also behind a particle: ``152억으로 증액``)
    or right before (``사업비 240억``), or be a price (``2.3조에 독일 기업 인수``), or
    follow a KRW amount closely in the same sentence (``77억원에서 152억으로``).

    Returns ``None`` for a 억/조/경 amount that passes every test but has no money word
    of its own: it is money only as a member of a list whose next amount is (``R&D
    35조·AI 10조 투입``, decided by :func:`_list_members`).
    """
    mark = _RANGE_MARK.match(text, end, min(len(text), end + 2))
    if mark is not None:
        return _range_is_krw(text, num, start, mark.end(), previous)
    if _COUNTER.match(text, end, min(len(text), end + 12)):
        return False
    if _COUNT_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False  # 조회수 1억 돌파, 구독자 1억: counted things
    if _WON_NAMED_BEFORE.search(text, max(0, start - 8), start):
        return True  # 1만6천엔(한화 약 16만): the currency is named before the amount
    if not _BIG_ONLY.search(num):
        return False  # 10만 가구, 500만 관객: only 억/조 amounts drop 원 in headlines
    if _CTX_AFTER.match(text, end, min(len(text), end + 16)):
        return True
    if _CTX_PRICE.match(text, end, min(len(text), end + 64)):
        return True
    if _CTX_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    if not _follows_krw(text, start, previous):
        return None
    # 예산 10조원, 세포 37조·세균 39조 개: after money, but an item of a list of counts
    return _LIST_TO_COUNT.match(text, end, min(len(text), end + 120)) is None


def _joins_list(text: str, member: Money, nxt: Money) -> bool:
    """Whether ``member`` and the amount ``nxt`` after it are items of one list: only a
    list mark (``·``, ``,``, ``와``/``과``, ``및``, ``→``) and at most two short label
    words stand between them (``35조, 배터리 10조``, ``35조·AI 10조``, ``70억→95억``)."""
    if not 0 < nxt.start - member.end <= _LIST_REACH:
        return False
    return _LIST_JOIN.fullmatch(text, member.end, nxt.start) is not None


def _list_members(text: str, waiting: list[list[Money]], found: Money) -> list[Money]:
    """The waiting bare amounts that a money amount ``found`` completes as a list.

    The list is read back from ``found``: each waiting amount joins if it joins the
    next item (``반도체 35조, 배터리 10조 투입``: ``10조`` is money, so ``35조`` is).
    Members take the currency of ``found`` (``35억·10억 달러``), unless ``found`` is
    counted in a minor unit (센트), whose scale a bare amount does not share.
    """
    groups: list[list[Money]] = []
    nxt = found
    while waiting and _joins_list(text, waiting[-1][-1], nxt):
        groups.append(waiting.pop())
        nxt = groups[-1][0]
    members = [m for group in reversed(groups) for m in group]
    if not members or found.currency == "KRW":
        return members
    word = _TRAILING_WORD.search(found.text)
    if word is not None and word.group() in _SUFFIX and _SUFFIX[word.group()].scale != 1:
        return []
    return [replace(m, currency=found.currency) for m in members]


def _range_is_krw(text: str, num: str, start: int, after: int, previous: Money | None) -> bool:
    """Whether ``<num>대`` (``1천억대 투자``) is a range of KRW rather than a count of
    machines (``스마트폰 1억대 판매``): the rule of :func:`_implicit_krw`, with the money
    words after the 대 of ``money_range.tsv`` (level verbs such as ``돌파`` do not count,
    since sales reach levels too)."""
    if _DEVICE_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False  # 판매량 1억대, 출하 3억대: devices sold
    if _WON_NAMED_BEFORE.search(text, max(0, start - 8), start):
        return True
    if not _BIG_ONLY.search(num):
        return False  # 300만대: a count of cars, never a bare amount of money
    if _CTX_RANGE_AFTER.match(text, after, min(len(text), after + 16)):
        return True
    if _CTX_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    # After a KRW amount ("500억원에서 1천억대로"), unless a noun follows that says what is
    # counted ("1천억대 투자, 스마트폰 1억대 판매")
    return _RANGE_NOUN_AFTER.match(text, after) is None and _follows_krw(text, start, previous)


def _dong_is_money(text: str, num: str, start: int, end: int) -> bool:
    """Whether ``<num> 동`` is an amount of Vietnamese dong (``5천만 동``), not buildings."""
    if _DONG_BLOCK.search(text, max(0, start - 12), start) is not None:
        return False
    if _BIG_UNIT.search(num):
        return True
    # Digits only (50,000동): a building or door number unless Vietnam is named close by.
    return _DONG_VIETNAM.search(text, max(0, start - 60), start) is not None


def _follows_krw(text: str, start: int, previous: Money | None) -> bool:
    """Whether ``start`` follows a KRW amount within 20 characters in the same sentence."""
    if previous is not None and previous.currency == "KRW" and 0 <= start - previous.end <= 20:
        between = text[previous.end : start]
        return _SENTENCE_BREAK.search(between) is None
    return False


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


# --------------------------------------------------------------------------- parsing


def parse_money(text: str) -> Money | None:
    """Return the one amount that ``text`` consists of, or ``None``.

    Surrounding whitespace and outer qualifiers (``약``, ``가량``, ``이상`` ...) are allowed;
    anything else makes it not one amount. A bare 억/조 amount (``563억``) reads as KRW,
    since the caller says it is money. Spans index into ``text``.

    Args:
        text: one expression, e.g. ``"3조6616억원"``, ``"약 150조 원"``, ``"$2.5"``.

    Returns:
        The :class:`Money`, or ``None`` (no amount, several amounts, or extra words).

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> parse_money("1억 천450만 원").value
    Decimal('114500000')
    >>> m = parse_money("약 3.5조원")
    >>> m.value, m.approx, m.qualifier
    (Decimal('3500000000000'), True, '약')
    >>> parse_money("1억 명") is None
    True
    """
    text = ensure_str(text)
    found = find_money(text)
    if not found:
        found = _parse_bare(text)
    if len(found) != 1:
        return None
    m = found[0]
    rest = text[: m.start] + " " + text[m.end :]
    if _REST_OK.fullmatch(rest) is None:
        return None
    return m


# What may surround the one amount parse_money reads: a per-unit lead (월, 1인당), outer
# qualifiers, and the per-unit marks 씩/당 (10만원씩, 100엔당), as find_money leaves out.
_REST_OK = LazyPattern(
    "\\s*(?:(?:월|연|매월|매달|매년|하루|[0-9가-힣.,㎡]{1,8}당)\\s*)?"
    f"(?:{_words_alt([w for w, p in _QUALIFIERS if p == 'before'])})?\\s*"
    "(?:씩|당)?"
    f"(?:{_words_alt([w for w, p in _QUALIFIERS if p != 'before'])})?\\s*"
    "(?:씩|당)?\\s*"
)
_BARE = LazyPattern(
    f"\\s*(?:{_words_alt([w for w, p in _QUALIFIERS if p == 'before'])} ?)?({_NUM})"
)


def _parse_bare(text: str) -> list[Money]:
    m = _BARE.match(text)
    if m is None or not re.search("[억조경]", m.group(1)):
        return []
    got = evaluate_numeral(m.group(1))
    if got is None:
        return []
    # "1천억대": the caller says it is money, so 대 is the range mark, not the counter
    if _RANGE_MARK.match(text, m.end()) is None and _COUNTER.match(text, m.end()):
        return []
    qualifier, q_approx = _qualifiers(text, m.start(1), m.end(1))
    return [
        Money(
            m.start(1),
            m.end(1),
            m.group(1),
            _tidy(got[0]),
            "KRW",
            got[1] or q_approx,
            qualifier if qualifier else ("여" if got[1] else None),
        )
    ]


# --------------------------------------------------------------------------- formatting

_GROUP_UNITS = ("", "만", "억", "조", "경")


def format_krw(value: int | Decimal, style: KrwStyle = "compact") -> str:
    """Return ``value`` won written the way Korean newspapers print it.

    Styles:

    - ``"compact"``: ``3조6616억원`` (만-groups with their units, zero groups left out).
    - ``"spaced"``: ``3조 6616억 원`` (the same, a space after each unit and before 원).
    - ``"digits"``: ``3,661,600,000,000원`` (decimals are kept: ``1,234.5원``).
    - ``"rounded"``: ``약 3조7000억원``: rounded half up to two significant digits, then
      written compact; ``약`` is added only when rounding changed the value.

    Values up to 10^20 (경) are supported; negatives get a leading ``-``.

    Args:
        value: the amount in won (``int`` or ``Decimal``; ``bool`` is refused).
        style: one of :data:`KRW_STYLES`.

    Returns:
        The formatted amount.

    Raises:
        TypeError: ``value`` is not an ``int`` or ``Decimal``.
        ValueError: unknown ``style``, a non-finite value, or a value of 10^20 or more.

    >>> format_krw(3661600000000)
    '3조6616억원'
    >>> format_krw(3661600000000, "spaced"), format_krw(3661600000000, "rounded")
    ('3조 6616억 원', '약 3조7000억원')
    >>> format_krw(113200000, "digits")
    '113,200,000원'
    """
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"value must be int or Decimal, not {type(value).__name__}")
    ensure_choice(style, KRW_STYLES, "style")
    d = Decimal(value)
    if not d.is_finite():
        raise ValueError(f"value must be finite; got {value!r}")
    if abs(d) >= Decimal(10) ** 20:
        raise ValueError(f"value must be below 10**20 in magnitude; got {value!r}")
    sign = "-" if d < 0 else ""
    d = abs(d)
    if style == "digits":
        whole = int(d)
        frac = d - whole
        frac_text = str(_tidy(frac))[1:] if frac else ""
        return f"{sign}{whole:,}{frac_text}원"
    prefix = ""
    if style == "rounded":
        r = _round_2(d)
        if r != d:
            prefix = "약 "
        d = r
    whole = int(d)
    frac = d - whole
    groups: list[str] = []
    rest = whole
    for unit in _GROUP_UNITS:
        rest, g = divmod(rest, 10**4)
        if g:
            groups.append(f"{g}{unit}")
        if not rest:
            break
    groups.reverse()
    if frac:
        frac_text = str(_tidy(frac))[1:]
        if groups and not groups[-1][-1].isdigit():
            groups.append("0" + frac_text)
        elif groups:
            groups[-1] += frac_text
        else:
            groups.append("0" + frac_text)
    if not groups:
        groups = ["0"]
    if style == "spaced":
        return f"{prefix}{sign}{' '.join(groups)} 원"
    return f"{prefix}{sign}{''.join(groups)}원"


def _round_2(d: Decimal) -> Decimal:
    """``d`` rounded half up to two significant digits (3661600000000 -> 3700000000000)."""
    if d == 0:
        return d
    exp = d.adjusted() - 1
    q = Decimal(1).scaleb(exp)
    return (d / q).quantize(Decimal(1), rounding="ROUND_HALF_UP") * q
