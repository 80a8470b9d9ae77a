"""Reading seeds: find the files, decode any encoding, turn each format into text lines.

A seed that cannot be read becomes a ``Problem`` with a reason a user understands;
nothing here raises for bad input.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from generator.model import Document, Problem, Seed
from generator.seed_index import SeedIndex, content_hash
from generator.wrapped_text import is_hard_wrapped, unwrapped

SUPPORTED = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
BACKUP_SUFFIXES = ("~", ".swp", ".swo", ".bak", ".tmp", ".orig", ".part", ".crdownload")
MAX_BYTES = 5_000_000
MAX_LINE = 20_000
_TERMINAL_CODES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # colour codes pasted from a terminal
# Invisible marks a page hides in words: a soft hyphen (``Bei\u00adjing``), a word joiner
# or a zero-width space is no letter, and a name or a date split by one is not found.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\u2060\ufeff]")
_ASCII_CONTROL = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def find_seeds(
    seeds_dir: Path, project_root: Path, index: SeedIndex | None = None
) -> tuple[list[Seed], list[Problem]]:
    """Every readable seed under ``seeds_dir`` (sub-folders too), sorted by path. With an
    ``index``, files unchanged since the last build are not read to hash them.

    Paths are plain strings here: with 10,000 seeds, path objects took most of the time."""
    seeds: list[Seed] = []
    problems: list[Problem] = []
    if not seeds_dir.is_dir():
        return seeds, [
            Problem(_relative(seeds_dir, project_root), "error", "the seeds folder does not exist")
        ]
    boundary = str(seeds_dir.resolve())
    prefix = _relative(seeds_dir, project_root)
    for relative in sorted(_walk(str(seeds_dir))):
        path = os.path.join(seeds_dir, relative)
        file = f"{prefix}/{relative}" if prefix != "." else relative
        stat = _stat(path)
        reason = _refusal(path, stat, boundary)
        if reason is not None or stat is None:
            problems.append(Problem(file, "warning", reason or "the file vanished"))
            continue
        if index is not None:
            digest = index.hash_of(path, stat, MAX_BYTES)
        else:
            digest = content_hash(Path(path).read_bytes() if stat.st_size <= MAX_BYTES else b"")
        seeds.append(Seed(path, file, digest))
    return seeds, problems


def _walk(folder: str) -> Iterator[str]:
    """Paths of the candidate files under ``folder``, relative to it, with "/"."""
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith((".", "_"))]
        below = os.path.relpath(dirpath, folder).replace(os.sep, "/")
        for name in filenames:
            if not _ignored(name):
                yield name if below == "." else f"{below}/{name}"


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)  # through a link, to its target
    except OSError:
        return None


def _ignored(name: str) -> bool:
    """Hidden files and editor or download leftovers are not seeds."""
    return name.startswith((".", "#", "~$")) or name.endswith(BACKUP_SUFFIXES)


def _refusal(path: str, stat: os.stat_result | None, boundary: str) -> str | None:
    if os.path.islink(path):
        target = Path(path).resolve()
        if not target.is_relative_to(boundary):
            return "refused: a symbolic link that leads outside the seeds folder"
        if stat is None:
            return "refused: a symbolic link to a file that does not exist"
    suffix = os.path.splitext(path)[1].rstrip(".")  # "notes." has no suffix, as for pathlib
    if suffix.lower() not in SUPPORTED:
        return f"not a supported file type ({suffix or 'no extension'}); use .txt, .md or .html"
    size = stat.st_size if stat is not None else 0
    if size > MAX_BYTES:
        limit = MAX_BYTES / 1e6
        return f"too large to be an article ({size / 1e6:.1f} MB; the limit is {limit:.0f} MB)"
    return None


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_document(seed: Seed) -> Document | Problem:
    """Decode a seed and split it into text lines (or say why that is impossible)."""
    path = Path(seed.path)
    data = path.read_bytes()
    if not data.strip():
        return Problem(seed.file, "warning", "the file is empty")
    decoded = decode(data)
    if decoded is None:
        return Problem(seed.file, "warning", "binary data, not text (no text encoding fits)")
    text, encoding = decoded
    text = clean_text(repair_mojibake(text))
    if not text.strip():
        return Problem(seed.file, "warning", "the file holds only whitespace or control characters")
    kind = SUPPORTED[path.suffix.lower()]
    # Beautiful Soup and Markdown on first use, like the rest of the reading stack.
    from generator.html_text import html_document, markdown_document

    if kind == "html":
        return html_document(seed.file, text, encoding)
    if kind == "md":
        return markdown_document(seed.file, text, encoding)
    lines = text.split("\n")
    if is_hard_wrapped(text):  # copied from a PDF or an e-mail
        lines = unwrapped(lines)
    if len(text) > MAX_LINE:  # else no line can be longer
        lines = [_cap(line) for line in lines]
    return Document(seed.file, "txt", encoding, tuple(lines))


def decode(data: bytes) -> tuple[str, str] | None:
    """Text and encoding name: BOMs first, then UTF-16 without BOM, UTF-8, then detection."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _try(data, name)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if data.count(b"\x00") <= _stray_nuls(data):  # a stray NUL does not make text binary
        plain = _try(data, "utf-8")
        if plain is not None:
            return plain
    if _looks_binary(data):
        return None
    return _detected(data)


