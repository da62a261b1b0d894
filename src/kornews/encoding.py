"""Repair of Korean text decoded with the wrong codec (CP949 or UTF-8 bytes read as Latin-1).

Two families of mojibake are undone:

- CP949/EUC-KR bytes read as Latin-1 or Windows-1252: old Korean sites serve EUC-KR
  and a scraper turns ``지원단은`` into ``Áö¿ø´ÜÀº``. Real scraped text is often worse: a
  later "fixer" re-read some byte pairs as UTF-8 (``ȭ`` for the bytes of ``화``, a Lao
  or CJK letter for three bytes), turned the byte 0xAD into a soft hyphen that was then
  lost (sometimes every one of them), or turned ``Â``/``Ã`` plus a space into a no-break
  space or ``à``.
- UTF-8 bytes read as Windows-1252 or Latin-1 (the family ``ftfy`` repairs):
  ``ê´‘ì£¼`` for ``광주``; bytes Windows-1252 leaves undefined show as C1 controls, or
  as U+FFFD when a strict decoder replaced them (the byte is then guessed).

How it works: for CP949, each character of a suspicious line can stand for one byte
(its Latin-1 or Windows-1252 code), for its UTF-8 bytes, or for itself. A small
dynamic program per word picks the byte reading whose CP949 decoding is the most
plausible Korean, scored by syllable frequencies (``data/encoding_syllables.tsv``),
counts of syllable pairs (``data/encoding_bigrams.tsv``) and a list of common news
symbols (``data/encoding_symbols.tsv``); an inserted 0xAD byte stands in for a dropped
soft hyphen. For UTF-8, runs of characters that re-encode to valid UTF-8 are decoded
when they give Hangul (hanja, jamo and circled signs beside it, as in ``與野`` headlines,
do not count against a line). A line is replaced only when its decoding is clearly
Korean; all other text is returned unchanged.

Out of scope: other mojibake families (UTF-8 read as Windows-874, double-encoded UTF-8,
UTF-8 European text read as Latin-1 with no Korean in it: ``cafÃ©``, ``Ã©tÃ©``; such a
line is recognised as UTF-8 and left alone, never read as CP949 ``caf챕``), HTML
entities and Unicode normalization (see :mod:`kornews.normalization`), and decoding
``bytes`` (decode them yourself).
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
from dataclasses import dataclass
from functools import cache

from kornews._data import load_table, load_words
from kornews._util import ensure_str

__all__ = ["detect_mojibake", "repair_encoding"]

# Windows-1252 characters for the bytes 0x80-0x9F; the five undefined bytes (0x81, 0x8D,
# 0x8F, 0x90, 0x9D) come through as the C1 controls U+0081 etc., as browsers do.
_CP1252_BYTE: dict[str, int] = {}
for _b in range(0x80, 0xA0):
    with contextlib.suppress(UnicodeDecodeError):
        _CP1252_BYTE[bytes([_b]).decode("cp1252")] = _b

# One byte per character: Latin-1 for U+0000-U+00FF, plus the Windows-1252 specials.
_SINGLE_BYTE: dict[str, int] = {chr(i): i for i in range(0x100)}
_SINGLE_BYTE.update(_CP1252_BYTE)

_SUSPECT_CLASS = "\x80-\xff" + "".join(sorted(_CP1252_BYTE))
_SUSPECT_RE = re.compile(f"[{_SUSPECT_CLASS}]")
# Latin-1 letters and signs that make up nearly all of a mojibake line (the byte range of
# CP949 lead and trail bytes); used to decide whether a line is worth decoding at all.
_HIGH_CLASS = f"\xa1-\xfe{''.join(sorted(_CP1252_BYTE))}"
_HIGH_RE = re.compile(f"[{_HIGH_CLASS}]")
_HANGUL_RE = re.compile("[\uac00-\ud7a3]")
# Words worth decoding: Latin-1 or Windows-1252 characters, or the two-byte UTF-8 letters
# (U+0100-U+07FF: Latin Extended, Greek, Cyrillic, Arabic...) a fixer makes from byte pairs.
_SUSPECT_WORD_RE = re.compile(f"[{_SUSPECT_CLASS}\u0100-\u07ff]")
# A CP949 character never spans a byte that is ASCII and not a letter (trail bytes are
# 0x41-0x5A, 0x61-0x7A and 0x81-0xFE), so words between such bytes decode independently.
_TOKEN_RE = re.compile(r"[^\x00-\x40\x5b-\x60\x7b-\x7f]+")
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_CP1252_TO_LATIN1 = str.maketrans({c: chr(b) for c, b in _CP1252_BYTE.items()})
_CP1252_RE = re.compile(f"[{''.join(sorted(_CP1252_BYTE))}]")
_ODD_RE = re.compile(r"[^\x00-\xff]")
_DAMAGE_RE = re.compile(r"[^\x00-\x9f\xa1-\xff]")

_ERROR = "\ufffd"
_MAX_WORD = 256  # longest word (in characters) the byte-reading search looks at

# Costs in bits (negative log-probabilities): higher is less plausible.
_COST_MERGE = 3.0  # a character read as the UTF-8 bytes a fixer merged into it
_COST_FTFY_SPACE = 1.0  # a 0xA0 inside merged UTF-8 that was a space (ftfy's byte-A0 rule)
_COST_STRAY_NBSP = 1.0  # a raw 0xA0 byte between words, meaning a space
_COST_RAW_NBSP = 4.0  # 0xA0 kept as a byte
_COST_SOFT_HYPHEN = 6.0  # a dropped 0xAD trail byte put back
# ... on a page with no soft hyphen left at all: 0xAD is the trail byte of frequent
# syllables (강, 서, 화, 난, 열), so a garbled page without one has lost them all.
_COST_SOFT_HYPHEN_LOST = 1.5
# Extra cost of reading a character as merged UTF-8 when no character of the page is
# above U+00FF: a fixer that merged byte pairs would have left some (ȭ, Lao, CJK).
_COST_UNSEEN_MERGE = 8.0
_COST_ERROR = 24.0  # a byte that decodes to nothing
_COST_LITERAL_HANGUL = 10.0  # a Hangul syllable kept as itself inside a garbled word
_COST_LITERAL_OTHER = 25.0  # any other non-ASCII character kept inside a decoded word
_COST_UNSEEN_SYLLABLE = 19.0  # a KS X 1001 syllable absent from the frequency table
_COST_RARE = 22.0  # hanja, extended (UHC) syllables, other symbols
_COST_NEWS_HANJA = 12.0  # a headline hanja of encoding_hanja.txt (與, 北, 檢)

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3


@dataclass(frozen=True, slots=True)
class _Unit:
    """One decoded character: its text, cost, and whether it is a frequent one."""

    text: str
    cost: float
    good: int


@cache
def _char_costs() -> tuple[dict[str, float], frozenset[str]]:
    """Return the cost of each known syllable and symbol, and the set of "good" ones."""
    rows = load_table("encoding_syllables.tsv")
    counts = {row[0]: int(row[1]) for row in rows}
    total = sum(counts.values())
    costs = {s: math.log2(total / (n + 0.5)) for s, n in counts.items()}
    for symbol, bits in load_table("encoding_symbols.tsv"):
        costs.setdefault(symbol, float(bits))
    for hanja in load_words("encoding_hanja.txt"):
        costs.setdefault(hanja, _COST_NEWS_HANJA)
    return costs, frozenset(costs)


@dataclass(frozen=True, slots=True)
class _Classes:
    """Compiled character classes for counting evidence at C speed."""

    good: re.Pattern[str]  # frequent syllables and news symbols
    glued: re.Pattern[str]  # frequent syllables glued to ASCII letters (see below)
    rare: re.Pattern[str]  # non-ASCII, not good, not a KS X 1001 syllable, not U+FFFD
    plain_ok: re.Pattern[str]  # a whole decoding of ASCII, good and KS X 1001 syllables


@cache
def _classes() -> _Classes:
    """Build the character classes from the tables (once, on first use)."""
    _, good_set = _char_costs()
    ksx = [chr(c) for c in range(_HANGUL_FIRST, _HANGUL_LAST + 1) if _is_ksx1001_hangul(chr(c))]
    good = "".join(re.escape(ch) for ch in sorted(good_set))
    syllables = "".join(ch for ch in sorted(good_set) if _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST)
    known = good + "".join(ksx)
    return _Classes(
        good=re.compile(f"[{good}]"),
        glued=re.compile(
            f"[{syllables}](?=[A-Za-z])|(?<=[A-Za-z])[{syllables}](?![\uac00-\ud7a3])"
        ),
        rare=re.compile(f"[^\x00-\x7f{known}\ufffd]"),
        plain_ok=re.compile(f"[\x00-\x7f{known}]*"),
    )


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Count the matches of ``pattern`` without building a list of them."""
    return pattern.subn("", text)[1]


