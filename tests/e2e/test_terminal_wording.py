"""The terminal says in its own words what the shared catalogs say for Telegram's buttons (bot/terminal.py,
flows/texts/terminal.*.toml): every sentence of both languages, once said in the terminal, speaks of no tap and
no button, every phrase pair is used, and Telegram still reads the sentences as written."""

from __future__ import annotations

import pathlib
import re

import pytest

from bot.terminal import in_terminal_words, terminal_phrases
from eligibility.explain import load_texts
from flows.texts import catalog

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram

# Words of a touch screen, in both languages ("tapez", French for "type", is what the terminal asks for)
TOUCH_WORDS = re.compile(r"\b(taps?|tapped|tapping|buttons?|touch\w*|bouton\w*|appuy\w*|cliqu\w*|click\w*)\b",
                         re.IGNORECASE)


def sentences(lang: str) -> dict[str, str]:
    texts = {**load_texts("eligibility", lang), **load_texts("flows", lang)}
    return {key: text for key, text in texts.items() if isinstance(text, str)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_sentence_of_either_catalog_asks_to_tap_once_said_in_the_terminal(lang: str) -> None:
    left = {key: found[0] for key, text in sentences(lang).items()
            if (found := TOUCH_WORDS.search(in_terminal_words(text, lang)))}
    assert left == {}, "add a pair to flows/texts/terminal.*.toml for the way these sentences say it"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_phrase_pair_is_used_by_some_sentence(lang: str) -> None:
    """A pair no sentence says any more is dead wording: it goes with the last sentence that needed it."""
    pattern, said = terminal_phrases(lang)
    used = {found[0][0].lower() + found[0][1:]
            for text in sentences(lang).values() for found in pattern.finditer(text)}
    assert set(said) - used == set()
    assert not any(TOUCH_WORDS.search(terminal) for terminal in said.values())


def test_a_phrase_keeps_its_capital_and_the_longest_phrase_wins() -> None:
    assert in_terminal_words("Tap the year, then the month.", "en") == "Choose the year, then the month."
    assert in_terminal_words("To begin, tap the button below.", "en") == \
        "To begin, type the number of the option below."
    assert in_terminal_words("Touchez le bouton ci-dessous.", "fr") == "Tapez le numéro de l'option ci-dessous."
    assert in_terminal_words("Ce bouton correspond.", "fr") == "Cette option correspond."


def test_quoted_words_and_longer_words_are_never_reworded() -> None:
    """A quoted label or a person's own words stay as they are; "tapez" or "untapped" are other words."""
    assert in_terminal_words("“button maker” is listed: tap the closest.", "en") == \
        "“button maker” is listed: choose the closest."
    assert in_terminal_words("« bouton d'or » : touchez la plus proche.", "fr") == \
        "« bouton d'or » : choisissez la plus proche."
    assert in_terminal_words("Tapez la date, or an untapped buttonhole.", "fr") == \
        "Tapez la date, or an untapped buttonhole."


def test_telegram_reads_the_catalogs_as_written() -> None:
    """The terminal's wording is applied when it prints, never to the catalogs Telegram's replies are made of."""
    assert catalog("en").t("picker.months", year=2025) == "2025: tap the month."
    assert catalog("fr").t("picker.months", year=2025) == "2025 : touchez le mois."
    assert catalog("en").t("err.yes_no") == "Please answer yes or no (or tap a button)."
    assert catalog("fr").t("err.yes_no") == "Veuillez répondre oui ou non (ou toucher un bouton)."


@pytest.mark.parametrize(("lang", "steps", "said"), [
    ("en", ["/start", "no", "maybe", "yes", "21232", "2025"],
     ["Please answer yes or no (or tap a button).", "Tap the year, the month, then the day",
      "2025: tap the month."]),
    ("fr", ["/start", "non", "bof", "oui", "21232", "2025"],
     ["Veuillez répondre oui ou non (ou toucher un bouton).", "Touchez l'année, le mois, puis le jour",
      "2025 : touchez le mois."]),
])
async def test_a_telegram_chat_still_asks_to_tap_its_buttons(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str,
                                                            steps: list[str], said: list[str]) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana", language_code=lang)
        for step in steps:
            await chat.send(step)
        everything = "\n".join(chat.texts)
    for sentence in said:
        assert sentence in everything, sentence
    assert "type the number of an option" not in everything and "numéro d'une option" not in everything
