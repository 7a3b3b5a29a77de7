"""The .ts catalogues: well-formed, complete in kk and ru, placeholders kept, and compilable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.ts_catalogue import LANGUAGES, messages, ts_file
from ui.i18n import compile_ts

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_parses_and_has_messages(language: str) -> None:
    assert len(messages(language)) > 50


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    for context, source, element in messages(language):
        if element.text:
            assert placeholders(element.text) == placeholders(source), (context, source, element.text)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_kazakh_and_russian_are_complete(language: str) -> None:
    for context, source, element in messages(language):
        assert element.get("type") not in {"unfinished", "vanished", "obsolete"}, (context, source)
        assert (element.text or "").strip(), (context, source)


def test_kazakh_uses_kazakh_letters() -> None:
    text = "".join(element.text or "" for _c, _s, element in messages("kk"))
    assert set("әғқңөұүі") <= set(text.lower())


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_compiles_and_loads(language: str, tmp_path: Path) -> None:
    qm = compile_ts(ts_file(language), tmp_path / f"kezek_{language}.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    for context, source, element in messages(language):
        if element.text:
            assert translator.translate(context, source) == element.text
