"""``timeline serve``: serve the site, rebuild when an input changes, reload the browser.

Standard library only. Three parts share one small ``BuildState``:

- a polling watcher thread that compares the (path, mtime, size) of every watched file
  and calls ``build()`` when anything changed;
- an HTTP server over the output folder, which answers ``/__reload`` (the number of
  the last good build), ``/__error`` (the last build's error, empty when it went well)
  and ``/__livereload.js``;
- that script, added to served HTML pages only (never to the files on disk), which
  polls ``/__reload``, reloads the page when the number moves and shows a banner
  while the last build failed.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator import stored
from generator.config import Config
from generator.errors import BuildError, TimelineError
from generator.up_to_date import project_inputs

Snapshot = frozenset[tuple[str, int, int]]
LIVERELOAD_TAG = b'<script src="/__livereload.js"></script>'
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)

LIVERELOAD_JS = """\
(function () {
  "use strict";
  var seen = null;
  function banner(message) {
    var box = document.getElementById("timeline-build-error");
    if (!message) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement("pre");
      box.id = "timeline-build-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;top:0;z-index:2147483647;margin:0;" +
        "padding:1em;max-height:50vh;overflow:auto;white-space:pre-wrap;" +
        "background:#8b0000;color:#fff;font:14px/1.4 monospace";
      document.body.appendChild(box);
    }
    box.textContent = "Build failed; showing the last good site.\\n\\n" + message;
  }
  function text(url) {
    return fetch(url, {cache: "no-store"}).then(function (r) { return r.text(); });
  }
  function poll() {
    text("/__reload").then(function (build) {
      if (seen !== null && build !== seen) { location.reload(); return; }
      seen = build;
      return text("/__error").then(banner);
    }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""


class BuildState:
    """The last good build's number and the last build's error, shared across threads."""

    def __init__(self, build: Callable[[], object]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self.number = 0
        self.error = ""

    def rebuild(self) -> None:
        try:
            self._build()
        except Exception as exc:
            message = str(exc) if isinstance(exc, TimelineError) else f"{type(exc).__name__}: {exc}"
            print(
                f"Build failed, still serving the last good site:\n{traceback.format_exc()}",
                file=sys.stderr,
            )
            with self._lock:
                self.error = message
            return
        with self._lock:
            self.number += 1
            self.error = ""


def watched_paths(config: Config) -> list[Path]:
    """The seeds folder and every other input of a build, as absolute paths."""
    return [config.seeds_path, *project_inputs(config)]


def snapshot(paths: Sequence[Path], skip: Path | None = None) -> Snapshot:
    """(path, mtime, size) of every file under ``paths``, leaving out the ``skip`` folder."""
    found: set[tuple[str, int, int]] = set()
    for path in paths:
        if path.is_file():
            files = {"": stamp} if (stamp := stored.stamp(path)) is not None else {}
        else:  # not the output: watching it would rebuild forever
            files = stored.stamps(path, skip)
        for relative, (size, mtime) in files.items():
            found.add((f"{path}/{relative}" if relative else str(path), mtime, size))
    return frozenset(found)


class Watcher(threading.Thread):
    def __init__(
        self, state: BuildState, paths: Sequence[Path], output: Path, interval: float
    ) -> None:
        super().__init__(name="timeline-watcher", daemon=True)
        self.state, self.paths, self.output, self.interval = state, paths, output, interval
        self.stopped = threading.Event()
        self.seen: Snapshot = frozenset()

    def take_stock(self) -> None:
        """Record the inputs as they are now; only later changes trigger a build."""
        self.seen = snapshot(self.paths, self.output)

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            current = snapshot(self.paths, self.output)
            if current != self.seen:
                self.seen = current
                self.state.rebuild()


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files from the output folder, plus the live-reload endpoints.

    The folder is named by path (``directory``) and looked up again on every request,
    never held open or chdir'ed into, because each build swaps in a new folder.
    """

    state: BuildState

    def __init__(self, *args: Any, state: BuildState, **kwargs: Any) -> None:
        self.state = state
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        route = self.path.split("?", 1)[0]
        if route == "/__reload":
            self._send(str(self.state.number).encode(), "text/plain; charset=utf-8")
        elif route == "/__error":
            self._send(self.state.error.encode("utf-8"), "text/plain; charset=utf-8")
        elif route == "/__livereload.js":
            self._send(LIVERELOAD_JS.encode(), "text/javascript; charset=utf-8")
        elif (page := self._html_page()) is not None:
            self._send(with_livereload(page.read_bytes()), "text/html; charset=utf-8")
        else:
            super().do_GET()

    def _html_page(self) -> Path | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        return path if path.suffix == ".html" and path.is_file() else None

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # one line per request drowns the build messages


def with_livereload(page: bytes) -> bytes:
    """The page with the live-reload script before its last ``</body>`` (else at the end)."""
    matches = list(_BODY_END.finditer(page))
    if not matches:
        return page + LIVERELOAD_TAG
    at = matches[-1].start()
    return page[:at] + LIVERELOAD_TAG + page[at:]


class DevServer:
    """A running ``timeline serve``: HTTP server and watcher, stopped with ``stop()``."""

    def __init__(
        self,
        build: Callable[[], object],
        output: Path,
        watch: Sequence[Path],
        host: str,
        port: int,
        interval: float,
    ) -> None:
        self.state = BuildState(build)
        self.output = output.absolute()
        handler = functools.partial(Handler, state=self.state, directory=os.fspath(self.output))
        self.httpd = http.server.ThreadingHTTPServer((host, port), handler)
        self.watcher = Watcher(self.state, watch, self.output, interval)
        self._http_thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> DevServer:
        """Build once, then watch and serve in background threads."""
        self.watcher.take_stock()  # before the build, so an edit made during it is seen
        self.state.rebuild()
        self.watcher.start()
        self._http_thread = threading.Thread(
            target=self.httpd.serve_forever, name="timeline-http", daemon=True
        )
        self._http_thread.start()
        return self

    def stop(self) -> None:
        self.watcher.stopped.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.watcher.join()


def serve_in_thread(
    build: Callable[[], object],
    output: Path,
    *,
    watch: Sequence[Path],
    host: str = "127.0.0.1",
    port: int = 0,
    interval: float = 0.5,
) -> DevServer:
    """Start a dev server in background threads (port 0: any free port); for tests."""
    return DevServer(build, output, watch, host, port, interval).start()


def serve(
    root: Path,
    build: Callable[[], object],
    output: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    watch: Sequence[Path],
    interval: float = 0.5,
) -> None:
    """Serve ``output`` until Ctrl-C, rebuilding when anything under ``watch`` changes.

    Relative ``output`` and ``watch`` paths are taken from ``root``.
    """
    watched = [root / path for path in watch]
    try:
        server = serve_in_thread(
            build, root / output, watch=watched, host=host, port=port, interval=interval
        )
    except OSError as exc:  # the port is taken, or the host is not ours
        raise BuildError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from exc
    print(f"Serving {server.output} at {server.url} (Ctrl-C to stop)", file=sys.stderr)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
    finally:
        server.stop()
