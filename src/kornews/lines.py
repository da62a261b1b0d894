"""Line labels for scraped Korean news pages, boilerplate stripping and :func:`clean`.

A scraped page is a list of lines: the article (headline, deck, prose) sits among
page furniture (weather widgets, skip links, share and font-size buttons, ad
markers, copyright notices, related-article lists, other articles' teasers),
date stamps, bylines and photo captions. :func:`classify_lines` gives every line
one label and the short name of the rule that chose it; :func:`strip_boilerplate`
splits the lines into kept and removed ones; :func:`clean` returns the article
text.

How a label is chosen (a rule cascade, linear in the size of the text):

1. Each line on its own: blank lines, widget and navigation lexicons, widget bars
   (lines made only of widget words and counts), tip lines, brand lines, copyright
   notices, weather-station lines, ad markers, date stamps, credit shapes
   (bylines, credits beside a stamp, crew credits, photo credits, image file
   names, attached file names), domain lines.
2. Its neighbourhood: hard-wrapped broadcast scripts (runs of short lines that
   break sentences), the lines a related-list header introduces, link cards
   (headline and lede above a bare domain line), the headline (first
   headline-like line before the prose that is repeated later or follows the
   header's navigation, and its repeats; never a ``▲`` photo caption or a writer's bio),
   deck lines between headline and prose, and the tail after the article's end.
3. What is left: lines with Korean sentence endings or long text are body.

Lexicons live in ``kornews/data/lines_*.txt``. Nothing here depends on one
site's layout.

Out of scope: splitting segments glued on one line (a caption glued to the
lede, a byline glued to the last sentence keeps the line's majority label),
HTML input, and text that is not Korean news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kornews._data import load_table, load_words
from kornews._util import alternation, ensure_str
from kornews.encoding import repair_encoding
from kornews.normalization import normalize
from kornews.paragraphs import _dedup_key, _kept_paragraphs
from kornews.types import LINE_LABELS, LineLabel

__all__ = ["KEPT_LABELS", "Line", "Stripped", "classify_lines", "clean", "strip_boilerplate"]

KEPT_LABELS: frozenset[LineLabel] = frozenset({"title", "subtitle", "body"})
"""Labels :func:`strip_boilerplate` and :func:`clean` keep; every other label is removed."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page with its label and the rule that chose it.

    ``text`` is exactly ``source[start:end]`` (the line without its ``"\\n"``).
    """

    index: int
    start: int
    end: int
    text: str
    label: LineLabel
    reason: str


@dataclass(frozen=True, slots=True)
class Stripped:
    """The lines of a page split into kept and removed ones, and the kept text."""

    kept: tuple[Line, ...]
    removed: tuple[Line, ...]
    text: str


# --------------------------------------------------------------------------- lexicons


_NOT_ALNUM_RE = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Case-folded letters and digits only: the form lexicon entries are compared in."""
    # Dropping whitespace with split() first is cheaper, and often leaves nothing to remove.
    joined = "".join(text.casefold().split())
    return joined if joined.isalnum() else _NOT_ALNUM_RE.sub("", joined)


def _alternation(words: Iterable[str], *, spaces: bool = True) -> str:
    """A regex alternation of ``words``, longest first; spaces match optional whitespace."""
    return alternation(words, spaces=spaces)


def _has_cased(text: str) -> bool:
    """Whether ``text`` holds a character with case (Latin, Greek...); Hangul has none."""
    return text.lower() != text or text.upper() != text


# The characters outside ASCII that an ASCII letter matches under IGNORECASE.
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _initials(words: Iterable[str], extra: str = "") -> frozenset[str]:
    """The characters a case-insensitive match of one of ``words`` can start with.

    A gate before a regex anchored at the start of a line: most lines start otherwise.
    """
    out = set(extra)
    for word in words:
        first = word[:1]
        if first.lower() != first.upper() and not first.isascii():
            raise ValueError(f"lexicon entry {word!r} starts with a cased non-ASCII letter")
        low = first.lower()
        out.update((first, low, first.upper(), *_FOLDS.get(low, "")))
    out.discard("")
    return frozenset(out)


_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# What an ASCII letter matches under IGNORECASE: itself, its other case, and the dotted
# and dotless i, the long s and the Kelvin sign.
_LATIN_FOLD_RE = re.compile(r"[A-Za-z\u0130\u0131\u017f\u212a]")


class _Phrases:
    """Case-insensitive search for lexicon phrases that stays fast on Hangul text.

    ``re.IGNORECASE`` makes a large alternation several times slower even where no
    character has case. Phrases without cased characters (most of the Korean lexicon)
    are searched case-sensitively, which matches the same text; the others only on
    text that has cased characters, since only those can match them.
    """

    __slots__ = ("_all", "_cased", "_latin", "_lower", "_plain")

    def __init__(self, words: Iterable[str]) -> None:
        unique = set(words)
        plain = [w for w in unique if not _has_cased(w)]
        cased = [w for w in unique if _has_cased(w)]
        self._plain = re.compile(_alternation(plain)) if plain else None
        self._all = re.compile(_alternation(unique), re.IGNORECASE)
        self._cased = re.compile(_alternation(cased), re.IGNORECASE) if cased else None
        # When every cased phrase has an ASCII letter, a match needs a Latin letter: a
        # cheaper test than looking for any cased character.
        self._latin = all(_ASCII_LETTER_RE.search(w) for w in cased)
        # When the only cased characters are ASCII letters, matching the lowercased phrases
        # against the lowercased text is the same search, one pattern and much faster, as
        # long as the text has none of the three characters lower() cannot stand in for.
        ascii_only = all(ch.isascii() for w in cased for ch in w if _has_cased(ch))
        self._lower = (
            re.compile(_alternation(w.lower() for w in unique)) if cased and ascii_only else None
        )

    def search(self, text: str, latin: bool) -> re.Match[str] | None:
        """The leftmost phrase in ``text`` (as one case-insensitive alternation finds it).

        ``latin`` tells whether ``text`` holds a character of ``_LATIN_FOLD_RE`` (the
        caller tests a line once for all its searches).
        """
        if self._latin and not latin:
            return self._plain.search(text) if self._plain is not None else None
        if (
            self._lower is not None
            and latin
            and "\u0130" not in text
            and "\u0131" not in text
            and "\u017f" not in text
        ):
            # lower() keeps every other character's position (only U+0130 grows).
            return self._lower.search(text.lower())
        hit = self._plain.search(text) if self._plain is not None else None
        if self._cased is not None and (latin if self._latin else _has_cased(text)):
            other = self._cased.search(text)
            if other is not None and (hit is None or other.start() < hit.start()):
                return other
        return hit

    def sub(self, repl: str, text: str) -> str:
        """``text`` with every phrase replaced by ``repl`` (as the case-insensitive
        alternation of all phrases would replace them)."""
        if self._latin and self._plain is not None and not _LATIN_FOLD_RE.search(text):
            return self._plain.sub(repl, text)  # no phrase with case can match here
        return self._all.sub(repl, text)


_NAV = frozenset(_key(w) for w in load_words("lines_nav.txt"))
_ADS = frozenset(_key(w) for w in load_words("lines_ads.txt"))
# A reporter's profile box is a list header too: the box ends the article.
_PROFILE_HEADERS = frozenset(_key(w) for w in load_words("lines_profile_headers.txt"))
_LIST_HEADERS = frozenset(_key(w) for w in load_words("lines_list_headers.txt")) | _PROFILE_HEADERS
_REGIONS = frozenset(_key(w) for w in load_words("lines_regions.txt"))
_SECTIONS = frozenset(_key(w) for w in load_words("lines_sections.txt")) | _REGIONS
# Regions that are no section word of their own: section labels in the header only.
_REGION_ONLY = _REGIONS - frozenset(_key(w) for w in load_words("lines_sections.txt"))
# Where a breadcrumb trail starts: home, a section, a navigation word.
_CRUMB_STARTS = _SECTIONS | _NAV | frozenset({"home", "홈", "메인", "main", "뉴스", "news"})
_CONTACT_HEADERS = frozenset(_key(w) for w in load_words("lines_contact_headers.txt"))
# Long headers also end or open a line with more text (a topic, the first items).
# Headers a section name may precede ("오피니언 많이 본 기사", lines_list_suffixes.txt).
_LIST_SUFFIXES = tuple(k for k in _LIST_HEADERS if len(k) >= 6) + tuple(
    _key(w) for w in load_words("lines_list_suffixes.txt")
)
_LIST_PREFIXES = tuple(k for k in _LIST_HEADERS if len(k) >= 4 and k.startswith("관련"))
_CONTACT_PREFIXES = tuple(k for k in _CONTACT_HEADERS if len(k) >= 3 and not k.isascii())
# Two-letter contact words ("문의") open prose too: the line needs a colon and a phone.
_CONTACT_SHORT = tuple(k for k in _CONTACT_HEADERS if len(k) == 2 and not k.isascii())
_CONTACT_STARTS = _CONTACT_PREFIXES + _CONTACT_SHORT
_CONTACT_LONG = tuple(k for k in _CONTACT_PREFIXES if len(k) >= 4)
# An issuing body or office at the end of a stamp or contact line (기획재정부, 예산총괄과).
_ISSUER_RE = re.compile(
    r"[가-힣]{1,12}(?:부|청|처|원|회|위원회|공사|공단|재단|시|군|구|도|과|팀|실|국|센터|본부)$"
)
_UNIT_RE = re.compile(r"[가-힣]{1,12}(?:과|팀|실|국|센터|본부|부서)$")
_PHONE_RE = re.compile(r"\d{2,4}\s?[-)]\s?\d{3,4}-\d{4}")
# Outlet names: the sign-off agencies and every printed form of the credit outlets.
_AGENCY_KEYS = frozenset(_key(w) for w in load_words("lines_agencies.txt")) | frozenset(
    _key(form) for row in load_table("bylines_agencies.tsv") for form in row if form
)

_WIDGET_RE = _Phrases(load_words("lines_widget_phrases.txt"))
# A comment-section header ("댓글 3", "댓글(0)", "전체 댓글 12개"): readers' comments follow,
# and no prose after it is article text.
# ("타임톡 3": a portal's comment widget.)
_COMMENT_HEADERS = load_words("lines_comment_headers.txt")
_COMMENTS_RE = re.compile(
    r"(?:전체\s?)?(?:" + _alternation(_COMMENT_HEADERS) + r")\s?[(\[]?\s?\d{0,6}\s?[)\]]?\s?개?",
    re.IGNORECASE,
)
_COMMENTS_INITIALS = _initials(("전체", *_COMMENT_HEADERS))
# A notice as a sentence still governs reuse: a ban ("무단 전재 … 금합니다.") or an open
# licence's terms ("공공누리 제1유형 조건에 따라 이용할 수 있습니다.").
_REUSE_BAN_RE = re.compile(
    r"무단\s?(?:전재|복제|배포)[^.]{0,40}(?:금지|금합니다)|조건에\s?따라\s?이용할\s?수"
)
_DIGIT_RE = re.compile(r"\d")
_WIDGET_WORD_RE = _Phrases(load_words("lines_widget_words.txt"))
_COPYRIGHT_RE = _Phrases(load_words("lines_copyright.txt"))
_WEATHER_WORDS = _alternation(load_words("lines_weather.txt"))
# "맑음속초20.2℃", "구름많음서울 2.5℃", and a lead-in with the sky after the station:
# "오늘의 날씨 서울 맑음 26℃".
_WEATHER_TAIL = _alternation(load_words("lines_weather_tail.txt"))
# A weather widget: an optional date, lead-in and station, the temperature, then sky and
# air-quality readings ("2024.05.20 (월) 광주 21.4℃ 맑음 미세먼지 보통").
_WEATHER_RE = re.compile(
    r"(?:(?:(?:(?:19|20)\d\d[.\-/]\s?)?\d{1,2}[.\-/]\s?\d{1,2}\.?|\d{1,2}월\s?\d{1,2}일)"
    r"\s?(?:\([월화수목금토일]\))?\s?)?"
    r"(?:(?:" + _WEATHER_WORDS + r")\s?){0,2}"
    r"[가-힣]{0,8}(?:\([가-힣]{1,3}\))?\s?(?:(?:" + _WEATHER_WORDS + r")\s?)?"
    r"(?:-?\d{1,3}(?:\.\d{1,2})?)?\s?(?:℃|°C|°)"
    r"(?:\s?(?:" + _WEATHER_WORDS + r"|" + _WEATHER_TAIL + r"|\d{1,3}%)){0,6}"
)
_WEATHER_MAX = 60  # characters: a widget line, never a sentence
_ROLES = _alternation(load_words("lines_roles.txt"))
# A reporter credit ends with its role word: the last characters those words can end with.
_ROLE_LAST = frozenset(w.strip()[-1] for w in load_words("lines_roles.txt") if w.strip())
_AGENCIES = _alternation(load_words("lines_agencies.txt"))
_SCRIPT_TAG_RE = re.compile(
    r"(?:[\[<(◀⊙【〈]\s?(?:"
    + _alternation(load_words("lines_script_tags.txt"))
    + r")\s?[\]>)▶:】〉]?"
    r"|(?:" + _alternation(load_words("lines_script_tags.txt")) + r")\s?:)",
    re.IGNORECASE,
)
# Widget vocabulary (plus whole-line navigation words) for lines made only of UI words.
_VIEW_WORDS = tuple(_key(w) for w in load_words("lines_view_words.txt"))
_UI_WORDS = frozenset(_key(w) for w in load_words("lines_ui_tokens.txt")) | _NAV
_UI_MAX = max(len(w) for w in _UI_WORDS)
# The word lengths and first characters of the vocabulary: the word break only tries these.
_UI_LENGTHS = tuple(sorted({len(w) for w in _UI_WORDS if w}))
_UI_FIRST = frozenset(w[0] for w in _UI_WORDS if w)
_BRAND_NAMES = _AGENCY_KEYS | frozenset(_key(w) for w in load_words("lines_brand_words.txt"))
_BRAND_SUFFIX_RE = re.compile(
    r"(?:" + _alternation(load_words("lines_brand_suffixes.txt"), spaces=False) + r")$",
    re.IGNORECASE,
)
# A suffix match is as long as its entry, so it starts within this many last characters.
_BRAND_SUFFIX_MAX = max(len(w) for w in load_words("lines_brand_suffixes.txt"))


