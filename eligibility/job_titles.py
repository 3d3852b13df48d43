"""Job titles as people say them -> NOC 2021 unit groups, with how sure the finder is.

On top of the occupation finder (eligibility/occupations.py, Statistics Canada's titles), read in this order:
1. words that say the person worked for themselves ("self-employed", "freelance", "travailleur autonome") are
   noted and taken out: self-employed hours do not count, and the conversation asks about it;
2. an employer or brand ("at Tim Hortons", "Walmart", "chez Desjardins") is taken out: it is not the job;
3. our table of everyday titles and abbreviations (eligibility/data/noc2021/everyday.toml) is looked up: the
   title as typed, then without its weak words ("senior", "associate", "team member"...);
4. otherwise the official titles are searched, without the weak words.

The result says how sure it is ("high": our table or an official title as typed; "medium": a close official
title; "low": a distant one) and whether the matches disagree on whether the hours count (TEER 0-3 against
TEER 4-5). A weak guess whose matches disagree puts a match whose hours do not count first: a false
"eligible" costs a person far more than a question asked again.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from eligibility import occupations
from eligibility.occupations import Occupation

Confidence = Literal["high", "medium", "low"]
_EXACT_SCORE = 150.0  # occupations.search_scored: a title listed as typed
_CLOSE_SCORE = 88.0  # a fuzzy match this close or closer: the words of an official title, nearly as typed
COUNTING_TEERS = frozenset({0, 1, 2, 3})
_EMPLOYER_TAIL = re.compile(r"\s(?:at|@|chez)\s.*$|\s@.*$", re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    occupation: Occupation
    confidence: Confidence


@dataclass(frozen=True)
class Finding:
    matches: list[Match]
    confidence: Confidence  # of the first match; "low" when there is none
    mixed_counting: bool  # the matches shown include occupations whose hours count and some whose do not
    self_employed: bool  # the title says the person worked for themselves
    searched: str  # what was looked up once employers, weak words and self-employment words were taken out

    @property
    def occupations(self) -> list[Occupation]:
        return [match.occupation for match in self.matches]


@dataclass(frozen=True)
class _Table:
    version: str
    weak: frozenset[str]
    employers: tuple[tuple[str, ...], ...]  # longest first
    self_employment: tuple[tuple[str, ...], ...]
    aliases: dict[str, tuple[str, ...]]  # title key -> codes, best first
    short_forms: dict[str, str]  # a word's key -> the key of the word it stands for


@functools.cache
def table() -> _Table:
    raw = resources.files("eligibility.data").joinpath("noc2021", "everyday.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    short_forms = {occupations.title_key(short): occupations.title_key(full)
                   for short, full in data["short_forms"].items()}

    def key(text: str) -> str:
        return " ".join(short_forms.get(word, word) for word in occupations.title_key(text).split())

    aliases: dict[str, tuple[str, ...]] = {}
    for entry in data["alias"]:
        for phrase in entry["says"]:
            aliases.setdefault(key(phrase), tuple(entry["codes"]))
    def phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(key(item).split()) for item in items if key(item)}, key=len, reverse=True))
    return _Table(data["version"], frozenset(key(word) for word in data["weak"]["words"] if key(word)),
                  phrases(data["employers"]["names"]), phrases(data["self_employment"]["phrases"]), aliases,
                  short_forms)


def _take_out(tokens: list[str], phrase_list: tuple[tuple[str, ...], ...]) -> tuple[list[str], bool]:
    """`tokens` without every occurrence of the phrases (longest first); whether any was there."""
    found = False
    for phrase in phrase_list:
        size = len(phrase)
        i = 0
        while i + size <= len(tokens):
            if tuple(tokens[i:i + size]) == phrase:
                del tokens[i:i + size]
                found = True
            else:
                i += 1
    return tokens, found


def _alias(candidates: list[list[str]]) -> tuple[str, ...] | None:
    """Our table's codes for the first of the candidate word lists it holds."""
    aliases = table().aliases
    for candidate in candidates:
        if candidate and (codes := aliases.get(" ".join(candidate))):
            return codes
    return None


def _all_but_one(core: list[str]) -> list[list[str]]:
    """ "registered nurse ontario" -> "registered nurse", "nurse ontario": a title with one word more."""
    return [core[:i] + core[i + 1:] for i in range(len(core))] if len(core) >= 3 else []


def _confidence(score: float) -> Confidence:
    return "high" if score >= _EXACT_SCORE else "medium" if score >= _CLOSE_SCORE else "low"


def _scored(text: str, lang: str, limit: int) -> list[tuple[Occupation, Confidence]]:
    return [(occupation, _confidence(score)) for occupation, score in occupations.search_scored(text, lang, limit)]


_RANK = {"high": 2, "medium": 1, "low": 0}


def _top_score(found: list[tuple[Occupation, Confidence]]) -> int:
    return _RANK[found[0][1]] if found else -1


def _confidence_of(found: list[tuple[Occupation, Confidence]]) -> Confidence:
    return found[0][1] if found else "low"


def _fill(matches: list[Match], searched: str, lang: str, limit: int, from_table: bool) -> list[Match]:
    """Our table's unit groups, then the official search's, each code once, up to `limit`."""
    if from_table and searched and len(matches) < limit:
        matches += [Match(occupation, "medium") for occupation, _ in _scored(searched, lang, limit + len(matches))]
    unique: dict[str, Match] = {}
    for match in matches:
        unique.setdefault(match.occupation.code, match)
    return list(unique.values())


def find(query: str, lang: str = "en", limit: int = 5) -> Finding:
    """Up to `limit` unit groups for what a person typed as their job title, best first."""
    rules = table()
    text = _EMPLOYER_TAIL.sub("", query.strip()) or query
    tokens = [rules.short_forms.get(word, word) for word in occupations.title_key(text).split()]
    tokens, self_employed = _take_out(tokens, rules.self_employment)
    branded = list(tokens)  # "uber driver" is in our table with its brand: it says what the work is
    tokens, _ = _take_out(tokens, rules.employers)
    core = [token for token in tokens if token not in rules.weak] or tokens
    searched = " ".join(core)
    codes = _alias([branded, tokens, core])
    found: list[tuple[Occupation, Confidence]]
    if codes:
        found = [(group, "high") for code in codes if (group := occupations.unit_group(code, lang))]
    else:  # the official titles as typed; without the weak words, or by our table minus a word, if that is closer
        found = _scored(" ".join(tokens), lang, limit)
        if _confidence_of(found) != "high" and core != tokens:
            found = max(found, _scored(searched, lang, limit), key=_top_score)
        if _confidence_of(found) == "low" and (codes := _alias(_all_but_one(core))):
            found = [(group, "medium") for code in codes if (group := occupations.unit_group(code, lang))] + found
    matches = _fill([Match(occupation, confidence) for occupation, confidence in found], searched, lang, limit,
                    bool(codes))
    matches = matches[:limit]
    confidence: Confidence = matches[0].confidence if matches else "low"
    # What a person weighs: the first few buttons; beside a sure first match, only the close ones.
    shown = [m for m in matches[:3] if confidence == "low" or m.confidence != "low"]
    mixed = len({match.occupation.teer in COUNTING_TEERS for match in shown}) > 1
    if confidence == "low" and mixed:  # a weak guess: never one whose hours count in first place
        first = next(i for i, match in enumerate(matches) if match.occupation.teer not in COUNTING_TEERS)
        matches.insert(0, matches.pop(first))
    return Finding(matches, confidence, mixed, self_employed, searched)
