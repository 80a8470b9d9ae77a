"""The reading stage's shortcuts find what the plain searches they stand in for find.

Each test draws tricky text (other scripts, odd whitespace, letters whose case folds
outside ASCII) and compares a shortcut with the slower code it replaced.
"""

from __future__ import annotations

import re
import sys

from bs4 import BeautifulSoup
from bs4.element import Tag
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.articles import _furniture as article_furniture
from generator.articles import _tidy as tidy_paragraph
from generator.clauses import _compiled, _describing, trigger_patterns
from generator.date_words import (
    _ascii_hint,
    _hint,
    _hint_words,
    alternation,
    may_hold_date,
    sentence_words,
)
from generator.dates import _NOT_ASCII_WORDS, _all_clues, _rules_with_clues_in
from generator.entities import ArticleEntities
from generator.event_dates import _pattern as event_dates_pattern
from generator.event_dates import relative_phrases
from generator.fingerprints import fingerprint, shingles
from generator.furniture import (
    _SENTENCE_END,
    _SEPARATOR,
    Furniture,
    has_words,
    is_prose,
    word_count,
)
from generator.html_text import (
    BLOCK_TAGS,
    DROP_TAGS,
    _block_lines,
    _copyright_lines,
    _drop_beside_article,
    _tags,
    _text,
    _text_with_breaks,
    _time_element,
    html_document,
)
from generator.html_text import META_KEYS as HTML_META_KEYS
from generator.html_text import _tidy as tidy_html_line
from generator.json_ld import json_ld
from generator.knowledge import _NOT_WORD, case_blind, load_knowledge, lowercase_is_enough
from generator.knowledge import _outlet_key as outlet_key
from generator.language import detect_language
from generator.name_patterns import (
    Spellings,
    any_title,
    every_short_name,
    fused_spellings,
    names_of,
    titled_pattern,
    words_pattern,
)
from generator.outlets import (
    _AGENCY_PLACE,
    _COLUMN_GAP,
    _COPYRIGHT,
    _HEAD_LABEL,
    _MASTHEAD_BREAK,
    _SENDER_ADDRESS,
    _TOLD,
    _WITH_AGENCIES,
    _byline_agency,
    _editions,
    _head,
    _signed,
    _trailing_credit,
    _without_sender,
)
from generator.phrase_lists import alternation as phrase_alternation
from generator.places_named import _CJK_LOCATION_CUE, _LOCATION_CUE, is_location
from generator.sentences import _abbreviation, _word_before
from generator.sources import _CONTROL, _MOJIBAKE, _TERMINAL_CODES, clean_text, repair_mojibake

KNOWLEDGE = load_knowledge()
WORDS = KNOWLEDGE.words
EXAMPLES = settings(max_examples=300, deadline=None)
TRICKY = [
    "İ", "ı", "ſ", "\u212a", "Å", "ß", "\x85", "\u2028", "\xa0", "\u3000", "\x1c", "\t", "\n",
    "  ", "中文", "한국어", "кириллица", "カナ", "’", "©", "-0-", "**", "_", "told the Times",
    "sent", "sends", "Sept.", "U.S.", "Mr.", "Li Qiang", "Li", "Choe", "Son-hui", "Kim Jong Un",
    "Monday", "May", "the day before", "this  morning", "today", "WEEK", "3rd", "2025-10-09",
    "In This Photo", "Copyright", "Terms of Use", "Share", "Photo: AFP", "(Xinhua)", "AP/EPA",
    "met", "VISITED", "Talks", "the Premier", "Premier", "march-past", ",", ".", "(", ")",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(TRICKY) | st.text(max_size=6), max_size=16).map(" ".join)
ASCII_TEXT = st.lists(
    st.sampled_from([w for w in TRICKY if w.isascii()]) | st.text(st.characters(max_codepoint=127)),
    max_size=16,
).map(" ".join)


def test_str_split_knows_the_whitespace_of_regex_s() -> None:
    for c in map(chr, range(sys.maxunicode + 1)):
        assert (len(f"a{c}b".split()) == 2) == (re.match(r"\s", c) is not None), hex(ord(c))


# --- articles, html_text: whitespace closed up by str.split --------------------------


@EXAMPLES
@given(TEXT)
def test_paragraphs_are_tidied_as_by_the_regexes(line: str) -> None:
    expected = re.sub(r"\s*-0-\s*$", "", line) if "-0-" in line else line
    expected = re.sub(r"\s+", " ", expected.replace("**", "")).strip()
    assert tidy_paragraph(line) == expected


@EXAMPLES
@given(TEXT)
def test_web_page_lines_are_tidied_as_by_the_regexes(line: str) -> None:
    spaced = re.sub(r"\s+", " ", line)
    assert tidy_html_line(line) == re.sub(r"\s+([.,;:!?])(?=\s|$)", r"\1", spaced).strip()


# --- sources: control characters and mojibake ----------------------------------------

RAW_PIECES = ["\x00", "\x08", "\t", "\n", "\x0b", "\r", "\r\n", "\x1b", "\x1b[31m", "\x1b[0;1m",
              "\x1f", "\x7f", "\x85", "\xa0", "\u200b", "\ufeff", "\u2028", "Ã", "Â", "â",
              "Ã¨", "â€™", "Â ", "CrÃ¨me", "a", " ", "中文"]  # fmt: skip
RAW = st.lists(st.sampled_from(RAW_PIECES) | st.text(max_size=4), max_size=20).map("".join)


@EXAMPLES
@given(RAW)
@example("CrÃ¨me brÃ»lÃ©e")
def test_text_is_cleaned_as_by_the_regexes(text: str) -> None:
    unified = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    expected = _CONTROL.sub("", _TERMINAL_CODES.sub("", unified)).replace("\xa0", " ")
    assert clean_text(text) == expected
    assert repair_mojibake(text) == _repair_as_it_was(text)


