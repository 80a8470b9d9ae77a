"""The yardstick: Pelican building N plain Markdown posts of the same size as our seeds.

Pelican lives in its own virtual environment (bench/.pelican-venv), created on first use.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from make_corpus import Article, plan_articles
from measure import Measurement, run_timed

VENV = Path(__file__).resolve().parent / ".pelican-venv"
CONFIG = """AUTHOR = "bench"
SITENAME = "Pelican benchmark"
SITEURL = ""
TIMEZONE = "Asia/Shanghai"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
DEFAULT_PAGINATION = 10
"""


def pelican_python() -> Path:
    """The venv's interpreter, creating the venv and installing Pelican if needed."""
    python = VENV / "bin" / "python"
    if not (VENV / "bin" / "pelican").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "pelican", "markdown"], check=True
        )
    return python


def pelican_version_installed() -> str:
    """Install Pelican if needed and say which version runs."""
    pelican_python()
    result = subprocess.run(
        [str(VENV / "bin" / "pelican"), "--version"], capture_output=True, text=True
    )
    return result.stdout.strip() or "?"


def markdown_post(article: Article, slug: str) -> str:
    story = article.page.story
    headline = story.headline.replace(":", " -")
    meta = (
        f"Title: {headline}\nDate: {article.page.published:%Y-%m-%d %H:%M}\n"
        f"Slug: {slug}\nCategory: news\n\n"
    )
    return meta + "\n\n".join(story.paragraphs) + "\n"


def write_posts(count: int, root: Path, seed: int = 1) -> Path:
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    (root / "pelicanconf.py").write_text(CONFIG, encoding="utf-8")
    for article in plan_articles(count, seed):
        (content / f"post-{article.number:06d}.md").write_text(
            markdown_post(article, f"post-{article.number:06d}"), encoding="utf-8"
        )
    return content


def add_post(root: Path, seed: int = 1) -> None:
    article = next(iter(plan_articles(1, seed + 10_000)))
    post = markdown_post(article, "post-new")
    (root / "content" / "post-new.md").write_text(post, encoding="utf-8")


def time_pelican(count: int, root: Path) -> list[Measurement]:
    """A full build into an empty folder, then a rebuild after adding one post."""
    pelican = str(VENV / "bin" / "pelican")
    command = [pelican, "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
    write_posts(count, root)
    full = run_timed("pelican full build", command, cwd=root)
    add_post(root)
    add_one = run_timed("pelican add one post", command, cwd=root)
    for run in (full, add_one):
        if run.returncode != 0:
            print(f"warning: {run.label} failed:\n{run.output[-2000:]}", file=sys.stderr)
    return [full, add_one]
