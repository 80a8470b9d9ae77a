"""Who wrote the article: the byline as the page states or prints it.

Metadata first (``author``, JSON-LD), then a printed byline ("By NAME", "이제훈 기자"),
then a name printed beside the date line ("NAME in PLACE", or the name alone, as blogs
and newsletters print it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Protocol

from generator.date_words import alternation, date_words
from generator.furniture import Furniture, is_byline, word_count
from generator.knowledge import Knowledge
from generator.model import Document

DateTest = Callable[[str], bool]


class Regions(Protocol):
    """A page's lines before and after its article text."""

    @property
    def header(self) -> tuple[str, ...]: ...

    @property
    def footer(self) -> tuple[str, ...]: ...


def find_author(
    doc: Document,
    page: Regions,
    knowledge: Knowledge,
    furniture: Furniture,
    context: tuple[str | None, DateTest],
) -> str | None:
    """The byline; ``context`` is the headline and the test for a date line."""
    stated = doc.meta_value("author", "author_ld")
    if stated and not _is_user_name(stated):
        return stated
    header = page.header
    for line in header:
        if is_byline(line):
            return _printed(line, knowledge, furniture)
        reporter = furniture.reporter(line) or furniture.labelled_reporter(line)
        if reporter is not None:
            return reporter
    below = _under_author_heading(page.footer, furniture, knowledge)
    if below is not None:
        return below
    title, is_date_line = context
    return _reporter_beside_date(header, title, is_date_line, knowledge, furniture)


def _is_user_name(text: str) -> bool:
    """``jpark.research``, ``admin``: an account's name (a note app's owner, a site's
    user) in the author field, not a reporter's."""
    name = text.strip()
    if not name.isascii() or " " in name:
        return False
    return name.islower() or any(c in "._@" or c.isdigit() for c in name)


def _under_author_heading(
    footer: tuple[str, ...], furniture: Furniture, knowledge: Knowledge
) -> str | None:
    """``この記事を書いた人`` / ``中国総局記者`` / ``佐藤 一郎``: the reporter named under the
    heading of their biography after the article, below their title."""
    lines = [line.strip() for line in footer if line.strip()]
    start = next((i for i, line in enumerate(lines) if furniture.is_author_heading(line)), None)
    if start is None:
        return None
    for line in lines[start + 1 : start + 4]:
        if furniture.reporter(line) is not None or furniture.is_title_line(line):
            continue  # the reporter's title: ``中国総局記者``
        return line if _is_name(line, knowledge) else None
    return None


def _is_name(line: str, knowledge: Knowledge) -> bool:
    if line.isascii():
        return is_person_line(line, knowledge)
    return len(line) <= 12 and not _NOT_IN_NAMES.search(line)


_NOT_IN_NAMES = re.compile(r"[\d。、，,.:：!?！？()（）]")


def _printed(line: str, knowledge: Knowledge, furniture: Furniture) -> str | None:
    """The reporters of a printed byline; None for "By GT staff reporters"."""
    # ``By NAME / Yomiuri Shimbun Correspondent``: the reporter's post after a slash.
    name = re.sub(r"^\**\s*by\s+", "", line.strip(), flags=re.I).split("|")[0].split(" / ")[0]
    name = _CONTACT.sub("", re.sub(r"\(.*?\)|\*+", "", name)).strip(" ·,")
    name = _without_outlet(name.split(" · ")[0].strip(), knowledge)
    name = _in_places(name) or name  # ``By WANG XU in Pyongyang | China Daily | …``
    name = furniture.reporters_only(_FOR_OUTLET.sub("", name))
    if furniture.is_staff_credit(name):
        return None
    return name.title().replace(" And ", " and ") if _mostly_upper(name) else name


# ``Kang Hye-won for RFA Korean``: the service the reporter writes for is not their name.
_FOR_OUTLET = re.compile(r"\s+for\s+[A-Z].*$")


