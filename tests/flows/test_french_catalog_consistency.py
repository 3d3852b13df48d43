"""The house rules of the French catalogs (flows/texts/*.fr.toml, eligibility/texts/*fr.toml), pinned so that a
sentence added later keeps them. Chosen from what the catalogs already did in the large majority:

- vouvoiement everywhere: no "tu", "ton", "ta", "tes", "toi", "te", "t'";
- a plain space before : ; ? ! and inside « » (never a no-break space, never none), « » as the only quotes,
  the straight apostrophe;
- one term per thing: SCG (not CRS, nor "note SCG": the score), NCLC (not CLB), CNP, FEER, EDE, "ronde" (not
  "tirage"), the program named in full ("catégorie de l'expérience canadienne", never a bare "CEC"),
  "Entrée express", "imprécises" for answers that are not exact ("inexactes" means wrong), "époux ou conjoint de
  fait" in full (never a bare "époux ou conjoint"), physicians' work "financé par des fonds publics" (IRCC's
  "publicly funded", not "par l'État");
- the same {placeholders} and HTML tags as the English sentence (a format only for the decimal comma).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

import pytest

from eligibility.explain import load_texts

PACKAGES = ("flows", "eligibility")
# Where a rule does not apply, and why.
_ENGLISH_ON_PURPOSE = {"flows:bot.welcome": "In English: /language"}  # the way out for an English speaker
# names what was typed: "a CLB or NCLC level"
_CLB_ON_PURPOSE = {"flows:err.score_clb", "flows:err.score_clb_spouse"}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _french() -> list[tuple[str, str]]:
    return [(f"{package}:{key}", text) for package in PACKAGES
            for key, value in load_texts(package, "fr").items() for text in _strings(value)]


FRENCH = _french()
# A sentence as the person reads it around the values: placeholders and links taken out.
_FIELD = re.compile(r"\{[^{}]*\}")
_URL = re.compile(r"https?://\S+")


def _prose(key: str, text: str) -> str:
    text = _URL.sub("URL", _FIELD.sub("X", text)).replace("CEC Screener", "X")  # the bot's name
    if key in _ENGLISH_ON_PURPOSE:
        text = text.replace(_ENGLISH_ON_PURPOSE[key], "")
    return text


def _offences(pattern: str, *, flags: int = 0, skip: set[str] | frozenset[str] = frozenset()) -> list[str]:
    found = re.compile(pattern, flags)
    return [f"{key}: {match.group(0)!r} in {text[:80]!r}" for key, text in FRENCH if key not in skip
            for match in [found.search(_prose(key, text))] if match]


def test_the_catalogs_were_read() -> None:
    assert len(FRENCH) > 600


def test_vouvoiement_everywhere() -> None:
    assert _offences(r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt'", flags=re.IGNORECASE) == []


@pytest.mark.parametrize("mark", [":", ";", "?", "!", "»"])
def test_a_plain_space_before_the_high_marks(mark: str) -> None:
    # "h:m" or "1:2" between digits is no punctuation; the rest takes one plain space before it.
    mark = re.escape(mark)
    assert _offences(rf"(?<![\s\d]){mark}|(?<=\d){mark}(?!\d)|[\u00a0\u202f]{mark}") == []


def test_a_plain_space_inside_the_opening_guillemet() -> None:
    assert _offences(r"«(?! )|« \s") == []


def test_no_no_break_space_and_one_kind_of_quote_and_apostrophe() -> None:
    assert _offences(r"[\u00a0\u202f]") == []
    assert _offences(r"[\"“”‘’‹›]") == []


@pytest.mark.parametrize(("wrong", "right"), [
    (r"\bCRS\b", "SCG"),
    (r"\bnotes? SCG\b|\bnote du SCG\b", "score SCG"),
    (r"\bNOC\b", "CNP"),
    (r"\bTEER\b", "FEER"),
    (r"\bECA\b", "EDE"),
    (r"\btirages?\b|\bdraws?\b", "ronde"),
    (r"\bCEC\b", "catégorie de l'expérience canadienne"),
    (r"\bExpress Entry\b|\bEntrée Express\b", "Entrée express"),
    (r"\bréponses? inexactes?\b", "réponses imprécises"),
    (r"\bIRCC's\b|\bStatistics Canada\b", "the French name"),
    (r"\bépoux ou conjoint\b(?! de fait)", "époux ou conjoint de fait"),
    (r"\bfinancée?s? par l'État\b", "financé par des fonds publics"),
])
def test_one_term_for_one_thing(wrong: str, right: str) -> None:
    assert _offences(wrong) == [], f"say {right!r}"


def test_nclc_not_clb() -> None:
    assert _offences(r"\bCLB\b", skip=_CLB_ON_PURPOSE) == []


def test_no_english_left() -> None:
    assert _offences(r"\b(?:the|your|you|and|with|hours|eligible|please|spouse|partner)\b") == []


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _specs(text: str) -> set[str]:
    return {spec or "" for _, name, spec, conversion in string.Formatter().parse(text) if name is not None}


def _tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?[a-z]+\b[^>]*>", text))


@pytest.mark.parametrize("package", PACKAGES)
def test_placeholders_with_their_format_and_tags_as_in_english(package: str) -> None:
    english, french = load_texts(package, "en"), load_texts(package, "fr")
    differ = []
    for key, en in english.items():
        fr = french[key]
        if isinstance(en, str) and (_fields(en) != _fields(fr) or _tags(en) != _tags(fr)):
            differ.append(key)
    assert differ == []


def test_a_format_in_french_is_only_the_decimal_comma() -> None:
    # "{value:,}" writes 6,5 for a Figure (flows/parsing.py); no other format or conversion is needed in French.
    assert [key for key, text in FRENCH if not _specs(text) <= {"", ","}] == []


def test_html_tags_are_balanced() -> None:
    unbalanced = []
    for key, text in FRENCH:
        stack: list[str] = []
        for closing, name in re.findall(r"<(/?)([a-z]+)\b[^>]*>", text):
            if not closing:
                stack.append(name)
            elif not stack or stack.pop() != name:
                unbalanced.append(key)
                break
        if stack:
            unbalanced.append(key)
    assert unbalanced == []
