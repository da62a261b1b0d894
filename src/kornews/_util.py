"""Small helpers shared by every module: argument checks and offset bookkeeping."""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable


def ensure_str(value: object, name: str = "text") -> str:
    """Return ``value`` when it is a ``str``; otherwise raise a ``TypeError`` saying what to pass.

    ``bytes`` get a specific hint, because scraped pages often arrive undecoded.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, not {type(value).__name__}: decode it first, "
            f"e.g. data.decode('utf-8') or data.decode('cp949') for EUC-KR pages"
        )
    raise TypeError(f"{name} must be str, not {type(value).__name__}")


def ensure_choice(value: object, allowed: Collection[str], name: str) -> str:
    """Return ``value`` when it is one of ``allowed``; otherwise raise ``ValueError`` listing them."""
    if isinstance(value, str) and value in allowed:
        return value
    choices = ", ".join(repr(a) for a in sorted(allowed))
    raise ValueError(f"{name} must be one of {choices}; got {value!r}")


def alternation(words: Iterable[str], *, spaces: bool = False, latin_end: bool = False) -> str:
    """Return a non-capturing regex alternation of ``words``, longest first.

    Longer words come first (then alphabetical order, so the pattern is the same on every
    run), so that ``선임기자`` wins over ``기자`` at the same position.

    Args:
        words: literal words (escaped here); repeats are dropped.
        spaces: a space inside a word matches one optional whitespace character
            (``기사 입력`` also matches ``기사입력``).
        latin_end: a word ending in a Latin letter must end the Latin word
            (``mL`` does not match inside ``mLs``, ``m`` not inside ``mL``).

    >>> alternation(["기자", "선임기자", "기사 입력"], spaces=True)
    '(?:기사\\\\s?입력|선임기자|기자)'
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        part = re.escape(word)
        if spaces:
            part = part.replace(r"\ ", r"\s?")
        if latin_end and word[-1:].isascii() and word[-1:].isalpha():
            part += "(?![A-Za-z])"
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


# No-break, figure, thin, narrow no-break and ideographic spaces: how pages space numbers
# from their units ("4200억\u3000원"). One character each way, so spans hold.
_ODD_SPACES = {0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ", 0x3000: " "}
_ODD_SPACE_RE = re.compile("[\u00a0\u2007\u2009\u202f\u3000]")


def plain_spaces(text: str) -> str:
    """Return ``text`` with odd spaces as plain ones, same length (spans still hold)."""
    return text.translate(_ODD_SPACES) if _ODD_SPACE_RE.search(text) else text


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
