"""Reading our .ts files in tests: the expected text comes from the catalogue, never from the test."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

LANGUAGES = ("kk", "ru", "en")


def ts_file(language: str) -> Path:
    return Path(str(files("resources.i18n"))) / f"kezek_{language}.ts"


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of the catalogue."""
    root = ET.parse(ts_file(language)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def translation(language: str, context: str, source: str) -> str:
    for name, text, element in messages(language):
        if (name, text) == (context, source):
            return element.text or ""
    raise KeyError((language, context, source))