def _repair_as_it_was(text: str) -> str:
    if len(_MOJIBAKE.findall(text)) < 2:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if len(_MOJIBAKE.findall(repaired)) < len(_MOJIBAKE.findall(text)):
            return repaired
    return text


# --- html_text: one walk through the page instead of bs4's finding and inserting --------

HTML_PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "</br>", "<span>", "</span>", "<b>",
    "</b>", "<li>", "<ul>", "</ul>", "<td>", "<tr>", "<table>", "</table>", "<article>",
    "</article>", "<main>", "<section>", "<h1>", "</h1>", "<pre>", "<script>x=1</script>",
    "<style>p{}</style>", "<!-- note -->", "<ruby>漢<rt>kan</rt></ruby>", "<![CDATA[raw]]>",
    "<template>t</template>", "<figure><img src=x><figcaption>cap</figcaption></figure>",
    "<nav>menu</nav>", "<svg:rect>", "&amp;", "&nbsp;", "<p class='a b'>", "text", " ",
    "\n", "Kim met Li.", "<",
]  # fmt: skip
HTML = st.lists(st.sampled_from(HTML_PIECES) | st.text(max_size=4), max_size=40).map("".join)


@EXAMPLES
@given(HTML)
def test_tags_by_name_are_the_ones_find_all_finds(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    for names in (DROP_TAGS, BLOCK_TAGS, frozenset({"figcaption", "figure"})):
        assert _tags(soup, names) == soup.find_all(sorted(names))


@EXAMPLES
@given(HTML)
def test_text_with_breaks_is_the_text_after_inserting_them(html: str) -> None:
    walked, changed = BeautifulSoup(html, "html.parser"), BeautifulSoup(html, "html.parser")
    for br in changed.find_all("br"):
        br.replace_with("\n")
    for block in changed.find_all(sorted(BLOCK_TAGS)):
        block.insert_before("\n")
        block.insert_after("\n")
    assert _text_with_breaks(walked) == changed.get_text()
    for name in ("article", "div", "p"):
        inner_walked, inner_changed = walked.find(name), changed.find(name)
        if isinstance(inner_walked, Tag) and isinstance(inner_changed, Tag):
            assert _text_with_breaks(inner_walked) == inner_changed.get_text()


PAGE_PIECES = [
    *HTML_PIECES, "<main>", "</main>", "<body>", "</body>", "<head>", "<footer>© 2025 X",
    "</footer>", "<title>Page</title>", "<title></title>", "<link rel='canonical' href='/a'>",
    "<link rel='alternate canonical' href='/b'>", "<link rel=canonical>", "<link rel=''>",
    "<link rel='Canonical' href='/c'>", "<link href='/d' rel='canonical  '>",
    "<meta property='og:title' content='T'>", "<meta name='author' content='A'>",
    "<meta name='description'>", "<script type='application/ld+json'>{\"headline\": \"H\"}"
    "</script>", "<script type='application/LD+json'>{}</script>", "<script type=''>",
    "<script type='application/json'>{\"headline\": \"J\"}</script>",
    "<script>{\"headline\": \"N\"}</script>", "<link rel='alternate' href='/e'>",
    "<time datetime='2025-10-09T10:00'>", "<div class='comments'><p>c</p></div>",
]  # fmt: skip
PAGES = st.lists(st.sampled_from(PAGE_PIECES) | st.text(max_size=4), max_size=40).map("".join)


def _meta_as_it_was(soup: BeautifulSoup) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and key in HTML_META_KEYS:
            found.append((HTML_META_KEYS[key], content))
    canonical = soup.find("link", rel="canonical")
    if isinstance(canonical, Tag) and isinstance(canonical.get("href"), str):
        found.append(("url", str(canonical["href"])))
    scripts = soup.find_all("script", type="application/ld+json")
    found.extend(json_ld([script.string or "" for script in scripts]))
    if soup.title is not None and soup.title.string:
        found.append(("page_title", soup.title.string.strip()))
    return found


def _page_as_it_was(html: str) -> tuple[object, ...]:
    """``html_document`` as it was: bs4's ``find`` and ``find_all`` for every look-up."""
    soup = BeautifulSoup(html, "html.parser")
    meta = _meta_as_it_was(soup)
    meta.extend(_copyright_lines(soup.find_all("footer")))
    for tag in soup.find_all(sorted(DROP_TAGS)):
        tag.decompose()
    _drop_beside_article(soup)
    captions = tuple(_text(c) for c in soup.find_all("figcaption") if _text(c))
    for tag in soup.find_all(["figcaption", "figure"]):
        tag.decompose()
    container = soup.find("article") or soup.find("main") or soup.body or soup
    meta.extend(_time_element(container))
    return tuple(_block_lines(container)), tuple(meta), captions


@EXAMPLES
@given(PAGES)
@example("<link rel='canonical' href='/a'><main>x</main><article><p>Kim met Li.</p></article>")
def test_a_page_is_read_as_by_finding_each_tag(html: str) -> None:
    page = html_document("x.html", html, "utf-8")
    assert (page.lines, page.meta, page.captions) == _page_as_it_was(html)


# --- articles: a line that is neither prose nor a caption is not asked if it is junk ---

LAYOUT_LINES = [
    "", "Share", "Home | News | World | China", "By Kim Tong-hyung", "Published: Oct 9, 2025",
    "Chinese Premier Li Qiang met Choe Son Hui in Beijing on Monday, state media said.",
    "Li Qiang meets Choe Son Hui in Beijing. Photo: Xinhua", "Copyright 2025 Xinhua. All rights"
    " reserved.", "In this photo released by KCNA, Kim Jong Un waves to the crowd in Pyongyang.",
    "Discussion about this post", "Sign up for our newsletter to get the news every day now.",
    "Kim met Li. Story continues below advertisement", "ADVERTISEMENT", "Photo: AFP",
    "The two sides exchanged views on regional and international issues of common concern.",
    "Read more: Kim visits Beijing, meets Xi Jinping for talks on trade and security.",
    "Sign up for our newsletter. Photo: AFP", "In this photo: Kim. Copyright KCNA",
]  # fmt: skip


def _layout_as_it_was(lines: tuple[str, ...], furniture: Furniture) -> tuple[object, ...]:
    from generator.articles import _is_date_line, _stamp_follows
    from generator.furniture import is_byline

    captions: list[str] = []
    paragraphs: list[str] = []
    body_start = body_end = len(lines)
    dated = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        dated = dated or (not paragraphs and _is_date_line(line))
        if paragraphs and furniture.ends_article(line):
            break
        if not line or furniture.is_junk(line, "en"):
            continue
        if furniture.is_caption(line):
            if line not in captions:
                captions.append(line)
            continue
        if is_prose(line, "en") and not is_byline(line) and not _is_date_line(line):
            if not paragraphs and _stamp_follows(lines, index, furniture, dated):
                continue
            if not paragraphs:
                body_start = index
            paragraphs.append(tidy_paragraph(furniture.without_inline(line)))
            body_end = index + 1
    return tuple(captions), body_start, body_end, tuple(paragraphs)


@EXAMPLES
@given(st.lists(st.sampled_from(LAYOUT_LINES) | TEXT, max_size=14))
def test_a_page_is_laid_out_as_when_every_line_was_asked_if_it_is_junk(lines: list[str]) -> None:
    from generator.articles import _layout

    furniture = article_furniture(KNOWLEDGE)
    layout = _layout(tuple(lines), (), furniture, "en")
    found = (layout.captions, layout.body_start, layout.body_end, layout.paragraphs)
    assert found == _layout_as_it_was(tuple(lines), furniture)


# --- fingerprints, language: counting without a regex -------------------------------


@EXAMPLES
@given(st.lists(TEXT, max_size=4))
def test_shingles_are_the_hashes_of_every_five_words(paragraphs: list[str]) -> None:
    import zlib

    words = re.findall(r"\w+", " ".join(paragraphs).lower())
    grams = [" ".join(words[i : i + 5]) for i in range(max(len(words) - 4, 0))]
    assert shingles(paragraphs) == {zlib.crc32(gram.encode()) for gram in grams}


@EXAMPLES
@given(st.lists(TEXT, max_size=4))
def test_a_fingerprint_packs_its_shingles_and_their_sample_sorted(paragraphs: list[str]) -> None:
    from array import array

    from factories import article

    hashes = shingles(paragraphs)
    sampled = {h for h in hashes if h % 4 == 0}
    sampled = sampled if len(sampled) >= 8 else hashes
    found = fingerprint(article(paragraphs=tuple(paragraphs)))
    assert found.shingles == array("I", sorted(hashes)).tobytes()
    assert found.sample == array("I", sorted(sampled)).tobytes()


def _language_by_counting(text: str) -> str:
    """``detect_language`` as it was: every script counted over the whole text."""
    if text.isascii():
        return "en"
    counts = {
        "ko": len(re.findall(r"[\uac00-\ud7af\u1100-\u11ff]", text)) * 2,
        "zh": len(re.findall(r"[\u4e00-\u9fff\u3400-\u4dbf]", text)) * 2,
        "en": len(re.findall(r"[A-Za-z]", text)) // 2,
        "ru": len(re.findall(r"[\u0400-\u04ff]", text)) // 2,
        "ar": len(re.findall(r"[\u0620-\u064a\u0671-\u06d3]", text)) // 2,
    }
    if counts["zh"] and len(re.findall(r"[\u3040-\u30ff]", text)) * 4 > counts["zh"]:
        return "ja"
    if counts["ko"] and counts["ko"] >= counts["zh"] / 2 and counts["ko"] >= counts["en"] / 2:
        return "ko"
    best = max(counts, key=lambda key: counts[key])
    if best == "en" and counts["en"] and _french_by_counting(text):
        return "fr"
    return best if counts[best] else "en"


def _french_by_counting(text: str) -> bool:
    if not re.search(r"[àâçéèêëîïôûùœ]", text, re.IGNORECASE):
        return False
    french = r"\b(?:le|la|les|des|du|une|est|et|dans|pour|avec|sur|qui|au|aux|à|ses|sa|son|par)\b"
    english = r"\b(?:the|and|of|to|in|is|was|for|with|on|that|by|his|her|at|from)\b"
    return len(re.findall(french, text, re.I)) > len(re.findall(english, text, re.I))


@EXAMPLES
@given(TEXT | st.text())
def test_language_is_told_as_by_counting_every_letter(text: str) -> None:
    assert detect_language(text) == _language_by_counting(text)


# --- knowledge: case-blind patterns matched in lowercased text ------------------------

PATTERN_PIECES = [
    "a", "b", "day", "week", "x", "k", "s", "i", " ", "-", "'", ".", "\\.", "\\-", "\\w", "\\W",
    "\\s", "\\S", "\\d", "\\D", "\\b", "\\B", "+", "*", "?", "{1,2}", "(?:", "(", ")", "|", "^",
    "$", "[a-c]", "[!-_]", "[^a]", "[\\w-]", "[\\]x]", "(?i:", "(?-i:", "(?=", "(?!", "(?<=a)",
    "A", "K", "\\x41", "\\101", "\\u0041", "\\N{LATIN CAPITAL LETTER A}", "ſ", "\u212a", "İ",
    "[A-Z]", "[0-z]", "(?P<n>a)", "(?P=n)", "\\1", "é", "É", "[eé]", "[é-ü]", "[a-é]", "\\é",
]  # fmt: skip
PATTERNS = st.lists(st.sampled_from(PATTERN_PIECES), min_size=1, max_size=8).map("".join)
PATTERN_TEXT = st.lists(
    st.sampled_from(["a", "A", "b", "B", "day", "DAY", "Week", "k", "K", "s", "S", "i", "I",
                     "x", "X", "-", "'", ".", " ", "_", "!", "]", "9", "\n", "\t", "ſ", "\u212a",
                     "İ", "ı"]),
    max_size=20,
).map("".join)  # fmt: skip
REAL_PATTERNS = [
    *("|".join(words) for words in WORDS["event_types"].values()),
    *WORDS["junk"]["patterns"], *WORDS["junk"]["lines"], *WORDS["captions"]["contains"],
    *WORDS["cues"]["future_cues"], *WORDS["cues"]["commentary"],
]  # fmt: skip


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error:
        return False
    return True


@settings(max_examples=1000, deadline=None)
@given(PATTERNS, PATTERN_TEXT)
@example("(?-i:a)", "A")  # a flag turning case back on
@example("(?i)a", "A")
@example("\\x41", "a")  # a capital letter by number
@example("\\101", "a")
@example("\\N{LATIN CAPITAL LETTER A}", "a")
@example("[!-_]", "a")  # a range holding the capitals
@example("k", "\u212a")  # the Kelvin sign folds to k
@example("\\S", "A")
@example("communiqu[eé]", "COMMUNIQUE")
@example("[^é]", "E")
@example("[Ā-ſ]", "s")  # a range holding letters that fold to ASCII ones
def test_lowercase_matching_finds_the_same_spans(pattern: str, text: str) -> None:
    if not _compiles(pattern):
        return
    blind = case_blind(pattern)
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [m.span() for m in blind.finditer(text)] == expected
    assert blind.search(text) == bool(expected)


@EXAMPLES
@given(ASCII_TEXT | TEXT)
def test_the_real_patterns_match_their_lowercase_form_alike(text: str) -> None:
    for pattern in REAL_PATTERNS:
        blind = case_blind(rf"\b(?:{pattern})\b")
        expected = [m.span() for m in blind.pattern.finditer(text)]
        assert [m.span() for m in blind.finditer(text)] == expected


@settings(max_examples=1000, deadline=None)
@given(st.lists(PATTERNS, min_size=1, max_size=4), PATTERN_TEXT, st.integers(0, 20))
@example(["sen[dt]s?", "condole[sd]?", "(?:has|have) expressed"], "he SENT it", 0)
@example(["day", "week"], "a day", 2)  # found after ``start`` only
def test_words_looked_for_by_their_texts_match_as_the_pattern(
    words: list[str], text: str, start: int
) -> None:
    pattern = rf"\b(?:{'|'.join(words)})\b"
    if not _compiles(pattern):
        return
    blind = case_blind(pattern, words)
    expected = [m.span() for m in re.compile(pattern, re.IGNORECASE).finditer(text, start)]
    assert [m.span() for m in blind.finditer(text, start)] == expected
    assert blind.search(text, start) == bool(expected)


@EXAMPLES
@given(ASCII_TEXT | TEXT)
def test_trigger_words_looked_for_by_their_texts_match_as_the_patterns(text: str) -> None:
    for kind, words in WORDS["event_types"].items():
        blind = case_blind(rf"\b(?:{'|'.join(words)})\b", words)
        expected = [m.span() for m in blind.pattern.finditer(text)]
        assert [m.span() for m in blind.finditer(text)] == expected, kind
    compiled = trigger_patterns(KNOWLEDGE, "event_types")
    assert sum(blind.needed is not None for _, blind in compiled) >= 2


def test_most_real_patterns_take_the_fast_path() -> None:
    assert sum(map(lowercase_is_enough, REAL_PATTERNS)) > 0.9 * len(REAL_PATTERNS)
    assert not lowercase_is_enough("reach(?:ed|ing) (?=(?-i:[A-Z]))")
    assert lowercase_is_enough("(?:joint )?(?:press )?communiqu[eé]")
    assert not lowercase_is_enough("\u212a")  # the Kelvin sign matches "k"


@EXAMPLES
@given(TEXT)
def test_outlet_keys_of_ascii_text_drop_what_the_regex_drops(text: str) -> None:
    text = re.sub(r"^\s*the\s+", "", text, flags=re.IGNORECASE)
    assert outlet_key(text) == _NOT_WORD.sub("", text.casefold())


# --- furniture, outlets, events: regexes split up, or skipped when a word is missing ---


FURNITURE = Furniture(WORDS)


@EXAMPLES
@given(TEXT)
@example("Kim speaks. © Yonhap")  # a credit no ASCII line is asked about
@example("Kim speaks. ⓒ Yonhap")
@example("사진 = 연합뉴스")
@example(" **Share This Story** ")
@example("Print | Share")
def test_furniture_rules_agree_with_the_joined_regexes(line: str) -> None:
    furniture = FURNITURE
    captions = WORDS["captions"]
    credit_end = re.compile(rf"(?:{phrase_alternation(captions['credit_end'])})\s*\.?\s*$")
    starts = re.compile(rf"^(?:{phrase_alternation(captions['start'])})", re.IGNORECASE)
    contains = re.compile("|".join(captions["contains"]), re.IGNORECASE)
    text = line.strip()
    caption = bool(text) and bool(
        credit_end.search(text) or starts.match(text) or contains.search(text)
    )
    assert furniture.is_caption(line) == caption
    junk_lines = re.compile(rf"^(?:{phrase_alternation(WORDS['junk']['lines'])})$", re.IGNORECASE)
    assert furniture._junk_lines.search(line) == bool(junk_lines.match(line))
    stripped = line.strip().strip("*_ ").strip()  # as ``is_junk`` asks about it
    assert furniture._is_junk_line(stripped) == bool(junk_lines.match(stripped))
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", line))
    spam = bool(furniture._spam.search(line)) or (
        cjk > 8 and len(re.findall(r"[A-Za-z]", line)) < 20
    )
    assert furniture.is_spam(line) == spam
    for head in (line, f"Subject：{line}", f"Betreff: AW: {line}"):
        subject = furniture._subject.match(head.strip())
        expected = subject["subject"].strip() if subject is not None else None
        assert furniture.mail_subject((head,)) == expected


@EXAMPLES
@given(TEXT)
@example("talks with a visiting delegation")
@example("The Visiting team")
def test_describing_words_are_looked_for_only_where_one_is(text: str) -> None:
    cues = WORDS["cues"]
    pattern = rf"\b(?:{'|'.join(cues['describes_after'])})\s+({'|'.join(cues['describing'])})\b"
    expected = {m.start(1) for m in re.finditer(pattern, text, re.IGNORECASE)}
    assert _describing(text, KNOWLEDGE) == expected


def test_trigger_patterns_are_those_of_the_table() -> None:
    table = WORDS["event_types"]
    compiled = _compiled("event_types", tuple((k, tuple(v)) for k, v in table.items()))
    assert trigger_patterns(KNOWLEDGE, "event_types") == compiled
    assert trigger_patterns(KNOWLEDGE, "event_types") is trigger_patterns(KNOWLEDGE, "event_types")


@EXAMPLES
@given(TEXT.map(lambda text: text.replace("©", " <a@b.c> ")))
@example("NK News <news@nknews.org>")
def test_a_senders_address_is_looked_for_where_there_is_one(head: str) -> None:
    assert _without_sender(head) == _SENDER_ADDRESS.sub("", head)


HEADER_WORDS = ["By", "by", "KIM TONG-HYUNG", "Associated Press", "AFP", "AFP,", "SEOUL",
                "Yonhap", "Xinhua", "Reuters", "Kyodo", "The", "**", ".", "Global Times", "and",
                "Beijing", "CGTN", "(Xinhua)", "KCNA", "Korean Central News Agency"]  # fmt: skip
HEADER_LINE = st.lists(st.sampled_from(HEADER_WORDS) | st.text(max_size=3), max_size=8)


def _byline_agency_as_it_was(lines: list[str]) -> str | None:
    from generator.furniture import is_byline

    for line in lines:
        text = line.strip()
        joint = _WITH_AGENCIES.match(text)
        if joint is not None:
            credited = _trailing_credit((joint["agencies"],), KNOWLEDGE)
            if credited is not None:
                return credited
        match = KNOWLEDGE.outlet_pattern.search(text)
        if match is None or not (is_byline(text) or _AGENCY_PLACE.fullmatch(text[match.end() :])):
            continue
        if is_byline(text) and match.end() != len(text.rstrip(" .")):
            continue
        if is_byline(text) or match.start() == 0:
            known = KNOWLEDGE.outlet_named(match.group(0))
            if known is not None and known.kind == "agency":
                return known.name
    return None


@EXAMPLES
@given(st.lists(HEADER_LINE.map(" ".join), max_size=4))
@example(["By KIM TONG-HYUNG Associated Press"])
@example(["AFP, SEOUL"])
@example(["The Global Times and AFP, SEOUL"])
def test_an_agency_outside_a_byline_is_looked_for_at_the_start(lines: list[str]) -> None:
    assert _byline_agency(lines, KNOWLEDGE) == _byline_agency_as_it_was(lines)


SIGNED_WORDS = ["Thanks for reading", "Thanks  for reading", "NK Pro", "North Korea Daily",
                "Daily!", "!", "Subscribe", "subscribe", "Copyright", "©", "COPYRIGHT", "by",
                "By", "Corporation", "all rights Reserved", "\u212a", "\n"]  # fmt: skip
SIGNED_LINE = st.lists(st.sampled_from(SIGNED_WORDS) | st.text(max_size=3), max_size=8)


@EXAMPLES
@given(st.lists(SIGNED_LINE.map(" ".join), max_size=4))
@example(["Thanks for reading North Korea Daily! Subscribe for free"])
def test_a_signature_is_looked_for_in_pages_holding_its_text(lines: list[str]) -> None:
    expected = None
    for pattern in WORDS["outlet_signatures"]["name_in"]:
        found = next((m for line in lines if (m := re.search(pattern, line))), None)
        if found is not None:
            known = KNOWLEDGE.outlet_named(found["name"])
            expected = known.name if known is not None else found["name"].strip()
            break
    assert _signed(lines, KNOWLEDGE) == expected
    for line in lines:
        plain = re.search(r"copyright|©|all rights reserved|\bby\b.*corporation", line, re.I)
        assert _COPYRIGHT.search(line) == (plain is not None)


MASTHEAD_WORDS = ["Xinhua", "English", "ENGLISH", "Edition", "Global", "中文", "中文版", "-", "–",
                  "|", " - ", "From:", "from :", "FROM:", "<news@nk.org>", "Yonhap", "\n", "\t",
                  "ſ", "\u212a", "Oct. 9, 2025"]  # fmt: skip
MASTHEAD_LINE = st.lists(st.sampled_from(MASTHEAD_WORDS) | st.text(max_size=3), max_size=8)


@EXAMPLES
@given(MASTHEAD_LINE.map(" ".join) | MASTHEAD_LINE.map("".join))
@example("Xinhua English - Oct. 9, 2025")
@example("From: NK News <news@nknews.org>")
def test_a_masthead_is_cut_from_its_line_as_by_the_regexes(line: str) -> None:
    column = _COLUMN_GAP.split(line.strip(), 1)[0]
    expected = _without_sender(_HEAD_LABEL.sub("", _MASTHEAD_BREAK.split(column, 1)[0]))
    assert _head(line) == expected
    for words in (tuple(WORDS["mastheads"]["edition_words"]), ("English", "ſtar"), ("Global",)):
        editions = _editions(words)
        assert editions.without(expected) == editions.pattern.sub("", expected)
    assert _editions(("English", "ſtar")).ends is None


LINK_WORDS = ["|", ">", "/", "»", "·", " ", "Home", "Advertisement", ".",
              "Story continues below"]  # fmt: skip
LINK_ROWS = st.lists(st.sampled_from(LINK_WORDS) | st.text(max_size=4), max_size=16).map(" ".join)


@EXAMPLES
@given(TEXT | LINK_ROWS)
@example("About us | Contact | Site map | Jobs")
@example("Kim met Li, KCNA said. Advertisement")
def test_labels_and_link_rows_are_looked_for_where_their_marks_are(line: str) -> None:
    assert FURNITURE.without_inline(line) == FURNITURE._inline.sub("", line)
    text = line.strip()
    words = word_count(text)
    expected = len(_SEPARATOR.findall(text)) < 3 and (
        words >= 30 or (words >= 6 and bool(_SENTENCE_END.search(text)))
    )
    assert is_prose(line) == expected


@EXAMPLES
@given(TEXT | LINK_ROWS, st.integers(1, 40))
def test_words_are_counted_as_far_as_asked(line: str, limit: int) -> None:
    words = word_count(line)
    assert (word_count(line, limit) > limit) == (words > limit)
    assert word_count(line, limit) == words or words > limit
    assert has_words(line, limit) == (len(line.split()) >= limit)


def test_ascii_spam_words_are_looked_for_in_ascii_lines() -> None:
    words = {**WORDS, "junk": {**WORDS["junk"], "spam": ["casino", "免费"]}}
    furniture = Furniture(words)
    assert furniture.is_spam("Best casino bonus") and not furniture.is_spam("Kim met Li.")
    assert furniture.is_spam("免费 casino") and furniture.is_spam("免费")
    assert not FURNITURE.is_spam("Best casino bonus")  # the built-in words are Chinese


CREDIT_WORDS = ["Yonhap", "KCNA", "via", "REUTERS", "AFP", "/", "-", "Pool", "day.", "it?",
                "Thursday.", "so!", ".", "ab.", "中文.", "x", "Yahoo!", "Who?", "News",
                "\n"]  # fmt: skip
CREDIT_TEXT = st.lists(st.sampled_from(CREDIT_WORDS) | st.text(max_size=3), max_size=12)


@EXAMPLES
@given(CREDIT_TEXT.map(" ".join), st.integers(0, 40))
@example("A guard of honour, Thursday. Yonhap", 0)
@example("Li is welcomed on Oct. 9. KCNA via REUTERS", 5)
def test_agency_credits_are_tried_at_marks_only(text: str, start: int) -> None:
    furniture = article_furniture(KNOWLEDGE)  # with the agencies' names
    expected = furniture._agency_credit.search(text, start) is not None
    assert furniture._marks_only_before_credit  # only the last mark is tried
    assert furniture._agency_credit_from(text, start) == expected
    marked = Furniture(WORDS, ("Yonhap", "Yahoo!", "Who? News", "KCNA"))  # every mark tried
    assert not marked._marks_only_before_credit
    expected = marked._agency_credit.search(text, start) is not None
    assert marked._agency_credit_from(text, start) == expected


@EXAMPLES
@given(TEXT)
def test_told_needs_its_word(text: str) -> None:
    assert _TOLD.search(text) is None or "told " in text


# --- dates: clues read in lowercased text, the quick test as a prefix tree -------------


@EXAMPLES
@given(TEXT | ASCII_TEXT)
def test_clues_are_found_as_their_regexes_find_them(text: str) -> None:
    from generator.dates import _rules

    found = {clue for clue in _all_clues() if clue.pattern.search(text)}
    assert _rules_with_clues_in(text) == [rule for rule in _rules() if rule.clues <= found]


def test_clues_of_other_scripts_are_not_looked_for_in_ascii_text() -> None:
    outside = sorted(c.pattern.pattern for c in _all_clues() if c.outside_ascii)
    assert "月" in outside and "[日号일]" in outside and len(outside) == 7
    assert all(not c.words for c in _all_clues() if c.outside_ascii)
    for pattern in ("(?i:월)", "월?", "[^月]", "(?:月|x)", "a月", "[月a]", "(?:다음\\s*날)"):
        assert _NOT_ASCII_WORDS.fullmatch(pattern) is None, pattern


NOT_ASCII_PIECES = ["月", "다음", "날", "日号", "é", "\u212a", "ſ", "İ"]
NOT_ASCII_WORD = st.lists(st.sampled_from(NOT_ASCII_PIECES), min_size=1, max_size=3).map(
    "\\s+".join
)
NOT_ASCII_PATTERNS = (
    NOT_ASCII_WORD
    | st.lists(NOT_ASCII_WORD, min_size=1, max_size=4).map(lambda w: f"(?:{'|'.join(w)})")
    | st.lists(st.sampled_from(NOT_ASCII_PIECES), min_size=1).map(lambda c: f"[{''.join(c)}]")
)


@EXAMPLES
@given(NOT_ASCII_PATTERNS, ASCII_TEXT)
def test_a_clue_of_other_scripts_matches_no_ascii_text(pattern: str, text: str) -> None:
    assert _NOT_ASCII_WORDS.fullmatch(pattern) is not None
    assert re.search(pattern, text) is None
    assert re.search(pattern, text.upper()) is None and re.search(pattern, text.lower()) is None


DATE_WORDS = ["The", "the", "THE", "3rd", "21st", "2025-10-09", "2025/10/9", "12345-", "Monday",
              "MONDAY", "from", "From", "to", "-", "Friday", "two", "Two", "days", "DAYS", "later",
              "ago", "3", "12", "123", "a", "A", "day", "Day", "week", "weeks", "last", "month",
              "Earlier", "this", "mid", "mid-October", "October", "May", "may", "over", "weekend",
              "This", "morning", "today", "next", "of", "following", ",", ".", "\t", "  ",
              "afterwards", "earlier", "in", "end", "from Monday to Friday", "12 days later",
              "two weeks ago", "a day later", "the 21st", "mid-October", "earlier this month",
              "over the weekend", "the next day", "this morning", "Sept 9",
              "9 October"]  # fmt: skip
DATE_TEXT = st.lists(st.sampled_from(DATE_WORDS) | st.text(max_size=3), max_size=14).map(" ".join)


@EXAMPLES
@given(DATE_TEXT | ASCII_TEXT | TEXT)
@example("Kim arrived on Monday, two days later, and left the 3rd.")
@example("From Monday to Friday last week, 2025-10-09, A Day Later")
@example("Li stays from Monday to Friday; it ended 12 days later, 3 weeks ago.")
@example("In mid-October, earlier this month, over the weekend, the next day, this morning")
def test_rules_are_tried_where_a_match_may_start_as_everywhere(text: str) -> None:
    from generator.dates import _rules

    lowered = text.lower() if text.isascii() else None
    for rule in _rules():
        expected = [m.span() for m in rule.pattern.finditer(text)]
        assert [m.span() for m in rule.finditer(text, lowered)] == expected, rule.name
    assert sum(rule.starts is not None for rule in _rules()) == 11


@EXAMPLES
@given(TEXT | ASCII_TEXT)
def test_rules_without_their_clues_find_nothing(text: str) -> None:
    from generator.dates import _rules

    skipped = [rule for rule in _rules() if rule not in _rules_with_clues_in(text)]
    assert all(match.end() == match.start() for r in skipped for match in r.pattern.finditer(text))


@EXAMPLES
@given(TEXT | ASCII_TEXT)
@example("Kim met Li the next  day.")
@example("It was 9 p.m.")
def test_the_quick_date_test_is_the_alternation_of_its_words(text: str) -> None:
    words = {" ".join(word.lower().split()) for word in _hint_words()}
    plain = re.compile(rf"\d|{alternation(sorted(words))}")
    lowered = text.lower()
    if lowered.isascii():
        assert (_ascii_hint().search(lowered) is None) == (plain.search(lowered) is None)
    if text.isascii():
        assert may_hold_date(text) == (_hint().search(text) is not None)


DAY_WORDS = ["Oct.", "9", "October", "Sept", "28th", "９", "٣", "on", "the", "SEPT", "\u212a",
             "May", "2025", ",", "Jan.", "1st"]  # fmt: skip
DAY_TEXT = st.lists(st.sampled_from(DAY_WORDS) | st.text(max_size=3), max_size=10).map(" ".join)


@EXAMPLES
@given(DAY_TEXT | TEXT)
def test_month_days_are_looked_for_in_text_with_a_digit_only(text: str) -> None:
    from generator.published import _MONTH_DAY, MONTHS, month_days

    expected = tuple(
        (MONTHS[m["mon"][:3].lower()], int(m["d"]))
        for pattern in _MONTH_DAY
        for m in pattern.finditer(text)
        if 1 <= int(m["d"]) <= 31
    )
    assert month_days(text) == expected


# --- sentences: the word before and after a full stop, without splitting everything ----


def _abbreviation_by_splitting(word: str, following: str) -> bool:
    """``_abbreviation`` as it was: the word after found by splitting all that follows."""
    words = sentence_words()
    next_word = following.split()[0] if following.split() else ""
    if word in words.titles:
        return True
    if word in words.before_numbers and next_word[:1].isdigit():
        return True
    if len(word) == 1 and word.isupper():
        return True
    shaped = word in words.inside or re.match(r"^(?:[A-Za-z]\.)+[A-Za-z]$", word) is not None
    return shaped and next_word.strip("\"'“‘") not in words.starters


@EXAMPLES
@given(TEXT, st.integers(0, 100), st.sampled_from(["No", "Dr", "Inc", "U.S", "J", "met", ""]))
def test_the_words_around_a_full_stop_are_the_last_and_first_of_a_split(
    text: str, position: int, word: str
) -> None:
    words = text[:position].split()
    assert _word_before(text, position) == (words[-1].lstrip("\"'“‘([") if words else "")
    following = text[position:]
    assert _abbreviation(word, following) == _abbreviation_by_splitting(word, following)


# --- entities: one pattern of everyone's short names, shared by all articles -----------


@EXAMPLES
@given(TEXT, st.sets(st.sampled_from(sorted(KNOWLEDGE.short_names)), min_size=1))
def test_the_shared_short_name_pattern_finds_an_articles_names(text: str, names: set[str]) -> None:
    shared = every_short_name(KNOWLEDGE.short_names)
    assert shared is not None
    found = [(m.span(), m[0]) for m in shared.finditer(text) if m[0] in names]
    assert found == [(m.span(), m[0]) for m in words_pattern(tuple(sorted(names))).finditer(text)]
    short_names = {name: f"{name} Person" for name in names}
    entities, alone = (
        ArticleEntities(KNOWLEDGE, short_names),
        ArticleEntities(KNOWLEDGE, short_names),
    )
    alone.__dict__["_surname_patterns"] = (words_pattern(tuple(sorted(names))),)  # its own
    assert entities._surnames(text) == alone._surnames(text)


NAME_WORDS = ["Li", "Qiang", "Li Qiang", "Kim Jong Un", "Choe", "Son-hui", "Xi", "Premier",
              "Vice Premier", "Ding Xuexiang", "Foreign Minister", "Wang", "Yi", "Lee", "said",
              "the premier", "李强", "김정은", "Putin", "Путин"]  # fmt: skip
NAME_TEXT = st.lists(st.sampled_from(NAME_WORDS) | st.text(max_size=3), max_size=12).map(" ".join)


@EXAMPLES
@given(NAME_TEXT | TEXT, st.lists(NAME_TEXT, max_size=3))
def test_a_text_with_no_name_word_names_nobody(text: str, paragraphs: list[str]) -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, paragraphs)
    slow = ArticleEntities.for_text(KNOWLEDGE, paragraphs)
    slow.__dict__["_may_name_someone"] = lambda text: True  # every pattern tried
    assert entities._name_starts
    assert entities._reading(text) == slow._reading(text)


