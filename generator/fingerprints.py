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
    hashes = sorted(shingles(article.paragraphs))  # sorted once: the sample keeps the order
    return Fingerprint(_pack(hashes), _pack(sample(hashes)))


def shingles(paragraphs: Iterable[str]) -> set[int]:
    """The text's word 5-grams, by a stable hash (the same in every process): the CRC-32
    of each five words joined by spaces, in UTF-8."""
    words = _words(" ".join(paragraphs).lower())
    # Each run of SHINGLE words, by zipping the word list with itself shifted: loops in C.
    # The words are encoded already: UTF-8 of words joined by a space is that of the join.
    grams = map(b" ".join, zip(*(words[shift:] for shift in range(SHINGLE)), strict=False))
    return set(map(zlib.crc32, grams))


def _words(text: str) -> list[bytes]:
    r"""``re.findall(r"\w+", text)``, each word in UTF-8; ASCII text is split by a table of
    bytes, far faster. (``\w`` matches no lone surrogate, so every word encodes.)"""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_NOT_WORD).split()
    return list(map(str.encode, _WORD.findall(text)))


_WORD = re.compile(r"\w+")
_ASCII_NOT_WORD = bytes(  # a word's bytes kept, every other one made a space
    code if code < 128 and (chr(code).isalnum() or chr(code) == "_") else ord(" ")
    for code in range(256)
)


def sample(hashes: list[int]) -> list[int]:
    """One 5-gram in SAMPLE, the same ones in every article: enough to find candidates,
    at a fraction of the cost; short texts keep them all. (In the order given.)"""
    sampled = [h for h in hashes if h % SAMPLE == 0]
    return sampled if len(sampled) >= 8 else hashes


def _pack(hashes: list[int]) -> bytes:
    return array(_UNSIGNED_32, hashes).tobytes()


def _unpack(packed: bytes) -> array[int]:
    return array(_UNSIGNED_32, packed)
