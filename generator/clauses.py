"""Clauses and trigger words: which words of a sentence belong to which date.

A sentence is cut into clauses at conjunctions ("…on Sept. 28 before meeting Li the
following day"); within a clause each date gets the stretch of text up to the next
date; the event a date belongs to is named by a trigger word near it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from generator.knowledge import CaseBlind, Knowledge, case_blind
from generator.model import DateMention, DateSpan, EventType


@dataclass(frozen=True)
class Clause:
    text: str
    start: int
    dates: tuple[DateMention, ...]


@dataclass(frozen=True)
class Trigger:
    type: EventType
    start: int


def words_for(
    clause: Clause, date: DateMention, trigger: Trigger, start: int, end: int, language: str
) -> str:
    """In a clause with several dates, the words between the date and its trigger word,
    and those naming who took part right after it. In Korean the subject comes before the
    date ("최선희 외무상이 27일 … 회담했다"): the words before the date are the event's too."""
    local_start, local_end = date.start_char - clause.start, date.end_char - clause.start
    if trigger.start < local_start:  # "talks were held on Oct. 9 between Kim and Li"
        joined = _PARTICIPANTS_AFTER.match(clause.text, local_end, end)
        return clause.text[start : joined.end() if joined else local_end]
    return clause.text[start if language == "ko" else local_start : end]


# Who took part, named right after the date: "…on Oct. 9 between Kim and Li, KCNA said",
# "…a parade on Sept. 3, where he stood alongside Xi and Putin" (a relative clause with no
# event of its own: see ``events._with_relatives``).
_PARTICIPANTS_AFTER = re.compile(r"\s*(?:between|with|among)\b[^,;]*|,\s*(?:where|when)\b[^;]*")


def other_kinds(
    text: str, start: int, end: int, knowledge: Knowledge, language: str, chosen: str
) -> list[EventType]:
    table = "event_types" if language == "en" else "event_types_cjk"
    kinds = {
        kind
        for kind, pattern in trigger_patterns(knowledge, table)
        if pattern.search(text, start, end)
    }
    return sorted(k for k in kinds if k not in (chosen, "statement", "announcement"))


SAYS = ("statement", "announcement")
# What joins a second date to the first's event: "met Wang Yi on Sept 27 and Premier Li
# Qiang on Sept 29", "on May 16 at Dolmabahce Palace and on June 2" (the place is the first's).
GAPPED = re.compile(
    r"(?:\s+(?:at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    r"\s*,?\s*(?:and|then|and then|as well as)\s+(?:on\s+)?(?=[A-Z])"
)
_REPORTED_ON = re.compile(
    r"\b(?:said|says|reported|reports|announced|confirmed|stated|told [\w ]{1,30}?|in a statement)"
    r"(?: (?:in an? [\w ]{1,20}?statement|late|early))?(?: on)?\s*$"
)


# The same in Korean, where the verb follows the date: "조선중앙통신이 28일 보도했다".
_REPORTED_AFTER = re.compile(r"\s*(?:보도했|보도됐|밝혔|전했)")


def reported_on(text: str, position: int, end: int = -1) -> bool:
    """ "reported Friday", "said on Tuesday", "28일 보도했다": the date (from ``position``
    to ``end``) of the report, not of the event."""
    if end >= 0 and _REPORTED_AFTER.match(text, end) is not None:
        return True
    return _REPORTED_ON.search(text[: max(position, 0)]) is not None


def said_on(sentence: str, dates: Sequence[DateMention]) -> DateMention | None:
    """The day a sentence's source spoke ("The ministry said on Sunday that …"): the one
    a next sentence's statement ("A spokesperson said in a statement …") was made on."""
    return next((d for d in dates if reported_on(sentence, d.start_char, d.end_char)), None)


def join_clauses(sentence: str, start: int, clause: Clause) -> Clause:
    end = clause.start + len(clause.text)
    return Clause(sentence[start:end], start, clause.dates)


