"""Reading seeds: tiny files in any encoding or format → the text lines and metadata read.

Covers ``generator/sources.py`` (finding and decoding seeds) and ``generator/html_text.py``
(web pages and Markdown), which ``sources`` hands its HTML and Markdown to.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from generator.html_text import html_document, markdown_document
from generator.model import Document, Problem, Seed
from generator.sources import clean_text, decode, find_seeds, read_document

LEAD = "Kim Jong Un met Li Qiang in Pyongyang on Thursday."
TEXT = f"{LEAD}\nThe talks were friendly.\n"
CHINESE = "中国国务院总理李强抵达平壤，开始对朝鲜进行正式友好访问。\n双方举行了会谈。\n"
KOREAN = "리창 중국 총리가 평양에 도착했다.\n양측은 회담을 가졌다.\n"
FRENCH = "Le Premier ministre chinois est arrivé à Pyongyang jeudi. Il a été accueilli.\n"


def read(tmp_path: Path, data: bytes, name: str = "x.txt") -> Document | Problem:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(Seed(str(path), f"seeds/{name}", "0" * 16))



# fmt: off
ENCODINGS = [
    pytest.param(TEXT.encode("utf-8"), TEXT, id="UTF-8"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, id="UTF-8 with BOM"),
    pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, id="UTF-16 LE with BOM"),
    pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, id="UTF-16 BE with BOM"),
    pytest.param(TEXT.encode("utf-16-le"), TEXT, id="UTF-16 LE without BOM"),
    pytest.param(TEXT.encode("utf-16-be"), TEXT, id="UTF-16 BE without BOM"),
    pytest.param(codecs.BOM_UTF16_LE + CHINESE.encode("utf-16-le"), CHINESE,
                 id="UTF-16 Chinese with BOM"),
    pytest.param(CHINESE.encode("utf-16-le"), CHINESE, id="UTF-16 LE Chinese without BOM"),
    pytest.param(CHINESE.encode("utf-16-be"), CHINESE, id="UTF-16 BE Chinese without BOM"),
    pytest.param(KOREAN.encode("utf-16-le"), KOREAN, id="UTF-16 LE Korean without BOM"),
    pytest.param(KOREAN.encode("utf-16-be"), KOREAN, id="UTF-16 BE Korean without BOM"),
    pytest.param(CHINESE.encode("utf-8"), CHINESE, id="UTF-8 Chinese"),
    pytest.param(CHINESE.encode("gb18030"), CHINESE, id="GB18030 Chinese"),
    pytest.param(f"{LEAD} The café owner said so.\n".encode("latin-1"),
                 f"{LEAD} The café owner said so.\n", id="Latin-1 English with one accent"),
    pytest.param(FRENCH.encode("latin-1"), FRENCH, id="Latin-1 French"),
    pytest.param(b"first\r\nsecond\rthird\n", "first\nsecond\nthird\n", id="CRLF and CR"),
    pytest.param(b"Kim\x01 met\x07 Li\x1b.\x7f\n", "Kim met Li.\n", id="controls dropped"),
    pytest.param(TEXT.encode() + b"\x00" + TEXT.encode(), TEXT + TEXT, id="one stray NUL byte"),
    pytest.param("zero\u200bwidth and\xa0no-break\n".encode(), "zerowidth and no-break\n",
                 id="zero-width and no-break spaces"),
]
# fmt: on


@pytest.mark.parametrize(("data", "text"), ENCODINGS)
def test_decoding(tmp_path: Path, data: bytes, text: str) -> None:
    document = read(tmp_path, data)
    assert isinstance(document, Document), document
    assert document.lines == tuple(text.split("\n"))


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", id="UTF-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig", id="UTF-8 BOM"),
        pytest.param(TEXT.encode("utf-16-le"), "utf-16-le", id="UTF-16 LE"),
        pytest.param(TEXT.encode("utf-16-be"), "utf-16-be", id="UTF-16 BE"),
        pytest.param(CHINESE.encode("utf-16-le"), "utf-16-le", id="UTF-16 LE Chinese"),
        pytest.param(CHINESE.encode("utf-16-be"), "utf-16-be", id="UTF-16 BE Chinese"),
        pytest.param(CHINESE.encode("gb18030"), "gb18030", id="GB18030"),
    ],
)
def test_encoding_name_is_recorded(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded is not None and decoded[1] == encoding


def test_clean_text() -> None:
    assert clean_text("a\r\nb\rc\x00d\u2028e\tf") == "a\nb\ncd\ne\tf"


def test_soft_hyphens_and_word_joiners_are_not_letters() -> None:
    assert clean_text("Bei\u00adjing, Sep\u00adtem\u00adber\u00a030, Li\u2060 Qiang") == (
        "Beijing, September 30, Li Qiang"
    )


# fmt: off
UNREADABLE = [
    pytest.param(b"", "the file is empty", id="empty"),
    pytest.param(b"  \n\t\r\n ", "the file is empty", id="whitespace only"),
    pytest.param(b"\x01\x02\x03\x7f\n", "the file holds only whitespace or control characters",
                 id="control characters only"),
    pytest.param(bytes(range(256)) * 8, "binary data, not text (no text encoding fits)",
                 id="binary"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(300), "binary data, not text (no text encoding fits)",
                 id="an image named .txt"),
    pytest.param(b" \x00\n\x00" * 20 + bytes(range(256)) * 4,
                 "binary data, not text (no text encoding fits)", id="binary with UTF-16 spaces"),
    pytest.param(b"\x01\x00\x02\x00 \x00" * 200, "binary data, not text (no text encoding fits)",
                 id="UTF-16 shaped control codes"),
]
# fmt: on


@pytest.mark.parametrize(("data", "reason"), UNREADABLE)
def test_unreadable_files_are_problems(tmp_path: Path, data: bytes, reason: str) -> None:
    assert read(tmp_path, data) == Problem("seeds/x.txt", "warning", reason)


def test_format_follows_the_extension(tmp_path: Path) -> None:
    page = b"<html><body><article><p>Kim met Li.</p></article></body></html>"
    kinds = {name: read(tmp_path, page, name) for name in ("x.html", "x.htm", "x.md", "x.txt")}
    assert {n: getattr(d, "kind", d) for n, d in kinds.items()} == {
        "x.html": "html",
        "x.htm": "html",
        "x.md": "md",
        "x.txt": "txt",
    }


# Finding seeds ---------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    seeds = tmp_path / "project" / "seeds"
    for name in (
        "a.txt",
        "sub/b.md",
        "sub/deeper/c.html",
        "x.txt~",
        ".x.swp",
        "#x#",
        ".hidden.txt",
        "x.txt.bak",
        ".git/config.txt",
        "notes.pdf",
        "README",
    ):
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        (seeds / name).write_text("Kim met Li.\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("secret\n", encoding="utf-8")
    os.symlink(tmp_path / "outside.txt", seeds / "escape.txt")
    os.symlink(seeds / "a.txt", seeds / "alias.txt")
    os.symlink(seeds / "gone.txt", seeds / "dangling.txt")
    return tmp_path / "project"


def test_find_seeds_reads_sub_folders_and_skips_leftovers(project: Path) -> None:
    seeds, _ = find_seeds(project / "seeds", project)
    assert [s.file for s in seeds] == [
        "seeds/a.txt",
        "seeds/alias.txt",
        "seeds/sub/b.md",
        "seeds/sub/deeper/c.html",
    ]


def test_find_seeds_gives_each_refusal_a_reason(project: Path) -> None:
    _, problems = find_seeds(project / "seeds", project)
    assert {p.file: p.message for p in problems} == {
        "seeds/README": "not a supported file type (no extension); use .txt, .md or .html",
        "seeds/notes.pdf": "not a supported file type (.pdf); use .txt, .md or .html",
        "seeds/escape.txt": "refused: a symbolic link that leads outside the seeds folder",
        "seeds/dangling.txt": "refused: a symbolic link to a file that does not exist",
    }


def test_same_bytes_same_hash(project: Path) -> None:
    seeds, _ = find_seeds(project / "seeds", project)
    hashes = {s.file: s.content_hash for s in seeds}
    assert hashes["seeds/a.txt"] == hashes["seeds/sub/b.md"]
    assert len(hashes["seeds/a.txt"]) == 16


def test_missing_seeds_folder(tmp_path: Path) -> None:
    assert find_seeds(tmp_path / "seeds", tmp_path) == (
        [],
        [Problem("seeds", "error", "the seeds folder does not exist")],
    )


# HTML pages --------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Talks | Daily Example</title>
<meta property="og:title" content="Kim receives Chinese premier">
<meta property="article:published_time" content="2025-10-09T13:05:00+00:00">
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://example.org/talks">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Kim receives premier",
 "datePublished": "2025-10-09T21:05:00+08:00", "publisher": {"name": "Example Media"}}</script>
<style>p { color: red }</style>
</head><body>
<nav><p>Home</p><p>World</p></nav>
<header><p>Daily Example masthead</p></header>
<article><h1>Kim receives Chinese premier</h1>
<p>Kim Jong Un received   Li Qiang on Thursday .</p>
<figure><img src="x.jpg"><figcaption>Li Qiang in Pyongyang. (Xinhua)</figcaption></figure>
<script>var tracking = 1;</script>
<div><p>The talks were friendly.</p></div>
<aside><p>Related: another story</p></aside>
</article>
<footer><p>Copyright 2025 Daily Example</p></footer>
</body></html>"""


