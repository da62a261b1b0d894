"""Korean date and time expressions: find them in text and resolve them against a reference.

In scope:

- Absolute dates and stamps: ``2025년 03월 18일(화) 07:42``, ``2026.03.04 (수)``,
  ``2019. 11. 26.``, ``2024-03-05 11:07:52``, ``19.11.26``, ``작성일22-10-14``,
  ``입력 2024.10.08 09: 52`` (the stamp word is reported in :attr:`DateMention.stamp`),
  ``Jan 5, 2024``, ``June 5, 2025 - 09:20``, ``3:30 PM``, ISO ``2025-04-14T15:30:00+09:00``;
  a zone written after a time (``+0000``, ``GMT``, ``UTC``, ``KST``) becomes the value's
  timezone, and so does a zone tag (``2일(한국시간) 새벽 4시``, ``27일(현지시간) 밤 9시``:
  the place's own clock, flagged ``local_time``; ``(미국 동부시간)``); full-width digits (``２０２５년``) read
  as ASCII; a bracketed weekday is checked against the date. A press release's yearless
  ``7. 22.(화)`` (or ``배포 7. 21. 09:00`` after a date-line word) is a day of the year its
  weekday fits, near the reference.
- Partial and relative dates resolved against ``reference`` (the article's own date):
  ``12일 오후``, ``지난 8월27일``, ``오는 28일``, ``9월``, ``내년 1분기``, ``이달 말``,
  ``다음 주 월요일``, ``오늘(27일)``, ``모레(15)``, ``3일 전``, ``한 시간 뒤``, ``오후 3시 반``,
  holidays (``추석``, ``설날`` from the ``holidays`` package's KR calendar; beside a written
  date the date alone is the mention: ``지난 5일 어린이날``, ``설 전날인 28일``), and the
  ``지난해 같은 달``/``같은 날``/``같은 기간`` (the month, day or period last told of, a year
  back), ``다음 주 19일``, ``지난주 금요일(7일)``, ``4월 28일치`` (a dated issue), and the
  anaphoric ``이날``/``전날``/``당일``/``전년도`` (relative to the date mentioned before them:
  the last one in the sentence, else the last main-event day for ``이날``; a past-tense
  sentence skips coming days, and ``전날 종가`` is a baseline, not a day to count from;
  a baseline ``전날보다`` in a later sentence counts from the story's day, not from a day
  abroad such as ``17일(현지시간)``).
  A time with no day (``오후 6시14분쯤``) is reported only before any day was found.
  A bare day or month is placed by the sentence's tense: past -> on or before the
  reference, future (``예정``, ``-겠``, ``-ㄴ다``) -> on or after; cues of quoted speech or of
  a reported clause (``확대하겠다고 밝혔다``) do not count, except for a day inside the
  reported clause, which takes its verb's tense (``시는 29일부터 접수를 받는다고 밝혔다``,
  ``25일 착공할 예정이라고 18일 밝혔다``: coming; ``29일부터 받기로 했다``: the nearest),
  unless it is the report's own day (``교육청은 17일 …하겠다고 발표했다``, a bare day at most
  a week back) or a step told first (``5일 협약을 맺고 …``: the nearest); a quotation
  (``"…할 예정"이라고 밝혔다``) is the speaker's, never the reporting sentence's clause,
  and a day inside it takes its own tense. An adnominal verb right after a day places it
  (``6일 공개한``: past, ``30일 개막하는``: ahead), a report's day is past, and a bare day
  told again near the reference is the day already placed (``이달 27일 … 27일 오전``). With no cue a bare
  day leans to the past (but a verbless ``29일부터 접수 시작`` takes the nearest, and a
  coming day the text later places the same number on wins: a headline's ``발사 27일
  새벽`` and the body's ``이달 27일``), other forms take the nearest; a bare ``주말``
  follows the tense too.
- Ranges: ``16~17일``, ``7월 16∼20일``, ``2021~2023년``, ``19일부터 23일까지``, ``3~4월``,
  ``15일 오전 9시~오후 6시`` (an end that is only a time is on the start's day). ``find_dates``
  reports each end as a mention (the first carries the range's end in
  :attr:`DateMention.until`); ``parse_date`` reads the range as one mention.

Out of scope: durations (``2년간``, ``45일 동안``, ``3시간``, ``17일 만의``, ``10일 만이다``,
``3일치``), event names written as dates (``5·18``, ``6·25``), age groups (``2030 청년``; a bare
``2030`` before any other word, or after ``오는``, is a year),
recurring days and months (``매주 수요일``, ``매달 15일``, ``매년 7월과 8월``, ``주말에만``,
``평일과 주말``), academic
years (``2026학년도``), centuries, and "지금" inside running text (only :func:`parse_date` reads it). The clock is
never read: with no reference, relative expressions are found with ``value=None``.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from dateutil import tz as dateutil_tz

from kornews._dates_scan import (
    ADNOMINAL_PAST,
    ADNOMINAL_PRESENT,
    AGE_GROUP_AFTER,
    ATOMS_AT,
    BASELINE_AFTER,
    CANDIDATES,
    CLOSING_QUOTE,
    CONNECTIVE,
    EVENT_NOUN_AFTER,
    NOON_AFTER,
    OFFSET_EVENT_BEFORE,
    OFFSET_EVENT_WINDOW,
    QUOTED_TAIL,
    QUOTES,
    RECURRING_BEFORE,
    RECURRING_WINDOW,
    RELEASE_BEFORE,
    REPORT_DAY,
    REPORTED_VERB,
    REPORTING_AFTER,
    SAME_PERIOD_UNIT,
    SENTENCE_BEFORE,
    SENTENCE_END,
    STAMP_BEFORE,
    STAMP_CANONICAL,
    STAMP_WORD,
    TENSE,
    WEEKEND_HABIT_AFTER,
    WEEKEND_HABIT_BEFORE,
    WEEKEND_HABIT_WINDOW,
    WORD_ARG,
    WORD_KIND,
    YEAR_CUE_BEFORE,
    YEAR_CUE_WINDOW,
    ZONE_OF,
    clause_end_tense,
    daypart_kinds,
    holiday_names,
    reported_tense,
)
from kornews._util import ensure_str
from kornews.numerals import FULLWIDTH_DIGITS, parse_numeral
from kornews.types import DAY_GRAINS, Grain

__all__ = ["DateMention", "find_dates", "parse_date"]

_SEOUL = dateutil_tz.gettz("Asia/Seoul")
# Full-width digits, colon and tilde (２０２５년 ５월 ２일, １０：３０, ３～５일), as pages in
# full-width type write them: read as ASCII, one character for one, so spans still hold.
_FULL_WIDTH = {**FULLWIDTH_DIGITS, **str.maketrans("：～", ":~")}
_WEEKDAY_KO = "월화수목금토일"
_WEEKDAY_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RANK = {
    "px": 0, "lc0": 0, "yr": 10, "yw": 10, "by": 10, "ym": 15, "mo": 20, "mok": 20, "mw": 20,
    "ww": 30, "dy": 40, "kd": 40, "dx": 40, "an": 40, "hd": 40, "nd": 40, "en": 40, "lm": 40,
    "of": 40, "sy": 40, "wd": 45, "wp": 46, "dp": 60, "hr": 70, "ck": 70, "lc": 80,
}  # fmt: skip
_Mode = Callable[[], "str | None"]
"""Gives the resolution mode of a mention (see :func:`_choose`), computed on first need."""
_GAP = re.compile(r"[ \t\u00a0]{0,3}")
# A day told as background to the main event (앞서 지난달 19일, 당시 3일, 지난 2일): 이날 in
# a later sentence still refers to the main event's day (전날 counts from the last day told).
_BACKGROUND = re.compile(
    r"(?:(?<![가-힣])(?:앞서|당시)[ \t,]{1,2}|(?<![가-힣])지난)(?=[^\n]{0,2}$)"
)
_WHOLE_MAX = 40
_CLOCK_GAP = re.compile(r"[ \t]{0,2}[-–|,@][ \t]{0,2}|T")
_RANGE_JOIN = re.compile(r"\s{0,2}[~∼〜]\s{0,2}|부터\s{1,2}")
_UNTIL_AFTER = re.compile(r"까지")
# 14:00-16:00: a dash joins two clock times (elsewhere it may join anything).
_CLOCK_DASH = re.compile(r"[ \t]?[-–][ \t]?")
_RECURRING_KINDS = ("mo", "mok", "dy", "wd")  # what a word of recurrence (매년, 매주) may lead
_APPOSITIVE = re.compile(r"[ \t]{0,2}\(?[ \t]?")  # 5일 어린이날, 4월 5일(식목일)
_COORD = re.compile(r"\s{0,2}(?:과|와|및|,|·|ㆍ)\s{0,2}")
# What parse_date lets surround the expression: a stamp word before it (입력 2024.01.01),
# a particle after it (2026년부터, 2030년까지, 오후 3시께).
_STAMP_HEAD = re.compile(r"[^\d\s]{1,12}[ \t]{0,3}[:：]?[ \t]{0,3}(?P<open>[\[(][ \t]?)?")
# The bracket that closes a stamp's opening one, after at most one space.
_CLOSE = {"[": re.compile(r"[ \t]?\]"), "(": re.compile(r"[ \t]?\)")}
_PARTICLE_TAIL = re.compile(r"(?:부터|까지|에|에는|에도|엔|께|쯤|경|무렵|은|는|이|가|을|를|의)")
_TERMINAL = {"by", "lm", "of", "ym", "sy"}
_WEEK_WD = (["ww", "wd"], ["px", "wd"])  # 다음 주 화요일, 지난 금요일


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date or time expression found in text, with its resolved value.

    Attributes:
        start: Offset of the first character in the caller's string.
        end: Offset just past the last character.
        text: ``source[start:end]``.
        value: The start of what the expression names: a ``date`` when it has no time of
            day, an aware ``datetime`` otherwise (a place's wall clock the text does not
            name, ``28일(현지시간) 오후 2시``, carries the reference zone and
            ``local_time``; a named zone carries its offset); ``None`` when it cannot be
            resolved (a relative expression with no reference, ``그해 12월`` with no year
            told before it).
        until: The inclusive end for ranges and spans (``16~17일``, ``이번 주``, ``올 상반기``,
            a year or a month), else ``None``.
        grain: How precisely the expression names it: the finest unit that holds all of
            it (``이달 중순``, ``올해 말``: ``"month"``; ``하반기``: ``"year"``, as there is no
            half grain; ``1분기``: ``"quarter"``; a stamp with seconds: ``"second"``).
        local_time: The text marks the date or time as local to a place abroad
            (``(현지시간)``, ``(미국 동부시간)``; ``(한국시간)`` is not local).
        relative: The value depends on the reference or on an earlier mention.
        stamp: The canonical stamp word before a page's date stamp, else ``None``: for
            publication ``입력``, ``등록``, ``송고``, ``기사입력``, ``발행``, ``작성일``, ``게재``,
            ``기사전송``, ``Published``; for updates ``수정``, ``최종수정``, ``업데이트``,
            ``승인``, ``Updated`` (``송고시간`` gives ``송고``, ``UPDATE`` gives ``Updated``).
        weekday_mismatch: A weekday written with the date does not fit it.
        weekday: The weekday written in the text (0 = Monday), else ``None``.
    """

    start: int
    end: int
    text: str
    value: dt.date | dt.datetime | None
    until: dt.date | dt.datetime | None
    grain: Grain
    local_time: bool = False
    relative: bool = False
    stamp: str | None = None
    weekday_mismatch: bool = False
    weekday: int | None = None


@dataclass(slots=True)
class _Atom:
    kind: str
    start: int
    end: int
    m: re.Match[str]


