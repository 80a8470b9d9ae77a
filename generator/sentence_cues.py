"""Cue words that tell how a sentence stands to the events around it.

Whether it names kinds of event ("talks", "a parade"), points back at one already told
("the visit", "Li's trip"), goes on from the sentence before ("He also…", "The two
ministers…"), denies one ("did not meet") or is an observer's opinion. The words are
the ``cues`` of ``words.toml``; the trigger words are ``clauses.trigger_patterns``.
"""

from __future__ import annotations

import re
from functools import cache

from generator.clauses import any_word, clause_grammar, trigger_patterns
from generator.date_words import date_words
from generator.knowledge import CaseBlind, Knowledge, case_blind


def named_kinds(text: str, knowledge: Knowledge, language: str) -> frozenset[str]:
    """Every kind of event a trigger word in ``text`` names."""
    table = "event_types" if language == "en" else "event_types_cjk"
    return frozenset(
        kind for kind, pattern in trigger_patterns(knowledge, table) if pattern.search(text)
    )


def refers_back(sentence: str, kinds: frozenset[str], knowledge: Knowledge, language: str) -> bool:
    """Whether ``sentence`` points back at an event of one of these kinds: "It was the
    first visit…", "Li made the remarks during his meeting…" do; "A military parade was
    held…" names a new one (see ``refers_back`` in words.toml)."""
    referring = _refers_back(tuple(knowledge.words.get("cues", {}).get("refers_back", ())))
    if referring is None:
        return False
    table = "event_types" if language == "en" else "event_types_cjk"
    return any(
        referring.search(sentence, 0, hit.start())
        for kind, pattern in trigger_patterns(knowledge, table)
        if kind in kinds
        for hit in pattern.finditer(sentence)
    )


def tells_ongoing_stay(sentence: str, knowledge: Knowledge) -> bool:
    """ "Choe is on a four-day visit that began Saturday": background, no day the story
    moves on from (``ongoing_stay``)."""
    words = tuple(knowledge.words.get("cues", {}).get("ongoing_stay", ()))
    return bool(words) and any_word(words).search(sentence) is not None


def opens_on(sentence: str, knowledge: Knowledge) -> bool:
    """ "He also held talks…": the sentence goes on from the one before."""
    opening = _opens_with(tuple(knowledge.words.get("cues", {}).get("continues", ())))
    return opening is not None and opening.match(sentence) is not None


@cache
def _refers_back(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words before an event word that point back: "the (first) visit", "Li's trip"."""
    if not words:
        return None
    body = "|".join(rf"\b{re.escape(w)}" if w[0].isalpha() else re.escape(w) for w in words)
    return re.compile(rf"(?:{body})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)


@cache
def _opens_with(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def names_by_pronoun(text: str, knowledge: Knowledge) -> bool:
    """ "held talks with her", "received him": whom the pronoun stands for takes part."""
    words = tuple(knowledge.words.get("cues", {}).get("object_pronouns", ()))
    return bool(words) and _object_pronoun(words).search(text) is not None


@cache
def _object_pronoun(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


def opens_with_pronoun(sentence: str, knowledge: Knowledge) -> bool:
    cues = knowledge.words.get("cues", {})
    pronouns = tuple(cues.get("subject_pronouns", ()))
    leads = tuple(cues.get("opening_phrases", ()))
    return bool(pronouns) and _pronoun(pronouns, leads).match(sentence) is not None


@cache
def _pronoun(pronouns: tuple[str, ...], leads: tuple[str, ...]) -> re.Pattern[str]:
    """ "He met…", but not "He Lifeng met…"; after an opening phrase (``opening_phrases``)
    in lower case: "On Friday 10 October he watched", "during which she met"."""
    lower = "|".join(p.lower() for p in pronouns)
    return re.compile(rf"(?:{_lead(leads)})?(?:{'|'.join(pronouns)}|(?<=\s)(?:{lower}))\s+[a-z]")


@cache
def _lead_word() -> str:
    """A word of an opening phrase: a lower-case word, a number, or the name of a day or a
    month (``dates.toml``). "At the talks Xi told him he would …" names its subject before
    the pronoun."""
    words = date_words()
    names = sorted({*words.months, *words.month_abbreviations, *words.weekdays}, key=len)
    named = "|".join(re.escape(name) for name in reversed(names))
    return rf"(?-i:[a-z]+|\d{{1,4}}|(?:{named})\.?)"


def _lead(leads: tuple[str, ...]) -> str:
    """An opening phrase before the subject: "On Friday evening", "During which"."""
    if not leads:
        return "(?!)"
    return rf"(?i:(?:{'|'.join(leads)})\b(?:\s+{_lead_word()}){{0,5}},?\s+)"


def opens_with_the_two(sentence: str, knowledge: Knowledge) -> bool:
    """ "The two foreign ministers exchanged views…", "On Sunday, both leaders…", "On
    Friday evening the two leaders…"."""
    cues = knowledge.words.get("cues", {})
    words = tuple(cues.get("opens_with_the_two", ()))
    leads = tuple(cues.get("opening_phrases", ()))
    return bool(words) and _the_two(words, leads).match(sentence) is not None


@cache
def _the_two(words: tuple[str, ...], leads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:[^,.;]{{0,30}},\s*|{_lead(leads)})?(?:{'|'.join(words)})\b", re.IGNORECASE
    )


def negated(text: str, at: int, knowledge: Knowledge) -> bool:
    """Whether the event word at ``at`` is denied: "Kim did not meet", "the ministry denied
    on Thursday that Xi would visit" (``negations`` in words.toml), within its phrase. A
    denial of one person's part ("Trump did not attend the summit", ``absent``) denies
    no event: the summit took place without him (``participants.without_absent``)."""
    words = tuple(knowledge.words.get("cues", {}).get("negations", ()))
    if not words:
        return False
    before = text[:at]
    absent = tuple(knowledge.words.get("cues", {}).get("absent", ()))
    if absent:
        before = any_word(absent).sub(lambda m: " " * len(m.group(0)), before)
    return _negation(words).search(before) is not None


@cache
def _negation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)})\b[^,;.]{{0,40}}$", re.IGNORECASE)


def is_commentary(sentence: str, knowledge: Knowledge) -> bool:
    """Opinion led by analysts or observers ("Observers expect Kim to ...")."""
    words = knowledge.words.get("cues", {}).get("commentary", [])
    if not words:
        return False
    lead = " ".join(sentence.split()[:4])
    return any_word(tuple(words)).search(lead) is not None


def kinds_told(sentence: str, knowledge: Knowledge, language: str) -> frozenset[str]:
    """The kinds of event a sentence names; what someone "said" is a statement."""
    kinds = named_kinds(sentence, knowledge, language)
    return kinds | {"statement"} if clause_grammar(knowledge).reporting.search(sentence) else kinds


def is_sending(text: str, knowledge: Knowledge) -> bool:
    """Whether ``text`` tells of a message sent, which needs no date of its own: it is
    news of the report's day ("Xi sent Kim a message", "Modi has expressed deep sorrow";
    ``sends`` in words.toml)."""
    words = tuple(knowledge.words.get("cues", {}).get("sends", ()))
    return bool(words) and _any_word_blind(words).search(text)


@cache
def _any_word_blind(words: tuple[str, ...]) -> CaseBlind:
    """``any_word(words)`` as a ``CaseBlind``: asked of nearly every sentence, and the
    case-blind regex is slow, where the plain one in a lowercased sentence finds the same."""
    return case_blind(rf"\b(?:{'|'.join(words)})\b", words)