def test_html_meta_tags_and_json_ld() -> None:
    document = html_document("seeds/x.html", PAGE, "utf-8")
    assert document.meta == (
        ("title", "Kim receives Chinese premier"),
        ("published", "2025-10-09T13:05:00+00:00"),
        ("site_name", "Daily Example"),
        ("author", "Jane Roe"),
        ("url", "https://example.org/talks"),
        ("title", "Kim receives premier"),
        ("published_ld", "2025-10-09T21:05:00+08:00"),
        ("publisher", "Example Media"),
        ("page_title", "Talks | Daily Example"),
        ("copyright", "Copyright 2025 Daily Example"),  # from the <footer>, dropped as text
    )
    assert document.meta_value("title") == "Kim receives Chinese premier"  # og:title first


def test_html_text_without_furniture_and_captions_apart() -> None:
    document = html_document("seeds/x.html", PAGE, "utf-8")
    assert [line for line in document.lines if line] == [
        "Kim receives Chinese premier",
        "Kim Jong Un received Li Qiang on Thursday.",
        "The talks were friendly.",
    ]
    assert document.captions == ("Li Qiang in Pyongyang. (Xinhua)",)


def test_an_element_whose_class_names_a_caption_is_a_caption() -> None:
    page = (
        '<body><article><h1>Kim in Beijing</h1><div class="media">'
        '<div class="media__caption">Kim Jong Un at the parade in Beijing.</div></div>'
        "<p>Kim visited Beijing.</p></article></body>"
    )
    document = html_document("seeds/x.html", page, "utf-8")
    assert document.captions == ("Kim Jong Un at the parade in Beijing.",)
    assert [line for line in document.lines if line] == ["Kim in Beijing", "Kim visited Beijing."]


