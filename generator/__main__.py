"""``python -m generator``: the same as the ``timeline`` command."""

from generator.cli import run

run()
