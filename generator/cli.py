"""The ``timeline`` command: build, check, serve, add."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from generator import heap
from generator.errors import TimelineError

DESCRIPTION = """\
Turn a folder of news articles (seeds/*.txt, *.md, *.html) into a static timeline
website (site/): one event per happening, with every outlet that reported it.

  timeline build            read seeds/, write site/ (open site/index.html)
  timeline check            read seeds/ and report each article; writes nothing
  timeline check --explain seeds/x.txt
                            show every event found in one seed and why
  timeline serve            build, serve on http://127.0.0.1:8000, rebuild on change
  timeline add FILE|URL     copy an article into seeds/ and show what it adds

Settings live in timeline.toml; corrections in curation.toml (see README.md).
"""


def run() -> NoReturn:
    """The ``timeline`` program: ``main`` in a process that ends with it, so that a
    build or check need not free its heap (see ``generator.heap``)."""
    heap.end(main(one_process=True))


def main(argv: Sequence[str] | None = None, one_process: bool = False) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    if one_process and args.command in ("build", "check"):
        heap.one_shot()
    try:
        return int(args.run(args))
    except TimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "timeline build | head": the reader left early
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build the site from the seeds")
    _common(build)
    build.add_argument(
        "--clean", action="store_true", help="ignore the cache and rewrite every file"
    )
    build.add_argument(
        "--base-url", help="absolute URL the site is served from (for canonical links, sitemap)"
    )
    build.set_defaults(run=_run_build)

    check = commands.add_parser("check", help="read every seed and report; write nothing")
    _common(check)
    check.add_argument("--explain", metavar="SEED", help="explain the events found in one seed")
    check.set_defaults(run=_run_check)

    serve = commands.add_parser("serve", help="serve the site locally and rebuild on change")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--jobs", type=int, default=None)
    serve.set_defaults(run=_run_serve)

    add = commands.add_parser("add", help="copy a file (or download a page) into seeds/")
    add.add_argument("source", help="a file path or an http(s) URL")
    add.set_defaults(run=_run_add)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
    parser.add_argument(
        "--jobs", type=int, default=None, help="worker processes (default: all cores)"
    )


def _run_build(args: argparse.Namespace) -> int:
    from generator.build import build

    overrides = {"base_url": args.base_url} if args.base_url else None
    report = build(
        args.root, overrides=overrides, jobs=args.jobs, clean=args.clean, skip_unchanged=True
    )
    for line in report.lines():
        print(line)
    return _exit_code(report.errors, report.warnings, args.strict)


def _run_check(args: argparse.Namespace) -> int:
    from generator.explain import check_lines, explain_lines

    if args.explain:
        lines, errors, warnings = explain_lines(args.root, args.explain)
    else:
        lines, errors, warnings = check_lines(args.root, args.jobs)
    for line in lines:
        print(line)
    return _exit_code(errors, warnings, args.strict)


def _run_serve(args: argparse.Namespace) -> int:
    from generator.build import build
    from generator.config import load_config
    from generator.serve import serve, watched_paths

    config = load_config(args.root)

    def rebuild() -> object:
        with heap.one_build():
            report = build(args.root, jobs=args.jobs, skip_unchanged=True)
        print(report.lines()[0], flush=True)
        return report

    serve(args.root, rebuild, config.output_path, port=args.port, watch=watched_paths(config))
    return 0


def _run_add(args: argparse.Namespace) -> int:
    from generator.adding import add_seed

    for line in add_seed(args.root, args.source):
        print(line)
    return 0


def _exit_code(errors: int, warnings: int, strict: bool) -> int:
    if errors or (strict and warnings):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