def _is_ksx1001_hangul(ch: str) -> bool:
    """Tell whether ``ch`` is one of the 2,350 syllables of KS X 1001 (EUC-KR proper)."""
    if not _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST:
        return False
    encoded = ch.encode("cp949")
    return 0xB0 <= encoded[0] <= 0xC8 and encoded[1] >= 0xA1


_pair_cache: dict[int, _Unit | None] = {}


def _pair(lead: int, trail: int) -> _Unit | None:
    """Decode one CP949 byte pair, or ``None`` when the pair is not a character."""
    key = lead << 8 | trail
    try:
        return _pair_cache[key]
    except KeyError:
        pass
    unit: _Unit | None
    try:
        ch = bytes((lead, trail)).decode("cp949")
    except UnicodeDecodeError:
        unit = None
    else:
        costs, good = _char_costs()
        if ch in good:
            unit = _Unit(ch, costs[ch], 1)
        elif _is_ksx1001_hangul(ch):
            unit = _Unit(ch, _COST_UNSEEN_SYLLABLE, 0)
        else:
            unit = _Unit(ch, _COST_RARE, 0)
    _pair_cache[key] = unit
    return unit


# Result of feeding bytes to the decoder: new pending lead (-1: none), cost, text, and the
# numbers of frequent characters and of errors (bytes that decode to nothing).
_Fed = tuple[int, float, str, int, int]
_feed_cache: dict[tuple[int, bytes], _Fed] = {}


def _feed(pending: int, data: bytes) -> _Fed:
    """Run ``data`` through a CP949 decoder that starts with lead byte ``pending``."""
    key = (pending, data)
    hit = _feed_cache.get(key)
    if hit is not None:
        return hit
    cost = 0.0
    out: list[str] = []
    good = bad = 0
    for byte in data:
        if pending >= 0:
            unit = _pair(pending, byte)
            pending = -1
            if unit is not None:
                cost += unit.cost
                out.append(unit.text)
                good += unit.good
                continue
            cost += _COST_ERROR
            out.append(_ERROR)
            bad += 1
        if byte < 0x80:
            out.append(chr(byte))
        elif 0x81 <= byte <= 0xFE:
            pending = byte
        else:
            cost += _COST_ERROR
            out.append(_ERROR)
            bad += 1
    result = (pending, cost, "".join(out), good, bad)
    if len(_feed_cache) < 50_000:
        _feed_cache[key] = result
    return result


# One reading of a character: the bytes it stands for (empty for "itself"), the cost of
# that reading, the character itself when it is kept as is, and where the reading
# applies (_ANYWHERE, _NOT_BEFORE_SPACE, _BEFORE_SPACE: last in a word followed by a space).
_Option = tuple[bytes, float, str | None, int, bool]
_ANYWHERE, _NOT_BEFORE_SPACE, _BEFORE_SPACE = 0, 1, 2
_options_cache: dict[str, tuple[_Option, ...]] = {}


