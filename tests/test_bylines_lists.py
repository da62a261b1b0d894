"""Several credits on one line, separated by a middle dot or a slash."""

from __future__ import annotations

import pytest

from kornews.bylines import find_bylines


@pytest.mark.parametrize("sep", [" · ", " / "])
def test_writer_and_photographer_on_one_line(sep: str) -> None:
    names = [b.name for b in find_bylines(f"글 홍길동 기자{sep}사진 김철수 기자")]
    assert names == ["홍길동", "김철수"]


def test_a_reporter_in_prose_before_a_dot_is_not_a_credit() -> None:
    assert find_bylines("시민 김철수 기자 · 사진을 봤다") == []
