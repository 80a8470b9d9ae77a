"""Page furniture: the fast case-blind search agrees with one case-insensitive regex."""

from __future__ import annotations

import copy
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.furniture import Furniture, word_count
from generator.knowledge import load_knowledge
from generator.phrase_lists import PhraseList, never_in_ascii

WORDS = load_knowledge().words
SECTION_ENDS = [*(f"^(?:{line})$" for line in WORDS["sections"]["end"]),
                *WORDS["sections"]["end_patterns"]]  # fmt: skip
PATTERN_LISTS = [
    WORDS["junk"]["patterns"], WORDS["captions"]["contains"], SECTION_ENDS, ["^a|b", "c.d"],
    ["^a", "^b|c"], ["^(?:a|b)c", "^\\(d", "^[|]x"],
]  # fmt: skip
TRICKY_WORDS = [
    "COPYRIGHT", "Copyright ©", "All Rights Reserved", "Editing by", "x editing by",
    "Get the Daily", "IN THIS PHOTO", "Members-Only", "ⓒ", "www.x.com", "Tags: a", "ab/cd",
    "İ", "ı", "ſ", "\u212a", "中文", "a", "b", "c-d", "About the Author", "3 comments",
    "© 2025 AFP", "Copyright 2025 x", "all rights reserved.",
]  # fmt: skip
LINES = st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=5), max_size=10).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_case_blind_search_agrees_with_one_regex(line: str) -> None:
    for patterns in PATTERN_LISTS:
        one_regex = re.compile("|".join(patterns), re.IGNORECASE)
        assert PhraseList(patterns).search(line) == (one_regex.search(line) is not None)


def test_phrases_no_ascii_text_can_hold_are_told() -> None:
    assert never_in_ascii("©") and never_in_ascii("版权所有") and never_in_ascii("é")
    for pattern in ("ſ", "\u212a", "ı", "İ", "copyright", "a.b", "©|x", ""):
        assert not never_in_ascii(pattern), pattern


def test_empty_lists_in_a_users_words_match_nothing() -> None:
    words = copy.deepcopy(WORDS)
    for section, key in [("junk", "lines"), ("junk", "patterns"), ("junk", "spam")]:
        words[section][key] = []
    for key in ("credit_end", "start", "contains"):
        words["captions"][key] = []
    furniture = Furniture(words)
    line = "Chinese Premier Li Qiang met Choe Son Hui in Beijing on Monday."
    assert not furniture.is_junk(line)
    assert not furniture.is_caption(line)


FURNITURE = Furniture(WORDS)


def test_korean_words_are_counted_as_spaced() -> None:
    assert word_count("입력2025.10.09. 오후 9:12  수정2025.10.10. 오전 8:30  기사원문") == 7
    assert word_count("李強首相が到着") == 4


def test_comments_biography_and_copyright_end_the_article() -> None:
    for line in ("Discussion about this post", "Comments (2)", "About the author", "© 2025 AFP",
                 "Copyright ⓒ 한겨레. All rights reserved. 무단 전재 금지."):
        assert FURNITURE.ends_article(line), line
    for line in ("Comments by the minister were brief.", "© KCNA VIA KNS / AFP", "", " ** "):
        assert not FURNITURE.ends_article(line), line
    assert FURNITURE.ends_article("Nikkei Inc. No reproduction without permission.")


def test_reading_list_headings_and_contact_lines() -> None:
    for line in ("Related coverage:", "Related stories", "Read next", "Most popular"):
        assert FURNITURE.opens_list(line), line
    assert not FURNITURE.opens_list("Related talks were held on Friday.")
    assert FURNITURE.is_junk("Please direct questions or comments to [english@hani.co.kr]")


def test_an_editors_correction_or_update_note_is_junk() -> None:
    for line in (
        "Correction: An earlier version of this story misstated the date of Li's arrival.",
        "This story has been updated to add details of Kim's remarks from KCNA.",
        "An earlier version of this article misspelled the name of the minister.",
    ):
        assert FURNITURE.is_junk(line), line
    assert not FURNITURE.is_junk("This story has been told many times since 2019.")
    assert not FURNITURE.is_junk("The update came on Thursday, when Li arrived.")


def test_an_outlets_channel_is_junk_a_ministrys_is_news() -> None:
    assert FURNITURE.is_junk("Join our WhatsApp channel for the latest news")
    assert FURNITURE.is_junk("Follow us on Telegram channel @news")
    assert FURNITURE.is_junk("Join ST's WhatsApp Channel and get the latest news and must-reads.")
    lead = (
        "Lavrov held talks with Choe Son Hui in Moscow on Monday, "
        "the Russian Foreign Ministry said on its Telegram channel."
    )
    assert not FURNITURE.is_junk(lead)


def test_a_reporter_and_their_post_without_by() -> None:
    assert FURNITURE.named_with_post("KEN MORIYASU, Nikkei Asia editor-at-large") == "KEN MORIYASU"
    assert FURNITURE.named_with_post("Lee Je-hun, senior staff writer") == "Lee Je-hun"
    assert FURNITURE.named_with_post("Kim Jong Un, Li Qiang pledge new chapter") is None
    assert FURNITURE.reporters_only("Lee Je-hun, senior staff writer") == "Lee Je-hun"


def test_an_images_label_left_by_a_copy_is_a_caption() -> None:
    assert FURNITURE.is_caption("(Photo) Japan-U.S. Summit Meeting 1")
    assert FURNITURE.is_caption("[Photo courtesy of the Cabinet Office] Takaichi and Xi meet.")


def test_an_agencys_photo_credit_without_a_name_ends_a_caption() -> None:
    assert FURNITURE.is_caption(
        "Trump greets Putin as he arrives at the base, Friday, Aug. 15, 2025, in Anchorage, "
        "Alaska. (AP Photo)"
    )


