"""What a saved page's JSON-LD says of it: headline, publication time, publisher, site
name and the people in ``author`` (schema.org, as news sites and WordPress write it)."""

from __future__ import annotations

import json
from typing import Any


def json_ld(scripts: list[str]) -> list[tuple[str, str]]:
    """The page's fields that its JSON-LD blocks (the text of each script) state."""
    found: list[tuple[str, str]] = []
    for script in scripts:
        try:
            data: Any = json.loads(script)
        except (json.JSONDecodeError, TypeError):
            continue
        for item in _ld_items(data):
            found.extend(_ld_fields(item))
    return found


def _ld_items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: one, a list, or a ``@graph`` of them (Yoast, WordPress)."""
    items = data if isinstance(data, list) else [data]
    flat: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        flat.append(item)
        graph = item.get("@graph")
        if isinstance(graph, list):
            flat.extend(node for node in graph if isinstance(node, dict))
    return flat


def _ld_fields(item: dict[str, Any]) -> list[tuple[str, str]]:
    if item.get("@type") == "WebSite":
        name = item.get("name")
        return [("site_name", name)] if isinstance(name, str) else []
    found = [
        (name, item[key])
        for key, name in (("headline", "title"), ("datePublished", "published_ld"))
        if isinstance(item.get(key), str)
    ]
    publisher = item.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        found.append(("publisher", publisher["name"]))
    authors = _ld_names(item.get("author"))
    if authors:
        found.append(("author_ld", " and ".join(authors)))
    return found


def _ld_names(value: Any) -> list[str]:
    """Names of the people in a JSON-LD ``author``: a name, a Person, or a list of them.
    Organisations are not bylines (``"author": {"@type": "Organization"}``)."""
    people = value if isinstance(value, list) else [value]
    names: list[str] = []
    for person in people:
        if isinstance(person, dict) and person.get("@type") not in (None, "Person"):
            continue
        name = person.get("name") if isinstance(person, dict) else person
        if isinstance(name, str) and name.strip() and name.strip() not in names:
            names.append(name.strip())
    return names