# ``SEO JI-EUN [seo.jieun@joongang.co.kr]``: the reporter's address is not their name.
_CONTACT = re.compile(r"\[[^\]]*\]|<[^>]*>|\S+@\S+")
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
# ``Justin McCurry in Tokyo`` on the line beside the date: a byline without "By".
_NAME_IN_PLACE = re.compile(
    rf"^(?P<name>{_NAME}(?: and {_NAME})?) in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?$"
)
# ``Christian Davies in Seoul and Joe Leahy in Beijing``: two reporters, each in a place.
_NAMES_IN_PLACES = re.compile(
    rf"^(?P<first>{_NAME}) in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and (?P<second>{_NAME})"
    r" in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?$"
)


@cache
def _name_before_date() -> re.Pattern[str]:
    """``Colin Zwirko  October 10, 2025``: the name, then the date, on one line (the
    month names are those of ``dates.toml``)."""
    words = date_words()
    month = alternation([*words.months, *words.month_abbreviations])
    return re.compile(rf"^(?P<name>{_NAME})\s+(?:[·|•]\s+)?(?={month}\.?\s+\d{{1,2}},?\s+\d{{4}})")


# ``Hannah Choi`` alone on the line above the date, as blogs and newsletters print it.
_BARE_NAME = re.compile(rf"^(?P<name>{_NAME})$")


def _reporter_beside_date(
    header: tuple[str, ...],
    title: str | None,
    is_date_line: DateTest,
    knowledge: Knowledge,
    furniture: Furniture,
) -> str | None:
    """``Justin McCurry in Tokyo`` or ``KEN MORIYASU, Nikkei Asia editor-at-large`` right
    above or below the date line: a byline without "By"."""
    printed = [line.strip() for line in header if line.strip()]
    lines = [line for line in printed if line != title]
    for index, line in enumerate(lines):
        if not is_date_line(line):
            continue
        before = _name_before_date().match(line)
        if before is not None and is_person_line(before["name"], knowledge):
            return before["name"]  # ``Colin Zwirko October 10, 2025`` on one line
        for near in lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]:
            name = _in_places(near) or furniture.named_with_post(near)
            if name is not None:
                return name.title() if _mostly_upper(name) else name
    return _name_above_date(printed, is_date_line, knowledge) or _name_below_headline(
        printed, title, is_date_line, knowledge
    )


def _in_places(line: str) -> str | None:
    """The reporters of ``NAME in PLACE`` or ``NAME in PLACE and NAME in PLACE``."""
    match = _NAME_IN_PLACE.match(line)
    if match is not None:
        return match["name"]
    both = _NAMES_IN_PLACES.match(line)
    return f"{both['first']} and {both['second']}" if both is not None else None


def _name_below_headline(
    lines: list[str], title: str | None, is_date_line: DateTest, knowledge: Knowledge
) -> str | None:
    """The name printed alone right under the headline of a page that prints no date (a
    browser's Reader View: headline, author, reading time). Not a name the people table
    knows: that is whom the article is about."""
    if title is None or title not in lines or any(map(is_date_line, lines)):
        return None
    below = lines[lines.index(title) + 1 : lines.index(title) + 2]
    if not below or not is_person_line(below[0], knowledge) or knowledge.person(below[0]):
        return None
    return below[0]


def _name_above_date(lines: list[str], is_date_line: DateTest, knowledge: Knowledge) -> str | None:
    """The name printed alone right above the date, below the headline and standfirst."""
    for index, line in enumerate(lines[1:], start=1):
        if is_date_line(line) and is_person_line(lines[index - 1], knowledge):
            return lines[index - 1]
    return None


def is_person_line(line: str, knowledge: Knowledge) -> bool:
    """A line that is only a person's name (two or three capitalised words that name no
    place, country or outlet): the author, where a blog prints it above the date."""
    text = line.strip()
    if _BARE_NAME.match(text) is None or word_count(text) > 3:
        return False
    if knowledge.outlet_named(text) is not None or knowledge.place(text) is not None:
        return False
    parts = text.replace("-", " ").split()  # ``Japan-China Summit Meeting``: no one's name
    return not any(knowledge.place(word) is not None for word in parts)


def _without_outlet(name: str, knowledge: Knowledge) -> str:
    """``KIM TONG-HYUNG Associated Press``: the agency after the name is not the author."""
    match = knowledge.outlet_pattern.search(name)
    if match is None or match.start() == 0 or match.end() != len(name):
        return name
    return name[: match.start()].strip(" ,·-")


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters) if letters else False
