"""How this project starts headless Chromium, for its browser tests, its screenshots
and its benchmark: Debian's ``chromium`` package, never a downloaded browser, with
nothing that reaches the network on its own (updates, sync, QUIC probes)."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