def test_a_caption_may_end_in_a_copyright_credit() -> None:
    assert FURNITURE.is_caption("Kim and Li watch the parade on Oct. 10. © KCNA/Kyodo")
    assert not FURNITURE.is_caption("© Le Monde")


def test_a_blank_line_ends_the_article_only_if_a_pattern_matches_nothing() -> None:
    words = copy.deepcopy(WORDS)
    words["sections"]["end_patterns"].append("^-*$")  # a user's rule line, or nothing
    furniture = Furniture(words)
    assert furniture.ends_article("") and furniture.ends_article(" * ")
    assert furniture.ends_article("----") and not furniture.ends_article("Kim met Li.")


def test_advertisement_labels_are_cut_from_paragraphs() -> None:
    cut = FURNITURE.without_inline("Kim met Li, KCNA said. Story continues below advertisement")
    assert cut == "Kim met Li, KCNA said."
    kept = "The Advertisement board met. Advertisement spending rose."
    assert FURNITURE.without_inline(kept) == kept


def test_reporter_named_before_their_title() -> None:
    assert FURNITURE.reporter("이제훈 기자") == "이제훈"
    assert FURNITURE.reporter("이제훈 선임기자 nomad@hani.co.kr") == "이제훈"
    assert FURNITURE.reporter("기자 회견이 열렸다") is None


def test_buttons_read_into_a_caption_are_cut() -> None:
    furniture = Furniture(WORDS)
    caption = "Li Qiang arrives in Pyongyang. KCNA via REUTERS Purchase Licensing Rights"
    kept = "Li Qiang arrives in Pyongyang. KCNA via REUTERS"
    assert furniture.without_trailing_junk(caption) == kept
    assert furniture.without_trailing_junk("Kim said he would like") == "Kim said he would like"


def test_a_caption_may_end_in_the_agency_that_took_the_photo() -> None:
    furniture = Furniture(WORDS, ("Yonhap", "Reuters", "KCNA", "AP"))
    assert furniture.is_caption("Li Qiang inspects an honor guard in Pyongyang, Thursday. Yonhap")
    assert furniture.is_caption("Li Qiang is welcomed at the airport on Oct. 9. KCNA via REUTERS")
    assert not furniture.is_caption("The talks went well, officials said. Yonhap reported more")
    assert not furniture.is_caption("Yonhap")


def test_a_staff_credit_names_no_reporter() -> None:
    for name in ("GT staff reporters", "Reuters Staff", "Yonhap newsroom", "staff"):
        assert FURNITURE.is_staff_credit(name), name
    assert not FURNITURE.is_staff_credit("Zhao Jia")


def test_an_agency_short_name_after_its_full_name_is_no_credit() -> None:
    assert FURNITURE.is_caption("Kim Jong Un and Li Qiang review the parade in Pyongyang (KCNA)")
    assert not FURNITURE.is_caption(
        "Kim said the friendship is growing stronger, according to the Korean Central News "
        "Agency (KCNA)."
    )
    assert not FURNITURE.is_caption(
        "The talks were cordial, according to Agence France-Presse (AFP)."
    )


def test_wire_notes_print_lines_links_and_reporting_credits_are_junk() -> None:
    for line in ("(Updates with analyst comment in sixth paragraph.)", "(Adds Kim quote in para 4)",
                 "Read more: Kim Jong Un's Beijing Debut (September 5, 2025)",
                 "A version of this article appears in print on Oct. 12, 2025, Section A, Page 9",
                 "Choe Sang-Hun reported from Seoul, and David Pierson from Singapore."):
        assert FURNITURE.is_junk(line), line
    for line in ("(Kim updates Xi on the talks.) He said so.", "State media reported from "
                 "Pyongyang that Kim met Li on Thursday in the capital's party headquarters."):
        assert not FURNITURE.is_junk(line), line


def test_a_broadcast_transcripts_part_labels_are_junk() -> None:
    for line in ("[Anchor Lead]", "[Reporter]", "[ Soundbite ]", "[앵커]", "[기자]"):
        assert FURNITURE.is_junk(line), line
    for line in ("[Reporter] Li arrived on Thursday.", "[Updated] Kim met Li"):
        assert not FURNITURE.is_junk(line), line


def test_a_labelled_byline_names_its_reporter() -> None:
    assert FURNITURE.labelled_reporter("Reporter : Kim Bo-kyoung") == "Kim Bo-kyoung"
    assert FURNITURE.labelled_reporter("Written by: Ann Lee") == "Ann Lee"
    assert FURNITURE.labelled_reporter("Reporter : what happened") is None
    assert FURNITURE.labelled_reporter("Kim Bo-kyoung reports.") is None



def test_calls_to_follow_on_a_messaging_app_and_mail_notices_are_junk() -> None:
    for line in (
        "Subscribe to Sputnik on Telegram to stay up to date on the latest news.",
        "Get WhatsApp alerts on the latest news from CNA. Join here.",
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential.",
    ):
        assert FURNITURE.is_junk(line), line
    assert not FURNITURE.is_junk("Kim said he would follow the talks on Telegram closely.")


def test_a_handle_in_brackets_ends_a_caption() -> None:
    assert FURNITURE.is_caption("The pope arrives in Beirut (@Vatican Media)")
    assert not FURNITURE.is_caption("The pope arrives in Beirut (on Sunday)")


def test_a_heading_alone_over_other_stories_links_opens_a_list() -> None:
    for heading in ("Read more", "Read also", "See also", "More from Meduza"):
        assert FURNITURE.opens_list(heading), heading
    assert not FURNITURE.opens_list("Read also: Zelensky says Ukraine is ready for talks")