@pytest.mark.parametrize(
    ("element", "standfirst"),
    [
        ('<p class="td-lead">Choe came home with warm words and little else.</p>',
         "Choe came home with warm words and little else."),
        ('<div class="c-article__dek">Choe came home with warm words and little else.</div>',
         "Choe came home with warm words and little else."),
        ('<div class="lead-image">Photo: Choe arrives in Beijing with Wang Yi</div>', None),
        ('<p class="td-lead">Opinion</p>', None),  # a label, no summary
    ],
)
def test_html_standfirst_told_by_its_class(element: str, standfirst: str | None) -> None:
    page = f"<body><article><h1>Choe in Beijing</h1>{element}<p>Text.</p></article></body>"
    assert html_document("seeds/x.html", page, "utf-8").meta_value("standfirst") == standfirst


# fmt: off
HTML_BODIES = [
    pytest.param("<body><main><p>In main.</p></main><p>Outside main.</p></body>", ["In main."],
                 id="main when there is no article"),
    pytest.param("<body><p>Tom &amp; Jerry &nbsp;caf&eacute;</p></body>", ["Tom & Jerry café"],
                 id="entities"),
    pytest.param("<body><ul><li><p>Nested.</p></li></ul><blockquote>Quoted.</blockquote></body>",
                 ["Nested.", "Quoted."], id="innermost blocks only"),
    pytest.param("<body><div>First line<br>Second line</div></body>",
                 ["First line", "Second line"], id="no blocks: plain text lines"),
    pytest.param("<body><noscript><p>Enable JS</p></noscript><form><p>Search</p></form>"
                 "<p>Kept.</p></body>", ["Kept."], id="noscript and forms dropped"),
    pytest.param("<body><article><h1>Kim receives premier</h1><div>Kim met Li on Thursday.<br><br>"
                 "The talks were friendly.</div></article></body>",
                 ["Kim receives premier", "Kim met Li on Thursday.", "The talks were friendly."],
                 id="text in a div next to a headline"),
    pytest.param("<body><article><h1>Kim receives premier</h1><p>Kim met Li on Thursday.</p>"
                 "<section class='m-comments'><h2>Comments (1)</h2><p>What a visit this was, "
                 "really.</p></section></article></body>",
                 ["Kim receives premier", "Kim met Li on Thursday."], id="comments by class"),
    pytest.param("<body><article><p>Kim met Li on Thursday.</p><div data-testid='ReadNext'>"
                 "<p>Next story.</p></div><div><h2>Most read</h2><p>Another one.</p></div>"
                 "</article></body>", ["Kim met Li on Thursday."], id="reading lists"),
    pytest.param("<body><div class='post has-comments'><h1>Kim receives premier</h1>"
                 "<p>Kim met Li on Thursday.</p></div></body>",
                 ["Kim receives premier", "Kim met Li on Thursday."],
                 id="a wrapper named for comments keeps the article"),
    pytest.param("<body><article><h1>Kim receives premier</h1><div class='author_share'>"
                 "<span>By Jane Doe</span> <span>Published: Sep 30, 2025 11:08 PM</span>"
                 "<div class='share_icons'><a>Facebook</a></div></div>"
                 "<p>Kim met Li on Thursday.</p></article></body>",
                 ["Kim receives premier", "By Jane Doe Published: Sep 30, 2025 11:08 PM",
                  "Kim met Li on Thursday."],
                 id="a block named for sharing keeps the byline and date it holds"),
    pytest.param("<body><article><p>Kim met Li on Thursday; the talks in Pyongyang were "
                 "friendly.</p><div class='dpl-paywall-cta'><p>Enjoying this? Subscribe.</p>"
                 "</div></article></body>",
                 ["Kim met Li on Thursday; the talks in Pyongyang were friendly."],
                 id="a call to subscribe"),
]
# fmt: on