def lead_of(clause: Clause, start: int, knowledge: Knowledge, language: str) -> list[Clause]:
    """The words of a clause before its first event word, when a later date's stretch
    starts inside it, as a clause of their own: "saying Choe would stay from Oct. 26 to 28
    and hold talks with Lavrov on Monday" names who holds the talks there, not in the
    speaker's clause before it; "she holds talks with Wang on Sept 28 and is received by
    Li on Sept 29" names no one before "talks" (Wang is whom she met)."""
    if start <= 0:
        return []
    table = "event_types" if language == "en" else "event_types_cjk"
    words = clause.text[:start]
    found = (next(p.finditer(words), None) for _, p in trigger_patterns(knowledge, table))
    end = min((m.start() for m in found if m is not None), default=start)
    return [Clause(words[:end], clause.start, ())]


def date_regions(clause: Clause) -> Iterator[tuple[DateMention, int, int]]:
    """Each date of a clause with the stretch of text its event words may come from."""
    bounds = [d.start_char - clause.start for d in clause.dates]
    ends = [d.end_char - clause.start for d in clause.dates]
    for index, date in enumerate(clause.dates):
        start = ends[index - 1] if index else 0
        end = bounds[index + 1] if index + 1 < len(bounds) else len(clause.text)
        yield date, start, end


def split_clauses(sentence: str, dates: list[DateMention], knowledge: Knowledge) -> list[Clause]:
    """The sentence cut at conjunctions (``clauses`` in words.toml), never inside a date
    phrase: "the day before" and "a week after" are dates, not a clause ending at "before"."""
    grammar = clause_grammar(knowledge)
    breaks = [
        m.start()
        for m in grammar.clause_break.finditer(sentence)
        if (
            not sentence.startswith(" that", m.start())
            or grammar.saying.search(sentence[: m.start()])
        )
        and not any(d.start_char < m.start() < d.end_char for d in dates)
    ]
    negations = tuple(knowledge.words.get("cues", {}).get("negations", ()))
    breaks += _relative_ends(sentence, dates, grammar, negations)
    cuts = [0, *sorted(set(breaks)), len(sentence)]
    clauses = []
    for start, end in itertools.pairwise(cuts):
        if end <= start:
            continue
        inside = tuple(d for d in dates if start <= d.start_char < end)
        clauses.append(Clause(sentence[start:end], start, inside))
    return clauses


def _relative_ends(
    sentence: str, dates: list[DateMention], grammar: ClauseGrammar, negations: tuple[str, ...]
) -> list[int]:
    """Where the clauses ", who …," that hold a date open and close: a person's
    description between commas is a clause of its own, and its day ("Takaichi, who took
    office on Oct. 21, hosted Trump") is not that of the sentence's event. (Not after a
    denial: "Kim did not meet Woo, who also attended Wednesday's parade" reports nothing.)"""
    cuts = []
    denial = any_word(negations) if negations else None
    for opening in grammar.relative.finditer(sentence):
        if denial is not None and denial.search(sentence, 0, opening.start()):
            continue
        closing = sentence.find(",", opening.end())
        end = closing if closing > 0 else len(sentence)
        if any(opening.end() <= d.start_char < end for d in dates):
            cuts += [opening.start(), end]
    return cuts


def find_trigger(
    text: str,
    start: int,
    end: int,
    knowledge: Knowledge,
    language: str,
    at: int | None = None,
    only: tuple[str, ...] | None = None,
    after: bool = False,
) -> Trigger | None:
    """The event a date belongs to (``_nearest_trigger``), a banquet for a guest being a
    meeting (``_hosted``)."""
    found = _nearest_trigger(text, start, end, knowledge, language, at, only, after)
    return None if found is None else _hosted(text, found, knowledge, language)


def _hosted(text: str, trigger: Trigger, knowledge: Knowledge, language: str) -> Trigger:
    """A banquet, dinner or reception is where a host meets a guest ("hosted a banquet in
    honour of Li"): a meeting, not a ceremony, unless its phrase names the occasion it
    marks ("a reception marking the 76th anniversary", "a National Day banquet")."""
    suffix = "" if language == "en" else "_cjk"
    cues = knowledge.words.get("cues", {})
    hospitality = tuple(cues.get("hospitality" + suffix, ()))
    occasions = tuple(cues.get("occasions" + suffix, ()))
    if trigger.type != "ceremony" or not hospitality or not occasions:
        return trigger
    if words_pattern(hospitality, language).match(text, trigger.start) is None:
        return trigger
    start = max(text.rfind(mark, 0, trigger.start) for mark in _PHRASE_MARKS) + 1
    end = _phrase_end(text, trigger.start)
    links = tuple(cues.get("occasion_links", ()))
    if links and any_word(links).match(text, end + 1 + _spaces(text, end + 1)):
        end = _phrase_end(text, end + 1)  # ", on the eve of the 76th anniversary"
    if words_pattern(occasions, language).search(text, start, end):
        return trigger
    return Trigger("meeting", trigger.start)