def _brand_suffix(key: str) -> re.Match[str] | None:
    """The brand suffix (뉴스, 일보, Times...) ``key`` ends with: the longest one."""
    return _BRAND_SUFFIX_RE.search(key, max(0, len(key) - _BRAND_SUFFIX_MAX))


_CREW_ROLES = _alternation(load_words("lines_crew_roles.txt"))
# "촬영기자:홍길동/영상편집:김철수", "(영상취재 : 홍길동, 영상편집 : 김철수)": crew credits.
# A name may carry its desk's place: "영상취재 홍길동(대전)".
_CREW_NAME = r"[가-힣]{2,4}(?:\s?\([가-힣]{1,6}\))?"
_CREW_ITEM = (
    r"(?:"
    + _CREW_ROLES
    + r")\s?[:：=ㅣ]\s?"
    + _CREW_NAME
    + r"(?:\s?[·,]\s?"
    + _CREW_NAME
    + r"){0,3}"
)
_CREW_RE = re.compile(
    r"[(\[]?\s?" + _CREW_ITEM + r"(?:\s?[/,·|]\s?" + _CREW_ITEM + r"){0,5}\s?[)\]]?"
)
# Without the colon ("영상취재 홍길동(대전) / 영상편집 김철수"): one name per role, and every
# name must open with a surname (a role word also opens phrases: "구성 요소").
_CREW_BARE_ITEM = r"(?P<role>" + _CREW_ROLES + r")\s(?P<name>[가-힣]{2,4})(?:\s?\([가-힣]{1,6}\))?"
_CREW_BARE_PLAIN = _CREW_BARE_ITEM.replace("?P<role>", "?:").replace("?P<name>", "?:")
_CREW_BARE_RE = re.compile(_CREW_BARE_PLAIN + r"(?:\s?[/,·|]\s?" + _CREW_BARE_PLAIN + r"){0,5}")
_CREW_BARE_NAME_RE = re.compile(_CREW_BARE_ITEM)
_CREW_INITIALS = _initials(load_words("lines_crew_roles.txt"), "([")
_TIP_WORDS = _alternation(load_words("lines_tip_words.txt"))
# "제보는 카카오톡 okjebo", "[메일] tip@example.com": how to send the newsroom a tip.
_TIP_RE = re.compile(
    r"(?:(?:기사|뉴스)?제보\s?(?:는|하기|방법|안내)?\s?[:：]?\s?[\[(]?\s?(?:" + _TIP_WORDS + r")"
    r"|[\[(<【]\s?(?:" + _TIP_WORDS + r")\s?[\])>】]"
    # "▷ 이메일 : …" under a tip box's heading.
    r"|[▷▶■●◆☞]\s?(?:" + _TIP_WORDS + r")\s?[:：]?\s?\S)",
    re.IGNORECASE,
)
# The same item once its arrow bullet is stripped ("▷ 이메일 : …" becomes "이메일 : …").
_TIP_ITEM_RE = re.compile(r"(?:" + _TIP_WORDS + r")\s?[:：]?\s?\S", re.IGNORECASE)
_TIP_INITIALS = frozenset("기뉴제[(<【▷▶■●◆☞")
_HANGUL_RE = re.compile(r"[가-힣]")
_STAMP_WORDS_RE = _Phrases(load_words("lines_stamp_words.txt"))
# A Hangul syllable that neither a date token, a stamp word nor a section word holds: a
# line with one is not a bare date stamp, whatever the (costlier) substitutions would leave.
_NOT_STAMP_RE = re.compile(
    "(?!["
    + "".join(
        sorted(
            {ch for ch in "년월일시분요화수목금토" if "가" <= ch <= "힣"}
            | {ch for w in load_words("lines_stamp_words.txt") for ch in w if "가" <= ch <= "힣"}
            | {ch for w in load_words("lines_sections.txt") for ch in _key(w) if "가" <= ch <= "힣"}
        )
    )
    + "])[가-힣]"
)
_CONTINUATION_RE = re.compile(
    r"(?:" + _alternation(load_words("lines_continuation.txt"), spaces=False) + r"),?$"
)

# --------------------------------------------------------------------------- patterns
# Every pattern is linear: no nested quantifiers, bounded repetition, and long lines
# are only inspected through bounded head/tail slices.

# Zero-width characters and soft hyphens vanish; odd spaces become plain spaces.
_SPACE_TABLE = str.maketrans(
    {
        "\xa0": " ",
        "\u3000": " ",
        "\t": " ",
        "\r": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\xad": None,
    }
)
# Layout bullets in front of a line (the ▲ photo marker is kept: it is evidence).
_BULLETS = " •·∙◦‣▪▫-–—*|"
# Arrow bullets in front of a line ("▶제보는 …", "☞ 예시뉴스 구독하기"); only leading ones
# go, since a script tag puts ▶ after its word ("SYN▶ 상인").
_ARROWS = "▶▷►▸▹☞→➤➢⇒"
_DATE_PREFIX_RE = re.compile(r"^date\s?\d{4}-\d{2}-\d{2}\s?", re.IGNORECASE)
_LETTER_RE = re.compile(r"[^\W\d_]")
# A Korean sentence ending followed by a full stop ("했다.", "입니다."); "다.." is a
# headline's ellipsis and a question mark ends headlines too ("…받으시나요?").
_SENT_END_RE = re.compile(r"(?:다|요|죠|까)\s?\.(?!\.)")
_ENDS_SENT_RE = re.compile(r"(?:다|요|죠|까)\s?(?:\.|[!?]{1,3})['\"”’」』)\]]{0,3}$")
_SENT_LAST = frozenset(".!?'\"”’」』)]")
_AD_RE = re.compile(r"\d{2,4}\s?[x×X]\s?\d{2,4}")
_EMAIL_RE = re.compile(
    r"[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,24}"
    r"|\[?email\s?protected\]?"
    r"|[A-Za-z0-9._\-]{2,40}@(?=$|[\s·)\]])",
    re.IGNORECASE,
)
# "[서울=뉴시스]홍길동 기자" (brackets stripped but the inner one), "홍길동·김철수 기자".
# "kbc 광주방송 홍길동 기자": an outlet of up to two words before the name.
_ROLE_CREDIT_RE = re.compile(
    r"(?:[^\s=/]{1,15}\s?[=/]\s?)?(?:[가-힣A-Za-z0-9]{2,12}(?:\s?[\])|]\s?|\s)){0,2}"
    r"[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4}){0,3}\s?(?:" + _ROLES + r")"
)
# A magazine's credit list: "글 홍길동 기자 · 사진 김철수 기자".
_CREDIT_ITEM = (
    r"(?:글|사진|영상|그래픽|일러스트|취재)\s?[=:]?\s?[가-힣]{2,4}(?:\s?(?:" + _ROLES + r"))?"
)
_CREDIT_LIST_RE = re.compile(_CREDIT_ITEM + r"(?:\s?[·/|,]\s?" + _CREDIT_ITEM + r"){1,3}")
_CREDIT_LIST_INITIALS = frozenset("글사영그일취")
# "SYN▶ 상인", "◀INT▶ 홍길동/상인": a tag that introduces a speaker, then the speaker's
# name or role (up to three words, optionally "/role"). Other tags take spoken text after
# their arrow ("앵커▶ 오늘 날씨 맑습니다"), which is no speaker.
_SPEAKER_WORD = r"[^\s▶◀/]{1,12}"
_SCRIPT_SPEAKER_RE = re.compile(
    r"(?:◀\s?)?(?:"
    + _alternation(load_words("lines_script_speaker_tags.txt"))
    + r")\s?▶\s?"
    + _SPEAKER_WORD
    + r"(?:\s"
    + _SPEAKER_WORD
    + r"){0,2}(?:\s?/\s?"
    + _SPEAKER_WORD
    + r"(?:\s"
    + _SPEAKER_WORD
    + r")?)?",
    re.IGNORECASE,
)
# A speaker's text that ends like a sentence ("네 그렇습니다") is speech, not a name.
_SPEECH_END_RE = re.compile(r"(?:다|요|죠|까)[.!?~…]{0,3}$")
# An attached document's file name, with its size at most ("보도자료.hwp (35KB)"); it
# ends with an extension's last letter or the size's bracket.
_ATTACHMENT_LAST = frozenset("pPxXfFcCsStT)]")
_ATTACHMENT_RE = re.compile(
    r"\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip)(?:\s?[(\[]\s?\d[\d.,]{0,10}\s?[KMG]?B\s?[)\]])?$",
    re.IGNORECASE,
)
_SIGN_OFF_RE = re.compile(
    r"[◎☞▶]?\s?(?:공감언론\s)?(?:" + _AGENCIES + r")\s?[가-힣]{2,4}(?:입니다\.?|\s?\()?",
    re.IGNORECASE,
)
_SIGN_OFF_INITIALS = _initials(load_words("lines_agencies.txt"), "◎☞▶공")
# "KBS뉴스 홍길동입니다.", "지금까지 …에서 YTN 홍길동입니다.", "JTBC 뉴스룸 홍길동입니다.": a
# broadcaster (a known one, Latin initials, or a name ending in 방송/뉴스/TV...), maybe its
# programme (뉴스룸, 뉴스 9, 8뉴스, 뉴스데스크), then a reporter's name; the name alone
# before 입니다 is too weak.
_BROADCAST_TAIL_RE = re.compile(
    r"(?:^|\s)(?P<outlet>(?:(?:"
    + _AGENCIES
    + r")|[A-Z]{2,6}|[가-힣A-Za-z0-9]{1,10}(?:방송|뉴스|TV|MBC|KBS|SBS|일보|신문))"
    r"(?:\s?\d{0,2}[가-힣]{0,3}뉴스[가-힣]{0,3}(?:\s?\d{1,2})?)?)"
    r"\s?(?P<name>[가-힣]{2,4})입니다\.?$"
)
# A sign-off line is short, or opens with 지금까지, a place ("…에서") or the broadcaster;
# a longer sentence that merely ends in an outlet and a name-like word is text.
_SIGN_OFF_SHORT = 25
# Roles and common nouns a broadcaster's name precedes before 입니다 ("KBS 본사입니다").
_SIGN_OFF_STOP = frozenset(load_words("lines_signoff_stopwords.txt"))
_TRAILING_HANGUL_RE = re.compile(r"[가-힣]+$")
_BY_RE = re.compile(r"(?:(?:written|posted|reported)\s)?by\s\S", re.IGNORECASE)
_BY_INITIALS = _initials(("written", "posted", "reported", "by"))
_SOURCE_RE = re.compile(
    r"[\[(]?\s?(?:(?:뉴스|자료)\s?출처|출처|(?:뉴스|자료|기사|보도자료)\s?제공)\s?[:：]"
)
_SOURCE_INITIALS = frozenset("[(뉴자출기보")
# Date stamps: dates, times and weekdays, removed before checking what else is on the line.
_DATE_TOKEN_RE = re.compile(
    r"\d{4}\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}\s?[.일]?"
    r"|\d{4}\s?년(?:\s?\d{1,2}\s?월)?"
    r"|\d{1,2}\s?월\s?\d{1,2}\s?일"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?"
    r"|\(\s?[월화수목금토일](?:요일)?\s?\)"
    r"|\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\)"
    r"|\d{1,2}\.\d{1,2}\.?"
    r"|\d{1,2}(?:st|nd|rd|th)?(?=\s[A-Za-z]|,\s?\d{4})"
    r"|\d{4}",
    re.IGNORECASE,
)
_NON_WORD_RE = re.compile(r"[\W_]+")
# A stamp word opening a line, then a date ("입력 2022.12.05", "보도시점 2024. 6. 11.").
_STAMP_LEADS = _alternation(load_words("lines_stamp_leads.txt"))
_STAMP_LEAD_RE = re.compile(
    r"(?:" + _STAMP_LEADS + r")\s?[:：]?\s?(?:19|20)?\d\d\s?[.\-/년]\s?\d{1,2}", re.IGNORECASE
)
_STAMP_LEAD_KEYS = frozenset(_key(w) for w in load_words("lines_stamp_leads.txt"))
_STAMP_LEAD_INITIALS = _initials(load_words("lines_stamp_leads.txt"))
# The same words anywhere in a stamp line mark it as the article's own, not a list
# item's date ("2026/03/10 15:48 송고").
_TAIL_STAMP_RE = re.compile(_STAMP_LEADS, re.IGNORECASE)
# A press-release wire's dateline before the release date: "서울--(뉴스와이어)--"; with the
# date it is a line of its own ("서울--(뉴스와이어) 2025년 10월 28일 --"). Shared with
# kornews.article, which reads the date after it in a lede.
RELEASE_DATELINE_RE = re.compile(r"\s*[가-힣]{1,10}\s?-{1,2}\s?\([^()]{2,15}\)\s?-{0,2}\s?")
_RELEASE_LINE_RE = re.compile(
    RELEASE_DATELINE_RE.pattern + r"(?:19|20)\d\d\s?[.\-/년]\s?\d{1,2}"
    r"\s?[.\-/월]\s?\d{1,2}\s?[.일]?\s?-{0,2}"
)
# A font-size widget: "가가", "가 가 가 가 가".
_FONT_SIZE_RE = re.compile(r"가(?:\s?가){0,5}")
_FRONT_MATTER: dict[str, tuple[LineLabel, str]] = {
    key: (next(lab for lab in LINE_LABELS if lab == label), reason)
    for key, label, reason in load_table("lines_front_matter.tsv")
}
# A font-size widget spelled out, matched on the line's key (letters and digits only).
_FONT_WIDGET_RE = re.compile(
    "(?:" + _alternation(load_words("lines_font_size.txt"), spaces=False) + "){1,10}"
)
_LEADING_DATE_RE = re.compile(r"(?:19|20)\d\d\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}")
# Photo credits at the end of a caption ("<화순군 제공>", "(사진=경북소방본부 제공)",
# "[부산소방본부 제공]", "/광주광역시 제공", "2025.7.3/뉴스1 ⓒ News1 홍길동 기자").
_PHOTO_AGENCIES = load_table("lines_photo_agencies.tsv")
_WIRES = _alternation(name for name, kind in _PHOTO_AGENCIES if kind == "wire")
_FOREIGN = _alternation(name for name, kind in _PHOTO_AGENCIES if kind == "foreign")
_CREDIT_TAIL_RE = re.compile(
    r"(?:<[^<>]{0,30}(?:제공|사진|DB)>"
    r"|[(\[][^()\[\]]{0,40}(?:제공|자료사진|사진\s?=|사진제공)[^()\[\]]{0,40}[)\]]"
    r"|재판매\s?및\s?DB\s?금지\)?"
    r"|/\s?[가-힣A-Za-z0-9·.]{1,20}(?:\s[가-힣A-Za-z0-9·.]{1,20}){0,2}\s?제공"
    r"|ⓒ\s?(?:News1|뉴스1)[^.]{0,30}"
    r"|\d{4}\.\d{1,2}\.\d{1,2}\.?\s?/\s?(?:" + _WIRES + r")[^.]{0,40}"
    # "… 전경. 로이터 연합뉴스": a foreign agency's photo distributed by a Korean one.
    r"|(?:^|[.\s])\s?(?:" + _FOREIGN + r")\s?(?:=|/)?\s?(?:" + _WIRES + r")"
    # "… 하고 있다. 사진=홍길동 기자", "가수 홍길동 / 사진=예시엔터테인먼트".
    r"|(?:^|[.\s/])\s?사진(?:\s?제공)?\s?=\s?[^=.()\[\]@]{1,30}"
    r")(?:\s[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?\s{0,3}$",
    re.IGNORECASE,
)
# Stems one of which every photo-credit tail holds; substring tests are cheaper than a
# case-insensitive search (Ⓒ is the only case variant of ⓒ).
_CREDIT_STEMS = ("제공", "사진", "재판매", "ⓒ", "Ⓒ", "뉴스1", "뉴시스", "연합뉴스", "DB>")
_AGENCY_ALONE_RE = re.compile(
    r"[\[(]\s?(?:(?:" + _FOREIGN + r")\s?[=/]\s?)?(?:" + _FOREIGN + r"|" + _WIRES + r")\s?[\])]"
)
_MARK_DB_RE = re.compile(r"[ⓒ©Ⓒ]\s?[가-힣A-Za-z0-9]{2,15}\s?DB")
_CAPTION_START_RE = re.compile(r"(?:사진\s?=|\[사진(?:\s?설명)?\]|<사진>|이미지\s?확대\s?\S)")
_CAPTION_START_INITIALS = frozenset("사[<이")
_IMAGE_FILE_RE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|tiff?)\)?$", re.IGNORECASE)
# "12일 오후 … 살펴보고 있다.": a photo description (dated, present progressive).
_PHOTO_DESC_RE = re.compile(
    r"▲?\s?(?:지난\s)?\d{1,2}일\s?(?:오전|오후|밤|새벽|낮|저녁|아침)?\s"
    r"[^.]{0,200}?(?:있다|모습이다|모습)\."
)
_PHOTO_STAMP_RE = re.compile(
    r"(?:[가-힣]\.|[)\]])\s?(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.?"
    r"(?:\s?(?:photo|사진)?\s?[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})?$",
    re.IGNORECASE,
)
_REPORTED_RE = re.compile(r"따르면|밝혔|했다고|의하면")
# A bare credit after a caption's full stop: "수원시 제공", "예시일보DB", "/홍길동 기자".
_BARE_CREDIT_RE = re.compile(
    r"[.)]\s{1,3}(?:(?P<reporter>/?\s?[가-힣]{2,4}\s?(?:기자|특파원)"
    r"(?:\s[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?)"
    r"|[가-힣A-Za-z0-9·]{2,20}(?:\s[가-힣A-Za-z0-9·]{1,20}){0,2}\s?제공"
    r"|(?:/\s?|ⓒ\s?)?[가-힣A-Za-z0-9]{2,15}\s?(?:DB|자료사진)"
    # A magazine's mark and photographer: "… 심고 있다. ⓒ예시저널 홍길동".
    r"|ⓒ\s?[가-힣A-Za-z0-9]{2,15}(?:\s[가-힣]{2,4}(?:\s?(?:기자|사진기자))?)?"
    # A file photo's mark in brackets: "… 단지 모습. [예시DB]".
    r"|[\[(][가-힣A-Za-z0-9]{2,15}\s?DB[\])]"
    # An agency's mark: "… 걷고 있다. /연합뉴스", "… 있다. [AP]", "… 있다. [AFP=연합뉴스]".
    r"|/\s?(?:" + _FOREIGN + r")?\s?(?:" + _WIRES + r")"
    r"|[\[(](?:" + _FOREIGN + r"|" + _WIRES + r")(?:\s?[=/]\s?(?:" + _WIRES + r"))?[\])]"
    r")\s{0,3}$"
)
_CAPTION_ENDINGS = tuple(load_words("lines_caption_endings.txt"))
# The first sentence of a line (up to 200 characters) and its last word.
_FIRST_SENT_RE = re.compile(r"[^.]{0,200}?([가-힣]{1,4})\.")
_DAY_RE = re.compile(r"\d{1,2}일")
_PHOTO_WORDS_RE = re.compile(r"고\s?있다\.|있는\s모습|사진|제공|기념촬영")
_DOMAIN_RE = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,4}"
    r"\.(?:kr|com|net|org|co|tv|news|me|io|biz|info)(?:/\S{0,200})?",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"https?://\S{1,2000}")
