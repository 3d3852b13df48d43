"""The occupation finder: a job title as people type it -> NOC 2021 unit groups, best first.

A pure lookup over package data (eligibility/data/noc2021/): the index is built once, lazily, on the first
call; a query does no I/O. Those data files are left out of eligibility.manifest's rules fingerprint on
purpose: they carry their own version, NOC_VERSION, to be recorded with each verdict beside rules_version.

How a query is matched (both languages' titles are searched; the requested one is preferred on ties):
1. a code ("21232", "NOC 21232", "CNP 21 232") is looked up directly;
2. every title is indexed under a normalised key (lower case, no accents, no punctuation, plural -> singular)
   and under its variants: each gender form of "X/Y" and "X(e)" French titles, the title without its
   " - qualifier" part, without its "(abbreviation)"; an exact key match wins;
3. otherwise rapidfuzz scores the titles that share a word with the query (a misspelt word is first
   corrected against the index's vocabulary), and the scores are aggregated per unit group.
"""

from __future__ import annotations

import bisect
import csv
import functools
import gzip
import heapq
import io
import itertools
import math
import pickle
import re
import threading
import unicodedata
from array import array
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import BinaryIO

from rapidfuzz import fuzz, process

NOC_VERSION = "2021 V1.0"
SOURCE_URL = "https://open.canada.ca/data/en/dataset/1feee3b5-8068-4dbb-b361-180875837593"
ATTRIBUTION = {
    "en": "Source: Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0. "
          "Reproduced and distributed on an 'as is' basis with the permission of Statistics Canada.",
    "fr": "Source\u00a0: Statistique Canada, Classification nationale des professions (CNP) 2021 version 1.0. "
          "Reproduit et diffusé «\u00a0tel quel\u00a0» avec la permission de Statistique Canada.",
}

_DATA = "noc2021"
_MAX_QUERY = 200  # characters; a job title is far shorter, and this bounds the work per query


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str  # the unit group's title, in the requested language
    teer: int


def attribution(lang: str = "en") -> str:
    """The source line to show wherever NOC titles are shown."""
    return ATTRIBUTION["fr" if lang == "fr" else "en"]


def unit_group(code: str, lang: str = "en") -> Occupation | None:
    """The unit group with this 5-digit code (spaces and a "NOC"/"CNP" prefix are allowed), or None."""
    found = _index().groups.get(_code_digits(code) or "")
    return _occupation(found, lang) if found else None


def search(query: str, lang: str = "en", limit: int = 5) -> list[Occupation]:
    """Up to `limit` unit groups for a job title or a code, best first, each code once."""
    return [occupation for occupation, _ in search_scored(query, lang, limit)]


def search_scored(query: str, lang: str = "en", limit: int = 5) -> list[tuple[Occupation, float]]:
    """`search` with each match's score: 150 and above for a title listed as typed (spelling corrected), else
    the fuzzy similarity of the closest listed title, 0 to about 103 (what eligibility/job_titles.py calls its
    confidence). A code, or the start of one, scores 200."""
    if limit <= 0 or not isinstance(query, str):
        return []
    index = _index()
    query = query[:_MAX_QUERY]
    digits = _code_digits(query)
    if digits is not None:
        codes = [code for code in index.codes if code.startswith(digits)]
        return [(_occupation(index.groups[code], lang), 200.0) for code in codes[:limit]]
    key = _key(query)
    if not key:
        return []
    return [(_occupation(index.groups[code], lang), score) for code, score in _rank(index, key, lang)[:limit]]


def title_key(text: str) -> str:
    """The form titles and queries are compared in (lower case, no accents or punctuation, singular words)."""
    return _key(text[:_MAX_QUERY])


def codes_naming(*words: str) -> frozenset[str]:
    """The unit groups with an official title (either language) holding all these words, compared folded and
    singular: ("wrapper", "grocery") -> 65102 ('Meat wrapper - grocery store'); none when no title holds them."""
    keys = tuple(sorted({_key(word[:_MAX_QUERY]) for word in words}))
    if not keys or any(not key or " " in key or key in _STOPWORDS for key in keys):
        return frozenset()
    return _codes_naming(keys)