def hosted_stay(text: str, trigger: Trigger, span: DateSpan, knowledge: Knowledge) -> Trigger:
    """ "Wang hosted Choe in Beijing from Sept 27 to 30": hosting someone for a stretch of
    days is the guest's visit, not days of talks (``hosting`` in words.toml's cues)."""
    hosting = tuple(knowledge.words.get("cues", {}).get("hosting", ()))
    if trigger.type != "meeting" or span.precision != "range" or not hosting:
        return trigger
    if any_word(hosting).match(text, trigger.start) is None:
        return trigger
    return Trigger("visit", trigger.start)


def _phrase_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(mark, at) for mark in _PHRASE_MARKS) if i >= 0]
    return min(ends, default=len(text))


def _spaces(text: str, at: int) -> int:
    return len(text[at:]) - len(text[at:].lstrip())


_PHRASE_MARKS = (",", ";", "，", "；", "。")


def words_pattern(words: tuple[str, ...], language: str) -> re.Pattern[str]:
    """Whole English words; Chinese and Korean ones anywhere (no spaces between words)."""
    return any_word(words) if language == "en" else _anywhere(words)


@cache
def _anywhere(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(words)})")


def _nearest_trigger(
    text: str,
    start: int,
    end: int,
    knowledge: Knowledge,
    language: str,
    at: int | None = None,
    only: tuple[str, ...] | None = None,
    after: bool = False,
) -> Trigger | None:
    """The event a date belongs to: an announcement if one is made; otherwise the
    nearest trigger word before the date, else the nearest after it. A word that only
    describes someone ("a visiting delegation") gives way to any other. Statements
    ("remarks", "spokesperson") give way to any other kind of event before the date,
    but not to one after it: what a statement released that day says is not an event
    of that day."""
    table = "event_types" if language == "en" else "event_types_cjk"
    found = _triggers_in(text, start, end, knowledge, table)
    hits = [hit for hit in found if only is None or hit.type in only]
    if not hits:
        return None
    events = [h for h in hits if h.type != "statement"] or hits
    announced = _announcement(hits, events, at)
    if announced is not None:
        return announced
    describing = _describing(text, knowledge)
    events = [h for h in events if h.start not in describing] or events
    sights = _site_visits(text, knowledge)
    if any(h.start not in sights for h in events):  # "visited the Tower and laid a wreath"
        events = [h for h in events if h.start not in sights]
        hits = [h for h in hits if h.start not in sights]
    if language == "ko":  # "참석을 위해 … 도착했다", "방문한 리창 총리와 회담했다"
        events = [h for h in events if not _purpose(text, h.start, knowledge)] or events
    if at is None:  # no date to lean on: the main verb, which comes first
        return min(events, key=lambda h: h.start)
    point = at
    before = [h for h in events if h.start < point]
    following = [h for h in events if h.start >= point]
    if after and following:  # "Wednesday's parade"
        return min(following, key=lambda h: h.start)
    if before:
        return max(before, key=lambda h: h.start)
    said = [h for h in hits if h.start < point]
    if said:  # "a statement released on Sunday said Choe would meet Li": the statement's day
        return max(said, key=lambda h: h.start)
    first = min(hits, key=lambda h: h.start)
    if first.type == "statement" and first.start not in describing:
        return first  # "on Saturday issued a joint communique on Li's visit": what it is about
    return min(events, key=lambda h: h.start)


