"""Reporter bylines, datelines and photo/source credits in Korean news text.

``find_bylines`` reads every credit printed in a page as a :class:`Byline` record: who
(``name``, ``role``), how to reach them (``email``), for whom (``agency``), from where
(``dateline``) and what is credited (``kind``: the article's author, a photo, or an
organisation that supplied the material).

In scope: the credit shapes of Korean news pages, at the start of the lede
(``[광주=뉴시스] 김철수 기자 =``, ``[예시일보 광주=박민수 기자]``, ``예시일보 이영희 기자 |``),
at the end of the body (``/홍길동 기자 hong@example.com``, ``jhpark@example.com 박지훈 기자``,
``[ 서민준 / seo@example.com ]``), glued to the last sentence, broadcast sign-offs
(``YTN 홍길동입니다.``, ``지금까지 KBS 뉴스 이영민이었습니다.``, ``지금까지 국회에서 MBC뉴스
홍길동입니다.``, ``JTBC 뉴스룸 홍길동입니다.``) and live hand-overs (``경제부 홍길동 기자
연결합니다.``, ``홍길동 기자가 취재했습니다.``), newsroom titles composed of a desk and a title
(``오은지 경제부장``, ``박상철 편집국장``, ``김나래 문화전문기자``), the outlet heading a bracketed
lede (``[예시포커스 홍길동 기자]``, ``[예시포커스=홍길동 기자]``; a known place there is the
dateline), wire photo captions whose
address closes the line (``[정읍=뉴시스] 정하늘 기자 = … 2025.11.03. a@example.com``), wire
co-credits (``[파리=AP/뉴시스]``: agency ``뉴시스``), photo credits (``사진=홍길동 기자``, ``ⓒ News1 홍길동 기자``,
magazine style ``글 홍길동 기자 · 사진 김철수 기자``, ``(사진 출처=연합뉴스)``), name lists
(``김철수, 이영희 기자`` after a credit opener), the writer line of an extractor's
metadata block (``author: 홍길동``), magazines' photo credits (``ⓒ주간예시 홍길동``), an
outlet before a name and a bracketed
address (``YTN 김수현 [ksh@example.com]``), agency-only
credits (``(예시뉴스통신)``, ``by 광주일보``), source credits (``/광주광역시 제공``,
``[뉴스출처 : 광주광역시]``), contributors' signatures (``<홍길동 서울대 교수>``,
``[홍길동 칼럼]``, ``글=홍길동 (소설가)``), contributors' bio lines without brackets on
opinion pages (``홍길동 예시대 사회학과 교수·전 한국인구학회장``), broadcast camera crew
(``촬영기자:박민수``, ``영상취재 최대호 / 영상편집 정다은``) and reporters labelled the same
way (``취재기자 : 홍길동``), a place before a slash (``워싱턴/홍길동 특파원``), regional
stations as printed (``광주CBS``) and call letters in lower case (``kbc``), English
``By Kim Ji-hoon, Lee Min-ji`` and ``By Jane Doe and John Roe`` (also
``By 김지수 (a@example.com)``) and Cloudflare's ``[email protected]``. An address
printed once for several people goes to the one whose name it romanises (``kim@`` for
김현수), else to the first listed.

Out of scope: deciding which credits belong to the article rather than to teasers of
other articles on the same page (callers that know the line labels filter by them, as
``kornews.article`` does), reporters named only inside prose (``김 기자가 물었다``, which is
declined on purpose), romanising or verifying names, and people without a credit shape
(a bare ``김철수`` at the end of a page), a rank without its desk (``홍길동 부장``, which is
also a court's or prosecutors' rank), newsroom desks as outlets or places (``디지털뉴스``,
``사회부`` are dropped from ``agency``, ``경제부 =`` from ``dateline``), and crew who are not reporters (``영상편집``). A
newsroom's shared mailbox (``sports@``, ``jebo@``) is not given to a reporter, and a
reporter's link box (``홍길동 기자 다른기사``) is not a credit. No morphological analysis (Kiwi) is used: the
patterns are built from the ``bylines_*`` tables in ``kornews/data`` and compiled once, on
first use, so that ``import kornews`` stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

import regex

from kornews._data import load_table, load_words
from kornews._util import alternation, ensure_str
from kornews.types import BylineKind

__all__ = ["Byline", "find_bylines"]


@dataclass(frozen=True, slots=True)
class Byline:
    """One credited person (or organisation) with the span of the credit that names them.

    A credit naming several people (``홍길동·김철수 기자``) gives one ``Byline`` per person,
    all sharing the span of the whole credit.
    """

    start: int
    end: int
    text: str
    name: str | None
    """The person's name as printed (2-4 Hangul syllables, or a romanised name after
    ``By``); ``None`` for agency-only, e-mail-only, team and source credits."""
    role: str | None
    """``기자``, ``특파원``, ``선임기자``, ``사진기자``, ``기상캐스터``, ``앵커``, ``PD`` ..., a
    newsroom title as printed (``경제부장``, ``편집국장``, ``문화전문기자``); ``None`` when the
    credit prints none."""
    email: str | None
    """The address printed for this person; ``None`` when absent, obfuscated, or a
    newsroom's shared mailbox (``sports@``, ``jebo@``: the desk's, not the person's)."""
    agency: str | None
    """The outlet or wire named in the credit (``뉴시스``, ``연합뉴스``); for ``kind="source"``
    the organisation credited (``광주광역시``)."""
    dateline: str | None
    """The place the report was filed from (``광주`` in ``[광주=뉴시스]``)."""
    kind: BylineKind
    email_obfuscated: bool
    """True when Cloudflare's ``[email protected]`` stood where the address was."""


# --------------------------------------------------------------------------- tables


def _alt(words: Iterable[str]) -> str:
    """An alternation that tries longer words first, so 선임기자 wins over 기자."""
    return alternation(words)


_P = TypeVar("_P")


class _Lazy(Generic[_P]):
    """A pattern compiled on first use: the tables make big patterns that take about a
    second to compile, which ``import kornews`` must not pay."""

    __slots__ = ("_build", "_pattern")

    def __init__(self, build: Callable[[], _P]) -> None:
        self._build = build
        self._pattern: _P | None = None

    @property
    def p(self) -> _P:
        if self._pattern is None:
            self._pattern = self._build()
        return self._pattern


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes, longer matches first.

    Scanning with ``(?:연합(?:뉴스(?:TV)?)?|뉴(?:시스|스1)|…)`` tests one first character per
    position instead of every word, which is what keeps the agency look-ups cheap.
    """
    root: dict[str, Any] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)


def _rtrie(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common endings, for patterns matched right
    to left: ``(?:대구|광주)?MBC`` tries the longest word ending at a position first, where
    the prefix-factored :func:`_trie` would stop at ``MBC`` inside ``대구MBC``."""
    root: dict[str, Any] = {}
    for w in set(words):
        node = root
        for ch in reversed(w):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [emit(child) + re.escape(ch) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(root)


_ROLES: dict[str, tuple[str, BylineKind]] = {}
for _row in load_table("bylines_roles.tsv"):
    _ROLES[_row[0]] = (_row[1], "photo" if _row[2] == "photo" else "author")


def _desk_titles() -> dict[str, tuple[str, BylineKind]]:
    """Newsroom titles composed of a desk or beat and a title ending: 경제부장, 편집부국장,
    의학전문기자 (``bylines_desk_stems.tsv`` x ``bylines_desk_titles.tsv``), each reported
    as printed. Composed rather than listed, so every desk gets every title it takes."""
    endings: dict[str, list[str]] = {}
    for ending, group in _DESK_ENDING_ROWS:
        endings.setdefault(group, []).append(ending)
    out: dict[str, tuple[str, BylineKind]] = {}
    for stem in _DESK_STEMS:
        for group in _DESK_STEMS[stem]:
            for ending in endings.get(group, ()):
                out[stem + ending] = (stem + ending, "author")
    return out


_DESK_ENDING_ROWS = load_table("bylines_desk_titles.tsv")
_DESK_STEMS = {
    row[0]: tuple(g.strip() for g in row[1].split(","))
    for row in load_table("bylines_desk_stems.tsv")
}
_BASE_ROLES = dict(_ROLES)  # the printed roles, without the composed desk titles
for _title, _value in _desk_titles().items():
    _ROLES.setdefault(_title, _value)
_DESK_TITLES = frozenset(t for t in _ROLES if t not in _BASE_ROLES)

_AGENCY_CANON: dict[str, str] = {}
for _row in load_table("bylines_agencies.tsv"):
    for _variant in _row:
        if _variant:
            _AGENCY_CANON.setdefault(_variant, _row[0])
# Broadcasters print their call letters in either case ("kbc", "jtbc" in their logos): a
# name of three or more capitals (and digits) in the table also matches in lower case.
for _variant, _name in list(_AGENCY_CANON.items()):
    if re.fullmatch(r"[A-Z][A-Z0-9]{2,}", _variant):
        _AGENCY_CANON.setdefault(_variant.lower(), _name)

_SURNAMES = frozenset(load_words("bylines_surnames.txt"))
_SINGLE_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 1)
_DOUBLE_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 2)
_STOPWORDS = frozenset(load_words("bylines_stopwords.txt"))
_KNOWN_OUTLETS = frozenset(_AGENCY_CANON.values())
_DESKS = frozenset(load_words("bylines_desks.txt"))
_DESK_ENDINGS = tuple(load_words("bylines_desk_endings.txt"))
_REGION_ENDS = frozenset(("북부", "남부", "동부", "서부", "중부"))
_SURNAME_ROMAN: dict[str, tuple[str, ...]] = {
    row[0]: tuple(r.lower() for r in row[1:] if r)
    for row in load_table("bylines_surname_roman.tsv")
}
# Letters that can romanise each initial consonant, indexed like Unicode's 19 initials.
_INITIAL_LETTERS = tuple(row[1] for row in load_table("bylines_initial_letters.tsv"))
_PHOTO_WORDS = load_words("bylines_photo_words.txt")
_AUTHOR_WORDS = load_words("bylines_author_words.txt")
_PLACES = load_words("bylines_places.txt")
_PLACE_SET = frozenset(_PLACES)
_ABROAD_ROLES = frozenset(load_words("bylines_abroad_roles.txt"))
_BRACKET_TAGS = frozenset(load_words("bylines_bracket_tags.txt"))
_SOURCE_WORDS = _alt(load_words("bylines_source_words.txt"))
# "[사진출처=연합뉴스]", "(사진 제공=연합뉴스)": a photo label, optionally with a source word,
# standing where a dateline's place stands credits a photo, not a place; a source word
# alone ("[출처=연합뉴스]") credits the material.
_PHOTO_LABEL = _Lazy(
    lambda: regex.compile(rf"(?:{_alt(_PHOTO_WORDS)})(?:{_SP}?(?:{_SOURCE_WORDS}))?")
)
_SOURCE_LABEL_WORD = _Lazy(lambda: regex.compile(_SOURCE_WORDS))
_CONTRIB_TITLES = {row[0]: row[1] for row in load_table("bylines_contributor_titles.tsv")}
_BIO = load_table("bylines_bio_titles.tsv")
_BIO_HEADS = tuple(sorted((row[0] for row in _BIO if row[1] == "head"), key=len, reverse=True))
_BIO_FORMER = frozenset(row[0] for row in _BIO if row[1] == "former")
# A bio line's own titles: the contributor titles ("칼럼" names a column, not a person's
# post) and the head words standing alone ("원장").
_BIO_TITLES = {t: r for t, r in _CONTRIB_TITLES.items() if t != "칼럼"} | {
    h: _CONTRIB_TITLES.get(h, h) for h in _BIO_HEADS
}
_ORG_SUFFIXES = frozenset(load_words("bylines_org_suffixes.txt"))
_ENGLISH_STOPWORDS = frozenset(load_words("bylines_english_stopwords.txt"))
_CREW_ROWS = load_table("bylines_crew.tsv")
_CREW = {row[0]: (None if row[1] in ("-", "~") else row[1]) for row in _CREW_ROWS}
_CREW_SILENT = frozenset(row[0] for row in _CREW_ROWS if row[1] == "-")
_CREW_KIND: dict[str, BylineKind] = {
    row[0]: "author" if row[2:3] == ("author",) else "photo" for row in _CREW_ROWS
}
# Endings of a broadcast sign-off after "매체 이름" ("입니다", past "이었습니다").
_SIGNOFF_ENDS = ("입니다", "이었습니다", "였습니다")
_BIO_REACH = 80  # a bio line is never longer than this after the name
_OPENERS = r"\[<‹〈(「『《"  # bracket pairs of a signature, escaped for a character class
_CLOSERS = r"\]>›〉)」』》"

