"""Near-duplicate articles across a corpus: a streaming index and a batch clustering.

Scope: whole articles that tell the same story, such as one wire story republished by many
outlets with another byline, a dropped sentence, a new caption and each site's own page
furniture. Documents are compared by their cleaned article body (the lines
``kornews.lines`` labels headline, deck and body), not by the raw page, so the furniture of one site does not make its unrelated pages look
alike.

How: the body is normalised (NFKC, lower case, everything but letters and digits removed, so
spacing and quote variants do not matter; digits are kept), an exact content hash catches
verbatim copies, and MinHash with LSH banding over character n-grams (Korean is
agglutinative: word shingles miss ``광주시가`` / ``광주시는``) finds candidates, which are kept
only when the MinHash estimate of their Jaccard similarity reaches the threshold.

The signature spec (normalisation, n-gram hash, permutations, band keys) is versioned
(:data:`SPEC_VERSION`) and pure numpy, so signatures from ``kornews.spark`` workers, the
streaming index and saved indexes are interchangeable.

Out of scope: repeated paragraphs inside one page (``dedupe_paragraphs``), semantic
(paraphrase) similarity, and telling a recurring report with new numbers (tomorrow's case
count) from a copy: their text is near-identical, so they match.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import hashlib
import itertools
import json
import multiprocessing
import multiprocessing.context
import numbers
import os
import sys
import threading
import unicodedata
import warnings
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from kornews._util import ensure_str, usable_cpus

__all__ = ["SPEC_VERSION", "NearDuplicateIndex", "find_duplicates"]

SPEC_VERSION = 1
"""Version of the signature spec; saved indexes of another version are refused."""

_FORMAT = "kornews.NearDuplicateIndex"

_M64 = (1 << 64) - 1
_U32 = np.uint32
_U64 = np.uint64
_POLY = _U64(0x100000001B3)  # FNV-64 prime, the base of the n-gram polynomial hash
_SH33 = _U64(33)
_SH32 = _U64(32)
_FMIX1 = _U64(0xFF51AFD7ED558CCD)
_FMIX2 = _U64(0xC4CEB9FE1A85EC53)

Signature = npt.NDArray[np.uint32]
# A document ready for the index: kind, content hash, signature and band keys (the last
# two only for a full document).
_Prepared = tuple[int, int, Signature | None, npt.NDArray[np.uint64] | None]

_KIND_EMPTY, _KIND_SHORT, _KIND_FULL = 0, 1, 2
_BLOCK = 8192  # shingles per block of the signature computation of long texts
# Shingles signed in one product by prepare_many: the product (num_perm x this, uint32)
# should stay near the core's cache; 16384 measured half as fast as 6144-8192.
_BATCH_SHINGLES = _BLOCK


def _splitmix64(state: int) -> tuple[int, int]:
    """One step of SplitMix64: (next state, output). Pure Python, so the spec never depends
    on numpy's random streams, which numpy does not promise to keep across versions."""
    state = (state + 0x9E3779B97F4A7C15) & _M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _M64
    return state, z ^ (z >> 31)


def _permutations(num_perm: int, seed: int) -> tuple[Signature, Signature]:
    """Return the multipliers (odd) and offsets of ``num_perm`` affine maps mod 2**32."""
    state = seed & _M64
    a = np.empty(num_perm, dtype=_U32)
    b = np.empty(num_perm, dtype=_U32)
    for i in range(num_perm):
        state, x = _splitmix64(state)
        a[i] = (x & 0xFFFFFFFF) | 1
        b[i] = x >> 32
    return a, b


