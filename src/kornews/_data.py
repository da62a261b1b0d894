"""Loading of the lexicons kept as packaged data files in ``kornews/data``.

Data tables change more often than logic, so they live as plain UTF-8 text a
Korean-speaking contributor can edit without reading Python: one entry per line,
``#`` starts a comment, blank lines are ignored; ``.tsv`` files have tab-separated
columns.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _read(name: str) -> str:
    return resources.files("kornews.data").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[str]:
    out: list[str] = []
    for raw in _read(name).splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@cache
def load_words(name: str) -> tuple[str, ...]:
    """Return the entries of a one-entry-per-line table, in file order."""
    return tuple(_rows(name))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of a tab-separated table, each row a tuple of stripped cells."""
    rows: list[tuple[str, ...]] = []
    for raw in _read(name).splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in raw.split("\t")))
    return tuple(rows)