@pytest.mark.parametrize(("html", "lines"), HTML_BODIES)
def test_html_body_lines(html: str, lines: list[str]) -> None:
    document = html_document("seeds/x.html", f"<html>{html}</html>", "utf-8")
    assert [line for line in document.lines if line] == lines


# Markdown ------------------------------------------------------------------------

# fmt: off
FRONT_MATTER = [
    pytest.param("---\ntitle: Kim receives premier\ndate: 2025-10-09\noutlet: Global Times\n"
                 "author: Li Wei\n---\n# Kim receives premier\n\nKim met Li on Thursday.\n",
                 (("title", "Kim receives premier"), ("published", "2025-10-09"),
                  ("site_name", "Global Times"), ("author", "Li Wei")),
                 ["Kim receives premier", "Kim met Li on Thursday."], id="valid YAML"),
    pytest.param("---\ntitle: [unclosed\n---\nKim met Li on Thursday.\n",
                 (("front_matter_error", "the front matter is not valid YAML"),),
                 ["Kim met Li on Thursday."], id="invalid YAML"),
    pytest.param("---\njust a sentence\n---\nKim met Li on Thursday.\n",
                 (("front_matter_error", "the front matter is not a set of key: value lines"),),
                 ["Kim met Li on Thursday."], id="YAML that is not a mapping"),
    pytest.param("# Kim receives premier\n\nKim met *Li* on Thursday.\n", (),
                 ["Kim receives premier", "Kim met Li on Thursday."], id="no front matter"),
    pytest.param("---\nsource: Xinhua\nurl:\n---\nText.\n", (("site_name", "Xinhua"),),
                 ["Text."], id="source is the outlet, empty values dropped"),
    pytest.param("---\npublication: Ukraine Diplomacy Weekly\nsource: \"https://x.substack.com/p/y\"\n"
                 "---\nText.\n",
                 (("site_name", "Ukraine Diplomacy Weekly"), ("url", "https://x.substack.com/p/y")),
                 ["Text."], id="a newsletter's publication is the outlet"),
    pytest.param("---\nsource: \"https://www.nknews.org/2025/10/x/\"\nauthor:\n"
                 "  - \"[[Colin Zwirko]]\"\n  - \"[[people/Ann Lee|Ann Lee]]\"\ntags: []\n---\n"
                 "Text.\n",
                 (("url", "https://www.nknews.org/2025/10/x/"),
                  ("author", "Colin Zwirko and Ann Lee")),
                 ["Text."], id="a web clipper's source address and list of wiki-linked authors"),
    pytest.param("+++\ntitle = \"Choe in Minsk\"\ndate = 2025-11-03T09:00:00-05:00\n"
                 "outlet = \"38 North\"\n+++\nText.\n",
                 (("title", "Choe in Minsk"), ("published", "2025-11-03 09:00:00-05:00"),
                  ("site_name", "38 North")),
                 ["Text."], id="Hugo's TOML front matter"),
    pytest.param("+++\ntitle = unquoted\n+++\nText.\n",
                 (("front_matter_error", "the front matter is not valid TOML"),),
                 ["Text."], id="invalid TOML"),
]
# fmt: on