_HASHTAGS_RE = re.compile(r"#[^\s#]{1,40}(?:\s{1,3}#[^\s#]{1,40}){0,30}")
# "- 다른 기사 제목 - 매일경제": a portal's list of the outlet's other articles.
_TAG_LABEL_RE = re.compile(r"(?:tags?|태그|키워드|관련\s?태그)\s?[:：]", re.IGNORECASE)
_TAG_LABEL_INITIALS = frozenset("tT태키관")
_ATTACHED_RE = re.compile(r"첨부\s?(?:파일)?\s?[:：]?\s?\S{1,200}\.[A-Za-z0-9]{2,5}\b")
_TAGGED_RE = re.compile(r"[^\s#]{1,8}\s?[:：]?\s?(?=#)")
_LABELLED_URL_RE = re.compile(
    r"(?:" + _alternation(load_words("lines_link_labels.txt")) + r")\s?[:：]?\s?"
    r"(?:https?://|www\.)\S{1,300}",
    re.IGNORECASE,
)
_ICON_RE = re.compile(r"[a-z]{2,20}(?:_[a-z]{2,20}){1,4}")
_MARKUP_RE = re.compile(r"(?:</?[A-Za-z][^<>]{0,60}>\s{0,3}){1,20}")
_PORTAL_ITEM_RE = re.compile(r"[-–]\s.{4,160}\s[-–]\s(\S{1,20})")
_OUTLET_SUFFIX_RE = re.compile(r"(?:일보|신문|경제|뉴스|방송|TV|미디어|타임스|저널|\.com|\.kr)$")

# A breadcrumb trail: "HOME > 문화 > 전시", "지역 > 고흥" (items of at most three words).
_CRUMB = r"[^\s>›»]{1,15}(?:\s[^\s>›»]{1,15}){0,1}"
_BREADCRUMB_RE = re.compile(_CRUMB + r"(?:\s?[>›»]\s?" + _CRUMB + r"){1,6}")
# A site logo's alt text or a skip link ("스포츠서울 로고", "본문 바로가기"): page
# furniture, never a headline.
_FURNITURE_RE = re.compile(r"(?:로고|logo|바로\s?가기)(?:\s?이미지)?$", re.IGNORECASE)
# A service tagline is furniture only in the header, beside another headline candidate.
_SERVICE_RE = re.compile(r"[가-힣A-Za-z0-9]{1,12}(?:\s[가-힣A-Za-z0-9]{1,12}){0,3}\s서비스")
_HEAD = 240  # characters of a long line's head and tail inspected by shape rules
_SHORT = 45  # hard-wrapped broadcast lines are at most this long
_MAX_PASSES = 8


class _Feat:
    """Features of one line, computed once; ``label``/``reason`` are filled by the passes."""

    __slots__ = (
        "bare_date",
        "cont",
        "core",
        "dkey",
        "ends_sent",
        "headline",
        "key",
        "label",
        "list_header",
        "marker",
        "n",
        "prose",
        "qa",
        "reason",
        "section",
        "sents",
    )

    def __init__(self, raw: str) -> None:
        self.dkey: str | None = None  # the paragraph dedup key, filled on first need
        self.label: LineLabel | None = None
        self.reason = ""
        self.list_header = False
        self.marker = False  # an end-of-article marker (copyright, list header, ...)
        self.section = False
        self.bare_date = False
        if not raw or raw.isspace():  # fast path: a quarter of a page's lines are blank
            self.core = self.key = ""
            self.n = self.sents = 0
            self.ends_sent = self.headline = self.prose = self.cont = self.qa = False
            self.label, self.reason = "empty", "blank"
            return
        s, core, arrow, prefixed = _core(raw)
        # An interview's question or answer ("-취임 1년을 평가한다면.", "Q. …", "▲…").
        self.qa = s[0] in _QA_INITIALS and _QA_RE.match(s) is not None
        self.core = core
        self.n = len(core)
        self.key = _key(core) if self.n <= 150 else ""  # lexicon entries and titles are short
        self.sents = len(_SENT_END_RE.findall(core)) if "." in core else 0
        # The pattern ends in a full stop, ! or ?, or a closing quote or bracket.
        self.ends_sent = core[-1:] in _SENT_LAST and _ENDS_SENT_RE.search(core[-8:]) is not None
        has_text = bool(_LETTER_RE.search(core, 0, _HEAD))
        self.headline = self.sents == 0 and 4 <= self.n <= 150 and has_text
        self.prose = self.sents > 0 or self.n >= 100
        self.cont = (
            self.n <= _SHORT and not self.ends_sent and bool(_CONTINUATION_RE.search(core[-4:]))
        )
        self.label, self.reason = _intrinsic(self, s, prefixed, has_text, arrow)

    @classmethod
    def unread(cls, raw: str, heads: frozenset[str]) -> _Feat:
        """A line past the article's end left unclassified (a line that cannot be prose).

        The title rule reads the key of a headline-like line below the article (a
        headline repeated in a most-read list is evidence for it), and compares it
        only with the keys of the headline-like lines above the article's end, whose
        last characters are ``heads``: the line gets its core, headline shape and key
        when its key can end so. Its label is not "after-article", which the tail pass
        gives back when the article resumes.
        """
        f = cls.__new__(cls)
        f.bare_date = f.cont = f.ends_sent = f.headline = f.list_header = False
        f.marker = f.prose = f.qa = f.section = False
        f.core, f.n, f.sents, f.dkey, f.key = raw, len(raw), 0, None, ""
        f.label, f.reason = "boilerplate", "unread-tail"
        if heads:
            # The key's last character: bullets and spaces around a line are no letters.
            folded = raw.casefold()
            j = len(folded) - 1
            while j >= 0 and not folded[j].isalnum():
                j -= 1
            if j >= 0 and folded[j] in heads:
                _, core, _, _ = _core(raw)
                f.core, f.n = core, len(core)
                f.headline = 4 <= f.n <= 150 and _LETTER_RE.search(core, 0, _HEAD) is not None
                f.key = _key(core) if f.headline else ""
        return f

    def clone(self) -> _Feat:
        """A copy to label: the passes change ``label`` and ``reason`` in place."""
        if self.label == "empty":  # no pass relabels a blank line: share the template
            return self
        other = _Feat.__new__(_Feat)
        other.bare_date = self.bare_date
        other.cont = self.cont
        other.core = self.core
        other.ends_sent = self.ends_sent
        other.headline = self.headline
        other.key = self.key
        other.label = self.label
        other.list_header = self.list_header
        other.marker = self.marker
        other.n = self.n
        other.prose = self.prose
        other.qa = self.qa
        other.reason = self.reason
        other.section = self.section
        other.sents = self.sents
        return other


def _core(raw: str) -> tuple[str, str, bool, bool]:
    """A non-blank line's stripped text, its core (without bullets, arrows and a date
    prefix), whether an arrow opened it and whether a date prefix did."""
    # Every character the table maps is unprintable, so printable lines skip the copy.
    s = (raw if raw.isprintable() else raw.translate(_SPACE_TABLE)).strip()
    core = s.strip(_BULLETS)
    arrow = bool(core) and core[0] in _ARROWS
    if arrow:
        core = core.lstrip(_ARROWS + _BULLETS)
    prefixed = _DATE_PREFIX_RE.match(core) if core[:1] in "dD" else None
    if prefixed:
        core = core[prefixed.end() :].strip(_BULLETS)
    return s, core, arrow, prefixed is not None


# --------------------------------------------------------------------------- feature cache
# A line's own features depend on its text alone, and a crawl of one site repeats its
# furniture (menus, widgets, copyright lines) and republished story lines on page after
# page: computing them is most of the cost of classifying a line, so they are kept across
# calls. Two generations bound the memory: new entries go to the young one; when it holds
# _CACHE_LINES lines or _CACHE_CHARS characters of line text it becomes the old one (the
# previous old one is dropped), and a hit in the old generation moves the entry back to the
# young one, so lines that keep recurring survive. Lines longer than _CACHE_LINE_MAX are
# not kept (long prose rarely repeats). Templates are never labelled: the passes label
# clones. Plain dict operations keep concurrent use from threads safe (at worst a line is
# computed twice).
_CACHE_LINES = 32_768  # lines per generation
_CACHE_CHARS = 2_000_000  # characters of line text per generation
_CACHE_LINE_MAX = 1_000  # longer lines are computed each time
_young: dict[str, _Feat] = {}
_old: dict[str, _Feat] = {}
_young_chars = 0