@dataclass(slots=True)
class _Parts:
    """What the atoms of one mention say, before resolution."""

    prefix: str | None = None  # "past" | "future"
    local: bool = False
    year: int | None = None
    year_rel: int | None = None
    year_anaphor: int | None = None
    year_told: bool = False  # 그해, 이듬해: the anaphor needs a year told before it
    new_year: bool = False
    year_mod: str | None = None  # H1 H2 Q1..Q4 early late
    month: int | None = None
    month_rel: int | None = None
    month_mod: str | None = None  # early mid late
    week_rel: int | None = None
    weekend: bool = False
    bare_weekend: bool = False  # 주말 with no 지난/이번/다음: placed by the tense
    same_last_year: str | None = None  # 지난해 같은 날/달/기간: "day" | "month" | "period"
    quarter_rel: int | None = None
    day: int | None = None
    day_rel: int | None = None
    day_anaphor: int | None = None
    paren_day: int | None = None
    holiday: str | None = None
    # 설 전날인 28일, 현충일(6일): the holiday the day stands in apposition to; it places a
    # bare day in the holiday's month (the written day carries the value).
    near_holiday: str | None = None
    weekday: int | None = None
    weekday_bracket: bool = False
    daypart: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset: tuple[int, str] | None = None  # (signed amount, unit)
    tz: dt.tzinfo | None = None  # an offset written with the time (ISO 8601)
    zone: dt.tzinfo | None = None  # a zone tag's clock: 2일(한국시간), 27일(미국 동부시간)
    time_use: bool = False  # 17시 기준, 14:30 현재: a time of day on its own
    kinds: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Anchor:
    """A day mentioned in the text, as a base for 이날/전날 further on."""

    day: dt.date
    end: int  # where its mention ends
    background: bool  # 지난 2일, 앞서 …: not the day the article is about
    local: bool = False  # 17일(현지시간): a day abroad


