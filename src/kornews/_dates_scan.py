"""Private: the date-atom scanner behind :mod:`kornews.dates`.

One compiled pattern finds every *atom* (``2025년``, ``4월``, ``14일``, ``(월)``, ``오후``,
``3시 30분``, ``오늘(28일)``, ``2024.01.27`` ...) in a single left-to-right pass; the caller
then glues adjacent atoms into mentions. Every alternative is bounded (no nested or
unbounded repetition), so a scan is linear in the length of the text.
"""

from __future__ import annotations

import re
from functools import cache

from kornews._data import load_table, load_words
from kornews._util import alternation

__all__ = [
    "ADNOMINAL_PAST",
    "ADNOMINAL_PRESENT",
    "AGE_GROUP_AFTER",
    "ATOMS_AT",
    "BASELINE_AFTER",
    "CANDIDATES",
    "CLAUSE_END",
    "CLOSING_QUOTE",
    "CONNECTIVE",
    "EVENT_NOUN_AFTER",
    "NOON_AFTER",
    "OFFSET_EVENT_BEFORE",
    "OFFSET_EVENT_WINDOW",
    "QUOTED_TAIL",
    "QUOTES",
    "RECURRING_BEFORE",
    "RECURRING_WINDOW",
    "RELEASE_BEFORE",
    "REPORTED_VERB",
    "REPORTING_AFTER",
    "REPORT_DAY",
    "SAME_PERIOD_UNIT",
    "SENTENCE_BEFORE",
    "SENTENCE_END",
    "STAMP_BEFORE",
    "STAMP_CANONICAL",
    "STAMP_WORD",
    "TENSE",
    "WEEKEND_HABIT_AFTER",
    "WEEKEND_HABIT_BEFORE",
    "WEEKEND_HABIT_WINDOW",
    "WORD_ARG",
    "WORD_KIND",
    "YEAR_CUE_BEFORE",
    "YEAR_CUE_WINDOW",
    "ZONE_OF",
    "clause_end_tense",
    "daypart_kinds",
    "holiday_names",
    "reported_tense",
]

# Hangul syllables that end a past-tense verb stem: final consonant ㅆ (했, 됐, 었, 였 ...),
# except 있 (existence, present: 하고 있다) and 겠 (future).
_HANGUL0 = 0xAC00
_SS_FINAL = 20  # index of ㅆ among the 28 final-consonant slots
_N_FINAL = 4  # ㄴ


def _syllables_with_final(final: int, exclude: str = "") -> str:
    chars = (chr(_HANGUL0 + i * 28 + final) for i in range(19 * 21))
    return "".join(c for c in chars if c not in exclude)


PAST_CLASS = "[" + _syllables_with_final(_SS_FINAL, exclude="있겠") + "]"
PRESENT_CLASS = "[" + _syllables_with_final(_N_FINAL, exclude="인") + "는]"


def _alt(words: list[str]) -> str:
    """Alternation of ``words``, longest first; a space inside a word matches an optional space."""
    return alternation(words, spaces=True)


@cache
def _words() -> tuple[tuple[str, str, int], ...]:
    return tuple((row[0], row[1], int(row[2])) for row in load_table("dates_words.tsv"))


WORD_KIND: dict[str, str] = {}
WORD_ARG: dict[str, int] = {}
for _w, _k, _a in _words():
    WORD_KIND[_w.replace(" ", "")] = _k
    WORD_ARG[_w.replace(" ", "")] = _a


def _kind_words(*kinds: str) -> list[str]:
    return [w for w, k, _ in _words() if k in kinds]


@cache
def daypart_kinds() -> dict[str, str]:
    """Part-of-day word -> how its hours read (``am``, ``pm``, ``night`` ...)."""
    return {row[0]: row[1] for row in load_table("dates_dayparts.tsv")}


@cache
def holiday_names() -> dict[str, tuple[str | None, tuple[int, int] | None]]:
    """Korean holiday name (spaces removed) -> (KR calendar name, fixed (month, day))."""
    out: dict[str, tuple[str | None, tuple[int, int] | None]] = {}
    for name, package, fixed in load_table("dates_holidays.tsv"):
        month_day = None if fixed == "-" else (int(fixed[:2]), int(fixed[3:]))
        out[name.replace(" ", "")] = (None if package == "-" else package, month_day)
    return out


_STAMP_ROWS = load_table("dates_stamps.tsv")
STAMP_CANONICAL: dict[str, str] = {row[0].replace(" ", ""): row[1] for row in _STAMP_ROWS}
"""Stamp word as written (spaces removed) -> its canonical word (송고시간 -> 송고)."""
_STAMPS = _alt([row[0] for row in _STAMP_ROWS])
_RECURRING = _alt(list(load_words("dates_recurring.txt")))
# 9일 빠릅니다, 7일 늦어, 3일 차이: a count of days compared or moved, not a date.
_DURATION_AFTER = _alt(list(load_words("dates_duration_after.txt")))
STAMP_WORD = re.compile(_STAMPS)
"""Any stamp word: every stamp that :data:`STAMP_BEFORE` finds is one."""
STAMP_BEFORE = re.compile(
    r"(?:^|[^가-힣A-Za-z])(?P<stamp>" + _STAMPS + r")[ \t]{0,3}[:：]?[ \t]{0,3}[•·]?[ \t]{0,2}"
    # 입력 [2025-04-14 15:30]: a stamp in brackets
    r"(?:[\[(][ \t]?)?$"
)
_ORDINAL = _alt(list(load_words("dates_recurring_ordinals.txt")))
RECURRING_BEFORE = re.compile(
    r"(?<![가-힣])"
    + _RECURRING
    + rf"\s{{0,2}}(?:{_ORDINAL}(?:\s?[·ㆍ,]\s?{_ORDINAL})?\s{{0,2}}(?:주\s{{0,2}})?)?$"
)
"""매주 수요일, 매달 마지막 수요일, 매월 둘째·넷째 주 일요일: what makes a weekday recurring
(searched in the :data:`RECURRING_WINDOW` characters before it)."""
RECURRING_WINDOW = 24
# 보도시점 7. 22. 12:00: a yearless spaced "M. D." counts only after a page stamp or a
# release's date-line word (elsewhere it may number a section or a list).
RELEASE_BEFORE = re.compile(
    r"(?:^|[^가-힣A-Za-z])"
    + _alt([*(row[0] for row in _STAMP_ROWS), *load_words("dates_release_words.txt")])
    + r"[ \t]{0,3}[:：]?[ \t]{0,3}$"
)
_HABIT_ROWS = load_table("dates_weekend_habitual.tsv")
WEEKEND_HABIT_AFTER = re.compile(
    _alt([row[1] for row in _HABIT_ROWS if row[0] == "after"]) + "(?![가-힣])"
)
"""주말에만, 주말마다, 주말이면: a bare 주말 said of every weekend, not of one."""
WEEKEND_HABIT_BEFORE = re.compile(
    r"(?<![가-힣])" + _alt([row[1] for row in _HABIT_ROWS if row[0] == "before"]) + r"[ \t]{0,2}$"
)
"""매 주말, 평일과 주말, 야간·주말: searched in the :data:`WEEKEND_HABIT_WINDOW` characters
before a bare 주말."""
WEEKEND_HABIT_WINDOW = 10
_AGE_ROWS = load_table("dates_age_group.tsv")


