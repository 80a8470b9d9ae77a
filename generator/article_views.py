"""An article's page, worked out: which events cite it, which of its sentences are
their evidence, and where in its paragraphs each piece of evidence falls.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from generator.model import Article, Event, SeedResult, Source, Timeline


@dataclass(frozen=True)
class Citation:
    """One event's use of one article."""

    event: Event
    source: Source


@dataclass(frozen=True)
class Segment:
    """A run of paragraph text; evidence runs carry an anchor and the events they support."""

    text: str
    anchor: str | None = None
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class ArticleView:
    article: Article
    paragraphs: tuple[tuple[Segment, ...], ...]
    anchors: Mapping[str, str]  # evidence sentence -> id of its first <mark>
    unplaced: tuple[Segment, ...]  # evidence not found verbatim in the clean text
    citations: tuple[Citation, ...]
    duplicates: tuple[SeedResult, ...]


@dataclass(frozen=True)
class ArticleInputs:
    """All an article's page (and where its evidence marks fall) is worked out from."""

    article: Article
    citations: tuple[Citation, ...]
    duplicates: tuple[SeedResult, ...]


def article_inputs(timeline: Timeline, events: tuple[Event, ...]) -> dict[str, ArticleInputs]:
    citations: dict[str, list[Citation]] = {}
    for event in events:
        for source in event.sources:
            citations.setdefault(source.article_id, []).append(Citation(event, source))
    copies: dict[str, list[SeedResult]] = {}
    for result in timeline.results:
        if result.duplicate_of:
            copies.setdefault(result.duplicate_of, []).append(result)
    found: dict[str, ArticleInputs] = {}
    for result in timeline.results:
        if result.status == "included" and result.article is not None:
            article = result.article
            found[article.id] = ArticleInputs(
                article, tuple(citations.get(article.id, ())), tuple(copies.get(article.id, ()))
            )
    return found


def article_view(
    article: Article, citations: tuple[Citation, ...], duplicates: tuple[SeedResult, ...]
) -> ArticleView:
    supports = evidence_events(citations)
    anchors: dict[str, str] = {}
    paragraphs = tuple(highlight(text, supports, anchors) for text in article.paragraphs)
    unplaced = tuple(
        Segment(sentence, None, tuple(found))
        for sentence, found in supports.items()
        if sentence not in anchors
    )
    return ArticleView(article, paragraphs, anchors, unplaced, citations, duplicates)


def evidence_events(citations: Iterable[Citation]) -> dict[str, list[Event]]:
    supports: dict[str, list[Event]] = {}
    for citation in citations:
        for sentence in citation.source.evidence:
            found = supports.setdefault(sentence.strip(), [])
            if sentence.strip() and citation.event not in found:
                found.append(citation.event)
    supports.pop("", None)
    return supports


def highlight(
    text: str, supports: Mapping[str, list[Event]], anchors: dict[str, str]
) -> tuple[Segment, ...]:
    """Split a paragraph into plain runs and evidence runs (earliest, then longest, wins)."""
    spans = sorted(
        (
            (start, start + len(sentence), sentence)
            for sentence in supports
            if sentence in text  # most paragraphs hold no evidence
            for start in occurrences(sentence, text)
        ),
        key=lambda item: (item[0], -item[1]),
    )
    if not spans:
        return (Segment(text),) if text else ()
    segments: list[Segment] = []
    position = 0
    for start, end, sentence in spans:
        if start < position:
            continue  # overlaps a run already marked
        if start > position:
            segments.append(Segment(text[position:start]))
        anchor = None
        if sentence not in anchors:
            anchor = anchors[sentence] = f"q{len(anchors) + 1}"
        segments.append(Segment(text[start:end], anchor, tuple(supports[sentence])))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return tuple(segments)


def occurrences(needle: str, text: str) -> Iterator[int]:
    """Where ``needle`` starts in ``text``, left to right, without overlaps."""
    start = text.find(needle)
    while start >= 0 and needle:
        yield start
        start = text.find(needle, start + len(needle))
