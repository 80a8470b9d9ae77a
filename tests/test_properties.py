"""Properties that hold for any input: reading never raises, dates stay sane, the
sentence splitter loses nothing. Text is drawn both at random and from news words,
so the rules actually fire."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.articles import normalise
from generator.config import Config
from generator.dates import find_dates
from generator.knowledge import load_knowledge
from generator.model import Article, DateSpan, Document, Problem, Seed
from generator.sentences import split_sentences
from generator.sources import clean_text, decode

KNOWLEDGE = load_knowledge()
CONFIG = Config(root=Path("."), timezone="Asia/Shanghai")
SEED = Seed("/tmp/seeds/x.txt", "seeds/x.txt", "0" * 16)
YEARS = re.compile(r"\d{4,}")
MAX_DAYS = 400
EXAMPLES = settings(max_examples=200, deadline=None)

# fmt: off
NEWS_WORDS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "May", "June", "September", "October", "December",
    "Jan.", "Sept.", "Oct", "Dec.", "on", "in", "the", "of", "from", "to", "and", "-", "–",
    ",", ".", "。", "?", "!", "\n", "  ", "last", "next", "this", "earlier", "later", "ago",
    "week", "month", "year", "days", "weeks", "day", "the following day", "the day before",
    "yesterday", "today", "tomorrow", "will", "would", "was", "scheduled", "a three-day visit",
    "starting", "for a two-day stay", "early", "mid-", "late", "29th", "the 9th", "1st",
    "anniversary", "Mr.", "U.S.", "p.m.", "No.", "D.P.R.K.", "Kim Jong Un", "Li Qiang",
    "Xi Jinping", "Pyongyang", "Beijing", "met", "visited", "said", "(Xinhua)", "\"", "“", "”",
    "Published:", "Sep 29, 2025 10:04 PM", "2025-10-10", "BEIJING, Oct. 9 (Xinhua) --",
    "PYONGYANG, Oct 10 (Reuters) -", "By Jane Doe", "Home | World | Asia", "Photo: AFP",
    "two", "fifteen", "3", "12", "31", "99", "0", "1987", "2025", "9999", "0000",
    "中国", "平壤", "2025年10月9日", "<p>", "</script>", "\u200b", "\x00", "\ufeff", "\r\n",
    "days later", "weeks earlier", "days ago", "the next day",
]
# fmt: on
ANY_TEXT = st.text()
NEWS_TEXT = st.lists(st.sampled_from(NEWS_WORDS) | st.text(max_size=8), max_size=60).map(" ".join)
PROSE = st.lists(st.sampled_from(NEWS_WORDS) | st.text(max_size=6), min_size=8, max_size=50)
PROSE = PROSE.map(" ".join)
STAMPS = [
    "Published: Sep 29, 2025 10:04 PM",
    "date 2025-10-10",
    "Updated: 2025-10-09 08:00",
    "10 Oct. 2025, 08:42",
    "Oct 9, 1987",
    "Published: yesterday",
    "",
]
ARTICLE_TEXT = st.builds(
    lambda headline, stamp, paragraphs: "\n".join([headline, stamp, "", *paragraphs]),
    st.text(max_size=80) | PROSE,
    st.sampled_from(STAMPS) | st.text(max_size=30),
    st.lists(PROSE, min_size=1, max_size=5),
)
TEXT = ANY_TEXT | NEWS_TEXT | ARTICLE_TEXT
COUNTED = re.compile(r"(?i)\b(?:days?|weeks?)\s+(?:later|earlier|afterwards?|ago)\b")
REFERENCES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))


def document(text: str, kind: str = "txt") -> Document:
    return Document("seeds/x.txt", kind, "utf-8", tuple(clean_text(text).split("\n")))  # type: ignore[arg-type]


@EXAMPLES
@given(st.binary(max_size=2000) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_decode_to_text_or_none(data: bytes) -> None:
    decoded = decode(data)
    if decoded is not None:
        text, encoding = decoded
        assert isinstance(text, str) and encoding
        assert isinstance(clean_text(text), str)


@EXAMPLES
@given(TEXT)
def test_any_text_normalises_to_an_article_or_a_problem(text: str) -> None:
    result = normalise(document(text), SEED, KNOWLEDGE, CONFIG)
    assert isinstance(result, Article | Problem)
    if isinstance(result, Article):
        assert result.title and result.paragraphs and result.published_on is not None


@EXAMPLES
@given(TEXT, REFERENCES)
def test_dates_are_ordered_non_overlapping_and_point_into_the_text(
    text: str, reference: dt.date
) -> None:
    mentions = find_dates(text, reference)
    end = 0
    for mention in mentions:
        assert end <= mention.start_char < mention.end_char <= len(text)
        assert text[mention.start_char : mention.end_char] == mention.text
        assert mention.span.start <= mention.span.end
        end = mention.end_char


def without_years(text: str) -> str:
    """Explicit years may lie anywhere: the bounds below are for text without them."""
    return YEARS.sub(" ", text)


def days_between(span: DateSpan, day: dt.date) -> int:
    return max(abs((span.start - day).days), abs((span.end - day).days))


def bound(span: DateSpan) -> int:
    """A year-less day is read in the reference's year or the one before or after; for
    Feb. 29 only a leap year fits, which can be nearly two years away."""
    return 2 * 366 if (span.start.month, span.start.day) == (2, 29) else MAX_DAYS


@EXAMPLES
@given(TEXT.map(lambda t: without_years(COUNTED.sub(" ", t))), REFERENCES)
def test_without_a_year_every_date_is_near_the_reference(text: str, reference: dt.date) -> None:
    for mention in find_dates(text, reference):
        assert days_between(mention.span, reference) <= bound(mention.span), mention


@EXAMPLES
@given(TEXT.map(without_years), REFERENCES)
def test_a_counted_offset_stays_near_the_date_it_counts_from(text: str, reference: dt.date) -> None:
    """ "99 days later" may chain past the bound above, but each step is at most 99 weeks."""
    earlier = [reference]
    for mention in find_dates(text, reference):
        step = min(days_between(mention.span, day) for day in earlier)
        limit = 99 * 7 + 3 if COUNTED.search(mention.text) else bound(mention.span)
        assert step <= limit, mention
        earlier.extend((mention.span.start, mention.span.end))


def non_space(text: str) -> str:
    return "".join(text.split())


@EXAMPLES
@given(TEXT)
def test_splitting_sentences_loses_no_character(text: str) -> None:
    sentences = split_sentences(text)
    assert non_space("".join(sentences)) == non_space(text)
    assert all(s == s.strip() and s for s in sentences)