def test_an_articles_own_short_names_pass_the_quick_test() -> None:
    """Short names of people the article introduces are not everyone's: their own regex."""
    entities = ArticleEntities.for_text(KNOWLEDGE, ["German Chancellor Olaf Scholz spoke."])
    assert len(entities._name_words) == 2
    assert entities._reading("Scholz left.").people == ("Olaf Scholz",)


TITLE_WORDS = ["leader", "supreme leader", "premier", "Premier", "fm", "foreign minister",
               "the", "", " ", "president of the State Affairs", "president"]  # fmt: skip


@EXAMPLES
@given(st.sets(st.sampled_from(TITLE_WORDS) | st.text(max_size=3), max_size=6), NAME_TEXT | TEXT)
def test_the_titles_seen_are_looked_for_in_one_search(titles: set[str], text: str) -> None:
    found = any_title(frozenset(titles))
    expected = any(title in text for title in titles)
    assert (found is not None and found.search(text) is not None) == expected


@EXAMPLES
@given(st.lists(NAME_TEXT, max_size=6))
def test_the_search_for_titles_seen_follows_the_people_named(sentences: list[str]) -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, sentences)
    for sentence in sentences:
        entities.find(sentence)
        titles = frozenset(entities._titles_seen)
        assert entities._title_seen_in is (any_title(titles) if titles else None)


