"""People and places: who a sentence names, and the name patterns' shortcuts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.entities import ArticleEntities
from generator.knowledge import load_knowledge
from generator.name_patterns import (
    fused_spellings,
    person_names,
    place_names,
    titled_pattern,
    words_pattern,
)

KNOWLEDGE = load_knowledge()
SHORT_NAMES = words_pattern(("Li", "Kim", "Choe", "Xi"))
TITLES = titled_pattern(("Premier", "Vice Premier", "Leader"))
PATTERNS = [  # each with the plain regex it stands for
    (person_names(KNOWLEDGE), KNOWLEDGE.person_pattern),
    (place_names(KNOWLEDGE), KNOWLEDGE.place_pattern),
    (SHORT_NAMES, SHORT_NAMES.pattern),
    (TITLES, TITLES.pattern),
]
TRICKY_WORDS = [
    "Li", "Li Qiang", "Kim Jong Un", "Kim Jong-un", "Choe Son-hui", "Xi", "Xiamen", "-Li",
    "Premier", "Vice Premier Ding Xuexiang", "Beijing", "Pyongyang", "China", "Chinese",
    "中国", "平壤", "the", ",", "'s", "Kimchi",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=4), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_skipping_to_where_a_name_starts_finds_every_match(text: str) -> None:
    for pattern, plain in PATTERNS:
        expected = [(m.span(), m.group(0)) for m in plain.finditer(text)]
        assert [(m.span(), m.group(0)) for m in pattern.finditer(text)] == expected


INTRODUCED = "Chinese Premier Li Qiang met DPRK Foreign Minister Choe Son Hui."


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Ties will grow, the foreign minister said.", ("Choe Son Hui",)),
        ("The goal of the talks was met, the premier said.", ("Li Qiang",)),
        ("Kang hailed the visit by the premier.", ("Li Qiang",)),
        ("Kang hailed the visit of the DPRK foreign minister.", ("Choe Son Hui",)),
        ("The rest of the premier's visit went well.", ("Li Qiang",)),
        ("the aims of the foreign minister and the premier.", ("Choe Son Hui", "Li Qiang")),
        ("The visit was the first in years, officials said.", ()),
        ("Kang met the premier on Thursday.", ("Li Qiang",)),
        (
            "Kang saw the premier's jet as the foreign minister had left.",
            ("Li Qiang", "Choe Son Hui"),
        ),
        ("Talks with the premier during the visit went well.", ("Li Qiang",)),
        ("Kang greeted the premier in Pyongyang.", ("Li Qiang",)),
        ("Kang toasted the premier at the banquet.", ("Li Qiang",)),
        ("Kang believes the premier has a plan.", ("Li Qiang",)),
        ("Kang said the premier was welcome.", ("Li Qiang",)),
        ("Kang hopes the premier will return.", ("Li Qiang",)),
        ("It was the day the Chinese premier arrived in Pyongyang.", ("Li Qiang",)),
        ("On Friday the premier met Kang.", ("Li Qiang",)),
        ("Kang said the premier visited a factory.", ("Li Qiang",)),
        ("Kang said the premier held talks.", ("Li Qiang",)),
        ("Kang praised the premier, whose visit ended.", ("Li Qiang",)),
        ("The premier met Kang.", ("Li Qiang",)),
        ("The premier laid a wreath.", ("Li Qiang",)),
        ("The Chinese premier held talks on Thursday.", ("Li Qiang",)),
        ("Ties will grow, the premier said on Tuesday.", ("Li Qiang",)),
    ],
)
def test_a_title_alone_names_the_person_last_named_with_it(
    sentence: str, people: tuple[str, ...]
) -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, [INTRODUCED, sentence])
    entities.find(INTRODUCED)
    entities.next_sentence()
    assert entities.find(sentence).people == people


@pytest.mark.parametrize(
    "sentence",
    [
        "Kang met the premier of the State Council.",
        "Kang met the foreign minister in charge of talks.",
        "Kang met the foreign minister at large.",
        "Kang met the premier only briefly.",
        "Kang met the premier once.",
        "Kang met the premiership team on Thursday.",
        "The premier of the State Council met Kang.",
    ],
)
def test_a_title_that_goes_on_names_nobody(sentence: str) -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, [INTRODUCED, sentence])
    entities.find(INTRODUCED)
    entities.next_sentence()
    assert entities.find(sentence).people == ()


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # A venue the places table lists names its city.
        ("Li met Choe at the Diaoyutai State Guesthouse.", ("Beijing",)),
        ("Kim received Li at the Kumsusan Guesthouse.", ("Pyongyang",)),
        ("Kim inspected a resort in Wonsan.", ("Wonsan",)),
        # An unknown venue gives no place: an event's places decide whether it is abroad
        # and whether two reports are of one event, so a guess would do harm.
        ("Li met Choe at the Lakeside Villa.", ()),
        ("Trump met Takaichi at the Akasaka Palace.", ("Tokyo",)),
        # A place within a place: "the port of", "the village of".
        ("The pope prayed at the port of Beirut.", ("Beirut",)),


        # "the Malaysian capital" names it; "a Chinese capital" (money) does not
        ("Trump met Lula at a hotel in the Malaysian capital.", ("Kuala Lumpur",)),
        ("Trump praised Malaysian capital markets.", ()),
        # Korean marks a place by the particle after it.
        ("최선희 외무상이 베이징에서 왕이 부장과 회담했다.", ("Beijing",)),
    ],
)
def test_a_venue_names_its_city(sentence: str, places: tuple[str, ...]) -> None:
    """(Also: "the Akasaka Palace" is in Tokyo, "Gimhae Air Base" in Busan.)"""
    assert ArticleEntities.for_text(KNOWLEDGE, [sentence]).find(sentence).places == places


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a Malaysian honorific is no part of the name; a Japanese page writes family names first
        ("Prime Minister Datuk Seri Anwar Ibrahim met Trump.", "Anwar Ibrahim"),
        ("Ms. TAKAICHI Sanae, Prime Minister of Japan, held a meeting.", "Sanae Takaichi"),
    ],
)
def test_the_tables_spell_a_leader_one_way(sentence: str, person: str) -> None:
    assert ArticleEntities.for_text(KNOWLEDGE, [sentence]).find(sentence).people[0] == person


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("리 총리는 평양에 도착했다.", ["Li Qiang"]),
        ("김정은 위원장은 리 총리를 만났다.", ["Kim Jong Un", "Li Qiang"]),
        ("우리 총리는 베이징에 갔다.", []),  # "our premier", not "Premier Li"
        ("리창은 도착했다.", ["Li Qiang"]),  # a particle after the name
    ],
)
def test_a_korean_name_starts_a_word(text: str, people: list[str]) -> None:
    found = [KNOWLEDGE.person(m.group(0)) for m in person_names(KNOWLEDGE).finditer(text)]
    assert [person.name for person in found if person is not None] == people
    unfused = [KNOWLEDGE.person(m.group(0)) for m in KNOWLEDGE.person_pattern.finditer(text)]
    assert [person.name for person in unfused if person is not None] == people



def test_every_fused_spelling_starts_with_letters() -> None:
    """The engine skips ahead to a name's first letter only when no alternative starts
    with a check (a Korean name's "no syllable before" is written after it)."""
    people = (s for p in KNOWLEDGE.people for s in (p.name, *p.aliases))
    places = (s for p in KNOWLEDGE.places for s in (p.name, *p.aliases, *p.demonyms))
    for spellings in (people, places):
        source = fused_spellings(spellings).pattern
        assert not source.startswith("(?") and "|(?" not in source

# A story the tables know nothing of: people introduced by a title, then called by a
# word of their name ("Scholz", "Lula", "Sheikh Tamim").
ELSEWHERE = [
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.",
    "Brazilian President Luiz Inacio Lula da Silva arrived on Monday.",
    "Emperor Naruhito hosted a banquet for Lula; King Charles III sent a letter.",
    "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Prime Minister Pedro Sánchez.",
    "EU Commission President Ursula von der Leyen and Sen. Mitch McConnell spoke.",
]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Scholz and Macron agreed on Wednesday.", ("Olaf Scholz", "Emmanuel Macron")),
        ("Lula left for Hanoi.", ("Luiz Inacio Lula da Silva",)),
        ("On Tuesday, Emperor Naruhito hosted a banquet.", ("Naruhito",)),
        ("King Charles III sent a letter.", ("Charles III",)),
        ("Sheikh Tamim and Sánchez watched.", ("Tamim bin Hamad Al Thani", "Pedro Sánchez")),
        ("Thani spoke.", ("Tamim bin Hamad Al Thani",)),
        ("Von der Leyen and McConnell spoke.", ("Ursula von der Leyen", "Mitch McConnell")),
        ("McConnell spoke to von der Leyen.", ("Mitch McConnell", "Ursula von der Leyen")),
    ],
)
def test_a_person_introduced_by_a_title_is_known_by_a_word_of_the_name(
    sentence: str, people: tuple[str, ...]
) -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, [*ELSEWHERE, sentence])
    assert entities.find(sentence).people == people


