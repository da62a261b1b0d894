"""kornews: turn raw Korean news text into clean, structured data.

The public API is re-exported here; everything in underscore modules is private.
``import kornews`` never builds the Kiwi model: that happens on first use of a
function that needs morphology (``Article.sentences``).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kornews")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["__version__"]