_NB = r"(?![가-힣A-Za-z0-9])"  # word end: no letter, syllable or digit follows
_SP = r"[ \t\xa0]"
_BULLETS = r"[ \t\xa0▲△▶▷►◆◇■□●○◎☞※·•\-*>|]"
# What may be glued to a role and keep it a credit: the sign-offs of
# bylines_signoffs.txt ("기자입니다", "기자가 전합니다") and an anchor's hand-over composed
# of a subject particle, at most two adverbials and a reporting verb ("기자가 현장을
# 다녀왔습니다", "특파원이 현지에서 전해드립니다"); "기자가 질문했다" is prose.
_HANDOVER = (
    rf"[이가]{_SP}{{1,2}}(?:{alternation(load_words('bylines_handover_adverbs.txt'))}{_SP}{{1,2}}){{0,2}}"
    + alternation(load_words("bylines_handover_verbs.txt")).replace(r"\ ", _SP + "?")
)
_ROLE_TAIL = rf"(?:{alternation(load_words('bylines_signoffs.txt'))}|{_HANDOVER})"
# A link box, not a credit: "홍길동 기자 다른기사" (a subscribe button, "구독", is no box).
_WIDGET_AFTER_WORDS = alternation(load_words("bylines_widget_after.txt")).replace(r"\ ", _SP + "?")
_DESK_MAILBOXES = frozenset(w.lower() for w in load_words("bylines_desk_mailboxes.txt"))
_META_KEYS = load_words("bylines_meta_keys.txt")
_KNOWN_AGENCY = _trie(_AGENCY_CANON)
# The generic form must start a word: matched right to left, a lazy prefix would
# otherwise cut "한국경제TV" to "제TV" (the shortest name ending in an outlet word).
_GENERIC_AGENCY = (
    rf"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{{1,12}}?"
    rf"(?:{_alt(load_words('bylines_outlet_suffixes.txt'))}){_NB}"
)
_AGENCY = rf"(?:(?:{_KNOWN_AGENCY}){_NB}|{_GENERIC_AGENCY})"
# For patterns matched right to left, where the first branch that fits wins: the generic
# form first, as it takes a whole word (a regional station, "광주CBS", "대구MBC", is the
# outlet as printed, not "CBS", "MBC"), then the table's names factored by their endings,
# so that the longest name ending before the credit wins.
_AGENCY_REV = rf"(?:{_GENERIC_AGENCY}|(?:{_rtrie(_AGENCY_CANON)}){_NB})"
# An outlet heading a bracketed credit may also end in a word that elsewhere is a
# section tag ("[MHN스포츠 홍길동 기자]", but "[e스포츠]" alone is no credit).
_HEAD_AGENCY = (
    rf"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{{1,12}}?"
    rf"(?:{_alt(load_words('bylines_outlet_head_suffixes.txt'))}){_NB}"
)
# A foreign wire co-credited before the outlet that distributes its photo: "AP/", "EPA/".
_WIRE = r"(?:[A-Z]{2,8}|[가-힣]{2,6})/"
_PLACE_WORD = r"[가-힣A-Za-z]{1,12}"  # any place inside "[X=뉴시스]" or "/X=이름 기자"
_BUREAU = r"[가-힣]{1,10}(?:취재본부|본부|지사|지국|총국|취재팀|주재)"
_EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
    r"(?:[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,6}(?![A-Za-z0-9\-])|(?![A-Za-z0-9\-.]))"
)
_OBFUSCATED = r"\[email(?:[ \xa0]|&\#160;|&nbsp;)protected\]"
_ANY_EMAIL = rf"(?:{_EMAIL}|{_OBFUSCATED})"
# An address after a name, in brackets or after blanks: one spelling for every credit shape.
_EMAIL_TAIL = (
    rf"{_SP}{{0,3}}[(\[<]{_SP}?(?P<email>{_ANY_EMAIL}){_SP}?[)\]>]"
    rf"|{_SP}{{1,3}}(?P<email>{_ANY_EMAIL})"
)
_ROMAN = _alt(load_words("bylines_roman_surnames.txt"))
_ROMAN_NAME = (
    rf"(?:(?:{_ROMAN})[ \xa0][A-Z][a-z]{{1,10}}(?:-[A-Za-z][a-z]{{1,10}})?(?![A-Za-z])"
    rf"|[A-Z][a-z]{{1,10}}-[a-z]{{1,10}}[ \xa0](?:{_ROMAN})(?![A-Za-z]))"
)
# Any other name after "By": two or three capitalised words ("John Roe", "Mary Ann
# O'Neil", "Jean-Luc Martin"); each word is checked against bylines_english_stopwords.txt.
_WESTERN_WORD = r"[A-Z][a-z]{0,2}(?:['’]?[A-Z])?[a-z]{1,15}(?:-[A-Z][a-z]{1,15})?"
_WESTERN_NAME = rf"{_WESTERN_WORD}(?:[ \xa0]{_WESTERN_WORD}){{1,2}}(?![A-Za-z])"
_ANY_ROMAN_NAME = rf"(?:{_ROMAN_NAME}|{_WESTERN_NAME})"


# The scans: one pattern per kind of anchor, each hit handed to a small parser below.
# Separate patterns keep every scan on a literal or first-character search (one
# alternation of all of them measured three times slower); the stdlib engine is used
# where it scans faster (it skips positions by the first characters of a literal
# alternation), ``regex`` where a pattern needs variable-width look-behind.
def _min_prefixes(words: Iterable[str]) -> tuple[str, ...]:
    """The words that do not start with another word: every match starts at one of them."""
    out: list[str] = []
    for w in sorted(set(words), key=len):
        if not any(w.startswith(o) for o in out):
            out.append(w)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Closers:
    """Where the matches of a scan of ``word, blanks, closer`` can start, found from the end.

    Every match is one of the scan's words, up to ``gap`` blanks, then one of ``chars``.
    Those characters are rare in text and a word's last letter before them rarer still,
    so the closers are found with ``str.find``; where a word's last letter stands right
    before one, the pattern is tried at each start a word's length before it.
    """

    chars: str  # the characters a match ends with
    lasts: frozenset[str]  # the last letters of the words
    gap: int  # blanks allowed between the word and its closer
    min_back: int  # a match starts this many characters before its closer, or more
    max_back: int  # ... and at most this many

    @classmethod
    def of(cls, words: Iterable[str], gap: int, chars: str) -> _Closers:
        words = list(words)
        return cls(
            chars,
            frozenset(w[-1] for w in words),
            gap,
            min(len(w) for w in words),
            max(len(w) for w in words) + gap,
        )

    def starts(self, text: str) -> set[int]:
        """Every position where a match may start (a superset of the matches' starts)."""
        out: set[int] = set()
        for ch in self.chars:
            closer = text.find(ch)
            while closer >= 0:
                j = closer - 1
                while j >= 0 and closer - j <= self.gap and text[j] in " \t\xa0":
                    j -= 1
                if j >= 0 and text[j] in self.lasts:
                    out.update(range(max(0, closer - self.max_back), closer - self.min_back + 1))
                closer = text.find(ch, closer + 1)
        return out