def _options(ch: str) -> tuple[_Option, ...]:
    """Return the byte readings of one character of a suspicious word."""
    hit = _options_cache.get(ch)
    if hit is not None:
        return hit
    code = ord(ch)
    opts: list[_Option] = []
    if code < 0x80:
        opts.append((bytes((code,)), 0.0, None, _ANYWHERE, False))
    else:
        single = _SINGLE_BYTE.get(ch)
        if ch == "\xa0":
            opts.append((b" ", _COST_STRAY_NBSP, None, _ANYWHERE, False))
            opts.append((b"\xa0", _COST_RAW_NBSP, None, _ANYWHERE, False))
        elif single is not None:
            opts.append((bytes((single,)), 0.0, None, _ANYWHERE, False))
        try:
            merged = ch.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate stands for no bytes
            merged = b""
        if merged:
            opts.append((merged, _COST_MERGE, None, _ANYWHERE, True))
            # A fixer turned "byte + space" into valid UTF-8 by making the space 0xA0 (NBSP
            # for "C2 20", "à" for "C3 20", "⠶" for "E2 20 B6"); when such a character ends a
            # word that a space follows, the fixer inserted the 0xA0 and kept the space.
            if 0xA0 in merged[1:]:
                cost = _COST_MERGE + _COST_FTFY_SPACE
                opts.append((merged.replace(b"\xa0", b" "), cost, None, _NOT_BEFORE_SPACE, True))
                opts.append((merged.replace(b"\xa0", b""), cost, None, _BEFORE_SPACE, True))
        is_hangul = _HANGUL_FIRST <= code <= _HANGUL_LAST
        literal_cost = _COST_LITERAL_HANGUL if is_hangul else _COST_LITERAL_OTHER
        opts.append((b"", literal_cost, ch, _ANYWHERE, False))
    result = tuple(opts)
    if len(_options_cache) < 50_000:
        _options_cache[ch] = result
    return result


_BIGRAM_WEIGHT = 0.8  # weight of the pair counts against the unigram (interpolation)


@cache
def _bigrams() -> tuple[dict[str, int], dict[str, int]]:
    """Return the counts of adjacent syllable pairs and, per syllable, of pairs it starts."""
    counts = {row[0]: int(row[1]) for row in load_table("encoding_bigrams.tsv")}
    starts: dict[str, int] = {}
    for pair, count in counts.items():
        starts[pair[0]] = starts.get(pair[0], 0) + count
    return counts, starts


def _next_cost(prev: str, ch: str, cost: float) -> float:
    """Return -log2 P(ch | prev), mixing the pair counts with the unigram cost of ``ch``."""
    counts, starts = _bigrams()
    total = starts.get(prev, 0)
    unigram = 2.0**-cost
    if not total:
        return cost
    return -math.log2(
        _BIGRAM_WEIGHT * counts.get(prev + ch, 0) / total + (1 - _BIGRAM_WEIGHT) * unigram
    )


# DP state key: pending lead byte (-1: none) and the last character emitted (for the
# pair counts). Value: cost, good, bad, previous state key, text emitted on this step.
_Key = tuple[int, str]
_State = tuple[float, int, int, _Key, str]
_MAX_STATES = 12  # states kept per character (the cheapest), to bound the search


def _offer(
    step: dict[_Key, _State], new: _Key, cost: float, good: int, bad: int, prev: _Key, text: str
) -> None:
    """Keep the cheapest way of reaching DP state ``new``."""
    old = step.get(new)
    if old is None or cost < old[0]:
        step[new] = (cost, good, bad, prev, text)


_context_cache: dict[tuple[str, str], tuple[float, str]] = {}


def _in_context(prev: str, text: str) -> tuple[float, str]:
    """Return the change in cost of ``text`` after ``prev`` under the pair counts, and its last
    character (or ``prev`` when ``text`` is empty).

    Unigram costs favour fewer, frequent syllables ("건난" over "강풍" when 0xAD bytes
    were lost); the pair counts know which syllables follow which.
    """
    key = (prev, text)
    hit = _context_cache.get(key)
    if hit is not None:
        return hit
    costs, _ = _char_costs()
    delta = 0.0
    for ch in text:
        if _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST and prev:
            unigram = costs.get(ch, _COST_UNSEEN_SYLLABLE)
            delta += _next_cost(prev, ch, unigram) - unigram
        prev = ch
    result = (delta, prev)
    if len(_context_cache) < 50_000:
        _context_cache[key] = result
    return result


def _decode_word(word: str, before_space: bool, damage: _Damage) -> tuple[str, int, int]:
    """Return the most plausible decoding of one word, with its good and bad unit counts."""
    merge_extra = 0.0 if damage.merges else _COST_UNSEEN_MERGE
    soft_hyphen = _COST_SOFT_HYPHEN_LOST if damage.hyphens_lost else _COST_SOFT_HYPHEN
    start: _Key = (-1, "")
    states: dict[_Key, tuple[float, int, int]] = {start: (0.0, 0, 0)}
    history: list[dict[_Key, _State]] = []
    last = len(word) - 1
    for index, ch in enumerate(word):
        step: dict[_Key, _State] = {}
        skip = _NOT_BEFORE_SPACE if before_space and index == last else _BEFORE_SPACE

        for key, (cost, good, bad) in states.items():
            prev, prev_char = key
            for data, opt_cost, literal, where, merged in _options(ch):
                if where == skip:
                    continue
                if merged:
                    opt_cost += merge_extra
                if literal is not None:
                    extra, lost = (_COST_ERROR, 1) if prev >= 0 else (0.0, 0)
                    text = (_ERROR if prev >= 0 else "") + literal
                    lit_bad = 0 if opt_cost == _COST_LITERAL_HANGUL else 1
                    total = cost + opt_cost + extra
                    _offer(step, (-1, literal), total, good, bad + lost + lit_bad, key, text)
                    continue
                new, fed_cost, text, fed_good, fed_bad = _feed(prev, data)
                delta, tail = _in_context(prev_char, text)
                total = cost + opt_cost + fed_cost
                _offer(step, (new, tail), total + delta, good + fed_good, bad + fed_bad, key, text)
                if new >= 0:
                    unit = _pair(new, 0xAD)
                    if unit is not None:
                        delta, tail = _in_context(prev_char, text + unit.text)
                        _offer(
                            step,
                            (-1, tail),
                            total + delta + soft_hyphen + unit.cost,
                            good + fed_good + unit.good,
                            bad + fed_bad,
                            key,
                            text + unit.text,
                        )
        if len(step) > _MAX_STATES:
            kept = sorted(step.items(), key=lambda item: item[1][0])[:_MAX_STATES]
            step = dict(kept)
        history.append(step)
        states = {k: (value[0], value[1], value[2]) for k, value in step.items()}
    # A lead byte left at the end of the word decodes to nothing.
    best_key = start
    best = math.inf
    for k, (cost, _, _) in states.items():
        total = cost + (_COST_ERROR if k[0] >= 0 else 0.0)
        if total < best:
            best, best_key = total, k
    good, bad = states[best_key][1], states[best_key][2]
    pieces: list[str] = [_ERROR] if best_key[0] >= 0 else []
    if best_key[0] >= 0:
        bad += 1
    k = best_key
    for step in reversed(history):
        _, _, _, prev_key, text = step[k]
        pieces.append(text)
        k = prev_key
    return "".join(reversed(pieces)), good, bad