def _age_words(role: str) -> list[str]:
    return [row[1] for row in _AGE_ROWS if row[0] == role]


YEAR_CUE_BEFORE = re.compile(r"(?<![가-힣])" + _alt(_age_words("cue")) + r"[ \t]{1,2}$")
"""오는 2030, 지난 2030: a word that makes the bare number after it a year (searched in the
:data:`YEAR_CUE_WINDOW` characters before it)."""
YEAR_CUE_WINDOW = 12
AGE_GROUP_AFTER = re.compile(
    # 2030 청년, 2030 여성들의, 2030 MZ세대, 2030 젊은층: a word for people right after
    r"[ \t]{1,2}[가-힣A-Za-z]{0,4}?"
    + _alt(_age_words("noun"))
    + _alt(_age_words("plural"))
    + "?"
    + _alt(_age_words("particle"))
    + r"?(?![가-힣])"
    # 피해자 60%가 2030: the number closes the phrase (a year would say 2030년)
    + r"|[ \t]{0,2}(?:[\n)\]!?\"”’…]|$)"
)
"""What makes a bare 2030 (no year cue before it) an age group rather than a year."""

# 징역 1년 6월: months of a sentence, not a month.
SENTENCE_BEFORE = re.compile(
    _alt(list(load_words("dates_duration_before.txt"))) + r"\s{0,2}(?:\d{1,2}\s?년\s{0,2})?$"
)

_REPORTING = _alt(list(load_words("dates_reporting.txt")))
REPORTING_AFTER = re.compile(
    r"[ \t]{1,2}(?:(?:[^\s.?!]{1,15}[ \t]){0,2}[^\s.?!]{1,15}(?:에|의)[ \t]?따르면"
    rf"|{_REPORTING}다(?![가-힣]))"
)
"""What follows the day of a report: ``24일 밝혔다``, ``9일 소방서에 따르면``."""
# 6일 공개한 보고서, 3일 숨진 A씨: a verb right after a day, in the past adnominal form
# (a final ㄴ: 한, 된, 린, 진 ...) and followed by the noun it qualifies, says the day is
# past whatever the sentence's predicate says (… 보고서에 따르면 … 전환한다).
ADNOMINAL_PAST = re.compile(
    r"[ \t](?!" + _alt(list(load_words("dates_adnominal_nouns.txt"))) + r"[ \t])"
    r"[가-힣]{1,4}[한된린난진친던낸](?=[ \t]{1,2}[^\s\d])"
)
# 30일 개막하는 박람회, 5일 열리는 회의: a present adnominal verb right after a day says
# the day is still ahead (a day gone by takes the past adnominal: 개막한, 열린).
ADNOMINAL_PRESENT = re.compile(
    r"[ \t](?!" + _alt(list(load_words("dates_adnominal_present_nouns.txt"))) + r"[ \t])"
    r"[가-힣]{1,4}[하되리]는(?=[ \t]{1,2}[가-힣])"
)
# 전날 종가, 전날보다, 전날 대비: a comparison's baseline, not a day the text tells of.
BASELINE_AFTER = re.compile(r"[ \t]?(?:보다|대비|比|종가|동기|같은[ \t]?시[각간]|동시간)")