CUE_WORDS = ["in", "IN", "landed in", "landed  in", "the", "The", "visit", "visiting", "to",
             "\u212aim", "ſ", "İn", "ın", "\n", "\t", "  ", "Beijing", "x", "在", "抵达", "北京",
             "-"]  # fmt: skip
CUE_TEXT = st.lists(st.sampled_from(CUE_WORDS) | st.text(max_size=3), max_size=10).map(" ".join)


@EXAMPLES
@given(CUE_TEXT, st.integers(0, 60))
@example("talks in Beijing", 9)
@example("抵达北京", 2)
def test_a_location_cue_is_looked_for_before_the_place_only(text: str, start: int) -> None:
    before = text[max(0, start - 20) : start]
    expected = bool(_LOCATION_CUE.search(before) or _CJK_LOCATION_CUE.search(before))
    assert is_location(text, start) == expected


FUSED_WORDS = st.lists(st.text("aAb-é1 .'", min_size=1, max_size=4), min_size=1, max_size=5)
FUSED_TEXT = st.lists(
    st.sampled_from([" Kim Jong", " Li Qiang-Wei", "x"]) | st.text("aAbB-é1 .'\n中", max_size=4),
    max_size=8,
).map("".join)


@EXAMPLES
@given(FUSED_WORDS, FUSED_TEXT)
@example(["Li", "Li-a"], "Li-a Li x-Li")
@example([".a", "a"], "b.a .a")
@example([".a", "Ab"], "x.a Kim Jong, .a Kim Jong, xAb Kim Jong, Ab Kim Jong")
def test_words_with_their_boundary_looked_back_at_match_as_before(
    words: list[str], text: str
) -> None:
    for pattern in (words_pattern(tuple(words)), titled_pattern(tuple(words))):
        assert pattern.fused is not None
        expected = [(m.span(), m.groupdict()) for m in pattern.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in pattern.fused.finditer(text)] == expected


