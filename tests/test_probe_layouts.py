"""Whole invented articles, as saved or copied from a browser → the article fields.

Each file in ``tests/probe/`` once came out wrong; the fields below are what a careful
reader would say (see ``tests/probe/README.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.articles import normalise
from generator.config import Config
from generator.knowledge import load_knowledge
from generator.model import Article, Seed
from generator.sources import read_document

PROBE = Path(__file__).resolve().parent / "probe"
KNOWLEDGE = load_knowledge()
CONFIG = Config(root=Path("."))


def read(name: str) -> Article:
    seed = Seed(str(PROBE / name), f"seeds/{name}", "0" * 16)
    document = read_document(seed)
    assert not hasattr(document, "reason"), document
    article = normalise(document, seed, KNOWLEDGE, CONFIG)  # type: ignore[arg-type]
    assert isinstance(article, Article), article
    return article


# fmt: off
CASES = [
    # "By NAME Associated Press": the agency is not part of the reporter's name.
    ("ap_copy.txt", {"author": "Kim Tong-Hyung", "wire": "Associated Press",
                     "published": "2025-10-10T03:04:00+09:00", "dateline_place": "Seoul"}),
    # The outlet's name between the <h1> and the date line does not hide the headline.
    ("cgtn_saved.html", {"outlet": "CGTN", "title_generated": False,
                         "title": "Xi Jinping sends congratulations to Kim Jong Un on party "
                                  "anniversary",
                         "published": "2025-10-10T14:22:00+08:00"}),
    # Front matter that says writer: and link: rather than author: and url:.
    ("blog.md", {"outlet": "Daily NK", "author": "Lee Sang Yong",
                 "url": "https://www.dailynk.com/english/china-north-korea-tourism-accord/",
                 "title": "China and North Korea sign tourism accord"}),
    # JSON-LD only (no og: tags); the paywall teaser is not article text.
    ("nknews.html", {"outlet": "NK News", "author": "Colin Zwirko",
                     "published": "2025-10-03T09:15:00+09:00"}),
    # "(서울=연합뉴스) 김지연 기자 =": the agency, its zone, the place and the reporter.
    ("yonhap_ko.txt", {"wire": "Yonhap", "author": "김지연", "dateline_place": "서울",
                       "published": "2025-09-28T15:42:00+09:00"}),
]
# fmt: on


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[name for name, _ in CASES])
def test_probe_article_fields(name: str, expected: dict[str, Any]) -> None:
    article = read(name)
    found = {
        "published": article.published_iso,
        "dateline_place": article.dateline.place if article.dateline else None,
    }
    got = {key: found[key] if key in found else getattr(article, key) for key in expected}
    assert got == expected


def test_paywall_teaser_is_not_body_text() -> None:
    paragraphs = read("nknews.html").paragraphs
    assert not any("subscription" in p or "Log in" in p for p in paragraphs)
    assert len(paragraphs) == 4


def test_korean_dateline_is_cut_from_the_lead() -> None:
    lead = read("yonhap_ko.txt").paragraphs[0]
    assert lead.startswith("북한 최선희 외무상이 27일")
