"""Seeded generator of a scraped-news corpus with known near-duplicate clusters.

Source text: the 637 Korean Wikinews articles in ``kowikinews.jsonl`` (CC BY; attribution
"Korean Wikinews contributors, ko.wikinews.org"; every generated document carries it, with
the URLs of the articles it was made from). Same arguments give the same corpus, byte for
byte, under any ``PYTHONHASHSEED``.

Model:

* **Stories.** A story is one piece of news. The first stories use the real articles, each
  once; after they run out, a story is a *synthetic base*: 6-12 sentences of at most 160
  characters, taken as runs of one or two consecutive sentences from different articles,
  every number in them redrawn, and a headline cut from its lead. Two synthetic stories
  rarely share more than one run, and no sentence dominates a story, so their character
  5-gram Jaccard stays far below 0.5: they are different stories. (Without the length cap,
  stories made mostly of one 300-character sentence collide at 100,000 documents.)
* **Copies.** Each story is published by 1 to 30 outlets (1 copy for 86% of stories, 2-3 for
  8%, 4-8 for 4%, 9-30 for 2%). All copies of a story form one ground-truth cluster: a
  duplicate means *the same story*. A copy is
  - *exact* (10%): the same body as an earlier copy (the page scraped twice, or syndicated
    verbatim into another site's template);
  - *light* (55%, wire copy): at most one small edit;
  - *heavy* (35%, a press release rewritten by the outlet): two or three edits, one of
    which may be paragraph reordering or truncation (keeping at least 65% of the body).
  Edits that keep a copy a duplicate: drop a sentence, add a sentence from another article,
  change the numbers of one sentence, reword a few verb endings and connectives, change
  spacing or quote style, reorder paragraphs, truncate. Every copy also gets its outlet's
  page furniture, a new byline and dateline, and maybe a photo caption and a headline tag.
* **Hard negatives** (their own clusters, never duplicates of the story they relate to):
  *follow-up* stories (3% of stories) keep 30-40% of an earlier story's sentences and add
  new ones; *template reruns* (1%) repeat an earlier story with every number changed (the
  next day's count) -- their text is nearly the same, so they cost precision by design;
  and every page shares its outlet's template with thousands of unrelated pages.
* **Outlets.** Twelve site templates: header and section navigation, weather and stock
  widgets whose values change per page, font-size and share buttons, "입력/수정" stamps,
  bylines in the outlet's style (dateline prefix, ``/이름 기자 email``, a name line, a
  trailing ``이름 기자``), photo captions, related-article lists and teasers of other
  stories (their headlines and leads), most-read lists, copyright lines and company blocks.

Fields of each document: ``id``, ``story`` (ground-truth cluster), ``text`` (the raw page),
``body`` (the edited body alone), ``outlet``, ``copy`` (original/exact/light/heavy),
``edits`` (the edits applied), ``negative_of`` (the story a hard negative relates to, or
null), ``sources`` (Wikinews URLs) and ``attribution``.

Limits: synthetic bases are sentence collages; the edit and furniture rates are chosen,
not measured from a crawl.
"""

from __future__ import annotations

import heapq
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ATTRIBUTION = (
    "Text derived from Korean Wikinews articles (ko.wikinews.org), by Korean Wikinews "
    "contributors, licensed CC BY 2.5 / CC BY 4.0; modified (recombined and edited) by the "
    "kornews benchmark generator."
)

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")
_DIGITS = re.compile(r"\d+")

_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황보"
_GIVEN = "민서준호지현수영성진우재희은정하윤도연태경상혁동훈승미나유아선주규석철"
_REWORD = (
    ("밝혔다", "전했다"),
    ("하였다", "했다"),
    ("말했다", "설명했다"),
    ("그러나", "하지만"),
    ("또한", "또"),
    ("예정이다", "계획이다"),
    ("있었다", "있던 것으로 알려졌다"),
    ("되었다", "됐다"),
    ("라고", "고"),
)
_SECTIONS = (
    "정치",
    "경제",
    "사회",
    "문화",
    "국제",
    "스포츠",
    "IT·과학",
    "지역",
    "오피니언",
    "연예",
)
_CITIES = ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원", "전주", "제주")
_WEATHER = ("맑음", "흐림", "구름많음", "비", "눈", "소나기")


@dataclass(frozen=True)
class Outlet:
    """One site's page template."""

    name: str
    domain: str
    style: int  # byline / furniture style, 0..5
    nav: bool  # carries site navigation and a company block on every page
    weather: bool
    ticker: bool
    related_label: str
    popular_label: str
    copyright: str


_OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        "한빛일보",
        "hanbit.example.kr",
        0,
        True,
        True,
        False,
        "관련기사",
        "많이 본 뉴스",
        "Copyright © 한빛일보. All rights reserved. 무단 전재 및 재배포 금지",
    ),
    Outlet(
        "남도뉴스",
        "namdo.example.kr",
        1,
        False,
        False,
        False,
        "함께 보면 좋은 기사",
        "인기기사",
        "<저작권자 © 남도뉴스, 무단 전재 및 재배포 금지>",
    ),
    Outlet(
        "중앙경제신문",
        "jeconomy.example.com",
        2,
        True,
        False,
        True,
        "관련 뉴스",
        "실시간 인기",
        "ⓒ 중앙경제신문 (무단전재·재배포·AI학습 이용 금지)",
    ),
    Outlet(
        "누리통신",
        "nuri.example.co.kr",
        3,
        False,
        False,
        False,
        "이 시각 주요뉴스",
        "많이 본 기사",
        "무단전재-재배포, AI학습 및 활용 금지 누리통신",
    ),
    Outlet(
        "빛고을타임즈",
        "bitgoeul.example.kr",
        4,
        True,
        True,
        True,
        "관련기사 더보기",
        "오늘의 HOT",
        "Copyright ⓒ 빛고을타임즈 All Rights Reserved.",
    ),
    Outlet(
        "데일리한강",
        "hangang.example.com",
        5,
        False,
        True,
        False,
        "추천 기사",
        "가장 많이 읽은 기사",
        "ⓒ 데일리한강 무단복제 및 전재, 재배포 금지",
    ),
    Outlet(
        "서해신문",
        "seohae.example.kr",
        0,
        True,
        False,
        False,
        "[관련기사]",
        "주간 인기",
        "Copyright © 서해신문 무단전재 재배포금지",
    ),
    Outlet(
        "K-뉴스24",
        "knews24.example.com",
        1,
        False,
        False,
        True,
        "관련 기사 목록",
        "랭킹 뉴스",
        "저작권자 © K-뉴스24 무단전재 및 재배포 금지",
    ),
    Outlet(
        "동부저널",
        "dongbu.example.kr",
        2,
        True,
        True,
        False,
        "관련기사",
        "많이 본 뉴스",
        "본 기사의 저작권은 동부저널에 있습니다. 무단 전재 금지",
    ),
    Outlet(
        "시민의소리",
        "simin.example.org",
        3,
        False,
        False,
        False,
        "같은 분야 기사",
        "독자가 많이 본 기사",
        "시민의소리 © 무단 전재 및 재배포 금지",
    ),
    Outlet(
        "아시아포커스",
        "asiafocus.example.com",
        4,
        True,
        False,
        True,
        "Related",
        "Most Viewed",
        "Copyright © Asia Focus. All rights reserved.",
    ),
    Outlet(
        "모닝브리핑",
        "morning.example.kr",
        5,
        False,
        True,
        True,
        "함께 읽기",
        "많이 본 뉴스",
        "ⓒ 모닝브리핑. 무단 전재, 재배포 금지",
    ),
)


@dataclass
class _Story:
    sid: int
    title: str
    paras: list[list[str]]  # paragraphs of sentences
    sources: list[str]
    lead: str
    copies: int
    negative_of: int | None = None
    bodies: list[str] = field(default_factory=list)


def _load(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _sentences(text: str) -> list[list[str]]:
    return [[s for s in _SENT_SPLIT.split(p.strip()) if s] for p in text.split("\n") if p.strip()]


def _redraw_numbers(rng: random.Random, sentence: str) -> str:
    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        if len(s) == 4 and s[:2] in ("19", "20"):  # keep years plausible
            return str(rng.randint(2005, 2025))
        n = rng.randint(1, 10 ** len(s) - 1)
        return str(n) if n != int(s) else str(n + 1)

    return _DIGITS.sub(repl, sentence)


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(_GIVEN)


def _email(rng: random.Random, outlet: Outlet) -> str:
    user = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 8)))
    return f"{user}@{outlet.domain}"


