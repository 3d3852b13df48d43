"""Every sentence exists in English and French with the same placeholders; the flow diagram is current."""

from __future__ import annotations

import pathlib
import string

import pytest

from eligibility.explain import load_texts
from flows.machine import diagram
from flows.questions import LOOPS, QUESTIONS

ROOT = pathlib.Path(__file__).resolve().parents[2]


def placeholders(text: object) -> set[str]:
    if not isinstance(text, str):
        return set()
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("package", ["flows", "eligibility"])
def test_english_and_french_have_the_same_keys_and_placeholders(package: str) -> None:
    english, french = load_texts(package, "en"), load_texts(package, "fr")
    assert set(english) == set(french), set(english) ^ set(french)
    for key, text in english.items():
        assert placeholders(text) == placeholders(french[key]), key
        assert isinstance(french[key], type(text)), key


def test_the_two_catalogs_never_define_the_same_key() -> None:
    assert not set(load_texts("flows", "en")) & set(load_texts("eligibility", "en"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_question_and_option_has_its_words(lang: str) -> None:
    texts = {**load_texts("flows", lang), **load_texts("eligibility", lang)}
    for question in QUESTIONS:
        key = "q.score.text" if question.kind == "score" else f"q.{question.id}.text"
        assert texts.get(key), key
        if question.id not in LOOPS:  # "add another?" is not listed in the summary
            assert texts.get(f"summary.{question.id}"), question.id
        if question.kind in ("choice", "noc"):
            for value in question.options:
                assert texts.get(f"opt.{question.id}.{value}"), (question.id, value)


def test_french_texts_are_really_french() -> None:
    english, french = load_texts("flows", "en"), load_texts("flows", "fr")
    same = [k for k, v in english.items() if isinstance(v, str) and v == french[k] and len(v) > 20
            and not k.startswith("opt.")]
    assert same == []


def test_docs_flow_diagram_is_generated_from_the_machine() -> None:
    committed = (ROOT / "docs" / "flow.mmd").read_text(encoding="utf-8")
    assert committed == diagram(), "docs/flow.mmd is stale: run .venv/bin/python docs/make_flow_diagram.py"
    assert "job_more --> job_occupation: answer [wants_another]" in committed


def test_a_topic_catalog_file_joins_the_main_one_and_may_not_redefine_a_key(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = tmp_path / "catalog_probe" / "texts"
    texts.mkdir(parents=True)
    (texts.parent / "__init__.py").write_text("", encoding="utf-8")
    (texts / "en.toml").write_text('[greet]\nhello = "Hello"\n', encoding="utf-8")
    (texts / "topic.en.toml").write_text('[greet]\nbye = "Bye"\n', encoding="utf-8")
    (texts / "topic.fr.toml").write_text('[greet]\nbye = "Salut"\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert load_texts("catalog_probe", "en") == {"greet.hello": "Hello", "greet.bye": "Bye"}
    (texts / "again.en.toml").write_text('[greet]\nhello = "Hi"\n', encoding="utf-8")
    load_texts.cache_clear()
    with pytest.raises(ValueError, match=r"greet\.hello"):
        load_texts("catalog_probe", "en")
    load_texts.cache_clear()
