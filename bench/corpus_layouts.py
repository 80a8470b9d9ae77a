"""Page layouts: the same story dressed as each kind of outlet prints it.

Every layout returns the file suffix and the page text, with the furniture a saved
page carries: menus, bylines, datelines, share buttons, captions, footers, spam.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from collections.abc import Callable
from dataclasses import dataclass

from corpus_text import MONTHS, Story

REPORTERS = (
    "Zhao Jia",
    "Seo Ha-yeon",
    "Josh Smith",
    "Hyonhee Shin",
    "Kim Tong-hyung",
    "Cao Desheng",
    "Lee Hyo-jin",
    "Colin Zwirko",
    "Ju-min Park",
    "Wang Qi",
    "Chad O'Carroll",
    "Liu Xin",
)
SPAM = (
    "国产精品永久免费视频- 无码精品A∨在线观看中文 -热re99久久精品国产99热",
    "体育直播免费高清无插件-球迷之家官方入口-最新赛事在线看",
    "Buy cheap watches online >>> best prices guaranteed",
)
SHARE = ("Share", "Facebook", "X", "LinkedIn", "Email", "Copy Link copied", "Print")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CHINA_DAILY_FOOTER = (
    "Copyright 1995 - . All rights reserved. The content (including but not limited to text, "
    "photo, multimedia information, etc) published in this site belongs to China Daily "
    "Information Co (CDIC)."
)
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


@dataclass(frozen=True)
class Page:
    """What a layout needs besides the story."""

    story: Story
    published: dt.datetime
    city: str
    related: tuple[str, ...]


Layout = Callable[[Page, random.Random], tuple[str, str]]


def _body(page: Page, rng: random.Random, lead_prefix: str = "") -> list[str]:
    paragraphs = list(page.story.paragraphs)
    paragraphs[0] = lead_prefix + paragraphs[0]
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(2, len(paragraphs)), "ADVERTISEMENT")
    return paragraphs


def _join(*blocks: list[str] | str) -> str:
    lines: list[str] = []
    for block in blocks:
        lines.extend([block] if isinstance(block, str) else block)
    return "\n\n".join(lines) + "\n"


def _ap_date(when: dt.datetime) -> str:
    return f"{AP_MONTHS[when.month - 1]} {when.day}"


def reuters(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    dateline = f"{page.city.upper()}, {SHORT_MONTHS[when.month - 1]} {when.day} (Reuters) - "
    return ".txt", _join(
        [
            "Skip to main content",
            "Exclusive news, data and analytics for financial market professionals",
            "World",
            "Business",
            "Markets",
            "Sustainability",
            "Legal",
            "Breakingviews",
            "Technology",
        ],
        "Asia Pacific",
        page.story.headline,
        f"By {rng.choice(REPORTERS)}",
        f"{MONTHS[when.month - 1]} {when.day}, {when.year} {when:%I:%M %p} GMT+9",
        list(SHARE[:4]),
        f"{page.story.caption} REUTERS/Stringer Purchase Licensing Rights",
        _body(page, rng, dateline),
        f"Reporting by {rng.choice(REPORTERS)}; Editing by {rng.choice(REPORTERS)}",
        "Our Standards: The Thomson Reuters Trust Principles.",
        f"© {when.year} Reuters. All rights reserved",
    )


def china_daily(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    return ".txt", _join(
        "Global EditionASIA 中文雙語Français",
        "China",
        "Home / China / National affairs",
        page.story.headline,
        page.story.subhead,
        f"By {rng.choice(REPORTERS)} | China Daily | Updated: {when:%Y-%m-%d %H:%M}",
        "Share",
        "Share - WeChat",
        f"{page.story.caption} ZOU HONG/CHINA DAILY",
        _body(page, rng),
        "Top",
        "BACK TO THE TOP",
        "English",
        CHINA_DAILY_FOOTER,
        "License for publishing multimedia online 0108263",
        "Registration Number: 130349",
        "FOLLOW US",
    )


def korea_herald(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    stamp = f"{AP_MONTHS[when.month - 1]} {when.day}, {when.year} - {when:%H:%M}"
    return ".txt", _join(
        [
            "The Korea Herald",
            "Sign up | Login",
            "National",
            "Politics",
            "North Korea",
            "Business",
            "Life & Culture",
            "Opinion",
            "Home > National > North Korea",
        ],
        page.story.headline,
        f"Published : {stamp}",
        f"Updated : {stamp}",
        f"By {rng.choice(REPORTERS)}",
        f"{page.story.caption} (Yonhap)",
        _body(page, rng),
        f"{rng.choice(REPORTERS).split()[0].lower()}@heraldcorp.com",
        "Most Popular",
        list(page.related[:3]),
        "The Korea Herald by Herald Corporation. Copyright Herald Corporation.",
    )


def markdown_post(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    outlet = rng.choice(["NK News", "38 North", "The Diplomat"])
    front = (
        f'---\ntitle: "{page.story.headline}"\ndate: {when.isoformat()}\noutlet: {outlet}\n'
        f"author: {rng.choice(REPORTERS)}\ntags: [north-korea, china]\n---\n"
    )
    caption = f"![{page.story.caption}](photo.jpg)\n\n*{page.story.caption} Photo: KCNA*"
    return ".md", front + _join(
        f"# {page.story.headline}",
        caption,
        _body(page, rng),
        "*Edited by the desk. Sign up for our newsletter.*",
    )


def html_page(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    outlet = rng.choice(["The Korea Times", "KBS World", "NHK World-Japan", "CGTN"])
    title = html.escape(page.story.headline)
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in _body(page, rng))
    menu = "".join(
        f'<li><a href="#">{item}</a></li>' for item in ("Home", "World", "Politics", "Video")
    )
    related = "".join(f'<li><a href="#">{html.escape(item)}</a></li>' for item in page.related)
    text = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{when.isoformat()}">
<meta name="author" content="{rng.choice(REPORTERS)}">
</head><body><header><nav><ul>{menu}</ul></nav></header>
<main><article><h1>{title}</h1>
<figure><img src="p.jpg" alt="">
<figcaption>{html.escape(page.story.caption)} (Yonhap)</figcaption></figure>
{paragraphs}
</article><aside><h2>Related stories</h2><ul>{related}</ul></aside></main>
<footer><p>© {when.year} {outlet}. All rights reserved.</p>
<p>Privacy Policy | Terms of Use</p></footer>
</body></html>
"""
    return ".html", text