@pytest.mark.parametrize(("text", "meta", "lines"), FRONT_MATTER)
def test_markdown(text: str, meta: tuple[tuple[str, str], ...], lines: list[str]) -> None:
    document = markdown_document("seeds/x.md", text, "utf-8")
    assert (document.kind, document.meta, [line for line in document.lines if line]) == (
        "md",
        meta,
        lines,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CrÃ¨me brÃ»lÃ©e in PÃ©rigueux", "Crème brûlée in Périgueux"),
        ("Kimâ€™s train â€” arrived", "Kim’s train — arrived"),
        ("A lone Ã stays", "A lone Ã stays"),
        ("Plain text stays", "Plain text stays"),
    ],
    ids=["accents", "quotes and dashes", "one odd letter", "plain"],
)
def test_mojibake_is_repaired(text: str, expected: str) -> None:
    from generator.sources import repair_mojibake

    assert repair_mojibake(text) == expected


def test_markdown_files_read_one_after_another_read_as_alone() -> None:
    text = "# Title\n\nOne [link][1].\n\n[1]: http://a.b\n"
    first = markdown_document("seeds/a.md", text, "utf-8")
    second = markdown_document("seeds/b.md", "Two [link][1].\n", "utf-8")
    assert first.lines == ("Title", "", "One link.", "")
    assert second.lines == ("Two [link][1].", "")


def test_a_link_named_by_its_domain_is_the_address_of_a_page_without_one() -> None:
    page = ('<body><a href="https://www.x.com/">x.com</a>'
            '<a href="https://www.x.com/2025/09/05/talks/">x.com</a>'
            '<p>Xi held talks with Kim on Thursday.</p></body>')  # fmt: skip
    assert html_document("seeds/x.html", page, "utf-8").meta == (
        ("url", "https://www.x.com/2025/09/05/talks/"),
    )
    canonical = '<head><link rel="canonical" href="https://y.org/a"></head>' + page
    assert html_document("seeds/x.html", canonical, "utf-8").meta == (("url", "https://y.org/a"),)


def test_the_wayback_machines_toolbar_is_not_page_text() -> None:
    page = ('<body><div id="wm-ipp-base"><div id="wm-ipp">3 captures<div>11 Oct 2025 - 14 Oct '
            '2025</div></div></div><div id="donato">COLLECTED BY</div>'
            '<div class="post"><h1>Li meets Kim</h1><p>Li met Kim on Thursday.</p></div></body>')
    lines = [line for line in html_document("seeds/x.html", page, "utf-8").lines if line]
    assert lines == ["Li meets Kim", "Li met Kim on Thursday."]


def test_a_note_apps_clipping_names_the_page_it_came_from() -> None:
    page = ('<head><meta name="created" content="2025-10-12 08:31:07 +0000"/>'
            '<meta name="source-url" content="https://x.org/talks/"/></head>'
            '<body><p>Li met Kim on Thursday.</p></body>')  # fmt: skip
    assert html_document("seeds/x.html", page, "utf-8").meta == (("url", "https://x.org/talks/"),)


def test_a_live_page_is_all_its_posts_not_the_latest_alone() -> None:
    posts = "".join(
        f"<article><time>1{n}:00 GMT</time><p>Post {n}.</p></article>" for n in range(3)
    )
    page = f"<body><main><h1>Summit live</h1>{posts}</main></body>"
    lines = html_document("seeds/x.html", page, "utf-8").lines
    assert [line for line in lines if line.startswith("Post")] == ["Post 0.", "Post 1.", "Post 2."]


def test_one_article_beside_a_teaser_is_the_article_alone() -> None:
    page = (
        "<body><main><article><h1>Li in Johannesburg</h1><p>Li arrived.</p></article>"
        "<article><p>Read next: rand firms.</p></article></main></body>"
    )
    lines = html_document("seeds/x.html", page, "utf-8").lines
    assert "Li arrived." in lines and not any("rand" in line for line in lines)
