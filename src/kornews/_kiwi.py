"""The only importer of kiwipiepy: a lazy, cached Kiwi and our own token types.

Building the Kiwi model takes about a second and half a gigabyte, so nothing here
runs at import time; the model is built on the first call that needs it and kept.
kiwipiepy ships no type information, so its objects are converted to our own
frozen dataclasses at this boundary and ``Any`` never leaks out.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_kiwi: Any = None


@dataclass(frozen=True, slots=True)
class Token:
    """One morpheme: its surface form, part-of-speech tag and span in the analysed text."""

    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its span in the analysed text."""

    start: int
    end: int
    text: str


def get_kiwi() -> Any:
    """Return the process-wide Kiwi instance, building it on first use."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


def is_loaded() -> bool:
    """Whether the Kiwi model has been built in this process."""
    return _kiwi is not None


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with Kiwi; spans point into ``text``."""
    if not text.strip():
        return []
    out: list[Sentence] = []
    for s in get_kiwi().split_into_sents(text):
        start, end = int(s.start), int(s.end)
        out.append(Sentence(start=start, end=end, text=text[start:end]))
    return out


def tokenize(text: str) -> list[Token]:
    """Morphemes of ``text`` with Kiwi; spans point into ``text``."""
    if not text:
        return []
    return [
        Token(form=str(t.form), tag=str(t.tag), start=int(t.start), end=int(t.start) + int(t.len))
        for t in get_kiwi().tokenize(text)
    ]