def _announcement(hits: list[Trigger], events: list[Trigger], at: int | None) -> Trigger | None:
    """An announcement made is what a date belongs to ("On Friday, China announced Li
    would visit", "announced the trip on Tuesday"), unless it is only made after the
    date, of an event named before it: "Li will pay a visit from Oct. 9 to 11, the
    spokesperson announced" dates the visit, or of one the date's verb names first: "on
    Friday held the annual summit and announced a target" dates the summit."""
    announced = [h for h in hits if h.type == "announcement"]
    if not announced or at is None:
        return announced[0] if announced else None
    if any(h.start < at for h in announced):
        return announced[0]
    first = announced[0].start
    if not any(h.start < first and h.type != "announcement" for h in events):
        return announced[0]
    return None


def _purpose(text: str, at: int, knowledge: Knowledge) -> bool:
    """ "기념행사 참석을 위해 …": the event word's phrase (it and the word after it) says
    what the main verb is for; "우리 나라를 방문한 리강동지와 회담하시였다": its word ends
    as a verb before a noun (``describing_ko``), saying who someone is."""
    cues = knowledge.words.get("cues", {})
    purposes = _purposes(tuple(cues.get("purpose_ko", ())))
    describing = _adnominal(tuple(cues.get("describing_ko", ())))
    return any(p is not None and p.match(text, at) for p in (purposes, describing))


@cache
def _purposes(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"\S*(?:\s+\S+)?\s+(?:{'|'.join(words)})") if words else None


@cache
def _adnominal(endings: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"\S*?(?:{'|'.join(endings)})\s") if endings else None


def _describing(text: str, knowledge: Knowledge) -> set[int]:
    """Where event words describe a person: "visiting" in "talks with a visiting delegation"."""
    cues = knowledge.words.get("cues", {})
    described = _described(
        tuple(cues.get("describing", ())), tuple(cues.get("describes_after", ()))
    )
    if described is None or not described[0].search(text):
        return set()  # most texts: none of the words, so no need for the slower search
    return {m.start(1) for m in described[1].finditer(text)}


def _site_visits(text: str, knowledge: Knowledge) -> set[int]:
    """Where a visit word goes to a site, not a place ("visited the Friendship Tower",
    "toured a farm": ``sites`` in words.toml): a call within a trip, no trip."""
    sites = tuple(knowledge.words.get("cues", {}).get("sites", ()))
    if not sites or ("isit" not in text and "our" not in text):  # "Visited", "toured"
        return set()
    return {m.start() for m in _site_visit(sites).finditer(text)}


@cache
def _site_visit(sites: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}"
        rf"(?:{'|'.join(sites)})\b",
        re.IGNORECASE,
    )


@cache
def _described(
    words: tuple[str, ...], before: tuple[str, ...]
) -> tuple[CaseBlind, re.Pattern[str]] | None:
    """The describing words alone (found wherever the whole pattern is), and the pattern."""
    if not words or not before:
        return None
    pattern = re.compile(rf"\b(?:{'|'.join(before)})\s+({'|'.join(words)})\b", re.IGNORECASE)
    return case_blind("|".join(words)), pattern


def _triggers_in(
    text: str, start: int, end: int, knowledge: Knowledge, table: str
) -> tuple[Trigger, ...]:
    """The trigger words of ``table`` between ``start`` and ``end``, kind by kind. Half of
    the stretches of clauses are asked about again (for each of their dates, for the
    words after a date…): the last few hundred answers are kept."""
    patterns = trigger_patterns(knowledge, table)
    kept = _FOUND.get(table)
    if kept is None or kept[0] is not patterns:  # held, so its id is never another's
        kept = _FOUND[table] = (patterns, {})
    found = kept[1].get((text, start, end))
    if found is None:
        if len(kept[1]) >= _KEPT:
            kept[1].clear()
        found = kept[1][(text, start, end)] = tuple(
            Trigger(kind, m.start())
            for kind, pattern in patterns
            for m in pattern.finditer(text, start, end)
        )
    return found


_FOUND: dict[str, tuple[object, dict[tuple[str, int, int], tuple[Trigger, ...]]]] = {}
_KEPT = 512


