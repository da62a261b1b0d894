"""The five seeds against their hand-reviewed golden articles (see tests/golden/update.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(GOLDEN))
from update import snapshot  # noqa: E402

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_matches_golden(seed: Path) -> None:
    expected = json.loads((GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8"))
    actual = snapshot(seed.read_text(encoding="utf-8"))
    for key in expected:
        assert actual[key] == expected[key], f"{seed.stem}: field {key!r} differs from golden"
    assert set(actual) == set(expected)