@dataclass(frozen=True, slots=True)
class _WordRepair:
    """A word's best decoding and the evidence for it.

    ``good`` counts frequent syllables and symbols, ``rare`` other decoded characters
    (hanja, Cyrillic, rare syllables), ``errors`` bytes that decode to nothing.
    """

    text: str
    good: int
    rare: int
    errors: int


# (word, before a space, damage) -> what the word adds to its line: the text it stands
# for there, and its good and bad counts (see _decode_words).
_word_cache: dict[tuple[str, bool, _Damage], tuple[str, int, int]] = {}


def _word_verdict(word: str, before_space: bool, damaged: _Damage) -> tuple[str, int, int]:
    """The text ``word`` stands for in a garbled line, and the good and bad evidence it adds."""
    key = (word, before_space, damaged)
    hit = _word_cache.get(key)
    if hit is not None:
        return hit
    repair = _repair_word(word, before_space, damaged)
    if repair.good >= 1 and repair.errors + repair.rare <= repair.good:
        # A Korean word, perhaps with a byte pair lost to the fixer. A word of one
        # character is no evidence: a lone "©" reads as 짤 through its UTF-8 bytes.
        verdict = (repair.text, repair.good if len(word) > 1 else 0, repair.errors + repair.rare)
    elif repair.errors == 0:
        # Decodes without error but to rare characters (hanja, Cyrillic in KS X 1001):
        # no evidence either way; decoded only when the rest of the line is garbled.
        verdict = (repair.text, 0, 0)
    else:
        verdict = (word, 0, 1)
    if len(_word_cache) < 20_000:
        _word_cache[key] = verdict
    return verdict


def _repair_word(word: str, before_space: bool, damaged: _Damage) -> _WordRepair:
    """Decode one word and count the evidence for the decoding.

    A clean one-byte-per-character reading is the exact inverse of a misreading and
    is taken as is, except on a page with fixer damage (``damaged``): there the
    search, which knows the fixer's tricks and includes the plain reading, decides.
    """
    plain = None if damaged.search else _plain_decode(word)
    if plain is not None:
        text, errors = plain, 0
    elif len(word) > _MAX_WORD:
        # No Korean word is this long; keep the search linear on junk without spaces.
        text, errors = word, 1
    else:
        text, _, errors = _decode_word(word, before_space, damaged)
    good, rare = _count_evidence(text)
    return _WordRepair(text, good, rare, errors)


def _is_ksx1001_text(decoded: str) -> bool:
    """Tell whether a decoding holds only ASCII and KS X 1001 characters (EUC-KR proper).

    Extended (UHC) syllables take ASCII letters as trail bytes, so Latin text such as
    ``A·B`` is valid CP949 too; a line decoding to them is no evidence of Korean.
    """
    for ch in decoded:
        if ch >= "\x80":
            encoded = ch.encode("cp949")
            if len(encoded) != 2 or encoded[0] < 0xA1 or encoded[1] < 0xA1:
                return False
    return True


def _to_latin1(text: str) -> str:
    """Replace Windows-1252 letters by the Latin-1 characters of the same byte."""
    if _CP1252_RE.search(text) is None:
        return text  # str.translate with a dict is slow; most text needs nothing
    return text.translate(_CP1252_TO_LATIN1)


def _exact_decode(segment: str) -> str | None:
    """Decode ``segment`` read as one byte per character, or ``None`` if that fails."""
    try:
        return _to_latin1(segment).encode("latin-1").decode("cp949")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _count_evidence(decoded: str) -> tuple[int, int]:
    """Count the frequent and the rare characters of a decoding (U+FFFD is neither).

    A syllable followed by a Latin letter, or a lone one after a Latin letter, counts
    as rare: European words misread as bytes look like that (``Àál`` reads as ``잠l``,
    ``Müller`` as ``M체ller``, ``café`` as ``caf챕``), while Korean puts Latin only
    before a Hangul word (``LG전자``, ``JTV전주방송``).
    """
    classes = _classes()
    glued = _count(classes.glued, decoded)
    return _count(classes.good, decoded) - glued, _count(classes.rare, decoded) + glued


def _plain_decode(segment: str) -> str | None:
    """Decode ``segment`` read as one byte per character, if that gives clean Korean.

    Returns ``None`` unless every character maps to one byte and the CP949 decoding is
    only ASCII, KS X 1001 Hangul and common news symbols: the exact inverse of a
    Latin-1 or Windows-1252 misreading, without fixer damage. Extended (UHC) syllables
    do not count, because short Latin words are valid CP949 for them (``Åsa``).
    """
    decoded = _exact_decode(segment)
    if decoded is None or _classes().plain_ok.fullmatch(decoded) is None:
        return None
    return decoded


# A Latin letter with a diacritic (Latin-1 but the signs × and ÷, Latin Extended-A, and
# Romanian ș ț) touching an ASCII letter once UTF-8 is decoded: "café", "été", "Pokémon".
_ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u0218-\u021b"
_EUROPEAN_RE = re.compile(f"(?<=[A-Za-z])[{_ACCENTED}]|[{_ACCENTED}](?=[A-Za-z])")
# What else European UTF-8 may hold: accented letters apart from ASCII ones, Latin-1
# signs (no-break space, guillemets, degree) and general punctuation (dashes, quotes).
_EUROPEAN_ONLY_RE = re.compile(f"[\x00-\x7f\u00a0-\u00bf{_ACCENTED}\u2010-\u206f]*")


