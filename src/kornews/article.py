"""One call from a scraped page to a structured article: :func:`extract`.

``extract`` composes the other capabilities and adds only what needs the whole page:
which line is the headline, which date stamp is the publication time, which credits
belong to this article, and whether the page is a listing of several articles.

In scope: plain text as scraped (one block per line, any furniture around it).
Out of scope: HTML parsing (give kornews the text of the page), fetching pages,
languages other than Korean.
"""

from __future__ import annotations

import dataclasses
import html
import json
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import regex

from kornews._data import load_words
from kornews._dates_scan import STAMP_CANONICAL
from kornews._kiwi import Sentence, split_sentences
from kornews._util import alternation, ensure_str
from kornews.bylines import Byline, find_bylines
from kornews.dates import DateMention, _has_stamp_word, find_dates
from kornews.encoding import repair_encoding
from kornews.lines import _UI_WORDS, RELEASE_DATELINE_RE, Line, _key, classify_lines
from kornews.money import Money, find_money
from kornews.normalization import normalize
from kornews.paragraphs import RemovedParagraph, dedupe_paragraphs
from kornews.types import DAY_GRAINS, ArticleKind, Grain

__all__ = ["Article", "extract"]

# Canonical stamp words (DateMention.stamp) of the first publication, and of a later update.
_PUBLISH_STAMPS = frozenset(
    {"입력", "등록", "송고", "기사입력", "발행", "작성일", "게재", "기사전송", "Published"}
)
_UPDATE_STAMPS = frozenset({"수정", "최종수정", "업데이트", "승인", "Updated"})
# Ranks of publication candidates, best first (see _published).
_MARKED, _PRINTED, _UNMARKED, _ABOVE = 0, 0.5, 1, 3
# The print edition's date ("발행일 2026-06-10 제3면") ranks below the online stamp (입력 …).
_PRINT_STAMPS = frozenset({"발행", "게재"})
# Where a line may carry an unmarked date that is a stamp.
_ANYWHERE, _AT_START, _NEVER = "anywhere", "at-start", "never"
_LEAD_CHARS = " \t[(<|·•-"
# Short header lines the line rules drop that still print the page's stamp
# ("일자 2022-10-04 (화)" under the headline).
_STAMP_REASONS = frozenset({"fragment"})
# Widget rows and bars that may hold a marked stamp ("작성자 … | 작성일 2025-05-21 | 조회수 312").
_STAMP_HOSTS = frozenset({"menu", "widget-bar", "counter", "navigation"})
# Labels whose lines may carry the page's own date stamp.
_STAMP_LABELS = frozenset({"meta", "byline", "title"})
# Credits printed in these lines belong to other articles or to the page, not to this article.
_FOREIGN_LABELS = frozenset({"boilerplate"})

# A metadata prefix some aggregators inject before the headline (" date 2025-09-16 ...").
_META_PREFIX = regex.compile(r"^\s*(?:date\s*)?\d{4}-\d{2}-\d{2}\s+", regex.IGNORECASE)
# Leading bullets and list markers that are layout, not headline text.
_LEADING_BULLETS = regex.compile(r"^[\s•·■□▶▷►◆◇○●\-–—*]+")
# What text extractors print before a headline: a Markdown heading mark ("# …") or a
# front-matter key ("title: …").
_HEADING_MARK = regex.compile(r"^\s*(?:#{1,6}\s+|(?:title|제목)\s?[:：]\s?)", regex.IGNORECASE)
# A publication stamp glued after a headline on the same line ("… 오를까? 입력 :2016-09-07 …").
_GLUED_STAMP = regex.compile(r"\s(?:기사)?입력\s?:?\s?\d{2,4}[.\-/]")
_DIGIT = regex.compile(r"\d")
# Sentence-final endings: a listing's ledes are cut mid-sentence, an article's paragraphs are not.
_SENTENCE_END = regex.compile(r"(?:[.!?…。'\"’”)]|다)\s*$")

