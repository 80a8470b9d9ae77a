"""Who and what takes part in an event a clause reports.

- The speaker of a trailing attribution ("…, Li said, according to Xinhua") comments
  on an event and is none of its actors, nor is one opening the words ("Lavrov said Choe
  met Putin"), nor who "skipped" it or "did not attend" (``absent``).
- What a ceremony marks ("80 years since Japan's surrender") takes no part in it.
- A meeting between known people involves just their countries.
- A visit "to China" goes to China's capital, unless the visitor lives there; the
  visitor's own cities are where the visit sets out from or returns to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from generator.clauses import any_word, find_trigger
from generator.entities import ArticleEntities, Found
from generator.knowledge import Knowledge
from generator.model import DateMention
from generator.name_patterns import place_names


def taking_part(
    kind: str, text: str, found: Found, entities: ArticleEntities, knowledge: Knowledge
) -> Found:
    """What a ceremony marks ("80 years since Japan's surrender") takes no part in it."""
    if kind != "ceremony":
        return found
    cues = tuple(knowledge.words.get("cues", {}).get("remembers", ()))
    marked = any_word(cues).search(text) if cues else None
    if marked is None:
        return found
    # The marked phrase runs to the next comma: "At the reception marking the PRC's
    # anniversary, Ambassador Wang toasted Premier Pak" keeps Wang and Pak.
    phrase_end = _PHRASE_END.search(text, marked.end())
    rest = text[phrase_end.start() :] if phrase_end else ""
    return entities.find(text[: marked.start()] + rest, remember=False)


_PHRASE_END = re.compile(r"[,;:]\s")


def countries(
    kind: str, actors: list[str], found: Found, local: Found, home_of: Callable[[str], str | None]
) -> tuple[str, ...]:
    """The sides involved; a meeting between known people involves just theirs, and any
    event its actors' sides, named or not ("On Friday the two leaders watched the parade
    …, alongside Medvedev": China and the DPRK as well as Russia). ``home_of`` tells a
    person's country, from the tables or the article's own titles."""
    homes = [c for c in (home_of(a) for a in actors) if c]
    if kind == "meeting" and len(homes) >= 2:
        return tuple(sorted(set(homes)))
    return tuple(sorted(found.countries | local.countries | set(homes)))


def destinations(
    kind: str,
    local: Found,
    actors: list[str],
    knowledge: Knowledge,
    home_of: Callable[[str], str | None] | None = None,
) -> tuple[str, ...]:
    """A visit "to China" goes to its capital, unless that is where the visitor (the first
    actor, not the host who invited them) lives."""
    if kind != "visit":
        return ()
    home_of = home_of or knowledge.country_of
    homes = {home_of(a) for a in actors[:1]}  # not the host who invited
    return tuple(c for c in local.destinations if knowledge.country_of(c) not in homes)


def abroad(
    kind: str,
    places: tuple[str, ...],
    actors: list[str],
    home_of: Callable[[str], str | None],
    knowledge: Knowledge,
) -> tuple[str, ...]:
    """The countries a visit goes to: its places' countries, but the visitor's own."""
    if kind != "visit":
        return ()
    home = home_of(actors[0]) if actors else None
    found = (knowledge.country_of(place) for place in places)
    return tuple(sorted({c for c in found if c and c != home}))


_ORIGIN = re.compile(r"\bfrom (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*")


def without_origin(text: str) -> str:
    """The text without "from Japan", "from the United States": where a trip comes from."""
    return _ORIGIN.sub(lambda m: " " * len(m.group(0)), text)


def visit_places(
    kind: str,
    places: tuple[str, ...],
    actors: list[str],
    text: str,
    knowledge: Knowledge,
    home_of: Callable[[str], str | None] | None = None,
) -> tuple[str, ...]:
    """A visitor's own country is where a visit sets out from or returns to, not where it
    goes: "left Beijing for Pyongyang", "returned to Beijing" (``home_cues``); nor is the
    place the visitor comes from (``_without_origin``)."""
    if kind == "visit":
        places = _without_origin(places, text)
    places = _without_homecoming(places, text)
    home_of = home_of or knowledge.country_of
    home = home_of(actors[0]) if kind == "visit" and actors else None
    if home is None:
        return places
    away = tuple(p for p in places if knowledge.country_of(p) != home)
    cues = tuple(knowledge.words.get("cues", {}).get("home_cues", ()))
    if away or (cues and any_word(cues).search(text)):
        return away
    return places


def _without_origin(places: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Where a traveller comes from is no stop of this visit: "arrived in Busan from
    Tokyo" is a visit to Busan, and Tokyo that of the day before; "travels by train from
    Pyongyang" names no stop at all. Nor is where they leave for: "leaves Tokyo on
    Wednesday for Busan" ends the stay in Tokyo."""
    origins = " ".join(match.group(0) for match in _ORIGIN.finditer(text))  # as ``without_origin``
    kept = tuple(p for p in places if not re.search(rf"\b{re.escape(p)}\b", origins))
    # "leaves Tokyo on Wednesday for Busan": the end of the stay in Tokyo; Busan is the next
    following = {
        p
        for p in kept
        if _LEAVES_FOR.search(text) and re.search(rf"\bfor\s+{re.escape(p)}\b", text)
    }
    return tuple(p for p in kept if p not in following) or kept