def _feature(raw: str) -> _Feat:
    """The (shared, unlabelled-by-passes) features of ``raw``, from the cache when possible."""
    global _young, _old, _young_chars
    f = _young.get(raw)
    if f is not None:
        return f
    f = _old.pop(raw, None)
    if f is None:
        f = _Feat(raw)
        if len(raw) > _CACHE_LINE_MAX:
            return f
    if len(_young) >= _CACHE_LINES or _young_chars >= _CACHE_CHARS:
        _old, _young, _young_chars = _young, {}, 0
    _young[raw] = f
    _young_chars += len(raw)
    return f


def _clear_feature_cache() -> None:
    """Empty the line feature cache (benchmarks measure the no-reuse case with it)."""
    global _young, _old, _young_chars
    _young, _old, _young_chars = {}, {}, 0


def _intrinsic(
    f: _Feat, s: str, prefixed: bool, has_text: bool, arrow: bool
) -> tuple[LineLabel | None, str]:
    """Label a line from its own text, or ``(None, "")`` when its neighbourhood must decide.

    ``arrow`` tells whether an arrow bullet opened the line (``"▷ 이메일 : …"``).
    """
    core, n = f.core, f.n
    if not core:
        if prefixed:
            return "meta", "date-prefix"
        if s:
            return "boilerplate", "no-text"
        return "empty", "blank"
    key = f.key
    head = core[:_HEAD]
    if n <= _WEATHER_MAX and ("℃" in core or "°" in core) and _WEATHER_RE.fullmatch(core):
        return "boilerplate", "weather-widget"
    if n <= 20 and core[0] in _COMMENTS_INITIALS and _COMMENTS_RE.fullmatch(core):
        f.marker = True
        return "boilerplate", "comments"
    if core[0].islower() and ":" in core[:17]:
        front = _FRONT_MATTER.get(core.partition(":")[0])
        if front is not None:
            return front  # "author: 홍길동", "url: https://…": an extractor's metadata block
    if n <= 12 and core[0] == "지" and _PRINT_PAGE_RE.fullmatch(core):
        return "meta", "print-page"
    if n <= 20 and core[0] == "가" and _FONT_SIZE_RE.fullmatch(core):
        return "meta", "font-size"  # the schema's own example of a meta widget
    if (
        n <= 30
        and (
            "크기" in key
            or "글자" in key
            or "글씨" in key
            or "폰트" in key
            or ("작게" in key and "크게" in key)
        )
        and _FONT_WIDGET_RE.fullmatch(key)
    ):
        return "meta", "font-size"  # "글자크기 설정", "글자 크기 변경", "글자크기 가- 가+"
    if n <= 60:
        if key in _LIST_HEADERS or (key.endswith("더보기") and n <= 20):
            f.list_header = f.marker = True
            return "boilerplate", ("profile-header" if key in _PROFILE_HEADERS else "list-header")
        if not f.sents and key.endswith(_LIST_SUFFIXES):
            # "'경제 뉴스' 카테고리의 다른 글", "홍길동 기자의 다른 기사", "오피니언 많이 본 기사".
            f.list_header = f.marker = True
            return "boilerplate", "list-header"
        if not f.sents and key.startswith(_LIST_PREFIXES) and " " not in core[6:]:
            # A header glued to its first items: "관련 키워드김해화재공장화재" (tags, no
            # words: "관련 기사 삭제 요구한 의원" is a headline).
            f.marker = True
            return "boilerplate", "list-header"
        if key in _CONTACT_HEADERS:
            f.marker = True
            return "boilerplate", "contact-header"
        if not f.sents and key.startswith(_CONTACT_STARTS):
            if key.startswith(_CONTACT_PREFIXES) and (
                _PHONE_RE.search(core) or (key.startswith(_CONTACT_LONG) and _UNIT_RE.search(core))
            ):
                # "담당 부서 기획재정부 예산총괄과", "책임자 과장 홍길동 (044-000-0000)": a
                # contact word opens headlines too ("담당부서 실수로 개인정보 유출"), so the
                # line needs a phone number, or an office's name at its end.
                f.marker = True
                return "boilerplate", "contact-line"
            if (":" in core[:8] or "：" in core[:8]) and _PHONE_RE.search(core):
                # "문의 : 청년정책담당관 064-710-1234": a contact line under one item of a
                # page of notices; more items may follow, so it ends nothing.
                return "boilerplate", "contact-line"
        if key in _NAV:
            if prefixed:
                return "meta", "date-prefix"
            return "boilerplate", "navigation"
        if key in _ADS or (core[0].isdigit() and _AD_RE.fullmatch(core)):
            return "boilerplate", "ad-marker"
    if n <= 20 and (key in _SECTIONS or (("·" in core or "/" in core) and _section_pair(core))):
        # A lone section word ("야구", "AI", "POLITICS", "정치·행정") is a section label even
        # when it is also a widget word; the passes decide between header meta and navigation.
        f.section = True
        return None, ""
    if n <= 40 and not f.sents and _FURNITURE_RE.search(core, max(0, n - 10)):
        return "boilerplate", "page-furniture"
    if n <= 150 and not f.sents and _ui_only(key):
        # Not an end-of-article marker: widget bars sit between headline and body too.
        if _DIGIT_RE.search(key) and any(w in key for w in _VIEW_WORDS):
            return "meta", "counter"  # "조회수 1,234": the article's own figure
        return "boilerplate", "widget-bar"  # buttons, with their counts ("좋아요 12 댓글 3")
    # Whether the head has Latin letters, for the three lexicon searches below (the
    # others only search lines of at most 160 characters, which the head covers).
    latin = _LATIN_FOLD_RE.search(head) is not None
    digit = _DIGIT_RE.search(head) is not None
    copyright_hit = _COPYRIGHT_RE.search(head, latin)
    # A sentence that merely mentions copyright ("저작권자는 …이다.") is prose; a notice
    # written as a sentence still forbids reuse ("무단 전재 및 재배포를 금합니다.").
    if (
        copyright_hit
        and (n <= 160 or copyright_hit.start() <= 20)
        and (not f.sents or _REUSE_BAN_RE.search(head))
    ):
        f.marker = True
        return "boilerplate", "copyright"
    if n <= 40 and core[0] in "ⓒ©Ⓒ" and not f.sents:
        if _MARK_DB_RE.fullmatch(core):
            return "caption", "photo-credit"  # "ⓒ News1 DB": a file photo's credit
        f.marker = True
        return "boilerplate", "copyright"
    if n <= 160 and _WIDGET_RE.search(core, latin):
        f.marker = True
        return "boilerplate", "widget"
    if n <= 120 and not f.sents and _WIDGET_WORD_RE.search(core, latin):
        f.marker = True
        return "boilerplate", "widget"
    # A script tag opens with a bracket or ends with a colon; test that before the regex.
    if n <= 20 and (core[0] in "[<(◀⊙【〈" or core[-1] == ":") and _SCRIPT_TAG_RE.fullmatch(core):
        return "meta", "script-tag"
    if (
        n <= 40
        and "▶" in core[:10]
        and _SCRIPT_SPEAKER_RE.fullmatch(core)
        and not _SPEECH_END_RE.search(core, max(0, n - 5))
    ):
        # "SYN▶ 상인", "◀INT▶ 홍길동/상인": a tag naming who speaks next.
        return "meta", "script-tag"
    if (
        n <= 80
        and not f.sents
        and (
            (core[0] in _TIP_INITIALS and _TIP_RE.match(core))
            or (arrow and _TIP_ITEM_RE.match(core))
        )
    ):
        f.marker = True
        return "boilerplate", "tip-line"
    if n <= 30 and not f.sents and key and _brand(core, key):
        return "boilerplate", "outlet-name"
    if n <= 60 and not f.sents and key.endswith(_SLOGAN_ENDINGS) and _slogan(core):
        return "boilerplate", "outlet-name"
    if n <= 30 and not f.sents and " " in core and _outlet_chrome(core):
        return "boilerplate", "outlet-name"  # "예시일보 구독", "예시경제 모바일"
    stamped: list[str] = []  # the line without dates and stamp words, once computed
    byline = _byline_reason(f, core, stamped, digit)
    if byline:
        return "byline", byline
    if (
        n <= 90
        and not f.sents
        and (
            (core[0] in _STAMP_LEAD_INITIALS and _STAMP_LEAD_RE.match(core))
            or ("-" in core and _RELEASE_LINE_RE.fullmatch(core))
        )
    ):
        # "입력 2022.12.05 (19:21) 수정 … 뉴스9(대전)", "보도시점 2024. 6. 11.(화) 조간",
        # "서울--(뉴스와이어) 2025년 10월 28일 --": a stamp, whatever else the row prints.
        return "meta", "date-stamp"
    if n <= 80 and not f.sents and digit and not _NOT_STAMP_RE.search(core):
        rest = stamped[0] if stamped else _STAMP_WORDS_RE.sub(" ", _DATE_TOKEN_RE.sub(" ", core))
        rest_key = _NON_WORD_RE.sub("", rest)
        if not rest_key or _key(rest_key) in _SECTIONS:
            f.bare_date = not _LETTER_RE.search(core)
            return "meta", "date-stamp"
    if n <= 80 and not f.sents and digit and ("호" in core or _STAMP_GATE_RE.search(core)):
        # "머니투데이 | 2025.10.21 15:37", "사회 | 제958호", "12 예시일보 2025년 4월 18일 금요일" (a print page's
        # footer), "2025년 4월 18일 금요일 제21234호 12면": the outlet's or edition's stamp.
        rest = stamped[0] if stamped else _STAMP_WORDS_RE.sub(" ", _DATE_TOKEN_RE.sub(" ", core))
        edition = ("호" in rest or "면" in rest or "자" in rest) and _EDITION_RE.search(rest)
        if edition:
            rest = _EDITION_RE.sub(" ", rest)
        rest_key = _key(rest).strip("0123456789")
        if rest_key in _AGENCY_KEYS or (
            edition
            and (
                rest_key in _SECTIONS
                or (len(rest_key) <= 12 and _brand_suffix(rest_key) is not None)
            )
        ):
            # An outlet's stamp, or a print edition's issue line ("[예시신문 제4012호/
            # 2026년5월5일자]", "예시신문 2025-12-14 발행 [1843호]").
            return "meta", "date-stamp"
    if n <= 30 and not f.sents and core[0] in "12" and _LEADING_DATE_RE.match(core):
        rest = stamped[0] if stamped else _STAMP_WORDS_RE.sub(" ", _DATE_TOKEN_RE.sub(" ", core))
        words = rest.split()
        if 1 <= len(words) <= 2 and _ISSUER_RE.search(words[-1]):
            # "2025.08.29 기획재정부": a full date opening a short line, then its issuer
            # (not "2025.03.10 코스피 마감", a headline).
            return "meta", "date-stamp"
    if digit and "|" in core and n <= 160 and not f.sents and _stamp_row(core):
        # "작성자 : 홍길동 | 등록일 : 2025-01-08 | 조회수 : 123": a board's header row.
        return "meta", "date-stamp"
    if (
        core[-1] in _ATTACHMENT_LAST
        and n <= 150
        and not f.sents
        and _ATTACHMENT_RE.search(core, max(0, n - 24))
    ):
        # "250108 보도자료.hwp": an attached file's name under a press release.
        return "boilerplate", "attachment"
    caption = _caption_reason(f, core)
    if caption:
        return "caption", caption
    if n <= 200 and " " not in core and (_DOMAIN_RE.fullmatch(core) or _URL_RE.fullmatch(core)):
        return "boilerplate", "domain-line"
    if n <= 300 and core[0] == "#" and _HASHTAGS_RE.fullmatch(core):
        return "boilerplate", "hashtags"
    if n <= 300 and not f.sents and core[0] in _TAG_LABEL_INITIALS and _TAG_LABEL_RE.match(core):
        return "boilerplate", "hashtags"  # "Tags: 로봇 AI", "태그 : …", "키워드: …"
    if n <= 400 and core[0] == "첨" and _ATTACHED_RE.match(core):
        return "boilerplate", "attachment"  # "첨부파일 : 보도자료.hwp (54KB) 사진.jpg (1.2MB)"
    if (
        60 < n <= 300
        and not f.sents
        and key.startswith(_CONTACT_PREFIXES)
        and _PHONE_RE.search(core)
    ):
        f.marker = True  # a contact row too long for the short-line rules above
        return "boilerplate", "contact-line"
    if n <= 300 and not f.sents and "#" in core[:12]:
        tags = _TAGGED_RE.match(core)  # "태그 #AI #스타트업": a label, then the tags
        if tags is not None and _HASHTAGS_RE.fullmatch(core, tags.end()):
            return "boilerplate", "hashtags"
    if (
        n <= 300
        and not f.sents
        and ("http" in core or "www." in core)
        and _LABELLED_URL_RE.fullmatch(core)
    ):
        # "관련 링크 https://…", "원문 보기: www.…": a link under a furniture label.
        return "boilerplate", "link-line"
    if n <= 200 and s[:1] in "-–":
        item = _PORTAL_ITEM_RE.fullmatch(s)
        if item and (
            _key(item.group(1)) in _AGENCY_KEYS or _OUTLET_SUFFIX_RE.search(item.group(1))
        ):
            return "boilerplate", "related-list"
    if key in _SECTIONS:
        f.section = True
        return None, ""
    if key in _AGENCY_KEYS:
        return "boilerplate", "outlet-name"
    if n <= 80 and not f.sents and _crumbs(core):
        # A trail of section names: header meta or footer navigation, like a section label.
        f.section = True
        return None, "breadcrumb"
    if n <= 300 and _menu(core):
        return "boilerplate", "menu"
    if n <= 400 and core[0] == "<" and _MARKUP_RE.fullmatch(core):
        return "boilerplate", "markup"
    if not has_text and not digit:
        return "boilerplate", "no-text"
    return None, ""


