"""Regenerate the golden files ``tests/golden/<seed>.json`` from the current ``extract``.

Golden files are the hand-reviewed expected articles of the seeds. They change only
through this explicit command, and every change is reviewed as a diff before commit:

    .venv/bin/python tests/golden/update.py && git diff tests/golden/
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent


def snapshot(text: str) -> dict[str, Any]:
    """The reviewed part of an ``Article``: everything but the per-line records, plus line labels."""
    from kornews import extract

    article = extract(text)
    data = article.to_dict()
    data["labels"] = [ln.label for ln in article.lines]
    del data["lines"]
    return data


def main() -> int:
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        out = GOLDEN / f"{seed.stem}.json"
        data = snapshot(seed.read_text(encoding="utf-8"))
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