def _without_homecoming(places: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Where someone goes back to afterwards is not where the event is: "prayed at the
    port before flying back to Rome" happened in Beirut, and "told reporters on the
    flight back to Rome" nowhere the sentence names."""
    if not _BACK_TO.search(text):
        return places
    back = " ".join(match.group(0) for match in _BACK_TO.finditer(text))
    return tuple(p for p in places if not re.search(rf"\b{re.escape(p)}\b", back))


_BACK_TO = re.compile(
    r"\b(?:back|home|return(?:s|ed|ing)?) to (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
)
_LEAVES_FOR = re.compile(r"\b(?:leav(?:es?|ing)|left|depart(?:s|ed|ing)?)\b[^.;]*\bfor\s+[A-Z]")


def without_attribution(
    text: str, knowledge: Knowledge, dates: tuple[DateMention, ...] = ()
) -> str:
    """Drop a trailing "…, Li said, according to Xinhua" or "…, the premier said on
    Tuesday": the speaker is not an actor."""
    verbs = knowledge.words.get("cues", {}).get("speaker_verbs", [])
    if not verbs:
        return text
    return _attribution(tuple(verbs)).sub("", _without_date_at_end(text, dates))


def opening_speaker_end(text: str, knowledge: Knowledge) -> int:
    """Where a speaker opening the words ends: "Lavrov said Choe met Putin on Monday",
    "Spokeswoman Maria Zakharova told reporters Choe would …" report an event the speaker
    takes no part in (``speaker_verbs``), unless what follows speaks of him or her ("Lavrov
    said he met Choe"). 0 when no speaker opens them."""
    verbs = tuple(knowledge.words.get("cues", {}).get("speaker_verbs", ()))
    opening = _speaker_first(verbs).match(text) if verbs else None
    return opening.end() if opening else 0


# The speaker: capitalised words, perhaps one lower-case title among them ("Russian Foreign
# Ministry spokeswoman Maria Zakharova"); after the verb and perhaps its day and "that",
# a capitalised word or an article: the subject of what is said ("Lavrov said the talks").
_SPEAKER_FIRST = r"\s*(?:[A-Z][\w.'-]*\s+){0,4}(?:[a-z]+\s+)?(?:[A-Z][\w.'-]*\s+){1,3}"


@cache
def _speaker_first(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"{_SPEAKER_FIRST}(?:{'|'.join(verbs)})(?:\s+(?:on|late|early)\s+[A-Z]\w+)?"
        r"(?:\s+that)?\s+(?=[A-Z]|(?:the|a|an)\s)(?!(?:He|She|They)\b)"
    )


_DATE_LEAD = re.compile(r"\s+(?:on|late|early)\s*$")


def _without_date_at_end(text: str, dates: tuple[DateMention, ...]) -> str:
    """The text before a closing date ("…, Li said on Tuesday."), or before the "on" of
    one cut off (a date's words end where the next date starts: "…, Li said on ")."""
    trimmed = text.rstrip(" .")
    for date in dates:
        if date.text and trimmed.endswith(date.text):
            trimmed = trimmed[: -len(date.text)]
            break
    return _DATE_LEAD.sub("", trimmed)


# The speaker is up to three capitalised words ("Li", "Wang Yi") or a title after "the",
# perhaps qualified ("the foreign minister", "the Chinese premier"); the title's words
# never cross another "the", so "the day after the premier said" is no attribution.
_SPEAKER = r"(?:(?:[A-Z][\w-]*\s){0,3}|the\s(?:[A-Z][\w.'-]*\s)*(?:(?!the\b)[a-z]+\s){1,3})"


@cache
def _attribution(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf",\s*{_SPEAKER}(?:{'|'.join(verbs)})"
        r"(?:,?\s+(?:according to|per) [\w ]+)?[.\s]*$"
    )


# A relative clause about someone: ", who held talks with Wang Yi and met Li Qiang".
# A relative clause: ", who held talks …", "a visit during which she met …", ", where he met …".
_WHO = re.compile(r"(?:,\s*(?:who|where)\b|\b(?:during|in the course of) which\b)[^,;]*")


def without_other_events(text: str, kind: str, knowledge: Knowledge, language: str) -> str:
    """ "a visit to Beijing by Choe, who held talks with Wang Yi", "a four-day visit during
    which she met Li": a relative clause naming an event of another kind is that event's;
    whom it names takes no part in this one. It is blanked out, so positions stay."""
    if not any(word in text for word in (", who", " which", ", where")):
        return text
    for match in _WHO.finditer(text):
        named = find_trigger(text, match.start(), match.end(), knowledge, language)
        if named is not None and named.type != kind:
            start, end = match.span()
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def without_comparison(text: str, knowledge: Knowledge) -> str:
    """ "…, the first visit since Xi's visit in 2019": the phrase after "since" (within a
    sentence) blanked out, so positions stay (``compared_since``)."""
    for start, end in compared_phrases(text, knowledge):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def compared_phrases(text: str, knowledge: Knowledge) -> list[tuple[int, int]]:
    """Where the phrases after "since" are: what an event is measured against."""
    words = tuple(knowledge.words.get("cues", {}).get("compared_since", ()))
    if not words or not any(word in text for word in words):
        return []
    return [m.span() for m in _compared(words).finditer(text)]


@cache
def _compared(words: tuple[str, ...]) -> re.Pattern[str]:
    # The phrase runs to a comma, or to an "and" or "but" going on with a verb ("since 2009
    # and will meet Kim"), not one joining names ("since Xi and Kim met").
    return re.compile(rf"(?<=\S )\b(?:{'|'.join(words)})\b(?:(?!\s(?:and|but)\s+[a-z])[^,;:])*")


# Kinds of event someone can stay away from; a message or statement "sent instead" is
# still its sender's.
_ATTENDED = ("meeting", "ceremony", "visit")


def without_absent(
    text: str,
    kind: str,
    actors: list[str],
    subject: str | None,
    entities: ArticleEntities,
    knowledge: Knowledge,
) -> list[str]:
    """ "Trump flew home and skipped the APEC leaders' meeting, which Lee chaired": whom a
    verb denying one person's part names before it (``absent`` in words.toml) is none of
    the event's people, which still took place: the person named in the phrase before the
    verb ("which Trump skipped"), else the first of the words before it ("Trump left Busan,
    and did not attend"), else the clause's subject ("… and skipped the summit")."""
    words = tuple(knowledge.words.get("cues", {}).get("absent", ()))
    verb = any_word(words).search(text) if words and kind in _ATTENDED else None
    if verb is None:
        return actors
    before = text[: verb.start()]
    phrase = _PHRASE_START.split(before)[-1]
    named = (
        entities.find(phrase, remember=False).people
        or entities.find(before, remember=False).people[:1]
    )
    away = set(named) if named else {subject} if subject else set()
    return [a for a in actors if a not in away]


_PHRASE_START = re.compile(r"[,;:]\s")


def both_of(text: str, people: tuple[str, ...], knowledge: Knowledge) -> list[str]:
    """ "the two stood together", "both leaders": the first two people of the sentence."""
    cues = tuple(knowledge.words.get("cues", {}).get("the_two", ()))
    if len(people) < 2 or not cues or any_word(cues).search(text) is None:
        return []
    return list(people[:2])


def message_envelope(text: str, knowledge: Knowledge, kind: str = "message") -> str:
    """The words naming a message's sender and addressee, before what it says: "Kim
    thanked Xi for sending Li to Pyongyang" is between Kim and Xi, sent from neither
    Pyongyang nor with Li (``message_content`` in words.toml); likewise who issued a
    statement, before what it is about ("a joint communique on Li's visit",
    ``statement_content``)."""
    cues = tuple(knowledge.words.get("cues", {}).get(f"{kind}_content", ()))
    content = any_word(cues).search(text) if cues else None
    return text if content is None else text[: content.start()]


_FROM = re.compile(r"\bfrom\b")


def sender_first(text: str, actors: list[str], entities: ArticleEntities) -> list[str]:
    """ "Kim received a reply message from Xi": who it came from is its first actor."""
    sent = _FROM.search(text)
    if sent is None:
        return actors
    senders = [p for p in entities.find(text[sent.end() :], remember=False).people if p in actors]
    return [*senders, *(a for a in actors if a not in senders)]


def with_gathering(text: str, actors: list[str], knowledge: Knowledge) -> list[str]:
    """A summit of a grouping of countries (an organisation the tables give no country of
    its own: "the SCO summit", "a meeting of the SCO Council of Heads of State") is the
    grouping's: it takes part, so the summit is not any two leaders' talks on its
    sidelines; a meeting naming no one but such a grouping is its meeting."""
    aside = tuple(knowledge.words.get("cues", {}).get("gathering_aside", ()))
    groupings = [
        place.name
        for match in place_names(knowledge).finditer(text)
        if (place := knowledge.place(match.group(0))) is not None
        and place.kind == "organisation"
        and not place.country
        and not (aside and _aside(text[max(0, match.start() - 30) : match.start()], aside))
    ]
    if not groupings:
        return actors
    if not actors:
        return groupings[:1]
    words = tuple(knowledge.words.get("cues", {}).get("gathering", ()))
    at = any_word(words).search(text) if words else None
    if at is None or groupings[0] in actors:
        return actors
    return [*actors, groupings[0]] if _names_it(text, at, knowledge) else actors


def gathering_of(kind: str, actors: list[str], knowledge: Knowledge) -> str:
    """The grouping whose summit a meeting is ("APEC"), if one of its actors is a grouping
    of countries (``with_gathering``): the summit is known by it, as a ceremony is by what
    it is, since each report names other leaders there."""
    if kind != "meeting":
        return ""
    return next((a for a in actors if _is_grouping(a, knowledge)), "")


def _is_grouping(name: str, knowledge: Knowledge) -> bool:
    place = knowledge.place(name)
    return place is not None and place.kind == "organisation" and not place.country


def _aside(before: str, aside: tuple[str, ...]) -> bool:
    """Talks "on the sidelines of the SCO summit" are not the summit."""
    return any_word(aside).search(before) is not None


def _names_it(text: str, at: re.Match[str], knowledge: Knowledge) -> bool:
    """Whether a grouping is named right before the summit's word ("the SCO Heads of State
    Council meeting") or right after it ("summit of the SCO")."""
    before = text[max(0, at.start() - 40) : at.start()]
    after = text[at.end() : at.end() + 45]
    near = before.split(",")[-1] + " " + after.split(",")[0]
    return any(
        (place := knowledge.place(m.group(0))) is not None
        and place.kind == "organisation"
        and not place.country
        for m in place_names(knowledge).finditer(near)
    )
