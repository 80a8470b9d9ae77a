"""Small hand-made records for tests of the later stages (rendering, exports)."""

from __future__ import annotations

import datetime as dt

from generator.model import (
    Article,
    Dateline,
    DateSpan,
    Event,
    Problem,
    SeedResult,
    Source,
    Timeline,
)

CST = dt.timezone(dt.timedelta(hours=8))


def article(
    article_id: str = "global-times-2025-09-29-premier-meets-fm", **changes: object
) -> Article:
    values: dict[str, object] = {
        "id": article_id,
        "file": f"seeds/{article_id}.txt",
        "content_hash": "0" * 16,
        "outlet": "Global Times",
        "wire": None,
        "title": "Chinese Premier meets DPRK FM",
        "title_generated": False,
        "published_at": dt.datetime(2025, 9, 29, 22, 4, tzinfo=CST),
        "published_on": dt.date(2025, 9, 29),
        "author": None,
        "dateline": Dateline(place="Beijing"),
        "url": None,
        "language": "en",
        "paragraphs": (
            "Chinese Premier Li Qiang on Monday met with Choe Son Hui in Beijing.",
            "Choe is visiting China from September 27 to 30.",
        ),
        "captions": ("Li Qiang meets Choe Son Hui. Photo: Xinhua",),
    }
    values.update(changes)
    return Article(**values)  # type: ignore[arg-type]


def timeline() -> Timeline:
    first = article()
    second = article(
        "china-daily-2025-09-30-china-dprk-promise",
        outlet="China Daily",
        title="China, DPRK promise to enhance ties",
        published_at=dt.datetime(2025, 9, 30, 7, 42, tzinfo=CST),
        published_on=dt.date(2025, 9, 30),
        author="Zhao Jia",
        paragraphs=(
            "Premier Li Qiang met DPRK Foreign Minister Choe Son-hui in Beijing on Monday.",
        ),
    )
    meeting = Event(
        id="2025-09-29-li-qiang-meets-choe-son-hui",
        title="Li Qiang meets Choe Son Hui in Beijing",
        span=DateSpan(dt.date(2025, 9, 29), dt.date(2025, 9, 29), "day"),
        type="meeting",
        actors=("Li Qiang", "Choe Son Hui"),
        places=("Beijing",),
        summary="Chinese Premier Li Qiang met Choe Son Hui in Beijing.",
        sources=(
            Source(
                first.id,
                first.outlet,
                (first.paragraphs[0],),
                "on Monday",
                DateSpan(dt.date(2025, 9, 29), dt.date(2025, 9, 29), "day"),
            ),
            Source(
                second.id,
                second.outlet,
                (second.paragraphs[0],),
                "on Monday",
                DateSpan(dt.date(2025, 9, 29), dt.date(2025, 9, 29), "day"),
            ),
        ),
        related=("2025-09-27-choe-son-hui-visits-china",),
    )
    visit = Event(
        id="2025-09-27-choe-son-hui-visits-china",
        title="Choe Son Hui visits China",
        span=DateSpan(dt.date(2025, 9, 27), dt.date(2025, 9, 30), "range"),
        type="visit",
        actors=("Choe Son Hui",),
        places=("Beijing",),
        summary="Choe Son Hui visits China from September 27 to 30.",
        sources=(
            Source(
                first.id,
                first.outlet,
                (first.paragraphs[1],),
                "from September 27 to 30",
                DateSpan(dt.date(2025, 9, 27), dt.date(2025, 9, 30), "range"),
            ),
        ),
        related=("2025-09-29-li-qiang-meets-choe-son-hui",),
    )
    anniversary = Event(
        id="2025-10-wpk-anniversary",
        title="Workers' Party of Korea anniversary celebrations",
        span=DateSpan(dt.date(2025, 10, 1), dt.date(2025, 10, 31), "month"),
        type="ceremony",
        actors=(),
        places=("Pyongyang",),
        summary="Celebrations of the party's 80th anniversary.",
        sources=(
            Source(
                second.id,
                second.outlet,
                ("The DPRK will mark the anniversary next month.",),
                "next month",
                DateSpan(dt.date(2025, 10, 1), dt.date(2025, 10, 31), "month"),
                planned=True,
            ),
        ),
        planned=True,
    )
    results = (
        SeedResult(first.file, first.id, "included", first),
        SeedResult(second.file, second.id, "included", second),
        SeedResult("seeds/copy.txt", "copy", "duplicate", None, duplicate_of=first.id),
        SeedResult(
            "seeds/empty.txt",
            "empty",
            "rejected",
            None,
            reason="the file is empty",
            problems=(Problem("seeds/empty.txt", "error", "the file is empty"),),
        ),
    )
    return Timeline(
        title="China–DPRK exchanges",
        description="A test timeline.",
        events=(visit, meeting, anniversary),
        results=results,
        problems=(Problem("seeds/empty.txt", "error", "the file is empty"),),
    )
