"""Small helpers shared by every module: argument checks and offset bookkeeping."""

from __future__ import annotations

from collections.abc import Collection


def ensure_str(value: object, name: str = "text") -> str:
    """Return ``value`` when it is a ``str``; otherwise raise a ``TypeError`` saying what to pass.

    ``bytes`` get a specific hint, because scraped pages often arrive undecoded.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, not {type(value).__name__}: decode it first, "
            f"e.g. data.decode('utf-8') or data.decode('cp949') for EUC-KR pages"
        )
    raise TypeError(f"{name} must be str, not {type(value).__name__}")


def ensure_choice(value: object, allowed: Collection[str], name: str) -> str:
    """Return ``value`` when it is one of ``allowed``; otherwise raise ``ValueError`` listing them."""
    if isinstance(value, str) and value in allowed:
        return value
    choices = ", ".join(repr(a) for a in sorted(allowed))
    raise ValueError(f"{name} must be one of {choices}; got {value!r}")
