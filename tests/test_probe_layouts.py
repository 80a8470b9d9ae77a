"""Whole invented articles, as saved or copied from a browser → the article fields.

Each file in ``tests/probe/`` once came out wrong; the fields below are what a careful
reader would say (see ``tests/probe/README.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.articles import normalise
from generator.config import Config
from generator.knowledge import load_knowledge
from generator.model import Article, Seed
from generator.sources import read_document

PROBE = Path(__file__).resolve().parent / "probe"
PROBE_EVENTS = Path(__file__).resolve().parent / "probe_events"  # their fields, here too
KNOWLEDGE = load_knowledge()
CONFIG = Config(root=Path("."))


def read(name: str) -> Article:
    folder = PROBE_EVENTS if (PROBE_EVENTS / name).exists() else PROBE
    seed = Seed(str(folder / name), f"seeds/{name}", "0" * 16)
    document = read_document(seed)
    assert not hasattr(document, "reason"), document
    article = normalise(document, seed, KNOWLEDGE, CONFIG)  # type: ignore[arg-type]
    assert isinstance(article, Article), article
    return article


# fmt: off
CASES = [
    # "By NAME Associated Press": the agency is not part of the reporter's name.
    ("ap_copy.txt", {"author": "Kim Tong-Hyung", "wire": "Associated Press",
                     "published": "2025-10-10T03:04:00+09:00", "dateline_place": "Seoul"}),
    # The outlet's name between the <h1> and the date line does not hide the headline.
    ("cgtn_saved.html", {"outlet": "CGTN", "title_generated": False,
                         "title": "Xi Jinping sends congratulations to Kim Jong Un on party "
                                  "anniversary",
                         "published": "2025-10-10T14:22:00+08:00"}),
    # Front matter that says writer: and link: rather than author: and url:.
    ("blog.md", {"outlet": "Daily NK", "author": "Lee Sang Yong",
                 "url": "https://www.dailynk.com/english/china-north-korea-tourism-accord/",
                 "title": "China and North Korea sign tourism accord"}),
    # JSON-LD only (no og: tags); the paywall teaser is not article text.
    ("nknews.html", {"outlet": "NK News", "author": "Colin Zwirko",
                     "published": "2025-10-03T09:15:00+09:00"}),
    # "(서울=연합뉴스) 김지연 기자 =": the agency, its zone, the place and the reporter.
    ("yonhap_ko.txt", {"wire": "Yonhap", "author": "김지연", "dateline_place": "서울",
                       "published": "2025-09-28T15:42:00+09:00"}),
    # JSON-LD names the reporters (a list of Persons); the byline block has no "By".
    ("bbc_saved.html", {"outlet": "BBC News", "author": "Laura Bicker and Kelly Ng",
                        "published": "2025-09-03T03:13:41+01:00"}),
    # The site signs its <title> and its JSON-LD @graph; Kyodo is the wire; <time datetime>
    # holds the time of day the page prints only the day of.
    ("japantimes_kyodo.html", {"outlet": "The Japan Times", "wire": "Kyodo News",
                               "author": None, "dateline_place": "Beijing",
                               "published": "2025-09-28T22:15:00+09:00"}),
    # GB2312 page: "…--时政--人民网" names the site; "本报平壤10月9日电（记者王晓东）".
    ("peoples_daily_gb.html", {"outlet": "People's Daily", "wire": None, "author": "王晓东",
                               "dateline_place": "平壤",
                               "published": "2025-10-10T05:51:00+08:00"}),
    # AMP: the author only in JSON-LD; amp-ad placeholders are not text.
    ("scmp_amp.html", {"outlet": "South China Morning Post", "author": "Mia Zhang",
                       "published": "2025-09-04T21:30:08+08:00"}),
    # "This article is more than 2 months old" is not the headline; "NAME in PLACE" is the
    # byline; "09.47 BST".
    ("guardian_copy.txt", {"outlet": "The Guardian", "author": "Justin Harcourt",
                           "title": "Chinese premier in Pyongyang for party anniversary as "
                                    "Beijing seeks to reclaim influence",
                           "subtitle": "Li Qiang is highest-ranking Chinese official to visit "
                                       "North Korea since Xi Jinping in 2019, as Kim courts "
                                       "both China and Russia",
                           "published": "2025-10-09T09:47:00+01:00"}),
    # Windows-1252 with smart quotes and "à"; the reporter's e-mail is not their name.
    ("joongang_ansi.txt", {"outlet": "Korea JoongAng Daily", "author": "Seo Ji-Eun",
                           "published": "2025-09-28T19:02:00+09:00"}),
    # Menu items separated only by wide gaps are not the headline.
    ("kcna_watch.txt", {"outlet": "KCNA Watch", "wire": "KCNA", "dateline_place": "Pyongyang",
                        "title": "Kim Jong Un Has Talks with Chinese Premier Li Qiang",
                        "published": "2025-10-11T06:02:00+09:00"}),
    # A forwarded newsletter: Subject: is the headline, From: the outlet.
    ("newsletter_mail.txt", {"outlet": "NK News", "title_generated": False,
                             "title": "NK News Daily: Li Qiang meets Kim Jong Un as "
                                      "Pyongyang readies parade",
                             "published": "2025-10-10T07:02:00+09:00"}),
    # "Xinhua English" is Xinhua's masthead with its edition.
    ("xinhua_en.txt", {"outlet": "Xinhua", "wire": None, "dateline_place": "Pyongyang",
                       "published": "2025-10-09T21:33:12+08:00"}),
    # reuters.com in the canonical link names the site; "SEOUL/BEIJING, Oct 10 (Reuters) -".
    ("reuters_saved.html", {"outlet": "Reuters", "wire": None, "dateline_place": "Seoul",
                            "author": "Ju-min Park and Laurie Chen",
                            "published": "2025-10-09T18:12:44+00:00"}),
    # .htm; the JSON-LD author is an Organization, not a byline; Doha's zone.
    ("aljazeera_saved.htm", {"outlet": "Al Jazeera", "author": None,
                             "published": "2025-10-10T08:41:22+03:00"}),
    # Old Mac line ends (CR); "MOSCOW, October 9. /TASS/." is a dateline.
    ("tass_mac.txt", {"outlet": "TASS", "wire": None, "dateline_place": "Moscow",
                      "title": "Chinese premier arrives in Pyongyang for WPK 80th anniversary "
                               "celebrations",
                      "published": "2025-10-09T14:25:00+03:00"}),
    # "Friday, October 10, Juche 114 (2025)": North Korea's calendar.
    ("rodong_juche.txt", {"outlet": "Rodong Sinmun", "wire": "KCNA",
                          "dateline_place": "Pyongyang", "published": "2025-10-10",
                          "title": "Respected Comrade Kim Jong Un Holds Talks with Premier of "
                                   "State Council of PRC"}),
    # france24.com in the canonical link; "Issued on" before "Modified"; "Seoul (AFP) –".
    ("france24_afp.html", {"outlet": "France 24", "wire": "AFP", "dateline_place": "Seoul",
                           "published": "2025-10-10T08:46:00+02:00"}),
    # EUC-KR; Korean is spaced, so its date line is short; "이제훈 기자" is the byline.
    ("naver_euckr.txt", {"outlet": "Hankyoreh", "wire": None, "author": "이제훈",
                         "title": "중국 리창 총리 평양 도착…시진핑 방북 이후 6년 만의 최고위급",
                         "title_generated": False, "published": "2025-10-09T21:12:00+09:00"}),
    # Shift_JIS; "2025年10月9日 19時45分"; NHK NEWS WEB is NHK's own (Japanese) service.
    ("nhk_sjis.txt", {"outlet": "NHK", "author": "佐藤 一郎",
                      "title": "中国 李強首相が北朝鮮に到着 朝鮮労働党創立80年の行事に出席へ",
                      "published": "2025-10-09T19:45:00+09:00"}),
    # The author's name alone above the date; "Thanks for reading X!" names the newsletter.
    ("substack_copy.txt", {"outlet": "The Peninsula Brief", "author": "Hannah Choi",
                           "title": "Beijing's man in Pyongyang",
                           "subtitle": "What Li Qiang's visit tells us about the China–North "
                                       "Korea reset",
                           "published": "2025-10-10"}),
    # CR line ends; "Updated 3 days ago" is no date; "PHOTO: AFP" ends a caption.
    ("straits_mac.txt", {"outlet": "The Straits Times", "subtitle": None, "author": None,
                         "dateline_place": "Seoul", "published": "2025-10-10T06:25:00+08:00"}),
    # Outlets the table does not list, named by their pages (see tests/probe/README.md).
    # "jm/wd (Reuters, AFP)" closing the story credits the agencies, Reuters first.
    ("dw_saved.html", {"outlet": "Deutsche Welle", "author": "Julia Meyer", "wire": "Reuters",
                       "published": "2025-10-10T09:14:00+02:00"}),
    ("taipei_times.html", {"outlet": "Taipei Times", "wire": "AFP", "published": "2025-10-11",
                           "title": "Chinese premier meets Kim in Pyongyang"}),
    ("abc_au.html", {"outlet": "ABC News", "author": "Mark Lindsay",
                     "published": "2025-10-10T18:12:00+11:00"}),
    ("rfa_copy.txt", {"outlet": "Radio Free Asia", "wire": None, "author": "Kang Hye-won",
                      "title": "China's premier meets Kim Jong Un in rare high-level visit",
                      "published": "2025-10-09T15:15:00-04:00"}),
    ("mainichi_copy.txt", {"outlet": "The Mainichi", "wire": "Kyodo News",
                           "dateline_place": "Tokyo", "published": "2025-10-10"}),
    ("spokesman_ap.txt", {"outlet": "The Spokesman-Review", "wire": "Associated Press",
                          "author": "Kim Tong-Hyung", "dateline_place": "Seoul"}),
    ("cns_source.txt", {"outlet": "China News Service", "wire": None, "author": None,
                        "published": "2025-10-10T10:05:00+08:00"}),
    # A photo credited to an agency is a caption, and the agency is not the wire.
    ("koreatimes_caption.txt", {"outlet": "The Korea Times", "wire": None,
                                "author": "Jung Min-ho",
                                "published": "2025-10-09T17:40:00+09:00"}),
    # Fourth round, in tests/probe_events/ (see its README).
    ("p13_nhk_world_wrapped_up.txt", {"outlet": "NHK World-Japan", "wire": None, "author": None,
                                      "title": "Chinese premier wraps up North Korea visit",
                                      "published": "2025-10-11T19:05:00+09:00"}),
    ("p14_koreaherald_counterpart.html", {
        "outlet": "The Korea Herald", "author": "Son Ji-hyoung",
        "title": "N. Korea's top diplomat holds talks with Wang Yi in Beijing",
        "published": "2025-09-28T17:42:00+09:00"}),
    ("p15_voa_talks_thursday.html", {"outlet": "Voice of America", "author": "William Gallo",
                                     "dateline_place": "Seoul", "wire": None,
                                     "published": "2025-09-04T05:30:00-04:00"}),
    # "Oct.10,2025 16:52 KST"; "By NAME, senior staff writer".
    ("p16_hankyoreh_the_9th.txt", {
        "outlet": "Hankyoreh", "author": "Lee Je-hun",
        "title": "Kim Jong Un, Li Qiang pledge “new chapter” as Beijing steps up courtship of "
                 "Pyongyang",
        "published": "2025-10-10T16:52:00+09:00"}),
    ("p17_kyodo_national_day.txt", {"outlet": "Kyodo News", "wire": None,
                                    "dateline_place": "Beijing",
                                    "published": "2025-10-02T11:03:00+09:00"}),
    # "KEN MORIYASU, Nikkei Asia editor-at-large" above the date is the byline, not the headline.
    ("p18_nikkei_parade_late_friday.txt", {
        "outlet": "Nikkei Asia", "author": "Ken Moriyasu",
        "title": "China's No. 2 stands with Kim as North Korea parades new ICBM",
        "published": "2025-10-11T05:30:00+09:00"}),
    # "Le Monde with AFP"; "Published on …, at 3:47 pm (Paris) Updated on …"; "© Le Monde".
    ("p19_lemonde_mr_li.txt", {"outlet": "Le Monde", "wire": "AFP", "author": None,
                               "published": "2025-10-11T15:47:00+02:00"}),
    # The byline and date inside <div class="author_share">; "By GT staff reporters".
    ("p20_globaltimes_eve_reception.html", {
        "outlet": "Global Times", "author": None,
        "title": "Chinese embassy in Pyongyang marks National Day as ties warm",
        "published": "2025-09-30T23:08:00+08:00"}),
    # Fifth round: ways a person saves a page (see the READMEs).
    # UTF-16 with a BOM and Windows line ends, as Notepad saves.
    ("yonhap_utf16.txt", {"wire": "Yonhap", "author": "Kim Soo-yeon", "dateline_place": "Seoul",
                          "title": "N. Korea's Kim congratulates Xi on PRC founding anniversary",
                          "published": "2025-10-01T10:12:00+09:00"}),
    # Google's AMP cache; "NAME · 3 hours ago" between the headline and the text.
    ("amp_cache.html", {"outlet": "Korea Pulse", "author": "Park Seo-yeon",
                        "title": "N. Korean premier attends Chinese Embassy reception for "
                                 "National Day", "title_generated": False,
                        "published": "2025-10-01T08:20:00+09:00"}),
    # Obsidian Web Clipper: source: is the address; author: a list of [[wiki links]].
    ("p21_obsidian_clipper.md", {
        "outlet": "NK News", "author": "Colin Zwirko", "published": "2025-10-10",
        "url": "https://www.nknews.org/2025/10/kim-jong-un-holds-talks-with-chinese-premier-"
               "li-qiang/"}),
    # MarkDownload: "# Headline | The Korea Herald", "> ## Excerpt"; created: is not the date.
    ("p22_markdownload_saw_off.md", {
        "outlet": "The Korea Herald", "author": "Son Ji-hyoung",
        "title": "Kim sees off Chinese premier as Li wraps up Pyongyang trip",
        "subtitle": "North Korean leader Kim Jong Un personally saw off Chinese Premier Li Qiang "
                    "at Pyongyang International Airport on Saturday.",
        "published": "2025-10-11T17:20:00+09:00"}),
    # UTF-8 with a BOM; soft hyphens, no-break and zero-width spaces, a word joiner.
    ("p23_bom_soft_hyphens.txt", {
        "outlet": "The Korea Times", "author": "Jung Min-ho",
        "title": "North Korea's top diplomat meets Wang Yi in Beijing, first trip in six years",
        "published": "2025-09-28T10:41:00+09:00"}),
    # A PDF's text: the page header "THE KOREA TIMES      Wednesday, October 1, 2025".
    ("p24_pdf_extract.txt", {
        "outlet": "The Korea Times", "author": "Jung Min-ho", "published": "2025-10-01",
        "title": "Chinese premier meets North Korea's foreign minister in Beijing"}),
    # The Wayback Machine: the day only in the page's own address, not the capture's.
    ("p25_wayback_snapshot.html", {
        "outlet": "East Asia Observer", "author": "Dana Whitfield", "published": "2025-10-10",
        "url": "https://www.eastasiaobserver.com/2025/10/10/chinese-premier-watches-pyongyang-"
               "parade/"}),
    # A browser's print, copied from the PDF: "11/2/25, 9:14 AM      Headline | Outlet" above,
    # the address and "1/1" below.
    ("print_to_pdf.txt", {"outlet": "The Korea Times", "author": "Jung Min-ho",
                          "title": "Chinese premier Li Qiang meets Kim Jong Un in Pyongyang",
                          "subtitle": None, "published": "2025-10-09T22:10:00+09:00"}),
    # Firefox's Reader View: the address only in the link named by the site's domain; the
    # headline among the domain, the author's name and the reading time.
    ("reader_view.html", {"title": "Xi and Kim pledge closer ties after Beijing parade",
                          "author": "Eleanor Park", "published": "2025-09-05",
                          "url": "https://www.peninsulaledger.com/2025/09/05/xi-and-kim-pledge-"
                                 "closer-ties/"}),
    # Ninth round, in tests/probe_events/ (see its README).
    # "— With assistance from …" and "To contact the reporters" name no byline.
    ("p51_bloomberg_with_assistance.txt", {
        "outlet": "Bloomberg", "author": "Sarah Zheng and Soo-Hyang Choi",
        "title": "China's Li Stands With Kim at Parade as Beijing Courts Pyongyang",
        "published": "2025-10-10T11:52:00-04:00"}),
    # WordPress: JSON-LD @graph with two Persons; "Read more: … (September 5, 2025)" after
    # three paragraphs is no date line under a headline.
    # The standfirst in ``<p class="td-lead">`` is the subtitle.
    ("p52_thediplomat_wordpress.html", {
        "outlet": "The Diplomat", "author": "Daniel Hwang and Mei Lin",
        "published": "2025-10-02T09:45:00-04:00",
        "subtitle": "North Korea’s foreign minister came home with warm words and little"
                    " else. That may be the point."}),
    # "Reporter : NAME" labels the byline; "[Anchor Lead]" and "[Reporter]" label the
    # transcript's parts: no captions.
    ("p53_arirang_anchor_lead.txt", {
        "outlet": "Arirang News", "author": "Kim Bo-kyoung",
        "published": "2025-10-10T12:01:27+09:00", "captions": ()}),
    # "By NAME / Yomiuri Shimbun Correspondent": the post after the slash is no name.
    ("p54_yomiuri_japan_news.txt", {
        "outlet": "The Yomiuri Shimbun", "author": "Kenji Tanaka", "dateline_place": "Beijing",
        "published": "2025-09-05T18:47:00+09:00"}),
    # "Published Oct. 11, 2025   Updated Oct. 12, 2025, 1:14 a.m. ET": the time is the
    # update's, so the publication has its day only.
    ("p55_nytimes_cp1252_print_line.txt", {
        "outlet": "The New York Times", "author": "Choe Sang-Hun and David Pierson",
        "published": "2025-10-11"}),
    # Joplin: "title: … - UPI.com" keeps the site's name; created:/updated: are the note's.
    ("p56_joplin_upi_export.md", {
        "outlet": "United Press International", "author": "Thomas Maresca",
        "title": "China's Li Qiang meets N. Korea's Choe Son Hui in Beijing",
        "dateline_place": "Seoul", "published": "2025-09-29T06:47:00-04:00"}),
    # "Christian Davies in Seoul and Joe Leahy in Beijing": two reporters, each in a place.
    ("p57_ft_sharing_tools.txt", {
        "outlet": "Financial Times", "author": "Christian Davies and Joe Leahy",
        "title": "China and North Korea rebuild ties as Kim hedges his bets on Russia",
        "published": "2025-10-02"}),
    # "共同通信" over the page names Kyodo News.
    ("p58_kyodo_japanese.txt", {"outlet": "Kyodo News",
                                "published": "2025-10-10T08:15:00+09:00"}),
    # "09.10.2025, 10:41 GMT" is day first; a dated "Related" link under the lead is
    # another story's, so the lead is no headline waiting for its date line.
    ("p59_sputnik_gmt_updated.html", {"outlet": "Sputnik", "dateline_place": "Beijing",
                                      "published": "2025-10-09T10:41:00+00:00"}),
    # "By WANG XU in Pyongyang | China Daily | Updated: 2025-10-10 07:23".
    ("p60_chinadaily_updated_pipe.html", {"outlet": "China Daily", "author": "Wang Xu",
                                          "published": "2025-10-10T07:23:00+08:00"}),
    # "Published: 30 Sep. 2025, 18:05 Updated: …", "BY NAME [address]", "[YONHAP]".
    ("p61_joongang_daily_bracket_credit.txt", {"outlet": "Korea JoongAng Daily",
                                               "published": "2025-09-30T18:05:00+09:00"}),
    # An Evernote export: its author (the note's owner) and created day are the note's;
    # "NAME October 10, 2025" on one line; source-url is the page's address.
    ("p62_evernote_nkpro.html", {"author": "Colin Zwirko", "published": "2025-10-10",
                                 "url": "https://www.nknews.org/pro/"
                                        "kim-jong-un-hosts-li-qiang-banquet-pyongyang/"}),
    # Outlook's text save of a forwarded mail: the article from "-----Original Message-----"
    # on; the "Sent:" lines yield to "All News 08:41 October 10, 2025".
    ("p63_outlook_forward_yonhap.txt", {"outlet": "Yonhap", "dateline_place": "Seoul",
                                        "published": "2025-10-10T08:41:00+09:00"}),
    # A section label, "Listen to this article", "3 min" and a caption between the headline
    # and the date; "SEOUL:" opens the lead; "Source: Reuters/fs".
    ("p65_cna_source_reuters.txt", {"wire": "Reuters", "dateline_place": "Seoul",
                                    "title": "China's Li meets North Korea's Kim in Pyongyang "
                                             "as Beijing steps up engagement"}),
]
# fmt: on


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[name for name, _ in CASES])
def test_probe_article_fields(name: str, expected: dict[str, Any]) -> None:
    article = read(name)
    found = {
        "published": article.published_iso,
        "dateline_place": article.dateline.place if article.dateline else None,
    }
    got = {key: found[key] if key in found else getattr(article, key) for key in expected}
    assert got == expected


def test_paywall_teaser_is_not_body_text() -> None:
    paragraphs = read("nknews.html").paragraphs
    assert not any("subscription" in p or "Log in" in p for p in paragraphs)
    assert len(paragraphs) == 4


def test_korean_dateline_is_cut_from_the_lead() -> None:
    lead = read("yonhap_ko.txt").paragraphs[0]
    assert lead.startswith("북한 최선희 외무상이 27일")


def test_windows_1252_accents_are_read_as_such() -> None:
    assert "talks à deux" in read("joongang_ansi.txt").paragraphs[1]


def test_chinese_dateline_and_letter_spaced_footer_are_not_text() -> None:
    paragraphs = read("peoples_daily_gb.html").paragraphs
    assert paragraphs[0].startswith("当地时间10月9日下午")
    assert len(paragraphs) == 4


def test_newsletter_furniture_is_not_text() -> None:
    paragraphs = read("newsletter_mail.txt").paragraphs
    assert not any("browser" in p or "receiving this" in p or "READ MORE" in p for p in paragraphs)


def test_comments_and_reading_lists_after_the_article_are_not_text() -> None:
    assert len(read("france24_afp.html").paragraphs) == 6
    assert len(read("aljazeera_saved.htm").paragraphs) == 5
    substack = read("substack_copy.txt").paragraphs
    assert len(substack) == 6
    assert not any("Thanks for reading" in p or "underrated" in p for p in substack)


def test_standards_line_and_author_biography_are_not_text() -> None:
    paragraphs = read("reuters_saved.html").paragraphs
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Chinese Premier Li Qiang held talks")


def test_advertisement_labels_inside_paragraphs_are_cut() -> None:
    paragraphs = read("straits_mac.txt").paragraphs
    assert paragraphs[2].endswith("the Korean Central News Agency said.")
    assert len(paragraphs) == 5
    assert not any("WhatsApp" in p or "continues below" in p for p in paragraphs)


def test_korean_caption_and_portal_footer_are_not_text() -> None:
    article = read("naver_euckr.txt")
    assert len(article.paragraphs) == 4
    assert article.captions[0].endswith("평양/조선중앙통신 연합뉴스")


def test_author_biography_after_a_japanese_article_is_not_text() -> None:
    paragraphs = read("nhk_sjis.txt").paragraphs
    assert len(paragraphs) == 4
    assert not any("入局" in p for p in paragraphs)


def test_a_caption_ending_in_an_agency_credit_is_kept_apart() -> None:
    article = read("koreatimes_caption.txt")
    assert article.captions == (
        "Chinese Premier Li Qiang, left, and North Korean Premier Pak Thae Song inspect an honor "
        "guard at Pyongyang International Airport, Thursday. Yonhap",
    )
    assert len(article.paragraphs) == 4


def test_a_licensing_button_is_not_part_of_the_caption() -> None:
    caption = read("reuters_saved.html").captions[0]
    assert caption.endswith("Korean Central News Agency. KCNA via REUTERS")


def test_ads_more_from_links_and_share_labels_are_not_text() -> None:
    for name in ("dw_saved.html", "taipei_times.html", "abc_au.html"):
        paragraphs = read(name).paragraphs
        assert len(paragraphs) == 4, name
        assert not any("Nikkei" in p or "More from" in p or "Share" in p for p in paragraphs)


def test_reading_lists_contact_lines_and_footers_are_not_text() -> None:
    assert len(read("p13_nhk_world_wrapped_up.txt").paragraphs) == 6
    assert len(read("p16_hankyoreh_the_9th.txt").paragraphs) == 5
    assert read("p17_kyodo_national_day.txt").paragraphs[-1].startswith("Kim visited Beijing")
    assert read("p18_nikkei_parade_late_friday.txt").paragraphs[-1].endswith("also attended.")


def test_a_pdf_copy_is_joined_back_into_paragraphs() -> None:
    paragraphs = read("p24_pdf_extract.txt").paragraphs
    assert len(paragraphs) == 5
    assert "North Korean Foreign Minister Choe" in paragraphs[0]
    assert "for a four-day visit" in paragraphs[1]
    assert not any("Page 3" in p or "THE KOREA TIMES" in p for p in paragraphs)


def test_markdown_clippings_keep_their_images_and_links_out_of_the_text() -> None:
    assert len(read("p21_obsidian_clipper.md").paragraphs) == 4
    assert len(read("p22_markdownload_saw_off.md").paragraphs) == 4


def test_an_agency_abbreviation_after_its_name_is_no_photo_credit() -> None:
    article = read("yonhap_utf16.txt")
    assert (article.captions, len(article.paragraphs)) == ((), 3)


def test_wire_notes_print_lines_and_calls_to_subscribe_are_not_text() -> None:
    bloomberg = read("p51_bloomberg_with_assistance.txt").paragraphs
    assert bloomberg[-1].startswith("China's Foreign Ministry hasn't said")
    diplomat = read("p52_thediplomat_wordpress.html").paragraphs
    assert len(diplomat) == 5 and diplomat[0].startswith("North Korean Foreign Minister Choe")
    nytimes = read("p55_nytimes_cp1252_print_line.txt").paragraphs
    assert nytimes[-1].startswith("“China wants to be in the room")



def test_mail_notes_and_calls_to_follow_on_messaging_apps_are_not_text() -> None:
    outlook = read("p63_outlook_forward_yonhap.txt").paragraphs
    assert len(outlook) == 3 and outlook[0].startswith("North Korean leader Kim Jong Un")
    for name, count in (("p59_sputnik_gmt_updated.html", 5), ("p65_cna_source_reuters.txt", 4)):
        paragraphs = read(name).paragraphs
        assert len(paragraphs) == count, name
        assert not any("Telegram" in p or "WhatsApp" in p for p in paragraphs), name
