"""The digit-run scan behind ``find_money`` finds what the plain alternation finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kornews import money
from kornews.money import find_money

PLAIN_RUNS = re.compile(f"[0-9０-９][0-9０-９,.]*|[{money._SYMBOLS}]")
TEXTS = st.lists(st.sampled_from(list("0159０９,. $₩€억원만a한\n")), max_size=40).map("".join)


@given(TEXTS)
def test_runs_match_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in money._RUNS.finditer(text)] == [
        m.span() for m in PLAIN_RUNS.finditer(text)
    ]


def test_runs_and_amounts(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        assert [m.span() for m in money._RUNS.finditer(text)] == [
            m.span() for m in PLAIN_RUNS.finditer(text)
        ]
    text = "$3.5, ₩1,000원, .5와 3,,5"
    assert [text[a:b] for a, b in (m.span() for m in money._RUNS.finditer(text))] == [
        "$",
        "3.5,",
        "₩",
        "1,000",
        "5",
        "3,,5",
    ]
    assert [(m.text, m.currency) for m in find_money("₩1,000원과 $3.5")] == [
        ("₩1,000", "KRW"),
        ("$3.5", "USD"),
    ]
