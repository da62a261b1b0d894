"""Closed vocabularies shared across kornews, as ``Literal`` aliases."""

from __future__ import annotations

from typing import Literal, get_args

LineLabel = Literal[
    "title", "subtitle", "meta", "byline", "body", "caption", "boilerplate", "empty"
]
"""The label of one line of a page (see ``docs/labels.md``)."""

Grain = Literal["year", "quarter", "month", "week", "day", "hour", "minute", "second"]
"""How precise a date mention is: the unit of the thing it names."""

DAY_GRAINS: frozenset[Grain] = frozenset({"day", "hour", "minute", "second"})
"""Grains that name a day (or a moment of one): what a publication stamp needs."""

BylineKind = Literal["author", "photo", "source"]
"""What a credit credits: the article's author, a photo, or the organisation behind the material."""

ArticleKind = Literal["article", "listing"]
"""A single article, or a listing page of several articles' ledes."""

LINE_LABELS: tuple[LineLabel, ...] = get_args(LineLabel)
GRAINS: tuple[Grain, ...] = get_args(Grain)
BYLINE_KINDS: tuple[BylineKind, ...] = get_args(BylineKind)