def trigger_patterns(knowledge: Knowledge, table: str) -> list[tuple[EventType, CaseBlind]]:
    """The compiled trigger words of ``table``, kept beside the table itself: building the
    tuples that ``_compiled`` is cached by, at every call, took longer than many searches."""
    words = knowledge.words.get(table, {})
    kept = _TRIGGERS.get(table)
    if kept is None or kept[0] is not words:  # held, so its id is never another table's
        kept = _TRIGGERS[table] = (
            words,
            _compiled(table, tuple((k, tuple(v)) for k, v in words.items())),
        )
    return kept[1]


_TRIGGERS: dict[str, tuple[object, list[tuple[EventType, CaseBlind]]]] = {}


@cache
def _compiled(
    table: str, entries: tuple[tuple[str, tuple[str, ...]], ...]
) -> list[tuple[EventType, CaseBlind]]:
    boundary = table == "event_types"
    result: list[tuple[EventType, CaseBlind]] = []
    for kind, words in entries:
        body = "|".join(words)
        pattern = rf"\b(?:{body})\b" if boundary else f"(?:{body})"
        result.append((kind, case_blind(pattern, words)))  # type: ignore[arg-type]
    return result


@cache
def any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` (regexes) as a whole word, ignoring case."""
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


@dataclass(frozen=True)
class ClauseGrammar:
    """The ``clauses`` words of words.toml, compiled."""

    clause_break: re.Pattern[str]  # where a clause ends
    saying: re.Pattern[str]  # a verb of saying near the end of a text: "that" after it
    reporting: re.Pattern[str]  # a report: "said", "announced", "statement"
    # A clause opening with a linking word and a verb ("before meeting Li") takes the last
    # clause's subject; one opening with a verb itself ("and watched a parade with Xi and
    # Putin") is the subject's whoever else it names, not one opening with a noun.
    personal_subject: re.Pattern[str]
    verb_first: re.Pattern[str]
    spoken: re.Pattern[str]  # a clause opening with its speaker: ", Li said China is …"
    relative: re.Pattern[str]  # ", who": a description of the person before it


def clause_grammar(knowledge: Knowledge) -> ClauseGrammar:
    """The compiled grammar, kept beside the table it is made of (as ``trigger_patterns``)."""
    table = knowledge.words.get("clauses", {})
    kept = _GRAMMAR.get(id(table))
    if kept is None or kept[0] is not table:
        _GRAMMAR.clear()
        kept = _GRAMMAR[id(table)] = (table, _grammar(table))
    return kept[1]


_GRAMMAR: dict[int, tuple[object, ClauseGrammar]] = {}


def _grammar(table: dict[str, list[str]]) -> ClauseGrammar:
    def words(*names: str) -> str:
        listed = [word for name in names for word in table.get(name, ())]
        return "|".join(re.escape(word) for word in listed) or "(?!)"

    def opening(*names: str) -> str:
        return rf"^(?:(?:{words(*names)})\s+)+"

    speaker = rf"(?:[A-Z][\w.-]*\s+){{1,3}}(?:{words('speaking')})\b"
    breaks = [
        r";\s+",
        rf",\s+(?={speaker})",
        rf",\s+(?=(?:{words('after_comma')})\b)",
        rf"\s+(?=(?:{words('before')})\s)",
        rf"\s+(?=and (?:then )?(?:{words('verbs_after_and')})\b)",
        r"\s+(?=that\s)",
        *table.get("patterns", ()),
    ]
    return ClauseGrammar(
        clause_break=re.compile("|".join(breaks)),
        saying=re.compile(rf"\b(?:{words('saying')})\b[^,;]{{0,40}}$"),
        reporting=re.compile(rf"\b(?:{words('reporting')})\b"),
        personal_subject=re.compile(rf"{opening('links', 'links_to_subject')}[a-z]"),
        verb_first=re.compile(
            rf"{opening('links')}(?!(?:{words('determiners')})\b)"
            rf"(?:[a-z]+(?:ed|ing)|{words('irregular_past')})\b"
            rf"|^(?:{words('purpose')})\s+(?!(?:{words('determiners')})\b)[a-z]+\b"
        ),
        spoken=re.compile(rf",\s+{speaker}"),
        relative=re.compile(rf",\s+(?=(?:{words('relative')})\b)"),
    )
