"""Which language an article is in, from the scripts its letters belong to."""

from __future__ import annotations

import re
import string

_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_LATIN_BYTES = string.ascii_letters.encode()
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0620-\u064a\u0671-\u06d3]")  # letters, not digits or marks
# French and English share their letters: their commonest little words tell them apart.
# Only a text with a French letter is counted (an English page rarely has one).
_FRENCH_LETTERS = re.compile(r"[àâçéèêëîïôûùœ]", re.IGNORECASE)
_FRENCH_WORDS = re.compile(
    r"\b(?:le|la|les|des|du|une|est|et|dans|pour|avec|sur|qui|au|aux|à|ses|sa|son|par)\b",
    re.IGNORECASE,
)
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|of|to|in|is|was|for|with|on|that|by|his|her|at|from)\b", re.IGNORECASE
)


def detect_language(text: str) -> str:
    """``en``, ``fr``, ``ko``, ``zh``, ``ja``, ``ru`` or ``ar``: the script with the most letters
    wins.

    Han characters weigh double, since one carries about as much as a Latin word's
    two letters; Japanese is told from Chinese by its kana, French from English by its
    little words.
    """
    if text.isascii():
        return "en"  # no letters of any other script: no need to count
    # The other scripts' letters are all outside ASCII: they are counted among the few
    # characters that are (a "©" or a "’" often makes an English page non-ASCII).
    others = _ASCII_RUNS.sub("", text)
    counts = {
        "ko": len(_HANGUL.findall(others)) * 2,
        "zh": len(_HAN.findall(others)) * 2,
        "en": _latin_letters(text) // 2,
        "ru": len(_CYRILLIC.findall(others)) // 2,
        "ar": len(_ARABIC.findall(others)) // 2,
    }
    if counts["zh"] and len(_KANA.findall(others)) * 4 > counts["zh"]:
        return "ja"
    if counts["ko"] and counts["ko"] >= counts["zh"] / 2 and counts["ko"] >= counts["en"] / 2:
        return "ko"
    best = max(counts, key=lambda key: counts[key])
    if best == "en" and counts["en"] and _is_french(others, text):
        return "fr"
    return best if counts[best] else "en"


def _is_french(others: str, text: str) -> bool:
    """Latin letters with French accents, and more French little words than English."""
    if _FRENCH_LETTERS.search(others) is None:
        return False
    return len(_FRENCH_WORDS.findall(text)) > len(_ENGLISH_WORDS.findall(text))


def _latin_letters(text: str) -> int:
    """``len(re.findall("[A-Za-z]", text))``, counted on the text's ASCII bytes: far faster."""
    ascii_bytes = text.encode("ascii", "ignore")
    return len(ascii_bytes) - len(ascii_bytes.translate(None, _LATIN_BYTES))
