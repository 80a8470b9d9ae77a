"""Benchmark the generator: ``run.py [--sizes 100,1000,10000] [--skip-pelican] [--skip-browser]``.

For each size N: a synthetic corpus in a temporary folder, then (each in a fresh
process) a clean full build, a no-change rebuild, a rebuild after adding one seed and
``check``; Pelican on N Markdown posts of the same size; finally the index page of a
~5,000-event site in Chromium. Writes bench/RESULTS.md and prints it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import browser
import pelican_bench
from make_corpus import add_one, write_corpus
from measure import Measurement, run_timed, summary_line

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
PYTHON = sys.executable
STAGES = ("find", "read", "merge", "render", "write")


@dataclass
class SizeResult:
    size: int
    summary: str
    runs: list[Measurement]
    pelican: list[Measurement] = field(default_factory=list)


def timeline(root: Path, *args: str) -> list[str]:
    return [PYTHON, "-m", "generator", "--root", str(root), *args]


def bench_size(size: int, work: Path, jobs: int | None, pelican: bool) -> SizeResult:
    root = work / f"corpus-{size}"
    write_corpus(size, root)
    jobs_args = ["--jobs", str(jobs)] if jobs else []
    runs = [
        run_timed(
            "full build (--clean, empty cache)",
            timeline(root, "build", "--clean", *jobs_args),
            PROJECT,
        ),
        run_timed("rebuild, nothing changed", timeline(root, "build", *jobs_args), PROJECT),
    ]
    add_one(root)
    runs.append(
        run_timed("rebuild after adding one seed", timeline(root, "build", *jobs_args), PROJECT)
    )
    runs.append(run_timed("check", timeline(root, "check", *jobs_args), PROJECT))
    for run in runs:
        _report_failure(run)
    result = SizeResult(size, summary_line(runs[0].output), runs)
    if pelican:
        result.pelican = pelican_bench.time_pelican(size, work / f"pelican-{size}")
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(work / f"pelican-{size}", ignore_errors=True)
    return result


def _report_failure(run: Measurement) -> None:
    if run.returncode not in (0, 1):
        print(
            f"warning: {run.label} exited with {run.returncode}:\n{run.output[-2000:]}",
            file=sys.stderr,
        )


def bench_browser(work: Path, articles: int) -> tuple[browser.PageTiming, Measurement]:
    """A ten-year corpus with about one article per event, built once, then opened in Chromium."""
    root = work / "browser"
    write_corpus(articles, root, start=dt.date(2016, 1, 1), days=3653, per_event=1.0)
    build = run_timed("build of the browser site", timeline(root, "build", "--clean"), PROJECT)
    events = _event_count(build.output)
    return browser.time_index(root / "site", events), build


def _event_count(output: str) -> int:
    line = summary_line(output)
    return int(line.rsplit(";", 1)[1].split()[0]) if ";" in line else 0


def machine_lines(pelican_version: str) -> list[str]:
    return [
        f"- Date: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        f"- Machine: {os.cpu_count()} cores, {platform.machine()}, "
        f"{platform.system()} {platform.release()}",
        f"- Python: {platform.python_version()}; Pelican: {pelican_version}",
    ]


def size_table(result: SizeResult) -> list[str]:
    head = "| run | wall s | peak MB | " + " | ".join(STAGES) + " | written / unchanged / removed |"
    lines = [
        f"### N = {result.size:,} articles",
        "",
        f"Build summary: `{result.summary}`",
        "",
        head,
        "|" + "---|" * (len(STAGES) + 4),
    ]
    for run in result.runs + result.pelican:
        stages = " | ".join(f"{run.stages[s]:.2f}" if s in run.stages else "" for s in STAGES)
        files = " / ".join(str(n) for n in run.files) if run.files else ""
        lines.append(
            f"| {run.label} | {run.seconds:.2f} | {run.peak_mb:.0f} | {stages} | {files} |"
        )
    full, add_one = result.runs[0].seconds, result.runs[2].seconds
    lines += [
        "",
        f"Add-one rebuild **{full / add_one:.1f}×** faster than the first build "
        f"({add_one:.2f} s / {full:.2f} s).",
    ]
    if result.pelican:
        ours, theirs = result.runs[0].seconds, result.pelican[0].seconds
        lines += [
            "",
            f"Full build, ours ÷ Pelican's: **{ours / theirs:.2f}** "
            f"({ours:.2f} s / {theirs:.2f} s); add one, ours ÷ Pelican's: "
            f"**{result.runs[2].seconds / result.pelican[1].seconds:.2f}**",
        ]
    return [*lines, ""]


def browser_table(timing: browser.PageTiming, build: Measurement) -> list[str]:
    return [
        "### Index page in Chromium (file://, headless)",
        "",
        f"Site of {timing.events:,} events "
        f"(build {build.seconds:.1f} s, peak {build.peak_mb:.0f} MB); "
        f"index.html {timing.html_mb:.1f} MB.",
        "",
        "| measure | ms |",
        "|---|---|",
        f"| DOMContentLoaded | {timing.dom_content_loaded_ms:.0f} |",
        f"| load | {timing.load_ms:.0f} |",
        "| interactive (navigation start → search typed and list updated) | "
        f"{timing.interactive_ms:.0f} |",
        f"| filter response on the loaded page (input → next frame) | {timing.filter_ms:.0f} |",
        "",
        f"Filter status after the search: “{timing.filter_status}”",
        "",
    ]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument(
        "--skip-pelican", action="store_true", help="do not build the Pelican comparison"
    )
    parser.add_argument("--skip-browser", action="store_true", help="do not measure the index page")
    parser.add_argument(
        "--browser-articles",
        type=int,
        default=4400,
        help="articles in the browser corpus (about 5,000 events; default 4400)",
    )
    parser.add_argument(
        "--jobs", type=int, default=None, help="passed to build/check (default: all cores)"
    )
    parser.add_argument("--output", type=Path, default=BENCH / "RESULTS.md")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    version = "not run" if args.skip_pelican else pelican_bench.pelican_version_installed()
    lines = ["# Benchmark results", "", *machine_lines(version), ""]
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as temp:
        for size in sizes:
            print(f"benchmarking N={size} ...", file=sys.stderr, flush=True)
            lines += size_table(bench_size(size, Path(temp), args.jobs, not args.skip_pelican))
        if not args.skip_browser:
            print("benchmarking the index page in Chromium ...", file=sys.stderr, flush=True)
            lines += browser_table(*bench_browser(Path(temp), args.browser_articles))
    text = "\n".join(lines)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
