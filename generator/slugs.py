"""URL-safe slugs for ids and file names."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, max_words: int = 0) -> str:
    """``"Kim Jong-un's visit"`` → ``"kim-jong-uns-visit"``; non-Latin letters are kept."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’`]", "", text.lower())
    words = [w for w in re.split(r"[^\w]+", text) if w and w != "_"]
    if max_words:
        words = words[:max_words]
    return "-".join(words).strip("-_")
