"""An article's fingerprint for recognising copies: the hashes of its word 5-grams.

It depends on the article's text alone, so the per-seed stage computes it once and
the seed cache keeps it: finding copies among thousands of articles then reads no
text again. The hashes are packed as 32-bit integers, so each set loads from the
cache as one ``bytes`` object rather than hundreds of Python integers.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from generator.model import Article

SHINGLE = 5
SAMPLE = 4  # candidates are found from one 5-gram in four
_UNSIGNED_32 = "I"  # crc32 values fit; 4 bytes each on every platform Python runs on


@dataclass(frozen=True)
class Fingerprint:
    """What ``mark_duplicates`` compares an article by, as the seed cache keeps it."""

    shingles: bytes  # every distinct 5-gram hash, packed
    sample: bytes  # the ones copies are looked for by, packed

    def shingle_set(self) -> set[int]:
        return set(_unpack(self.shingles))

    def sampled(self) -> array[int]:
        return _unpack(self.sample)


def fingerprint(article: Article) -> Fingerprint:
    hashes = shingles(article.paragraphs)
    return Fingerprint(_pack(hashes), _pack(sample(hashes)))


def shingles(paragraphs: Iterable[str]) -> set[int]:
    """The text's word 5-grams, by a stable hash (the same in every process)."""
    words = _words(" ".join(paragraphs).lower())
    # Each run of SHINGLE words, by zipping the word list with itself shifted: loops in C.
    grams = map(" ".join, zip(*(words[shift:] for shift in range(SHINGLE)), strict=False))
    return set(map(zlib.crc32, map(str.encode, grams)))


def _words(text: str) -> list[str]:
    r"""``re.findall(r"\w+", text)``; ASCII text is split by a character table, far faster."""
    if text.isascii():
        return text.translate(_ASCII_NOT_WORD).split()
    return _WORD.findall(text)


_WORD = re.compile(r"\w+")
_ASCII_NOT_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")}
)


def sample(hashes: set[int]) -> set[int]:
    """One 5-gram in SAMPLE, the same ones in every article: enough to find candidates,
    at a fraction of the cost; short texts keep them all."""
    sampled = {h for h in hashes if h % SAMPLE == 0}
    return sampled if len(sampled) >= 8 else hashes


def _pack(hashes: set[int]) -> bytes:
    return array(_UNSIGNED_32, sorted(hashes)).tobytes()


def _unpack(packed: bytes) -> array[int]:
    return array(_UNSIGNED_32, packed)