@functools.lru_cache(maxsize=1024)
def _codes_naming(keys: tuple[str, ...]) -> frozenset[str]:
    index = _index()
    entries = set(index.postings.get(keys[0], ())).intersection(*(index.postings.get(key, ()) for key in keys[1:]))
    return frozenset(code for entry in entries for code, _, _ in index.matches_of(entry))


def is_word(text: str) -> bool:
    """True when `text`, folded and singular, is one word of an official title (either language)."""
    key = _key(text[:_MAX_QUERY])
    return bool(key) and " " not in key and key in _index().postings


def listed_under_several(query: str) -> bool:
    """True when the title typed (spelling corrected) is itself listed under several unit groups, often each with
    its own qualifier ("Customer service representative - airline", "- call centre"...): the first match is
    then no better a guess than the others."""
    return len(_listed_codes(query)) > 1


def listed(query: str) -> bool:
    """True when the title typed (spelling corrected) is itself an official title, in either language: a lookup,
    not a search ("gardien de nuit" is 64410's 'Gardien/gardienne de nuit')."""
    return bool(_listed_codes(query))


def _listed_codes(query: str) -> set[str]:
    if not isinstance(query, str) or _code_digits(query[:_MAX_QUERY]) is not None:
        return set()
    index = _index()
    key = _key(query[:_MAX_QUERY])
    if not key:
        return set()
    entry = index.entry(" ".join(_spellings(index, word)[0] for word in key.split()))
    return set() if entry is None else {code for code, _, _ in index.matches_of(entry)}


# ---------------------------------------------------------------------------------------------------------
# Normalisation

_CODE = re.compile(r"^\s*(?:(?:noc|cnp)(?:\s+2021)?\s*(?:code\s*)?[:#-]?\s*)?((?:\d\s*){1,5})$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_PARENS = re.compile(r"\s*\([^)]*\)")
_GENDER_SUFFIX = re.compile(r"(\w+)\((e|ne|le|se|euse|rice|trice|ice)\)", re.IGNORECASE)


def _code_digits(text: str) -> str | None:
    match = _CODE.match(text)
    return re.sub(r"\s+", "", match.group(1)) if match else None


