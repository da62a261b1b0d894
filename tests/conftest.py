"""Shared test configuration: Hypothesis profiles and fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# A generous deadline is a hang detector for regex backtracking, not a speed test
# (speed is measured in benchmarks/).
settings.register_profile(
    "dev", max_examples=100, deadline=2000, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=200, deadline=5000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The five seed documents, keyed by file stem (e.g. ``"001_3606a09aa6ae8308"``)."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