# 축제 13일 개막, 29일 접수: a headline's noun of an event beginning or being held, ending
# its word, right after a day (see dates_event_nouns.txt).
EVENT_NOUN_AFTER = re.compile(
    r"[ \t]{1,2}" + _alt(list(load_words("dates_event_nouns.txt"))) + r"(?![가-힣])"
)
# 열리며, 맺고, 진행되면서 followed by a comma: the end of a clause (see clause_end_tense).
CLAUSE_END = re.compile(r"[가-힣](?:으며|며|면서|고)[ \t]?[,，]")
# 회의 하루 전, 개막 사흘 전: an offset counted from an event named right before it (the
# text does not say when), not from the reference (see dates_offset_event_nouns.txt).
OFFSET_EVENT_BEFORE = re.compile(
    r"(?<![가-힣])" + _alt(list(load_words("dates_offset_event_nouns.txt"))) + r"[ \t]{1,2}$"
)
OFFSET_EVENT_WINDOW = 10
# A sentence ends at a full stop, question or exclamation mark, or a line break; a point
# between digits (71.2달러, 2025.12.02) is a decimal or a date's, not a full stop.
SENTENCE_END = re.compile(r"[?!。\n]|(?<![0-9])\.|\.(?![0-9])")
_TENSE_WORDS = load_table("dates_tense.tsv")
# What may follow 정오/자정 standing alone for them to be a time of day.
NOON_AFTER = re.compile(
    r"(?:까지|에|께|쯤|무렵|경|부터|전후|직전|직후|이후|이전|[을이]\s?(?:넘|앞|지나|되))"
    r"|\s(?:전|후|이후|직전|직후|무렵|쯤|께|넘어|넘겨|가까이|까지|부터)(?![가-힣])"
    r"|[ \t]?(?:[,.)!?\n]|$)"
)
# A tense cue whose word goes on as a quotation or a reported clause (확대하겠다고,
# 추진할 계획이라고, 열렸다며, 싸우겠다는) gives the tense of the quoted clause, not of the
# sentence's predicate (밝혔다, 말했다): such cues are skipped.
QUOTED_TAIL = re.compile(r"[가-힣]{0,3}?(?:[다라냐자](?:고|며|면서|는데|는|니까)|단|란)(?![가-힣])")
# Quoted speech: cues inside it are the speaker's tense. Neither side may hold an opening
# quote of the same kind, so a scan stops at the next opening quote (linear time).
QUOTES = re.compile(r"“[^“”\n]{0,400}”|‘[^‘’\n]{0,400}’|\"[^\"\n]{0,400}\"|'[^'\n]{0,200}'")
_PREDICATE_END = "(?=이다|이며|이고|입니다|이라|인데)"
_DECIDED = _alt(list(load_words("dates_decision_verbs.txt")))
REPORTED_VERB = re.compile(
    r"(?:다|이라|라|자)고(?![가-힣])"
    # 받기로 했다, 열기로 합의했다, 지급키로 한: a clause of decision, whose day is ahead
    r"|[기키]로(?=[ \t]{1,2}" + _DECIDED + ")"
)
"""Where the verb of a reported clause may end (``-다고``, ``-이라고``, ``-라고``, ``-자고``
before 밝혔다, 말했다; ``-기로`` before 했다, 합의했다): :func:`reported_tense` tells its
tense. A literal opening keeps the scan fast."""
# 18일 밝혔다, 이날 보도자료를 통해 밝혔다: the sentence's report already has its day, so
# an earlier day in the sentence belongs to the reported clause.
REPORT_DAY = re.compile(
    r"(?:(?<![0-9])[0-9]{1,2}일|이날|오늘)[ \t]{1,2}(?:[^\s.?!]{1,15}[ \t]){0,2}"
    + _REPORTING
    + r"다(?![가-힣])"
)
# 협약을 맺고, 설명회를 열며, 착공하고: a clause joined by a connective ending. A day before
# one is told of that clause, which has no tense of its own (its own verb is not the
# reported one). After an object particle, or on 하/되, the ending is a verb's (not 신고).
CONNECTIVE = re.compile(
    r"[을를][ \t]{1,2}[가-힣]{0,3}(?:고|며|면서)[ \t]|[가-힣][하되](?:고|며|면서)[ \t]"
)
# "…할 예정"이라고, "…연다"고: the quotation itself is the reported clause; the verb after
# its closing quote only ties it to the reporting verb, and belongs to no clause of its own.
CLOSING_QUOTE = frozenset("”’\"'")
_PAST_SYLLABLES = frozenset(PAST_CLASS[1:-1])
_PRESENT_SYLLABLES = frozenset(PRESENT_CLASS[1:-1]) | {"겠"}
# 열 예정이라고, 추진할 계획이라고: a noun of plans before -이라고 tells of what is to come.
# The plan nouns of the tense table ("…할 예정이라고", "…할 계획이라고").
_PLAN_NOUNS = frozenset(row[0] for row in _TENSE_WORDS if row[0] != "앞두고")
_PLAN_LENGTHS = sorted({len(w) for w in _PLAN_NOUNS})


def reported_tense(text: str, hit: re.Match[str]) -> str | None:
    """The tense of the reported verb that :data:`REPORTED_VERB` found: ``"future"``
    (``들어간다고``, ``열겠다고``, ``열 예정이라고``), ``"past"`` (``열렸다고``), else None."""
    pos = hit.start()
    if hit.group()[1] == "로":
        return "future"  # 받기로 했다: what was decided is to come
    if hit.group()[0] in "라자":
        return None  # 하라고, 하자고: an order or a proposal has no tense of its own
    if hit.group().startswith("이라"):
        planned = any(text[max(0, pos - n) : pos] in _PLAN_NOUNS for n in _PLAN_LENGTHS)
        return "future" if planned else None
    before = text[pos - 1 : pos]
    if before in _PRESENT_SYLLABLES:
        return "future"
    return "past" if before in _PAST_SYLLABLES else None


_PRESENT_END = r"(?=[\s.,!?”\"'’]|$)"