def _fmix64(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """MurmurHash3's 64-bit finaliser, in place (uint64 arithmetic wraps, as intended)."""
    h ^= h >> _SH33
    h *= _FMIX1
    h ^= h >> _SH33
    h *= _FMIX2
    h ^= h >> _SH33
    return h


@functools.cache
def _alnum_table() -> npt.NDArray[np.bool_]:
    """Which BMP code points are letters or digits (``str.isalnum``, i.e. regex ``[^\\W_]``)."""
    return np.array([chr(i).isalnum() for i in range(0x10000)], dtype=np.bool_)


def _code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` (lone surrogates included, one unit each)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=_U32)


def _alnum_mask(cp: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Which code points are letters or digits (``str.isalnum``)."""
    table = _alnum_table()
    bmp = cp < 0x10000
    keep = np.zeros(cp.size, dtype=np.bool_)
    keep[bmp] = table[cp[bmp]]
    if not bmp.all():  # outside the BMP (emoji, rare CJK): ask Python, one by one
        for i in np.nonzero(~bmp)[0].tolist():
            keep[i] = chr(int(cp[i])).isalnum()
    return keep


def _folded(body: str) -> str:
    """NFKC and lower case: the comparison form before non-letters are dropped."""
    return unicodedata.normalize("NFKC", body).lower()


def _normalize_cp(body: str) -> npt.NDArray[np.uint32]:
    """Code points of the comparison form: NFKC, lower case, letters and digits only."""
    cp = _code_points(_folded(body))
    return cp[_alnum_mask(cp)]


def normalize_for_dedup(body: str) -> str:
    """Return the comparison form of a body: NFKC, lower case, letters and digits only.

    Spacing ("할 수" / "할수"), quote styles and middle dots vary between outlets copying
    one story, so only letters and digits are compared; digits are kept, because a
    recurring report with new numbers is news of its own.

    Args:
        body: article text (already cleaned, or raw).

    Returns:
        The string that is hashed and shingled; empty when the text holds no letter or digit.

    >>> normalize_for_dedup("광주시가  ‘AI 중심도시’를 선언했다. (2025년)")
    '광주시가ai중심도시를선언했다2025년'
    >>> normalize_for_dedup("▶ ※ …")
    ''
    """
    return _normalize_cp(ensure_str(body)).tobytes().decode("utf-32-le", "surrogatepass")


def _shingle_hashes(cp32: npt.NDArray[np.uint32], ngram: int) -> npt.NDArray[np.uint32]:
    """32-bit hashes of the character n-grams of the code points (one per start position)."""
    cp = cp32.astype(_U64)
    if cp.size < ngram:  # a text shorter than one n-gram is its own single shingle
        cp = np.concatenate([cp, np.zeros(ngram - cp.size, dtype=_U64)])
    out: npt.NDArray[np.uint32] = (_fmix64(_rolling(cp, ngram)) >> _SH32).astype(_U32)
    return out


def _rolling(cp: npt.NDArray[np.uint64], ngram: int) -> npt.NDArray[np.uint64]:
    """The polynomial hash of every n-gram of ``cp`` (at least ``ngram`` long), unmixed."""
    m = cp.size - ngram + 1
    h = np.zeros(m, dtype=_U64)
    for k in range(ngram):
        h *= _POLY
        h += cp[k : k + m]
    return h


def _exact_key(cp: npt.NDArray[np.uint32]) -> int:
    """64-bit content hash of the normalised body (blake2b of its UTF-32-LE code points)."""
    digest = hashlib.blake2b(cp.astype("<u4").tobytes(), digest_size=8).digest()
    return int.from_bytes(digest, "little")


class _Spec:
    """The frozen parameters of the signature spec and the derived permutation tables."""

    __slots__ = ("a", "b", "bands", "min_chars", "ngram", "num_perm", "rows", "seed")

    def __init__(self, num_perm: int, ngram: int, bands: int, seed: int, min_chars: int) -> None:
        self.num_perm = num_perm
        self.ngram = ngram
        self.bands = bands
        self.rows = num_perm // bands
        self.seed = seed
        self.min_chars = min_chars
        self.a, self.b = _permutations(num_perm, seed)

    def signature(self, cp: npt.NDArray[np.uint32]) -> Signature:
        """MinHash signature: per permutation, the minimum of (a*h + b) mod 2**32."""
        h = _shingle_hashes(cp, self.ngram)
        if h.size <= _BLOCK:
            v = self.a[:, None] * h[None, :]  # (num_perm, shingles), wraps mod 2**32
            v += self.b[:, None]
            sig: Signature = v.min(axis=1)
            return sig
        # Long texts: distinct shingles only, in blocks, so memory stays bounded
        # (num_perm x _BLOCK x 4 bytes) however long the page is.
        h = np.unique(h)
        sig = np.full(self.num_perm, 0xFFFFFFFF, dtype=_U32)
        for start in range(0, h.size, _BLOCK):
            v = self.a[:, None] * h[None, start : start + _BLOCK]
            v += self.b[:, None]
            np.minimum(sig, v.min(axis=1), out=sig)
        return sig

    def band_keys(self, sig: Signature) -> npt.NDArray[np.uint64]:
        """One 64-bit key per band, with the band number mixed in (so one table holds all)."""
        keys: npt.NDArray[np.uint64] = self.band_keys_many(sig[None, :])[0]
        return keys

    def band_keys_many(self, sigs: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint64]:
        """:meth:`band_keys` of each row of ``sigs`` (documents x permutations)."""
        rows = sigs.astype(_U64).reshape(sigs.shape[0], self.bands, self.rows)
        k = np.broadcast_to(np.arange(1, self.bands + 1, dtype=_U64), rows.shape[:2]).copy()
        for j in range(self.rows):
            k *= _POLY
            k += rows[:, :, j]
        return _fmix64(k)

    def prepare_many(self, bodies: list[str]) -> list[_Prepared]:
        """What :meth:`NearDuplicateIndex._prepare` gives for each body, computed together.

        A body costs a dozen small numpy calls on its own; here each step is one call for
        the whole list (the n-gram hashes of all bodies in one pass, the signatures of up
        to ``_BATCH_SHINGLES`` n-grams in one product and a segmented minimum). The
        results are identical, bit for bit.
        """
        forms = [_folded(b) for b in bodies]
        raw = _code_points("".join(forms))
        keep = _alnum_mask(raw)
        cp = raw[keep]
        ends = np.cumsum([len(f) for f in forms], dtype=np.int64)
        kept_before = np.concatenate(([0], np.cumsum(keep, dtype=np.int64)))
        bounds = kept_before[np.concatenate(([0], ends))].tolist()
        data = cp.astype("<u4").tobytes()
        out: list[_Prepared] = []
        batch: list[int] = []  # documents signed together, by their place in ``out``
        for d in range(len(bodies)):
            lo, hi = bounds[d], bounds[d + 1]
            if lo == hi:
                out.append((_KIND_EMPTY, 0, None, None))
                continue
            ekey = int.from_bytes(
                hashlib.blake2b(data[4 * lo : 4 * hi], digest_size=8).digest(), "little"
            )
            if hi - lo < self.min_chars:
                out.append((_KIND_SHORT, ekey, None, None))
                continue
            out.append((_KIND_FULL, ekey, None, None))
            if self.ngram <= hi - lo <= _BLOCK + self.ngram - 1:
                batch.append(d)
            else:  # shorter than one n-gram, or long enough for the blocked path
                sig = self.signature(cp[lo:hi])
                out[d] = (_KIND_FULL, ekey, sig, self.band_keys(sig))
        if batch:
            self._sign_batch(cp, bounds, batch, out)
        return out

    def _sign_batch(
        self, cp: npt.NDArray[np.uint32], bounds: list[int], docs: list[int], out: list[_Prepared]
    ) -> None:
        """Fill in the signatures and band keys of ``docs`` (each at least one n-gram long)."""
        h = _rolling(cp.astype(_U64), self.ngram)  # every n-gram of the joined bodies
        starts = np.array([bounds[d] for d in docs], dtype=np.int64)
        counts = np.array([bounds[d + 1] - bounds[d] - self.ngram + 1 for d in docs])
        sigs = np.empty((len(docs), self.num_perm), dtype=_U32)
        # One work space for every group: a fresh 4 MB product per group costs its page
        # faults again (measured a third of the signing time).
        work = np.empty(self.num_perm * min(int(counts.sum()), _BATCH_SHINGLES), dtype=_U32)
        first = 0
        while first < len(docs):
            # A group of documents whose n-grams fit the work space (at least one document).
            last = first + 1
            total = int(counts[first])
            while last < len(docs) and total + int(counts[last]) <= _BATCH_SHINGLES:
                total += int(counts[last])
                last += 1
            c = counts[first:last]
            offsets = np.concatenate(([0], np.cumsum(c)[:-1]))
            # The n-gram positions of the group: each document's run of start positions.
            pos = np.arange(total, dtype=np.int64) + np.repeat(starts[first:last] - offsets, c)
            hv = (_fmix64(h[pos]) >> _SH32).astype(_U32)
            v = work[: self.num_perm * total].reshape(self.num_perm, total)
            np.multiply(self.a[:, None], hv[None, :], out=v)  # wraps mod 2**32
            v += self.b[:, None]
            sigs[first:last] = np.minimum.reduceat(v, offsets, axis=1).T
            first = last
        keys = self.band_keys_many(sigs)
        for i, d in enumerate(docs):
            out[d] = (_KIND_FULL, out[d][1], sigs[i], keys[i])


def _validate(
    threshold: float, num_perm: int, ngram: int, bands: int | None, seed: int, min_chars: int
) -> int:
    """Check the options; return the number of bands (chosen when ``bands`` is None)."""
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise ValueError(f"threshold must be a number in (0, 1]; got {threshold!r}")
    if not 0.0 < float(threshold) <= 1.0:
        raise ValueError(f"threshold must be in (0, 1]; got {threshold!r}")
    _check_int(num_perm, "num_perm", 8, 1024)
    _check_int(ngram, "ngram", 1, 32)
    _check_int(seed, "seed", 0, _M64)
    _check_int(min_chars, "min_chars", 0, 1_000_000)
    if bands is None:
        return _choose_bands(float(threshold), num_perm)
    _check_int(bands, "bands", 1, num_perm)
    if num_perm % bands:
        divisors = [d for d in range(1, num_perm + 1) if num_perm % d == 0]
        raise ValueError(f"bands must divide num_perm={num_perm}: one of {divisors}; got {bands}")
    return bands


def _check_int(value: object, name: str, lo: int, hi: int) -> None:
    ok = isinstance(value, numbers.Integral) and not isinstance(value, bool)
    if not ok or not lo <= int(value) <= hi:  # type: ignore[call-overload]
        raise ValueError(f"{name} must be an integer in [{lo}, {hi}]; got {value!r}")


def _choose_bands(threshold: float, num_perm: int) -> int:
    """Bands for a threshold: the divisor of ``num_perm`` whose S-curve has its midpoint
    (1/b)**(1/r) nearest to 0.85 x threshold. Candidates are verified afterwards, so
    the curve sits below the threshold to trade cheap extra candidates for recall
    (128 permutations at 0.5 give 32 x 4, the operating point measured best)."""
    target = 0.85 * threshold
    best, best_err = 1, float("inf")
    for b in range(1, num_perm + 1):
        if num_perm % b:
            continue
        r = num_perm // b
        err = abs((1.0 / b) ** (1.0 / r) - target)
        if err < best_err - 1e-12:
            best, best_err = b, err
    return best


def _default_clean(text: str) -> str:
    from kornews.lines import _article_lines  # imported late: lines loads its tables

    return "\n".join(_article_lines(text))


class NearDuplicateIndex:
    """A streaming index of article bodies that reports near-duplicates of each new one.

    ``add(key, text)`` returns the keys of earlier documents that tell the same story,
    best match first; ``query(text)`` does the same lookup without inserting. The index
    keeps 4 bytes per permutation and 12 bytes per band for each document (about 0.9 KB
    with the defaults), never the text.

    Args:
        threshold: minimum estimated Jaccard similarity of the n-gram sets, in (0, 1].
        num_perm: MinHash permutations, in [8, 1024].
        ngram: characters per shingle, in [1, 32].
        bands: LSH bands (must divide ``num_perm``); None chooses them for the threshold.
        seed: seed of the permutations; indexes only compare signatures of one seed.
        min_chars: bodies with fewer normalised characters than this are matched only by
            exact content (a one-line photo item shares too few n-grams for a stable
            estimate).
        clean: keep only the article lines first (repair, normalization and one
            labelling pass of ``kornews.lines``, as ``clean`` does without its repeat
            removal); pass False for text that is already a clean body.

    Raises:
        ValueError: an option is out of its range (the message lists the allowed range).

    >>> idx = NearDuplicateIndex(clean=False)
    >>> body = ("광주시가 지역 핵심 공약을 대선 공약에 반영하기 위해 주간 여의도 집무실을 운영한다. "
    ...         "매주 수요일 서울 여의도에 있는 광주시 대외협력본부에서 근무한다.")
    >>> idx.add("a", body)
    []
    >>> idx.add("b", body.replace("운영한다", "운영키로 했다"))
    ['a']
    >>> idx.query("전남도는 올해 벼 수매가를 작년보다 3% 올리기로 했다고 밝혔다.")
    []
    """

    def __init__(
        self,
        threshold: float = 0.5,
        *,
        num_perm: int = 128,
        ngram: int = 5,
        bands: int | None = 32,
        seed: int = 1,
        min_chars: int = 30,
        clean: bool = True,
    ) -> None:
        nb = _validate(threshold, num_perm, ngram, bands, seed, min_chars)
        num_perm, ngram, seed, min_chars = int(num_perm), int(ngram), int(seed), int(min_chars)
        if not isinstance(clean, bool):
            raise ValueError(f"clean must be True or False; got {clean!r}")
        self._threshold = float(threshold)
        self._clean = clean
        self._spec = _Spec(num_perm, ngram, int(nb), seed, min_chars)
        self._cleaner: Callable[[str], str] | None = _default_clean if clean else None
        self._keys: list[Hashable] = []
        self._row_of: dict[Hashable, int] = {}
        self._sigs = np.zeros((64, num_perm), dtype=_U32)
        self._kinds = np.zeros(64, dtype=np.int8)
        self._canon = np.zeros(64, dtype=np.int32)  # row -> first row with the same content
        self._exact_keys = np.zeros(64, dtype=_U64)
        self._exact: dict[int, int] = {}  # content hash -> canonical row
        self._members: dict[int, list[int]] = {}  # canonical row -> rows, when > 1
        # Band table: sorted keys with their rows, plus an unsorted buffer of recent inserts
        # merged in when it grows (a dict per key would cost ~100 bytes per band and doc).
        self._bkeys = np.zeros(0, dtype=_U64)
        self._brows = np.zeros(0, dtype=np.int32)
        self._buf: dict[int, int | list[int]] = {}
        self._buf_keys: list[npt.NDArray[np.uint64]] = []  # the buffer again, for merging:
        self._buf_rows: list[int] = []  # each inserted document's band keys and row

    # -- public API ---------------------------------------------------------------------

    @property
    def threshold(self) -> float:
        """The similarity threshold the index verifies candidates against."""
        return self._threshold

    @property
    def options(self) -> dict[str, Any]:
        """The options that define the index's signatures (for ``kornews.spark``)."""
        s = self._spec
        return {
            "threshold": self._threshold,
            "num_perm": s.num_perm,
            "ngram": s.ngram,
            "bands": s.bands,
            "seed": s.seed,
            "min_chars": s.min_chars,
            "clean": self._clean,
        }

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        try:
            return key in self._row_of
        except TypeError:  # unhashable
            return False

    def add(self, key: Hashable, text: str) -> list[Hashable]:
        """Insert a document; return the keys of earlier near-duplicates, best first.

        Args:
            key: the document's id (unique in the index; str or int if you will ``save``).
            text: the page or body text.

        Returns:
            Keys of earlier documents whose body reaches the threshold, by similarity
            (highest first), then in insertion order.

        Raises:
            TypeError: ``text`` is not a str.
            ValueError: ``key`` is already in the index.
        """
        row, matches = self._insert(key, text)
        return [self._keys[r] for r in self._expand(matches) if r != row]

    def add_many(
        self, items: Iterable[tuple[Hashable, str]], *, workers: int = 1
    ) -> Iterator[tuple[Hashable, list[Hashable]]]:
        """Insert documents in order; yield each key with what :meth:`add` returns for it.

        The same results as calling ``add(key, text)`` for each item, several times
        faster: documents are cleaned and signed a chunk (128) at a time, and with
        ``workers`` above 1 in that many processes (this one included). Insertion
        happens as you iterate; the input is read a few chunks ahead.

        Args:
            items: ``(key, text)`` pairs.
            workers: processes that clean and sign documents; 0 means one per CPU.

        Yields:
            ``(key, earlier)`` for each item, ``earlier`` as :meth:`add` gives it.

        Raises:
            TypeError: a text is not a str (the documents before it are inserted, as by
                ``add`` in turn; so are those before an error the input raises).
            ValueError: a key is already in the index, or ``workers`` is negative.

        >>> idx = NearDuplicateIndex(clean=False)
        >>> body = "광주시는 14일 시청에서 인공지능 산업 육성 계획을 발표했다. 시는 데이터센터를 짓는다."
        >>> list(idx.add_many([("a", body), ("b", "전남도는 벼 수매가를 3% 올린다."), ("c", body)]))
        [('a', []), ('b', []), ('c', ['a'])]
        """
        return self._add_chunks(_prepared_chunks(items, self, _workers(workers)))

    def _add_chunks(
        self, prepared: Iterable[tuple[list[Hashable], list[_Prepared]]]
    ) -> Iterator[tuple[Hashable, list[Hashable]]]:
        for keys, chunk in prepared:
            for key, (row, matches) in zip(keys, self._insert_chunk(keys, chunk), strict=True):
                yield key, [self._keys[r] for r in self._expand(matches) if r != row]

    def query(self, text: str) -> list[Hashable]:
        """Return the keys of indexed documents that are near-duplicates of ``text``.

        Args:
            text: the page or body text.

        Returns:
            Keys by similarity (highest first), then in insertion order; ``[]`` when none.

        Raises:
            TypeError: ``text`` is not a str.
        """
        kind, ekey, sig, bkeys = self._prepare(text)
        return [self._keys[r] for r in self._expand(self._lookup(kind, ekey, sig, bkeys))]

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to ``path`` as a numpy ``.npz`` archive (no pickle inside).

        The archive holds the signatures, the band table and a JSON header with the spec
        version, the options and the keys; keys must therefore be ``str`` or ``int``.

        Raises:
            TypeError: a key is not a str or int.
        """
        for k in self._keys:
            if not isinstance(k, (str, int)) or isinstance(k, bool):
                raise TypeError(f"save() needs str or int keys; got {type(k).__name__}: {k!r}")
        self._merge()
        n = len(self._keys)
        header = {
            "format": _FORMAT,
            "spec_version": SPEC_VERSION,
            "options": self.options,
            "keys": self._keys,
        }
        blob = np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), np.uint8)
        with open(path, "wb") as fh:
            np.savez_compressed(
                fh,
                header=blob,
                sigs=self._sigs[:n],
                kinds=self._kinds[:n],
                canon=self._canon[:n],
                exact_keys=self._exact_keys[:n],
                bkeys=self._bkeys,
                brows=self._brows,
            )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> NearDuplicateIndex:
        """Read an index written by :meth:`save`; loading never runs code from the file.

        Raises:
            ValueError: the file is not a kornews index, or of another spec version.
        """
        with np.load(path, allow_pickle=False) as z:
            try:
                header = json.loads(bytes(z["header"]).decode("utf-8"))
                arrays = {k: z[k] for k in ("sigs", "kinds", "canon", "exact_keys")}
                bkeys, brows = z["bkeys"], z["brows"]
            except (KeyError, ValueError, UnicodeDecodeError) as exc:
                raise ValueError(f"{path!s} is not a saved NearDuplicateIndex: {exc}") from exc
        if not isinstance(header, dict) or header.get("format") != _FORMAT:
            raise ValueError(f"{path!s} is not a saved NearDuplicateIndex")
        if header.get("spec_version") != SPEC_VERSION:
            raise ValueError(
                f"{path!s} has spec version {header.get('spec_version')!r}; this kornews "
                f"reads version {SPEC_VERSION}: rebuild the index"
            )
        opts = header["options"]
        idx = cls(
            opts["threshold"],
            num_perm=opts["num_perm"],
            ngram=opts["ngram"],
            bands=opts["bands"],
            seed=opts["seed"],
            min_chars=opts["min_chars"],
            clean=opts["clean"],
        )
        keys: list[Hashable] = list(header["keys"])
        n = len(keys)
        sigs = arrays["sigs"]
        if sigs.shape != (n, idx._spec.num_perm) or bkeys.shape != brows.shape:
            raise ValueError(f"{path!s}: arrays do not match the header")
        idx._keys = keys
        idx._row_of = {k: i for i, k in enumerate(keys)}
        if len(idx._row_of) != n:
            raise ValueError(f"{path!s}: duplicate keys in the header")
        idx._sigs = sigs.astype(_U32, copy=True)
        idx._kinds = arrays["kinds"].astype(np.int8, copy=True)
        idx._canon = arrays["canon"].astype(np.int32, copy=True)
        idx._exact_keys = arrays["exact_keys"].astype(_U64, copy=True)
        for row in range(n):
            c = int(idx._canon[row])
            if idx._kinds[row] != _KIND_EMPTY and c == row:
                idx._exact[int(idx._exact_keys[row])] = row
            elif c != row:
                idx._members.setdefault(c, [c]).append(row)
        idx._bkeys = bkeys.astype(_U64, copy=True)
        idx._brows = brows.astype(np.int32, copy=True)
        return idx

    # -- internals ----------------------------------------------------------------------

    def _prepare(
        self, text: str
    ) -> tuple[int, int, Signature | None, npt.NDArray[np.uint64] | None]:
        text = ensure_str(text)
        body = self._cleaner(text) if self._cleaner is not None else text
        cp = _normalize_cp(body)
        if not cp.size:
            return _KIND_EMPTY, 0, None, None
        ekey = _exact_key(cp)
        if cp.size < self._spec.min_chars:
            return _KIND_SHORT, ekey, None, None
        sig = self._spec.signature(cp)
        return _KIND_FULL, ekey, sig, self._spec.band_keys(sig)

    def _prepare_many(self, texts: list[str]) -> list[_Prepared]:
        """``[self._prepare(t) for t in texts]``, the signing done for all at once."""
        bodies = [ensure_str(t) for t in texts]
        if self._cleaner is not None:
            bodies = [self._cleaner(b) for b in bodies]
        return self._spec.prepare_many(bodies)

    def _insert(self, key: Hashable, text: str) -> tuple[int, list[int]]:
        """Add a document; return its row and the verified canonical rows it matches."""
        return self._insert_prepared(key, *self._prepare(text))

    def _insert_chunk(
        self, keys: list[Hashable], prepared: list[_Prepared]
    ) -> Iterator[tuple[int, list[int]]]:
        """``_insert_prepared`` for each document in turn (as the caller iterates), the
        sorted table searched once.

        The sorted band table does not change within the chunk (the buffer is merged
        after it), so the band keys of all its documents are looked up in one call;
        should the caller merge meanwhile (``save`` between two results), the rest of
        the chunk looks itself up.
        """
        table = self._bkeys
        main = self._main_hits(prepared)
        for key, prep, hits in zip(keys, prepared, main, strict=True):
            current = hits if self._bkeys is table else None
            yield self._insert_prepared(key, *prep, main=current, merge=False)
        self._maybe_merge()

    def _main_hits(self, prepared: list[_Prepared]) -> list[list[int] | None]:
        """Rows of the sorted band table sharing a band key with each prepared document."""
        hits: list[list[int] | None] = [None if p[3] is None else [] for p in prepared]
        bk = self._bkeys
        full = [i for i, p in enumerate(prepared) if p[3] is not None]
        if not bk.size or not full:
            return hits
        flat = np.concatenate([prepared[i][3] for i in full])
        # Sorted needles walk the table in order: far fewer cache misses than at random.
        order = np.argsort(flat)
        pos = np.empty_like(order)
        pos[order] = np.searchsorted(bk, flat[order])
        found = np.nonzero(bk[np.minimum(pos, bk.size - 1)] == flat)[0]
        if found.size:
            hi = np.searchsorted(bk, flat[found], side="right")
            bands = self._spec.bands
            for j, a, b in zip(found.tolist(), pos[found].tolist(), hi.tolist(), strict=True):
                doc_hits = hits[full[j // bands]]
                assert doc_hits is not None
                doc_hits.extend(self._brows[a:b].tolist())
        return hits

    def _insert_prepared(
        self,
        key: Hashable,
        kind: int,
        ekey: int,
        sig: Signature | None,
        bkeys: npt.NDArray[np.uint64] | None,
        *,
        main: list[int] | None = None,
        merge: bool = True,
    ) -> tuple[int, list[int]]:
        """Add a prepared document; return its row and the verified canonical rows it matches.

        ``main``: the rows of the sorted band table sharing a band key with it, when
        already looked up; ``merge``: whether a full buffer is merged at once.
        """
        if key in self._row_of:
            raise ValueError(f"key {key!r} is already in the index")
        matches = self._lookup(kind, ekey, sig, bkeys, main)
        row = len(self._keys)
        self._grow(row + 1)
        self._keys.append(key)
        self._row_of[key] = row
        self._kinds[row] = kind
        self._exact_keys[row] = ekey
        canon = self._exact.get(ekey, -1) if kind != _KIND_EMPTY else -1
        if canon >= 0:  # an exact copy is represented by its first occurrence
            self._canon[row] = canon
            self._members.setdefault(canon, [canon]).append(row)
            self._sigs[row] = self._sigs[canon]
            return row, matches
        self._canon[row] = row
        if kind == _KIND_EMPTY:
            return row, matches
        self._exact[ekey] = row
        if sig is not None and bkeys is not None:
            self._sigs[row] = sig
            buf = self._buf
            keys = bkeys.tolist()
            olds = {k: buf[k] for k in keys if k in buf}
            buf.update(zip(keys, itertools.repeat(row)))
            for k, old in olds.items():  # a band key seen before: keep every row
                buf[k] = [old, row] if isinstance(old, int) else [*old, row]
            self._buf_keys.append(bkeys)
            self._buf_rows.append(row)
            if merge:
                self._maybe_merge()
        return row, matches

    def _maybe_merge(self) -> None:
        if len(self._buf_rows) >= max(4096, len(self._keys) // 4):
            self._merge()

    def _lookup(
        self,
        kind: int,
        ekey: int,
        sig: Signature | None,
        bkeys: npt.NDArray[np.uint64] | None,
        main: list[int] | None = None,
    ) -> list[int]:
        """Verified canonical rows matching a prepared document, best first.

        ``main``: the document's hits in the sorted band table, when already looked up.
        """
        if kind == _KIND_EMPTY:
            return []
        exact = self._exact.get(ekey, -1)
        if sig is None or bkeys is None:
            return [exact] if exact >= 0 else []
        cands: list[int] = []
        bk = self._bkeys
        if main is not None:
            cands.extend(main)
        elif bk.size:
            pos = np.searchsorted(bk, bkeys)
            found = np.nonzero(bk[np.minimum(pos, bk.size - 1)] == bkeys)[0]
            if found.size:
                hi = np.searchsorted(bk, bkeys[found], side="right")
                for a, b in zip(pos[found].tolist(), hi.tolist(), strict=True):
                    cands.extend(self._brows[a:b].tolist())
        if self._buf:
            for hit in map(self._buf.get, bkeys.tolist()):
                if hit is not None:
                    if isinstance(hit, int):
                        cands.append(hit)
                    else:
                        cands.extend(hit)
        if exact >= 0:
            cands.append(exact)
        if not cands:
            return []
        need = self._threshold * self._spec.num_perm - 1e-9
        distinct = set(cands)
        if len(distinct) == 1:  # the common case: one earlier copy found by every band
            (only,) = distinct
            return [only] if np.count_nonzero(self._sigs[only] == sig) >= need else []
        rows = np.fromiter(sorted(distinct), dtype=np.int64, count=len(distinct))
        same = np.count_nonzero(self._sigs[rows] == sig[None, :], axis=1)
        keep = same >= need
        rows, same = rows[keep], same[keep]
        order = np.lexsort((rows, -same))  # most equal slots first, then earlier rows
        return [int(r) for r in rows[order]]

    def _expand(self, canon_rows: list[int]) -> list[int]:
        out: list[int] = []
        for c in canon_rows:
            out.extend(self._members.get(c, (c,)))
        return out

    def _grow(self, need: int) -> None:
        cap = self._kinds.shape[0]
        if need <= cap:
            return
        new = max(need, cap * 2)
        self._sigs = np.resize(self._sigs, (new, self._spec.num_perm))
        self._kinds = np.resize(self._kinds, new)
        self._canon = np.resize(self._canon, new)
        self._exact_keys = np.resize(self._exact_keys, new)

    def _merge(self) -> None:
        """Fold the insert buffer into the sorted band table."""
        if not self._buf_rows:
            return
        keys = np.concatenate(self._buf_keys)
        rows = np.repeat(np.asarray(self._buf_rows, dtype=np.int32), self._spec.bands)
        order = np.argsort(keys, kind="stable")
        keys, rows = keys[order], rows[order]
        # Equal keys keep the older rows first (the order a stable sort of both would give).
        at = np.searchsorted(self._bkeys, keys, side="right")
        self._bkeys = np.insert(self._bkeys, at, keys)
        self._brows = np.insert(self._brows, at, rows)
        self._buf = {}
        self._buf_keys = []
        self._buf_rows = []


def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components with two or more members, in first-member order."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


_worker_index: NearDuplicateIndex | None = None


def _worker_init(opts: dict[str, Any]) -> None:
    global _worker_index
    _worker_index = NearDuplicateIndex(
        opts["threshold"],
        num_perm=opts["num_perm"],
        ngram=opts["ngram"],
        bands=opts["bands"],
        seed=opts["seed"],
        min_chars=opts["min_chars"],
        clean=opts["clean"],
    )


# A chunk's prepared documents travel back packed in four arrays (kinds, content hashes,
# signatures, band keys): pickling one array per document cost more than signing it.
_Packed = tuple[npt.NDArray[np.int8], npt.NDArray[np.uint64], Signature, npt.NDArray[np.uint64]]


def _worker_prepare(texts: list[str]) -> _Packed:
    if _worker_index is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker not initialised")
    spec = _worker_index._spec
    n = len(texts)
    kinds = np.zeros(n, dtype=np.int8)
    ekeys = np.zeros(n, dtype=_U64)
    sigs = np.zeros((n, spec.num_perm), dtype=_U32)
    bkeys = np.zeros((n, spec.bands), dtype=_U64)
    for i, (kind, ekey, sig, bk) in enumerate(_worker_index._prepare_many(texts)):
        kinds[i] = kind
        ekeys[i] = ekey
        if sig is not None and bk is not None:
            sigs[i] = sig
            bkeys[i] = bk
    return kinds, ekeys, sigs, bkeys


def _unpack(packed: _Packed) -> Iterator[_Prepared]:
    """The prepared documents of a packed chunk, as ``NearDuplicateIndex._prepare`` gives them."""
    kinds, ekeys, sigs, bkeys = packed
    for i, (kind, ekey) in enumerate(zip(kinds.tolist(), ekeys.tolist(), strict=True)):
        if kind == _KIND_FULL:
            yield kind, ekey, sigs[i], bkeys[i]
        else:
            yield kind, ekey, None, None


def _read_chunks(
    items: Iterable[tuple[Hashable, str]],
) -> Iterator[tuple[list[Hashable], list[str], Exception | None]]:
    """``(keys, texts, error)`` chunks of the input, in order.

    An error (a text that is not a str, or one the input itself raises) ends the input:
    it comes with the items before it, so that it is raised once they are inserted,
    wherever they were prepared, as a loop of ``add`` would raise it.
    """
    it = iter(items)
    while True:
        keys: list[Hashable] = []
        texts: list[str] = []
        error: Exception | None = None
        try:
            for key, text in itertools.islice(it, _CHUNK):
                texts.append(ensure_str(text))
                keys.append(key)
        except Exception as exc:  # raised by the consumer, after the items before it
            error = exc
        if keys or error is not None:
            yield keys, texts, error
        if error is not None or len(keys) < _CHUNK:
            return


class _Chunk:
    """A chunk of documents on its way: prepared here, or in a worker (``job``)."""

    __slots__ = ("error", "job", "keys", "prepared", "texts")

    def __init__(self, keys: list[Hashable], texts: list[str], error: Exception | None) -> None:
        self.keys = keys
        self.texts = texts
        self.error = error  # raised once the chunk's documents are inserted
        self.job: Any = None  # a multiprocessing AsyncResult, or None for a local chunk
        self.prepared: list[_Prepared] | None = [] if not keys else None


def _prepared_in_workers(
    items: Iterable[tuple[Hashable, str]], idx: NearDuplicateIndex, workers: int
) -> Iterator[tuple[list[Hashable], list[_Prepared]]]:
    """Yield chunks ``(keys, prepared)`` in input order, prepared in ``workers`` processes.

    This process is one of them: it prepares chunks itself whenever the next chunk due
    is still in a worker (so it works while the pool starts, and no core waits on an idle
    parent), and the pool of ``workers - 1`` processes keeps two chunks per process queued.
    """
    ctx = _worker_context()
    chunks = _read_chunks(items)
    pending: collections.deque[_Chunk] = collections.deque()
    queued_max = _QUEUED * (workers - 1)  # chunks queued in or for the pool
    lookahead = 8 * workers  # chunks read ahead of the one due: bounds the memory
    exhausted = False

    def read() -> _Chunk | None:
        nonlocal exhausted
        got = next(chunks, None)
        if got is None or got[2] is not None:
            exhausted = True  # the input ended, or ended with an error
        return None if got is None else _Chunk(*got)

    forking = ctx.get_start_method() == "fork"
    with warnings.catch_warnings() if forking else contextlib.nullcontext():
        if forking:
            # Python 3.12+ warns on any fork of a process with OS threads (numpy's BLAS
            # pool has some); _worker_context forks only when no Python thread runs, so
            # none can hold a lock (and none sees the filters change meanwhile).
            warnings.filterwarnings("ignore", ".*fork.*", DeprecationWarning)
        pool = ctx.Pool(workers - 1, initializer=_worker_init, initargs=(idx.options,))
    _widen_pipes(pool)
    with pool:
        while True:
            # Keep the pool supplied.
            while not exhausted and len(pending) < lookahead:
                if sum(1 for c in pending if c.job is not None and not c.job.ready()) >= queued_max:
                    break
                new = read()
                if new is None:
                    break
                if new.prepared is None:
                    new.job = pool.apply_async(_worker_prepare, (new.texts,))
                    new.texts = []
                pending.append(new)
            if not pending:
                return
            head = pending[0]
            if head.prepared is not None or (head.job is not None and head.job.ready()):
                pending.popleft()
                prepared = head.prepared
                yield head.keys, prepared if prepared is not None else list(_unpack(head.job.get()))
                if head.error is not None:
                    raise head.error
                continue
            # The chunk due is still in a worker: prepare a chunk here meanwhile.
            local = next((c for c in pending if c.job is None and c.prepared is None), None)
            if local is None and not exhausted and len(pending) < lookahead:
                local = read()
                if local is None:
                    continue
                pending.append(local)
            if local is None:
                head.job.wait()
                continue
            local.prepared = idx._prepare_many(local.texts)
            local.texts = []


def _widen_pipes(pool: Any) -> None:
    """Let whole tasks (about 350 KB of pages each) and results wait in the pool's pipes.

    Through Linux's default 64 KB pipe a task crosses in pieces, and each piece waits
    for the GIL in this process's feeder thread while the main thread signs and inserts:
    the worker sat idle about a sixth of the run. Speed only: on a system where the pipes
    cannot be resized (or the pool keeps them elsewhere) nothing changes.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        return
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is None:  # pragma: no cover - not on Linux
        return
    ends = (
        getattr(getattr(pool, "_inqueue", None), "_writer", None),
        getattr(getattr(pool, "_outqueue", None), "_reader", None),
    )
    for conn in ends:
        if conn is None:  # pragma: no cover - another Pool implementation
            continue
        for size in _PIPE_SIZES:
            try:
                fcntl.fcntl(conn.fileno(), set_size, size)
                break
            except OSError:  # above the system's limit for this user: try a smaller one
                continue


_PIPE_SIZES = (1 << 20, 1 << 18)  # 1 MB (Linux's default limit), else 256 KB


def _worker_context() -> multiprocessing.context.BaseContext:
    """How to start the worker processes.

    A plain fork when this process runs no other Python thread (so no lock can be held
    mid-fork): the workers start at once, with the cleaning tables and the line cache
    already warm, where a forkserver costs about 0.4 s before its first chunk is done.
    Otherwise the library's forkserver (spawn where it is missing), which forks workers
    from a clean single-threaded server.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    from kornews._batch import _context

    ctx = _context()
    if isinstance(ctx, multiprocessing.context.ForkServerContext):
        # Workers fork from a server that has already imported the cleaning tables and
        # numpy, instead of each importing them (a good part of a second).
        ctx.set_forkserver_preload(["kornews.lines", "kornews.dedup"])
    return ctx


_MAX_WORKERS = 1024
_CHUNK = 128  # documents per task sent to a worker, and signed together in this process
_QUEUED = 2  # chunks kept queued per worker process (more measured no faster)


def _prepared_here(
    items: Iterable[tuple[Hashable, str]], idx: NearDuplicateIndex
) -> Iterator[tuple[list[Hashable], list[_Prepared]]]:
    """Yield chunks ``(keys, prepared)`` in input order, prepared in this process."""
    for keys, texts, error in _read_chunks(items):
        yield keys, idx._prepare_many(texts)
        if error is not None:
            raise error


def _prepared_chunks(
    items: Iterable[tuple[Hashable, str]], idx: NearDuplicateIndex, workers: int
) -> Iterator[tuple[list[Hashable], list[_Prepared]]]:
    """Chunks ``(keys, prepared)`` in input order, prepared here or in ``workers`` processes."""
    if workers == 1:
        return _prepared_here(items, idx)
    return _prepared_in_workers(items, idx, workers)


def _workers(workers: int) -> int:
    """Check a ``workers`` option; 0 means one per CPU this process may use."""
    _check_int(workers, "workers", 0, _MAX_WORKERS)
    return int(workers) if workers else usable_cpus()


def find_duplicates(
    items: Iterable[tuple[Hashable, str]],
    threshold: float = 0.5,
    *,
    num_perm: int = 128,
    ngram: int = 5,
    bands: int | None = 32,
    seed: int = 1,
    min_chars: int = 30,
    clean: bool = True,
    workers: int = 1,
) -> list[list[Hashable]]:
    """Return clusters of near-duplicate documents (two or more keys each).

    A cluster is a connected component of verified pairs: exact copies of the normalised
    body, and pairs whose estimated Jaccard similarity reaches ``threshold``. Clusters come
    in the order of their first member's input position, members in input order.

    Args:
        items: ``(key, text)`` pairs; keys must be unique.
        threshold: see :class:`NearDuplicateIndex`, like ``num_perm``, ``ngram``,
            ``bands``, ``seed``, ``min_chars`` and ``clean``.
        workers: processes that clean and sign documents (cleaning dominates the cost),
            this one included: ``workers - 1`` worker processes are started, and this
            process signs documents too while it waits for theirs. The clusters do not
            depend on it; 1 runs everything in this process, 0 means one per CPU.

    Returns:
        The clusters; ``[]`` when nothing repeats.

    Raises:
        TypeError: a text is not a str.
        ValueError: a key repeats, or an option is out of range.

    Workers start by forking this process when it runs no other thread (at once, with
    the cleaning tables loaded), else from a fresh server process.

    >>> story = "광주시는 14일 매주 수요일 서울 여의도에 주간 집무실을 열고 대선 공약 반영에 나선다고 밝혔다."
    >>> find_duplicates([(1, story), (2, "전남도는 올해 벼 수매가를 3% 올린다."), (3, "[광주=뉴스1] " + story)], clean=False)
    [[1, 3]]
    >>> find_duplicates([(1, "오늘의 날씨"), (2, "오늘의 증시")])
    []
    """
    idx = NearDuplicateIndex(
        threshold,
        num_perm=num_perm,
        ngram=ngram,
        bands=bands,
        seed=seed,
        min_chars=min_chars,
        clean=clean,
    )
    prepared = _prepared_chunks(items, idx, _workers(workers))
    edges: list[tuple[int, int]] = []
    for keys, chunk in prepared:
        for row, matches in idx._insert_chunk(keys, chunk):
            edges.extend((m, row) for m in matches)
            canon = int(idx._canon[row])
            if canon != row:
                edges.append((canon, row))
    keys = idx._keys
    return [[keys[i] for i in comp] for comp in _components(len(keys), edges)]
