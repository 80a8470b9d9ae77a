"""``timeline check``: what the tool read from each seed, and why it decided what it did."""

from __future__ import annotations

from pathlib import Path

from generator.agreement import dates_agree, people_agree, types_agree
from generator.build import build
from generator.model import Event, Mention, SeedResult
from generator.reading import read_seed
from generator.sources import find_seeds


def check_lines(root: Path, jobs: int | None = None) -> tuple[list[str], int, int]:
    """One line per seed: status, outlet, publication time and headline; nothing written."""
    report = build(root, jobs=jobs, write=False)
    lines = [_seed_line(r) for r in sorted(report.timeline.results, key=lambda r: r.file)]
    lines += [f"{p.severity}: {p.file}: {p.message}" for p in report.timeline.problems]
    lines.append(report.lines()[0])
    return lines, report.errors, report.warnings


def _seed_line(result: SeedResult) -> str:
    article = result.article
    if result.status == "rejected" or article is None:
        return f"{result.file}: rejected: {result.reason}"
    outlet = article.outlet or "unknown outlet"
    if article.wire:
        outlet += f" ({article.wire})"
    status = f"duplicate of {result.duplicate_of}" if result.status == "duplicate" else "included"
    return f"{result.file}: {status} | {outlet} | {article.published_iso} | {article.title}"


def explain_lines(root: Path, seed_path: str) -> tuple[list[str], int, int]:
    """Every mention found in one seed, then how each joined (or missed) an event."""
    report = build(root, write=False)
    config = report.config
    seeds, _ = find_seeds(config.seeds_path, root)
    wanted = Path(seed_path)
    wanted = (wanted if wanted.exists() or wanted.is_absolute() else root / wanted).resolve()
    seed = next((s for s in seeds if Path(s.path).resolve() == wanted), None)
    if seed is None:
        return [f"{seed_path}: not a seed of {config.seeds_dir}/"], 1, 0
    from generator.knowledge import load_knowledge

    reading = read_seed(seed, load_knowledge(root / config.knowledge_dir), config)
    lines = [_seed_line(reading.result), ""]
    if not reading.mentions:
        lines.append("no dated event mentions found")
    for mention in reading.mentions:
        lines.extend(_mention_lines(mention))
        lines.extend(_placement_lines(mention, report.timeline.events))
        lines.append("")
    return lines, 0, 0


def _mention_lines(mention: Mention) -> list[str]:
    span = mention.span
    when = span.start.isoformat() if span.start == span.end else f"{span.start}..{span.end}"
    flags = [
        f
        for f, on in (
            ("planned", mention.planned),
            ("vague date", mention.vague),
            ("supporting: joins only", mention.supporting),
        )
        if on
    ]
    marks = f" [{', '.join(flags)}]" if flags else ""
    kind = f"{mention.type} ({mention.occasion})" if mention.occasion else mention.type
    return [
        f"- {when} ({span.precision}) {kind}{marks}",
        f"  date phrase: {mention.date_text or '(none: the day of the report)'}",
        f"  people: {', '.join(mention.actors) or '-'}",
        f"  places: {', '.join(mention.places) or '-'}",
        f"  evidence: {mention.evidence[0]}",
    ]


def _placement_lines(mention: Mention, events: tuple[Event, ...]) -> list[str]:
    joined = [
        e
        for e in events
        if any(
            s.article_id == mention.article_id and mention.evidence[0] in s.evidence
            for s in e.sources
        )
        and e.type == mention.type
    ]
    lines = [f"  merged into: {e.id} ({len(e.sources)} sources)" for e in joined]
    if not joined:
        lines.append(
            "  merged into: nothing (outside the window or topic, or a vague "
            "mention that fit no event)"
        )
    for event in events:
        if event in joined or abs((event.span.start - mention.span.start).days) > 3:
            continue
        reasons = _differences(mention, event)
        if reasons:
            lines.append(f"  kept apart from {event.id}: {'; '.join(reasons)}")
    return lines


def _differences(mention: Mention, event: Event) -> list[str]:
    reasons = []
    if not types_agree(mention.type, event.type):
        reasons.append(f"type {mention.type} vs {event.type}")
    if not dates_agree(mention.span, event.span, mention.type):
        reasons.append(f"dates {mention.span.start} vs {event.span.start}")
    if not people_agree(set(mention.actors), set(event.actors)):
        reasons.append(f"people {', '.join(mention.actors)} vs {', '.join(event.actors)}")
    elsewhere = mention.places and event.places and set(mention.places).isdisjoint(event.places)
    if elsewhere and set(mention.actors).isdisjoint(event.actors):
        reasons.append(f"places {', '.join(mention.places)} vs {', '.join(event.places)}")
    return reasons