def test_the_name_follows_the_last_of_several_titles() -> None:
    text = "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Prime Minister Pedro Sánchez."
    pattern = titled_pattern(("Emir", "Sheikh", "Prime Minister"), ("Emir", "Sheikh"))
    found = [m.group("name") for m in pattern.finditer(text)]
    assert found == ["Tamim bin Hamad Al Thani", "Pedro Sánchez"]


def test_the_title_of_a_person_introduced_by_it_stands_for_them() -> None:
    sentences = [
        "German Chancellor Olaf Scholz hosted French President Emmanuel Macron on Wednesday.",
        "The chancellor met Polish Prime Minister Donald Tusk on Tuesday, his spokesman said.",
        "The French president arrived on Tuesday evening.",
    ]
    entities = ArticleEntities.for_text(KNOWLEDGE, sentences)
    found = []
    for sentence in sentences:
        found.append(entities.find(sentence).people)
        entities.next_sentence()
    assert found[1:] == [("Olaf Scholz", "Donald Tusk"), ("Emmanuel Macron",)]


@pytest.mark.parametrize(
    ("sentence", "places", "countries"),
    [
        ("Choe held talks in Moscow.", ("Moscow",), {"Russia", "DPRK"}),
        ("Moscow said the talks went well.", (), {"Russia"}),
        ("Pyongyang moved closer to Moscow.", (), {"Russia", "DPRK"}),
        ("Li watched the parade, a show of support from Beijing.", (), {"China"}),
        ("Li flew to Pyongyang from Beijing.", ("Pyongyang", "Beijing"), {"China", "DPRK"}),
    ],
)
def test_a_capital_that_names_its_country_is_a_place_where_a_sure_cue_says_so(
    sentence: str, places: tuple[str, ...], countries: set[str]
) -> None:
    found = ArticleEntities.for_text(KNOWLEDGE, [sentence]).find(sentence)
    assert (found.places, set(found.countries)) == (places, countries)