class _FoldTable(dict[int, str]):
    """str.translate's table: a character -> its lower-case letters without accents ("œ" -> "oe"), or a space."""

    def __missing__(self, char: int) -> str:
        base = unicodedata.normalize("NFKD", chr(char).casefold())
        base = "".join(c for c in base if not unicodedata.combining(c)).replace("œ", "oe").replace("æ", "ae")
        folded = base if base.isascii() and base.isalnum() else " "
        if len(self) < 4096:  # the characters titles and people use; not every code point someone may send
            self[char] = folded
        return folded


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces."""
    return " ".join(_POSSESSIVE.sub("", text).translate(_FOLD).split())


@functools.lru_cache(maxsize=1 << 16)  # the index's ~15,000 words recur in many titles
def _stem(token: str) -> str:
    """A light English/French singular: the same on both sides of a comparison is all that matters."""
    if len(token) <= 3 or token.isdigit():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith("aux"):
        return token[:-3] + "al"
    if token.endswith(("s", "x")) and not token.endswith("ss"):
        return token[:-1]
    return token


_STOPWORDS = frozenset(_stem(word) for word in (  # not used to find candidates (they are in most titles)
    "and", "au", "aux", "avec", "dans", "de", "des", "du", "en", "et", "for", "in", "la", "le", "les", "of",
    "on", "or", "par", "pour", "sur", "the", "to", "un", "une", "with"))


def _key(text: str) -> str:
    """The form titles and queries are compared in."""
    return " ".join(_stem(token) for token in _fold(text).split() if len(token) > 1 or token.isdigit())


_ELISION = re.compile(r"^[dlDL]['’]")


def _shares_stem(left: str, right: str) -> bool:
    left, right = _fold(_ELISION.sub("", left)), _fold(_ELISION.sub("", right))
    common = 0
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        common += 1
    return left == right or common >= 3


def _split_slash(text: str) -> list[str]:
    """ "Infirmier autorisé/infirmière autorisée - x" -> both full forms; "X/Y" -> X and Y in place."""
    before, _, after = text.partition("/")
    left, right = before.split(" "), after.split(" ")
    if not left[-1] or not right[0]:  # " / " between phrases: two alternatives as they stand
        return [before.strip(), after.strip()]
    k = next((k for k in range(min(len(left), len(right)), 0, -1)
              if all(_shares_stem(a, b) for a, b in zip(left[-k:], right[:k], strict=True))), 1)
    feminine = right[:k]
    elision = _ELISION.match(left[-k])
    if elision and not _ELISION.match(feminine[0]):  # "d'infirmiers/infirmières": "d'" for both
        feminine = [elision.group() + feminine[0], *feminine[1:]]
    last, first = left[-1], right[0]
    if k == 1 and last.lower().endswith("man") and first.lower() in ("woman", "women"):  # foreman/woman
        feminine = [last[:-3] + first]
    return [" ".join(left + right[k:]), " ".join(left[:-k] + feminine + right[k:])]


def _gender_forms(title: str) -> list[str]:
    """Every alternative a title stands for, the title itself first."""
    pending = [title]
    if _GENDER_SUFFIX.search(title):
        pending = [_GENDER_SUFFIX.sub(r"\1", title), _GENDER_SUFFIX.sub(r"\1\2", title)]
    done: list[str] = []
    while pending and len(done) < 16:
        form = pending.pop(0)
        if "/" in form:
            pending.extend(_split_slash(form))
        elif form not in done:
            done.append(form)
    return list(dict.fromkeys([title, *done]))


def _variants(title: str) -> dict[str, int]:
    """variant -> rank: 0 the title or one of its gender forms, 1 without its qualifier or abbreviation."""
    found: dict[str, int] = {}
    for form in _gender_forms(title):
        found[form] = 0
        bare = _PARENS.sub("", form)
        for variant in (bare, bare.split(" - ")[0]):
            found.setdefault(variant, 1)
    return found


# ---------------------------------------------------------------------------------------------------------
# The index


@dataclass(frozen=True)
class _Group:
    code: str
    title_en: str
    title_fr: str
    teer: int


class _Keys:
    """The entries' normalised keys as one string and their offsets: ~5 MB instead of ~14 MB of 141,000 str
    objects, which is most of what keeps the bot's memory under its goal."""

    __slots__ = ("offsets", "text")

    def __init__(self, keys: list[str]) -> None:
        self.text = "".join(keys)
        self.offsets = array("I", itertools.accumulate((len(key) for key in keys), initial=0))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, entry: int) -> str:
        return self.text[self.offsets[entry]:self.offsets[entry + 1]]

    def __getstate__(self) -> tuple[str, array]:
        return self.text, self.offsets

    def __setstate__(self, state: tuple[str, array]) -> None:
        self.text, self.offsets = state


@dataclass
class _Index:
    """Compact: entries are numbered shortest key first, and their codes and postings kept in arrays."""

    groups: dict[str, _Group]
    codes: list[str]  # sorted; the position of a code is its number in `matches`
    keys: _Keys  # entry -> normalised key, sorted by (length, key)
    starts: array  # entry -> its first item in `matches`; entry + 1 -> after its last
    matches: array  # code number << 3 | rank << 2 | language bits (1 English, 2 French)
    postings: dict[str, array]  # word -> the entries holding it, ascending
    vocabulary: list[str]  # the index's words, sorted
    by_length: dict[int, list[str]]  # word length -> the index's words of that length

    def entry(self, key: str) -> int | None:
        keys = self.keys
        position = bisect.bisect_left(range(len(keys)), (len(key), key), key=lambda e: (len(keys[e]), keys[e]))
        return position if position < len(keys) and keys[position] == key else None

    def matches_of(self, entry: int) -> list[tuple[str, int, int]]:
        """(code, rank, language bits) for each unit group listing the entry's title."""
        return [(self.codes[item >> 3], (item >> 2) & 1, item & 3)
                for item in self.matches[self.starts[entry]:self.starts[entry + 1]]]


_LANG_BIT = {"en": 1, "fr": 2}


