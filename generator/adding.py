"""``timeline add FILE|URL``: put an article into seeds/ under a clean name."""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

from generator.config import load_config
from generator.errors import TimelineError
from generator.explain import explain_lines
from generator.slugs import slugify
from generator.sources import SUPPORTED

MAX_DOWNLOAD = 5_000_000


def add_seed(root: Path, source: str) -> list[str]:
    config = load_config(root)
    config.seeds_path.mkdir(parents=True, exist_ok=True)
    if source.startswith(("http://", "https://")):
        target = _download(source, config.seeds_path)
    else:
        target = _copy(Path(source), config.seeds_path)
    where = target.relative_to(root.resolve()) if target.is_relative_to(root.resolve()) else target
    lines = [f"added {where}"]
    explained, _, _ = explain_lines(root, str(target))
    return lines + explained


def _clean_name(name: str, suffix: str, folder: Path) -> Path:
    stem = slugify(name, max_words=12) or "article"
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate.resolve()


def _copy(path: Path, folder: Path) -> Path:
    if not path.is_file():
        raise TimelineError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise TimelineError(f"{path}: not a supported file type; use .txt, .md or .html")
    target = _clean_name(path.stem, suffix, folder)
    shutil.copyfile(path, target)
    return target


def _download(url: str, folder: Path) -> Path:
    request = urllib.request.Request(url, headers={"User-Agent": "timeline-generator"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read(MAX_DOWNLOAD + 1)
    except OSError as exc:
        raise TimelineError(f"{url}: could not download ({exc})") from exc
    if len(data) > MAX_DOWNLOAD:
        raise TimelineError(f"{url}: larger than {MAX_DOWNLOAD // 1_000_000} MB; not an article")
    name = url.rstrip("/").rsplit("/", 1)[-1].split("?")[0] or "page"
    target = _clean_name(Path(name).stem, ".html", folder)
    target.write_bytes(data)
    return target