@pytest.mark.parametrize(
    ("text", "kim"),
    [
        ("North Korean leader Kim held talks with Li Qiang.", ("Kim Jong Un", "Li Qiang")),
        # Another Kim spelt out: "Kim" alone may be either, so it is no one.
        ("Kim Min-seok spoke. Kim held talks with Li Qiang.", ("Li Qiang",)),
    ],
)
def test_a_family_name_many_share_stands_for_whom_the_table_says(
    text: str, kim: tuple[str, ...]
) -> None:
    """``alone`` in people.toml: "Kim", never spelt out, is Kim Jong Un."""
    entities = ArticleEntities.for_text(KNOWLEDGE, [text])
    assert entities.find(text.rsplit(". ", 1)[-1]).people == kim


def test_a_second_li_in_the_table_leaves_li_alone_to_the_premier() -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, ["Li arrived in Pyongyang on Thursday."])
    assert entities.find("Li arrived in Pyongyang on Thursday.").people == ("Li Qiang",)
    assert KNOWLEDGE.person("Li Hongzhong") is not None


def test_an_honorific_after_the_title_is_no_part_of_the_name() -> None:
    text = "Prime Minister Shri Narendra Modi met President Mr. Cyril Ramaphosa."
    pattern = titled_pattern(("Prime Minister", "President"), (), ("Shri", "Mr"))
    assert [m.group("name") for m in pattern.finditer(text)] == [
        "Narendra Modi",
        "Cyril Ramaphosa",
    ]
    two = titled_pattern(("Prime Minister",), (), ("Datuk", "Seri"))
    named = [m.group("name") for m in two.finditer("Prime Minister Datuk Seri Hamzah Zainudin.")]
    assert named == ["Hamzah Zainudin"]


def test_a_person_the_tables_do_not_know_has_the_country_of_their_title() -> None:
    sentences = [
        "Indian Prime Minister Narendra Modi arrived in Tokyo on Friday.",
        "Modi met business leaders on Saturday.",
    ]
    entities = ArticleEntities.for_text(KNOWLEDGE, sentences)
    assert entities.country_of("Narendra Modi") == "India"
    assert "India" in entities.find(sentences[1]).countries


def test_a_title_the_tables_list_with_the_name_adds_nobody() -> None:
    sentence = "Pope Leo met President Joseph Aoun in Beirut."
    entities = ArticleEntities.for_text(KNOWLEDGE, [sentence])
    assert entities.find(sentence).people == ("Pope Leo XIV", "Joseph Aoun")


def test_a_title_before_a_listed_place_names_nobody() -> None:
    sentence = "On Saturday, the pope will visit the Sultan Ahmed Mosque."
    entities = ArticleEntities.for_text(KNOWLEDGE, [sentence])
    assert "Ahmed Mosque" not in entities.find(sentence).people