def _after_first(words: list[str]) -> str:
    """Like :func:`_alt` (same order), each word as ``(?<=first)rest`` to be tried right
    after its first character was read."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        rest = r"\s?".join(re.escape(piece) for piece in w[1:].split(" "))
        parts.append(f"(?<={re.escape(w[0])}){rest}")
    return "(?:" + "|".join(parts) + ")"


def _tense() -> re.Pattern[str]:
    """The tense cues: ``past`` (했다, 밝혔고) or ``future`` (하겠다, 예정, 계획이다, 간다).

    Matches as ``(?P<past>PAST(?=…))|(?P<future>겠|WORDS|PREDICATES(?=…)|PRESENT다(?=…))``
    would (same spans, same ``lastgroup``), written to open with one character class of
    every cue's first character: the engine then skips at C speed to the few positions
    where a cue can start, instead of trying the pattern at every character (3x faster).
    """
    bare = [row[0] for row in _TENSE_WORDS if row[1] == "bare"]
    predicates = [row[0] for row in _TENSE_WORDS if row[1] == "predicate"]
    word_firsts = "".join(sorted({w[0] for w in ["겠", *bare, *predicates]}))
    firsts = PAST_CLASS[1:-1] + PRESENT_CLASS[1:-1] + word_firsts
    return re.compile(
        f"[{firsts}]"
        f"(?:(?<={PAST_CLASS})(?=[다고며지는던습어으죠음])(?P<past>)"
        f"|(?P<future>(?<=[{word_firsts}])(?:(?<=겠)|{_after_first(bare)}"
        f"|{_after_first(predicates)}{_PREDICATE_END})"
        f"|(?<={PRESENT_CLASS})다{_PRESENT_END}))"
    )


TENSE = _tense()

_NUM_BEHIND = r"(?<![0-9０-９,:])(?<![0-9]\.)"
_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
_WEEKDAYS_EN = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
)
_NATIVE_ATTR = "(?:열두|열한|다섯|여섯|일곱|여덟|아홉|스무|서른|한|두|세|네|열)"
_KDIGITS = "[일이삼사오육칠팔구]"
_KNUM_1_31 = f"(?:[이삼]?십{_KDIGITS}?|{_KDIGITS})"
_KNUM_0_59 = f"(?:[이삼사오]?십{_KDIGITS}?|{_KDIGITS})"
_PARTICLE_AHEAD = (
    r"(?=$|[^가-힣]|에|엔|부터|까지|께|경|쯤|으로|로|의|이|을|은|는|인|을|도|만|과|와|를|가)"
)
_DAY_WORDS = _alt(_kind_words("day", "night"))
_ANAPHOR_WORDS = _alt(_kind_words("anaphor"))
_YEAR_WORDS = _alt([*_kind_words("year", "newyear", "yanaphor", "ytold"), "올 한해", "올 한 해"])
_MONTH_WORDS = _alt(_kind_words("month", "quarter", "monthstart", "monthend"))
_WEEK_WORDS = _alt(_kind_words("week", "weekend"))
_HOMOGRAPH_WORDS = load_words("dates_week_homographs.txt")
_WEEK_HOMOGRAPHS = "(?:" + "|".join(f"(?<={re.escape(w)})" for w in _HOMOGRAPH_WORDS) + ")"
_WEEK_NOUN_BEFORE = (
    "(?<=[가-힣][ \t])(?<![" + "".join(load_words("dates_week_homograph_after.txt")) + "][ \t])"
)
_WEEK_SUFFIX = _alt([w for w in load_words("dates_week_suffixes.txt") if w != "에"]) + "|에(?!게)"
_COUNT_WORDS = _alt(_kind_words("count"))
# 유월, 시월: the irregular month names, less their final 월 (the pattern adds it).
_MONTH_NAMES = _alt([w[:-1] for w in _kind_words("monthname")])
_HOLIDAYS = _alt([row[0] for row in load_table("dates_holidays.tsv")])
_HOLIDAY_NOUNS = _alt(list(load_words("dates_holiday_nouns.txt")))
_SAME_ROWS = load_table("dates_same_period.tsv")
_ZONE_ROWS = load_table("dates_zones.tsv")
ZONE_OF: dict[str, str] = {row[0].replace(" ", ""): row[1] for row in _ZONE_ROWS}
"""Region word of a zone tag (spaces removed) -> ``local`` or an IANA zone name."""
_ZONES = _alt([row[0] for row in _ZONE_ROWS])
# 현지시간, 한국 시각, 미국 동부 표준시: what follows the region word of a zone tag.
_ZONE_TAIL = r"(?:\s?(?:표준\s?)?(?:시간|시각)|\s?표준시)"


def _same_words(role: str) -> list[str]:
    return [row[1] for row in _SAME_ROWS if row[0] == role]


_SAME_YEAR = _alt(_same_words("year"))
_SAME = _alt(_same_words("same"))
_SAME_UNIT = _alt(_same_words("unit"))
SAME_PERIOD_UNIT: dict[str, str] = {row[1]: row[2] for row in _SAME_ROWS if row[0] == "unit"}
"""지난해 같은 날/달/기간: the unit word -> ``day``, ``month`` or ``period``."""
_DAYPARTS = "|".join(
    sorted(
        (
            w
            + {"낮": "(?![은아게고지다춘춰출았추])", "밤": "(?![새샘낮길톨하])"}.get(w, "")
            + {"아침": "(?!밥|식)", "저녁": "(?!밥|식)", "점심": "(?!밥|시간)"}.get(w, "")
            for w in daypart_kinds()
        ),
        key=lambda s: -len(s),
    )
)
# 전년 동기 대비, 전년比: a comparison's baseline, not a time.
_BASELINE = r"(?<=전년)도?\s?(?:동기|대비|比)|(?<=전년도)\s?(?:동기|대비|比)"
# 금일, 명일, 작일 are also place names (완도 금일읍): not in a list of places.
_FORMAL_PLACE = r"(?<=금일|명일|작일)(?:\s?[·ㆍ,/]|[읍면리]|도(?![가-힣]))"
# What makes a bare hour or clock time (17시, 14:30) a time of day in running text.
_TIME_USE = r"기준|현재|까지|부터|에(?![가-힣])|께|쯤|경(?![가-힣])"
_PAREN_DAY = r"(?:\s?\(\s?(?P<{0}>\d{{1,2}})\s?일?\s?\))?"
_REL_DIR = r"(?P<{0}>전|후|뒤)(?=$|[\s.,)!?]|에|까지|부터|인|의|이다|이었|쯤|께|엔|만|도\s)"


# Order matters only between alternatives that can start at the same position.
# Where an atom can start. Checking this first lets the scan skip most of a text cheaply:
# digits count only at the start of a digit run (no atom starts inside one); Hangul words
# by their first two syllables (다음, 이날, 지난 ...) so that common syllables such as 다, 이,
# 시 or 지 do not start a full attempt everywhere; one-syllable words (한, 두, 초, 말, 올)
# by themselves.
def _starts() -> dict[str, str]:
    """First character -> a regex for what must follow it for an atom to start there."""
    words = [w for w, _, _ in _words()]
    words += [row[0] for row in load_table("dates_holidays.tsv")]
    words += _same_words("year")
    words += ["열두", "열한", "다섯", "여섯", "일곱", "여덟", "아홉", "스무", "서른"]
    words += [
        "반년",
        "설날",
        "상반기",
        "하반기",
        "연말",
        "연초",
        "지난",
        "오는",
        "다가오는",
        *(row[0] for row in _ZONE_ROWS if len(row[0].replace(" ", "")) > 1),
    ]
    words += [d + "요일" for d in "월화수목금토일"] + [w for w in daypart_kinds() if len(w) > 1]
    digits = "일이삼사오육칠팔구"
    words += [d + "월" for d in digits] + [d + "일" for d in digits] + ["유월", "시월"]
    words += ["이십", "삼십"] + ["십" + d for d in digits]
    seconds: dict[str, set[str]] = {}
    for w in words:
        seconds.setdefault(w[0], set()).add(w[1] if w[1] != " " else w.replace(" ", "")[1])
    out = {c: f"[{''.join(sorted(s))}]" for c, s in seconds.items()}
    # One-syllable words are common syllables (한, 세, 말, 설 ...): only with what follows.
    unit = r"\s?(?:시|달|해|주|개월|년|일)"
    for native in "한두세네열":  # 한 시간, 두 달
        out[native] = out[native] + "|" + unit if native in out else unit
    out["올"] = (
        out.get("올", "[해]")
        + r"|\s?(?:한\s?해|상반기|하반기|연말|연초|[1-4]|\d{1,2}(?:월|\s?[~∼〜\-–])|초|말)"
    )
    out["설"] = out.get("설", "[날]") + r"|\s?(?:연휴|명절|당일|전날|다음날|직전|이후|앞두고|맞이)"
    out["낮"] = out["밤"] = ""
    return out


# Candidate starts, as one alternation whose every branch begins with a literal character:
# the regex engine then skips all other characters in a fast scan, and the full pattern
# is tried only where an atom can start (a few percent of the characters of news text).
# A colon counts only before two digits (a clock time), a range sign only before a digit.
_DIGIT_AFTER = r"(?=[0-9]{0,3}(?:[.\-/–년월일시분주개해달]|:\s?[0-9]{2}|\s?[~∼〜]\s?[0-9]|\s|$))"
_CANDIDATE_BRANCHES = (
    [f"{d}(?<![0-9]{d}){_DIGIT_AFTER}" for d in "0123456789"]
    + [f"{q}(?=[0-9]{{2}}\\s?년|[0-9]{{2}}\\.[ ]?[0-9])" for q in "'’‘"]
    + [r"\((?=\s?(?:[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[0-9]|" + _ZONES + "))"]
    + [r"\[(?=\s?[0-9]{1,2}:\s?[0-9]{2})"]
    + [f"{c}(?<![A-Za-z]{c})(?=[a-z])" for c in "ADFJMNOSTW"]
    + [f"{c}(?<![A-Za-z]{c})(?=\\.?M\\.?\\s?[0-9]{{1,2}}:[0-9])" for c in "AP"]
    + [f"{c}(?<=[년해올]{c})|{c}(?<=[년해올] {c})" for c in "초말"]
    + [f"{c}(?={rest})" if rest else c for c, rest in sorted(_starts().items())]
)
CANDIDATES = re.compile("|".join(_CANDIDATE_BRANCHES))


def _first(*groups: list[str] | str) -> str:
    chars: set[str] = set()
    for g in groups:
        chars |= {w[0] for w in g} if isinstance(g, list) else set(g)
    return "".join(sorted(chars))


_D = "0123456789"
_ZONE_FIRST = _first("(", [row[0] for row in _ZONE_ROWS])
# The characters each atom can start with: ATOMS_AT tries an atom only where one stands.
_FIRST = {
    "nd": _D + "'’", "en": _D + "ADFJMNOSTW", "lm": _D, "by": _D, "mo": _D, "dy": _D, "rn": _D,
    "of": _first(_D, ["반", "열", "한", "두", "세", "네", "다", "여", "일", "아", "스", "서"],
                 _kind_words("count")),
    "yr": _D + "'’‘", "mok": _first("유시십일이삼사오육칠팔구"), "kd": "이삼십일사오육칠팔구",
    "dx": _first(_kind_words("day", "night")), "an": _first(_kind_words("anaphor")),
    "yw": _first(_kind_words("year", "newyear", "yanaphor", "ytold"), "올"),
    "ym": "상하1234연초말", "mw": _first(_kind_words("month", "quarter", "monthstart", "monthend")),
    "ww": _first(_kind_words("week", "weekend")),
    "hd": _first([row[0] for row in load_table("dates_holidays.tsv")], "설"),
    "sy": _first(_same_words("year")), "px": "지오다이", "lc": _ZONE_FIRST, "wd": "월화수목금토일", "wp": "(",
    "dp": _first(list(daypart_kinds())), "hr": _first(_D, "열한두세네다여일아"), "ck": _D + "([AP",
}  # fmt: skip


_ALTERNATIVES = [
    # 2024.01.27 / 2019. 11. 26. / 2024-01-27 / 2024/01/27, and 19.11.26 / 22-10-14
    r"(?P<nd>(?<![0-9A-Za-z.\-/])(?:"
    r"(?P<nd_y>\d{4})(?P<nd_s>[.\-/])[ ]?(?P<nd_m>\d{1,2})(?P=nd_s)[ ]?(?P<nd_d>\d{1,2})"
    r"|(?P<nd_y2>\d{2})(?P<nd_s2>[.\-])(?P<nd_m2>\d{2})(?P=nd_s2)(?P<nd_d2>\d{2})"
    # 입력 25.3.14: a two-digit year with an unpadded month or day, only after a stamp word
    # (checked by the caller; elsewhere it may be a version or a section number)
    r"|(?P<nd_y7>\d{2})\.(?P<nd_m7>\d{1,2})\.(?P<nd_d7>\d{1,2})"
    r"|['’](?P<nd_y3>\d{2})\.[ ]?(?P<nd_m3>\d{1,2})\.[ ]?(?P<nd_d3>\d{1,2})"
    # 4.14(월), 11/3(월): a month and a day, told as one by the weekday after them
    r"|(?P<nd_m4>\d{1,2})[./](?P<nd_d4>\d{1,2})(?=\s?\(\s?[월화수목금토일])"
    # 7. 22.(화), 9.30.(화): a release's yearless date, told as one by the weekday
    r"|(?P<nd_m5>\d{1,2})\.[ ]?(?P<nd_d5>\d{1,2})\.(?=[ ]?\(\s?[월화수목금토일])"
    # 배포 7. 21. 09:00: spaced, and a date only after a date-line word (checked by the
    # caller); never when a third " N." follows (접수 1. 2. 3.: a numbered list)
    r"|(?P<nd_m6>\d{1,2})\.[ ](?P<nd_d6>\d{1,2})\.(?![0-9.])(?![ ]{1,2}\d{1,2}\.))"
    r"(?![0-9])(?:\.(?![0-9]))?)",
    # Jan 5, 2024 / 5 January 2024 / Tuesday 28 October 2025 / April 2025
    rf"(?P<en>(?<![A-Za-z])(?:(?P<en_wd>{_WEEKDAYS_EN})\.?,?\s)?(?:"
    rf"(?P<en_m1>{_MONTHS_EN})\.?\s(?P<en_d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<en_y1>\d{{4}})"
    rf"|(?P<en_d2>\d{{1,2}})\s(?P<en_m2>{_MONTHS_EN})\.?,?\s(?P<en_y2>\d{{4}})"
    rf"|(?P<en_m3>{_MONTHS_EN})\.?,?\s(?P<en_y3>\d{{4}}))(?![0-9]))",
    # 12.12 alone on its line (a listing's date stamp)
    r"(?P<lm>(?<![^\n \t])(?P<lm_m>\d{1,2})\.(?P<lm_d>\d{1,2})\.?(?=[ \t]{0,20}(?:\n|$)))",
    # 3일 전, 2주 후, 한 시간 뒤, 사흘 전
    rf"(?P<of>(?:{_NUM_BEHIND}(?P<of_n>\d{{1,3}})|(?<![가-힣])(?P<of_k>{_NATIVE_ATTR}))"
    rf"\s?(?P<of_u>개월|년|해|달|주일|주|일|시간|분)\s?{_REL_DIR.format('of_d')}"
    rf"|(?<![가-힣])(?P<of_w>{_COUNT_WORDS})\s?{_REL_DIR.format('of_d2')}"
    rf"|(?<![가-힣])(?P<of_h>반년)\s?{_REL_DIR.format('of_d3')})",
    # 2025년, 2025년도, '25년, 25년 4월 14일 (two digits only before a month and a day)
    rf"(?P<yr>(?:{_NUM_BEHIND}(?P<yr_n>\d{{4}})|['’‘](?P<yr_2>\d{{2}})"
    rf"|{_NUM_BEHIND}(?P<yr_3>\d{{2}})(?=\s?년\s?\d{{1,2}}\s?월\s?\d{{1,2}}\s?일))\s?년"
    r"(?P<yr_do>도(?=$|[^가-힣]|에|의|는|엔|부터|까지))?(?!간|대|째|형|식))",
    # 2025 alone (an event's year, a stamp line), not a count or an amount
    # (2025 시즌, ‘2025 … 협의회’, 2026 북중미 월드컵); the end of 2024~2025 too.
    r"(?P<by>(?:(?<![\w.,:/\-~∼〜·‧#@$₩%+])|(?<=\d{4}[~∼〜]))(?P<by_n>(?:19|20)\d{2})"
    r"(?![\w.,:/%~∼〜\-·‧'’])"
    r"(?=[ \t]{0,2}(?:(?m:$)|[^\s\d명개원건곳대회번가억만천세차위호여톤평점표kmgKMGL%.,·‧~∼〜/:년])))",
    # 4월, 4월 중순, 10월 말
    rf"(?P<mo>{_NUM_BEHIND}(?P<mo_n>\d{{1,2}})월(?!간|급|세|드|렴|요일)"
    r"(?!\s?(?:사상|역대|기온|평균))"
    rf"(?:\s?(?P<mo_mod>초순|상순|중순|하순|초|말){_PARTICLE_AHEAD})?)",
    # 삼월, 시월, 십이월
    rf"(?P<mok>(?<![가-힣])(?P<mok_n>{_MONTH_NAMES}|십[일이]|{_KDIGITS})월"
    # A month name is also a word (오월 정신, 시월 항쟁): it needs a particle, a day or a
    # part of the month after it, or no word at all.
    rf"(?=$|[^가-힣\s]|\s(?![가-힣0-9])|에|부터|까지|의|엔|은|는"
    rf"|\s?(?:말|초순|초|중순|하순|상순|{_KNUM_1_31}일|\d{{1,2}}일)))",
    # 14일 (not 3일간, 5일째, 45일 동안)
    rf"(?P<dy>{_NUM_BEHIND}(?P<dy_n>\d{{1,2}})일"
    # 4월 28일치 10면: a dated issue (the caller wants a month before it; 3일치 is a quantity)
    r"(?:(?=(?P<dy_chi>치)(?![가-힣]))|"
    r"(?!간|째|치|씩|당|본|시|분|[ ]?(?:동안|만에|만의|만인|만이(?:다|며|었|고|라|던|지)|이내|평균|정도|가량|내외|남짓|이상|이하|미만|넘게|이 걸"
    # A count of days before or behind something (선거를 9일 앞두고, 평년보다 7일 늦어).
    r"|" + _DURATION_AFTER + r"))))",
    # 이십일 (only after a Korean month: 삼월 이십일)
    rf"(?P<kd>(?<![가-힣])(?P<kd_n>{_KNUM_1_31})일{_PARTICLE_AHEAD})",
    # 오늘, 어제, 내일(17일), 모레(15), 어젯밤(22)
    rf"(?P<dx>(?<![가-힣0-9])(?P<dx_w>{_DAY_WORDS})(?!날|신문|오늘|서야|야\b|치|봉|{_FORMAL_PLACE}){_PAREN_DAY.format('dx_p')})",
    # 이날, 전날(12일), 당일, 다음 날
    rf"(?P<an>(?<![가-힣])(?P<an_w>{_ANAPHOR_WORDS})(?!치|그날|씨|개){_PAREN_DAY.format('an_p')})",
    # 지난해 같은 달, 전년 같은 기간, 작년 같은 날: the same day or period a year before
    rf"(?P<sy>(?<![가-힣]){_SAME_YEAR}\s?{_SAME}\s?(?P<sy_u>{_SAME_UNIT})"
    r"(?=$|[^가-힣]|보다|과|와|에|의|대비|比|은|는|이|을|를|도|엔|로|으로|까지|부터|수준))",
    # 올해, 지난해, 내년도, 새해, 전년도, 올 한해; 올 (before 상반기, 10월 ...)
    rf"(?P<yw>(?<![가-힣])(?:(?P<yw_w>{_YEAR_WORDS})(?!도[가-힣]|의\s?인물|{_BASELINE})"
    r"|(?P<yw_ol>올)(?=\s?(?:상반기|하반기|연말|연초|[1-4](?:\s?[~∼〜]\s?[1-4])?\s?분기|\d{1,2}월"
    # 올 3~4월, 올 7-8월: a range of months
    r"|\d{1,2}(?:\s?[~∼〜]\s?|[-–])\d{1,2}\s?월|초|말)"
    rf"{_PARTICLE_AHEAD})))",
    # 상반기, 1분기, 연말, 연초; 초/말 after a year
    r"(?P<ym>(?<![가-힣])(?P<ym_w>상반기|하반기|(?P<ym_q>[1-4])\s?분기|연말(?!연시|정산|결산)"
    rf"|연초|초|말){_PARTICLE_AHEAD})",
    # 이달, 지난달(7월), 다음 달 초
    rf"(?P<mw>(?<![가-힣])(?P<mw_w>{_MONTH_WORDS})(?:\s?\(\s?(?P<mw_p>\d{{1,2}})월\s?\))?"
    rf"(?:\s?(?P<mw_mod>초순|상순|중순|하순|초|말){_PARTICLE_AHEAD})?(?!의\s?(?:기자|인물|스타)))",
    # 이번 주, 지난주, 다음 주, 주말
    # 취약 차주 지원: after a word that is no particle or ending, a homograph is a noun.
    rf"(?P<ww>(?<![가-힣])(?!{_WEEK_NOUN_BEFORE}{_alt(list(_HOMOGRAPH_WORDS))})"
    rf"(?P<ww_w>{_WEEK_WORDS})(?!드라마|극|농장|부부)"
    # 차주의 대출 한도 (borrower), 대출을 내주는 (the verb 내주다): a week word that is also
    # another word is next week only as an adverb, so only a time suffix may be glued to it
    # (차주 발표, 차주 중, 내주 초, 내주에, 차주부터).
    rf"(?!{_WEEK_HOMOGRAPHS}(?!{_WEEK_SUFFIX})[가-힣]))",
    # 추석, 설날, 크리스마스; 설 only as 설 연휴 / 설 명절
    rf"(?P<hd>(?<![가-힣0-9])(?:(?P<hd_w>{_HOLIDAYS})"
    r"|(?P<hd_s>설)(?=\s?(?:연휴|명절|당일|전날|다음날|직전|이후|앞두고|맞이)))"
    r"(?=$|[^가-힣]|에|엔|을|를|은|는|이|가|의|과|와|도|부터|까지|전|당일|날|인[ \t]{1,2}\d)"
    rf"(?!\s?{_HOLIDAY_NOUNS}))",
    # 지난 20일, 오는 28일, 오는 2026년 2월
    r"(?P<px>(?<![가-힣])(?:(?P<px_w>지난|오는|다가오는|지나간)(?=\s{1,2}(?:\d|['’]|주말|[상하]반기|"
    rf"{_HOLIDAYS}|설\s?(?:연휴|명절|당일)))"
    r"|(?P<px_wd>지난|오는|이번|다음|지난주|이번주|다음주)(?=\s{1,2}[월화수목금토일]요일)))",
    # (현지시간), (한국 시각), (미국 동부시간); 현지시간 25일, 한국시간으로 3일
    rf"(?P<lc>\(\s?(?P<lc_z>{_ZONES}){_ZONE_TAIL}\s?(?:기준)?\s?\)"
    rf"|(?<![가-힣])(?P<lc_z2>{_ZONES}){_ZONE_TAIL}(?:으로|\s?기준(?:으로)?)?(?=\s{{1,2}}\d))",
    # 수요일 (and 매주 수요일 is rejected by the caller)
    rf"(?P<wd>(?<![가-힣])(?P<wd_d>[월화수목금토일])요일{_PAREN_DAY.format('wd_p')})",
    # (월), (수요일), (Wed)
    rf"(?P<wp>\(\s?(?:(?P<wp_d>[월화수목금토일])(?:요일)?|(?P<wp_e>{_WEEKDAYS_EN}))\s?\))",
    # 오전, 오후, 새벽, 밤, 정오, 자정
    rf"(?P<dp>(?<![가-힣])(?P<dp_w>{_DAYPARTS}))",
    # 3시, 10시 30분, 열두시 반, 1시26분, 9시 30분 15초
    rf"(?P<hr>(?:{_NUM_BEHIND}(?P<hr_n>\d{{1,2}})|(?<![가-힣])(?P<hr_k>{_NATIVE_ATTR}))\s?시"
    r"(?!간|대|기|각|즌|장|적|절|청|민|설|의회)"
    rf"(?:\s?(?:(?P<hr_m>\d{{1,2}})|(?P<hr_mk>{_KNUM_0_59}))\s?분(?!기|할|류|의\s?\d)"
    r"|\s?(?P<hr_half>반)(?=$|[^가-힣]|에|쯤|께|경|부터|까지|이|을|은|의|으로))?"
    r"(?:\s?(?P<hr_s>\d{1,2})\s?초(?!과|등|반|기|대|청|점|안|선))?"
    # 17시 기준, 0시부터: a whole hour used as a time of day
    rf"(?P<hr_use>(?=\s?(?:{_TIME_USE})))?)",
    # 20:25, 09:34:45, (09:34), [10:12], 09: 40
    r"(?P<ck>(?:\((?=[^)\n]{1,12}\))|\[(?=[^\]\n]{1,12}\]))"
    r"\s?(?P<ck_h>\d{1,2}):\s?(?P<ck_m>\d{2})(?::(?P<ck_s>\d{2}))?\s?[)\]]"
    # ISO 8601 time after the T of a date: 15:30:00.123+09:00, 06:30Z
    r"|(?<=[0-9]T)(?P<ck_h3>\d{2}):(?P<ck_m3>\d{2})(?::(?P<ck_s3>\d{2})(?:[.,]\d{1,9})?)?"
    r"(?P<ck_tz>Z|[+\-](?P<ck_zh>\d{2}):?(?P<ck_zm>\d{2}))?(?![0-9])"
    r"|(?:(?<![A-Za-z])(?P<ck_ap2>[AP])\.?M\.?\s?)?"
    r"(?<![0-9:.])(?P<ck_h2>\d{1,2}):\s?(?P<ck_m2>\d{2})(?::(?P<ck_s2>\d{2}))?(?![0-9:])"
    r"(?:\s?(?P<ck_ap>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?"
    # A zone written after the time: 06:30:00 +0000, 06:30 GMT, 15:30 KST, UTC+9. A minus
    # offset needs a space or the seconds before it (14:00-16:00 is a range).
    # Z only glued to the time (a spaced Z may start Z세대).
    r"(?:(?P<ck_tz2>[ \t]?\+(?P<ck_zh2>0\d|1[0-4]):?(?P<ck_zm2>[0-5]\d)"
    r"|(?:(?<=:[0-9]{2}:[0-9]{2})|[ \t])-(?P<ck_zh4>0\d|1[0-4]):?(?P<ck_zm4>[0-5]\d)"
    r"|(?:[ \t]?(?P<ck_zn>GMT|UTC|KST)|(?P<ck_zz>Z))"
    r"(?:(?P<ck_zs>[+\-])(?P<ck_zh3>1[0-4]|0?\d)(?::?(?P<ck_zm3>[0-5]\d))?)?)"
    r"(?![0-9A-Za-z:]))?"
    rf"(?P<ck_use>(?=\s?(?:{_TIME_USE})))?)",
    # 16~ in 16~17일, 2021~ in 2021~2023년
    r"(?P<rn>(?<![0-9,.\-])(?P<rn_n>\d{1,4})(?:\s?[~∼〜]\s?|[-–](?=\d{1,2}[일월]))"
    r"(?=\d{1,4}\s?[년월일]|(?<=[1-4][~∼〜])[1-4]\s?분기|(?<=\d{4}[~∼〜])(?:19|20)\d{2}(?![\w.,:/%~∼〜\-·‧'’])))",
]


def _name(alternative: str) -> str:
    found = re.match(r"\(\?P<(\w+)>", alternative)
    return found.group(1) if found is not None else ""


class _AtomsAt(dict[str, "re.Pattern[str] | None"]):
    """For each character an atom can start with, a pattern of only the atoms that can.

    Same order as in :data:`_ALTERNATIVES`, so the same atom wins where several could
    match. Compiled on first use of a character (about 30 distinct patterns in all). A
    pattern is only tried where its character stands, so no alternative needs a test of
    the first character.
    """

    def __init__(self) -> None:
        super().__init__()
        self._compiled: dict[tuple[str, ...], re.Pattern[str]] = {}

    def __missing__(self, char: str) -> re.Pattern[str] | None:
        names = tuple(_name(a) for a in _ALTERNATIVES if char in _FIRST[_name(a)])
        pattern = None
        if names:
            if names not in self._compiled:
                chosen = [a for a in _ALTERNATIVES if _name(a) in names]
                self._compiled[names] = re.compile("(?:" + "|".join(chosen) + ")")
            pattern = self._compiled[names]
        self[char] = pattern
        return pattern


ATOMS_AT = _AtomsAt()
"""The atom patterns to try at a position, by its character (see :data:`CANDIDATES`)."""


def clause_end_tense(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the first clause between ``start`` and ``end`` ends (``열리며,``, ``맺었고,``)
    and its own tense: ``"past"`` for a past syllable before the ending (``열렸으며``),
    else ``"near"`` (a non-past connective tells no tense of its own); None without one."""
    m = CLAUSE_END.search(text, start, end)
    if m is None:
        return None
    return m.end(), "past" if m.group()[0] in _PAST_SYLLABLES else "near"