class Generator:
    """Builds the corpus; iterate :meth:`documents`."""

    def __init__(self, corpus_path: str | Path, docs: int, seed: int = 1) -> None:
        self.rows = _load(corpus_path)
        self.docs = docs
        self.rng = random.Random(seed)
        self.arts = [(r["url"], r["title"], _sentences(r["text"])) for r in self.rows]
        self.all_sents = [
            (r["url"], s) for r in self.rows for p in _sentences(r["text"]) for s in p
        ]
        # Synthetic stories use sentences of at most 160 characters: with 6-12 of them no
        # sentence is a large part of a story, so two stories that happen to share one are
        # still different stories (a 300-character sentence would dominate a short one).
        self.short: list[tuple[str, list[str]]] = []
        for url, _, paras in self.arts:
            flat = [s for p in paras for s in p if 15 <= len(s) <= 160]
            if flat:
                self.short.append((url, flat))
        self.titles: list[str] = []  # headlines of generated stories (for teasers)
        self.leads: list[str] = []

    # -- stories ---------------------------------------------------------------------------

    def _copies(self) -> int:
        x = self.rng.random()
        if x < 0.86:
            return 1
        if x < 0.94:
            return self.rng.randint(2, 3)
        if x < 0.98:
            return self.rng.randint(4, 8)
        return self.rng.randint(9, 30)

    def _synthetic(self, sid: int) -> _Story:
        rng = self.rng
        sents: list[str] = []
        sources: list[str] = []
        target = rng.randint(6, 12)
        while len(sents) < target:  # runs of 1-2 consecutive sentences from different articles
            a = rng.randrange(len(self.short))
            url, flat = self.short[a]
            if url in sources:
                continue
            take = rng.randint(1, 2)
            start = rng.randrange(len(flat))
            run = flat[start : start + take]
            sents.extend(_redraw_numbers(rng, s) for s in run)
            sources.append(url)
        paras2: list[list[str]] = []
        i = 0
        while i < len(sents):
            k = rng.randint(1, 3)
            paras2.append(sents[i : i + k])
            i += k
        lead = sents[0]
        words = lead.split()
        title = " ".join(words[: rng.randint(4, 7)]).rstrip(".,")
        return _Story(sid, title, paras2, sources, lead, self._copies())

    def _stories(self) -> Iterator[_Story]:
        rng = self.rng
        order = list(range(len(self.arts)))
        rng.shuffle(order)
        made: list[_Story] = []
        sid = 0
        while True:
            x = rng.random()
            if made and x < 0.03:  # follow-up: 30-40% of an earlier story plus new sentences
                old = rng.choice(made[-2000:])
                flat = [s for p in old.paras for s in p]
                keep = max(1, round(len(flat) * rng.uniform(0.3, 0.4)))
                base = self._synthetic(sid)
                new = [s for p in base.paras for s in p]
                sents = flat[:keep] + new[: max(3, len(flat) - keep)]
                st = _Story(
                    sid,
                    base.title,
                    [sents[i : i + 2] for i in range(0, len(sents), 2)],
                    old.sources + base.sources,
                    sents[0],
                    self._copies(),
                    negative_of=old.sid,
                )
            elif made and x < 0.04:  # template rerun: the same report with every number changed
                old = rng.choice(made[-2000:])
                if not any(_DIGITS.search(s) for p in old.paras for s in p):
                    continue
                paras = [[_redraw_numbers(rng, s) for s in p] for p in old.paras]
                st = _Story(
                    sid,
                    _redraw_numbers(rng, old.title),
                    paras,
                    old.sources,
                    paras[0][0],
                    self._copies(),
                    negative_of=old.sid,
                )
            elif order:
                url, title, paras = self.arts[order.pop()]
                if not paras:
                    continue
                st = _Story(
                    sid, title, [list(p) for p in paras], [url], paras[0][0], self._copies()
                )
            else:
                st = self._synthetic(sid)
            made.append(st)
            self.titles.append(st.title)
            self.leads.append(st.lead)
            sid += 1
            yield st

    # -- edits -----------------------------------------------------------------------------

    def _edit(self, paras: list[list[str]], kind: str) -> tuple[list[list[str]], list[str]]:
        rng = self.rng
        paras = [list(p) for p in paras]
        names: list[str] = []
        n_edits = (0 if rng.random() < 0.4 else 1) if kind == "light" else rng.randint(2, 3)
        ops = ["drop", "add", "numbers", "reword", "spacing", "quotes"]
        if kind == "heavy":
            ops += ["reorder", "truncate", "reword"]
        for op in rng.sample(ops, min(n_edits, len(ops))):
            flat = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
            if op == "drop" and len(flat) > 3:
                i, j = rng.choice(flat[1:])
                del paras[i][j]
            elif op == "add":  # a new sentence: halves of two corpus sentences spliced
                _, s1 = rng.choice(self.all_sents)
                _, s2 = rng.choice(self.all_sents)
                w1, w2 = s1.split(), s2.split()
                s = " ".join(w1[: max(1, len(w1) // 2)] + w2[len(w2) // 2 :])
                i = rng.randrange(len(paras))
                paras[i].insert(rng.randint(0, len(paras[i])), s)
            elif op == "numbers":
                cands = [(i, j) for i, j in flat if _DIGITS.search(paras[i][j])]
                if cands:
                    i, j = rng.choice(cands)
                    paras[i][j] = _redraw_numbers(rng, paras[i][j])
            elif op == "reword":
                for i, j in flat:
                    for a, b in _REWORD:
                        if a in paras[i][j] and rng.random() < 0.5:
                            paras[i][j] = paras[i][j].replace(a, b)
            elif op == "spacing":
                for i, j in rng.sample(flat, max(1, len(flat) // 3)):
                    s = paras[i][j]
                    s = (
                        s.replace(" 수 ", "수 ").replace(" 것", "것")
                        if rng.random() < 0.5
                        else s.replace("하는", "하 는", 1)
                    )
                    paras[i][j] = s
            elif op == "quotes":
                for i, j in flat:
                    paras[i][j] = (
                        paras[i][j]
                        .replace("“", '"')
                        .replace("”", '"')
                        .replace("‘", "'")
                        .replace("’", "'")
                    )
            elif op == "reorder" and len(paras) > 2:
                head, rest = paras[:1], paras[1:]
                rng.shuffle(rest)
                paras = head + rest
            elif op == "truncate" and len(flat) > 3:
                total = sum(len(s) for p in paras for s in p)
                keep_chars = total * rng.uniform(0.65, 0.9)
                out: list[list[str]] = []
                acc = 0
                for p in paras:
                    q: list[str] = []
                    for s in p:
                        if acc >= keep_chars:
                            break
                        q.append(s)
                        acc += len(s)
                    if q:
                        out.append(q)
                paras = out
            else:
                continue
            names.append(op)
        paras = [p for p in paras if p]
        return paras, names

    # -- pages -----------------------------------------------------------------------------

    def _page(
        self, st: _Story, body_paras: list[list[str]], outlet: Outlet, day: tuple[int, int, int]
    ) -> str:
        rng = self.rng
        y, mo, d = day
        hh, mm = rng.randint(0, 23), rng.randint(0, 59)
        reporter = _name(rng)
        email = _email(rng, outlet)
        city = rng.choice(_CITIES)
        lines: list[str] = []
        if outlet.nav:
            lines.append(f"{outlet.name} | 로그인 | 회원가입 | 구독신청")
            lines.append(" ".join(rng.sample(_SECTIONS, 7)))
        else:
            lines.append(outlet.name)
        if outlet.weather:
            lines.append(
                f"{city} {rng.randint(-9, 33)}℃ {rng.choice(_WEATHER)} 미세먼지 {rng.choice(('좋음', '보통', '나쁨'))}"
            )
        if outlet.ticker:
            lines.append(
                f"코스피 {rng.randint(2100, 3100)}.{rng.randint(10, 99)} ▲{rng.randint(1, 40)}.{rng.randint(10, 99)} 코스닥 {rng.randint(600, 950)}.{rng.randint(10, 99)} ▼{rng.randint(1, 20)}.{rng.randint(10, 99)}"
            )
        lines.append(
            f"{rng.choice(_SECTIONS)} > {rng.choice(('종합', '일반', '정책', '사건사고', '지역'))}"
        )
        title = st.title
        r = rng.random()
        if r < 0.1:
            title = "[속보] " + title
        elif r < 0.2:
            title = "[종합] " + title
        elif r < 0.25:
            title = title + " (종합2보)"
        lines.append(title)
        stamp = f"{y}.{mo:02d}.{d:02d} {hh:02d}:{mm:02d}"
        style = outlet.style
        if style in (0, 2, 4):
            lines.append(f"입력 {stamp} | 수정 {y}.{mo:02d}.{d:02d} {min(hh + 1, 23):02d}:{mm:02d}")
        else:
            lines.append(f"{y}년 {mo:02d}월 {d:02d}일 {hh:02d}:{mm:02d} 가가")
        if style in (1, 3):
            lines.append(f"{reporter} 기자")
        lines.append(
            rng.choice(
                (
                    "페이스북 트위터 카카오톡 URL복사",
                    "공유하기 스크랩 프린트 글자크기",
                    "가 가 가 가 공유",
                )
            )
        )
        body = [" ".join(p) for p in body_paras]
        if style == 0:
            body[0] = f"[{city}={outlet.name}] {reporter} 기자 = " + body[0]
        elif style == 2:
            body[0] = f"({city}={outlet.name}) {reporter} 기자 = " + body[0]
        elif style == 4:
            body[0] = f"【{city}】 " + body[0]
        if rng.random() < 0.35:
            cap = f"▲ {st.title} 관련 현장 모습. (사진={rng.choice(('독자 제공', outlet.name + ' DB', city + '시 제공', '연합뉴스'))})"
            if rng.random() < 0.5:
                cap = f"{st.title} /{city}시 제공"
            body.insert(rng.randint(0, min(1, len(body))), cap)
        lines.extend(body)
        if style == 0:
            lines.append(f"{reporter} 기자 {email}")
        elif style == 3:
            lines.append(f"/{reporter} 기자 {email}")
        elif style == 4:
            lines.append(f"{outlet.name} {reporter} 기자")
        elif style == 5:
            lines.append(f"{reporter} 기자 ({email})")
        lines.append(outlet.copyright)
        k = len(self.titles)
        if k > 1:
            lines.append(outlet.related_label)
            for _ in range(rng.randint(3, 5)):
                lines.append("· " + self.titles[rng.randrange(k)])
            if rng.random() < 0.5:  # a teaser of another story: its headline and lead
                j = rng.randrange(k)
                lines.append(self.titles[j])
                lead = self.leads[j]
                lines.append(lead[: rng.randint(40, 90)] + "…")
            lines.append(outlet.popular_label)
            for i in range(rng.randint(3, 5)):
                lines.append(f"{i + 1} {self.titles[rng.randrange(k)]}")
        if outlet.nav:
            lines.append(
                f"{outlet.name} | 주소: {city}광역시 중앙로 {len(outlet.domain) * 7}번길 | 등록번호: {outlet.domain[:2].upper()} 00{outlet.style}12 | 발행인·편집인: 홍길동 | 청소년보호책임자: 김철수"
            )
            lines.append("회사소개 | 광고문의 | 개인정보처리방침 | 이메일무단수집거부")
        return "\n".join(lines)

    def documents(self) -> Iterator[dict[str, Any]]:
        """Yield the documents in publication order (copies of a story interleaved later)."""
        rng = self.rng
        n = 0
        pending: list[tuple[int, int, int]] = []  # heap of (due position, story id, copy number)
        by_id: dict[int, _Story] = {}
        left: dict[int, int] = {}
        stories = self._stories()
        while n < self.docs:
            if pending and pending[0][0] <= n:
                _, sid, c = heapq.heappop(pending)
                st = by_id[sid]
                left[sid] -= 1
                if not left[sid]:
                    del by_id[sid], left[sid]
            else:
                st = next(stories)
                c = 0
                if st.copies > 1:
                    by_id[st.sid] = st
                    left[st.sid] = st.copies - 1
                for c2 in range(1, st.copies):  # later copies arrive within the next ~300 docs
                    heapq.heappush(pending, (n + rng.randint(1, 300), st.sid, c2))
            yield self._copy(st, c, n)
            n += 1

    def _copy(self, st: _Story, c: int, n: int) -> dict[str, Any]:
        rng = self.rng
        outlet = rng.choice(_OUTLETS)
        edits: list[str] = []
        if c == 0:
            paras, kind = st.paras, "original"
        else:
            x = rng.random()
            if x < 0.1 and st.bodies:
                kind = "exact"
                paras = json.loads(rng.choice(st.bodies))
            else:
                kind = "light" if x < 0.65 else "heavy"
                paras, edits = self._edit(st.paras, kind)
        st.bodies.append(json.dumps(paras, ensure_ascii=False))
        day = (2024, 1 + st.sid % 12, 1 + st.sid % 28)
        text = self._page(st, paras, outlet, day)
        return {
            "id": f"doc{n:06d}",
            "story": st.sid,
            "text": text,
            "body": "\n".join(" ".join(p) for p in paras),
            "outlet": outlet.name,
            "copy": kind,
            "edits": edits,
            "negative_of": st.negative_of,
            "sources": st.sources,
            "attribution": ATTRIBUTION,
        }


def generate(corpus_path: str | Path, docs: int, seed: int = 1) -> list[dict[str, Any]]:
    """Return ``docs`` generated documents (see the module docstring)."""
    return list(Generator(corpus_path, docs, seed).documents())


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="../shared/corpus/kowikinews.jsonl")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    print(ATTRIBUTION)
    with open(args.output, "w", encoding="utf-8") as fh:
        for doc in Generator(args.corpus, args.docs, args.seed).documents():
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