_SLOGAN_ENDINGS = tuple(load_words("lines_slogan_endings.txt"))
_CREDIT_CHROME = tuple(load_words("lines_credit_chrome.txt"))
_CREDIT_CHROME_RE = re.compile(r"\s?(?:" + _alternation(_CREDIT_CHROME) + r")$")
_SLOGAN_SEPARATOR_RE = re.compile(r"\s[-–|:]\s")


def _slogan(core: str) -> bool:
    """An outlet's name and its slogan: ``예시뉴스 - 광주·전남 대표 인터넷신문``.

    The name is one word with an outlet's ending (``…뉴스``, ``…일보``, ``…TV``) or a
    known outlet; the slogan (checked by the caller) ends in a word for the press.
    """
    parts = _SLOGAN_SEPARATOR_RE.split(core, maxsplit=1)
    if len(parts) != 2 or " " in parts[0].strip():
        return False
    name = _key(parts[0])
    return bool(name) and (name in _AGENCY_KEYS or _brand_suffix(name) is not None)


def _outlet_chrome(core: str) -> bool:
    """An outlet's name, then only page chrome: ``예시일보 구독``, ``예시경제 모바일``."""
    tokens = core.split()
    if len(tokens) > 4:
        return False
    last = _key(tokens[-1])  # most lines fail here: their last word is no chrome
    if last not in _UI_WORDS and last not in _SIGN_OFF_STOP:
        return False
    for cut in (1, 2):
        name = _key("".join(tokens[:cut]))
        if cut < len(tokens) and (name in _AGENCY_KEYS or name in _BRAND_NAMES):
            return all(_key(t) in _UI_WORDS or _key(t) in _SIGN_OFF_STOP for t in tokens[cut:])
    return False


def _section_pair(text: str) -> bool:
    """Whether ``text`` joins two or three section names with ``·`` or ``/`` (``정치·행정``,
    ``입찰/발주``)."""
    parts = text.replace("/", "·").split("·")
    return 2 <= len(parts) <= 3 and all(_key(p) in _SECTIONS for p in parts)


def _by_section(key: str) -> bool:
    """A by-section link of a menu: ``산업별``, ``지역별``."""
    return len(key) >= 3 and key[-1] == "별" and key[:-1] in _SECTIONS


def _ui_only(key: str) -> bool:
    """Whether ``key`` (a line's letters and digits) is made only of widget words and counts.

    ``"공유 댓글 글자크기조정 인쇄"``, ``"조회수 1,234"``, ``"글자 작게 글자 크게"``: a word
    break over the widget vocabulary, linear in the line (at most ``_UI_MAX`` lookups per
    character); only short lines that start with a widget word get this far.
    """
    n = len(key)
    if not 0 < n <= 120 or not (key[0] in _UI_FIRST or key[0].isdigit()):
        return False
    reach = [False] * (n + 1)
    reach[0] = True
    words = furthest = 0
    for i in range(n):
        if i > furthest:
            return False  # no parse reaches this far
        if not reach[i]:
            continue
        if key[i].isdigit():
            j = i + 1
            while j < n and key[j].isdigit():
                j += 1
            reach[j] = True
            furthest = max(furthest, j)
            continue
        if key[i] not in _UI_FIRST:
            continue
        for length in _UI_LENGTHS:
            j = i + length
            if j > n:
                break
            if key[i:j] in _UI_WORDS:
                reach[j] = True
                furthest = max(furthest, j)
                words += 1
    return reach[n] and words > 0


def _crumbs(core: str) -> bool:
    """A breadcrumb: ``HOME > 사회 > 노동``, or an outlet and its section ``예시일보 | 사람들``.

    The trail starts at a home, section or outlet name; ``반도체 > 자동차 > 석유화학 순으로
    늘어`` is a headline.
    """
    if (">" in core or "›" in core or "»" in core) and _BREADCRUMB_RE.fullmatch(core):
        crumbs = [c.strip() for c in re.split(r"[>›»]", core)]
        first = _key(crumbs[0])
        # One-word section names all along ("판결 > 민사") is a trail whatever the start.
        words = all(" " not in c and c.isalpha() and len(c) <= 8 for c in crumbs)
        return words or first in _CRUMB_STARTS or first in _AGENCY_KEYS or _brand(first, first)
    if not 1 <= core.count("|") <= 3:
        return False
    outlet, *sections = (part.strip() for part in core.split("|"))
    if not outlet or any(not s or len(s) > 12 or len(s.split()) > 2 for s in sections):
        return False
    key = _key(outlet)
    if key in _AGENCY_KEYS or _brand(outlet, key):
        return True
    # An unknown outlet name and one section ("예시투데이 | 정책"): short words, no digits.
    return (
        len(sections) == 1
        and len(outlet) <= 12
        and len(outlet.split()) <= 3
        and not _DIGIT_RE.search(core)
        and not _SENT_END_RE.search(core)
    )


def _brand(core: str, key: str) -> bool:
    """Whether a short line is an outlet or portal name: ``KBS 뉴스``, ``The Korea Herald``."""
    if key in _AGENCY_KEYS:
        return True
    suffix = _brand_suffix(key)
    if not suffix or _DIGIT_RE.search(key):
        return False
    stem = key[: suffix.start()]
    if stem in _BRAND_NAMES or stem[-3:] in _CALL_LETTERS or stem[-4:] in _CALL_LETTERS:
        return True  # "KBS 뉴스", "안동MBC NEWS": a (regional) station and its news
    tokens = core.split()
    if _HANGUL_RE.search(core):
        # One word ending in 일보/신문/닷컴 ("광남일보"); "뉴스"/"방송" alone are too common.
        return len(tokens) == 1 and 2 <= len(stem) <= 6 and key[suffix.start() :] in _PRINT_SUFFIXES
    # A Title Case name of two to four words ending in Herald/Times/Daily...
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and suffix.start() > 0


_PRINT_SUFFIXES = frozenset({"일보", "신문", "닷컴"})
# Broadcasters' call letters among the outlet names ("mbc", "jtbc"): a regional station
# prints its place before them.
_CALL_LETTERS = frozenset(
    k for k in _AGENCY_KEYS if k.isascii() and k.isalpha() and 3 <= len(k) <= 4
)


def _menu(core: str) -> bool:
    """A navigation bar flattened into one line: short items between bars, or menu words.

    Bullets and icon-font ligature names leaking as text (``chevron_right 문화``) are
    layout, not items.
    """
    if core.count("|") >= 2 and not _SENT_END_RE.search(core):
        items = [item.strip() for item in core.split("|") if item.strip()]
        # A table row flattened with bars ("| 2020년 | 1,480억 원 | 3.2% |") is text: its
        # cells are mostly figures, a menu's items are words.
        figures = sum(1 for item in items if _DIGIT_RE.search(item))
        if len(items) >= 3 and all(len(item) <= 20 for item in items) and 2 * figures < len(items):
            return True
    if len(core) > 80:
        return False
    tokens = core.split()
    if len(tokens) > 15:
        return False
    # At least 80% of the items must be menu words; stop at the first excess unknown word
    # (items <= tokens, so more than 20% of the tokens unknown already decides).
    allowed = 0.2 * len(tokens)
    icons = known = unknown = brand = 0
    for token in tokens:
        # _key() of a token, which split() left without whitespace.
        folded = token.casefold()
        key = folded if folded.isalnum() else _NOT_ALNUM_RE.sub("", folded)
        if (
            key in _NAV
            or key in _SECTIONS
            or key in _LIST_HEADERS
            or key in _AGENCY_KEYS
            or _by_section(key)
            or ("·" in token and _section_pair(token))
        ):
            known += 1
        elif not key or ("_" in token and _ICON_RE.fullmatch(token)):
            icons += 1
        elif not known and brand < 2:
            # Up to two words before the first item: the outlet's name heading its bar
            # ("SPOTV NEWS 축구 야구 …"), decided below by how many items follow.
            brand += 1
        else:
            unknown += 1
            if unknown > allowed:
                return False
    if brand and known < 4:
        unknown += brand  # too few items to tell a brand from a headline's words
        if unknown > allowed:
            return False
    counted = known + unknown
    if not counted or (counted < 3 and not icons):
        return False
    return known >= 0.8 * counted


def _byline_reason(f: _Feat, core: str, stamped: list[str], digit: bool) -> str:
    """The byline rule a line matches, or ``""``.

    ``stamped`` receives the line without its dates and stamp words when the credit-stamp
    rule computes it (the date-stamp rule needs the same text); ``digit`` tells whether
    the line has a digit.
    """
    n = f.n
    if n > 90 or f.sents > 1:
        return ""
    if ("@" in core or "protected" in core) and _EMAIL_RE.search(core):
        rest = _DATE_TOKEN_RE.sub(" ", _EMAIL_RE.sub(" ", core))
        rest = _NON_WORD_RE.sub(" ", rest).strip()
        if len(rest) <= 40 and len(rest.split()) <= 5 and not f.sents:
            return "email-credit"
    if (
        n <= 100
        and (":" in core or "：" in core or "=" in core or "ㅣ" in core)
        and _CREW_RE.fullmatch(core)
    ):
        return "crew-credit"
    if (
        n <= 60
        and not f.sents
        and core[0] in _CREW_INITIALS
        and _CREW_BARE_RE.fullmatch(core)
        and _bare_crew(core)
    ):
        return "crew-credit"
    if n <= 70 and not f.sents and digit and _STAMP_GATE_RE.search(core):
        stamp = _credit_stamp(core, stamped)
        if stamp:
            return stamp
    if core.endswith(("입니다.", "입니다")) and n <= 70 and f.sents <= 1:
        tail = _BROADCAST_TAIL_RE.search(core, max(0, n - 30))
        if tail is not None and _person_name(tail.group("name")):
            # "지금까지 …에서 YTN 홍길동입니다.": a reporter's closing line.
            lead = core[: tail.start("outlet")].strip()
            if (
                n <= _SIGN_OFF_SHORT
                or not lead
                or lead.startswith("지금까지")
                or lead.endswith("에서")
            ):
                return "sign-off"
    if n > 40:
        return ""
    bare = core.strip("[]()<>〈〉/= ")
    if bare.endswith(_CREDIT_CHROME):  # "홍길동기자 구독": a credit and its page's button
        chrome = _CREDIT_CHROME_RE.search(bare)
        if chrome is not None and chrome.start() > 0:
            bare = bare[: chrome.start()].rstrip()
    if bare[-1:] in _ROLE_LAST and _ROLE_CREDIT_RE.fullmatch(bare):
        return "reporter-credit"
    if (
        core[0] in _SIGN_OFF_INITIALS
        and _SIGN_OFF_RE.fullmatch(core)
        and not _chrome_after_outlet(core)
    ):
        return "sign-off"
    if core[0] in _CREDIT_LIST_INITIALS and _CREDIT_LIST_RE.fullmatch(core):
        return "credit-list"
    if core[0] in _BY_INITIALS and _BY_RE.match(core) and not f.sents:
        return "by-credit"
    if core[0] in _SOURCE_INITIALS and _SOURCE_RE.match(core):
        return "source-credit"
    return ""


def _bare_crew(core: str) -> bool:
    """Whether a crew line without colons names people: every name opens with a surname,
    and a lone item needs a video role (``영상취재 홍길동``; ``구성 요소`` is a phrase)."""
    items = list(_CREW_BARE_NAME_RE.finditer(core))
    if len(items) == 1 and not items[0].group("role").startswith(("영상", "촬영")):
        return False
    return all(_person_name(m.group("name")) for m in items)


def _person_name(word: str) -> bool:
    """Whether ``word`` (2-4 syllables before 입니다) can be a reporter's name.

    It starts with a surname and is no role or common noun (기자, 본사, 아나운서...).
    """
    return (word[0] in _SURNAMES or word[:2] in _SURNAMES) and word not in _SIGN_OFF_STOP


def _chrome_after_outlet(core: str) -> bool:
    """Whether an outlet's name is followed by page chrome, not a reporter's name.

    ``"한국경제 구독"``, ``"한국경제 헤드라인"``, ``"예시 광주방송"`` (another outlet's name):
    a sign-off needs a person.
    """
    word = _TRAILING_HANGUL_RE.search(core.rstrip("(. ").removesuffix("입니다"))
    if word is None:
        return False
    key = word.group()
    return (
        key in _UI_WORDS
        or key in _LIST_HEADERS
        or key in _SIGN_OFF_STOP
        or _brand_suffix(key) is not None
    )


def _credit_stamp(core: str, stamped: list[str]) -> str:
    """``"credit-stamp"`` for a reporter credit beside a date stamp, else ``""``.

    ``"홍길동 기자 2023. 8. 16. 18:14"``, ``"홍길동 기자 | 2021.01.13 16:14"``, and a bare
    name with a full date and time (``"홍길동 2024-09-25 15:08:43"``).
    """
    # One scan gives both the dates and the text between them (what sub(" ") leaves).
    dates: list[str] = []
    pieces: list[str] = []
    pos = 0
    for m in _DATE_TOKEN_RE.finditer(core):
        pieces.append(core[pos : m.start()])
        dates.append(m.group())
        pos = m.end()
    if not dates:
        return ""
    pieces.append(core[pos:])
    rest = _STAMP_WORDS_RE.sub(" ", " ".join(pieces))
    stamped.append(rest)
    rest = " ".join(_NON_WORD_RE.sub(" ", rest).split())
    if not rest or rest == core:
        return ""
    # A CMS header row also prints a field label and widget counts around the credit:
    # "기자명 홍길동 기자 입력 2025.11.03 16:20 댓글 0".
    words = [w for w in rest.split() if w not in _CREDIT_ROW_LABELS and _key(w) not in _UI_WORDS]
    if len(words) < len(rest.split()):
        rest = " ".join(w for w in words if not w.isdigit())
    if _ROLE_CREDIT_RE.fullmatch(rest) or _AGENCY_CREDIT_RE.fullmatch(rest):
        return "credit-stamp"
    has_time = any(":" in d for d in dates)
    has_date = any(len(d) >= 8 for d in dates)
    if (
        has_time
        and has_date
        and _NAME_RE.fullmatch(rest)
        and (key := _key(rest)) not in _SECTIONS
        and key not in _NAV
        and key not in _LIST_HEADERS
        and key not in _UI_WORDS
        and key not in _STAMP_LEAD_KEYS  # "보도시점 2025. 8. 29.(금) 10:00" names no one
        and key not in _AGENCY_KEYS  # "조선비즈 | 2025.06.11 14:03": the outlet's stamp
    ):
        return "credit-stamp"
    return ""