@EXAMPLES
@given(FUSED_WORDS, FUSED_TEXT)
@example(["the North", "Ab", "al-A"], "in the North, the Ab; al-A, xal-A, Ab-the North")
@example(["Li", "Li-a", "Li a"], "Li-a Li a x-Li Li")
@example([".a", "a"], "b.a .a a")
def test_spellings_found_by_their_first_words_match_as_one_regex(
    words: list[str], text: str
) -> None:
    expected = [m.span() for m in fused_spellings(words).finditer(text)]
    assert [m.span() for m in Spellings(words).finditer(text)] == expected


@EXAMPLES
@given(NAME_TEXT | TEXT)
@example("Kim Jong Un met Xi Jinping in Beijing; 김정은 visited 北京 and the North.")
@example("el-Sisi flew from the Maldives to the occupied Palestinian territories, then the")
def test_the_names_of_people_and_places_match_as_the_tables_patterns(text: str) -> None:
    people, places = names_of(KNOWLEDGE)
    for pattern, plain in ((people, KNOWLEDGE.person_pattern), (places, KNOWLEDGE.place_pattern)):
        assert pattern.first_words is not None  # found by their first words, not one regex
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected


RELATIVE_WORDS = ["a", "two", "the", "day", "Days", "DAY", "before", "After", "ahead of",
                  "prior  to", "following", "on the eve of", "The Eve Of", "his", "Their",
                  "meeting", "parade,", "Monday", "every", "\u212a", "ſ", "İ"]  # fmt: skip
RELATIVE_TEXT = st.lists(st.sampled_from(RELATIVE_WORDS) | st.text(max_size=3), max_size=14)


@EXAMPLES
@given(RELATIVE_TEXT.map(" ".join))
@example("Kim left two days before the parade began.")
@example("On the eve of their talks, Xi spoke.")
@example("a day AFTER the summit")
def test_relative_phrases_are_looked_for_where_their_words_are(sentence: str) -> None:
    expected = [m.span() for m in event_dates_pattern().finditer(sentence)]
    if "day" not in sentence.lower() and "eve" not in sentence.lower():
        expected = []
    assert [m.span() for m in relative_phrases(sentence)] == expected


@EXAMPLES
@given(TEXT | ASCII_TEXT)
@example("Published Oct. 9, 2025 Updated Oct. 10, 2025")
@example("Posted 9 Oct 2025 · LAST UPDATED 10 Oct")
@example("Modified\tOct. 10")
def test_a_first_stamp_is_cut_where_the_regex_cuts(line: str) -> None:
    from generator.published import _LATER_STAMP, first_stamp

    assert first_stamp(line) == _LATER_STAMP.split(line.strip(), maxsplit=1)[0]
