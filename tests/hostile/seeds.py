"""Write the hostile seeds into a folder; each case says what a safe build does with it.

Nothing large is committed: the 30 MB file and the 2 MB line are generated here, at
test time. ``write_hostile_seeds(folder)`` returns the cases it wrote, keyed by the
seed's path relative to the project root (``seeds/...``).
"""

from __future__ import annotations

import codecs
import shutil
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

INCLUDED = frozenset({"included"})
REJECTED = frozenset({"rejected"})
READ_OR_REFUSED = frozenset({"included", "rejected"})  # either is safe; a crash is not
SCRIPT = "<script>alert(1)</script>"
ONERROR = "<img src=x onerror=alert(1)>"


@dataclass(frozen=True)
class Case:
    """One hostile seed and the outcomes a safe build may give it."""

    name: str
    statuses: frozenset[str]
    reason: str = ""  # a word the rejection reason must contain
    title: str = ""  # text the article's title must contain when it is included


def article(headline: str, published: str, body: str) -> str:
    """A short English wire story in the layout of the real seeds (off the story's topic)."""
    return f"{headline}\nPublished: {published}\n\n{body}\n"


STORIES = {
    "ferry": (
        "Harbour authority opens new ferry terminal in Valletta",
        "The harbour authority on Wednesday opened a new ferry terminal in Valletta, "
        "officials said. It will serve about two million passengers a year.",
    ),
    "bridge": (
        "Engineers reopen the old stone bridge at Mostar after repairs",
        "Engineers reopened the stone bridge on Tuesday after eight months of repairs. "
        "Divers from the local club celebrated with a jump into the river.",
    ),
    "library": (
        "City library in Tartu extends its opening hours for students",
        "From Monday the library will stay open until midnight during the exam season, "
        "the director told reporters. Students had asked for longer hours.",
    ),
    "orchard": (
        "Apple harvest in South Tyrol smaller than expected after hail",
        "Farmers in South Tyrol picked about a fifth fewer apples this autumn, "
        "their association said on Friday. A hailstorm in July damaged many orchards.",
    ),
    "tram": (
        "New tram line connects the airport of Porto with the old town",
        "The first trams ran on Saturday between the airport and the old town of Porto. "
        "The ride takes twenty-five minutes and costs two euros.",
    ),
    "museum": (
        "Maritime museum in Gdańsk shows recovered cargo of a sunken cog",
        "Divers brought up barrels, coins and a bronze bell from the wreck last summer. "
        "The exhibition opens on Thursday and runs until March.",
    ),
    "choir": (
        "Children's choir from Bergen wins a European singing contest",
        "Forty children from Bergen won first prize on Sunday night in Riga. "
        "Their conductor said the trip had been paid for by cake sales.",
    ),
    "market": (
        "Night market returns to the streets of Kaunas for the autumn",
        "Stalls selling bread, cheese and honey lined the main street on Friday evening. "
        "Organisers counted some eight thousand visitors.",
    ),
    "secret": (
        "SECRET-OUTSIDE file that must never be read",
        "This text lives outside the seeds folder and reaches it only through a link. "
        "If it shows up on the site, a symbolic link was followed.",
    ),
}


def story(key: str, published: str = "Oct 2, 2025 09:15 AM") -> str:
    headline, body = STORIES[key]
    return article(headline, published, body)


ACCENTS = article(
    "Café owners in Besançon protest rising rents, élus promise talks",
    "Oct 3, 2025 11:00 AM",
    "Café owners in Besançon gathered on Thursday outside the préfecture, saying that "
    "rents had risen by a third. Élus from the région promised talks with the owners.",
)
MOJIBAKE = (
    article(
        "Crème brûlée festival in Périgueux draws pâtissiers from all of Gironde",
        "Oct 4, 2025 10:30 AM",
        "Pâtissiers from Bordeaux and Bergerac met in Périgueux on Friday for a contest. "
        "The jury, présidée par a chef from Lyon, tasted ninety-two desserts.",
    )
    .encode("utf-8")
    .decode("latin-1")
)
CHINESE = (
    "港口管理局在瓦莱塔开放新渡轮码头\n"
    "发布时间：2025年10月2日 09:15\n\n"
    "港口管理局10月1日在瓦莱塔开放了一个新的渡轮码头。官员说，该码头每年将为约两百万名乘客提供服务。\n"
)


def png_bytes() -> bytes:
    """A real 1×1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def huge(path: Path) -> None:
    """30 MB of ordinary text, written in blocks."""
    line = (STORIES["ferry"][1] + "\n").encode("utf-8")
    block = line * (1_000_000 // len(line) + 1)
    with path.open("wb") as out:
        for _ in range(30):
            out.write(block)


def long_line() -> bytes:
    sentence = "The harbour authority said the ferries would run on time. "
    return (sentence * (2_000_000 // len(sentence) + 1)).encode("utf-8")


def control_characters() -> bytes:
    text = story("tram").replace("trams", "tr\x01ams").replace("airport", "air\x07port\x1b[31m")
    return text.replace("ride", "\x0b\x0c\x7f\u200bride").encode("utf-8")


# On the story's topic, so that the payload also reaches an event page (a new event on
# 2025-10-20: it cannot merge with the real seeds' events).
PAYLOAD_STORY = (
    "Chinese Foreign Minister Wang Yi met DPRK Ambassador Ri Ryong Nam in Beijing on Monday, "
    "the foreign ministry said {script} {onerror}. The two sides discussed exchanges."
)

HTML = f"""<!doctype html>
<html><head><title>Wang Yi meets DPRK envoy {SCRIPT} {ONERROR}</title>
<meta property="og:title" content="Wang Yi meets DPRK envoy &lt;script&gt;alert(1)&lt;/script&gt;">
<meta property="article:published_time" content="2025-10-21T09:15:00+08:00">
<script>alert("head")</script></head>
<body onload="alert(1)"><article>
<h1>Wang Yi meets DPRK envoy {SCRIPT} {ONERROR}</h1>
<p>{PAYLOAD_STORY.format(script=SCRIPT, onerror=ONERROR)}</p>
<p>&lt;script&gt;alert(2)&lt;/script&gt; was printed in the text, escaped.
<a href="javascript:alert(1)">A link</a> and <svg onload=alert(1)></svg>.</p>
<p onclick="alert(1)">The envoy <iframe src="javascript:alert(1)"></iframe>thanked him.</p>
</article></body></html>
"""

MARKDOWN = f"""---
title: "Museum {SCRIPT} news {ONERROR}"
date: 2025-10-02
url: "javascript:alert(1)"
---
# {STORIES["museum"][0]} {SCRIPT}