# A headline glued to its deck on one line, split at the closing quote of a
# 'speaker "quote"' headline: '예시시 "…참여 당부" 여름철 물놀이 사고 절반이 7월…'. Only
# long lines are split (one headline rarely runs past 45 characters), and never before a
# word that completes the quote ('… "…" 주장') or a tail with quotes of its own.
_GLUED_DECK = regex.compile(r'([^"“”]{1,20}?\s?["“][^"“”]{6,80}["”])\s([^"“”]{15,120})')
_GLUED_MIN = 45
_GLUED_LONG = 55  # longer than any one headline a portal prints
_QUOTE_VERBS = load_words("article_quote_verbs.txt")
# Where the article starts inside a page flattened into one line, after its header: a
# wire opener ("(세종=연합뉴스) 홍길동 기자 = …"), an outlet and its stamp ("머니투데이
# 2024.11.02 14:37"), or a feed item's " - 매일노동뉴스 (2022-05-02)".
_FULL_DATE = r"(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2}\.?"
_FEED_ITEM = r"\s[-–|]\s[^\s()]{2,20}\s?\((?P<stamp>" + _FULL_DATE + r")\)"
_FLAT_OPENER = regex.compile(
    r"[(\[]\s?[가-힣]{1,10}\s?=\s?[^()\[\]=\s]{2,15}\s?[)\]]"
    r"|(?<=\s)(?P<outlet>[^\s\d<>()\[\]]{2,15})\s(?P<stamp>"
    + _FULL_DATE
    + r"(?:\s\d{1,2}:\d\d)?)(?=\s)"
    r"|" + _FEED_ITEM
)
# A feed item's outlet and date after its headline, dropped from the title.
_FEED_SUFFIX = regex.compile(_FEED_ITEM + r"\s*$")
# A breadcrumb before the headline ("홈 > 사회 > 사건사고").
_BREADCRUMB = regex.compile(r"(?:[^\s>›»]{1,12}\s?[>›»]\s?){1,6}[^\s>›»]{1,12}\s")
_HEADER_MARKERS = regex.compile(alternation(load_words("article_header_markers.txt"), spaces=True))
_CREDIT_TOKEN = regex.compile(r"[가-힣]{2,4}기자")
_NAME_TOKEN = regex.compile(r"[가-힣]{2,4}")
# A sentence ending anywhere, or a clause left open at the end ("…밝혔고", "…가운데"):
# running text, not a headline.
_SENTENCE_INSIDE = regex.compile(r"(?:다|요|까)\s?[.?!]")
_CLAUSE_END = regex.compile(r"(?:고|며|면서|지만|는데|가운데)\s*$")
_HANGUL = regex.compile(r"\p{Hangul}")
# A date badge printed over two lines: the month and day, then the year ("12.12" / "2025").
_BADGE_DAY = regex.compile(r"\s*(\d{1,2})\s?[./]\s?(\d{1,2})\.?\s*|\s*(\d{1,2})월\s?(\d{1,2})일\s*")
_BADGE_YEAR = regex.compile(r"\s*((?:19|20)\d\d)\s?[.년]?\s*")

# The page-stamp words (dates' table) whose canonical word is a publication stamp.
_PUBLISH_WORDS = alternation(
    word for word, canonical in STAMP_CANONICAL.items() if canonical in _PUBLISH_STAMPS
)
# A publication stamp word beside a date: "입력 2025.03.30 18:10", "2026/03/10 15:48 송고".
_PUBLISH_MARK = regex.compile(
    _PUBLISH_WORDS + r"\s?[:：]?\s?\d|\d\s?" + _PUBLISH_WORDS + r"\s*$",
    regex.IGNORECASE,
)
_STAMP_LINE_MAX = 300  # a stamp line is short; longer lines are never exempted

_LISTING_MIN_ITEMS = 3
# Characters: ledes cut shorter than this are too short to tell a cut from a short line.
_LISTING_LEDE_MIN = 60
_LEDE_MIN = 40  # characters: shorter text after a badge is a label, not a lede
_WIDGET_RUN = 3