def _is_utf8_mojibake(line: str) -> bool:
    """Tell whether ``line`` is UTF-8 European text read as Latin-1 (``cafÃ©``, ``Ã©tÃ©``).

    Such bytes can also be valid CP949 (``Ã©`` is 챕), so a line whose bytes are valid
    UTF-8 and decode to Latin text with an accented letter inside a Latin word is not
    decoded as Korean. One such letter is enough, since CP949 Korean is almost never
    valid UTF-8: its syllables would all have to be among the few whose two bytes
    form a UTF-8 pair (lead byte 0xC3-0xC5, trail byte 0xA1-0xBF) and sit next to an
    ASCII letter, with no other syllable on the line.
    """
    try:
        decoded = _to_latin1(line).encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    if decoded == line or _EUROPEAN_RE.search(decoded) is None:
        return False
    return _EUROPEAN_ONLY_RE.fullmatch(decoded) is not None


def _naive_bytes(line: str) -> bytes:
    """Return the bytes of ``line`` with one byte per Latin-1 char and UTF-8 for the rest."""
    mapped = _to_latin1(line)
    mapped = _ODD_RE.sub(lambda m: m.group().encode("utf-8", "replace").decode("latin-1"), mapped)
    return mapped.encode("latin-1")


def _looks_suspicious(line: str) -> bool:
    """Cheap gate: enough Latin-1 letters, and they dominate the non-ASCII characters."""
    if _HIGH_RE.search(line) is None:
        return False
    high = len(_HIGH_RE.findall(line))
    if high < 2:
        return False
    # the non-ASCII characters, counted at C speed without copying the line
    return high * 2 >= len(line) - len(line.encode("ascii", "ignore"))


@dataclass(frozen=True, slots=True)
class _LineRepair:
    """A line's decoding, with the evidence that it is mojibake.

    ``good`` counts frequent syllables and symbols decoded from bytes; ``bad`` counts
    errors, rare characters in otherwise Korean words, and words that do not decode.
    """

    text: str
    good: int
    bad: int
    exact: bool = False  # one byte per character, and the bytes are KS X 1001 text
    certain: bool = False  # ... and they decode to Hangul, ASCII and news symbols only

    @property
    def strong(self) -> bool:
        """Whether the line is mojibake on its own evidence."""
        return self.certain or (self.good >= 3 and self.bad * 4 <= self.good)

    @property
    def weak(self) -> bool:
        """Whether the line may be mojibake, given that the text has a strong line."""
        return self.bad == 0 or self.exact


def _decode_words(line: str, damaged: _Damage) -> _LineRepair:
    """Decode each garbled word of ``line`` on its own and sum up the evidence."""
    # [between, word, between, word, ..., between]: words are replaced in place, one C
    # call splitting the line instead of several match-object calls per word.
    parts = _TOKEN_SPLIT_RE.split(line)
    good = bad = 0
    cache = _word_cache
    for k in range(1, len(parts), 2):
        word = parts[k]
        if _SUSPECT_WORD_RE.search(word) is None:
            continue  # clean Hangul, CJK or Latin letters: nothing to decode
        before_space = parts[k + 1].startswith(" ")
        # The cache looked up here first: most words of a page were seen before.
        key = (word, before_space, damaged)
        parts[k], word_good, word_bad = cache.get(key) or _word_verdict(*key)
        good += word_good
        bad += word_bad
    return _LineRepair("".join(parts), good, bad)


def _repair_line(line: str, damaged: _Damage) -> _LineRepair | None:
    """Return the decoded line with its evidence, or ``None`` when it is not mojibake.

    ``damaged`` says that the text shows a fixer's traces elsewhere (merged UTF-8
    characters in garbled lines), so even a line that decodes cleanly byte by byte
    may hide one (``½à `` reads as 썅 but was 시 and a space).
    """
    if _is_utf8_mojibake(line):
        return None
    plain = _plain_decode(line)
    if plain is not None:
        hangul = _count(_HANGUL_RE, plain)
        if not hangul:
            return None
        certain = _LineRepair(plain, hangul, 0, exact=True, certain=True)
        good, _ = _count_evidence(plain)
        if damaged.search and good < hangul:
            words = _decode_words(line, damaged)
            if words.strong and words.bad == 0 and words.good > good:
                return words
        return certain
    exact: _LineRepair | None = None
    decoded = _exact_decode(line)
    if decoded is not None:
        # Valid CP949 with hanja, Cyrillic or kana in it: right if its neighbours are
        # garbled Korean too, unless a fixer shifted the byte pairs (see below).
        good, rare = _count_evidence(decoded)
        exact = _LineRepair(decoded, good, rare, exact=_is_ksx1001_text(decoded))
        if exact.strong and (rare == 0 or not damaged.search):
            return exact
    # Cheap rejection of text that is plainly not CP949 (random bytes, European text).
    naive = _naive_bytes(line).decode("cp949", "replace")
    naive_good, naive_rare = _count_evidence(naive)
    # (Lenient: a merged Latin-1 letter shifts the byte pairs of the rest of its word.)
    if naive_good < 1 or naive.count(_ERROR) + naive_rare > 4 * naive_good + 4:
        return exact
    repaired = _decode_words(line, damaged)
    if exact is not None and (
        not repaired.strong or exact.good - 4 * exact.bad >= repaired.good - 4 * repaired.bad
    ):
        return exact
    return repaired