def kcna(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    dateline = f"Pyongyang, {MONTHS[when.month - 1]} {when.day} (KCNA) -- "
    return ".txt", _join(
        "Korean Central News Agency of DPRK",
        "Home | Top News | Supreme Leader | Politics | Economy",
        page.story.headline,
        f"{when:%Y.%m.%d}",
        _body(page, rng, dateline),
        f"www.kcna.kp (Juche {when.year - 1911}.{when.month}.{when.day}.)",
    )


def portal_copy(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    return ".txt", _join(
        rng.choice(SPAM),
        "Home | News | World | China | Business | Sports | Photos | Video",
        page.story.headline,
        "Source: Xinhua",
        "Editor: huaxia",
        f"{when:%Y-%m-%d %H:%M:%S}",
        page.story.caption + " (Xinhua)",
        _body(page, rng, f"BEIJING, {_ap_date(when)} (Xinhua) -- "),
        "Recommended Stories",
        list(page.related),
        "Share this story",
        "Copyright © 2000-2025 XINHUANET.com",
        rng.choice(SPAM),
    )


def global_times(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    stamp = f"{SHORT_MONTHS[when.month - 1]} {when.day:02d}, {when.year} {when:%I:%M %p}"
    return ".txt", _join(
        "CHINA / DIPLOMACY",
        page.story.headline,
        page.story.subhead,
        f"By {rng.choice(['GT staff reporters', 'Global Times'])}",
        f"Published: {stamp}",
        f"{page.story.caption} Photo: Xinhua",
        _body(page, rng),
    )


def yonhap(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    return ".txt", _join(
        ["Yonhap News Agency", "Go to contents", "Search", "NATIONAL", "N. KOREA", "ECONOMY"],
        f"(LEAD) {page.story.headline}",
        f"{when:%Y-%m-%d %H:%M}",
        f"{page.story.caption} (Yonhap)",
        _body(page, rng, f"SEOUL, {_ap_date(when)} (Yonhap) -- "),
        f"{rng.choice(REPORTERS).split()[0].lower()}@yna.co.kr",
        "(END)",
        "Keywords",
        "#North Korea",
        "(C) Yonhap News Agency. All Rights Reserved",
    )


def associated_press(page: Page, rng: random.Random) -> tuple[str, str]:
    when = page.published
    stamp = f"Updated {when:%I:%M %p} GMT+8, {MONTHS[when.month - 1]} {when.day}, {when.year}"
    return ".txt", _join(
        ["AP", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Newsletters"],
        "WORLD NEWS",
        page.story.headline,
        f"By {rng.choice(REPORTERS).upper()}",
        stamp,
        list(SHARE),
        f"{page.story.caption} (AP Photo)",
        _body(page, rng, f"{page.city.upper()} (AP) — "),
        f"Associated Press writer {rng.choice(REPORTERS)} contributed to this report.",
        "Copyright 2025 The Associated Press. All Rights Reserved.",
    )


LAYOUTS: dict[str, Layout] = {
    "reuters": reuters,
    "china_daily": china_daily,
    "korea_herald": korea_herald,
    "markdown": markdown_post,
    "html": html_page,
    "kcna": kcna,
    "portal": portal_copy,
    "global_times": global_times,
    "yonhap": yonhap,
    "ap": associated_press,
}