def _read(name: str) -> str:
    raw = resources.files("eligibility.data").joinpath(_DATA, name).read_bytes()
    return (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")


_built: _Index | None = None
_building = threading.Lock()


_arriving = threading.Event()  # cleared while an index made elsewhere is on its way (see expect_install)
_arriving.set()


def _index() -> _Index:
    """The index, built on first use (2 to 4 s), once even when several threads ask at the same time; if one
    is being made elsewhere for `install`, waited for rather than built a second time in this process."""
    global _built
    if _built is None:
        _arriving.wait(timeout=120)
        with _building:
            if _built is None:
                _built = _build()
    return _built


def expect_install() -> None:
    """An index is being made elsewhere and will be installed: searches wait for it (until `install` or
    `stop_waiting`) instead of building one here as well."""
    _arriving.clear()


def stop_waiting() -> None:
    """Searches stop waiting for an index from elsewhere: it is installed, or not coming (they build one)."""
    _arriving.set()


def snapshot() -> bytes:
    """The built index as bytes, for `install` in another process (building it there would leave the memory
    the build used for a while in that process's heap)."""
    return pickle.dumps(_index(), protocol=pickle.HIGHEST_PROTOCOL)


def install(data: bytes | BinaryIO) -> None:
    """Use an index made by `snapshot`, as bytes or a file opened for reading (read as it is unpickled, so the
    whole snapshot is never in memory beside the index). Our own bytes only: pickle trusts what it loads."""
    global _built
    index = pickle.loads(data) if isinstance(data, bytes) else pickle.load(data)
    if not isinstance(index, _Index):
        raise TypeError("not an occupation index snapshot")
    with _building:
        _built = index
        _codes_naming.cache_clear()
    _arriving.set()


def _forget() -> None:
    """Drop the index (benchmarks measure building it again)."""
    global _built
    with _building:
        _built = None
        _codes_naming.cache_clear()
        _respelled.cache_clear()
        _close.cache_clear()


def _build() -> _Index:
    groups = {row["code"]: _Group(row["code"], row["title_en"], row["title_fr"], int(row["teer"]))
              for row in csv.DictReader(io.StringIO(_read("noc2021.csv")))}
    codes = sorted(groups)
    number = {code: position for position, code in enumerate(codes)}
    titles = [(code, "en", group.title_en) for code, group in groups.items()]
    titles += [(code, "fr", group.title_fr) for code, group in groups.items()]
    titles += [(row["code"], row["lang"], row["title"])
               for row in csv.DictReader(io.StringIO(_read("noc2021-example-titles.csv.gz")))]
    found: dict[tuple[str, int], int] = {}  # (key, code number) -> best rank << 2 | languages
    for code, lang, title in titles:
        for variant, rank in _variants(title).items():
            key = _key(variant)
            if key:
                old = found.get((key, number[code]), 1 << 2)
                found[key, number[code]] = min(old >> 2, rank) << 2 | (old & 3) | _LANG_BIT[lang]
    del titles
    keys: list[str] = []
    starts, matches = array("I", [0]), array("H")
    postings: dict[str, array] = defaultdict(lambda: array("I"))
    for (key, code), packed in sorted(found.items(), key=lambda item: (len(item[0][0]), item[0])):
        if not keys or keys[-1] != key:
            if keys:
                starts.append(len(matches))
            for word in dict.fromkeys(key.split()):
                if word not in _STOPWORDS:
                    postings[word].append(len(keys))
            keys.append(key)
        matches.append(code << 3 | packed)
    starts.append(len(matches))
    del found
    by_length: dict[int, list[str]] = defaultdict(list)
    for word in sorted(postings):
        by_length[len(word)].append(word)
    return _Index(groups=groups, codes=codes, keys=_Keys(keys), starts=starts, matches=matches,
                  postings=dict(postings), vocabulary=sorted(postings), by_length=dict(by_length))


def _occupation(group: _Group, lang: str) -> Occupation:
    return Occupation(group.code, group.title_fr if lang == "fr" else group.title_en, group.teer)


# ---------------------------------------------------------------------------------------------------------
# Ranking

_CANDIDATES = 600  # titles scored by rapidfuzz at most: those holding the most query words, shortest first
_RESCORED = 60  # best of those, scored again more finely and aggregated per unit group


def respelled(word: str) -> str:
    """A folded word as the official titles spell it: itself when a title holds it, else its closest spelling
    there ("mecanic" -> "mechanic", as the search corrects it), else itself (never a completion: "tim" stays)."""
    if not isinstance(word, str) or len(word) < 4:
        return word
    return _respelled(word[:_MAX_QUERY])


@functools.lru_cache(maxsize=4096)
def _respelled(word: str) -> str:
    index = _index()
    if word in index.postings or word in _STOPWORDS:
        return word
    return next(iter(_close(word)), word)


@functools.lru_cache(maxsize=4096)
def _close(word: str) -> tuple[str, ...]:
    """The index words spelt close to a word that is not one, best first (the search and respelled() share it)."""
    index = _index()
    nearby = [w for size in range(len(word) - 2, len(word) + 3) for w in index.by_length.get(size, ())]
    return tuple(match for match, _, _ in process.extract(word, nearby, scorer=fuzz.ratio, processor=None,
                                                          limit=3, score_cutoff=80))


def _spellings(index: _Index, word: str) -> list[str]:
    """Index words for a query word: itself; else close spellings, best first; else its completions."""
    if word in index.postings or word in _STOPWORDS or len(word) < 3:
        return [word]
    close = list(_close(word)) if len(word) >= 4 else []
    if close:
        return close
    start = bisect.bisect_left(index.vocabulary, word)
    completions = list(itertools.takewhile(lambda w: w.startswith(word), index.vocabulary[start:start + 12]))
    return sorted(completions, key=lambda w: -len(index.postings[w])) or [word]


def _entries(index: _Index, words: list[str]) -> frozenset[int] | set[int]:
    return set(itertools.chain.from_iterable(index.postings.get(word, ()) for word in words))


def _every(sets: list[frozenset[int] | set[int]]) -> frozenset[int] | set[int]:
    """The entries in all the sets (the first is the smallest)."""
    return sets[0].intersection(*sets[1:])


def _shortest(entries: frozenset[int] | set[int], room: int) -> list[int]:
    return list(entries) if len(entries) <= room else heapq.nsmallest(room, entries)


def _candidates(index: _Index, spellings: list[list[str]]) -> list[int]:
    """Titles holding every query word, then all but one, then any; shortest first within each."""
    sets = [_entries(index, words) for words in spellings if words[0] not in _STOPWORDS]
    sets = sorted((entries for entries in sets if entries), key=len)
    if not sets:
        return []
    found: dict[int, None] = dict.fromkeys(_shortest(_every(sets), _CANDIDATES))
    for left_out in range(len(sets) if len(sets) > 1 else 0):
        if len(found) >= _CANDIDATES:
            break
        rest = sets[:left_out] + sets[left_out + 1:]
        found.update(dict.fromkeys(_shortest(_every(rest), _CANDIDATES - len(found))))
    for entries in sets:
        if len(found) >= _CANDIDATES:
            break
        found.update(dict.fromkeys(_shortest(entries - found.keys(), _CANDIDATES - len(found))))
    return list(found)


def _rank(index: _Index, key: str, lang: str) -> list[tuple[str, float]]:
    bit = _LANG_BIT.get(lang, 1)
    scores: dict[str, float] = {}
    hits: dict[str, int] = defaultdict(int)
    spellings = [_spellings(index, word) for word in key.split()]
    key = " ".join(words[0] for words in spellings)  # misspelt or unfinished words corrected
    exact = index.entry(key)
    if exact is not None:  # an exact title wins; a title rather than its qualifier-less or gendered form
        for code, rank, bits in index.matches_of(exact):
            scores[code] = 200.0 - 5 * rank + (1 if bits & bit else 0)
    entries = _candidates(index, spellings)
    choices = [index.keys[entry] for entry in entries]
    best = process.extract(key, choices, scorer=fuzz.token_set_ratio, processor=None, limit=_RESCORED,
                           score_cutoff=50)
    for choice, set_score, position in best:
        # token_set_ratio gives 100 to any title that holds the query's words: prefer the closest in length
        score = (0.45 * set_score + 0.45 * fuzz.token_sort_ratio(key, choice, processor=None)
                 + 0.1 * fuzz.ratio(key, choice, processor=None))
        for code, rank, bits in index.matches_of(entries[position]):
            adjusted = score - 3 * rank + (0.5 if bits & bit else 0)
            hits[code] += 1
            if adjusted > scores.get(code, 0.0):
                scores[code] = adjusted
    final = {code: score + (min(3.0, math.log2(1 + hits[code])) if score < 150 else 0)
             for code, score in scores.items()}
    return sorted(final.items(), key=lambda item: (-item[1], item[0]))