# --- UTF-8 read as Windows-1252 or Latin-1 (the family ftfy repairs) ----------------------
# Korean UTF-8 is three bytes per syllable (lead 0xEA-0xED); read one byte per character it
# shows as "ê´‘ì£¼" for 광주. A run of such sequences is re-encoded and decoded as UTF-8.
# Characters standing for a continuation byte (0x80-0xBF): Latin-1 U+0080-U+00BF, the
# Windows-1252 letters of 0x80-0x9F, and U+FFFD, which a strict cp1252 decoder put in place
# of the five undefined bytes (the byte is then guessed, see _UTF8_LOST).
_CONT_CLASS = "\x80-\xbf" + "".join(sorted(_CP1252_BYTE)) + "\ufffd"
# Written to open with a character class, not a group: the engine then skips to the next
# lead byte at C speed instead of trying the whole pattern at every position (5x faster).
_UTF8_RUN_RE = re.compile(
    f"[\xc2-\xf4](?:(?<=[\xc2-\xdf])[{_CONT_CLASS}]|(?<=[\xe0-\xef])[{_CONT_CLASS}]{{2}}"
    f"|(?<=[\xf0-\xf4])[{_CONT_CLASS}]{{3}})"
    f"(?:[\xc2-\xdf][{_CONT_CLASS}]|[\xe0-\xef][{_CONT_CLASS}]{{2}}"
    f"|[\xf0-\xf4][{_CONT_CLASS}]{{3}})*"
)
_UTF8_SEQ_RE = re.compile(
    f"[\xc2-\xdf][{_CONT_CLASS}]|[\xe0-\xef][{_CONT_CLASS}]{{2}}|[\xf0-\xf4][{_CONT_CLASS}]{{3}}"
)
_UTF8_LOST = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # bytes Windows-1252 leaves undefined
_COST_UTF8_OTHER = 30.0  # a guessed byte that gives anything but a known syllable


def _guess_cost(prev: str, item: tuple[str, float], nxt: str) -> float:
    """Return the cost of guessing ``item`` (character, unigram cost) between two others."""
    costs, _ = _char_costs()
    cost = _next_cost(prev, item[0], item[1])
    if nxt in costs:
        cost += _next_cost(item[0], nxt, costs[nxt])
    return cost


def _utf8_readings(seq: str) -> tuple[tuple[str, float], ...]:
    """Return the characters one UTF-8 sequence shown one byte per character can be.

    Without U+FFFD there is at most one; each U+FFFD stands for one of the five bytes
    Windows-1252 cannot show, so there may be several, each with its unigram cost.
    """
    if "\ufffd" not in seq:
        try:
            return ((bytes(_SINGLE_BYTE[ch] for ch in seq).decode("utf-8"), 0.0),)
        except UnicodeDecodeError:
            return ()
    costs, _ = _char_costs()
    found: list[tuple[str, float]] = []
    slots = [(_SINGLE_BYTE[ch],) if ch != "\ufffd" else _UTF8_LOST for ch in seq]
    for combo in itertools.product(*slots):
        try:
            ch = bytes(combo).decode("utf-8")
        except UnicodeDecodeError:
            continue
        found.append((ch, costs.get(ch, _COST_UTF8_OTHER)))
    found.sort(key=lambda item: item[1])
    return tuple(found)


@dataclass(frozen=True, slots=True)
class _Utf8Repair:
    """A line with its UTF-8 runs decoded, and the evidence for it."""

    text: str
    hangul: int  # Hangul syllables decoded from runs
    good: int  # ... of them frequent ones
    stray: int  # suspect characters outside runs, or in sequences that do not decode
    other: int  # decoded characters that are neither Hangul nor common punctuation

    @property
    def certain(self) -> bool:
        """Every suspect character decodes, to Hangul and punctuation only."""
        return self.hangul >= 1 and self.stray == 0 and self.other == 0

    @property
    def strong(self) -> bool:
        """Mostly frequent Hangul: mojibake on its own evidence."""
        return self.certain or (self.good >= 2 and (self.stray + self.other) * 4 <= self.hangul)

    @property
    def weak(self) -> bool:
        """Plausible once another line of the same text is strong."""
        return self.stray == 0 and self.other <= self.hangul


# Decoded punctuation that UTF-8 mojibake of Korean pages carries (quotes, dots, dashes,
# arrows, brackets, CJK punctuation) and that a run may decode to without doubt.
_UTF8_PUNCT_RE = re.compile("[\u00a0-\u00ff\u2010-\u206f\u2190-\u21ff\u25a0-\u25ff\u3000-\u303f]")