def _stamp_row(core: str) -> bool:
    """Whether a row of ``|``-separated fields holds a stamp word and its date."""
    items = [item.strip(_BULLETS) for item in core.split("|", 8)]
    for item in items:
        if item[:1] in _STAMP_LEAD_INITIALS and _STAMP_LEAD_RE.match(item):
            return True
    # A board's row: the writer, a view counter and the date ("홍길동 | 조회 231 | 26.01.06").
    return any(_VIEW_ITEM_RE.fullmatch(item) for item in items) and any(
        _DATE_TOKEN_RE.search(item) for item in items
    )


_NAME_RE = re.compile(r"[가-힣]{2,4}")
_VIEW_ITEM_RE = re.compile(
    "(?:"
    + _alternation(load_words("lines_view_words.txt"), spaces=False)
    + r")\s?[:：]?\s?[\d,]{1,12}",
    re.IGNORECASE,
)
_CREDIT_ROW_LABELS = frozenset(load_words("lines_credit_labels.txt"))
# "[OSEN=잠실, 한용섭 기자] 2025.09.28 22:31" once punctuation and the stamp are gone:
# an outlet and a dateline before the reporter's name and role.
_AGENCY_CREDIT_RE = re.compile(
    r"[가-힣A-Za-z0-9]{2,12}\s(?:[가-힣A-Za-z0-9]{2,12}\s)?[가-힣]{2,4}\s?(?:" + _ROLES + r")"
)
# A full date or a clock time: what a credit line with a stamp carries.
_STAMP_GATE_RE = re.compile(r"\d{4}\s?[.\-/년]|\d:\d\d")
# A print edition's issue and page numbers ("제21234호", "12면", "A3면").
# A print page's number under the headline ("지면A3", "지면 : 12면").
_PRINT_PAGE_RE = re.compile(r"지면\s?[:：]?\s?[A-Z]?\d{1,3}\s?면?")
_EDITION_RE = re.compile(
    r"(?:제\s?)?\d{1,6}\s?호|(?<![가-힣])(?:제\s?)?호(?![가-힣])|\b[A-Z]?\d{1,3}\s?면\b"
    r"|(?<![가-힣])자(?![가-힣])"  # what is left of "2026년5월5일자" once the date is gone
)


def _has_any(text: str, stems: tuple[str, ...]) -> bool:
    """Whether any of ``stems`` occurs in ``text``."""
    for stem in stems:  # noqa: SIM110 - a plain loop: any() with a generator costs more here
        if stem in text:
            return True
    return False


def _bare_credit(core: str, end: str, f: _Feat) -> bool:
    """A photo description followed by a bare credit: ``"… 정비 현장. 수원시 제공"``.

    The credit (``<org> 제공``, ``<outlet>DB``, ``/홍길동 기자``) follows a full stop; the
    text before it must read as a description: a short phrase without a sentence, or a
    sentence ending in 있다/모습/현장…; a reporter's credit needs a dated description as
    the first sentence (``"9일 오전 … 붐비고 있다. … /홍길동 기자"``).
    """
    credit = _BARE_CREDIT_RE.search(end)
    if credit is None:
        return False
    if credit.group("reporter") is not None:
        if f.sents == 0 and f.n <= 150 and credit.start() > 0:
            return True  # "… 빌라 밀집 지역. 홍길동 기자": a phrase, then its photographer
        if not credit.group("reporter").startswith("/"):
            return False  # a sentence, then a name: a sign-off needs the slash here
        first = _FIRST_SENT_RE.match(core)
        return (
            first is not None
            and first.group(1).endswith(_CAPTION_ENDINGS)
            and _DAY_RE.search(first.group()) is not None
        )
    before = core[: len(core) - len(end) + credit.start()].rstrip(" .")
    if f.sents == 0 and f.n <= 150:
        return bool(before)
    word = _TRAILING_HANGUL_RE.search(before)
    return word is not None and word.group().endswith(_CAPTION_ENDINGS)


def _caption_reason(f: _Feat, core: str) -> str:
    """The caption rule a line matches, or ``""``."""
    n = f.n
    if n > 600:
        return ""
    if core.startswith("!["):
        return "image-markdown"
    if n <= 24 and core[0] in "[(" and _AGENCY_ALONE_RE.fullmatch(core):
        return "photo-credit"  # "[게티이미지뱅크]", "(AP=연합뉴스)": a photo's credit alone
    if f.sents == 0 and _IMAGE_FILE_RE.search(core, max(0, n - 8)):
        return "image-file"
    # "이미지 확대 …" or "사진=…" opens a caption; a long line of several sentences that
    # starts so is a caption glued to the lede, and the lede is the line's main content.
    if (
        f.sents <= 1
        and n <= 250
        and core[0] in _CAPTION_START_INITIALS
        and _CAPTION_START_RE.match(core)
    ):
        return "photo-credit"
    tail = core[-_HEAD:]
    end = core[-100:]
    if n <= 400 and _has_any(end, _CREDIT_STEMS) and _CREDIT_TAIL_RE.search(end):
        return "photo-credit"
    if (
        (core[-1] in "공B자스1])진" or (core[-1].isascii() and "@" in end) or "ⓒ" in end)
        and n <= 400
        and f.sents <= 3
        and _bare_credit(core, end, f)
    ):
        return "photo-credit"
    # A photo desk caption: a sentence then the shot's date "2025.11.03." and the
    # photographer's e-mail; a lede quoting a date ends with a sentence instead.
    last = core[-1]
    if (
        n <= 500
        and last.isascii()
        and f.sents <= 3
        # The stamp ends with the day's digits (and a full stop) or an e-mail's domain.
        and (core[-2:-1].isdigit() if last == "." else (last.isalnum() or last in "_-"))
    ):
        stamp = _PHOTO_STAMP_RE.search(end)
        if stamp and (core[0] in "[(" or _PHOTO_WORDS_RE.search(core)):
            return "photo-stamp"
    if core[0] == "▲" and n <= 300 and _PHOTO_WORDS_RE.search(core):
        return "photo-marker"
    # A dated "…하고 있다." description is a caption when short or signed by a photographer.
    if n <= 400 and (f.sents <= 2 or ("@" in tail and _EMAIL_RE.search(tail))):
        first = core[0]
        # The description opens with ▲, 지난 or the day's digits: test that before the regex.
        desc = (
            _PHOTO_DESC_RE.match(core)
            if first in "▲지" or first.isdigit() or first.isspace()
            else None
        )
        if desc and not _REPORTED_RE.search(desc.group()):
            return "photo-description"
    if (
        n <= 20
        and f.sents == 0
        and " " not in core
        and core.endswith(".")
        and core.rstrip(".")[-1:] != "다"
    ):
        return "caption-label"
    return ""


# --------------------------------------------------------------------------- passes


def _hard_wrapped(feats: list[_Feat]) -> None:
    """Label runs of short lines that break sentences (broadcast scripts) as body."""
    # Labelling a run never changes which lines are candidates, so they are listed once;
    # most pages have too few for a run of four.
    # (Inlined: a call per line costs more than the test.)
    candidate = [f.label is None and not f.section and 0 < f.n <= _SHORT for f in feats]
    if candidate.count(True) < 4:
        return
    i, total = 0, len(feats)
    headline_seen = False  # a headline-like line above: the page's opening phrase is not first
    while i < total:
        if not candidate[i]:
            headline_seen = headline_seen or (feats[i].label is None and feats[i].headline)
            i += 1
            continue
        j = i
        while j < total and candidate[j]:
            j += 1
        run = feats[i:j]
        opening = not headline_seen
        headline_seen = headline_seen or any(f.headline for f in run)
        if len(run) >= 4:
            ends = sum(f.ends_sent or f.sents > 0 for f in run)
            conts = sum(f.cont for f in run)
            open_ends = len(run) - ends  # lines that stop inside a sentence
            if ends / len(run) >= 0.1 and open_ends / len(run) >= 0.5 and conts / len(run) >= 0.15:
                for k, f in enumerate(run):
                    if k == 0 and opening and not f.cont and not f.ends_sent:
                        continue  # the page's first phrase may be the headline above the script
                    f.label, f.reason = "body", "hard-wrapped"
        i = j


def _link_cards(feats: list[_Feat]) -> None:
    """A headline and a lede just above a bare domain line are another article's card."""
    for i, f in enumerate(feats):
        if f.reason != "domain-line":
            continue
        taken = 0
        j = i - 1
        while j >= 0 and taken < 2:
            g = feats[j]
            if g.label == "empty":
                j -= 1
                continue
            # A card holds a headline and a cut-off lede; a complete sentence is article text.
            if g.label is not None or (g.prose and g.ends_sent):
                break
            g.label, g.reason = "boilerplate", "link-card"
            taken += 1
            j -= 1


def _list_items(feats: list[_Feat]) -> None:
    """Headline-like lines right under a related-list header belong to the list."""
    in_list = prose_seen = profile = False
    previous: _Feat | None = None
    for g in feats:
        if g.list_header:
            in_list = True
            profile = g.reason == "profile-header"
        elif in_list and profile and g.label == "byline":
            # The reporter's name in a profile box: chrome, not this article's credit.
            g.label, g.reason = "boilerplate", "profile-box"
        elif g.label == "empty":
            in_list = False
        elif (
            in_list
            and g.label == "caption"
            and not prose_seen
            and previous is not None
            and previous.reason == "related-list"
            and previous.headline
        ):
            # A photo page: the headline under a "포토뉴스" box, then its photo's caption.
            in_list = False
            previous.label, previous.reason = None, ""
        elif in_list and g.label is None:
            if g.headline or g.core.endswith(("…", "...")):
                g.label, g.reason = "boilerplate", "related-list"
            else:
                in_list = False
                # The page's first prose right under a list item: that item is the
                # article's headline (a "최신기사" box heading the article page).
                if (
                    g.prose
                    and not prose_seen
                    and previous is not None
                    and previous.reason == "related-list"
                    and previous.headline
                ):
                    previous.label, previous.reason = None, ""
        if g.label is None and g.prose:
            prose_seen = True
        # The headline's stamp may sit between it and the lede ("입력 : 2025-03-11 07:40").
        if g.label != "empty" and g.reason != "date-stamp":
            previous = g


def _first_body(feats: list[_Feat]) -> int:
    for i, f in enumerate(feats):
        if f.label == "body" or (f.label is None and f.prose and not f.section):
            return i
    return len(feats)


def _title(feats: list[_Feat], first_body: int) -> None:
    """Pick the headline among the headline-like lines above the prose; the rest are decks."""
    # A script tag ("◀ 앵커 ▶", "[리포트]") opens a broadcast script: what follows is spoken
    # text, never the headline.
    script = next((i for i in range(first_body) if feats[i].reason == "script-tag"), first_body)
    candidates = [
        i
        for i in range(script)
        if feats[i].label is None and feats[i].headline and not feats[i].section
    ]
    if candidates:
        # Nothing under the copyright line is this article's headline or deck (a page
        # without prose has its whole length "above the body").
        end = next(
            (i for i in range(candidates[0], script) if feats[i].reason == "copyright"), script
        )
        candidates = [i for i in candidates if i < end]
    # "▲ 홍길동 예시연구원장": a photo's caption, never the headline (even when the line is
    # repeated as the writer's bio under the article). Other "▲ …" lines are a deck's
    # bullet points ("▲ 지원 대상 확대"). (Sets: a page may hold many such lines.)
    markers = {i for i in candidates if feats[i].core[0] in "▲△" and _bullet_caption(feats[i])}
    if markers:
        for i in markers:
            feats[i].label, feats[i].reason = "caption", "photo-marker"
        candidates = [i for i in candidates if i not in markers]
    # A plain service tagline ("보도자료 배포 서비스") beside a real headline is furniture;
    # a headline ending in 서비스 has punctuation ("카카오, 새 결제 서비스").
    taglines = {i for i in candidates if _SERVICE_RE.fullmatch(feats[i].core)}
    if taglines and len(taglines) < len(candidates):
        for i in taglines:
            feats[i].label, feats[i].reason = "boilerplate", "page-furniture"
        candidates = [i for i in candidates if i not in taglines]
    titles = [i for i in candidates if feats[i].n >= 6]
    # A bullet point is a deck under the headline, not the headline (unless nothing else is).
    titles = [i for i in titles if feats[i].core[0] not in "▲△"] or titles
    if not titles:
        return
    strong = [i for i in titles if " " in feats[i].core and _letters(feats[i]) >= 4]
    # A headline repeated further down the page (a "repeated-title") is the headline even
    # when an unknown header line precedes it.
    later = {f.key for f in feats[first_body:] if f.headline and f.key}
    repeated = [i for i in strong if feats[i].key in later]
    if repeated:
        # A writer's bio repeated under the article ("홍길동 예시대 교수") is not a headline.
        repeated = [i for i in repeated if not _bio(feats[i])]
    # Otherwise the headline sits nearest the body: an unknown header line separated from
    # the body by navigation (a section label, a menu, a brand line) is page furniture.
    # (A bar under every candidate, such as a board's "작성자 | 작성일" row, separates nothing.)
    last = strong[-1] if strong else first_body
    cut = max((i for i in range(last) if _nav_separator(feats[i])), default=-1)
    near = [i for i in strong if i > cut]
    # The lede, read once and only when a rule below needs it.
    ledes: list[str] = []

    def lede() -> str:
        if not ledes:
            ledes.append(_lede_text(feats, first_body))
        return ledes[0]

    if near:
        block = _stamped_block(feats, lede, near[0], candidates)
        if block >= 0:
            near = [i for i in strong if i >= block]
    # "[기고] …", "[사설] …": a column's tag marks its headline.
    tagged = (
        []
        if repeated
        else [
            i
            for i in strong
            if feats[i].core[0] in _TAG_OPENERS and _HEADLINE_TAG_RE.match(feats[i].core)
        ]
    )
    title = (repeated or tagged or near or strong or titles)[0]
    title = _best_supported(feats, lede, title, strong)
    if not repeated and not tagged:
        title = _anchored(feats, lede, title, strong, candidates)
    title_key = feats[title].key
    # A headline printed twice in the header: the first print is the headline.
    title = min(i for i in candidates if i == title or (title_key and feats[i].key == title_key))
    # Decks are one to four short lines; a longer stack of phrases is text (or a wrapped script).
    if first_body == len(feats):
        # A page without prose (a personnel list, a notice): under its stamp or byline
        # come the items, not decks.
        stop = next(
            (i for i in range(title + 1, len(feats)) if _stamp_like(feats[i])),
            len(feats),
        )
        candidates = [i for i in candidates if i < stop]
    decks = [i for i in candidates if i > title and feats[i].key != title_key]
    deck_ok = len(decks) <= 4
    for i in candidates:
        f = feats[i]
        if i < title:
            f.label, f.reason = "boilerplate", "before-title"
        elif i == title:
            f.label, f.reason = "title", "headline"
        elif f.key == title_key:
            f.label, f.reason = "title", "repeated-title"
        elif _letters(f) < 4:
            # "뉴스 9", "A 1": too little text to be a deck, nothing to keep.
            f.label, f.reason = "boilerplate", "fragment"
        elif _bio(f):
            f.label, f.reason = "byline", "author-bio"
        elif deck_ok and f.n <= 70 and not f.core.endswith("."):
            f.label, f.reason = "subtitle", "deck"
    if not title_key:
        return
    for f in feats[first_body:]:
        if f.key == title_key and (f.label is None or f.label == "body"):
            f.label, f.reason = "title", "repeated-title"


