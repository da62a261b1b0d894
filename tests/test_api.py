"""The public API surface: exports, import cost, laziness of Kiwi, input checking."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kornews


def test_all_is_sorted_and_complete() -> None:
    assert kornews.__all__ == sorted(kornews.__all__)
    assert set(kornews._EXPORTS) == set(kornews.__all__) - {"__version__"}
    for name in kornews.__all__:
        value = getattr(kornews, name)
        if name != "__version__" and (not name[0].isupper() or name.endswith("Index")):
            assert callable(value), name
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = kornews.nope


def test_import_is_fast_and_does_not_load_kiwi() -> None:
    code = (
        "import time; t = time.perf_counter(); import kornews; d = time.perf_counter() - t; "
        "import sys; print(d, 'kiwipiepy' in sys.modules)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        seconds, kiwi_imported = out.stdout.split()
        assert kiwi_imported == "False"
        runs.append(float(seconds))
    # Generous bound for a noisy CI machine; benchmarks/speed.py reports the real figure (< 0.2 s).
    assert min(runs) < 1.0


def test_hot_path_does_not_build_kiwi() -> None:
    # In a fresh process: other tests in this one may have built Kiwi on purpose.
    code = (
        "import pathlib, kornews\n"
        "from kornews import _kiwi\n"
        "for p in sorted(pathlib.Path('seeds').glob('*.txt')):\n"
        "    t = p.read_text(encoding='utf-8')\n"
        "    kornews.extract(t); kornews.clean(t); kornews.find_bylines(t)\n"
        "print(_kiwi.is_loaded())\n"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "func",
    [
        kornews.repair_encoding,
        kornews.normalize,
        kornews.classify_lines,
        kornews.strip_boilerplate,
        kornews.clean,
        kornews.find_money,
        kornews.find_numbers,
        kornews.find_dates,
        kornews.find_bylines,
        kornews.extract,
    ],
)
def test_bytes_are_refused_with_a_decode_hint(func: object) -> None:
    assert callable(func)
    with pytest.raises(TypeError, match="decode"):
        func("광주".encode())
    with pytest.raises(TypeError, match="str"):
        func(None)