_UTF8_OTHER_RE = re.compile(
    "[^\uac00-\ud7a3\u00a0-\u00ff\u2010-\u206f\u2190-\u21ff\u25a0-\u25ff\u3000-\u303f]"
)
# What else a run that decodes without a guessed byte may give and still be Korean news:
# hanja of headlines (與野, 韓美, 靑), compatibility jamo (ㄱ, ㅋㅋ), circled and
# parenthesized numbers and letters (①, ⑴, ㉠, ㈜), units (㎡, ㎏) and CJK compatibility
# ideographs. Three bytes each with a lead of 0xE2-0xEA: never Latin-1 text by chance
# (a line must also give two frequent syllables to count, see _Utf8Repair.strong).
_UTF8_OTHER_CLEAN_RE = re.compile(
    "[^\uac00-\ud7a3\u00a0-\u00ff\u2010-\u206f\u2190-\u21ff\u25a0-\u25ff\u3000-\u303f"
    "\u2460-\u24ff\u3130-\u318f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_utf8_cache: dict[str, tuple[tuple[str, float], ...]] = {}
_guess_cache: dict[tuple[str, str, str], str] = {}


def _cached_readings(seq: str) -> tuple[tuple[str, float], ...]:
    """Return :func:`_utf8_readings` of ``seq``, cached."""
    hit = _utf8_cache.get(seq)
    if hit is None:
        hit = _utf8_readings(seq)
        if len(_utf8_cache) < 20_000:
            _utf8_cache[seq] = hit
    return hit


def _utf8_run(run: str, before: str) -> tuple[str, str, int, bool]:
    """Decode a run of UTF-8 sequences: the line text, the decoded part, stray chars,
    and whether the run decoded as it stands (no byte guessed, none left over).

    ``before`` is the character before the run. A lost byte (U+FFFD) is guessed from
    the syllable frequencies and from the syllables on either side (``사망`` rather than
    the more frequent ``말`` after ``사``).
    """
    try:  # the common case at C speed: every character is one byte, valid UTF-8
        decoded = _to_latin1(run).encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    else:
        return decoded, decoded, 0, True
    seqs = _UTF8_SEQ_RE.findall(run)
    readings = [_cached_readings(seq) for seq in seqs]
    pieces: list[str] = []
    good: list[str] = []
    stray = 0
    prev = before
    for index, (seq, options) in enumerate(zip(seqs, readings, strict=True)):
        if not options:
            pieces.append(seq)
            stray += len(seq)
            prev = ""
            continue
        ch = options[0][0]
        if len(options) > 1:
            following = readings[index + 1] if index + 1 < len(readings) else ()
            nxt = following[0][0] if following else ""
            choice_key = (prev, seq, nxt)
            guess = _guess_cache.get(choice_key)
            if guess is None:
                # The few most frequent readings only: a guess never needs more.
                guess = min(options[:6], key=lambda item: _guess_cost(prev, item, nxt))[0]
                if len(_guess_cache) < 50_000:
                    _guess_cache[choice_key] = guess
            ch = guess
        pieces.append(ch)
        good.append(ch)
        prev = ch
    return "".join(pieces), "".join(good), stray, False


def _repair_utf8_line(line: str) -> _Utf8Repair | None:
    """Decode the UTF-8 runs of ``line``, or return ``None`` when it has none with Hangul."""
    if _UTF8_RUN_RE.search(line) is None:
        return None
    pieces: list[str] = []
    decoded: list[str] = []
    last = 0
    stray = covered = other = 0
    for run in _UTF8_RUN_RE.finditer(line):
        pieces.append(line[last : run.start()])
        last = run.end()
        covered += _count(_SUSPECT_RE, run.group())
        text, good_part, lost, clean = _utf8_run(run.group(), line[run.start() - 1 : run.start()])
        pieces.append(text)
        decoded.append(good_part)
        stray += lost
        if clean:
            other += _count(_UTF8_OTHER_CLEAN_RE, good_part)
        else:
            # A guessed byte may give any character: only a known one (a headline hanja
            # such as 靑, a symbol) is not evidence against the line.
            known = _char_costs()[1]
            other += sum(1 for ch in _UTF8_OTHER_RE.findall(good_part) if ch not in known)
    pieces.append(line[last:])
    joined = "".join(decoded)
    hangul = _count(_HANGUL_RE, joined)
    if hangul == 0:
        return None
    stray += _count(_SUSPECT_RE, line) - covered
    good = _count(_classes().good, joined)
    return _Utf8Repair("".join(pieces), hangul, good, stray, other)


def _may_be_strong_utf8(line: str) -> bool:
    """Cheap bound: False when :func:`_repair_utf8_line` cannot find ``line`` strong.

    A strong line has ``4 * stray <= hangul`` (or no stray at all); each Hangul syllable
    takes three characters of a run, and every suspect character outside the runs is a
    stray, so ``12 * (suspects - run characters) <= run characters`` must hold.
    """
    covered = 0
    for run in _UTF8_RUN_RE.finditer(line):
        covered += run.end() - run.start()
    return 12 * (_count(_SUSPECT_RE, line) - covered) <= covered


def _repair_utf8_punct(line: str) -> str:
    """Decode the UTF-8 runs of a line that only holds punctuation mojibake (``â€œ``)."""

    def decode(match: re.Match[str]) -> str:
        out: list[str] = []
        for seq in _UTF8_SEQ_RE.findall(match.group()):
            options = _cached_readings(seq)
            ok = options and _UTF8_PUNCT_RE.match(options[0][0]) is not None
            out.append(options[0][0] if ok else seq)
        return "".join(out)

    return _UTF8_RUN_RE.sub(decode, line)


# eq=False: the eight possible values are interned (see _DAMAGES), so the identity hash
# serves as a word-cache key at C speed (the generated __hash__ and __eq__ ran per word).
@dataclass(frozen=True, slots=True, eq=False)
class _Damage:
    """What a later "fixer" did to the garbled lines of a text, judged over all of them."""

    fixer: bool  # merged characters or no-break spaces: the plain reading may be wrong
    merges: bool  # characters above U+00FF: byte pairs were merged into UTF-8 letters
    hyphens_lost: bool  # not one soft hyphen left: every 0xAD byte was dropped

    @property
    def search(self) -> bool:
        """Whether a clean byte-by-byte reading may still be wrong (so search anyway)."""
        return self.fixer or self.hyphens_lost


_DAMAGES = {
    flags: _Damage(*flags) for flags in itertools.product((False, True), repeat=3)
}  # (fixer, merges, hyphens_lost) -> the one _Damage with those flags
_MERGED_RE = re.compile(f"[^\x00-\xff{''.join(sorted(_CP1252_BYTE))}]")


def _fixer_damage(lines: list[str]) -> _Damage:
    """Tell which traces of a fixer the garbled lines show.

    The traces are characters merged from byte pairs (anything above U+00FF but the
    Windows-1252 letters) and no-break spaces, which KS X 1001 text never holds, and
    the absence of any soft hyphen (byte 0xAD) in a garbled text.
    """
    merges = any(_MERGED_RE.search(line) for line in lines)
    fixer = merges or any(_DAMAGE_RE.search(_to_latin1(line)) for line in lines)
    # A dropped 0xAD shifts the byte pairs after it, so some line no longer decodes.
    hyphens_lost = not any("\xad" in line for line in lines) and any(
        _exact_decode(line) is None for line in lines
    )
    return _DAMAGES[fixer, merges, hyphens_lost]


# Two Latin-1 letters on one line: what every line worth decoding has (see
# _looks_suspicious). Linear: a failed attempt stops at the next letter or line break.
_HIGH_PAIR_RE = re.compile(f"[{_HIGH_CLASS}][^\n{_HIGH_CLASS}]*[{_HIGH_CLASS}]")


def _suspicious_indices(text: str, lines: list[str]) -> list[int]:
    """Indices of the lines of ``text`` (``lines`` is ``text.split("\\n")``) worth decoding.

    Only lines with two Latin-1 letters are looked at, found in one pass over the text:
    clean Korean pages hold a middle dot or a quote here and there, not on most lines.
    """
    return [i for i in _matching_lines(_HIGH_PAIR_RE, text) if _looks_suspicious(lines[i])]


def _run_lines(text: str) -> list[int]:
    """Indices of the lines of ``text`` that hold a UTF-8 run (a run never spans lines)."""
    return _matching_lines(_UTF8_RUN_RE, text)


def _matching_lines(pattern: re.Pattern[str], text: str) -> list[int]:
    """Indices of the lines of ``text`` where ``pattern`` matches, in one pass.

    After a hit the search moves on to the next line: a garbled line matches at nearly
    every letter.
    """
    out: list[int] = []
    index = counted = 0
    match = pattern.search(text)
    while match is not None:
        start = match.start()
        index += text.count("\n", counted, start)
        counted = start
        out.append(index)
        newline = text.find("\n", start)
        if newline < 0:
            break
        match = pattern.search(text, newline + 1)
    return out


def _suspicious_lines(text: str) -> tuple[list[str], list[int]]:
    """Split ``text`` into lines and return them with the indices worth decoding."""
    lines = text.split("\n")
    return lines, _suspicious_indices(text, lines)


def _repair_utf8_lines(lines: list[str], run_lines: list[int]) -> tuple[bool, set[int]]:
    """Decode, in place, the lines of ``lines`` that are Korean UTF-8 read as one byte each.

    ``run_lines`` are the indices of the lines with a UTF-8 run (no other line changes).
    Returns whether anything changed and the indices of lines with Hangul UTF-8 runs
    (kept away from the CP949 search). Weak lines and lines of punctuation mojibake
    (``â€œ``) are decoded only when some line is strong evidence.
    """
    if not any(_may_be_strong_utf8(lines[index]) for index in run_lines):
        return False, set()  # CP949 mojibake holds such runs by chance, among many strays
    found: dict[int, _Utf8Repair] = {}
    for index in run_lines:
        repair = _repair_utf8_line(lines[index])
        if repair is not None:
            found[index] = repair
    if not any(r.strong for r in found.values()):
        return False, set()
    done = set(found)
    for index in run_lines:
        line = lines[index]
        repair = found.get(index)
        if repair is not None:
            if repair.strong or repair.weak:
                lines[index] = repair.text
        else:
            lines[index] = _repair_utf8_punct(line)
            if lines[index] != line:
                done.add(index)
    return True, done


def detect_mojibake(text: str) -> bool:
    """Return ``True`` when ``text`` holds at least one line of CP949 bytes read as Latin-1.

    Args:
        text: Any text.

    Returns:
        Whether :func:`repair_encoding` would change a line of ``text`` on its own
        evidence (a line decoding to plausible Korean).

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> detect_mojibake("±³À°Ã»Àº ÅëÇÐ·Î Á¡°ËÀ» °\\xadÈ\\xad")
    True
    >>> detect_mojibake("교육청은 통학로 점검을 강화")
    False
    >>> detect_mojibake("Müller, café, © 2024")
    False
    """
    text = ensure_str(text)
    if _SUSPECT_RE.search(text) is None:
        return False
    lines, indices = _suspicious_lines(text)
    for index in _run_lines(text):
        if not _may_be_strong_utf8(lines[index]):
            continue
        utf8 = _repair_utf8_line(lines[index])
        if utf8 is not None and utf8.strong:
            return True
    damaged = _fixer_damage([lines[i] for i in indices])
    for index in indices:
        repair = _repair_line(lines[index], damaged)
        if repair is not None and repair.strong and repair.text != lines[index]:
            return True
    return False


def repair_encoding(text: str) -> str:
    """Return ``text`` with Korean misread as Latin-1 or Windows-1252 decoded again.

    Two misreadings are repaired: CP949/EUC-KR bytes (``Áö¿ø´ÜÀº``) and UTF-8 bytes
    (``ê´‘ì£¼``) shown one byte per character. Each line is judged on its own, so a
    garbled body under a clean header is repaired and the header kept. A line is
    replaced when its best decoding is mostly frequent Hangul syllables and news
    symbols; lines with weaker evidence (a single short word, UTF-8 punctuation such
    as ``â€œ``) are replaced only when the same text has a clearly garbled line. Clean
    Korean, English, French or German text comes back unchanged, as does every line
    that is not garbled. The number of lines never changes.

    Bytes that a later "fixer" damaged beyond recovery come out as U+FFFD.

    Args:
        text: Text that may contain mojibake.

    Returns:
        The repaired text, or ``text`` itself when nothing needed repair.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode ``bytes`` first).

    >>> repair_encoding("Áö¿ø´ÜÀº")
    '지원단은'
    >>> repair_encoding("ê´‘ì£¼ì‹œ ë¶�êµ¬ì²\\xad")
    '광주시 북구청'
    >>> repair_encoding("Müller et le café, © 2024")
    'Müller et le café, © 2024'
    >>> repair_encoding("Ã©tÃ©")  # UTF-8 "été" read as Latin-1: not CP949 "챕t챕"
    'Ã©tÃ©'
    """
    text = ensure_str(text)
    if _SUSPECT_RE.search(text) is None:
        return text
    lines = text.split("\n")
    # A UTF-8 run never spans a line, so one search over the text stands for all lines.
    changed, utf8_lines = False, set[int]()
    run_lines = _run_lines(text)
    if run_lines:
        changed, utf8_lines = _repair_utf8_lines(lines, run_lines)
    # Judged on the input lines, before any UTF-8 repair (a repaired line is in utf8_lines).
    indices = [i for i in _suspicious_indices(text, lines) if i not in utf8_lines]
    damaged = _fixer_damage([lines[i] for i in indices])
    repairs = [(i, _repair_line(lines[i], damaged)) for i in indices]
    if any(r is not None and r.strong for _, r in repairs):
        changed = True
        for index, repair in repairs:
            if repair is not None and (repair.strong or repair.weak):
                lines[index] = repair.text
    return "\n".join(lines) if changed else text