def _best_supported(
    feats: list[_Feat], lede_of: Callable[[], str], title: int, strong: list[int]
) -> int:
    """The headline the article's lede supports, when the layout picked an unrelated line.

    A site or blog name, or a toolbar label, can sit where the headline usually does;
    the real headline shares its words with the lede. Only a clear case switches: the
    picked line shares (almost) no word with the lede, and another shares half of its.
    """
    core = feats[title].core
    # Only a name-shaped line (five words at most, no headline punctuation such as quotes,
    # an ellipsis or a comma) can be a site's name or a tagline; a punctuated headline
    # that shares no words with its lede ('"이제는 말할 수 있다"') keeps its place.
    if len(core.split()) > _NAME_WORDS or _HEADLINE_MARKS_RE.search(core):
        return title
    lede = lede_of()
    if not lede or _support(core, lede) >= _WEAK_SUPPORT:
        return title
    best, best_support = title, 0.0
    for i in strong:
        support = _support(feats[i].core, lede)
        if support > best_support:
            best, best_support = i, support
    return best if best_support >= _STRONG_SUPPORT else title


def _anchored(
    feats: list[_Feat],
    lede_of: Callable[[], str],
    title: int,
    strong: list[int],
    candidates: list[int],
) -> int:
    """The headline beside the page's stamp or byline, when the picked line is not one.

    A menu, a sister-brand list or a slogan above the headline ("메디컬투데이 HOME 의료
    제약 …", "예시뉴스 - 지역 대표 인터넷신문") shares no word with the lede; the headline
    shares half of its words and sits right above or below the stamp or byline block.
    """
    after = _next_nonempty(feats, title)
    if after is not None and _stamp_like(after):
        return title  # right above the stamp: the headline, whatever the decks below say
    lede = lede_of()
    # A menu may still share the outlet's name or a section word with the lede; a line
    # punctuated like a headline ("…", ",", quotes) must share (almost) none.
    core = feats[title].core
    limit = _WEAK_SUPPORT if _HEADLINE_MARKS_RE.search(core) else _MENU_SUPPORT
    if not lede or _support(core, lede) > limit:
        return title
    touching = _beside_stamp(feats, set(candidates))
    for i in strong:
        if i > title and i in touching and _support(feats[i].core, lede) >= _STRONG_SUPPORT:
            return i
    return title


def _stamp_like(f: _Feat) -> bool:
    """A date stamp or a byline: what a headline block sits beside."""
    return f.reason == "date-stamp" or f.label == "byline"


def _beside_stamp(feats: list[_Feat], candidates: set[int]) -> set[int]:
    """The candidates whose header block (candidates and blank lines in a row) has a date
    stamp or a byline right above or right below it; one pass over the page."""
    out: set[int] = set()
    total = len(feats)
    i = 0
    while i < total:
        if i not in candidates:
            i += 1
            continue
        start = i
        while i < total and (i in candidates or feats[i].label == "empty"):
            i += 1
        before = start - 1
        while before >= 0 and feats[before].label == "empty":
            before -= 1
        if (i < total and _stamp_like(feats[i])) or (before >= 0 and _stamp_like(feats[before])):
            out.update(k for k in range(start, i) if k in candidates)
    return out


def _stamped_block(
    feats: list[_Feat], lede_of: Callable[[], str], picked: int, candidates: list[int]
) -> int:
    """Where the headline block over a stamp or byline starts, when only those and page
    widgets separate it from the line the layout picked (``-1`` otherwise).

    "헤드라인 / 입력 2025.04.29. / 기사원문 / 홍길동 기자 / 공유 / 부제": the navigation
    link among the widgets must not make the deck under them the headline. A teaser
    over a stamp ("최신기사" with its date) is not such a block: the headline shares
    its words with the lede.
    """
    k = picked - 1
    stamp = False
    while k >= 0 and feats[k].label is not None:  # the stamp, byline and widget lines
        stamp = stamp or _stamp_like(feats[k])
        k -= 1
    block = set(candidates)
    if not stamp or k < 0 or k not in block:
        return -1
    nxt = _next_nonempty(feats, k)
    if nxt is None or not _stamp_like(nxt):
        return -1
    start = k
    while start > 0 and (feats[start - 1].label == "empty" or start - 1 in block):
        start -= 1
    lede = lede_of()
    if not lede:
        return -1
    # The block's first line the lede supports: a logo line may head the block.
    return next(
        (
            i
            for i in range(start, k + 1)
            if i in block and _support(feats[i].core, lede) >= _STRONG_SUPPORT
        ),
        -1,
    )


_TAG_OPENERS = "[【<〈"
_HEADLINE_TAG_RE = re.compile(
    r"[\[【<〈]\s?(?:" + _alternation(load_words("lines_headline_tags.txt")) + r")\s?[\]】>〉]"
)
_BIO_POSITIONS = tuple(load_words("lines_bio_positions.txt"))
_BIO_LAST = frozenset(w[-1] for w in _BIO_POSITIONS)
_SURNAMES = frozenset(load_words("bylines_surnames.txt"))
_BIO_NAME_RE = re.compile(r"[가-힣]{2,4}")
_ORG_ENDINGS = frozenset(load_words("lines_org_endings.txt"))
# Headline punctuation and digits: a bio line has neither.
_BIO_NOT_RE = re.compile(r"[\d,…'\"‘’“”?!\[\]:|/]")


def _bio(f: _Feat) -> bool:
    """A writer's bio line: a name, an organisation and a position (``"홍길동 예시대 교수"``)."""
    return not f.sents and _bio_text(f.core)


def _bio_text(core: str) -> bool:
    """Whether ``core`` (a line without sentences) reads as a name, organisation and position."""
    if not 6 <= len(core) <= 50 or core[-1] not in _BIO_LAST:
        return False
    if not core.endswith(_BIO_POSITIONS):
        return False
    words = core.split()
    if not 2 <= len(words) <= 7:
        return False
    name = words[0]
    return (
        _BIO_NAME_RE.fullmatch(name) is not None
        and (name[0] in _SURNAMES or name[:2] in _SURNAMES)
        # "정부 …", "강원도 …": an organisation opens the line, not a person.
        and name[-1] not in _ORG_ENDINGS
        and _BIO_NOT_RE.search(core) is None
    )


def _bullet_caption(f: _Feat) -> bool:
    """Whether a ``▲`` line above the prose is a photo's caption, not a deck's bullet point.

    The rest of the line is a bio (``"▲ 홍길동 예시대 교수"``), holds photo words or a
    credit, or ends like a photo description (``"… 둘러보는 모습"``).
    """
    rest = f.core[1:].strip()
    if not rest:
        return False
    if _bio_text(rest) or _PHOTO_WORDS_RE.search(rest):
        return True
    end = rest[-100:]
    if _has_any(end, _CREDIT_STEMS) and _CREDIT_TAIL_RE.search(end):
        return True
    rest = rest.rstrip(". ")
    word = _TRAILING_HANGUL_RE.search(rest, max(0, len(rest) - 20))
    return word is not None and word.group().endswith(_CAPTION_ENDINGS)


_NAME_WORDS = 5
_HEADLINE_MARKS_RE = re.compile(r"[…,·'\"‘’“”?!\[\]]|\.\.")
_WEAK_SUPPORT = 0.15
_MENU_SUPPORT = 0.3
_STRONG_SUPPORT = 0.5
_LEDE_LINES = 3


def _lede_text(feats: list[_Feat], first_body: int) -> str:
    """The casefolded start of the first prose lines: what a headline summarizes."""
    parts: list[str] = []
    for f in feats[first_body:]:
        if len(parts) == _LEDE_LINES:
            break
        if f.prose and f.label in (None, "body"):
            parts.append(f.core[: _HEAD * 2])
    return "\n".join(parts).casefold()


def _support(core: str, lede: str) -> float:
    """The share of a line's words whose first two letters occur in the lede.

    Two letters, because Korean words keep their head across endings (광주시가/광주시는).
    """
    heads = {w[:2] for w in _WORD_RE.findall(core.casefold()) if len(w) >= 2}
    return sum(h in lede for h in heads) / len(heads) if heads else 0.0


_WORD_RE = re.compile(r"[^\W_]+")


_SEPARATOR_REASONS = frozenset(
    {
        "navigation",
        "menu",
        "breadcrumb",
        "outlet-name",
        "list-header",
        "weather-widget",
        "related-list",
    }
)


def _nav_separator(f: _Feat) -> bool:
    """A navigation line: what separates the page header from the article's headline."""
    return f.section or f.reason in _SEPARATOR_REASONS


def _letters(f: _Feat) -> int:
    """How many letters a (short) line has: decks and headlines need a few words of text."""
    return len(_LETTER_RE.findall(f.core, 0, _HEAD))


def _tail(feats: list[_Feat], first_body: int) -> None:
    """After the article's end (copyright, list header, card...), lines are page furniture.

    Two complete prose lines in a row resume the article (a widget inside it), and so
    does one complete sentence that closes the page: the article's own last sentence
    before its sign-off (the end of the page, a byline, or another marker follows it).
    Under a related-list header or after comments, such a line is another article's.
    """
    in_tail = hard_tail = listed = dated = False
    total = len(feats)
    # Pointers that only move forward, so that no line is looked at twice (linear on any
    # page): the last line known to be blank after the last marker (the scan stops at the
    # first other line), and the line up to which the lines after the marker were given
    # back to the article.
    blank_to = restored = first_body
    for i in range(first_body, total):
        f = feats[i]
        if f.marker:
            in_tail = True
            hard_tail = hard_tail or f.reason == "comments"
            listed = listed or f.list_header
            blank_to = restored = i
            dated = False
            continue
        if f.bare_date and i > first_body and _next_prose(feats, i):
            f.label, f.reason = "boilerplate", "next-item-date"
            in_tail = dated = True
            continue
        if not in_tail or f.label in ("empty", "byline", "caption", "boilerplate"):
            continue
        if not hard_tail and _complete(f):
            nxt = _next_nonempty(feats, i)
            if (nxt is not None and (_complete(nxt) or nxt.label == "byline")) or (
                # A widget or notice inside the article, then its closing sentence.
                not listed
                and not dated
                # Article prose ends in the plain register ("…말했다."); a notice or
                # prompt ("…할 수 있습니다.", "…구독하세요.") closes pages too.
                and _PLAIN_END_RE.search(f.core, max(0, f.n - 8)) is not None
                and (nxt is None or nxt.marker)
                and (blank_to := _blank_until(feats, blank_to, i)) >= i - 1
            ):
                in_tail = False
                # The article went on: what followed the marker was article text too.
                for g in feats[restored + 1 : i]:
                    if g.reason == "after-article":
                        g.label, g.reason = None, ""
                restored = i
                continue
        if f.reason == "date-stamp" and not listed and _TAIL_STAMP_RE.search(f.core):
            # "2026/03/10 15:48 송고": the article's own stamp, printed at its end; under a
            # list header it is a listed article's.
            continue
        if f.label is None or f.label == "meta":
            f.label, f.reason = "boilerplate", "after-article"


def _blank_until(feats: list[_Feat], start: int, stop: int) -> int:
    """The last index before ``stop`` reached from ``start`` over blank lines only."""
    while start + 1 < stop and feats[start + 1].label == "empty":
        start += 1
    return start


_PLAIN_END_RE = re.compile(r"(?<!니)다\s?\.['\"”’」』)\]]{0,3}$")


def _complete(f: _Feat) -> bool:
    """Unlabelled prose made of whole sentences: what article text looks like."""
    return f.label is None and f.prose and f.n >= 20 and (f.ends_sent or f.sents >= 2)


def _next_nonempty(feats: list[_Feat], i: int) -> _Feat | None:
    for g in feats[i + 1 : i + 40]:
        if g.label != "empty":
            return g
    return None


