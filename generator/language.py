"""Which language an article is in, from the scripts its letters belong to."""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def detect_language(text: str) -> str:
    """``en``, ``ko``, ``zh``, ``ja`` or ``ru``: the script with the most letters wins.

    Han characters weigh double, since one carries about as much as a Latin word's
    two letters; Japanese is told from Chinese by its kana.
    """
    if text.isascii():
        return "en"  # no letters of any other script: no need to count
    counts = {
        "ko": len(_HANGUL.findall(text)) * 2,
        "zh": len(_HAN.findall(text)) * 2,
        "en": len(_LATIN.findall(text)) // 2,
        "ru": len(_CYRILLIC.findall(text)) // 2,
    }
    if counts["zh"] and len(_KANA.findall(text)) * 4 > counts["zh"]:
        return "ja"
    if counts["ko"] and counts["ko"] >= counts["zh"] / 2 and counts["ko"] >= counts["en"] / 2:
        return "ko"
    best = max(counts, key=lambda key: counts[key])
    return best if counts[best] else "en"
