"""``python -m kornews``: the same command as the ``kornews`` console script."""

from __future__ import annotations

from kornews.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