{STORIES["museum"][1]}
See [the plan](javascript:alert(1)) and [more](JaVaScRiPt:alert(2)).

<script>alert("raw")</script>
<div onmouseover="alert(1)">Raw HTML {ONERROR} inside the Markdown.</div>

![x](javascript:alert(3))

<a href="javascript:alert(4)" onclick="alert(5)">raw link</a>
"""

BAD_FRONT_MATTER = f"""---
title: [unclosed: "list
date: : : 2025-10-02
  - bad indentation
---
# {STORIES["choir"][0]}

Published: Oct 2, 2025

{STORIES["choir"][1]}
"""


def _bytes_case(data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data() if callable(data) else data)


def _text(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return _bytes_case(text.encode(encoding))


NO_DATE = "Harbour authority opens a terminal\n\nThe authority opened a terminal, officials said.\n"
HEADLINE_ONLY = "Harbour authority opens new ferry terminal in Valletta\n"
OLD = article(
    "Harbour authority opens ferry terminal, 1987",
    "Mar 4, 1987 09:15 AM",
    "The harbour board on Wednesday opened a ferry terminal built in two years.",
)

# fmt: off
HOSTILE: list[tuple[Case, Callable[[Path], None]]] = [
    (Case("empty.txt", REJECTED, "empty"), _bytes_case(b"")),
    (Case("whitespace.txt", REJECTED, "empty"), _bytes_case(b"  \n\t\r\n   \n" * 50)),
    (Case("picture.txt", REJECTED, "binary"), _bytes_case(png_bytes)),
    (Case("huge.txt", REJECTED, "too large"), huge),
    (Case("long-line.txt", READ_OR_REFUSED), _bytes_case(long_line)),
    (Case("utf16-bom.txt", INCLUDED, title="Valletta"),
     _bytes_case(codecs.BOM_UTF16_LE + story("ferry").encode("utf-16-le"))),
    (Case("utf16-no-bom.txt", INCLUDED, title="Mostar"),
     _bytes_case(story("bridge").encode("utf-16-le"))),
    (Case("chinese-gb18030.txt", READ_OR_REFUSED, title="瓦莱塔"), _text(CHINESE, "gb18030")),
    (Case("latin1.txt", INCLUDED, title="Café owners in Besançon"), _text(ACCENTS, "latin-1")),
    (Case("mojibake.txt", READ_OR_REFUSED), _text(MOJIBAKE)),
    (Case("control-characters.txt", INCLUDED, title="Porto"), _bytes_case(control_characters)),
    (Case("no-date.txt", REJECTED, "date"), _text(NO_DATE)),
    (Case("dated-1987.txt", INCLUDED, title="1987"), _text(OLD)),
    (Case("headline-only.txt", REJECTED, "no article text"), _text(HEADLINE_ONLY)),
    (Case("script.html", READ_OR_REFUSED), _text(HTML)),
    (Case("script.md", READ_OR_REFUSED), _text(MARKDOWN)),
    (Case("bad-front-matter.md", READ_OR_REFUSED), _text(BAD_FRONT_MATTER)),
    (Case("Überblick Nachrichten 北京.txt", INCLUDED, title="Tartu"), _text(story("library"))),
    (Case("a/b/c.txt", INCLUDED, title="South Tyrol"), _text(story("orchard"))),
    (Case("twin-1.txt", INCLUDED, title="Kaunas"), _text(story("market"))),
    (Case("twin-2.txt", frozenset({"duplicate"})), _text(story("market"))),
]
# fmt: on
# The symlink is made by ``write_hostile_seeds``: its target lies outside the seeds folder.
SYMLINK = Case("outside-link.txt", REJECTED, "symbolic link")


def write_hostile_seeds(seeds: Path, real_seeds: Path | None = None) -> dict[str, Case]:
    """Write every hostile case (and copy ``real_seeds``) into ``seeds``; return the cases."""
    seeds.mkdir(parents=True, exist_ok=True)
    cases: dict[str, Case] = {}
    for case, write in HOSTILE:
        path = seeds / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
        cases[f"seeds/{case.name}"] = case
    secret = seeds.parent / "outside-seeds-secret.txt"
    secret.write_text(story("secret"), encoding="utf-8")
    (seeds / SYMLINK.name).symlink_to(secret)
    cases[f"seeds/{SYMLINK.name}"] = SYMLINK
    if real_seeds is not None:
        for real in sorted(real_seeds.iterdir()):
            shutil.copy2(real, seeds / real.name)
    return cases