@dataclass(slots=True)
class _Context:
    ref: dt.date | None
    ref_dt: dt.datetime | None
    tz: dt.tzinfo
    last_day: dt.date | None = None
    # Days that 이날/전날 may count from (see _anaphor_base): the last day mentioned, the
    # last main-event day (not told as background: 지난 2일, 앞서 …, 당시 …), and the same
    # two among days on or before the reference (a past-tense 이날 cannot be a coming day).
    last: _Anchor | None = None
    main: _Anchor | None = None
    last_past: _Anchor | None = None
    main_past: _Anchor | None = None
    # The last main-event day told in the paper's own time (not 17일(현지시간)): what a
    # market report's 전날보다 in a later sentence compares with (the session's day).
    home: _Anchor | None = None
    used: _Anchor | None = None  # the anchor the anaphor just resolved counted from
    text: str = ""
    at: int = 0  # where the mention being resolved starts
    at_end: int = 0  # and ends
    last_year: int | None = None
    # The last year the story wrote out (2019년, 2019.3.5; not a page's stamp, not 올해):
    # what 그해 and 이듬해 point back to.
    told_year: int | None = None
    # The last mention finer than a year (value, until, grain), for 지난해 같은 달/기간.
    last_period: tuple[dt.date, dt.date | None, str] | None = None
    tenses: _Tenses | None = None
    # Days placed by a month, 이달/지난달 or 지난/오는 (이달 27일, 모레(12일)), by day number:
    # the same bare number told again names the same day.
    told_days: dict[int, dt.date] = field(default_factory=dict)
    told_at: dict[int, int] = field(default_factory=dict)  # where each told day's mention ends
    # Bare days placed with no cue at all (a verbless headline's 27일 새벽), by where they
    # start: a day told later with its month may place them (see _find).
    uncued: dict[int, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- public API


def find_dates(text: str, reference: dt.date | dt.datetime | None = None) -> list[DateMention]:
    """Return every date and time expression in ``text``, in order, resolved against ``reference``.

    Args:
        text: Korean (news) text.
        reference: The article's own date or datetime. Relative expressions (``12일``,
            ``내년``, ``오늘``) resolve against it; anaphoric ones (``이날``, ``전날``) against
            a date mentioned before them (see the module docstring), else against it.
            Without it they are still found, with ``value=None``. An aware datetime sets the timezone of the
            values; otherwise Asia/Seoul.

    Returns:
        A list of :class:`DateMention`, empty when there are none.

    Raises:
        TypeError: ``text`` is not a ``str`` or ``reference`` is not a date, datetime or None.

    >>> [m.text for m in find_dates("지난 17일 문을 연 박람회는 오는 26일까지 이어진다.")]
    ['지난 17일', '오는 26일']
    >>> find_dates("지난 17일 문을 연 박람회", dt.date(2024, 4, 23))[0].value
    datetime.date(2024, 4, 17)
    >>> find_dates("해경, 45일 동안 1.2만명 단속…5년간 80조")
    []
    """
    text = ensure_str(text)
    ctx = _context(reference)
    read = text.translate(_FULL_WIDTH)
    found = _find(read, ctx, whole=False)
    if not found and len(text) <= _WHOLE_MAX and text.strip():
        # A text that is one expression on its own (지금, 14:30, 3시: too ambiguous inside
        # running text) reads as parse_date reads it.
        got = parse_date(text, reference)
        return [got] if got is not None else []
    return _as_written(found, text, read)


def _as_written(found: list[DateMention], text: str, read: str) -> list[DateMention]:
    """``found`` in ``read`` (``text`` with full-width digits folded), with the surfaces
    as ``text`` writes them (the spans are the same)."""
    if read == text:
        return found
    return [replace(m, text=text[m.start : m.end]) for m in found]


def parse_date(text: str, reference: dt.date | dt.datetime | None = None) -> DateMention | None:
    """Return the one date expression that makes up ``text`` (surrounding spaces ignored), or None.

    Accepts everything :func:`find_dates` finds, plus bare forms that are too ambiguous in
    running text: ``지금``, a clock time alone (``14:30``), an hour alone (``3시``).

    Args:
        text: One expression, e.g. ``"2025년 4월 14일"`` or ``"내일 오후 3시 반"``.
        reference: As for :func:`find_dates`.

    Returns:
        The mention (spans point into ``text`` as given), or ``None`` when ``text`` is not
        exactly one date expression.

    Raises:
        TypeError: ``text`` is not a ``str`` or ``reference`` is not a date, datetime or None.

    >>> parse_date("2025년 03월 18일(화) 07:42").value.isoformat()
    '2025-03-18T07:42:00+09:00'
    >>> parse_date("내년 1분기", dt.date(2025, 9, 12)).until
    datetime.date(2026, 3, 31)
    >>> parse_date("2년간") is None
    True
    """
    written = ensure_str(text)
    text = written.translate(_FULL_WIDTH)
    ctx = _context(reference)
    lead = len(text) - len(text.lstrip())
    core = text.strip()
    if not core:
        return None
    if re.fullmatch(r"지금", core):
        value = ctx.ref_dt if ctx.ref_dt is not None else ctx.ref
        grain: Grain = "minute" if ctx.ref_dt is not None else "day"
        return DateMention(lead, lead + len(core), core, value, None, grain, relative=True)
    found = _as_written(_find(text, ctx, whole=True), written, text)
    if len(found) != 1:
        return None
    got = found[0]
    head, tail = text[lead : got.start], text[got.end : lead + len(core)]
    stamp_head = _STAMP_HEAD.fullmatch(head) if head and got.stamp is not None else None
    if head and stamp_head is None:
        return None
    if stamp_head is not None and stamp_head.group("open"):
        # 입력 [2025-04-14 15:30]: the bracket opened before the stamp closes after it.
        closing = _CLOSE[stamp_head.group("open")[0]].match(tail)
        if closing is None:
            return None
        tail = tail[closing.end() :]
    if tail and not _PARTICLE_TAIL.fullmatch(tail):
        return None
    return got


def _has_stamp_word(text: str) -> bool:
    """Return whether ``text`` holds a page-stamp word (``입력``, ``수정``, ``송고`` ...).

    Without one, no mention that :func:`find_dates` returns for ``text`` has a
    ``stamp``: a caller that only wants a page's own stamps from a line (as
    ``kornews.article`` does for the first body line) can skip the scan.

    >>> _has_stamp_word("입력 2025.04.14 09:00")
    True
    >>> _has_stamp_word("지난 17일 문을 연 박람회")
    False
    """
    return STAMP_WORD.search(text) is not None


# --------------------------------------------------------------------------- reference


def _context(reference: object) -> _Context:
    if reference is None:
        return _Context(None, None, _tz_or_utc(_SEOUL))
    if isinstance(reference, dt.datetime):
        if reference.tzinfo is None or reference.utcoffset() is None:
            aware = reference.replace(tzinfo=_SEOUL)
        else:
            aware = reference
        tzinfo = aware.tzinfo if aware.tzinfo is not None else _tz_or_utc(_SEOUL)
        return _Context(aware.date(), aware, tzinfo)
    if isinstance(reference, dt.date):
        return _Context(reference, None, _tz_or_utc(_SEOUL))
    raise TypeError(
        f"reference must be a datetime.date, datetime.datetime or None, not "
        f"{type(reference).__name__} (parse strings first, e.g. date.fromisoformat(s))"
    )


def _tz_or_utc(zone: dt.tzinfo | None) -> dt.tzinfo:
    # gettz returns None only when the system has no zone data at all.
    return zone if zone is not None else dt.timezone(dt.timedelta(hours=9), "KST")


# --------------------------------------------------------------------------- scanning


def _find(text: str, ctx: _Context, whole: bool) -> list[DateMention]:
    atoms = _scan(text)
    ctx.tenses = _Tenses(text)
    out: list[DateMention] = []
    i = 0
    n = len(atoms)
    last: _Parts | None = None
    last_end = -1
    seen_day = False  # a mention at day grain or finer was found
    recurring_end = -1  # where the last day or month rejected as recurring (매년 7월) ends
    while i < n:
        inherit = None
        if (
            last is not None
            and atoms[i].kind in ("dy", "mo")
            and _COORD.fullmatch(text, last_end, atoms[i].start)
        ):
            inherit = last  # 9월 5일과 6일: the 6th is in September too
        holiday = None
        if atoms[i].kind == "hd" and not whole:
            dated = last_end if last is not None and last.day is not None else -1
            told = max(dated, recurring_end)
            if told >= 0 and _APPOSITIVE.fullmatch(text, told, atoms[i].start):
                # 지난 5일 어린이날, 4월 5일(식목일): the written date already names the day
                # (매년 12월 25일 성탄절: a day of every year, no date).
                i += 1
                continue
            nxt = atoms[i + 1] if i + 1 < n else None
            if nxt is not None and nxt.kind == "dy" and text[atoms[i].end : nxt.start] == "(":
                # 현충일(6일): the day in brackets names it, in the holiday's month.
                holiday = atoms[i].m.group("hd_w")
                i += 1
        j, parts, end = _glue(text, atoms, i, whole, inherit=inherit)
        if parts is None:
            if atoms[i].kind in _RECURRING_KINDS and RECURRING_BEFORE.search(
                text, max(0, atoms[i].start - RECURRING_WINDOW), atoms[i].start
            ):
                # 매년 4월 5일: none of its atoms opens a date of its own (5일).
                recurring_end = end
                while i < n and atoms[i].start < end:
                    i += 1
                continue
            i += 1
            continue
        if (
            recurring_end >= 0
            and atoms[i].kind in _RECURRING_KINDS
            and _COORD.fullmatch(text, recurring_end, atoms[i].start)
        ):
            recurring_end = end  # 매년 7월과 8월에는: the second month recurs too
            i = j
            continue
        if parts.kinds == ["yw"] and parts.year_told and ctx.told_year is None:
            # 적발되면 그해 시험이 무효: "that year" with no year told before it names none.
            i = j
            continue
        if holiday is not None:
            parts.near_holiday = holiday.replace(" ", "")
        start = atoms[i].start
        right: _Parts | None = None
        left_end = end
        if parts.kinds[-1] == "rn":
            # 16~17일: the range's end starts right after the connector the number took.
            k, right, rend = _glue(text, atoms, j, whole, inherit=parts)
            if right is None:
                i = j
                continue
            end, j = rend, k
        else:
            joint = _RANGE_JOIN.match(text, end)
            if joint is None and parts.hour is not None and j < n and atoms[j].kind == "ck":
                joint = _CLOCK_DASH.match(text, end)
            if joint is not None and j < n and atoms[j].start == joint.end():
                # 14:00~16:00, 오후 2시~4시: after a start with a time, a bare time ends it.
                k, right, rend = _glue(
                    text, atoms, j, whole, inherit=parts, time_end=parts.hour is not None
                )
                if right is not None and right.kinds[-1] == "rn":
                    right = None
                if (
                    right is not None
                    and joint.group().startswith("부터")
                    and not _UNTIL_AFTER.match(text, rend)
                ):
                    right = None
                if right is not None:
                    end, j = rend, k
        time_only = _time_only(parts)
        if not whole and seen_day and time_only and (right is None or _time_only(right)):
            # 오후 6시14분쯤 after the story's day was told: a time of day with no day of its
            # own names no calendar date, only a moment of a day already reported (so does
            # a range of such times, 오후 2시~4시). Before any day (18시 기준 확진자) it is
            # the one date the text gives, and reported.
            i = j
            continue
        split = None
        if right is not None and not whole:
            split = (left_end, atoms[j - len(right.kinds)].start)
        got = _resolve(text, start, end, parts, right, ctx, split)
        out.extend(got)
        if not seen_day and not time_only:
            seen_day = any(m.grain in DAY_GRAINS for m in got)
        last, last_end = (right if right is not None else parts), end
        i = j
    if ctx.uncued and ctx.told_days:
        out = [_placed_later(m, ctx) for m in out]
    return out


def _placed_later(m: DateMention, ctx: _Context) -> DateMention:
    """``m``, or ``m`` on the coming day a later mention places its bare day number at,
    when ``m`` had no cue at all: a verbless headline's ``27일 새벽`` is the body's ``이달
    27일`` (the reader of the headline reads on). A bare day with no cue leans to the past
    only for want of a cue, so a coming day told later wins, if within a month of the
    reference as for a bare day told again."""
    number = ctx.uncued.get(m.start)
    told = ctx.told_days.get(number) if number is not None else None
    if told is None or ctx.ref is None or not 0 < (told - ctx.ref).days <= _TOLD_NEAR_DAYS:
        return m
    value = m.value
    if isinstance(value, dt.datetime):
        return replace(m, value=value.replace(year=told.year, month=told.month, day=told.day))
    if isinstance(value, dt.date) and value != told:
        return replace(m, value=told)
    return m


def _scan(text: str) -> list[_Atom]:
    """Every atom of ``text``, left to right, not overlapping (as ``finditer`` would give)."""
    atoms: list[_Atom] = []
    by_char = ATOMS_AT
    done = 0
    for c in CANDIDATES.finditer(text):
        pos = c.start()
        if pos < done:
            continue
        pattern = by_char[text[pos]]
        if pattern is None:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            atoms.append(_Atom(m.lastgroup or "", pos, m.end(), m))
            done = m.end()
    return atoms


def _glue(
    text: str,
    atoms: list[_Atom],
    i: int,
    whole: bool,
    inherit: _Parts | None = None,
    time_end: bool = False,
) -> tuple[int, _Parts | None, int]:
    """Glue atoms from ``i`` into one mention: (next index, parts or None, end offset).

    A mention that ends in a range number (``16~``) has ``"rn"`` as its last kind; the
    range's end is glued from the next index. ``time_end``: the mention ends a range whose
    start has a time, so a bare hour or clock time (``~4시``, ``~16:00``) is complete.
    """
    first = atoms[i]
    if first.kind == "lm" and text[text.rfind("\n", 0, first.start) + 1 : first.start].strip():
        return i + 1, None, first.end  # 12.12 counts only alone on its line
    # Atoms that cannot open a mention: 초/말 without a year, a bracketed weekday or
    # (현지시간) without a date; a clock time or a Korean-numeral day only in parse_date.
    cannot_open = (
        (first.kind == "ym" and first.m.group("ym_w") in ("초", "말"))
        or first.kind == "wp"
        or (first.kind == "lc" and first.m.group().startswith("("))
        or (first.kind == "kd" and not whole)
        or (
            first.kind == "ck"
            and not whole
            and not time_end
            and not (first.m.group("ck_ap") or first.m.group("ck_ap2"))
            and first.m.group("ck_use") is None
        )
    )
    if cannot_open:
        return i + 1, None, first.end
    parts = _Parts()
    if inherit is not None:
        parts.year, parts.year_rel = inherit.year, inherit.year_rel
        parts.year_anaphor, parts.new_year = inherit.year_anaphor, inherit.new_year
        parts.year_told = inherit.year_told
        parts.month, parts.month_rel = inherit.month, inherit.month_rel
        # 오는 4월 4일과 5일: the prefix speaks for every day of the group.
        parts.prefix = inherit.prefix
    rank = -1
    j = i
    end = first.end
    prev: _Atom | None = None
    while j < len(atoms):
        a = atoms[j]
        if prev is not None:
            gap = text[prev.end : a.start]
            if (
                gap == "인 "
                and prev.kind in ("wd", "an", "hd")
                and (len(parts.kinds) == 1 or parts.kinds in (["hd", "an"], *_WEEK_WD))
            ):
                # 수요일인 모레, 설 명절 당일인 17일, 다음 주 화요일인 13일: the second names
                # the day.
                if a.kind not in ("dx", "dy", "an", "nd"):
                    break
                parts = _Parts(
                    weekday=parts.weekday, weekday_bracket=True, near_holiday=parts.holiday
                )
                rank = -1
                prev = None
            elif (
                not _GAP.fullmatch(gap)
                and not (
                    # June 5, 2025 - 09:20; April 14, 2025, 3:30 PM; 2025-04-14T15:30
                    prev.kind in ("en", "nd") and a.kind == "ck" and _CLOCK_GAP.fullmatch(gap)
                )
                and not (
                    # 2025년 9월 29일, 21:05: a clock time after a comma still tells the day's time
                    prev.kind == "dy"
                    and a.kind == "ck"
                    and gap in (",", ", ")
                    and ":" in a.m.group()
                )
            ):
                break
        if a.kind == "rn":
            nxt = atoms[j + 1] if j + 1 < len(atoms) else None
            if nxt is None or nxt.start != a.end or rank >= _RANK.get(nxt.kind, 99):
                break
            if not _apply_range_number(parts, nxt.kind, int(a.m.group("rn_n"))):
                break
            parts.kinds.append("rn")
            return j + 1, parts, a.start + len(a.m.group("rn_n"))
        r = _RANK.get(a.kind, 99)
        if a.kind == "lc" and not a.m.group().startswith("("):
            r = 0
        elif a.kind == "lc" and rank < _RANK["dp"]:
            # 27일(현지시간) 밤 9시 30분: a tag after the day, the time of day still to come
            # (after a time, 오전 1시 30분(한국시간), it closes the mention).
            r = _RANK["wp"] + 1
        after_clock = a.kind == "wp" and prev is not None and prev.kind in ("ck", "hr")
        # 설 당일, 추석 당일: the holiday's own day, one mention; 설 전날인 28일 too (the
        # written day then names it).
        holiday_day = (
            a.kind == "an"
            and prev is not None
            and prev.kind == "hd"
            and (a.m.group("an_w") == "당일" or text.startswith("인 ", a.end))
        )
        if holiday_day:
            parts.kinds.append(a.kind)
            prev, end, j = a, a.end, j + 1
            continue
        if (r <= rank and not after_clock) or not _can_follow(prev, a):
            break
        if not _apply(parts, a):
            break
        parts.kinds.append(a.kind)
        rank = 99 if a.kind in _TERMINAL else r
        prev = a
        end = a.end
        j += 1
    if j == i or not _complete(parts, text, atoms[i].start, end, whole, time_end):
        return i + 1, None, end
    return j, parts, end


def _apply_range_number(parts: _Parts, unit_kind: str, number: int) -> bool:
    if unit_kind == "dy":
        parts.day = number
        return 1 <= number <= 31
    if unit_kind == "mo":
        parts.month = number
        return 1 <= number <= 12
    if unit_kind == "ym":  # 1~3분기
        parts.year_mod = f"Q{number}"
        if parts.year is None and parts.year_rel is None and parts.year_anaphor is None:
            parts.year_rel = 0
        return 1 <= number <= 4
    if unit_kind in ("yr", "by"):
        parts.year = number
        return 1000 <= number <= 2999
    return False


# Which atom kinds may come right after which: a mention reads from the largest unit to the
# smallest (지난해 11월 6일 오후 4시), with a few words that only start one.
_FOLLOWS: dict[str, frozenset[str]] = {
    "yr": frozenset({"px"}),
    "mo": frozenset({"yr", "yw", "px"}),
    "mok": frozenset({"yr", "yw", "px"}),
    "ww": frozenset({"px"}),
    "hd": frozenset({"yr", "yw", "px"}),
    "dy": frozenset({"mo", "mok", "mw", "px", "lc", "ww"}),  # 다음 주 19일
    "kd": frozenset({"mok", "mo"}),
    "nd": frozenset({"px"}),
    "wd": frozenset({"ww", "dy", "nd", "dx", "an", "mw", "kd", "px"}),
    "wp": frozenset({"dy", "nd", "dx", "an", "kd", "en", "hd", "ck", "hr"}),
    "dp": frozenset({"dy", "kd", "dx", "an", "nd", "wd", "wp", "hd", "lc"}),
    "hr": frozenset({"dy", "kd", "dx", "an", "nd", "wd", "wp", "dp", "hd", "lc", "en"}),
    "ck": frozenset({"dy", "kd", "dx", "an", "nd", "wd", "wp", "dp", "hd", "lc", "en"}),
}


def _can_follow(prev: _Atom | None, a: _Atom) -> bool:
    if prev is None:
        return True
    k, p = a.kind, prev.kind
    if k == "ym":
        word = a.m.group("ym_w")
        if word in ("초", "말"):
            return p in ("yr", "yw")
        # 지난 1분기, 오는 하반기, 올 연말, 2025년 연말
        return p in ("yr", "yw", "px")
    if k == "lc":
        return _RANK.get(p, 0) >= 40
    return p in _FOLLOWS.get(k, frozenset())


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    value = parse_numeral(s)
    return int(value) if value is not None and value == int(value) else None


def _apply(parts: _Parts, a: _Atom) -> bool:
    """Record what atom ``a`` says in ``parts``; False when it says something impossible."""
    m, k = a.m, a.kind
    if k == "px":
        w = m.group("px_w") or m.group("px_wd")
        if w.endswith("주"):  # 다음주 월요일: a week word glued to its weekday
            parts.week_rel = WORD_ARG[w]
        elif w == "이번":
            parts.week_rel = 0
        else:
            parts.prefix = "past" if w in ("지난", "지나간") else "future"
    elif k == "lc":
        region = (m.group("lc_z") or m.group("lc_z2")).replace(" ", "")
        name = ZONE_OF.get(region, "local")
        zone = None if name == "local" else dateutil_tz.gettz(name)
        # 2일(한국시간): the paper's own clock, not a day abroad; 27일(미국 동부시간): a day
        # abroad on a named clock; 25일(현지시간): a day abroad on the place's clock.
        parts.local = zone is None or name != "Asia/Seoul"
        parts.zone = zone
    elif k == "sy":
        parts.same_last_year = SAME_PERIOD_UNIT[m.group("sy_u").replace(" ", "")]
    elif k == "yr":
        _clear_year(parts)  # 2021년 3월부터 2023년 9월까지: the end's own year wins
        if m.group("yr_n"):
            parts.year = int(m.group("yr_n"))
        elif m.group("yr_3"):
            y2 = int(m.group("yr_3"))
            parts.year = (2000 if y2 < 70 else 1900) + y2
        else:
            parts.year = 2000 + int(m.group("yr_2"))
        return 1000 <= parts.year <= 2999
    elif k == "by":
        digits = m.group("by_n")
        if _age_group(digits) and parts.year is None and _age_group_here(m.string, a):
            return False  # 2030 청년, 피해자 60%가 2030: people in their 20s and 30s
        _clear_year(parts)
        parts.year = int(digits)
    elif k == "yw":
        # 2021년 3월부터 지난해 9월까지: 지난해 counts from the reference, never from the
        # year the range's start inherited.
        _clear_year(parts)
        if m.group("yw_ol"):
            parts.year_rel = 0
        else:
            w = m.group("yw_w").replace(" ", "")
            kind = WORD_KIND.get(w, "year")
            if kind == "newyear":
                parts.new_year = True
            elif kind in ("yanaphor", "ytold"):
                parts.year_anaphor = WORD_ARG[w]
                parts.year_told = kind == "ytold"
            else:
                parts.year_rel = WORD_ARG.get(w, 0)
    elif k == "ym":
        w = m.group("ym_w")
        if m.group("ym_q"):
            parts.year_mod = "Q" + m.group("ym_q")
        else:
            parts.year_mod = {"상반기": "H1", "하반기": "H2", "연말": "yend", "연초": "ystart"}.get(
                w, {"초": "early", "말": "late"}.get(w)
            )
        unstated = parts.year is None and parts.year_rel is None and parts.year_anaphor is None
        # 지난 1분기, 오는 하반기: the last one ended / the next one to begin, chosen at
        # resolution; otherwise this year's.
        part_of_year = w in ("연말", "연초", "상반기", "하반기") or m.group("ym_q")
        if part_of_year and unstated and parts.prefix is None:
            parts.year_rel = 0
    elif k in ("mo", "mok"):
        month = _num(m.group("mo_n") if k == "mo" else m.group("mok_n"))
        if k == "mok" and month is None:
            month = WORD_ARG.get(m.group("mok_n") + "월")
        if month is None or not 1 <= month <= 12:
            return False
        parts.month, parts.month_rel = month, None  # 다음 달부터 8월까지: August itself
        if k == "mo" and m.group("mo_mod"):
            parts.month_mod = _month_mod(m.group("mo_mod"))
    elif k == "mw":
        w = m.group("mw_w").replace(" ", "")
        if WORD_KIND[w] == "quarter":
            parts.quarter_rel = WORD_ARG[w]
            return True
        parts.month, parts.month_rel = None, WORD_ARG[w]
        if WORD_KIND[w] in ("monthstart", "monthend"):
            parts.month_mod = "early" if WORD_KIND[w] == "monthstart" else "late"
        if m.group("mw_p"):
            parts.month = int(m.group("mw_p"))
            if not 1 <= parts.month <= 12:
                return False
        if m.group("mw_mod"):
            parts.month_mod = _month_mod(m.group("mw_mod"))
    elif k == "ww":
        w = m.group("ww_w").replace(" ", "")
        parts.week_rel = WORD_ARG[w]
        parts.weekend = WORD_KIND[w] == "weekend"
        parts.bare_weekend = w == "주말" and parts.prefix is None
        if parts.prefix == "past" and w == "주말":
            parts.week_rel = -1
        elif parts.prefix == "future" and w == "주말":
            parts.week_rel = 0
    elif k in ("dy", "kd"):
        day = _num(m.group("dy_n") if k == "dy" else m.group("kd_n"))
        if day is None or not 1 <= day <= 31:
            return False
        if k == "dy" and m.group("dy_chi") and parts.month is None and parts.month_rel is None:
            return False  # 3일치 분량: days' worth; only 4월 28일치 names a dated issue
        parts.day = day
    elif k == "dx":
        w = m.group("dx_w").replace(" ", "")
        parts.day_rel = WORD_ARG[w]
        if WORD_KIND[w] == "night":
            parts.daypart = "night"
        parts.paren_day = _paren(m.group("dx_p"))
    elif k == "an":
        w = m.group("an_w").replace(" ", "")
        parts.day_anaphor = WORD_ARG[w]
        parts.paren_day = _paren(m.group("an_p"))
    elif k == "hd":
        w = (m.group("hd_w") or "설날").replace(" ", "")
        parts.holiday = w if w in holiday_names() else None
    elif k == "nd":
        if m.group("nd_m4"):  # 4.14(월): no year
            mo, d = int(m.group("nd_m4")), int(m.group("nd_d4"))
            if not _valid(2000, mo, d):  # 2000 is a leap year: 2.29 stays possible
                return False
            parts.month, parts.day = mo, d
            return True
        if m.group("nd_m5") or m.group("nd_m6"):  # 7. 22.(화), 배포 7. 21. 09:00
            if m.group("nd_m6") and not RELEASE_BEFORE.search(
                m.string, max(0, a.start - 16), a.start
            ):
                return False  # 2. 3. alone may number a section or a list item
            mo = int(m.group("nd_m5") or m.group("nd_m6"))
            d = int(m.group("nd_d5") or m.group("nd_d6"))
            if not _valid(2000, mo, d):
                return False
            parts.month, parts.day = mo, d
            return True
        if m.group("nd_y"):
            y, mo, d = int(m.group("nd_y")), int(m.group("nd_m")), int(m.group("nd_d"))
        elif m.group("nd_y7"):  # 입력 25.3.14: only as a page's stamp
            if not STAMP_BEFORE.search(m.string, max(0, a.start - 20), a.start):
                return False
            y2 = int(m.group("nd_y7"))
            y = (2000 if y2 < 70 else 1900) + y2
            mo, d = int(m.group("nd_m7")), int(m.group("nd_d7"))
        elif m.group("nd_y3"):  # '24.12.3
            y, mo, d = 2000 + int(m.group("nd_y3")), int(m.group("nd_m3")), int(m.group("nd_d3"))
        else:
            y2 = int(m.group("nd_y2"))
            y = (2000 if y2 < 70 else 1900) + y2
            mo, d = int(m.group("nd_m2")), int(m.group("nd_d2"))
        if not _valid(y, mo, d):
            return False
        parts.year, parts.month, parts.day = y, mo, d
    elif k == "en":
        y = int(m.group("en_y1") or m.group("en_y2") or m.group("en_y3"))
        mon = (m.group("en_m1") or m.group("en_m2") or m.group("en_m3"))[:3].lower()
        mo = _MONTH_EN.index(mon) + 1
        if m.group("en_m3"):  # April 2025: a month
            parts.year, parts.month = y, mo
            return 1000 <= y <= 2999
        d = int(m.group("en_d1") or m.group("en_d2"))
        if not _valid(y, mo, d):
            return False
        parts.year, parts.month, parts.day = y, mo, d
        if m.group("en_wd"):
            parts.weekday = _WEEKDAY_EN.index(m.group("en_wd")[:3].lower())
            parts.weekday_bracket = True
    elif k == "lm":
        mo, d = int(m.group("lm_m")), int(m.group("lm_d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return False
        parts.month, parts.day = mo, d
    elif k == "of":
        if m.group("of_h"):  # 반년 전: six months
            amount, unit, direction = 6, "개월", m.group("of_d3")
        elif m.group("of_w"):
            amount = WORD_ARG[m.group("of_w").replace(" ", "")]
            unit = "일"
            direction = m.group("of_d2")
        else:
            got = _num(m.group("of_n") or m.group("of_k"))
            if got is None:
                return False
            amount, unit, direction = got, m.group("of_u"), m.group("of_d")
        text = m.string
        if OFFSET_EVENT_BEFORE.search(text, max(0, a.start - OFFSET_EVENT_WINDOW), a.start):
            return False  # 회의 하루 전: counted from the meeting, whose day is not told
        parts.offset = (-amount if direction == "전" else amount, unit)
    elif k == "wd":
        parts.weekday = _WEEKDAY_KO.index(m.group("wd_d"))
        parts.paren_day = _paren(m.group("wd_p"))  # 지난주 금요일(7일)
    elif k == "wp":
        if m.group("wp_d"):
            parts.weekday = _WEEKDAY_KO.index(m.group("wp_d"))
        else:
            parts.weekday = _WEEKDAY_EN.index(m.group("wp_e")[:3].lower())
        parts.weekday_bracket = True
    elif k == "dp":
        kind = daypart_kinds()[m.group("dp_w")]
        if kind == "noon":
            parts.hour, parts.minute = 12, None
        elif kind == "midnight":
            parts.hour, parts.minute = 0, None
        parts.daypart = kind
    elif k == "hr":
        hour = _num(m.group("hr_n") or m.group("hr_k"))
        if hour is None:
            return False
        minute = 30 if m.group("hr_half") else _num(m.group("hr_m") or m.group("hr_mk"))
        second = _num(m.group("hr_s"))
        parts.time_use = parts.time_use or m.group("hr_use") is not None
        return _set_time(parts, hour, minute, second)
    elif k == "ck":
        hour = int(m.group("ck_h") or m.group("ck_h2") or m.group("ck_h3"))
        minute = int(m.group("ck_m") or m.group("ck_m2") or m.group("ck_m3"))
        sec = m.group("ck_s") or m.group("ck_s2") or m.group("ck_s3")
        if m.group("ck_tz"):  # the offset the stamp states wins over the reference's zone
            if m.group("ck_tz") == "Z":
                parts.tz = dt.timezone.utc
            else:
                zh, zm = int(m.group("ck_zh")), int(m.group("ck_zm"))
                if zh > 14 or zm > 59:
                    return False
                sign = -1 if m.group("ck_tz")[0] == "-" else 1
                parts.tz = dt.timezone(sign * dt.timedelta(hours=zh, minutes=zm))
        else:
            parts.tz = _written_zone(m) or parts.tz
        parts.time_use = parts.time_use or m.group("ck_use") is not None
        ap = m.group("ck_ap") or m.group("ck_ap2")
        if ap:  # 3:30 PM, PM 2:30
            if parts.daypart is not None or not 1 <= hour <= 12:
                return False
            parts.daypart = "am" if ap in "Aa" else "pm"
        return _set_time(parts, hour, minute, int(sec) if sec else None)
    return True


def _written_zone(m: re.Match[str]) -> dt.tzinfo | None:
    """The zone written after a clock time (``+0000``, ``-05:00``, ``GMT``, ``UTC+9``,
    ``KST``), else None. The pattern bounds the hours to 0-14 and the minutes to 0-59."""
    if m.group("ck_zh2") or m.group("ck_zh4"):
        sign = 1 if m.group("ck_zh2") else -1
        hours = int(m.group("ck_zh2") or m.group("ck_zh4"))
        minutes = int(m.group("ck_zm2") or m.group("ck_zm4"))
    elif m.group("ck_zn") or m.group("ck_zz"):
        if m.group("ck_zs") is None:
            return _tz_or_utc(_SEOUL) if m.group("ck_zn") == "KST" else dt.timezone.utc
        base = 9 * 60 if m.group("ck_zn") == "KST" else 0
        sign = -1 if m.group("ck_zs") == "-" else 1
        offset = base + sign * (int(m.group("ck_zh3")) * 60 + int(m.group("ck_zm3") or 0))
        if abs(offset) >= 24 * 60:
            return None
        return dt.timezone(dt.timedelta(minutes=offset))
    else:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _age_group(digits: str) -> bool:
    """Whether four digits are two consecutive decades (2030: people in their 20s and 30s)."""
    low, high = int(digits[:2]), int(digits[2:])
    return low % 10 == 0 and high == low + 10


def _age_group_here(text: str, a: _Atom) -> bool:
    """Whether the bare number of atom ``a`` (``2030``) names people rather than a year.

    A year cue before it (``오는 2030``) makes it a year whatever follows; otherwise it is
    an age group only before a word for people (``2030 청년``) or closing its phrase
    (``피해자 60%가 2030``): ``2030 국가 온실가스 감축목표`` is a year. The start of a range
    (``2021~2030``) makes it a year too (checked by the caller).
    """
    if YEAR_CUE_BEFORE.search(text, max(0, a.start - YEAR_CUE_WINDOW), a.start):
        return False
    return AGE_GROUP_AFTER.match(text, a.end) is not None


def _clear_year(parts: _Parts) -> None:
    """Forget a year inherited from the start of a range or a coordination."""
    parts.year = parts.year_rel = parts.year_anaphor = None
    parts.new_year = parts.year_told = False


def _paren(s: str | None) -> int | None:
    if s is None:
        return None
    day = int(s)
    return day if 1 <= day <= 31 else None


def _month_mod(word: str) -> str:
    return {"초": "early", "초순": "early", "상순": "early", "중순": "mid"}.get(word, "late")


def _set_time(parts: _Parts, hour: int, minute: int | None, second: int | None) -> bool:
    if minute is not None and not 0 <= minute <= 59:
        return False
    if second is not None and not 0 <= second <= 59:
        return False
    hour24 = _to_24h(hour, parts.daypart)
    if hour24 is None:
        return False
    parts.hour, parts.minute, parts.second = hour24, minute, second
    return True


def _to_24h(hour: int, daypart: str | None) -> int | None:
    if not 0 <= hour <= 24:
        return None
    if daypart is None or daypart in ("dawn",):
        return 0 if hour == 24 else hour
    if hour > 12:
        return hour if daypart in ("pm", "night", "day") and hour < 24 else None
    if daypart == "am":
        return 0 if hour == 12 else hour
    if daypart == "pm":
        return hour if hour == 12 else hour + 12
    if daypart == "day":
        return hour + 12 if 1 <= hour <= 6 else hour
    if daypart == "night":
        if hour == 12:
            return 24  # midnight at the end of the day named
        return hour + 12 if hour >= 6 else hour
    return hour


def _complete(
    parts: _Parts, text: str, start: int, end: int, whole: bool, time_end: bool = False
) -> bool:
    """Whether the glued atoms name a date (not only a prefix, a part of day, a weekday ...)."""
    kinds = parts.kinds
    if not kinds:
        return False
    core = set(kinds) - {"px", "lc", "wp", "dp", "rn"}
    if not core:
        if kinds != ["dp"] or parts.hour is None:
            return False
        # 정오, 자정 alone are times only when used as one (자정까지, 정오께, 자정 무렵), not
        # as the nouns they also are (자정 능력: self-cleansing; 정오표: errata).
        return whole or NOON_AFTER.match(text, end) is not None
    if parts.bare_weekend and not whole and _habitual_weekend(text, start, end):
        return False
    if kinds == ["px", "ww"] or kinds == ["ww"]:
        return True
    if kinds[-1] == "px":
        return False
    if core <= {"hr", "ck"}:
        # A time alone: needs a part of day, minutes, or to be the whole input or the end
        # of a range whose start has a time.
        if whole or time_end:
            return True
        return (
            parts.daypart is not None
            or parts.time_use
            or (parts.minute is not None and "hr" in kinds)
        )
    if core == {"kd"} and not whole:
        return False
    if core == {"mok"} and not whole:
        return parts.month not in (1, 2)  # 일월, 이월 are words of their own
    if (kinds[0] == "mo" or (kinds[0] == "yr" and parts.year is not None and len(kinds) > 1)) and (
        SENTENCE_BEFORE.search(text, max(0, start - 12), start)
    ):
        return False  # 징역 1년 6월, 징역 15년 6월 1일: a sentence, not a date
    # 매주 수요일, 매달 15일, 매년 7월: a recurring day or month, not a date.
    return not _recurring(parts, text, start)


def _recurring(parts: _Parts, text: str, start: int) -> bool:
    """Whether a weekday, or a day or month with no year of its own, follows a word of
    recurrence (매주 수요일, 매달 15일, 매년 7월, 해마다 10월이면)."""
    kinds = parts.kinds
    if "wd" not in kinds and (kinds[0] not in _RECURRING_KINDS or parts.prefix is not None):
        return False
    return RECURRING_BEFORE.search(text, max(0, start - RECURRING_WINDOW), start) is not None


def _habitual_weekend(text: str, start: int, end: int) -> bool:
    """Whether a bare 주말 speaks of every weekend (주말에만, 주말마다, 평일과 주말, 매 주말)."""
    return (
        WEEKEND_HABIT_AFTER.match(text, end) is not None
        or WEEKEND_HABIT_BEFORE.search(text, max(0, start - WEEKEND_HABIT_WINDOW), start)
        is not None
    )


# --------------------------------------------------------------------------- resolution


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid(y: int, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= y <= 9999 and d >= 1):
        return False
    if d <= _MONTH_DAYS[m]:
        return True
    return m == 2 and d == 29 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_REPORTED_SPAN = 60  # how far a reported clause's verb may stand from its day
_CLAUSE_BREAK = re.compile(r"[,，;]")


class _Tenses:
    """Tense cues of one text, found in one pass on first use and looked up by position.

    The tense of a date is the first cue after it in its sentence (within 300 characters)
    that speaks for the sentence itself: cues inside quoted speech and cues of a reported
    clause (``확대하겠다고 밝혔다``, ``추진할 계획이라고``) are skipped, so the main predicate
    (``밝혔다``) decides. A full stop inside a quotation does not end the sentence.

    The skipped cues of reported clauses ending in ``-고`` are kept apart: a day inside such
    a clause takes the clause's future (``16일 파업에 들어간다고 밝혔다``, see
    :meth:`reported_future`). So are the cues of quoted speech: a day inside a quotation
    takes the quotation's own tense (``18일 "20일 오후 예배를 드린다"고 밝혔다``: coming).
    """

    __slots__ = (
        "_clauses", "_cues", "_ends", "_kinds", "_qcues", "_qkinds", "_quotes", "_reported",
        "_reported_future", "_text",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self._text = text
        self._cues: list[int] | None = None
        self._kinds: list[str] = []
        self._ends: list[int] = []
        self._reported: list[int] = []
        self._reported_future: list[bool] = []
        self._clauses: list[int] = []
        self._quotes: list[tuple[int, int]] = []
        self._qcues: list[int] = []
        self._qkinds: list[str] = []

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation ``pos`` stands inside, else None."""
        quotes = self._quotes
        k = bisect_left(quotes, (pos + 1,)) - 1
        return quotes[k] if k >= 0 and pos < quotes[k][1] else None

    def _build(self) -> list[int]:
        text = self._text
        self._quotes = [(q.start(), q.end()) for q in QUOTES.finditer(text)]

        def quoted(pos: int) -> bool:
            return self._quote_at(pos) is not None

        cues: list[int] = []
        for hit in TENSE.finditer(text):
            if QUOTED_TAIL.match(text, hit.end()):
                continue
            kind = "past" if hit.lastgroup == "past" else "future"
            if quoted(hit.start()):
                self._qcues.append(hit.start())
                self._qkinds.append(kind)
                continue
            cues.append(hit.start())
            self._kinds.append(kind)
        self._ends = [e.start() for e in SENTENCE_END.finditer(text) if not quoted(e.start())]
        # One pass over the reported verbs serves both uses: the tense of a reported clause
        # (reported_future) and whether a sentence reports a clause at all (reports_clause).
        for verb in REPORTED_VERB.finditer(text):
            pos = verb.start()
            if quoted(pos) or pos == 0:
                continue  # the speaker's own reported clause, inside the quotation
            if text[pos - 1] in CLOSING_QUOTE:
                continue  # "…할 예정"이라고: the quotation is the clause, quoted speech
            if (
                "가" <= text[pos - 1] <= "힣"
                and text[verb.end() : verb.end() + 1].isspace()
                and not verb.group().endswith("로")  # 열기로 했다: the sentence's own decision
            ):
                self._clauses.append(pos)  # a verb closing its clause: …열린다고 밝혔다
            tense = reported_tense(text, verb)
            if tense is not None:
                self._reported.append(pos)
                self._reported_future.append(tense == "future")
        self._cues = cues
        return cues

    def _sentence_limit(self, end: int) -> int:
        """Where the sentence holding ``end`` stops being looked at (its end, 300 at most)."""
        e = bisect_left(self._ends, end)
        return min(self._ends[e] + 1 if e < len(self._ends) else len(self._text), end + 300)

    def at(self, end: int) -> str | None:
        cues = self._cues if self._cues is not None else self._build()
        quote = self._quote_at(end)
        if quote is not None:
            q = bisect_left(self._qcues, end)
            if q < len(self._qcues) and self._qcues[q] < min(quote[1], end + 300):
                return self._qkinds[q]  # the quotation's own predicate
        k = bisect_left(cues, end)
        if k == len(cues):
            return None
        return self._kinds[k] if cues[k] < self._sentence_limit(end) else None

    def cue_at(self, end: int) -> int | None:
        """Where the cue :meth:`at` reads outside quotations stands, else None."""
        cues = self._cues if self._cues is not None else self._build()
        k = bisect_left(cues, end)
        if k < len(cues) and cues[k] < self._sentence_limit(end):
            return cues[k]
        return None

    def reports_clause(self, end: int) -> bool:
        """Whether the sentence from ``end`` on reports a clause in its own words
        (``이날 …열린다고 밝혔다``): its verb, not the reporting one, then tells when. A
        quotation (``이날 "…할 예정"이라고 밝혔다``) is not such a clause: what it says is
        the speaker's, and ``이날`` stays in the reporting sentence."""
        if self._cues is None:
            self._build()
        r = bisect_left(self._clauses, end)
        return r < len(self._clauses) and self._clauses[r] < self._sentence_limit(end)

    def reported_future(self, end: int) -> int | None:
        """Where the future verb of a reported clause (``들어간다고``, ``열겠다고``,
        ``받기로``) stands when it is the first cue after ``end`` in its sentence, before the
        sentence's own predicate, near and in the same clause (no comma between:
        ``31일 만나 …, …바란다고``); else None."""
        cues = self._cues if self._cues is not None else self._build()
        r = bisect_left(self._reported, end)
        if r == len(self._reported) or not self._reported_future[r]:
            return None
        k = bisect_left(cues, end)
        limit = self._sentence_limit(end)
        first = cues[k] if k < len(cues) else len(self._text)
        verb = self._reported[r]
        if (
            verb < min(first, limit, end + _REPORTED_SPAN)
            and _CLAUSE_BREAK.search(self._text, end, verb) is None
        ):
            return verb
        return None

    def report_day_after(self, end: int) -> bool:
        """Whether the sentence from ``end`` on gives its report a day of its own
        (``… 예정이라고 18일 밝혔다``)."""
        if self._cues is None:
            self._build()
        return REPORT_DAY.search(self._text, end, self._sentence_limit(end)) is not None


def _choose(cands: list[dt.date], key: dt.date, mode: str | None) -> dt.date | None:
    """Pick the candidate the mode asks for: ``past``/``future`` from 지난/오는 (always
    obeyed), ``past?``/``future?`` from the sentence's tense, None or ``near?`` for the
    nearest.

    Tense is a weaker cue (a decision taken in the past about a coming date: 9월 5일을 휴무일로
    지정했다), so it yields when it would move a date half a year away from the reference
    while the nearest candidate is within a month.
    """
    if not cands:
        return None
    nearest = min(cands, key=lambda c: (abs((c - key).days), c > key))
    if mode is None or mode.startswith("near"):
        return nearest
    if mode.startswith("past"):
        before = [c for c in cands if c <= key]
        pick = max(before) if before else None
    else:
        after = [c for c in cands if c >= key]
        pick = min(after) if after else None
    if mode.endswith("?"):
        if pick is None:
            return nearest
        if abs((pick - key).days) > 183 and abs((nearest - key).days) <= 31:
            return nearest
    return pick


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _resolve(
    text: str,
    start: int,
    end: int,
    parts: _Parts,
    right: _Parts | None,
    ctx: _Context,
    split: tuple[int, int] | None = None,
) -> list[DateMention]:
    """Resolve one mention, or a range: one mention, or two when ``split`` says where.

    ``find_dates`` reports each end of a range as its own mention (``16`` and ``17일`` in
    ``16~17일``), the first carrying the range's end in ``until``; ``parse_date`` reads a
    range as one expression.
    """
    mode_cache: list[str | None] = []
    headline: list[bool] = []  # the nearest day came only from a verbless headline's cue
    if right is not None:
        # 2일 오후 2시~4시(현지시간): the tag speaks for both ends (one clock for both).
        right.local = parts.local = parts.local or right.local
        right.zone = parts.zone = parts.zone or right.zone

    def mode() -> str | None:
        if parts.prefix is not None:
            return parts.prefix
        if not mode_cache:
            report = REPORTING_AFTER.match(text, end)
            if ADNOMINAL_PAST.match(text, end) or (
                report is not None and "예정" not in report.group()
            ):
                # 6일 공개한 보고서; 27일(현지시간) 외신에 따르면, 24일 밝혔다: a report's
                # day has come, whatever the reported clause goes on to plan.
                tense: str | None = "past"
            elif ADNOMINAL_PRESENT.match(text, end):
                tense = "future"  # 30일 개막하는 박람회: still ahead
            else:
                tense = ctx.tenses.at(end) if ctx.tenses is not None else None
                if tense is not None and ctx.tenses is not None:
                    tense = _own_clause_tense(text, end, tense, ctx.tenses) or tense
                verb = (
                    ctx.tenses.reported_future(end)
                    if tense != "future" and ctx.tenses is not None
                    else None
                )
                if verb is not None:
                    # 노조는 … 16일 첫차부터 파업에 들어간다고 밝혔다, 시는 29일부터 접수를
                    # 받는다고 밝혔다: the day belongs to the reported clause, whose verb is
                    # future (news reports plans in the present tense); see _clause_tense.
                    tense = _clause_tense(text, start, end, verb, parts, ctx) or tense
                if (
                    tense is None
                    and parts.day is not None
                    and (text.startswith("부터", end) or EVENT_NOUN_AFTER.match(text, end))
                ):
                    # 29일부터 접수 시작, 축제 13일 개막: a verbless headline of a start or
                    # an opening. It is told to announce it, coming or just passed, so the
                    # nearest such day, not the past a bare day leans to.
                    tense = "near"
                    headline.append(True)
            mode_cache.append(tense + "?" if tense is not None else None)
        return mode_cache[0]

    ctx.text, ctx.at, ctx.at_end, ctx.used = text, start, end, None
    value, until, grain, mismatch = _value(parts, ctx, mode)
    if (
        (mode_cache == [None] or headline)
        and right is None
        and parts.day is not None
        and parts.month is None
        and parts.weekday is None
        and not parts.local
        and parts.paren_day is None
    ):
        ctx.uncued[start] = parts.day
    # A page's stamp is a full date (입력 2024.01.01 09:00), so only those look for one.
    stamp_m = (
        STAMP_BEFORE.search(text, max(0, start - 20), start) if parts.year is not None else None
    )
    stamp = None
    if stamp_m is not None:
        written = re.sub(r"\s", "", stamp_m.group("stamp"))
        stamp = STAMP_CANONICAL.get(written, written)
    if value is not None and stamp is None and (parts.year is not None or parts.year_told):
        ctx.told_year = value.year  # 2019년 …, then 그해 (and 이듬해 after 그해)
    local = parts.local or (right is not None and right.local)
    relative = _is_relative(parts)
    # A page's own stamp (입력 2025.04.14 09:00, a dateline opening a line) is not an event.
    background = (
        stamp is not None
        or (parts.year is not None and parts.month is not None and _line_start(text, start))
        or _BACKGROUND.search(text, max(0, start - 6), start + 2) is not None
    )
    if right is None and value is not None and not local and stamp is None:
        placed = parts.day is not None and (
            parts.month is not None or parts.month_rel is not None or parts.prefix is not None
        )
        if placed or parts.paren_day is not None:  # 이달 27일, 오는 3일, 모레(12일)
            day = value.date() if isinstance(value, dt.datetime) else value
            ctx.told_days[day.day] = day
            ctx.told_at[day.day] = end
    if right is None:
        # 지난해 같은 달: a comparison's baseline a year back, never a base for what follows.
        if parts.same_last_year is None and (
            parts.day_anaphor is None or not BASELINE_AFTER.match(text, end)
        ):
            # 전날 종가, 전날보다: a baseline, never a day that 이날 could refer to.
            background = background or _anaphor_background(ctx, parts)
            _remember(ctx, value, grain, background, until, local)
        return [_mention(text, start, end, value, until, grain, local, relative, stamp,
                         mismatch, parts.weekday)]  # fmt: skip
    if value is not None:
        ctx.last_year = value.year  # 2022년 3월부터 이듬해 2월까지: 2023
    anchored = _anchor_end(right, value) if value is not None else right
    rv, runtil, rgrain, rmismatch = _value(anchored, ctx, mode)
    if (
        anchored is not right
        and isinstance(rv, dt.datetime)
        and isinstance(value, dt.datetime)
        and rv < value
    ):
        rv += dt.timedelta(days=1)  # 오후 10시~오전 2시: the end is on the next day
    if rv is not None and value is not None:
        rv, runtil = _after(rv, runtil, value, right)
    if (
        type(value) is dt.date
        and type(rv) is dt.date
        and right.month is not None
        and parts.day is not None
        and parts.month is None
        and parts.month_rel is None
        and parts.prefix is None
    ):
        # 28일부터 12월 4일까지: a bare start day is in the reference's month (the month a
        # writer leaves out) when that is on or before the end, else the last such day
        # before the end; not what the tense would pick for the day alone.
        value = _range_start(rv, parts.day, ctx.ref) or value
    range_end = (runtil if runtil is not None else rv) if value is not None else None
    if split is None:
        joined = rgrain if _GRAIN_ORDER[rgrain] > _GRAIN_ORDER[grain] else grain
        _remember(ctx, value, joined, until=range_end)
        relative = relative or _is_relative(right)
        return [_mention(text, start, end, value, range_end, joined, local, relative, stamp,
                         mismatch or rmismatch, parts.weekday)]  # fmt: skip
    left_end, right_start = split
    _remember(ctx, value, grain)
    _remember(ctx, rv, rgrain)
    if value is not None and range_end is not None and ctx.last_period is not None:
        # 1~9월 … 지난해 같은 기간: the period is the whole range.
        first = value.date() if isinstance(value, dt.datetime) else value
        last = range_end.date() if isinstance(range_end, dt.datetime) else range_end
        ctx.last_period = (first, last, ctx.last_period[2])
    return [
        _mention(text, start, left_end, value, range_end, grain, local, relative, stamp,
                 mismatch, parts.weekday),
        _mention(text, right_start, end, rv, runtil, rgrain, local, _is_relative(right), None,
                 rmismatch, right.weekday),
    ]  # fmt: skip


# 교육청은 17일 …하겠다고 발표했다: a day right after the subject (or opening its
# sentence) is the day of the report, not of the reported clause.
_SUBJECT_BEFORE = re.compile(
    r"(?:[가-힣)](?:은|는|이|가)|[.?!\n]|^)[ \t]{0,2}(?:\([^()\n]{1,12}\)[ \t]{0,2})?$"
)


def _reporting_slot(text: str, start: int) -> bool:
    """Whether a date stands where the day of a report goes: right after the subject
    (``교육청은 17일``) or first in its sentence."""
    return _SUBJECT_BEFORE.search(text, max(0, start - 20), start) is not None


# A day that may be the report's own (교육청은 17일 …하겠다고 발표했다) is that only
# within this many days before the reference: news tells an announcement within days.
_REPORT_NEAR_DAYS = 7


def _clause_tense(
    text: str, start: int, end: int, verb: int, parts: _Parts, ctx: _Context
) -> str | None:
    """The tense of a day standing before ``verb``, the future verb of a reported clause
    (``열린다고``, ``열 예정이라고``, ``받기로``): ``"future"``, ``"near"`` or None (the
    sentence's own tense stands).

    The day is the clause's, hence coming, unless it may be another's:

    - the day of the report (after the subject or first in its sentence, written bare,
      and the sentence names no other report day: ``시는 17일 …연다고 밝혔다``), when it
      lies at most :data:`_REPORT_NEAR_DAYS` before the reference (a report is told
      within days, not weeks): None;
    - the day of a step told first in a clause of its own (``5일 협약을 맺고 …받는다고``),
      which has no tense: ``"near"``.

    A day with a particle of its own (``29일부터``, ``25일까지``) is the clause's;
    ``17일에`` may be either. A decision (``29일부터 받기로 했다``) was taken before the
    reference, so what it plans may be past by then: its day is ``"near"`` too.
    """
    clause = "near" if text.startswith("로", verb + 1) else "future"
    if "가" <= text[end : end + 1] <= "힣" and text[end] != "에":
        return clause
    assert ctx.tenses is not None
    if (
        _reporting_slot(text, start)
        and (parts.day is not None or parts.weekday is not None)  # not 추석, 9월: no report's
        and not ctx.tenses.report_day_after(end)
    ):
        ref = ctx.ref
        if ref is None or parts.day is None or parts.year is not None or parts.prefix is not None:
            return None  # nothing to weigh: keep the report's day
        past = _place_day(ref, parts.month, parts.day, parts.weekday, "past")
        if past is not None and (ref - past).days <= _REPORT_NEAR_DAYS:
            return None
    if CONNECTIVE.search(text, end, verb) is not None:
        return "near"
    return clause


def _own_clause_tense(text: str, end: int, tense: str, tenses: _Tenses) -> str | None:
    """The tense of the clause holding a day when a later clause of its sentence has a time
    of its own (``13일 …열리며, 지난해에는 …다녀갔다``): the later predicate speaks for
    that time, so the day's clause keeps its own (``"near"`` after a non-past connective,
    ``"past"`` after ``열렸으며``); else None (the sentence's ``tense`` stands, as it does
    when the predicate is future and the connective non-past: ``…열고, 14일 연다``)."""
    cue = tenses.cue_at(end)
    if cue is None:
        return None
    split = clause_end_tense(text, end, cue)
    if split is None or split[1] == tense or (split[1] == "near" and tense == "future"):
        return None
    return split[1] if _scan(text[split[0] : cue]) else None


def _line_start(text: str, start: int) -> bool:
    """Whether only blanks come before ``start`` on its line (looks back a bounded span)."""
    lo = max(0, start - 40)
    cut = text.rfind("\n", lo, start)
    if cut < 0 and lo > 0:
        return False
    return not text[cut + 1 : start].strip()


def _mention(
    text: str,
    start: int,
    end: int,
    value: dt.date | None,
    until: dt.date | None,
    grain: Grain,
    local: bool,
    relative: bool,
    stamp: str | None,
    mismatch: bool,
    weekday: int | None,
) -> DateMention:
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        until=until,
        grain=grain,
        local_time=local,
        relative=relative,
        stamp=stamp,
        weekday_mismatch=mismatch,
        weekday=weekday,
    )


def _remember(
    ctx: _Context,
    value: dt.date | None,
    grain: str,
    background: bool = False,
    until: dt.date | None = None,
    local: bool = False,
) -> None:
    """Keep the last resolved day, period and year for 이날, 전날, 전년도 further on."""
    if value is None:
        return
    day = value.date() if isinstance(value, dt.datetime) else value
    if grain != "year":
        end = until.date() if isinstance(until, dt.datetime) else until
        ctx.last_period = (day, end, grain)
    if grain in ("day", "hour", "minute", "second"):
        ctx.last_day = day
        anchor = _Anchor(day, ctx.at_end, background, local)
        past = ctx.ref is None or day <= ctx.ref
        ctx.last = anchor
        if past:
            ctx.last_past = anchor
        if not background:
            ctx.main = anchor
            if not local:
                ctx.home = anchor
            if past:
                ctx.main_past = anchor
    ctx.last_year = day.year


def _anaphor_background(ctx: _Context, parts: _Parts) -> bool:
    """Whether an anaphoric day is background: it counts from a background day, or it is a
    day before or after (전날, 다음날) the main event's day, unless that day is only the
    report's (9일 소방서에 따르면 전날 …: then 전날 is the event's day)."""
    if parts.day_anaphor is None:
        return False
    if ctx.used is not None and ctx.used.background:
        return True
    main = ctx.main
    if parts.day_anaphor == 0 or main is None:
        return False
    # 9일 경찰에 따르면, 24일 밝혔다: the day of the report, not of the event.
    return REPORTING_AFTER.match(ctx.text, main.end) is None


def _anaphor_base(ctx: _Context, offset: int) -> dt.date | None:
    """The day 이날/전날 count from, recording its anchor in ``ctx.used``.

    The last day named in the same sentence (for 이날, unless that day opens a period:
    ``28일부터``); else, for 전날/다음날, the last day named
    (지난 22일 … 전날 오후 9시: the 21st); else, for 이날, the last main-event day (past
    background days: 앞서 지난달 19일 ...); else the reference. In a past-tense sentence,
    days after the reference are passed over (… 다음 주 화요일 열리는 회의 … 이날 순매도했다).
    """
    last, main = ctx.last, ctx.main
    if (
        (last is not ctx.last_past or main is not ctx.main_past)
        and ctx.tenses is not None
        and ctx.tenses.at(ctx.at_end) == "past"
        and not ctx.tenses.reports_clause(ctx.at_end)
    ):
        last, main = ctx.last_past, ctx.main_past
    same_sentence = last is not None and SENTENCE_END.search(ctx.text, last.end, ctx.at) is None
    if (
        same_sentence
        and offset == 0
        and main is not None
        and last is not main
        and ctx.text.startswith("부터", last.end if last is not None else 0)
    ):
        # 지난달 28일부터 이어진 협상 끝에 이날 서명했다: 이날 is one day, not the start of
        # the period told beside it; it is the story's day.
        same_sentence = False
    if (
        not same_sentence
        and offset != 0
        and ctx.home is not None
        and (last is None or last.local or last.background)
        and BASELINE_AFTER.match(ctx.text, ctx.at_end)
    ):
        # 19일 코스피는 … 연준이 지난 17일(현지시간) 금리를 내렸다. 환율은 전날보다 …: a
        # market's baseline is the session before the story's own day, not before a
        # day abroad or a background day told in between.
        ctx.used = ctx.home
        return ctx.home.day
    if last is not None and (
        same_sentence or (offset != 0 and not _aside_before(ctx.text, last, main, ctx.at))
    ):
        ctx.used = last
    else:
        ctx.used = main or last
    return ctx.used.day if ctx.used is not None else ctx.ref


_ASIDE_SPAN = 2000  # how far after the aside its paragraph break is looked for (bounded work)


def _aside_before(text: str, last: _Anchor, main: _Anchor | None, at: int) -> bool:
    """Whether the last day told is background (지난 10일 …에도) in an earlier paragraph,
    after an event day that is not a report's day: a 전날 in a later paragraph then counts
    from the event (11일 새벽 불이 났다 … 지난 10일에도 불이 났다.⏎… 전날 화재와의 연관성)."""
    return (
        last.background
        and text.find("\n", last.end, min(at, last.end + _ASIDE_SPAN)) >= 0
        and main is not None
        and main is not last
        and main.day > last.day
        and REPORTING_AFTER.match(text, main.end) is None
    )


_GRAIN_ORDER = {
    "year": 0, "quarter": 1, "month": 2, "week": 3, "day": 4, "hour": 5, "minute": 6, "second": 7,
}  # fmt: skip


def _is_relative(p: _Parts) -> bool:
    return p.year is None or (p.month is None and p.day is not None)


# What places a range's end on its own, whatever its start: 지난해, 다음 달, 오는, 내일,
# 이날, 추석, 3일 뒤, 지난해 같은 날, 금요일, 다음 주.
_OWN_PLACE = frozenset({"px", "yw", "mw", "ww", "dx", "an", "hd", "of", "sy", "wd", "ym"})


def _anchor_end(right: _Parts, start: dt.date) -> _Parts:
    """The end of a range as read from its resolved start: what it leaves unsaid comes
    from the start (the range's end keeps the start's year and month).

    ``3~4월`` said in September: April of the year the start's March fell in, not the
    April nearest the reference. ``15일 오전 9시~오후 6시``: 6 p.m. on the 15th. A bare
    hour takes the start's half of the day when that keeps it at or after the start
    (``오후 2시부터 4시까지``: 16:00; ``오전 11시~1시``: 13:00). An end placed by its own
    words (``지난해 9월``, ``다음 달``, ``금요일``) is returned as it is.
    """
    if _OWN_PLACE.intersection(right.kinds):
        return right
    stated_year = (
        right.year is not None
        or right.year_rel is not None
        or right.year_anaphor is not None
        or right.new_year
    )
    day = start.date() if isinstance(start, dt.datetime) else start
    if right.hour is not None and right.day is None and right.weekday is None:
        anchored = replace(right, year=day.year, year_rel=None, year_anaphor=None,
                           new_year=False, month=day.month, month_rel=None, day=day.day)  # fmt: skip
        if right.daypart is None and right.hour <= 12 and isinstance(start, dt.datetime):
            after = [
                h
                for h in (right.hour, right.hour + 12)
                if (h, right.minute or 0) >= (start.hour, start.minute)
            ]
            anchored.hour = after[0] if after else right.hour
        return anchored
    if stated_year or right.month_rel is not None or (right.month is None and right.day is None):
        return right
    if right.month is None:
        return replace(right, year=day.year, month=day.month)  # 16~17일
    return replace(right, year=day.year)  # 3~4월, 3월 30일~4월 2일


def _after(
    rv: dt.date, runtil: dt.date | None, left: dt.date, right: _Parts
) -> tuple[dt.date, dt.date | None]:
    """Move a range's end past its start when it inherited the start's month or year
    (``11~2월``: next February; ``28~2일``: the 2nd of the next month), its ``until``
    along with it."""
    lday = left.date() if isinstance(left, dt.datetime) else left
    rday = rv.date() if isinstance(rv, dt.datetime) else rv
    if rday >= lday:
        return rv, runtil
    step = 12 if right.month is not None else 1
    moved = _shift_day(rday, step)
    if moved is None:
        return rv, runtil
    until = None
    if runtil is not None:
        uday = runtil.date() if isinstance(runtil, dt.datetime) else runtil
        until = _shift_day(uday, step, keep_last=True)
    if isinstance(rv, dt.datetime):
        moved_until = (
            dt.datetime.combine(until, runtil.timetz())
            if (until is not None and isinstance(runtil, dt.datetime))
            else until
        )
        return dt.datetime.combine(moved, rv.timetz()), moved_until
    return moved, until


def _shift_day(day: dt.date, months: int, keep_last: bool = False) -> dt.date | None:
    """``day`` moved by ``months``, None when the new month lacks it. ``keep_last``: a
    month's last day stays its month's last day (the ``until`` of a month: 30 April a
    month on is 31 May, 29 February a year on 28 February)."""
    y, m = _shift_month(day.year, day.month, months)
    if not 1 <= y <= 9999:
        return None
    last = monthrange(y, m)[1]
    if keep_last and day.day == monthrange(day.year, day.month)[1]:
        return dt.date(y, m, last)
    return dt.date(y, m, day.day) if day.day <= last else None


_OFFSET_GRAINS: dict[str, Grain] = {"년": "year", "해": "year", "시간": "hour", "분": "minute"}


def _grain(p: _Parts) -> Grain:
    if p.same_last_year is not None:
        return "day" if p.same_last_year == "day" else "month"  # refined by _same_last_year
    if p.offset is not None:
        unit = p.offset[1]
        return _OFFSET_GRAINS.get(unit, "day")
    if p.hour is not None:
        if p.second is not None:
            return "second"
        return "minute" if p.minute is not None else "hour"
    if p.weekend:
        return "day"  # 주말: Saturday and Sunday (value .. until)
    if p.month_mod is not None and p.day is None:
        # 4월 중순, 이달 말: part of a month, known to the month (value .. until: the part).
        return "month"
    if p.year_mod in _YEAR_END_MONTHS and p.month is None:
        return "month"  # 연말, 올해 말: December; 연초, 2025년 초: January
    if (
        p.day is not None
        or p.day_rel is not None
        or p.day_anaphor is not None
        or p.holiday is not None
        or (p.weekday is not None and not p.weekday_bracket)
    ):
        return "day"
    if p.week_rel is not None:
        return "week"
    if p.month is not None or p.month_rel is not None:
        return "month"
    if p.year_mod in ("Q1", "Q2", "Q3", "Q4") or p.quarter_rel is not None:
        return "quarter"
    # 상반기, 하반기 and a plain year: a half is no quarter, and no grain is finer than the
    # year it lies in (value .. until tell the half).
    return "year"


def _value(
    p: _Parts, ctx: _Context, mode: _Mode
) -> tuple[dt.date | None, dt.date | None, Grain, bool]:
    """Resolve parts into (value, until, grain, weekday mismatch)."""
    grain = _grain(p)

    ref = ctx.ref
    if p.same_last_year is not None:
        return _same_last_year(p.same_last_year, ctx)
    if p.offset is not None:
        return (*_offset_value(p, ctx), grain, False)
    if p.weekend and p.week_rel is not None and p.day is None:
        if ref is None:
            return None, None, grain, False
        week_rel = p.week_rel
        if p.bare_weekend and ref.weekday() < 5:
            # 주말 동안 폭설이 쏟아졌다 said on a Monday: the weekend just past.
            tense = mode()
            if tense is not None and tense.startswith("past"):
                week_rel -= 1
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=week_rel)
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), grain, False
    if p.month_mod is not None and p.day is None and p.hour is None:
        return (*_month_span(p, ctx, mode), grain, False)
    if grain in ("day", "hour", "minute", "second"):
        day = _day(p, ctx, mode)
        if day is None and _time_only(p):
            # 오후 6시14분쯤 alone: the day last mentioned, else the reference's day.
            day = ctx.last_day if ctx.last_day is not None else ref
        mismatch = False
        if day is not None and p.weekday is not None and day.weekday() != p.weekday:
            mismatch = True
        if day is None:
            return None, None, grain, mismatch
        if p.hour is not None:
            base = day + dt.timedelta(days=1) if p.hour == 24 else day
            value = dt.datetime(
                base.year, base.month, base.day, p.hour % 24, p.minute or 0, p.second or 0,
                tzinfo=p.tz or p.zone or ctx.tz,
            )  # fmt: skip
            return value, None, grain, mismatch
        return day, None, grain, mismatch
    if grain == "week":
        if ref is None or p.week_rel is None:
            return None, None, grain, False
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=p.week_rel)
        if p.weekend:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), grain, False
        return monday, monday + dt.timedelta(days=6), grain, False
    if grain == "month" and p.year_mod in _YEAR_END_MONTHS and p.month is None:
        year = _year_of_part(p, ctx)
        if year is None:
            return None, None, grain, False
        m = _YEAR_END_MONTHS[p.year_mod]
        return dt.date(year, m, 1), dt.date(year, m, 31), grain, False
    if grain == "month":
        return (*_month_span(p, ctx, mode), grain, False)
    if p.quarter_rel is not None:
        if ref is None:
            return None, None, grain, False
        y, m = _shift_month(ref.year, (ref.month - 1) // 3 * 3 + 1, 3 * p.quarter_rel)
        y2, m2 = _shift_month(y, m, 2)
        return dt.date(y, m, 1), dt.date(y2, m2, monthrange(y2, m2)[1]), grain, False
    year = _year_of_part(p, ctx)
    if year is None:
        return None, None, grain, False
    lo, hi = _YEAR_PARTS.get(p.year_mod or "", (1, 12))
    return dt.date(year, lo, 1), dt.date(year, hi, monthrange(year, hi)[1]), grain, False


# The month an end of a year names: 연말 and 올해 말 December, 연초 and 2025년 초 January.
_YEAR_END_MONTHS = {"yend": 12, "late": 12, "ystart": 1, "early": 1}
_YEAR_PARTS = {
    "H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12),
    # 2024년 말 and 연말 alike name December (from the 1st), 초 and 연초 January.
    "early": (1, 1), "late": (12, 12), "ystart": (1, 1), "yend": (12, 12),
}  # fmt: skip


def _year_back(day: dt.date) -> dt.date:
    """The same day a year before (29 February -> 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _same_last_year(unit: str, ctx: _Context) -> tuple[dt.date | None, dt.date | None, Grain, bool]:
    """지난해 같은 날/달/기간: the day, month or period last told of (else the reference's
    day or month), a year before."""
    if unit == "day":
        base = _anaphor_base(ctx, 0)
        return (_year_back(base) if base is not None else None), None, "day", False
    last = ctx.last_period
    if last is None:
        if ctx.ref is None:
            return None, None, "month", False
        last = (ctx.ref, None, "day")
    first, until, grain = last
    if unit == "period" and grain in ("month", "quarter") and until is not None:
        # 올해 1~9월 … 지난해 같은 기간: the whole span, a year before.
        y, m = first.year - 1, first.month
        y2, m2 = until.year - 1, until.month
        period: Grain = "quarter" if grain == "quarter" else "month"
        return dt.date(y, m, 1), dt.date(y2, m2, monthrange(y2, m2)[1]), period, False
    y, m = first.year - 1, first.month
    return dt.date(y, m, 1), dt.date(y, m, monthrange(y, m)[1]), "month", False


def _year_of_part(p: _Parts, ctx: _Context) -> int | None:
    """The year of a year or a part of one; 지난/오는 pick the last ended / the next to begin."""
    if p.prefix is None or p.year_mod is None or _explicit_year(p, ctx)[0]:
        return _year(p, ctx)
    ref = ctx.ref
    if ref is None:
        return None
    lo, hi = _YEAR_PARTS.get(p.year_mod, (1, 12))
    end = dt.date(ref.year, hi, monthrange(ref.year, hi)[1])
    if p.prefix == "past":
        # 지난 1분기 in May is this year's; 지난 3분기 in May is last year's.
        return ref.year if end < ref else ref.year - 1
    # 오는 하반기 in May is this year's; 오는 1분기 in May is next year's.
    return ref.year if dt.date(ref.year, lo, 1) > ref else ref.year + 1


def _month_span(p: _Parts, ctx: _Context, mode: _Mode) -> tuple[dt.date | None, dt.date | None]:
    """A month, or its early/mid/late part (days 1-10, 11-20, 21 to the end): (first, last)."""
    ym = _year_month(p, ctx, mode)
    if ym is None:
        return None, None
    y, m = ym
    first, last = dt.date(y, m, 1), dt.date(y, m, monthrange(y, m)[1])
    if p.month_mod == "early":
        return first, dt.date(y, m, 10)
    if p.month_mod == "mid":
        return dt.date(y, m, 11), dt.date(y, m, 20)
    if p.month_mod == "late":
        return dt.date(y, m, 21), last
    return first, last


def _time_only(p: _Parts) -> bool:
    return (
        p.hour is not None
        and p.day is None
        and p.day_rel is None
        and p.day_anaphor is None
        and p.holiday is None
        and p.weekday is None
        and p.month is None
        and p.month_rel is None
    )


def _offset_value(p: _Parts, ctx: _Context) -> tuple[dt.date | None, dt.date | None]:
    ref = ctx.ref
    if p.offset is None or ref is None:
        return None, None
    amount, unit = p.offset
    if unit in ("시간", "분"):
        if ctx.ref_dt is None:
            return None, None
        delta = dt.timedelta(hours=amount) if unit == "시간" else dt.timedelta(minutes=amount)
        return ctx.ref_dt + delta, None
    if unit in ("년", "해"):
        y = ref.year + amount
        return (dt.date(y, 1, 1), dt.date(y, 12, 31)) if 1 <= y <= 9999 else (None, None)
    if unit in ("개월", "달"):
        # 한 달 후, 3개월 전: the same day that many months away (clamped to the month's end).
        y, m = _shift_month(ref.year, ref.month, amount)
        if not 1 <= y <= 9999:
            return None, None
        return dt.date(y, m, min(ref.day, monthrange(y, m)[1])), None
    days = amount * 7 if unit in ("주", "주일") else amount
    try:
        return ref + dt.timedelta(days=days), None
    except OverflowError:
        return None, None


def _explicit_year(p: _Parts, ctx: _Context) -> tuple[bool, int | None]:
    """(whether the year is stated, the year or None when it cannot be resolved)."""
    if p.year is not None:
        return True, p.year
    if p.year_rel is not None:
        return True, ctx.ref.year + p.year_rel if ctx.ref is not None else None
    if p.new_year:
        if ctx.ref is None:
            return True, None
        return True, ctx.ref.year + (1 if ctx.ref.month >= 11 else 0)
    if p.year_anaphor is not None:
        base = ctx.told_year if p.year_told else ctx.last_year
        if base is None and ctx.ref is not None and not p.year_told:
            base = ctx.ref.year  # 전년 대비 with no year before it: the year before this one
        return True, base + p.year_anaphor if base is not None else None
    return False, None


def _year(p: _Parts, ctx: _Context) -> int | None:
    stated, year = _explicit_year(p, ctx)
    if stated:
        return year
    return ctx.ref.year if ctx.ref is not None else None


def _year_month(p: _Parts, ctx: _Context, mode: _Mode) -> tuple[int, int] | None:
    stated, year = _explicit_year(p, ctx)
    ref = ctx.ref
    if p.month_rel is not None:
        if ref is None:
            return None
        return _shift_month(ref.year, ref.month, p.month_rel)
    if p.month is None:
        return None
    if stated:
        return (year, p.month) if year is not None else None
    if ref is None:
        return None

    cands = [dt.date(ref.year + k, p.month, 1) for k in (-1, 0, 1)]
    chosen_mode = mode()
    if p.prefix is not None:
        # 오는 4월 said in April is next April, 지난 4월 said in April last April: the
        # month the article is in would be 이달. A part of it still wholly ahead (오는 3월
        # 중순 said on 1 March) or wholly past (지난 3월 초 said on 25 March) is this month's.
        this = ref.replace(day=1)
        if not _part_clear_of(p, this, ref):
            cands = [c for c in cands if c != this]
    got = _choose(cands, ref.replace(day=1), chosen_mode)
    return (got.year, got.month) if got is not None else None


def _part_clear_of(p: _Parts, month: dt.date, ref: dt.date) -> bool:
    """Whether the part of ``month`` that ``p`` names (초/중순/말) lies wholly on the side of
    ``ref`` its prefix points to (after it for 오는, before it for 지난)."""
    if p.month_mod is None:
        return False
    lo, hi = {"early": (1, 10), "mid": (11, 20)}.get(p.month_mod, (21, 31))
    if p.prefix == "future":
        return month.replace(day=lo) > ref
    return month.replace(day=min(hi, monthrange(month.year, month.month)[1])) < ref


def _day(p: _Parts, ctx: _Context, mode: _Mode) -> dt.date | None:
    ref = ctx.ref

    if p.day_rel is not None or p.day_anaphor is not None:
        if p.day_rel is not None:
            got = ref + dt.timedelta(days=p.day_rel) if ref is not None else None
        else:
            base = _anaphor_base(ctx, p.day_anaphor or 0)
            got = base + dt.timedelta(days=p.day_anaphor or 0) if base is not None else None
        return _printed_day(got, p.paren_day)
    if p.near_holiday is not None and p.day is not None and p.month is None:
        # 설 전날인 28일, 광복절인 15일: the day nearest the holiday with that number.
        placed = _printed_day(_holiday_day(p.near_holiday, p, ctx, mode), p.day)
        if placed is not None and placed.day == p.day:
            return placed
    if p.holiday is not None:
        return _holiday_day(p.holiday, p, ctx, mode)
    if p.day is None and p.weekday is not None:
        if ref is None:
            return None
        if p.week_rel is not None:
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=p.week_rel)
            return _printed_day(monday + dt.timedelta(days=p.weekday), p.paren_day)
        cands = [ref + dt.timedelta(days=k) for k in range(-7, 8)]
        # 지난 금요일 said on a Friday is a week ago, 다음 금요일 a week ahead.
        cands = [c for c in cands if c.weekday() == p.weekday and (p.prefix is None or c != ref)]
        return _printed_day(_choose(cands, ref, mode()), p.paren_day)
    if p.day is None:
        return None
    if p.week_rel is not None and p.month is None and ref is not None:
        # 다음 주 19일: the 19th within that week (else the 19th nearest to it).
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=p.week_rel)
        for k in range(7):
            if (monday + dt.timedelta(days=k)).day == p.day:
                return monday + dt.timedelta(days=k)
        return _place_day(monday, None, p.day, p.weekday, None)
    stated, year = _explicit_year(p, ctx)
    if p.month_rel is not None and p.month is None:
        if ref is None:
            return None
        y, m = _shift_month(ref.year, ref.month, p.month_rel)
        return dt.date(y, m, p.day) if _valid(y, m, p.day) else None
    if p.month is not None and stated:
        if year is None:
            return None
        return dt.date(year, p.month, p.day) if _valid(year, p.month, p.day) else None
    if ref is None:
        return None
    told = ctx.told_days.get(p.day)
    if (
        told is not None
        and p.month is None
        and p.prefix is None
        and not p.local
        and abs((told - ref).days) <= _TOLD_NEAR_DAYS
        and not _told_ahead_of_past(p.day, told, ctx, mode)
    ):
        # 이달 27일 새벽 발사 … 27일 오전 0시 55분으로 확정: a bare day told again is the
        # day already placed by its month or 지난/오는, not one the tense would pick anew.
        return told
    if p.local:
        # 15일(현지시간) in a paper dated the 14th (KST): a local date can be a day ahead of
        # Seoul's, so the next day is still a reported (past) day.
        nxt = ref + dt.timedelta(days=1)
        if nxt.day == p.day and p.month in (None, nxt.month):
            return nxt
    return _place_day(ref, p.month, p.day, p.weekday, mode())


def _told_ahead_of_past(day: int, told: dt.date, ctx: _Context, mode: _Mode) -> bool:
    """Whether a bare day told again in the past tense in a later sentence is rather the
    day just gone (``내년 1월 1일 시행 … 두바이유는 1일 …올랐다`` on 2 December): the
    earlier mention lies ahead, and the same number fell within
    :data:`_REPORT_NEAR_DAYS` before the reference, the days news reports on."""
    ref = ctx.ref
    if ref is None or told <= ref:
        return False
    told_end = ctx.told_at.get(day)
    if told_end is None or SENTENCE_END.search(ctx.text, told_end, ctx.at) is None:
        return False  # same sentence: 이달 27일 …, 27일 오전 1시로: the same day
    tense = mode()
    if tense is None or not tense.startswith("past"):
        return False
    past = _place_day(ref, None, day, None, "past")
    return past is not None and (ref - past).days <= _REPORT_NEAR_DAYS


def _range_start(end: dt.date, day: int, ref: dt.date | None) -> dt.date | None:
    """The start day ``day`` of a range ending on ``end``: in the reference's month when
    that is on or before ``end`` (8일부터 오는 9월 28일까지, said on 8 July), else the last
    such day before ``end`` (two months back at most)."""
    if ref is not None and _valid(ref.year, ref.month, day):
        own = dt.date(ref.year, ref.month, day)
        if own <= end:
            return own
    for k in (0, -1, -2):
        y, m = _shift_month(end.year, end.month, k)
        if _valid(y, m, day) and dt.date(y, m, day) <= end:
            return dt.date(y, m, day)
    return None


def _holiday_day(name: str, p: _Parts, ctx: _Context, mode: _Mode) -> dt.date | None:
    """The day of the holiday ``name``, in the year ``p`` states, else placed by the mode."""
    stated, year = _explicit_year(p, ctx)
    if stated:
        return _holiday(name, year) if year is not None else None
    ref = ctx.ref
    if ref is None:
        return None
    cands = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _holiday(name, y))]
    holiday_mode = mode()
    if holiday_mode is not None:
        # 지난/오는, or the tense; tense yields to a holiday within a month (추석 전
        # 지급키로 했다, said in September: the coming one).
        return _choose(cands, ref, holiday_mode)
    # No cue: a holiday is talked about around it, so one within about two months
    # either side wins; one further off is the coming one (plans, forecasts).
    nearest = _choose(cands, ref, None)
    if nearest is not None and abs((nearest - ref).days) <= _HOLIDAY_NEAR_DAYS:
        return nearest
    return _choose(cands, ref, "future")


def _printed_day(got: dt.date | None, printed: int | None) -> dt.date | None:
    """The computed day, or the day printed beside it when they differ by at most 3 days.

    오늘(28일) written a day before the reference, 지난주 금요일(7일): the printed day wins,
    taken from the month around the computed one.
    """
    if got is None or printed is None or got.day == printed:
        return got
    near = []
    for k in (-1, 0, 1):
        y, m = _shift_month(got.year, got.month, k)
        if _valid(y, m, printed):
            near.append(dt.date(y, m, printed))
    chosen = _choose(near, got, None)
    if chosen is not None and abs((chosen - got).days) <= 3:
        return chosen
    return got


@lru_cache(maxsize=4096)
def _place_day(
    ref: dt.date, month: int | None, day: int, weekday: int | None, mode: str | None
) -> dt.date | None:
    """Place a day (with or without its month) near ``ref`` as ``mode`` asks (cached: a
    text repeats the same few days)."""
    if month is not None:
        cands = [
            dt.date(y, month, day)
            for y in (ref.year - 1, ref.year, ref.year + 1)
            if _valid(y, month, day)
        ]
    else:
        cands = []
        for k in (-1, 0, 1):
            y, m = _shift_month(ref.year, ref.month, k)
            if _valid(y, m, day):
                cands.append(dt.date(y, m, day))
    if weekday is not None:
        fitting = [c for c in cands if c.weekday() == weekday]
        if fitting:
            cands = fitting
    if mode is None and month is None:
        # No cue at all: news reports what happened, so a bare day leans to the past; only
        # a day at most a week ahead (and nearer than the past one) is taken as coming.
        mode = "past" if _lean_past(cands, ref) else None
    return _choose(cands, ref, mode)


_LEAN_FUTURE_DAYS = 7
# A day told with its month counts for the same bare number only near the reference: a
# bare day is written for the days around the article's own (7월 16일 … 16일: not July).
_TOLD_NEAR_DAYS = 31
_HOLIDAY_NEAR_DAYS = 62


def _lean_past(cands: list[dt.date], ref: dt.date) -> bool:
    before = [c for c in cands if c <= ref]
    after = [c for c in cands if c > ref]
    if not before:
        return False
    if not after:
        return True
    ahead, back = (min(after) - ref).days, (ref - max(before)).days
    return not (ahead <= _LEAN_FUTURE_DAYS and ahead < back)


@cache
def _holiday_calendar() -> Any:
    """The ``holidays`` package, imported on first use (building it takes a moment).

    A broken installation without it must not make every page that names 추석 fail:
    lunar holidays are then left unresolved (value ``None``), with one warning.
    """
    try:
        import holidays
    except ImportError:
        warnings.warn(
            "kornews: the 'holidays' package is not installed; lunar holidays (설, 추석) "
            "are found but not resolved (pip install holidays)",
            RuntimeWarning,
            stacklevel=4,
        )
        return None
    return holidays


@cache
def _holidays_of(year: int) -> dict[str, dt.date]:
    calendar = _holiday_calendar()
    table: dict[str, dt.date] = {}
    if calendar is None:
        return table
    for day, names in calendar.country_holidays("KR", years=year).items():
        for name in str(names).split("; "):
            table.setdefault(name, day)
    return table


def _holiday(name: str, year: int | None) -> dt.date | None:
    if year is None or not 1950 <= year <= 2100:
        return None
    package, fixed = holiday_names().get(name, (None, None))
    found = _holidays_of(year).get(package) if package is not None else None
    if found is None and fixed is not None:
        found = dt.date(year, *fixed)
    return found