# Each scan: the parser that reads its matches, the pattern, and where its matches can
# start, so candidates are found with ``str.find`` (far faster than the engine stepping
# through every character): the literals a match opens with, "line" for a scan anchored
# at a line start, the closing characters of its matches (see _Closers), or "" where a
# plain ``finditer`` is as fast (a literal prefix the engine already searches for, or
# too many different openings).
_Scan = tuple[
    str, _Lazy[re.Pattern[str]] | _Lazy[regex.Pattern[str]], tuple[str, ...] | str | _Closers
]
_SCANS: tuple[_Scan, ...] = (
    # a role word not followed by more Hangul (기자회견, 기자는 are prose); the names
    # before it are read by _role_credit
    # a composed desk title ("경제부장", "문화전문기자"), found by its ending (the stems
    # open with too many common syllables to scan for); read by _desk_role_credit
    (
        "deskrole",
        _Lazy(
            lambda: re.compile(
                rf"(?:{_trie(r[0] for r in _DESK_ENDING_ROWS)}){_ROLE_TAIL}?(?![가-힣])"
            )
        ),
        "",
    ),
    (
        "role",
        _Lazy(lambda: re.compile(rf"(?:{_trie(_BASE_ROLES)}){_ROLE_TAIL}?(?![가-힣])")),
        "",
    ),
    # "[광주=뉴시스]", "(서울=연합뉴스)", "【서울=뉴시스】", old "(여수연합뉴스)"; the stdlib
    # engine: one match attempt per bracket costs it a third of what ``regex`` takes
    (
        "dateline",
        _Lazy(
            lambda: re.compile(
                rf"[\[(【]{_SP}?{_PLACE_WORD}{_SP}?={_SP}?(?:{_WIRE})?{_AGENCY}{_SP}?[\])】]"
                rf"|[\[(【]{_SP}?{_AGENCY}{_SP}(?:{_alt(_PLACES)}){_SP}?[\])】]"
                r"|\([가-힣]{1,6}?연합뉴스\)"
            )
        ),
        ("[", "(", "【"),
    ),
    # a metadata block's writer key opening a line: "author: 홍길동" (read by _meta_credit)
    (
        "meta",
        # (the flag inline: the line scan recompiles the pattern's source)
        _Lazy(lambda: re.compile(rf"(?m:^){_SP}{{0,3}}(?i:{_alt(_META_KEYS)}){_SP}?[:：]")),
        "line",
    ),
    # a rights holder and a person: "ⓒ주간예시 홍길동" (read by _copyright_credit)
    ("copyright", _Lazy(lambda: re.compile("[ⓒ©]")), ("ⓒ", "©")),
    # an agency in brackets opening a line: "(예시뉴스통신) 광주시가 …"
    ("dateline", _Lazy(lambda: re.compile(rf"(?m:^){_SP}*[\[(]{_AGENCY}[\])]")), "line"),
    # a line opening with a known outlet: "YTN 홍길동 (", "뉴시스 정하늘"
    ("signoff", _Lazy(lambda: re.compile(rf"(?m:^){_BULLETS}*(?:{_KNOWN_AGENCY}){_NB}")), "line"),
    # "YTN 홍길동입니다.", "지금까지 KBS 뉴스 이영민이었습니다."
    ("signoff", _Lazy(lambda: re.compile(_alt(_SIGNOFF_ENDS))), _min_prefixes(_SIGNOFF_ENDS)),
    (
        "email",
        _Lazy(lambda: re.compile(r"@|\[email")),
        ("@", "[email"),
    ),  # an address, or Cloudflare's placeholder for one
    # source credits: "[뉴스출처 : 광주광역시]", "(제공: 광주시)" and "… 제공"
    (
        "sourcelabel",
        _Lazy(
            lambda: re.compile(
                rf"[\[(<]{_SP}?(?:{_alt(load_words('bylines_source_words.txt'))}){_SP}?[:：=]{_SP}?"
                r"[^\[\]()<>\n]{1,40}[\])>]"
            )
        ),
        ("[", "(", "<"),
    ),
    ("provided", _Lazy(lambda: regex.compile(r"(?<=[가-힣A-Za-z0-9)]\s?)제공(?![가-힣])")), ""),
    (
        "by",
        _Lazy(
            lambda: regex.compile(
                rf"(?<![A-Za-z])[Bb]y{_SP}+(?:{_AGENCY}|{_ANY_ROMAN_NAME}|[가-힣]{{2,4}}(?![가-힣]))"
            )
        ),
        "",
    ),
    # photo credits naming no person: "사진=연합", "사진=청와대", "/평택=연합뉴스" ending a caption
    (
        "photoagency",
        _Lazy(
            lambda: re.compile(
                rf"사진{_SP}?(?:(?:{_SOURCE_WORDS}){_SP}?)?[=:：]{_SP}?[가-힣A-Za-z0-9]"
                rf"|/{_SP}?(?:{_PLACE_WORD}{_SP}?={_SP}?)?{_AGENCY}{_SP}*(?=\n|\Z)"
            )
        ),
        ("사진", "/"),
    ),
    # a contributor's bracketed signature, anchored on its title and closing bracket:
    # "<홍길동 서울대 교수>", "[홍길동 칼럼]"
    (
        "contributor",
        _Lazy(lambda: re.compile(rf"(?:{_trie(_CONTRIB_TITLES)}){_SP}?[{_CLOSERS}](?![가-힣])")),
        _Closers.of(_CONTRIB_TITLES, 1, _CLOSERS.replace("\\", "")),
    ),
    # a contributor's bio line without brackets, ending on a title: "홍길동 예시대 교수",
    # "김철수 예시도 산림환경연구원장", "… 교수·전 한국인구학회장" (read by _bio_credit)
    (
        "bio",
        _Lazy(
            lambda: re.compile(
                # a short line (the look-ahead drops body lines at C speed), then the
                # title closing it tried from the line end backwards
                rf"(?m:^){_SP}{{0,3}}[가-힣]{{2,4}}{_SP}(?=[^\n]{{0,{_BIO_REACH}}}(?:\n|\Z))"
                rf"[^\n]{{0,{_BIO_REACH}}}"
                # "장": a former post may be any head ("전 예시일보 편집국장")
                rf"(?:{_trie((*_BIO_TITLES, *_BIO_FORMER, '장'))}){_SP}{{0,3}}(?=\n|\Z)"
            )
        ),
        "line",
    ),
    # a label before a name: a writer with no role ("글=홍길동 (소설가)", "정리=홍길동") or
    # broadcast crew ("촬영기자:박민수", "영상취재 : 정하늘"); one scan for both labels
    (
        "label",
        _Lazy(lambda: re.compile(rf"(?:{_trie((*_AUTHOR_WORDS, *_CREW))}){_SP}{{0,2}}[=:：]")),
        _Closers.of((*_AUTHOR_WORDS, *_CREW), 2, "=:："),
    ),
    # broadcast crew with a bar for the colon: "촬영기자ㅣ박민수", "취재기자 | 홍길동"
    (
        "label",
        _Lazy(lambda: re.compile(rf"(?:{_trie(_CREW)}){_SP}{{0,2}}[ㅣ|]")),
        _Closers.of(_CREW, 2, "ㅣ|"),
    ),
    # crew items without ":" ("영상취재 최대호 / 영상편집 정다은"), read by _bare_crew_credit
    (
        "crew",
        _Lazy(lambda: re.compile(rf"(?m:^){_BULLETS}*(?:{_trie(_CREW)}){_SP}{{1,2}}[가-힣]")),
        "line",
    ),
    (
        "crew",
        _Lazy(lambda: re.compile(rf"[/|ㅣ(\[]{_SP}{{0,3}}(?:{_trie(_CREW)}){_SP}{{1,2}}[가-힣]")),
        ("/", "|", "ㅣ", "(", "["),
    ),
)
_DESK_STEM_BEFORE = _Lazy(
    lambda: regex.compile(rf"(?<![가-힣A-Za-z])(?:{_trie(_DESK_STEMS)})\Z", regex.REVERSE)
)
_ROLE_PREFIX = _Lazy(lambda: regex.compile(_trie(_ROLES)))
_BIO_SCAN = next(i for i, scan in enumerate(_SCANS) if scan[0] == "bio")
_OPINION_WORDS = load_words("bylines_opinion_markers.txt")
_OPINION_HEAD = _Lazy(lambda: re.compile(_alt(_OPINION_WORDS)))
# An opinion tag anywhere on the page: a bracketed tag ("[기고]", "[홍길동 칼럼]",
# "【사설】"), a breadcrumb ("오피니언 > 칼럼") or a section label opening a line ("기고 |").
# Parentheses are no tag: "홍길동(칼럼니스트)은" is prose.
_OPINION_TAG = _Lazy(
    lambda: re.compile(
        rf"[\[【〈《<「][^\[\]【】〈〉《》<>「」\n]{{0,20}}?"
        rf"(?:{_alt((*_OPINION_WORDS, *load_words('bylines_opinion_tag_words.txt')))})"
        rf"[^\[\]【】〈〉《》<>「」\n]{{0,20}}?[\]】〉》>」]"
        rf"|(?:{_alt(_OPINION_WORDS)}){_SP}?[>›»]|[>›»]{_SP}?(?:{_alt(_OPINION_WORDS)})"
        rf"|(?m:^){_BULLETS}*(?:{_alt(_OPINION_WORDS)}){_SP}?[|ㅣ]"
    )
)
# The end of a sentence of prose: the page's header (section labels, title) is what
# stands before the first line holding one.
_PROSE_END = _Lazy(lambda: re.compile(r"[가-힣][.。](?=[\s\"”’]|\Z)"))


# A line-start scan behind a literal newline, which the engine looks for quickly.
_LINE_SCANS: dict[int, Any] = {}