def _detected(data: bytes) -> tuple[str, str] | None:
    """The detector's best reading. Among single-byte code pages, windows-1252 (what
    browsers and Windows editors assume for Latin text) wins whenever it reads the bytes
    as cleanly: the detector's preference between them rests on a few accented letters
    (``tête-à-tête`` once came out as ``tęte-ŕ-tęte``)."""
    import charset_normalizer  # only for the rare seed in no obvious encoding
    from charset_normalizer.utils import is_multi_byte_encoding

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    if not is_multi_byte_encoding(best.encoding):
        best = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos), best)
    return str(best), best.encoding


def _try(data: bytes, encoding: str) -> tuple[str, str] | None:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 with no BOM, told by its zero bytes and read only if it reads as text."""
    if len(data) % 2 or data.count(0) <= _stray_nuls(data):
        return None
    encoding = _utf16_byte_order(data[:_UTF16_SAMPLE])
    decoded = _try(data, encoding) if encoding is not None else None
    if decoded is None or not _reads_as_text(decoded[0][: _UTF16_SAMPLE // 2]):
        return None
    return decoded


def _utf16_byte_order(sample: bytes) -> str | None:
    """Which way round the byte pairs are, from the spaces and line ends: ``20 00`` in
    little-endian, ``00 20`` in big-endian. Not from zero bytes alone: Chinese or Korean
    text has few (no Latin letters), and its own characters put some on the other side
    (一 is U+4E00), while hardly any of them reads as a space the wrong way round."""
    pairs = list(zip(sample[0::2], sample[1::2], strict=True))
    little = sum(1 for first, second in pairs if second == 0 and first in _SPACE_BYTES)
    big = sum(1 for first, second in pairs if first == 0 and second in _SPACE_BYTES)
    if little > 3 * big:
        return "utf-16-le"
    if big > 3 * little:
        return "utf-16-be"
    return None


def _reads_as_text(text: str) -> bool:
    """Few control, unassigned or private-use characters: binary data read as UTF-16 is
    full of them (a wrong guess would also fail to decode, on an unpaired surrogate)."""
    strange = [char for char in text if unicodedata.category(char) in _NOT_TEXT]
    return len(strange) - sum(map(" \t\n\r".__contains__, strange)) <= len(text) // 100


_UTF16_SAMPLE = 20_000
_SPACE_BYTES = frozenset(b" \t\n\r")
_NOT_TEXT = frozenset({"Cc", "Cn", "Co", "Cs"})


def _looks_binary(data: bytes) -> bool:
    sample = data[:8000]
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return sample.count(b"\x00") > _stray_nuls(sample) or controls / len(sample) > 0.05


def _stray_nuls(data: bytes) -> int:
    return max(1, len(data) // 1000)


_MOJIBAKE_STARTS = "ÃÂâ"
_MOJIBAKE = re.compile(
    f"[{_MOJIBAKE_STARTS}]"
    "[\u0080-\u00bf\u2018-\u201e\u2020-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e]"
)


def repair_mojibake(text: str) -> str:
    """UTF-8 that was once read as Windows-1252 ("CrÃ¨me") is turned back ("Crème")."""
    # Each match starts with one of the three letters: counting them is far quicker.
    if text.isascii() or sum(map(text.count, _MOJIBAKE_STARTS)) < 2:
        return text
    if len(_MOJIBAKE.findall(text)) < 2:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if len(_MOJIBAKE.findall(repaired)) < len(_MOJIBAKE.findall(text)):
            return repaired
    return text


def clean_text(text: str) -> str:
    """Unify line endings and drop control characters (keeping newlines and tabs)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    if "\x1b" in text:  # what every terminal code starts with
        text = _TERMINAL_CODES.sub("", text)
    if text.isascii():  # the control characters deleted by a table of bytes: far quicker
        return text.encode("ascii").translate(None, _ASCII_CONTROL).decode("ascii")
    return _CONTROL.sub("", text).replace("\xa0", " ")


def _cap(line: str) -> str:
    return line if len(line) <= MAX_LINE else line[:MAX_LINE]