def _next_prose(feats: list[_Feat], i: int) -> bool:
    """Whether the next item after a bare date stamp is text: prose, or a headline over prose.

    Further bare stamp lines (``12.12`` then ``2025``) are skipped.
    """
    g = _next_nonempty(feats, i)
    for _ in range(3):
        if g is None or not g.bare_date:
            break
        i = feats.index(g, i + 1)
        g = _next_nonempty(feats, i)
    if g is None or g.label is not None:
        return False
    if g.prose:
        return True
    if not g.headline:
        return False
    h = _next_nonempty(feats, feats.index(g, i + 1))
    return h is not None and h.label is None and h.prose and h.ends_sent


def _rest(feats: list[_Feat], first_body: int) -> None:
    """Label what the rules left open: prose is body, section words are header or nav."""
    total = len(feats)
    title_seen = False
    # Where the article's text ends and whether the page is a column: found once, on the
    # first bio-shaped line (most pages have none).
    ends: tuple[int, bool] | None = None
    for i, f in enumerate(feats):
        if f.label == "title":
            title_seen = True
        if f.reason == "script-tag":
            title_seen = True  # a script's spoken lines are text, not header furniture
        if f.label is not None:
            continue
        # A region alone is a desk's label in the header only; in the body it heads a
        # by-region passage ("서울" over Seoul's weather).
        if f.section and not (i >= first_body and f.key in _REGION_ONLY):
            if i < first_body and f.key in _REGIONS:
                prev = _prev_nonempty(feats, i)
                if prev is not None and prev.reason == "outlet-name":
                    # "KBS 뉴스" then "부산": the outlet's regional edition, part of its name.
                    f.label, f.reason = "boilerplate", "outlet-name"
                    continue
            near_meta = any(
                g.label == "meta" for g in (_prev_nonempty(feats, i), _next_nonempty(feats, i)) if g
            )
            reason = f.reason or "section-label"  # or "breadcrumb"
            if i < first_body or near_meta:
                f.label, f.reason = "meta", reason
            else:
                f.label, f.reason = "boilerplate", reason
            continue
        if f.headline and f.core.endswith(".") and f.n <= 40 and not f.qa:
            near = (_prev_nonempty(feats, i), _next_nonempty(feats, i))
            if any(g is not None and g.label == "caption" for g in near):
                f.label, f.reason = "caption", "caption-continuation"
                continue
        if f.prose:
            f.label, f.reason = "body", ("sentence-ending" if f.sents else "long-text")
        elif i > first_body and _bio(f):
            if ends is None:
                ends = _text_end(feats, first_body)
            # A writer's bio ("홍길동 예시대 교수") closes the article; inside it, such a line
            # is a speaker's name (a Q&A's "홍길동 변호사"), except on a column page.
            if i > ends[0] or ends[1]:
                f.label, f.reason = "byline", "author-bio"
            else:
                f.label, f.reason = "body", "in-article"
        elif i < first_body and f.n <= 20 and not _LETTER_RE.search(f.core):
            # "0 0", "12 3": like/comment counters in the header; printed under a widget
            # button ("추천" then "2") the count is part of that widget.
            prev = _prev_nonempty(feats, i)
            if prev is not None and prev.label == "boilerplate" and prev.reason in _BUTTONS:
                f.label, f.reason = "boilerplate", "counter"
            else:
                f.label, f.reason = "meta", "counter"
        elif i >= first_body or first_body == total or title_seen:
            f.label, f.reason = "body", "in-article"
        else:
            f.label, f.reason = "boilerplate", "before-title"


def _text_end(feats: list[_Feat], first_body: int) -> tuple[int, bool]:
    """The index of the page's last prose line, and whether a column tag heads the page."""
    last = next(
        (
            i
            for i in range(len(feats) - 1, -1, -1)
            if feats[i].label == "body" or (feats[i].label is None and feats[i].prose)
        ),
        -1,
    )
    column = any(
        f.core[:1] in _TAG_OPENERS and _HEADLINE_TAG_RE.match(f.core) for f in feats[:first_body]
    )
    return last, column


# Widget lines whose count a text dump prints on the next line.
_BUTTONS = frozenset({"widget-bar", "widget", "comments", "navigation"})
# An interview's question or answer marker: such a line is not a caption's second line.
_QA_RE = re.compile(r"[-–▲△]|[QA문답]\s?[.:：)]")
_QA_INITIALS = frozenset("-–▲△QA문답")


def _prev_nonempty(feats: list[_Feat], i: int) -> _Feat | None:
    for j in range(i - 1, max(-1, i - 40), -1):
        if feats[j].label != "empty":
            return feats[j]
    return None


# --------------------------------------------------------------------------- public API


def classify_lines(text: str) -> list[Line]:
    """Return one labelled :class:`Line` per line of ``text.split("\\n")``.

    Labels follow the annotation schema: ``title``, ``subtitle``, ``meta``,
    ``byline``, ``body``, ``caption``, ``boilerplate``, ``empty``; ``reason``
    names the rule that decided (``"weather-widget"``, ``"copyright"``,
    ``"sentence-ending"``, ``"repeated-title"``...). The text is used as given
    (no repair or normalization), and ``text[line.start:line.end] == line.text``.

    Args:
        text: the page text, lines separated by ``"\\n"``.

    Returns:
        The lines in order, one per line of the input (an empty string gives one
        empty line).

    Raises:
        TypeError: if ``text`` is not a ``str`` (decode ``bytes`` first).

    >>> page = "광주시, AI 중심도시 도약\\n  • 맑음속초20.2℃\\n광주시가 AI 사업을 본격 추진한다.\\n/홍길동 기자 hong@example.com"
    >>> [(ln.label, ln.reason) for ln in classify_lines(page)]
    [('title', 'headline'), ('boilerplate', 'weather-widget'), ('body', 'sentence-ending'), ('byline', 'email-credit')]
    >>> [ln.label for ln in classify_lines("이용섭 시장은 28일 송·신년 기자회견을 열었다.\\n\\xa0")]
    ['body', 'empty']
    """
    text = ensure_str(text)
    raws = text.split("\n")
    feats = _labelled([_feature(raw).clone() for raw in raws])
    out: list[Line] = []
    pos = 0
    for index, (raw, f) in enumerate(zip(raws, feats, strict=True)):
        end = pos + len(raw)
        label: LineLabel = f.label if f.label is not None else "body"
        out.append(Line(index, pos, end, raw, label, f.reason or "default"))
        pos = end + 1
    return out


def _labelled(feats: list[_Feat]) -> list[_Feat]:
    """Run the neighbourhood passes over the lines' own features (in place)."""
    _hard_wrapped(feats)
    _link_cards(feats)
    _list_items(feats)
    first_body = _first_body(feats)
    _title(feats, first_body)
    tail_from = first_body
    if first_body == len(feats):
        # A page without prose (a personnel list, a photo item) still ends at its
        # copyright line or list header: the tail starts after the headline.
        tail_from = next((i + 1 for i, f in enumerate(feats) if f.label == "title"), first_body)
    _tail(feats, tail_from)
    _rest(feats, first_body)
    return feats


def strip_boilerplate(text: str) -> Stripped:
    """Return the lines of ``text`` split into kept (title, subtitle, body) and removed ones.

    Removed lines keep their label and reason, so nothing disappears unexplained.
    The text is used as given; :func:`clean` repairs and normalizes first.

    Args:
        text: the page text.

    Returns:
        A :class:`Stripped` with ``kept``, ``removed`` and ``text`` (the kept lines
        joined with ``"\\n"``).

    Raises:
        TypeError: if ``text`` is not a ``str``.

    >>> s = strip_boilerplate("728x90\\n광주시는 12일 협약을 체결했다.\\n저작권자 © 광주일보 무단전재 및 재배포 금지")
    >>> s.text
    '광주시는 12일 협약을 체결했다.'
    >>> [(ln.label, ln.reason) for ln in s.removed]
    [('boilerplate', 'ad-marker'), ('boilerplate', 'copyright')]
    """
    lines = classify_lines(text)
    kept = tuple(ln for ln in lines if ln.label in KEPT_LABELS)
    removed = tuple(ln for ln in lines if ln.label not in KEPT_LABELS)
    return Stripped(kept, removed, "\n".join(ln.text for ln in kept))


def clean(text: str) -> str:
    """Return the article text of a scraped page: headline, deck and body lines.

    Steps: repair mojibake, normalize, classify lines, drop paragraphs that repeat
    an earlier one, and join the title, subtitle and body lines with ``"\\n"``.
    The steps are repeated until the text no longer changes, so
    ``clean(clean(x)) == clean(x)``. Every output line is a line of the
    normalized input.

    Args:
        text: the page text.

    Returns:
        The article text; ``""`` when nothing on the page is article text.

    Raises:
        TypeError: if ``text`` is not a ``str`` (decode ``bytes`` first).

    >>> clean("본문 바로가기\\n광주시‧경기도, 공동번영 이룬다\\n해당된 기사를 공유합니다\\n광주시와 경기도가 손을 맞잡았다.\\n광주시‧경기도, 공동번영 이룬다\\n모바일 버전으로 보기")
    '광주시·경기도, 공동번영 이룬다\\n광주시와 경기도가 손을 맞잡았다.'
    >>> clean("728x90\\n반응형")
    ''
    """
    text = normalize(repair_encoding(ensure_str(text)))
    for _ in range(_MAX_PASSES):
        # Normalization can expose mojibake that invisible characters hid from the repair
        # ("\xad°¹"): repeat until both are done, so that a second clean() changes nothing.
        repaired = repair_encoding(text)
        if repaired == text:
            break
        text = normalize(repaired)
    lines = text.split("\n")
    # The features of this page's lines, for the later passes.
    local: dict[str, _Feat] = {}
    for _ in range(_MAX_PASSES):
        following = _clean_pass(lines, local)
        if not following:
            return ""
        if following == lines:  # lines hold no "\n": equal lists, equal joined texts
            break
        lines = following
    return "\n".join(lines)


def _article_lines(text: str) -> list[str]:
    """The lines one labelling pass keeps (title, subtitle, body) of the repaired page.

    The body near-duplicate signatures are computed from. :func:`clean` also drops
    repeated paragraphs and repeats repair and labelling until nothing changes; an
    n-gram *set* is blind to repeats, and the rare line a second pass relabels (a
    list item whose header the first pass removed) moves a signature by a slot or
    two, while skipping both saves a third of the cleaning time.

    Past the article's end (a copyright notice below its first prose) only whole
    sentences can be the article again (the tail pass gives them back when it
    resumes), so only they are kept there, and a line that cannot be prose and does
    not follow prose is not classified at all (``_unread_tail``): related-article
    lists past the end are most of a crawl's unseen lines. Prose, the line after it
    and short lines (where a comments or list header would be) are still read, for
    the tail pass, up to the last line that could be prose: after it nothing can be
    kept.
    """
    lines = normalize(repair_encoding(ensure_str(text))).split("\n")
    # The last line that could be prose (a full stop, ! or ?, or 100 characters).
    last_open = next((i for i in range(len(lines) - 1, -1, -1) if not _never_prose(lines[i])), -1)
    feats: list[_Feat] = []
    prose_seen = after_prose = False
    end = len(lines)  # the index of the copyright line that ends the article
    heads: frozenset[str] = frozenset()  # last characters of the headline keys above it
    for i, raw in enumerate(lines):
        if i > end and not after_prose and raw.strip() and (i > last_open or _unread_tail(raw)):
            feats.append(_Feat.unread(raw, heads))
            continue
        f = _feature(raw).clone()
        feats.append(f)
        if f.label == "empty":
            continue
        if f.label is None and f.prose:
            prose_seen = True
        elif prose_seen and f.reason == "copyright" and end == len(lines) and _notice(f.core):
            end = i
            heads = frozenset(g.key[-1] for g in feats if g.label is None and g.headline and g.key)
        after_prose = f.prose
    _labelled(feats)
    return [
        raw
        for i, (raw, f) in enumerate(zip(lines, feats, strict=True))
        if (f.label if f.label is not None else "body") in KEPT_LABELS
        and (i < end or (f.prose and (f.ends_sent or f.sents >= 2)))
    ]


def _notice(core: str) -> bool:
    """Whether a copyright line is a notice (``무단 전재 및 재배포 금지``, ``Copyright ©``),
    not a mark alone (``ⓒ KBS``), which also sits under a photo inside the article."""
    head = core[:_HEAD]
    return _COPYRIGHT_RE.search(head, _LATIN_FOLD_RE.search(head) is not None) is not None


def _unread_tail(raw: str) -> bool:
    """Whether a line past the article's end may go unclassified: it cannot be prose
    (no full stop, under 100 characters) and is longer than a comments or list header."""
    return len(raw) < 100 and "." not in raw and len(raw.strip()) > 20


def _never_prose(raw: str) -> bool:
    """Whether a line can be neither prose nor a sentence's end, whatever its features."""
    return len(raw) < 100 and "." not in raw and "?" not in raw and "!" not in raw


def _clean_pass(lines: list[str], local: dict[str, _Feat]) -> list[str]:
    """One round of :func:`clean` on a page's lines: the kept lines, repeats removed."""
    templates = []
    for raw in lines:
        # The page's own table first: the shared cache may have dropped a line of a huge
        # page (or never kept a long one) by the time a later pass needs it again.
        template = local.get(raw)
        if template is None:
            template = _young.get(raw)  # inlined _feature() hit: the common case
            if template is None:
                template = _feature(raw)
            local[raw] = template
        templates.append(template)
    feats = _labelled([t.clone() for t in templates])
    kept = []
    keys = []
    for raw, template, f in zip(lines, templates, feats, strict=True):
        if (f.label if f.label is not None else "body") in KEPT_LABELS:
            kept.append(raw)
            key = template.dkey
            if key is None:
                key = template.dkey = _dedup_key(raw)
            keys.append(key)
    return _kept_paragraphs(kept, keys)