@dataclass(frozen=True, slots=True)
class Article:
    """A news article (or a listing page) extracted from raw page text.

    Spans: ``lines`` and ``bylines`` point into :attr:`source` (the input after encoding
    repair and normalization, which keep the line structure, so ``Line.index`` is also
    the input's line number); ``money`` and ``dates`` point into :attr:`body`.
    """

    kind: ArticleKind
    """``"article"``, or ``"listing"`` for a page of several articles' ledes."""
    title: str | None
    subtitle: str | None
    published: date | datetime | None
    """The publication time printed on the page (a date when no time of day is printed)."""
    published_grain: Grain | None
    updated: date | datetime | None
    """The last update time printed on the page (``수정``/``업데이트`` stamps), if any."""
    bylines: tuple[Byline, ...]
    body: str
    """The body paragraphs joined with ``"\\n"``."""
    paragraphs: tuple[str, ...]
    items: tuple[str, ...]
    """For a listing page, one lede per listed article; empty for an article."""
    money: tuple[Money, ...]
    dates: tuple[DateMention, ...]
    lines: tuple[Line, ...]
    """Every input line with its label and the reason for it."""
    duplicates: tuple[RemovedParagraph, ...]
    """Body paragraphs dropped because they repeat an earlier one; ``index`` and
    ``duplicate_of`` are input line numbers (positions in :attr:`lines`)."""
    encoding_repaired: bool
    source: str

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences of :attr:`body`, split by Kiwi (loaded on first use; spans into ``body``).

        Splitting runs on every access: keep the result if you need it twice.
        """
        return tuple(split_sentences(self.body))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: dates in ISO 8601, ``Decimal`` as a string, tuples as lists."""
        out = {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}
        del out["source"]
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` serialised as JSON (UTF-8 text, Korean kept unescaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


# Field names per result class: dataclasses.fields() on every line record is costly.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _jsonable(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES.get(type(value))
        if names is None:
            names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
        return {name: _jsonable(getattr(value, name)) for name in names}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def extract(text: str, reference: date | datetime | None = None) -> Article:
    """Return the :class:`Article` in a scraped Korean news page.

    Steps: repair encoding, normalize, classify lines, drop repeated paragraphs, then
    title, subtitle and publication time (from the page's own stamps, never from a
    "today" widget above a weather box), bylines, body paragraphs, and the money and
    dates of the body, dates resolved against the publication time, else ``reference``.

    Args:
        text: The page text, one block per line.
        reference: Date to resolve relative dates against when the page prints no
            publication time. The clock is never read.

    Returns:
        The article; ``kind == "listing"`` when the page lists several articles' ledes.

    Raises:
        TypeError: ``text`` is not a ``str`` or ``reference`` is not a date/datetime.

    >>> a = extract("광주시, 청년 지원 확대\\n2025년 04월 14일(월) 20:25\\n광주시는 14일 청년 지원에 100억원을 투입한다고 밝혔다.\\n/홍길동 기자 hong@example.com")
    >>> a.title, a.published.isoformat(), a.bylines[0].name
    ('광주시, 청년 지원 확대', '2025-04-14T20:25:00+09:00', '홍길동')
    >>> [(m.text, m.value) for m in a.money]
    [('100억원', Decimal('10000000000'))]
    >>> extract("").body
    ''
    """
    text = ensure_str(text)
    if reference is not None and not isinstance(reference, (date, datetime)):
        raise TypeError(
            f"reference must be a datetime.date or datetime.datetime, not {type(reference).__name__}"
        )
    repaired = repair_encoding(text)
    source = normalize(repaired)
    lines = tuple(classify_lines(source))
    # Headlines are reported as printed (normalization would also unify their middle dots
    # and fullwidth forms); only layout whitespace and invisible characters are folded.
    printed = repaired.replace("\r\n", "\n").split("\n")
    if len(printed) != len(lines):  # cannot happen: both steps keep the line structure
        printed = [ln.text for ln in lines]

    title_index = next((ln.index for ln in lines if ln.label == "title"), None)
    flat = _flattened_header(lines, printed) if title_index is None else None
    title, deck = _split_glued_deck(_title(lines, printed, title_index, flat))
    subtitle = _subtitle(lines, printed, deck)
    published, grain, updated = _published(lines, title_index, flat)

    body_lines = [ln for ln in lines if ln.label == "body"]
    deduped = dedupe_paragraphs([ln.text.strip() for ln in body_lines])
    paragraphs = tuple(p for p in deduped.kept if p)
    # Report repeats by input line number, so each points at its entry in ``lines``.
    duplicates = tuple(
        dataclasses.replace(
            r, index=body_lines[r.index].index, duplicate_of=body_lines[r.duplicate_of].index
        )
        for r in deduped.removed
    )
    badged = _badge_items(lines, paragraphs)
    listing = badged is not None or _is_listing(lines, paragraphs)
    kind: ArticleKind = "listing" if listing else "article"
    items = (badged or paragraphs) if listing else ()
    body = "\n".join(paragraphs)

    anchor = published if published is not None else reference
    return Article(
        kind=kind,
        title=title,
        subtitle=subtitle,
        published=published,
        published_grain=grain,
        updated=updated,
        bylines=_bylines(source, lines),
        body=body,
        paragraphs=paragraphs,
        items=items,
        money=tuple(find_money(body)),
        dates=tuple(find_dates(body, reference=anchor)),
        lines=lines,
        duplicates=duplicates,
        encoding_repaired=repaired != text,
        source=source,
    )


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _as_printed(text: str) -> str:
    """``text`` with entities decoded, invisible characters dropped and whitespace folded."""
    return " ".join(unicodedata.normalize("NFC", html.unescape(text)).translate(_INVISIBLE).split())


def _title(
    lines: tuple[Line, ...], printed: list[str], title_index: int | None, flat: _Flat | None
) -> str | None:
    if title_index is not None:
        raw = _as_printed(printed[title_index])
    elif flat is not None:
        return flat.title
    else:
        # No headline line: a headline may be glued before a publication stamp in the
        # first body line ("… 오를까? 입력 :2016-09-07 13:02:19 …").
        first = next((ln for ln in lines if ln.label == "body"), None)
        if first is None:
            return None
        stamp = _GLUED_STAMP.search(first.text)
        if stamp is None or stamp.start() > 120:
            return None
        raw = _as_printed(first.text[: stamp.start()])
    title = _LEADING_BULLETS.sub("", _META_PREFIX.sub("", _HEADING_MARK.sub("", raw)))
    title = _FEED_SUFFIX.sub("", title)
    stamp = _GLUED_STAMP.search(title)
    if stamp is not None:
        title = title[: stamp.start()]
    title = title.strip()
    return title or None


@dataclass(frozen=True, slots=True)
class _Flat:
    """The header of a page flattened into its first body line."""

    title: str
    stamp: str | None  # the outlet's date stamp before the article, when printed


def _flattened_header(lines: tuple[Line, ...], printed: list[str]) -> _Flat | None:
    """The headline (and stamp) of a page header flattened into the first body line.

    Aggregators and text dumps print a page as one line: the reporter's widget, the
    navigation, the headline, a photo and its caption, then where the article starts
    (``"홍길동기자 구독 이전 다음 <headline> 이미지 확대 <caption> (세종=연합뉴스) 홍길동
    기자 = …"``, ``"홈 > 사회 > <headline> 머니투데이 2024.11.02 14:37 …"``). The
    headline is what is left between the leading furniture words and the photo marker.
    Anything that reads as a sentence is declined. Only used when no line is a headline.
    """
    first = next((ln for ln in lines if ln.label == "body"), None)
    if first is None or _GLUED_STAMP.search(first.text, 0, 120):
        return None
    text = printed[first.index]
    opener = _FLAT_OPENER.search(text, 0, 400)
    if opener is None or opener.start() == 0:
        return None
    head = text[: opener.start()]
    marker = _HEADER_MARKERS.search(head)
    if marker is not None:
        head = head[: marker.start()]
    head = _as_printed(head)
    crumbs = _BREADCRUMB.match(head)
    if crumbs is not None:
        head = head[crumbs.end() :]
    tokens = head.split(" ")
    i = 0
    while i < len(tokens):
        # Header furniture: the line rules' navigation and widget words.
        if _key(tokens[i]) in _UI_WORDS or _CREDIT_TOKEN.fullmatch(tokens[i]):
            i += 1
        elif i + 1 < len(tokens) and tokens[i + 1] == "기자" and _NAME_TOKEN.fullmatch(tokens[i]):
            i += 2
        else:
            break
    title = " ".join(tokens[i:]).strip()
    if (
        not 8 <= len(title) <= 100
        or _SENTENCE_INSIDE.search(title)
        or _CLAUSE_END.search(title)
        or not _HANGUL.search(title)
        or "[" in title  # a bracketed photo credit: the caption was not cut off
    ):
        return None
    # An outlet and its stamp in running text can be prose ("… 2025.03.10 기준 …"): that
    # opener counts only after header furniture (a breadcrumb, widget words, a photo marker).
    if opener.group("outlet") is not None and not (crumbs or marker or i):
        return None
    return _Flat(title, opener.group("stamp"))


def _split_glued_deck(title: str | None) -> tuple[str | None, str | None]:
    """Split a headline glued to its deck on one line; ``(title, deck or None)``."""
    if title is None or len(title) < _GLUED_MIN:
        return title, None
    m = _GLUED_DECK.fullmatch(title)
    if m is None:
        return title, None
    deck = m.group(2).strip()
    # A deck is a headline of its own, which glues its clauses with an ellipsis; a tail
    # without one is the same headline going on ('A "…" 의대 증원 재확인 속 반발').
    if deck.startswith(_QUOTE_VERBS) or not (
        "…" in deck or "..." in deck or len(title) >= _GLUED_LONG
    ):
        return title, None
    return m.group(1).strip(), deck


def _subtitle(lines: tuple[Line, ...], printed: list[str], deck: str | None) -> str | None:
    seen: dict[str, None] = {deck: None} if deck else {}
    for ln in lines:
        if ln.label == "subtitle":
            seen.setdefault(_LEADING_BULLETS.sub("", _as_printed(printed[ln.index])), None)
    parts = [s for s in seen if s]
    return "\n".join(parts) or None


def _is_header_widget(lines: tuple[Line, ...], index: int, title_index: int | None) -> bool:
    """A date above the headline that heads a widget box is the render date, not publication.

    The box shows as a run of furniture lines right under the date (a weather widget, a
    menu); a lone furniture word under a date (an agency code) does not make it a widget.
    A date printed with a publication stamp word (``입력``, ``송고``...) is the page's own,
    even above a line mistaken for the headline.
    """
    if title_index is not None and index > title_index:
        return False
    stamp = lines[index].text
    if len(stamp) <= _STAMP_LINE_MAX and _PUBLISH_MARK.search(stamp) is not None:
        return False
    seen = 0
    for j in range(index + 1, len(lines)):  # stops after _WIDGET_RUN labelled lines
        ln = lines[j]
        if ln.label == "empty":
            continue
        if ln.label != "boilerplate":
            return False
        seen += 1
        if seen == _WIDGET_RUN:
            return True
    return False


def _published(
    lines: tuple[Line, ...], title_index: int | None, flat: _Flat | None
) -> tuple[date | datetime | None, Grain | None, date | datetime | None]:
    """Pick the publication and update times from the page's own stamps.

    Candidates are absolute dates of at least day precision in meta, byline and
    headline lines, dates marked by a stamp word (``입력``, ``작성일``…) in a deck, a
    widget row or the first body line, and a date that opens a deck line. A
    publication stamp (``입력``, ``등록``, ``송고``…) wins; then an unmarked date at or
    below the headline; then an update stamp (``수정``, ``승인``…, which also fills
    ``updated``); then an unmarked date above the headline (where "today" widgets sit).
    Among equals the first on the page wins.
    """
    best: tuple[float, int, date | datetime, Grain] | None = None
    # The first stamp with a clock time for each day (not above the headline): a day-only
    # stamp that wins ("등록일 2025-04-14") takes the time another stamp prints for that
    # day ("배포일시 2025. 4. 14.(월) 11:00").
    timed: dict[date, tuple[datetime, Grain]] = {}
    update: DateMention | None = None
    first_body = next((ln.index for ln in lines if ln.label == "body"), None)
    for ln in lines:
        release = RELEASE_DATELINE_RE.match(ln.text) if ln.index == first_body else None
        if ln.label in _STAMP_LABELS or ln.reason in _STAMP_REASONS:
            unmarked = _ANYWHERE
        elif ln.label == "subtitle":
            unmarked = _AT_START
        elif release is not None:
            # A press release's dateline: "서울--(뉴스와이어)--2025년 01월 07일 -- …".
            unmarked = _AT_START
        elif ln.index == first_body or ln.reason in _STAMP_HOSTS:
            unmarked = _NEVER
        elif (
            ln.reason == "next-item-date" and best is None and _follows_lede(lines, ln, first_body)
        ):
            # A list of ledes, each followed by its date badge: the first is this page's.
            badge = _badge_date(lines, ln, "next-item-date")
            if badge is not None:
                best = (_UNMARKED, ln.index, badge, "day")
            continue
        else:
            continue
        if _DIGIT.search(ln.text) is None or _is_header_widget(lines, ln.index, title_index):
            continue
        above = title_index is not None and ln.index < title_index
        if best is None and ln.label == "meta":
            badge = _badge_date(lines, ln)
            if badge is not None:
                best = (_ABOVE if above else _UNMARKED, ln.index, badge, "day")
                continue
        lead = release.end() if release else len(ln.text) - len(ln.text.lstrip(_LEAD_CHARS))
        if unmarked == _NEVER and not _has_stamp_word(ln.text):
            continue  # only a stamp counts in this line, and it prints no stamp word
        for m in find_dates(ln.text):
            if m.value is None or m.relative or m.grain not in DAY_GRAINS:
                continue
            if m.stamp in _UPDATE_STAMPS:
                update = update or m
                continue
            if m.stamp is None and (
                unmarked == _NEVER or (unmarked == _AT_START and m.start > lead)
            ):
                continue  # an unmarked date in text is an event, not the stamp
            rank = (
                (_PRINTED if m.stamp in _PRINT_STAMPS else _MARKED)
                if m.stamp in _PUBLISH_STAMPS
                else _ABOVE
                if above
                else _UNMARKED
            )
            if isinstance(m.value, datetime) and rank != _ABOVE:
                timed.setdefault(m.value.date(), (m.value, m.grain))
            if best is None or (rank, ln.index) < best[:2]:
                best = (rank, ln.index, m.value, m.grain)
    if best is None and flat is not None and flat.stamp is not None:
        for d in find_dates(flat.stamp):
            if d.value is not None and d.grain in DAY_GRAINS:
                best = (_UNMARKED, first_body or 0, d.value, d.grain)
                break
    updated = update.value if update is not None else None
    # A page that prints only an update stamp ("승인 2023.05.12 15:30") is dated by it.
    if update is not None and update.value is not None and (best is None or best[0] == _ABOVE):
        return update.value, update.grain, updated
    if best is None:
        return None, None, updated
    if not isinstance(best[2], datetime) and best[2] in timed:
        return (*timed[best[2]], updated)
    return best[2], best[3], updated


def _follows_lede(lines: tuple[Line, ...], line: Line, first_body: int | None) -> bool:
    """Whether ``line`` comes right after the page's first body paragraph."""
    j = line.index - 1
    while j >= 0 and lines[j].label == "empty":
        j -= 1
    return j >= 0 and j == first_body


def _badge_date(lines: tuple[Line, ...], line: Line, label: str = "meta") -> date | None:
    """The date of a badge printed over two meta lines (``"12.12"`` then ``"2025"``).

    Date boxes show the month and day large and the year small, and a text dump puts
    them on lines of their own, in either order. A lone month and day is no date, and
    a lone year is never turned into one.
    """
    day = _BADGE_DAY.fullmatch(line.text)
    if day is None:
        return None
    month, dom = (int(g) for g in (day.group(1, 2) if day.group(1) else day.group(3, 4)))
    for step in (1, -1):
        j = line.index + step
        while 0 <= j < len(lines) and lines[j].label == "empty":
            j += step
        if not 0 <= j < len(lines) or label not in (lines[j].label, lines[j].reason):
            continue
        year = _BADGE_YEAR.fullmatch(lines[j].text)
        if year is not None:
            try:
                return date(int(year.group(1)), month, dom)
            except ValueError:
                return None
    return None


def _bylines(source: str, lines: tuple[Line, ...]) -> tuple[Byline, ...]:
    """Credits of this article: found anywhere but in page furniture, one per person.

    Repeats of the same person (a page printing the byline twice, once with the
    e-mail) are merged into the most complete record, and an address printed alone that
    belongs to a named author is not a second credit.
    """
    line_starts = [ln.start for ln in lines]
    merged: dict[tuple[str, str | None, str | None], Byline] = {}
    for b in find_bylines(source):
        ln = lines[_line_of(line_starts, b.start)]
        if ln.label in _FOREIGN_LABELS:
            continue
        key = (b.kind, b.name, None if b.name else b.agency)
        prev = merged.get(key)
        if prev is None or _completeness(b) > _completeness(prev):
            merged[key] = _fill(b, prev) if prev is not None else b
        else:
            merged[key] = _fill(prev, b)
    # An address printed alone at the end ("kim@example.com" under a wire story) that
    # find_bylines already gave to the named author is that author, not a second credit.
    owned = {(b.kind, b.email) for b in merged.values() if b.name and b.email}
    kept = (b for b in merged.values() if b.name or (b.kind, b.email) not in owned)
    return tuple(sorted(kept, key=lambda b: b.start))


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _completeness(b: Byline) -> int:
    return sum(v is not None for v in (b.name, b.role, b.email, b.agency, b.dateline))


def _fill(primary: Byline, other: Byline) -> Byline:
    """``primary`` with its missing fields taken from ``other`` (same person)."""
    return dataclasses.replace(
        primary,
        role=primary.role or other.role,
        email=primary.email or other.email,
        agency=primary.agency or other.agency,
        dateline=primary.dateline or other.dateline,
        email_obfuscated=primary.email_obfuscated
        or (primary.email is None and other.email_obfuscated),
    )


def _badge_items(lines: tuple[Line, ...], paragraphs: tuple[str, ...]) -> tuple[str, ...] | None:
    """The ledes of a list page whose items are separated by date badges, or ``None``.

    A section page prints each article as a date badge (``05.08``, with or without the
    year on its own line) and a lede. The line rules keep the first lede as the body
    and mark the items after the next badge as the rest of the page; with at least two
    such items and no byline, the page is a listing of all of them.
    """
    if not paragraphs or any(ln.label == "byline" for ln in lines):
        return None
    items = list(paragraphs)
    badge = False
    for ln in lines:
        if ln.reason == "next-item-date":
            badge = True
        elif ln.label != "empty":
            if badge and ln.reason == "after-article" and len(ln.text) >= _LEDE_MIN:
                items.append(ln.text.strip())
            badge = False
    return tuple(items) if len(items) - len(paragraphs) >= 2 else None


def _is_listing(lines: tuple[Line, ...], paragraphs: tuple[str, ...]) -> bool:
    """A listing page: no headline or byline, and several ledes cut at one fixed length.

    Listing pages (a section's or a search's results) print each article's lede truncated
    to the same number of characters, mid-sentence. An article's paragraphs vary in length
    and end in sentences, so the rule does not fire on them. Documented in docs/extract.md.
    """
    if len(paragraphs) < _LISTING_MIN_ITEMS:
        return False
    if any(ln.label in ("title", "byline") for ln in lines):
        return False
    longest = max(len(p) for p in paragraphs)
    if longest < _LISTING_LEDE_MIN:
        return False
    cut = [p for p in paragraphs if len(p) >= 0.9 * longest and not _SENTENCE_END.search(p)]
    return len(cut) >= _LISTING_MIN_ITEMS and len(cut) >= 0.6 * len(paragraphs)