def _scan_spans(index: int, text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of what ``_SCANS[index]`` would find with ``finditer``."""
    _, lazy, lits = _SCANS[index]
    pattern: Any = lazy.p
    if lits == "":
        return [(m.start(), m.end()) for m in pattern.finditer(text)]
    spans: list[tuple[int, int]] = []
    if lits == "line":
        # "(?m:^)X" where X never spans a newline: X at 0, then each "\nX".
        m = pattern.match(text, 0)
        if m is not None:
            spans.append((0, m.end()))
        nl = _LINE_SCANS.get(index)
        if nl is None:
            source = pattern.pattern
            assert source.startswith("(?m:^)")
            nl = _LINE_SCANS[index] = re.compile("\n(?:" + source[6:] + ")")
        spans.extend((m.start() + 1, m.end()) for m in nl.finditer(text))
        return spans
    if isinstance(lits, _Closers):
        starts = lits.starts(text)
    else:
        starts = set()
        for lit in lits:
            i = text.find(lit)
            while i >= 0:
                starts.add(i)
                i = text.find(lit, i + 1)
    end = 0
    # The matches of finditer: the leftmost match at or after the previous end.
    for s in sorted(starts):
        if s >= end:
            m = pattern.match(text, s)
            if m is not None:
                spans.append((s, m.end()))
                end = m.end()
    return spans


_OBFUSCATED_RE = _Lazy(lambda: regex.compile(_OBFUSCATED))
# The local part before an "@" (matched right to left: one attempt per "@"), and the domain.
_LOCAL_BEFORE = _Lazy(
    lambda: regex.compile(
        r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}\Z", regex.REVERSE
    )
)
_DOMAIN_AFTER = _Lazy(
    lambda: regex.compile(
        r"[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,6}(?![A-Za-z0-9\-])|(?![A-Za-z0-9\-.])"
    )
)
_BULLET_CHARS = " \t\xa0▲△▶▷►◆◇■□●○◎☞※·•-*>|"

# Names before a role: "홍길동", "홍길동·김철수", "홍길동.김철수", "김철수, 이영희" (matched
# up to the role). A space may stand around a list separator, but not after a full stop,
# where "…했다. 홍길동 기자" starts a new sentence.
_NAMES_BEFORE = _Lazy(
    lambda: regex.compile(
        rf"(?<![가-힣])[가-힣]{{2,4}}"
        rf"(?:(?:{_SP}?[·,‧ㆍ・/]{_SP}{{0,2}}|\.)[가-힣]{{2,4}}){{0,5}}{_SP}{{0,2}}\Z"
    )
)
_HANGUL_RUN = _Lazy(lambda: regex.compile(r"[가-힣]+"))
_NAME_BEFORE_SPACE = _Lazy(
    lambda: regex.compile(rf"(?<![가-힣])(?P<name>[가-힣]{{3,4}}){_SP}\Z", regex.REVERSE)
)

# What may stand before the names on the same line; every part is optional and the
# parser checks afterwards that something credit-like was seen. Writer labels come
# before photo labels so that 글·사진= is not read as 사진=.
_LEFT = _Lazy(
    lambda: regex.compile(
        rf"""
    (?:(?P<dl>[\[(【]{_SP}?(?P<dlplace>{_PLACE_WORD}){_SP}?={_SP}?(?:{_WIRE})?(?P<dlagency>{_AGENCY_REV}){_SP}?[\])】]
         |\((?P<dlplace>[가-힣]{{1,6}}?)(?P<dlagency>연합뉴스)\)
         |[\[(【]{_SP}?(?P<dlagency>{_AGENCY_REV}){_SP}(?P<dlplace>{_alt(_PLACES)}){_SP}?[\])】]
         |[\[(【]{_SP}?(?P<dlagency>{_AGENCY_REV}){_SP}?[\])】]){_SP}{{0,3}})?
    (?P<open>[\[【〈<(《「]{_SP}{{0,2}})?
    (?P<copy>(?:[ⓒ©]|\(c\)){_SP}?)?
    (?P<slash>/{_SP}?)?
    (?:(?P<photo0>{_alt(_PHOTO_WORDS)}){_SP}?[=:]{_SP}?)?
    (?:(?P<email>{_EMAIL}){_SP}{{1,3}})?
    (?:(?P<agency>{_AGENCY_REV})(?:{_SP}?[ㅣ|/=:]{_SP}?|{_SP}|(?=[가-힣]))
     |(?<=[\[【〈<(《「]{_SP}{{0,2}})(?P<agency>{_HEAD_AGENCY}){_SP}?[ㅣ|/=:]?{_SP}?)?
    (?:(?P<cplace>{_PLACE_WORD}){_SP}?,{_SP}?)?  # "[OSEN=잠실, 홍길동 기자]"
    (?:(?P<copy2>[ⓒ©]){_SP}?(?P<agency2>{_AGENCY_REV}){_SP})?
    (?:(?P<bureau>{_BUREAU}){_SP})?
    (?:(?P<place>{_PLACE_WORD}){_SP}?={_SP}?|(?P<bplace>{_alt(_PLACES)}){_SP}
     # "워싱턴/홍길동 특파원": a known place before a slash (any other word there is
     # an outlet: "[예시뉴스/홍길동 기자]")
     |(?<![가-힣A-Za-z0-9])(?P<slplace>{_alt(_PLACES)}){_SP}?/{_SP}?)?
    (?:(?P<writer>{_alt(_AUTHOR_WORDS)}){_SP}?[=:]{_SP}?
     # magazine style "글 홍길동 기자": without "=" only opening the line or a bracket
     # ("현장 취재 김철수 기자 등" is prose)
     |(?<=(?:^|[\[(【〈<《「/]){_BULLETS}{{0,5}})(?P<writer>{_alt(_AUTHOR_WORDS)}){_SP}{{1,2}}
     |(?P<photo>{_alt(_PHOTO_WORDS)})(?:{_SP}?(?:{_SOURCE_WORDS}))?{_SP}?[=:]{_SP}?  # 사진 제공=
     # "글 홍길동 기자 · 사진 김철수 기자", "… 기자 사진 김철수 기자": a photo label without
     # "=" counts after a list separator or right after another credit's role
     |(?<=(?:[·/|ㆍ・‧]{_SP}{{0,2}}|(?<![가-힣])(?:{_trie(_ROLES)}){_SP}{{1,3}}))
      (?P<photo>{_alt(_PHOTO_WORDS)}){_SP}{{1,2}}
    )?
    \Z
    """,
        # Matched right to left from the names: one attempt instead of one per start
        # position (50x faster), and each optional part still takes the longest form.
        regex.X | regex.M | regex.REVERSE,
    )
)
_AGENCY_FULL = _Lazy(lambda: regex.compile(_AGENCY))
_HEAD_FULL = _Lazy(lambda: regex.compile(_HEAD_AGENCY))
_STRONG_PARTS = (
    "dl",
    "open",
    "copy",
    "slash",
    "email",
    "agency",
    "copy2",
    "place",
    "slplace",
    "photo",
    "photo0",
    "writer",
)

# The word heading a bracket right before the names: "[예시포커스 홍길동 기자]" (matched
# right to left from the names).
_BRACKET_HEAD = _Lazy(
    lambda: regex.compile(
        rf"(?P<open>[\[【(]){_SP}{{0,2}}(?P<head>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&]{{0,14}})"
        rf"{_SP}{{1,2}}\Z",
        regex.REVERSE,
    )
)
_PAIRS = {"[": "]", "【": "】", "(": ")"}

# What continues a sentence right after "이름 기자": "등은", "등이", "등".
_PROSE_AFTER_ROLE = _Lazy(lambda: regex.compile(rf"{_SP}{{1,2}}등(?:[은이과의을도]|(?![가-힣]))"))

_LEAD = _Lazy(lambda: regex.compile(rf"(?:^{_BULLETS}*|[.!?。…\"”’'\)\]>]{_SP}*)\Z", regex.M))

_LIVE_CUES = alternation(load_words("bylines_live_cues.txt"), spaces=True)
# What may follow the role.
_RIGHT = _Lazy(
    lambda: regex.compile(
        rf"""
    (?:(?P<eq>{_SP}{{0,3}}=)
     |(?P<close>{_SP}{{0,2}}[\])】〉>》」])(?:{_SP}{{0,2}}(?P<email>{_ANY_EMAIL}))?
     |{_SP}{{0,3}}[(\[<]{_SP}?(?P<email>{_ANY_EMAIL}){_SP}?[)\]>]  # "기자(a@example.com)"
     |[ \t\xa0·,]{{0,3}}(?P<email>{_ANY_EMAIL})
     |(?P<cue>{_SP}{{1,2}}{_LIVE_CUES})(?=[.!?。]|{_SP}*(?:\n|\Z))  # "… 기자 연결합니다."
     |(?P<pipe>{_SP}{{0,3}}[|ㅣ])
     |(?P<next>{_SP}{{0,2}}[·/ㆍ]{_SP}{{0,2}}(?=(?:글|사진|영상|그래픽|일러스트)(?:{_SP}|=)))  # "· 사진 …"
     |(?P<date>{_SP}{{0,3}}(?=\d{{2,4}}[.\-/년]))
     |(?P<eol>{_SP}*(?=\n|\Z))
         (?:\n{_SP}*(?P<email>{_ANY_EMAIL})(?:\((?P<agency>{_AGENCY})\))?{_SP}*(?=\n|\Z))?
    )
    """,
        regex.X,
    )
)
_SIGNOFF = _Lazy(
    lambda: regex.compile(
        rf"(?P<lead>{_BULLETS}*)(?P<agency>{_AGENCY}){_SP}?(?P<name>[가-힣]{{2,4}})"
        rf"{_SP}*(?:\({_SP}*(?:\n{_SP}*)?(?P<email>{_ANY_EMAIL}){_SP}*\)|\(?){_SP}*(?=\n|\Z)"
    )
)
# A programme between the outlet and the name of a sign-off: "뉴스", "뉴스룸", "8뉴스", "9".
_PROGRAM = (
    rf"(?:[0-9]{{1,2}}시?(?![0-9])|[가-힣A-Za-z0-9&]{{0,6}}뉴스[가-힣A-Za-z0-9&]{{0,6}}"
    rf"|{_alt(load_words('bylines_signoff_programs.txt'))})"
)
_SIGNOFF_BEFORE = _Lazy(
    lambda: regex.compile(
        rf"(?:^{_BULLETS}*|(?<=[.!?]){_SP}?|(?<=[.!?]\s))"
        rf"(?:(?:{_alt(load_words('bylines_signoff_leads.txt'))}){_SP}+)?"
        # "지금까지 경제부에서 YTN 홍길동입니다.": where the report was made
        rf"(?:[가-힣A-Za-z0-9]{{1,12}}에서{_SP}+)?"
        rf"(?P<agency>{_AGENCY_REV})(?:{_SP}?{_PROGRAM}){{0,2}}{_SP}?(?P<name>[가-힣]{{2,4}})\Z",
        regex.M | regex.REVERSE,
    )
)

# Before an e-mail that no role claimed: "이영희(", "김수현 [", "YTN 김수현 [", "[ 서민준 / ",
# "공감언론 뉴시스 ".
_EMAIL_LEFT = _Lazy(
    lambda: regex.compile(
        rf"""
    (?:(?P<open>\[){_SP}*(?P<name>[가-힣]{{2,4}}){_SP}*/{_SP}*
     |(?P<agency>{_AGENCY_REV}){_SP}{{1,2}}(?P<name>[가-힣]{{2,4}}){_SP}?(?P<open>[(\[<]){_SP}?
     |(?<![가-힣])(?P<name>[가-힣]{{2,4}}){_SP}?(?P<open>[(\[<]){_SP}?
     |(?:공감언론{_SP}?)?(?P<agency>{_AGENCY_REV}){_SP}+
     |(?P<team>[가-힣]{{1,12}}(?:팀|부|국|본부|센터|데스크)){_SP}+
     |(?<![가-힣])(?P<name>[가-힣]{{2,4}}){_SP}+
     |(?P<open>[(\[<]){_SP}?
    )?\Z
    """,
        regex.X | regex.REVERSE,  # one right-to-left attempt; the first branch that fits wins
    )
)
_EMAIL_RIGHT = _Lazy(
    lambda: regex.compile(
        rf"{_SP}*(?P<close>[)\]>])?{_SP}*(?:\((?P<agency>{_AGENCY})\))?{_SP}*(?=\n|\Z)"
    )
)
_PROVIDED_LEFT = _Lazy(
    lambda: regex.compile(
        rf"""
    (?:(?P<open>[/(<\[〈【]){_SP}*(?:사진{_SP}?[=:]{_SP}?)?
         (?P<org>[^\s/()<>\[\]〈〉【】=:][^/()<>\[\]〈〉【】=:\n]{{0,38}}?)
     |^{_BULLETS}*(?P<org>[가-힣A-Za-z0-9·]{{2,20}})
    ){_SP}?\Z
    """,
        regex.X | regex.M | regex.REVERSE,
    )
)
_PROVIDED_RIGHT = _Lazy(lambda: regex.compile(rf"{_SP}?[)>\]〉】]"))
_LINE_END = _Lazy(lambda: regex.compile(rf"[{_SP[1:-1]}.]*(?=\n|\Z)"))
_SOURCE_LABEL = _Lazy(
    lambda: regex.compile(
        rf"[\[(<]{_SP}?(?:뉴스출처|출처|자료제공|사진제공|제공){_SP}?[:：=]{_SP}?(?P<org>[^\[\]()<>\n]{{1,40}}?){_SP}?[\])>]"
    )
)
_DATELINE = _Lazy(
    lambda: regex.compile(
        rf"[\[(【]{_SP}?(?P<place>{_PLACE_WORD}){_SP}?={_SP}?(?P<wire>{_WIRE})?"
        rf"(?P<agency>{_AGENCY}){_SP}?[\])】]"
        r"|\((?P<place>[가-힣]{1,6}?)(?P<agency>연합뉴스)\)"
        rf"|[\[(【]{_SP}?(?P<agency>{_AGENCY}){_SP}(?P<place>{_alt(_PLACES)}){_SP}?[\])】]"
        rf"|[\[(]{_SP}?(?P<agency>{_AGENCY}){_SP}?[\])]"
    )
)
_PHOTO_AGENCY = _Lazy(
    lambda: regex.compile(
        rf"사진{_SP}?(?:(?:{_SOURCE_WORDS}){_SP}?)?[=:：]{_SP}?"
        rf"(?:(?P<agency>{_AGENCY})|(?P<org>[가-힣A-Za-z0-9·]{{2,20}}))"
        rf"(?=[\s)\]>.,/]|\Z)"
        rf"|/{_SP}?(?:(?P<place>{_PLACE_WORD}){_SP}?={_SP}?)?(?P<agency>{_AGENCY})"
    )
)
# A person credited right after "사진=" is the role parser's ("사진=홍길동 기자").
_PERSON_AHEAD = _Lazy(
    lambda: regex.compile(rf"{_SP}?[가-힣]{{2,4}}{_SP}{{0,2}}(?:{_trie(_ROLES)})(?![가-힣])")
)
# "글 홍길동 예시일보 기자": a name, then the outlet (or a desk: "정치부"), then the role.
_NAME_AGENCY_BEFORE = _Lazy(
    lambda: regex.compile(
        rf"(?<![가-힣])(?P<name>[가-힣]{{2,4}}){_SP}+"
        rf"(?P<agency>{_AGENCY_REV}|[가-힣]{{1,10}}(?:{_alt(_DESK_ENDINGS)})){_SP}{{0,2}}\Z",
        regex.REVERSE,
    )
)
_BY = _Lazy(
    lambda: regex.compile(
        rf"[Bb]y{_SP}+(?:(?P<agency>{_AGENCY})|(?P<name>{_ANY_ROMAN_NAME})"
        rf"(?:(?:{_SP}?[,&]{_SP}{{0,3}}|{_SP}{{1,3}}and{_SP}{{1,3}}){_ANY_ROMAN_NAME}){{0,5}}"
        rf"|(?P<kname>[가-힣]{{2,4}})(?![가-힣]))"
        # "By Kim Ji-soo (jisoo@…)", "By 김지수 jisoo@…": the writer's address
        rf"(?:{_EMAIL_TAIL})?"
    )
)
_ROMAN_NAME_RE = _Lazy(lambda: regex.compile(_ANY_ROMAN_NAME))

_CONTRIB_LEFT = _Lazy(
    lambda: regex.compile(
        rf"(?P<open>[{_OPENERS}]){_SP}{{0,2}}(?P<name>[가-힣]{{2,4}})"
        rf"(?:{_SP}{{1,2}}[^\s{_OPENERS}{_CLOSERS}]{{1,20}}){{0,3}}{_SP}{{1,2}}\Z",
        regex.REVERSE,
    )
)
_NAME_BEFORE_OPEN = _Lazy(
    lambda: regex.compile(rf"(?<![가-힣])(?P<name>[가-힣]{{2,4}}){_SP}{{0,2}}\Z", regex.REVERSE)
)
# A bio line holds words, "·" and "(주)"-style parentheses; anything else (sentence
# punctuation, quotes, brackets, "=", an address) makes it something other than a bio.
_BIO_OUTSIDE = _Lazy(lambda: regex.compile(r"[^가-힣A-Za-z0-9 \t\xa0·ㆍ・‧()&前]"))
_BIO_SEP = _Lazy(lambda: regex.compile(rf"{_SP}{{0,2}}[·ㆍ・‧]{_SP}{{0,2}}"))
_BIO_ENDINGS = ("는", "를", "에서", "에게", "께서", "으로", "이며", "이자", "했다", "한다", "이다")
_HANGUL_WORD = _Lazy(lambda: regex.compile(r"[가-힣]{2,20}"))
# A university's post or part right after a word ("서울대 교수", "예시대 사회학과").
_UNIVERSITY_PART = _Lazy(
    lambda: regex.compile(
        rf"{_SP}{{1,2}}[가-힣]{{0,12}}?(?:{_alt(load_words('bylines_university_parts.txt'))})"
        r"(?![가-힣])"
    )
)
_CONTRIB_TITLE = _Lazy(lambda: regex.compile(rf"(?:{_alt(_CONTRIB_TITLES)})"))
_CONTRIB_TITLE_END = _Lazy(
    lambda: regex.compile(rf"(?<![가-힣])(?:{_alt(_CONTRIB_TITLES)})\Z", regex.REVERSE)
)
_WRITER = _Lazy(
    lambda: regex.compile(
        rf"(?:{_alt(_AUTHOR_WORDS)}){_SP}?[=:]{_SP}?(?P<name>[가-힣]{{2,4}})"
        rf"(?:{_SP}?\({_SP}?(?P<paren>[^()\n]{{1,30}}?){_SP}?\)"
        rf"|{_SP}(?P<title>{_alt(_CONTRIB_TITLES)}))?"
        rf"(?={_SP}*(?:[\n,/·]|\Z))"
    )
)
_CREW_ITEM = _Lazy(
    lambda: regex.compile(
        rf"(?P<label>{_alt(_CREW)}){_SP}{{0,2}}[:=：ㅣ|]{_SP}{{0,2}}"
        rf"(?P<names>[가-힣]{{2,4}}(?:{_SP}?[·,]{_SP}?[가-힣]{{2,4}}){{0,4}})(?![가-힣])"
    )
)
# A crew item without ":" ("영상취재 최대호(대전) / 영상편집 정다은"), opening the line or
# after a separator; the names must end the item.
_CREW_BARE = _Lazy(
    lambda: regex.compile(
        rf"(?:{_BULLETS}{{0,5}}|[/|ㅣ(\[,·]{_SP}{{0,3}})(?P<label>{_trie(_CREW)}){_SP}{{1,2}}"
        rf"(?P<name>[가-힣]{{2,4}})(?P<paren>\({_SP}?[가-힣]{{1,8}}{_SP}?\))?"
        rf"(?P<more>(?:{_SP}?[·,]{_SP}?[가-힣]{{2,4}}(?![가-힣])){{0,4}})"
        rf"(?={_SP}*(?:[/|ㅣ,)\]]|\n|\Z))"
    )
)
_ROLE_AFTER = _Lazy(lambda: regex.compile(rf"{_SP}{{0,2}}(?:{_trie(_ROLES)})(?![가-힣])"))
# What ends a labelled crew item: a separator, the line end or the next label
# ("촬영기자:박민수 영상편집:최지원"); "취재기자 : 정부는 오늘 …" is a speaker's line.
_CREW_END = _Lazy(
    lambda: regex.compile(
        rf"{_SP}*(?:[/|ㅣ,·ㆍ・‧()\[\]】>]|\n|\Z)"
        rf"|{_SP}+(?:{_trie((*_CREW, *_AUTHOR_WORDS, *_PHOTO_WORDS))})(?:{_SP}{{0,2}}[=:：ㅣ|]|{_SP})"
    )
)
# The address after a labelled name: "취재기자 : 홍길동 hong@…", "… 홍길동 기자(hong@…)".
_EMAIL_AFTER = _Lazy(lambda: regex.compile(_EMAIL_TAIL))
_LABEL_AHEAD = _Lazy(lambda: regex.compile(rf"{_SP}{{0,2}}[:=：]"))

# The end of a photo caption line: "… 있다. 2025.11.03. a@example.com" (matched right to left).
_CAPTION_TAIL = _Lazy(
    lambda: regex.compile(
        rf"(?<![0-9])(?:19|20)[0-9]{{2}}{_SP}?\.{_SP}?[0-9]{{1,2}}{_SP}?\.{_SP}?[0-9]{{1,2}}\.?"
        rf"{_SP}{{1,3}}(?P<email>{_EMAIL}){_SP}*\Z",
        regex.REVERSE,
    )
)
# "author: 홍길동", "author: 홍길동 기자 (hong@example.com)", "Author: Hong Gil-dong",
# "authors: 홍길동; 김철수": a metadata key, then nothing but credits to the line end.
_META_REACH = 160  # a metadata value naming writers is never longer than this
_META_LINE = _Lazy(
    lambda: regex.compile(
        rf"(?P<key>(?i:{_alt(_META_KEYS)})){_SP}?[:：]{_SP}{{0,3}}"
        # the rest of the line, blanks included (stripped by the parser: a lazy value
        # before "{_SP}*" would retry those blanks from every length)
        rf"(?P<value>[^\n]{{1,{_META_REACH}}})(?=\n|\Z)"
    )
)
_META_SEP = _Lazy(lambda: regex.compile(rf"{_SP}{{0,2}}[;,·ㆍ]{_SP}{{0,2}}"))
_META_ITEM = _Lazy(
    lambda: regex.compile(
        rf"(?:(?P<name>[가-힣]{{2,4}})(?:{_SP}{{1,2}}(?P<role>{_trie(_ROLES)}))?"
        rf"|(?P<roman>{_ANY_ROMAN_NAME}))"
        rf"(?:{_EMAIL_TAIL})?"
    )
)
# "ⓒ주간예시 홍길동", "… 옮겨 심고 있다. ⓒ예시저널 홍길동": a rights holder, then a person
# closing the line (a magazine's photo credit); "ⓒ 예시일보 무단전재 …" names nobody.
_COPY_CREDIT = _Lazy(
    lambda: regex.compile(
        rf"[ⓒ©]{_SP}{{0,2}}(?P<agency>[가-힣A-Za-z][가-힣A-Za-z0-9&]{{0,19}}){_SP}{{1,3}}"
        rf"(?P<name>[가-힣]{{2,4}})(?![가-힣])(?:{_SP}{{1,2}}(?P<role>{_trie(_ROLES)})(?![가-힣]))?"
    )
)
_BLANK_TO_EOL = _Lazy(lambda: regex.compile(rf"{_SP}*(?=\n|\Z)"))
_WIDGET_AFTER = _Lazy(lambda: regex.compile(rf"{_SP}{{1,3}}{_WIDGET_AFTER_WORDS}(?![가-힣])"))
_CAPTION_REACH = 1500  # a caption line is never longer than this
_CAPTION_TAIL_REACH = 120  # the date and the address fit in this
_LINE_LOOKBACK = 200  # a credit never needs more of its line than this
_WINDOW = 90  # how far back a credit may start before the names (a long bracket prefix)


# --------------------------------------------------------------------------- helpers


def _is_name(word: str, *, ahead: str = "") -> bool:
    """Whether ``word`` can be a Korean personal name: a surname plus one to three syllables.

    Organisation names shaped like a name are declined: four syllables ending in an
    organisation word (``남궁병원``) and three syllables ending in 대 when ``ahead`` (the
    text right after the word) opens with a university's post or part (``서울대 교수``,
    ``고려대 사회학과``); elsewhere such a word is a person (``[김종대 칼럼]``, ``글=김종대``,
    ``김종대 예시대 교수``).
    """
    n = len(word)
    if n < 2 or n > 4 or word in _STOPWORDS or word in _ORG_SUFFIXES:
        return False
    if n == 3 and word[-1] == "대" and ahead and _UNIVERSITY_PART.p.match(ahead) is not None:
        return False
    if n == 4 and word[2:] in _ORG_SUFFIXES:
        return False
    if n >= 3 and word[:2] in _DOUBLE_SURNAMES:
        return True
    return n <= 3 and word[0] in _SINGLE_SURNAMES


def _is_desk_mailbox(email: str) -> bool:
    """Whether ``email`` is a newsroom's shared mailbox (``sports@``, ``news1@``, ``jebo@``)
    rather than a person's address."""
    local = email.partition("@")[0].lower().rstrip("0123456789")
    return local in _DESK_MAILBOXES


def _is_word_char(ch: str) -> bool:
    return "가" <= ch <= "힣" or (ch.isascii() and ch.isalpha())


def _initials_fit(syllables: str, letters: str) -> bool:
    """Whether ``letters`` open with a romanisation of each syllable's initial (박정훈 ~ pjh)."""
    if len(letters) < len(syllables):
        return False
    for syl, ch in zip(syllables, letters, strict=False):  # letters may run on
        code = ord(syl) - 0xAC00
        if not 0 <= code < 11172 or ch not in _INITIAL_LETTERS[code // 588]:
            return False
    return True


def _owns_email(name: str, email: str) -> bool:
    """Whether the local part of ``email`` romanises ``name``: kim@ and kimhs@ for 김현수,
    jhpark@ for 박지훈 (given initials + surname), pjh@ for 박정훈 (the initials)."""
    letters = "".join(c for c in email.partition("@")[0].lower() if "a" <= c <= "z")
    if not letters or not "가" <= name[0] <= "힣":
        return False
    surname = name[:2] if len(name) >= 3 and name[:2] in _DOUBLE_SURNAMES else name[0]
    given = name[len(surname) :]
    for roman in _SURNAME_ROMAN.get(surname, ()):
        if letters.startswith(roman):
            return True
        head = letters[: -len(roman)]
        if letters.endswith(roman) and len(head) == len(given) and _initials_fit(given, head):
            return True
    return len(letters) == len(name) and _initials_fit(name, letters)


def _email_owner(names: list[str], email: str) -> str:
    """The one of several people credited together that an address belongs to: the one
    whose name it romanises, else the first listed (the lead author)."""
    owners = [n for n in names if _owns_email(n, email)]
    return owners[0] if len(owners) == 1 else names[0]


def _canon(agency: str | None) -> str | None:
    if agency is None:
        return None
    agency = agency.strip()
    return _AGENCY_CANON.get(agency, agency) or None


def _outlet(agency: str | None) -> str | None:
    """The canonical outlet, or ``None`` for a newsroom desk ("디지털뉴스", "사회부")."""
    canon = _canon(agency)
    if canon is None or canon in _KNOWN_OUTLETS:
        return canon
    if canon in _DESKS or canon.endswith(_DESK_ENDINGS):
        return None
    return canon


def _place(word: str | None) -> str | None:
    """``word`` as a dateline, or ``None`` for a newsroom desk standing where the place
    stands ("경제부 = 홍길동 기자", "온라인뉴스팀=").

    A desk is a word of ``bylines_desks.txt`` or a word of three or more syllables ending
    in a desk ending that is not a known place (의정부) nor a region ending in a
    direction (경기북부, 충남서부).
    """
    if word is None or word in _PLACE_SET:
        return word
    if word in _DESKS:
        return None
    if len(word) >= 3 and word.endswith(_DESK_ENDINGS) and word[-2:] not in _REGION_ENDS:
        return None
    return word


def _line_start(text: str, pos: int) -> int:
    """Start of the line holding ``pos``, or a window start when the line is very long.

    Bounded so that a megabyte without a newline costs the same per anchor as a short
    line; a cut window is never a line start for ``^`` (the regex sees the text before).
    """
    lo = max(0, pos - _LINE_LOOKBACK)
    return max(text.rfind("\n", lo, pos) + 1, lo)


def _email_of(surface: str | None) -> tuple[str | None, bool]:
    """The address and whether it was Cloudflare's placeholder; truncated forms need a digit."""
    if not surface:
        return None, False
    if surface.startswith("["):
        return None, True
    local, _, domain = surface.partition("@")
    if not domain and not any(c.isdigit() for c in local):
        return None, False  # "Copyright@더팩트" is not an address
    return surface, False


def _make(
    text: str,
    start: int,
    end: int,
    *,
    name: str | None = None,
    role: str | None = None,
    email: str | None = None,
    agency: str | None = None,
    dateline: str | None = None,
    kind: BylineKind = "author",
    obfuscated: bool = False,
) -> Byline:
    if name is not None and email is not None and _is_desk_mailbox(email):
        email = None  # "홍길동 기자 sports@example.com": the desk's address, not the reporter's
    return Byline(
        start=start,
        end=end,
        text=text[start:end],
        name=name,
        role=role,
        email=email,
        agency=_canon(agency) if kind == "source" else _outlet(agency),
        dateline=dateline,
        kind=kind,
        email_obfuscated=obfuscated,
    )


# --------------------------------------------------------------------------- parsers


def _role_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """Parse "… 이름 기자 …" around the role word found at ``text[a0:a1]``."""
    role_start = a0
    while role_start > 0 and text[role_start - 1] in " \t\xa0":
        role_start -= 1
    ls = _line_start(text, role_start)
    role_word = text[a0:a1]
    surface = _ROLE_PREFIX.p.match(role_word)
    role_surface = surface.group() if surface is not None else role_word
    signoff = role_word[len(role_surface) :]  # "기자입니다" is 기자 + a sign-off
    if not signoff and _WIDGET_AFTER.p.match(text, a1) is not None:
        return []  # "홍길동 기자 다른기사": the reporter's link box, not a credit
    role, kind = _ROLES[role_surface]
    nm = _NAMES_BEFORE.p.search(text, max(ls, role_start - _WINDOW), role_start)
    names: list[str] = []
    names_start = role_start
    if nm is not None:
        # Validate names from the role leftwards: "밝혔다.홍길동 기자" keeps only 홍길동.
        chain = nm.group().rstrip(" \t\xa0")
        starts: list[int] = []
        tight: int | None = None  # names joined to the role without a spaced separator
        prev = len(chain)
        for part in reversed(list(_HANGUL_RUN.p.finditer(chain))):
            word = part.group()
            if not _is_name(word) or (names and word[-1] in "다요죠"):
                break
            sep = chain[part.end() : prev]
            if names and sep.strip(" \t\xa0") == "/" and _is_place(word):
                break  # "도쿄/홍지석 특파원": a known place before a slash is the dateline
            if names and tight is None and sep != sep.strip(" \t\xa0"):
                tight = len(names)  # "김철수, 이영희": a space around the separator
            names.append(word)
            starts.append(nm.start() + part.start())
            prev = part.start()
        if tight is not None and (
            _place_comma(text, ls, starts[tight - 1])
            or not _opened(
                text, ls, starts[-1], line=bool(signoff) or _RIGHT.p.match(text, a1) is not None
            )
        ):
            # "시험 전날 표정, 홍길동 기자입니다": a spaced list needs a credit opener, or
            # the line start and a credit's end ("김철수, 이영희 주필, 박민수 대표 등은"
            # is prose); "[OSEN=고척, 남궁민 기자]": the word before the comma is the place
            del names[tight:], starts[tight:]
        if starts:
            names_start = starts[-1]
    agency_between = None
    if not names:
        # "글 홍길동 예시일보 기자 hong@…": the outlet stands between the name and the role
        na = _NAME_AGENCY_BEFORE.p.search(text, max(ls, role_start - _WINDOW), role_start)
        if na is None or not _is_name(na.group("name")):
            return []
        names, names_start, agency_between = [na.group("name")], na.start(), na.group("agency")
    else:
        more, names_start = _space_coauthors(text, ls, names_start)
        names.extend(more)
    names.reverse()

    right = _RIGHT.p.match(text, a1)
    left: regex.Match[str] | None = _LEFT.p.search(
        text, max(ls, names_start - _WINDOW), names_start
    )
    if left is not None:
        strong_left = any(left.group(g) for g in _STRONG_PARTS)
        lead_ok = _LEAD.p.search(text, max(ls, left.start() - 10), left.start()) is not None
        if left.group("cplace") and not left.group("agency"):
            lead_ok = False  # "김철수, 이영희 주필, 박민수 대표 등은": a list in prose
        if not (strong_left or lead_ok):
            left = None
        elif not strong_left and right is None and _PROSE_AFTER_ROLE.p.match(text, a1):
            left = None  # "…밝혔다. 홍길동 기자 등은": the sentence goes on

    if not signoff and right is None and left is None:
        return []  # prose on both sides: "이날 현장에는 김철수 기자 등이"

    start, end = names_start, a1
    email_surface = dateline = None
    agency = agency_between
    if right is not None:
        email_surface = right.group("email")
        agency = right.group("agency") or agency
        if email_surface or right.group("eq") or right.group("close") or right.group("cue"):
            end = right.end()
            while text[end - 1] in " \t\xa0":
                end -= 1
    if right is not None and right.group("eq") and not email_surface:
        email_surface = _caption_email(text, right.end())
    if left is not None:
        start = left.start()
        while start < names_start and text[start] in " \t\xa0":
            start += 1
        email_surface = email_surface or left.group("email")
        agency = left.group("dlagency") or left.group("agency") or left.group("agency2") or agency
        dateline = (
            left.group("dlplace")
            or left.group("place")
            or left.group("bplace")
            or left.group("slplace")
            or (left.group("cplace") if left.group("agency") else None)
        )
        if agency is None and dateline and _AGENCY_FULL.p.fullmatch(dateline):
            agency, dateline = dateline, None  # "[예시신문 = 홍길동 기자]"
        elif (
            agency is None and dateline and left.group("open") and _HEAD_FULL.p.fullmatch(dateline)
        ):
            agency, dateline = dateline, None  # "[MHN스포츠=홍길동 기자]"
        elif (
            agency is None
            and dateline is not None
            and dateline == left.group("place")
            and _bracketed(text, left.start("open"), right)
            and not text[left.end("open") : left.start("place")].strip(" \t\xa0")
            and _head_outlet(dateline, role_surface)
        ):
            # "[예시포커스=홍길동 기자]": heading the bracket, a word that is no place is the outlet
            agency, dateline = dateline, None
        dateline = _place(dateline)  # "경제부 = 홍길동 기자": a desk, not a place
        if left.group("photo") or left.group("photo0") or left.group("copy") or left.group("copy2"):
            kind = "photo"
        elif left.group("slash") and text[ls : left.start()].strip(" \t\xa0"):
            kind = "photo"  # "…하고 있다. /국회=김철수 기자" credits the photo above
    if (
        agency is None
        and dateline is None
        and (left is None or not text[start:names_start].strip())
    ):
        # "[예시포커스 홍길동 기자] …" opening the lede: the bracket's head is the outlet
        head = _BRACKET_HEAD.p.search(text, max(ls, names_start - 20), names_start)
        if (
            head is not None
            and _bracketed(text, head.start("open"), right)
            and not text[ls : head.start()].strip(_BULLET_CHARS)
        ):
            word = head.group("head")
            if _is_place(word):
                dateline, start = word, head.start()
            elif _head_outlet(word, role_surface) and not _is_name(word):
                agency, start = word, head.start()
    if kind == "photo" and role == "기자":
        role = "사진기자"
    email, obfuscated = _email_of(email_surface)
    # An address belongs to one person: "김현수·이영희 기자 kim@…" is 김현수's.
    owner = _email_owner(names, email) if email and len(names) > 1 else None
    return [
        _make(
            text,
            start,
            end,
            name=n,
            role=role,
            email=email if owner in (None, n) else None,
            agency=agency,
            dateline=dateline,
            kind=kind,
            obfuscated=obfuscated and n == names[0],
        )
        for n in names
    ]


def _is_place(word: str) -> bool:
    """Whether ``word`` is a known place, with or without its 시/군/구/도 (광주, 함평군)."""
    return word in _PLACE_SET or (
        len(word) > 2 and word[-1] in "시군구도" and word[:-1] in _PLACE_SET
    )


def _bracketed(text: str, open_at: int, right: regex.Match[str] | None) -> bool:
    """Whether the bracket opening at ``open_at`` closes right after the role (``right``)."""
    if right is None or not right.group("close"):
        return False
    return _PAIRS.get(text[open_at]) == right.group("close").strip(" \t\xa0")


def _head_outlet(word: str, role: str) -> bool:
    """Whether ``word`` heading a reporter's bracket ("[X=홍길동 기자]", "[X 홍길동 기자]")
    is the outlet: not a known place, a desk, a section tag or a label, and the reporter
    files from home (a correspondent's "[X=홍길동 특파원]" names the bureau's city)."""
    return not (
        _is_place(word)
        or role in _ABROAD_ROLES
        or _place(word) is None
        or word in _BRACKET_TAGS
        or word in _STOPWORDS
        or word in _ROLES
        or _PHOTO_LABEL.p.fullmatch(word) is not None
        or _SOURCE_LABEL_WORD.p.fullmatch(word) is not None
    )


def _desk_role_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """A composed desk title found by its ending at ``text[a0:a1]``: "오은지 경제부장"."""
    stem = _DESK_STEM_BEFORE.p.search(text, max(0, a0 - 12), a0)
    if stem is None:
        return []
    surface = _ROLE_PREFIX.p.match(text, stem.start())
    if surface is None or surface.group() not in _DESK_TITLES:
        return []
    return _role_credit(text, stem.start(), a1)


def _caption_email(text: str, pos: int) -> str | None:
    """The address closing a wire photo caption that a "이름 기자 =" credit at ``pos`` opens.

    Newsis and others print "[정읍=뉴시스] 정하늘 기자 = … 하고 있다. 2025.11.03. a@example.com"
    on one line: the date and the address at the end of that line belong to the credit.
    Only the last ``_CAPTION_TAIL_REACH`` characters of the line are read, so a long line
    costs the same as a short one.
    """
    nl = text.find("\n", pos, pos + _CAPTION_REACH)
    if nl == -1:
        if len(text) - pos > _CAPTION_REACH:
            return None  # the line is too long to be a caption
        nl = len(text)
    tail = _CAPTION_TAIL.p.search(text, max(pos, nl - _CAPTION_TAIL_REACH), nl)
    return tail.group("email") if tail is not None else None


def _space_coauthors(text: str, ls: int, names_start: int) -> tuple[list[str], int]:
    """Names printed before ``names_start`` with only a space between, right to left
    ("(세종=연합뉴스) 박정훈 이민서 기자"), and where the credit then starts.

    A space also separates prose from a name ("정부 김철수 기자"), so these names need
    three or four syllables, must not be an outlet, place or desk, and must follow a
    credit opener (a dateline, a bracket, a slash, an outlet) or start the line.
    """
    extra: list[str] = []
    pos = names_start
    for _ in range(3):
        m = _NAME_BEFORE_SPACE.p.search(text, max(ls, pos - 6), pos)
        if m is None:
            break
        word = m.group("name")
        if (
            not _is_name(word)
            or word[-1] in "다요죠"
            or word[-1] in "에의를을께"  # "현장에 홍길동 기자": a particle ends prose
            or word in _AGENCY_CANON
            or word in _PLACE_SET
            or word in _DESKS
            or word.endswith(_DESK_ENDINGS)
            or _AGENCY_FULL.p.fullmatch(word)
        ):
            break
        extra.append(word)
        pos = m.start()
    if not extra:
        return [], names_start
    if _opened(text, ls, pos):
        return extra, pos
    return [], names_start


def _place_comma(text: str, ls: int, pos: int) -> bool:
    """Whether the names at ``pos`` follow an outlet's place and a comma ("[OSEN=잠실, ")."""
    lo = max(ls, pos - _WINDOW)
    if text.find("=", lo, pos) < 0 and text.find(" ", lo, pos) < 0:
        return False  # the outlet and the place are joined by "=" or a space
    left = _LEFT.p.search(text, lo, pos)
    if left is None or not left.group("cplace") or not left.group("agency"):
        return False
    place = left.group("cplace")
    if text[left.end("agency") : left.start("cplace")].strip(" \t\xa0"):
        return True  # "[OSEN=잠실, …]": after "=" stands the place
    # "[예시경제 김철수, 이영희 기자]": after a space, a name starts the list
    return not _is_name(place) or place in _PLACE_SET


def _opened(text: str, ls: int, pos: int, *, line: bool = True) -> bool:
    """Whether the names starting at ``pos`` follow a credit opener (a dateline, a bracket,
    a slash, an outlet, a place with ``=``) or, when ``line``, start the line (after
    bullets at most)."""
    left = _LEFT.p.search(text, max(ls, pos - _WINDOW), pos)
    if left is not None and any(left.group(g) for g in ("dl", "open", "slash", "agency", "place")):
        return True
    return line and not text[ls:pos].strip(_BULLET_CHARS)


def _email_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """An e-mail no role claimed: "이영희(a@example.com)", "[ 서민준 / a@example.com ]", a lone address line."""
    if text[a0] == "[":
        ph = _OBFUSCATED_RE.p.match(text, a0)
        if ph is None:
            return []
        e0, e1 = ph.span()
    else:
        local = _LOCAL_BEFORE.p.search(text, max(0, a0 - 64), a0)
        if local is None:
            return []
        domain = _DOMAIN_AFTER.p.match(text, a1)
        if domain is None:
            return []  # "ab1@xyz": no dotted domain, and not a cut-off address either
        e0, e1 = local.start(), domain.end()
    email, obfuscated = _email_of(text[e0:e1])
    if email is None and not obfuscated:
        return []
    ls = _line_start(text, e0)
    left = _EMAIL_LEFT.p.search(text, max(ls, e0 - 40), e0)
    right = _EMAIL_RIGHT.p.match(text, e1)
    if left is None or right is None:
        return []  # an address inside prose ("문의 hong@example.com 로") is not a credit
    if text[ls : left.start()].strip(_BULLET_CHARS):
        return []  # something else precedes on the line
    name = left.group("name")
    if name is not None and not _is_name(name):
        return []
    closer = right.group("close")
    if left.group("open") and not closer:
        return []
    start = left.start()
    while start < e0 and text[start] in " \t\xa0":
        start += 1
    end = e1
    if right.group("agency"):
        end = right.end("agency") + 1  # "[email protected](예시방송)"
    elif closer:
        end = right.end("close")
    agency = left.group("agency") or right.group("agency")
    desk_only = name is None and agency is None and left.group("team") is None
    if email and desk_only and _is_desk_mailbox(email):
        return []  # "sports@example.com" alone: the desk's contact, no credit
    return [_make(text, start, end, name=name, email=email, agency=agency, obfuscated=obfuscated)]


def _signoff_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """ "YTN 홍길동입니다.", "지금까지 KBS 뉴스 이영민이었습니다." and "YTN 홍길동 (\\n[email protected])"."""
    if text[a0:a1] in _SIGNOFF_ENDS:
        ls = _line_start(text, a0)
        b = _SIGNOFF_BEFORE.p.search(text, max(ls, a0 - 60), a0)
        if b is None or not _is_name(b.group("name")):
            return []
        return [_make(text, b.start("agency"), a1, name=b.group("name"), agency=b.group("agency"))]
    s = _SIGNOFF.p.match(text, _line_start(text, a0))
    if s is None or not _is_name(s.group("name")):
        return []
    email, obfuscated = _email_of(s.group("email"))
    start, end = s.start("agency"), s.end()
    while end > start and text[end - 1] in " \t\xa0(":
        end -= 1
    return [
        _make(
            text,
            start,
            end,
            name=s.group("name"),
            email=email,
            agency=s.group("agency"),
            obfuscated=obfuscated,
        )
    ]


def _dateline_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """ "[광주=뉴시스]", "【서울=뉴시스】", "(여수연합뉴스)", a bracketed agency opening a line."""
    while a0 < a1 and text[a0] in " \t\xa0":
        a0 += 1
    d = _DATELINE.p.match(text, a0)
    if d is None:
        return []
    place = d.group("place")
    if d.group("wire"):
        # "[파리=AP/뉴시스]": a wire photo distributed by the outlet; the outlet is the agency
        return [
            _make(text, d.start(), d.end(), agency=d.group("agency"), dateline=place, kind="photo")
        ]
    if place is not None and _PHOTO_LABEL.p.fullmatch(place):
        # "(사진=연합뉴스)", "[사진출처=연합뉴스]" credit a photo, not a place
        return [_make(text, d.start(), d.end(), agency=d.group("agency"), kind="photo")]
    if place is not None and _SOURCE_LABEL_WORD.p.fullmatch(place):
        # "[출처=연합뉴스]": the outlet supplied the material
        return [_make(text, d.start(), d.end(), agency=d.group("agency"), kind="source")]
    return [_make(text, d.start(), d.end(), agency=d.group("agency"), dateline=_place(place))]


def _provided_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """ "/광주광역시 제공", "(사진=경북소방본부 제공)", "<화순군 제공>", "기상청 제공"."""
    ls = _line_start(text, a0)
    left = _PROVIDED_LEFT.p.search(text, max(ls, a0 - 50), a0)
    if left is None:
        return []
    org = left.group("org").strip()
    opener = left.group("open")
    end = a1
    if opener is None:
        if _LINE_END.p.match(text, end) is None:
            return []  # "기상청 제공 자료에 따르면 …" is prose
        start = left.start("org")
    elif opener == "/":
        start = left.start("open")
    else:
        close = _PROVIDED_RIGHT.p.match(text, end)
        if close is not None:
            start, end = left.start("open"), close.end()
        else:
            start = left.start("org")  # "(보건복지부 제공. 재판매 …)": the credit only
    return [_make(text, start, end, agency=org, kind="source")]


def _source_label_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """ "[뉴스출처 : 광주광역시]", "(제공: 광주시)"."""
    s = _SOURCE_LABEL.p.match(text, a0)
    if s is None:
        return []
    return [_make(text, s.start(), s.end(), agency=s.group("org").strip(), kind="source")]


def _by_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """ "by 광주일보" (agency only) or "By Kim Ji-hoon" at the start of a line or bracket."""
    b = _BY.p.match(text, a0)
    if b is None:
        return []
    email, obfuscated = _email_of(b.group("email"))
    if b.group("name") is not None or b.group("kname") is not None:
        ls = _line_start(text, a0)
        if text[a0] != "B" or text[ls:a0].strip(" \t\xa0[(|/-—"):
            return []  # "signed by Kim Jong-un" in English prose
        kname = b.group("kname")
        if kname is not None:
            if not _is_name(kname):
                return []
            return [_make(text, b.start(), b.end(), name=kname, email=email, obfuscated=obfuscated)]
        # "By Kim Ji-hoon, Lee Min-ji": one record per name, sharing the span; an address
        # after them is the first (lead) writer's
        has_email = b.group("email") is not None
        names_end = b.start("email") if has_email else b.end()
        names: list[tuple[str, int]] = []
        for n in _ROMAN_NAME_RE.p.finditer(text, b.start("name"), names_end):
            name = _english_name(n.group())
            if name is None:
                break  # "By Jane Doe, Staff Reporter": the names end here
            names.append((name, n.start() + len(name)))
        if not names:
            return []
        end = b.end() if has_email else names[-1][1]
        return [
            _make(
                text,
                b.start(),
                end,
                name=n,
                email=email if i == 0 else None,
                obfuscated=obfuscated and i == 0,
            )
            for i, (n, _) in enumerate(names)
        ]
    if b.group("email") is not None:
        return []  # "by 광주일보 (a@example.com)" is not a shape newspapers print: leave it
    return [_make(text, b.start(), b.end(), agency=b.group("agency"))]


def _english_name(name: str) -> str | None:
    """``name`` without trailing words that are not names ("Jane Doe Updated" -> "Jane Doe"),
    or ``None`` when fewer than two name words remain or a leading word is not a name."""
    words = name.split()
    while words and words[-1] in _ENGLISH_STOPWORDS:
        words.pop()
    if len(words) < 2 or any(w in _ENGLISH_STOPWORDS for w in words):
        return None
    # keep the printed separators: the name is a prefix of what was matched
    cut = 0
    for w in words:
        cut = name.index(w, cut) + len(w)
    return name[:cut]


def _photo_agency_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """ "사진=연합" and "/평택=연합뉴스" (kind photo), "사진=청와대" (an organisation: kind source)."""
    p = _PHOTO_AGENCY.p.match(text, a0)
    if p is None:
        return []
    org = p.group("org")
    if text[a0] != "/":
        head = p.start("org") if org else p.start("agency")
        if _PERSON_AHEAD.p.match(text, head) or _PERSON_AHEAD.p.match(text, p.end()):
            return []  # "사진=홍길동 기자" is read by the role parser
    return [
        _make(
            text,
            p.start(),
            p.end(),
            agency=p.group("agency") or org,
            dateline=p.group("place"),
            kind="source" if org else "photo",
        )
    ]


def _contributor_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """A bracketed signature: "<홍길동 서울대 교수>", "‹홍길동 교수>", "[홍길동 칼럼]".

    The bracket must stand apart (open a line, follow a finished sentence, or close the
    line), since "연구팀(김철수 교수)은" names a person inside prose.
    """
    if a0 == 0 or text[a0 - 1] not in " \t\xa0":
        return []  # "서울대교수>": the title must stand as a word
    ls = _line_start(text, a0)
    left = _CONTRIB_LEFT.p.search(text, max(ls, a0 - _WINDOW), a0)
    if left is None:
        return []
    name, start = left.group("name"), left.start()
    if not _is_name(name, ahead=text[left.end("name") : a1]):
        # "홍길동 ‹예시대 사회학과 교수>": the bracket opens on the organisation, the name
        # stands before it
        outside = _NAME_BEFORE_OPEN.p.search(text, max(ls, start - 8), start)
        if outside is None or not _is_name(outside.group("name")):
            return []
        name, start = outside.group("name"), outside.start()
    before = text[ls:start].rstrip(" \t\xa0")
    apart = (
        not before.strip(_BULLET_CHARS)
        or before[-1] in ".!?”’"
        or _LINE_END.p.match(text, a1) is not None
    )
    if not apart:
        return []
    title = _CONTRIB_TITLE.p.match(text, a0)
    assert title is not None
    return [_make(text, start, a1, name=name, role=_CONTRIB_TITLES[title.group()])]


def _bio_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """A contributor's bio line without brackets: "홍길동 예시대 사회학과 교수·전 한국인구학회장".

    The whole line must be a name, then one to three parts separated by ``·``, each of up
    to four organisation words and a title closing the part. The first part holds the
    current post (its title is the role); a later part may be a former post (``전 …장``,
    ``전 예시부 장관``). Lines with anything of a sentence (punctuation, a particle or a
    verb ending) are declined, and so are reporters' roles, which the role parser reads.
    """
    line = text[a0:a1].strip(" \t\xa0")
    start = a0 + text[a0:a1].index(line[0])
    name, _, rest = line.partition(" ")
    if not _bio_name(name, rest) or _BIO_OUTSIDE.p.search(rest) is not None:
        return []
    role: str | None = None
    parts = _BIO_SEP.p.split(rest.strip(" \t\xa0"))
    if len(parts) > 3:
        return []
    for i, part in enumerate(parts):
        words = part.split()
        former = bool(words) and words[0] in ("전", "前")
        if former:
            words = words[1:]
        if not 1 <= len(words) <= 5 or any(w.endswith(_BIO_ENDINGS) for w in words[:-1]):
            return []
        title = _bio_title(words[-1], former)
        if i == 0 and not former and (words[-1] in _ROLES or title in _ROLES):
            if _role_parser_reads(words[:-1]):
                return []  # "홍길동 논설위원", "홍길동 예시일보 편집국장": the role parser's
            # "홍길동 예시재단 칼럼니스트": an organisation the role parser does not read
            title = _ROLES[words[-1]][0] if words[-1] in _ROLES else title
        if title is None or (i == 0 and former):
            return []  # the current post comes first
        if i == 0:
            role = title
    return [_make(text, start, start + len(line), name=name, role=role)]


def _role_parser_reads(words: list[str]) -> bool:
    """Whether the words between a name and a role are what ``_role_credit`` reads there:
    nothing, or one outlet or desk ("홍길동 예시일보 편집국장")."""
    if all(_is_name(w) for w in words):
        return True  # "홍길동 김철수 기자": names the role parser lists
    if len(words) > 1:
        return False
    word = words[0]
    return (
        word in _AGENCY_CANON
        or _AGENCY_FULL.p.fullmatch(word) is not None
        or word in _DESKS
        or word.endswith(_DESK_ENDINGS)
    )


def _bio_name(word: str, rest: str) -> bool:
    """Whether ``word`` opening a bio line (``rest`` follows it) is a person, not a place,
    an outlet ("서울시") or a university ("서울대 사회학과 교수")."""
    return (
        _is_name(word, ahead=" " + rest)
        and not word.endswith(("는", "를", "을", "의", "에", "께"))
        and word not in _AGENCY_CANON
        and word not in _PLACE_SET
        and word not in _DESKS
        and not (word[-1] in "시군구도" and word[:-1] in _PLACE_SET)
    )


def _bio_title(word: str, former: bool) -> str | None:
    """The role a bio line's title word gives ("교수"; "원장" for "산림환경연구원장"), or None."""
    if word in _BIO_TITLES:
        return _BIO_TITLES[word]
    if former and (word in _BIO_FORMER or (len(word) >= 2 and word.endswith("장"))):
        return word
    for head in _BIO_HEADS:
        if len(word) > len(head) and word.endswith(head) and _HANGUL_WORD.p.fullmatch(word):
            return _BIO_TITLES[head]
    return None


def _label_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """A crew item or a writer label, by the label found at ``text[a0:a1]``."""
    if a0 and _is_word_char(text[a0 - 1]):
        return []  # the label must start a word: "영상취재 :" is not 취재=
    label = text[a0:a1].rstrip(" \t\xa0=:：ㅣ|")
    return _crew_credit(text, a0) if label in _CREW else _writer_credit(text, a0)


def _writer_credit(text: str, a0: int) -> list[Byline]:
    """A writer label before a name that no role follows: "글=홍길동 (소설가)", "정리=홍길동".

    "글=홍길동 기자" is left to the role parser.
    """
    w = _WRITER.p.match(text, a0)
    if w is None or not _is_name(w.group("name")):
        return []
    role = None
    if w.group("title"):
        role = _CONTRIB_TITLES[w.group("title")]
    elif w.group("paren"):
        paren = w.group("paren").rstrip()
        t = _CONTRIB_TITLE_END.p.search(paren)
        role = _CONTRIB_TITLES[t.group()] if t is not None else None
    return [_make(text, a0, w.end(), name=w.group("name"), role=role)]


def _crew_credit(text: str, a0: int) -> list[Byline]:
    """One item of a crew line: "촬영기자:박민수", "영상취재 : 정하늘" (kind photo).

    Crew that are not reporters ("영상편집:최지원") are read and not reported; a bar may
    stand for the colon ("촬영기자ㅣ박민수", "취재기자 | 홍길동").
    """
    c = _CREW_ITEM.p.match(text, a0)
    if c is None:
        return []
    label = c.group("label")
    role = _CREW[label]
    names: list[str] = []
    end = c.start("names")
    for part in _HANGUL_RUN.p.finditer(text, c.start("names"), c.end("names")):
        # "정하늘, 영상편집 : 한지우": a word followed by ":" is the next label
        if (
            not _is_name(part.group())
            or part.group() in _CREW
            or _LABEL_AHEAD.p.match(text, part.end())
        ):
            break
        names.append(part.group())
        end = part.end()
    if label in _CREW_SILENT or not names:
        return []
    after = _ROLE_AFTER.p.match(text, end)
    if after is not None and _LABEL_AHEAD.p.match(text, after.end()) is None:
        # "영상취재 : 홍길동 기자": the role word belongs to this credit (but in
        # "취재기자 : 홍길동 사진기자 : 김철수" it labels the next one)
        end = after.end()
    email: str | None = None
    obfuscated = False
    mail = _EMAIL_AFTER.p.match(text, end)
    if mail is not None:
        email, obfuscated = _email_of(mail.group("email"))
        end = mail.end()
    if _CREW_END.p.match(text, end) is None:
        return []
    owner = _email_owner(names, email) if email else names[0]
    return [
        _make(
            text,
            a0,
            end,
            name=n,
            role=role,
            email=email if n == owner else None,
            kind=_CREW_KIND[label],
            obfuscated=obfuscated and n == names[0],
        )
        for n in names
    ]


def _bare_crew_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """A crew item printed without ":": "영상취재 최대호(대전) / 영상편집 정다은".

    Only at the start of a line or after a separator, and only when the names end the item
    (``촬영 김철수 감독은`` is prose). Crew that are not reporters are not reported.
    """
    c = _CREW_BARE.p.match(text, a0)
    if c is None:
        return []
    role = _CREW[c.group("label")]
    if (
        c.group("label") in _CREW_SILENT
        or not _is_name(c.group("name"))
        or c.group("name") in _CREW
    ):
        return []
    names, end = [c.group("name")], c.end("name")
    for part in _HANGUL_RUN.p.finditer(text, c.start("more"), c.end("more")):
        if part.group() in _CREW or not _is_name(part.group()):
            break
        names.append(part.group())
        end = part.end()
    start = c.start("label")
    kind = _CREW_KIND[c.group("label")]
    return [_make(text, start, end, name=n, role=role, kind=kind) for n in names]


def _meta_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """A metadata block's writer line: "author: 홍길동", "Author: Hong Gil-dong".

    Text extractors print the page's metadata before the body (``---``, ``title: …``,
    ``author: 홍길동``, ``url: …``, ``---``). The key must open the line (the scan is
    anchored there) and the value must be nothing but names, each with an optional role
    and address; anything else ("author: 홍길동 이라고 적힌") is declined.
    """
    while text[a0] in " \t\xa0":
        a0 += 1
    m = _META_LINE.p.match(text, a0)
    if m is None:
        return []
    value = m.group("value").rstrip(" \t\xa0")
    if not value:
        return []
    items = _META_SEP.p.split(value)
    if len(items) > 6:
        return []
    people: list[tuple[str, str | None, str | None, bool]] = []
    for item in items:
        it = _META_ITEM.p.fullmatch(item.strip(" \t\xa0"))
        if it is None:
            return []
        email, obfuscated = _email_of(it.group("email"))
        name = it.group("name")
        if name is not None:
            if not _is_name(name) or name in _AGENCY_CANON or _is_place(name):
                return []
            role = it.group("role")
            people.append((name, None if role is None else _ROLES[role][0], email, obfuscated))
        else:
            roman = _english_name(it.group("roman"))
            if roman is None or roman != it.group("roman"):
                return []
            people.append((roman, None, email, obfuscated))
    return [
        _make(text, a0, m.start("value") + len(value), name=n, role=r, email=e, obfuscated=o)
        for n, r, e, o in people
    ]


def _copyright_credit(text: str, a0: int, a1: int) -> list[Byline]:
    """A magazine's photo credit: "ⓒ주간예시 홍길동", a caption ending "… 있다. ⓒ예시저널 홍길동".

    The mark must open the line or follow a finished sentence, and the person must close
    the line: "Copyright ⓒ 예시일보", "ⓒ 예시일보 무단전재 및 재배포 금지" and "ⓒ예시저널"
    alone name nobody. A printed role is kept (``기자`` reads ``사진기자``, as for other
    photo credits); without one the role is ``None``.
    """
    ls = _line_start(text, a0)
    before = text[ls:a0].rstrip(" \t\xa0")
    if before.strip(_BULLET_CHARS) and before[-1] not in ".!?。”’\"')":
        return []
    c = _COPY_CREDIT.p.match(text, a0)
    if c is None or _BLANK_TO_EOL.p.match(text, c.end()) is None:
        return []  # the person must close the line
    name, word = c.group("name"), c.group("agency")
    if (
        not _is_name(name)
        or name in _AGENCY_CANON
        or _is_place(name)
        or name in _DESKS
        or name in _ROLES
        or (len(name) >= 3 and name.endswith(_DESK_ENDINGS))
        or _AGENCY_FULL.p.fullmatch(name) is not None
    ):
        return []
    agency: str | None = word
    if word in _ROLES or _PHOTO_LABEL.p.fullmatch(word) is not None:
        agency = None  # "ⓒ사진 홍길동": a label, not a rights holder
    role = c.group("role")
    title = None if role is None else _ROLES[role][0]
    if title == "기자":
        title = "사진기자"
    end = c.end("role") if role is not None else c.end("name")
    return [_make(text, a0, end, name=name, role=title, agency=agency, kind="photo")]


_PARSERS: dict[str, Callable[[str, int, int], list[Byline]]] = {
    "meta": _meta_credit,
    "copyright": _copyright_credit,
    "crew": _bare_crew_credit,
    "contributor": _contributor_credit,
    "bio": _bio_credit,
    "label": _label_credit,
    "role": _role_credit,
    "deskrole": _desk_role_credit,
    "dateline": _dateline_credit,
    "signoff": _signoff_credit,
    "email": _email_credit,
    "sourcelabel": _source_label_credit,
    "provided": _provided_credit,
    "by": _by_credit,
    "photoagency": _photo_agency_credit,
}


# --------------------------------------------------------------------------- public


def find_bylines(text: str) -> list[Byline]:
    """Return every byline, dateline and photo/source credit in ``text``, in text order.

    Every occurrence is reported (a page printing the byline twice gives two records);
    a credit naming several people gives one record per person sharing its span.
    Within one text, a person's credits share what any of them prints: the first e-mail
    given for a name is copied to that name's credits without one, and an address
    printed alone (``kim@example.com``, ``☞공감언론 뉴시스 hong@example.com``) is given to
    the author when exactly one author without an address is named in the text.

    Args:
        text: Raw page or article text.

    Returns:
        A list of :class:`Byline`, ordered by ``start``; empty when there is no credit.

    Raises:
        TypeError: If ``text`` is not a ``str``.

    Examples:
        >>> [(b.name, b.role, b.agency, b.dateline) for b in find_bylines("[광주=뉴시스] 김철수 기자 = 홍길동 광주시장이 23일 밝혔다.")]
        [('김철수', '기자', '뉴시스', '광주')]
        >>> b = find_bylines("/홍길동 기자 hong@example.com")[0]
        >>> b.name, b.email, b.text
        ('홍길동', 'hong@example.com', '/홍길동 기자 hong@example.com')
        >>> find_bylines("시장은 28일 기자회견을 열고 기자들에게 말했다.")
        []
    """
    text = ensure_str(text)
    anchors = sorted((a0, i, a1) for i in range(len(_SCANS)) for a0, a1 in _scan_spans(i, text))
    found: list[Byline] = []
    consumed = 0
    opinion: bool | None = None  # whether the page is opinion writing, looked up once
    for a0, i, a1 in anchors:
        if a0 < consumed:
            continue
        got = _PARSERS[_SCANS[i][0]](text, a0, a1)
        if not got:
            continue
        if i == _BIO_SCAN and _BIO_SEP.p.search(got[0].text) is None:
            # a one-post bio line is also how a photo caption names a person
            if opinion is None:
                opinion = _is_opinion_page(text)
            if not opinion:
                continue
        new_start = got[0].start
        # A credit that reaches back over earlier ones ("[광주=뉴시스] 김철수 기자",
        # "jhpark@example.com 박지훈 기자") absorbs them.
        while found and found[-1].start >= new_start:
            found.pop()
        found.extend(got)
        consumed = max(consumed, got[0].end)
    return _share_fields(_drop_unconfirmed(found))


def _is_opinion_page(text: str) -> bool:
    """Whether ``text`` is an opinion page: an opinion word in its header (the lines before
    the first line of prose), or an opinion tag anywhere ("[기고]", "오피니언 > 칼럼").

    Words in the body's prose do not count: "논평을 내고", "제주포럼이 개막했다" and a
    quoted "칼럼을 썼다" are news.
    """
    prose = _PROSE_END.p.search(text)
    header_end = len(text) if prose is None else text.rfind("\n", 0, prose.start()) + 1
    if _OPINION_HEAD.p.search(text, 0, header_end) is not None:
        return True
    return _OPINION_TAG.p.search(text) is not None


def _drop_unconfirmed(found: list[Byline]) -> list[Byline]:
    """Drop bare "매체 이름" lines ("뉴시스 정하늘") whose name no other credit confirms.

    Such a line is also how a headline about an institution looks ("KBS 이사회"), so it
    counts only when the same name is credited with a role or an address elsewhere.
    """
    confirmed = {b.name for b in found if b.name and (b.role or b.email or b.email_obfuscated)}
    return [b for b in found if not _is_bare_agency_name(b) or b.name in confirmed]


def _is_bare_agency_name(b: Byline) -> bool:
    return (
        b.name is not None
        and b.role is None
        and b.email is None
        and not b.email_obfuscated
        and b.agency is not None
        and not b.text.endswith(_SIGNOFF_ENDS)
        and not b.text.startswith(("ⓒ", "©"))  # "ⓒ주간예시 홍길동" is a credit by its mark
    )


def _share_fields(found: list[Byline]) -> list[Byline]:
    """Give a person's credits the e-mail printed in another credit of the same text."""
    if not found:
        return found
    emails: dict[str, str] = {}
    for b in found:
        if b.name and b.email and b.name not in emails:
            emails[b.name] = b.email
    lone = [
        b
        for b in found
        if b.name is None
        and b.kind == "author"
        and b.email
        and b.email not in emails.values()
        and not _is_desk_mailbox(b.email)
        # a lone address or an agency sign-off, not a team ("사진영상기획부 photo@…")
        and (b.agency is not None or b.text.lstrip("[(<").startswith(b.email))
    ]
    authors = {
        b.name
        for b in found
        if b.name and b.kind == "author" and b.name not in emails and not b.name.isascii()
    }
    if authors and len({b.email for b in lone}) == 1:
        email = lone[0].email
        assert email is not None
        # Several authors: only the one the address romanises (pjh@ for 박정훈) gets it.
        owners = [n for n in authors if len(authors) == 1 or _owns_email(n, email)]
        if len(owners) == 1:
            emails[owners[0]] = email
    out: list[Byline] = []
    for b in found:
        if b.name and b.email is None and not b.email_obfuscated and b.name in emails:
            b = replace(b, email=emails[b.name])
        out.append(b)
    return out
