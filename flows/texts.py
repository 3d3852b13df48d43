"""The conversation's text catalogs (flows/texts/en.toml, fr.toml), merged with the verdict's."""

from __future__ import annotations

from functools import cache

from eligibility.explain import LANGUAGES, Catalog, load_texts

__all__ = ["LANGUAGES", "Catalog", "catalog", "normalize_language"]


def normalize_language(code: str | None) -> str:
    """A Telegram language code ("fr-CA") to one of ours; English otherwise."""
    short = (code or "en").split("-")[0].lower()
    return short if short in LANGUAGES else "en"


@cache
def catalog(lang: str) -> Catalog:
    lang = normalize_language(lang)
    return Catalog(lang, {**load_texts("eligibility", lang), **load_texts("flows", lang)})
