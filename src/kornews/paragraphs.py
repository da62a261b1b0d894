"""Repeated paragraphs inside one page: :func:`dedupe_paragraphs`.

Scraped pages repeat themselves: the whole body printed twice, the headline twice,
a summary box that copies the first sentences, a related-article card quoting the
article's own first line cut off with "…". :func:`dedupe_paragraphs` keeps the
first occurrence of each paragraph and reports every removed one with the index of
the paragraph it repeats and why.

Two paragraphs are the same when their letters and digits agree (spacing,
punctuation, a leading bullet and a trailing reporter credit are ignored); a later
paragraph that is a cut-off start of a kept one (at least 20 letters) is a
truncated copy. Short or generic paragraphs (under 10 letters, or no Hangul, such
as ``"kwangju.co.kr"`` or a one-word label) are only removed inside a repeated block, next to a removed
neighbour that repeats the neighbour of their first occurrence, so a short line of
article text is never lost on its own.

Out of scope: near-duplicates across documents (see ``kornews.dedup``) and
paraphrases (two different wordings of one fact are both kept).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kornews._util import ensure_str

__all__ = ["Deduped", "RemovedParagraph", "dedupe_paragraphs"]

_MIN_KEY = 10  # letters and digits below which a paragraph is too generic to dedupe alone
_MIN_TRUNCATED = 20  # letters a cut-off copy must keep to count as a copy
_PREFIX = 16  # prefix length used to index kept paragraphs for truncation checks
_MAX_GENERIC = 40  # a line without Hangul up to this long (a domain, "728x90") is generic
_HANGUL = re.compile(r"[가-힣]")
_NOT_ALNUM = re.compile(r"[\W_]+")

# A reporter credit or e-mail glued to the end of a paragraph ("… 밝혔다. /홍길동 기자").
_TRAILING_CREDIT = re.compile(
    r"(?:\s{0,3}/?\s?(?:[가-힣]{1,10}\s?=\s?)?[가-힣]{2,4}\s?(?:기자|특파원)"
    r"(?:\s{1,3}[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253})?"
    r"|\s{1,3}[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253})\s{0,3}$"
)
_BULLETS = "•·∙◦‣▪▫■□◆◇○●▶▷►※*-–—"
_LEADING_BULLET = re.compile(r"^[\s" + re.escape(_BULLETS) + r"]{1,10}")
_ELLIPSIS = ("…", "...", "..", "⋯")
_CREDIT_ENDS = ("기자", "특파원")


@dataclass(frozen=True, slots=True)
class RemovedParagraph:
    """A paragraph dropped because it repeats the kept paragraph ``duplicate_of``.

    ``reason`` is ``"exact"`` (the same text up to surrounding whitespace),
    ``"near-exact"`` (the same letters and digits: other spacing, punctuation, a
    bullet or a trailing credit), ``"truncated"`` (a cut-off copy of the start of
    the kept paragraph) or ``"repeated-block"`` (a short line inside a repeated
    run of paragraphs).
    """

    index: int
    text: str
    duplicate_of: int
    reason: str


@dataclass(frozen=True, slots=True)
class Deduped:
    """The paragraphs kept (in order, with their indices) and those removed."""

    kept: tuple[str, ...]
    kept_indices: tuple[int, ...]
    removed: tuple[RemovedParagraph, ...]


def _dedup_key(text: str) -> str:
    """Letters and digits of a paragraph without its bullet, credit tail or ellipsis."""
    body = text.strip()
    if not body:
        return ""
    if body[0] in _BULLETS:  # the text is stripped: only a bullet can start the pattern
        body = _LEADING_BULLET.sub("", body)
    stripped = body.rstrip()
    if stripped.endswith(_ELLIPSIS):
        for mark in _ELLIPSIS:
            if stripped.endswith(mark):
                stripped = stripped[: -len(mark)]
                break
    # The credit pattern is only tried when the tail can hold one (an e-mail, or a line
    # ending in 기자/특파원): most paragraphs end in prose, and the search is the costly step.
    tail = stripped[-120:]
    if "@" in tail or tail.rstrip().endswith(_CREDIT_ENDS):
        head, tail = stripped[:-120], _TRAILING_CREDIT.sub("", tail)
        if len(head) + len(tail) >= 5:
            stripped = head + tail
    # Dropping whitespace with split() first is cheaper, and often leaves nothing to remove.
    joined = "".join(stripped.casefold().split())
    return joined if joined.isalnum() else _NOT_ALNUM.sub("", joined)


def dedupe_paragraphs(paragraphs: Sequence[str]) -> Deduped:
    """Return the paragraphs without repeats, keeping each first occurrence.

    Args:
        paragraphs: the paragraphs (or lines) of one page, in order.

    Returns:
        A :class:`Deduped`: ``kept`` and ``kept_indices`` in input order, and
        ``removed``, each with the index of the kept paragraph it repeats and the
        reason. Blank paragraphs are always kept.

    Raises:
        TypeError: if ``paragraphs`` is a string or holds a non-string.

    >>> d = dedupe_paragraphs(["광주시가 ‘주간 여의도 집무실’을 연다.", "강 시장은 서울에서 근무한다.", "광주시가 ‘주간 여의도 집무실’을 연다. /정병호 기자"])
    >>> d.kept
    ('광주시가 ‘주간 여의도 집무실’을 연다.', '강 시장은 서울에서 근무한다.')
    >>> [(r.index, r.duplicate_of, r.reason) for r in d.removed]
    [(2, 0, 'near-exact')]
    >>> dedupe_paragraphs(["kwangju.co.kr", "첫 기사 요약", "kwangju.co.kr"]).removed
    ()
    """
    if isinstance(paragraphs, (str, bytes)):
        raise TypeError(
            "paragraphs must be a sequence of str, not a single "
            f"{type(paragraphs).__name__}: split the text first, e.g. text.split('\\n')"
        )
    texts = [ensure_str(p, "paragraph") for p in paragraphs]
    duplicate_of = _duplicates(texts, [_dedup_key(t) for t in texts])
    removed = tuple(
        RemovedParagraph(i, texts[i], src, reason)
        for i, (src, reason) in sorted(duplicate_of.items())
    )
    kept_indices = tuple(i for i in range(len(texts)) if i not in duplicate_of)
    return Deduped(tuple(texts[i] for i in kept_indices), kept_indices, removed)


def _kept_paragraphs(texts: list[str], keys: list[str]) -> list[str]:
    """Return ``dedupe_paragraphs(texts).kept`` as a list, given each text's ``_dedup_key``.

    For ``kornews.lines.clean``, which keeps the keys of recurring lines across pages.
    """
    duplicate_of = _duplicates(texts, keys)
    if not duplicate_of:
        return texts
    return [t for i, t in enumerate(texts) if i not in duplicate_of]


def _duplicates(texts: list[str], keys: list[str]) -> dict[int, tuple[int, str]]:
    """Map each repeated paragraph's index to ``(index it repeats, reason)``."""
    first_seen: dict[str, int] = {}
    by_prefix: dict[str, list[int]] = {}
    duplicate_of: dict[int, tuple[int, str]] = {}
    short_first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if not key:
            continue
        if len(key) < _MIN_KEY or (len(key) <= _MAX_GENERIC and not _HANGUL.search(key)):
            short_first.setdefault(key, i)
            continue
        earlier = first_seen.get(key)
        if earlier is not None:
            same = texts[i].strip() == texts[earlier].strip()
            duplicate_of[i] = (earlier, "exact" if same else "near-exact")
            continue
        if len(key) >= _MIN_TRUNCATED and (candidates := by_prefix.get(key[:_PREFIX])):
            source = next((j for j in candidates if keys[j].startswith(key)), None)
            if source is not None:
                duplicate_of[i] = (source, "truncated")
                continue
        first_seen[key] = i
        by_prefix.setdefault(key[:_PREFIX], []).append(i)
    _repeated_block(keys, short_first, duplicate_of)
    return duplicate_of


def _repeated_block(
    keys: list[str], short_first: dict[str, int], duplicate_of: dict[int, tuple[int, str]]
) -> None:
    """Remove short repeats that sit inside a repeated run, next to a removed neighbour."""
    if not duplicate_of or not short_first:
        return  # nothing removed yet, or no short paragraph: no block to extend
    nonblank = [i for i, k in enumerate(keys) if k]
    position = {i: p for p, i in enumerate(nonblank)}
    changed, sweeps = True, 0
    while changed and sweeps < 4:  # a block is found in one or two sweeps; the cap bounds the work
        changed, sweeps = False, sweeps + 1
        for i in nonblank:
            key = keys[i]
            first = short_first.get(key)
            if first is None or first == i or i in duplicate_of:
                continue
            p, q = position[i], position[first]
            for step in (-1, 1):
                if not (0 <= p + step < len(nonblank) and 0 <= q + step < len(nonblank)):
                    continue
                neighbour, first_neighbour = nonblank[p + step], nonblank[q + step]
                hit = duplicate_of.get(neighbour)
                if hit is not None and hit[0] == first_neighbour:
                    duplicate_of[i] = (first, "repeated-block")
                    changed = True
                    break
