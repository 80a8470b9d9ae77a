"""Templates compiled once per process, and macro output remembered across pages."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from generator.templating import compile_from, environment, remembered, template_sources


def test_a_template_edited_between_builds_is_compiled_again(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("before", encoding="utf-8")
    env = environment((tmp_path,))
    compile_from(env, template_sources(env))
    assert env.get_template("page.html").render() == "before"
    page.write_text("after", encoding="utf-8")
    assert env.get_template("page.html").render() == "before"  # not looked at per page
    compile_from(env, template_sources(env))
    assert env.get_template("page.html").render() == "after"


def test_a_template_that_shadows_one_already_compiled_is_used(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    (ours / "page.html").write_text("ours", encoding="utf-8")
    env = environment((theirs, ours))
    compile_from(env, template_sources(env))
    assert env.get_template("page.html").render() == "ours"
    (theirs / "page.html").write_text("theirs", encoding="utf-8")
    compile_from(env, template_sources(env))
    assert env.get_template("page.html").render() == "theirs"


def test_a_remembered_macro_runs_once_for_the_same_arguments() -> None:
    calls: list[str] = []

    def badge(kind: str) -> Markup:
        calls.append(kind)
        return Markup("<b>{}</b>").format(kind)

    assert remembered(badge, "visit") == remembered(badge, "visit") == "<b>visit</b>"
    assert remembered(badge, "talks") == "<b>talks</b>"
    assert calls == ["visit", "talks"]
