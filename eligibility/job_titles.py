"""Job titles as people say them -> NOC 2021 unit groups, with how sure the finder is.

On top of the occupation finder (eligibility/occupations.py, Statistics Canada's titles), read in this order:
0. a sentence said before the title ("im working as a", "my job is", "je travaille comme") is taken out, and two
   words typed as one or one word typed as two are mended ("linecook" -> "line cook", "fish monger" ->
   "fishmonger"), only where the official titles say so;
1. words that say the person worked for themselves ("self-employed", "freelance", "travailleur autonome") are
   noted and taken out: self-employed hours do not count, and the conversation asks about it;
2. an employer or brand ("at Tim Hortons", "Walmart", "chez Desjardins") is taken out: it is not the job; but
   when our table knows what it is (a restaurant, a store), the title is first looked up with that sector before
   it ("assistant manager at Tim Hortons" as "restaurant assistant manager"), kept only when that is our table's
   phrase or an official title as typed, or with the name as our table's phrase ("chauffeur chez uber" is our
   "chauffeur uber"); of two names, the one whose taking out leaves a known title ("instacart personal shopper");
3. our table of everyday titles and abbreviations (eligibility/data/noc2021/everyday.toml) is looked up (a French
   title in either gender: "représentante" finds the table's "représentant"), and the official titles as listed:
   the title as typed, then without some of its weak words ("senior", "associate", "head"...), then without any.
   A weak word is kept when an official title keeps it with the rest of the title ("Head cashier" is 62010, a
   supervisor, not 65100 Cashiers); a programming word before "developer" ("Java developer", ".NET developer")
   makes it a software developer, not a film developer; a rank put before the trade is put where the NOC puts it
   ("lead hand drywall" as 'Drywall installer lead hand'; "répartiteur chef" as 'Répartiteur/répartitrice en
   chef'); a word misspelt is corrected as the official search corrects it before our table is looked up
   ("mecanic" is our "mechanic"); in French, a short form is read the French way unless the English reading is
   surer ("tech comptable" as "technicien comptable", "RH" as "ressources humaines");
4. otherwise the official titles are searched, without the weak words; when that is a distant guess, our table is
   looked up for the title minus one word (of two words, only the one that names the job: "wok cook" -> "cook"),
   or for what comes before "in"/"en"/"dans" ("PSW in long term care").

A title that is two jobs at once ("cashier cum supervisor") is read as both, each title's matches in turn; so
are two titles in one message ("cook / dishwasher", "cashier and stocker", "caissière et commis"), when the whole
is not a title we know and each part alone is, or when the second is only a rank ("cashier / supervisor", which
62010 also lists as one title) and the two count differently. When the two count differently, the one whose hours
do not count goes first and the finding says the matches disagree: the person chooses, the finder never picks the
TEER that helps.

The result says how sure it is ("high": our table or an official title as typed; "medium": a close official
title; "low": a distant one) and whether the matches disagree on whether the hours count (TEER 0-3 against
TEER 4-5). A weak guess whose matches disagree puts a match whose hours do not count first: a false
"eligible" costs a person far more than a question asked again.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from importlib import resources
from typing import Literal

from eligibility import occupations
from eligibility.occupations import Occupation

Confidence = Literal["high", "medium", "low"]
_EXACT_SCORE = 150.0  # occupations.search_scored: a title listed as typed
_CLOSE_SCORE = 88.0  # a fuzzy match this close or closer: the words of an official title, nearly as typed
_FAR_SCORE = 70.0  # below: only a few letters in common with an official title
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
    employer_only: bool = False  # nothing found, and the title named only an employer ("chez walmart")

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
    masculine: dict[str, tuple[str, ...]]  # the same, keyed by the French masculine of each word (_masculine)
    short_forms: dict[str, str]  # a word's key -> the key of the word it stands for
    french_forms: tuple[tuple[re.Pattern[str], str], ...]  # "tech" -> "technicien": a French second reading
    spelled_out: tuple[tuple[re.Pattern[str], str], ...]  # "F&B" -> "food and beverage", before keying
    software_words: frozenset[str]  # "java", "react", "net"...: before a `software_roles` word, software
    software_roles: dict[str, str]  # "developer" -> "software", "developpeur" -> "logiciel"
    sectors: dict[tuple[str, ...], dict[str, str]]  # employer or place -> the sector's key by language
    plants: tuple[_Plant, ...]  # kinds of plant ("food plant"): the NOC's qualifier and unit groups for their work
    trailing: tuple[tuple[tuple[str, ...], dict[str, str]], ...]  # "for the city": the phrase, what it says


class _Only(tuple[str, ...]):
    """The codes of our table's row marked `only`: the whole list, never filled from the official search (its
    words alone are other jobs': "uber driver" searched as "driver" offered 85120's logging truck drivers and
    53200's racing drivers after the taxi drivers)."""


@dataclass(frozen=True)
class _Plant:
    names: tuple[tuple[str, ...], ...]  # longest first
    qualifier: dict[str, str]  # the NOC's own qualifier for work there, keyed, by language
    codes: frozenset[str]  # the unit groups whose official titles carry that qualifier
    labourers: str | None  # the unit group of its labourers, for a title that names only labour there
    labour_words: frozenset[str]  # the words that name only labour ("line worker", "journalier")


@functools.cache
def table() -> _Table:
    raw = resources.files("eligibility.data").joinpath("noc2021", "everyday.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    short_forms = {occupations.title_key(short): occupations.title_key(full)
                   for short, full in data["short_forms"].items()}

    def key(text: str) -> str:
        return " ".join(short_forms.get(word, word) for word in occupations.title_key(_joined(text)).split())

    aliases: dict[str, tuple[str, ...]] = {}
    for entry in data["alias"]:
        row = _Only(entry["codes"]) if entry.get("only") else tuple(entry["codes"])
        for phrase in entry["says"]:
            aliases.setdefault(key(phrase), row)
    masculine: dict[str, tuple[str, ...]] = {}
    for phrase, codes in aliases.items():
        masculine.setdefault(_masculine(phrase.split()), codes)
    def phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(key(item).split()) for item in items if key(item)}, key=len, reverse=True))
    spelled_out = tuple((re.compile(r"(?<!\w)" + re.escape(short) + r"(?!\w)", re.IGNORECASE), full)
                        for short, full in data["spelled_out"].items())
    french_forms = tuple((re.compile(r"(?<!\w)" + re.escape(short) + r"(?!\w)", re.IGNORECASE), full)
                         for short, full in data["short_forms_fr"].items())
    software = data["software"]
    sectors = {name: {lang: key(word) for lang, word in sector["words"].items()}
               | {"context": " ".join(key(word) for word in sector.get("context", []))}
               for sector in data["employers"]["sectors"].values() for name in phrases(sector["names"])}
    for place, words in data["places"].items():  # a place after "at": read as an employer's sector is
        sectors.setdefault(tuple(key(place).split()), {lang: key(word) for lang, word in words.items()})
    # A name that folds to one word it was not ("super c" -> "super", "circle k" -> "circle": folding drops single
    # letters) would take that word out of every title ("construction super", "warehouse super"): such a name is
    # only read after "at", "@" or "chez", where its sector still says what it is.
    names = [name for name in data["employers"]["names"]
             if len(key(name).split()) > 1 or len(name.split()) == 1]
    return _Table(data["version"], frozenset(key(word) for word in data["weak"]["words"] if key(word)),
                  phrases(names), phrases(data["self_employment"]["phrases"]), aliases,
                  masculine, short_forms, french_forms, spelled_out,
                  frozenset(key(word) for word in software["words"] if key(word)),
                  {key(role): key(meaning) for role, meaning in software["roles"].items()}, sectors,
                  tuple(_Plant(phrases(plant["names"]),
                               {lang: key(word) for lang, word in plant["qualifier"].items()},
                               frozenset(plant["codes"]), plant.get("labourers"),
                               frozenset(key(word) for word in plant.get("labour_words", []) if key(word)))
                        for plant in data["plants"].values()),
                  tuple(sorted(((tuple(key(phrase).split()), {lang: key(word) for lang, word in words.items()})
                                for phrase, words in data["trailing"].items()), key=lambda item: -len(item[0]))))


_AMPERSAND = re.compile(r"(?<![^\W_])([^\W\d_])\s*&\s*([^\W\d_])(?![^\W_])")


def _joined(text: str) -> str:
    """ "a&w", "h&m" -> "aw", "hm": a name of single letters joined by "&" as one word (folding would drop each
    letter, and with them the name: "asst manager at a&w" would not say where it was)."""
    return _AMPERSAND.sub(r"\1\2", text)


def _spelled(text: str) -> str:
    """The title with our table's symbol short forms spelled out ("F&B") and letters joined by "&" as one word."""
    for short, full in table().spelled_out:
        text = short.sub(full, text)
    return _joined(text)


@functools.cache
def _trailing_ends() -> frozenset[str]:
    """The last words of our table's trailing phrases: most titles end with none of them."""
    return frozenset(phrase[-1] for phrase, _ in table().trailing)


def _without_trailing(tokens: list[str], lang: str) -> tuple[list[str], list[str]]:
    """ "camp cook up north" -> "camp cook", "snowplow driver for the city" -> "snowplow driver" and the words that
    say what that place is ("public works"), "PSW night shift" -> "PSW": where or when the work was, said after the
    title, is not the job; unless the title with it is our table's or an official title as typed ("gardien de
    nuit" is 64410's 'Gardien/gardienne de nuit', not a "gardien")."""
    context: list[str] = []
    while True:  # each in turn: "chauffeuse d'autobus scolaire le matin pis l'après-midi", "az driver local runs"
        kept, more = _one_trailing(tokens, lang)
        if kept == tokens:
            return tokens, context
        tokens, context = kept, context + more


def _one_trailing(tokens: list[str], lang: str) -> tuple[list[str], list[str]]:
    """_without_trailing for the last phrase only."""
    if not tokens or tokens[-1] not in _trailing_ends():
        return tokens, []
    for phrase, words in table().trailing:
        if len(tokens) > len(phrase) and tuple(tokens[-len(phrase):]) == phrase:
            if _alias([tokens], lang) or occupations.listed(" ".join(tokens)):
                break  # "gardien de nuit", "cuisinier de restaurant": our table's or an official title as typed
            kept = tokens[:-len(phrase)]
            # "psw in a hospital", "rn for a hospital", "welder with my ticket" (the ticket said after "with")
            while len(kept) > 1 and kept[-1] in _SETTING | _FOR | _WITH:
                kept.pop()
            return kept, (words.get(lang) or words.get("en") or "").split()
    return tokens, []


# Where a French or English title goes on after "dans"/"in", the place is said ("commis de cuisine dans un hôtel
# du Vieux-Québec"); after "for"/"pour", the employer ("bookkeeper for a small construction company"). "en" is left
# alone: it is part of many French titles ("éducatrice en garderie").
_PLACE_AFTER = frozenset({"in", "dans", "dan", "for", "pour"})  # "dans" is keyed as a plural: "dan"


@functools.cache
def _said_for() -> frozenset[tuple[str, ...]]:
    """The titles our table goes on with "for"/"pour" ("caregiver for seniors"): after them, whom the work is for
    says the work, and is not cut as an employer is ("bookkeeper for a construction company")."""
    return frozenset(tuple(words[:i]) for words in map(str.split, table().aliases)
                     for i, word in enumerate(words) if i and word in _FOR)


def _without_place(tokens: list[str], lang: str) -> tuple[list[str], list[str]]:
    """ "commis de cuisine dans un hotel du vieux quebec" -> "commis de cuisine", the place's words as context:
    only when the title before "dans"/"in"/"for" is our table's (with or without its weak words) or an official
    title as typed, and the whole is neither, nor our table's without "in", nor close to an official title (a place
    often says the work: "HCA in home care", "helper in kitchen" are kept whole)."""
    at = next((i for i, token in enumerate(tokens) if token in _PLACE_AFTER and i), 0)
    if not at or at == len(tokens) - 1 or _alias([tokens, [t for t in tokens if t not in _PLACE_AFTER]], lang):
        return tokens, []
    if tokens[at] in _FOR and tuple(tokens[:at]) in _said_for():
        return tokens, []
    if occupations.listed(" ".join(tokens)) or _confidence_of(_scored(" ".join(tokens), lang, 5)) != "low":
        return tokens, []
    title = tokens[:at]
    # the shift said before the place ("aide soignante de nuit dans une résidence"): the title is what comes before
    # both (round 23: the whole found 44100's babysitters first, TEER 4, for 33102's TEER 3)
    shifted = _without_trailing(title, lang)[0]
    bare = [token for token in title if token not in table().weak]  # "rn bsn working" is our table's "rn"
    if not (_alias([title, bare], lang) or occupations.listed(" ".join(title))):
        if shifted == title or not (_alias([shifted], lang) or occupations.listed(" ".join(shifted))):
            return tokens, []
        title = shifted
    return title, [token for token in tokens[at + 1:] if token not in _PLACE_WORDS]


def _without_working(tokens: list[str]) -> list[str]:
    """ "rn bsn working in icu", "cook working at tims" (the employer already out) -> without "working": said
    between the title and where, it is not the work; a title that starts with it is left as typed ("working
    supervisor", 62200 'Working sous-chef')."""
    return [token for i, token in enumerate(tokens)
            if not (token == "working" and i and (i == len(tokens) - 1 or tokens[i + 1] in _PLACE_AFTER))]


# The year of an apprenticeship in words ("first year apprentice plumber", "apprenti de deuxième année"): the
# year words themselves are weak (our table), the ordinal before them says no more.
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "premiere", "premier", "deuxieme",
                       "troisieme", "quatrieme", "cinquieme"})
_YEARS = frozenset({"year", "yr", "annee"})


def _without_year_ordinal(tokens: list[str]) -> list[str]:
    """ "first year apprentice plumber" -> "year apprentice plumber", "apprenti électricien de deuxième année" ->
    "apprenti électricien année": an ordinal only when a year follows it ("second cook", 'First-class power
    engineer' are left as typed), with the "de"/"en" before it."""
    out: list[str] = []
    for i, token in enumerate(tokens):
        if token in _ORDINALS and i + 1 < len(tokens) and tokens[i + 1] in _YEARS:
            if len(out) > 1 and out[-1] in {"de", "d", "en"}:
                out.pop()
            continue
        out.append(token)
    return out


def _by_context(matches: list[Match], context: list[str], title: list[str]) -> list[Match]:
    """The employer or place said with the title chooses among its readings: when the title as typed is our table's
    or an official title under several unit groups (all sure), the one of the first three with the most official
    titles that hold a word of the title with a word of `context` goes first when it has more than the first
    ("meat wrapper at Safeway", a grocery store: 65102 'Meat wrapper - grocery store', not 95106 'Meat wrapper';
    "agente au service à la clientèle chez Desjardins", a bank: 64400 'Agent/agente du service à la clientèle
    d'une banque'; "snow plow driver for the city": 74205 'Road snowplow operator - public works'). A closer
    reading is never passed over for a distant one: only readings as sure as the first are weighed."""
    words = [word for word in dict.fromkeys(context) if word not in title]
    if not words or len(matches) < 2 or matches[0].confidence != "high":
        return matches
    named = [occupations.codes_naming(word, own) for word in words for own in dict.fromkeys(title)]
    # when the first reading has an official title holding every word of the title, only the readings that have
    # one too are weighed ("registered practical nurse at a family doctors office": 31301's 'Doctor's office nurse'
    # names no practical nurse, and put the RNs before 32101's 'Registered practical nurse (R.P.N.)')
    whole = occupations.codes_naming(*dict.fromkeys(title))
    readings = whole if matches[0].occupation.code in whole else None
    candidates = [i for i, match in enumerate(matches[:3]) if match.confidence == "high"
                  and (readings is None or not i or match.occupation.code in readings)]
    hits = {i: sum(matches[i].occupation.code in codes for codes in named) for i in candidates}
    best = max(candidates, key=lambda i: (hits[i], -i))
    if hits[best] > hits[0]:
        matches.insert(0, matches.pop(best))
    return matches


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


def _sector(words: list[str], lang: str) -> tuple[list[str], list[str]]:
    """The sector of the longest employer our table knows in `words` ("tim hortons" -> fast food), as words, and
    the words that say more of the place ("grocery", "store" for a supermarket), for choosing among readings."""
    sector, more, _ = _sector_named(words, lang)
    return sector, more


def _sector_named(words: list[str], lang: str) -> tuple[list[str], list[str], tuple[str, ...]]:
    """_sector's sector and words, and the words of `words` that named it (() when none did)."""
    sectors = table().sectors
    for size in range(min(len(words), max(map(len, sectors), default=0)), 0, -1):
        for start in range(len(words) - size + 1):
            if (by_lang := sectors.get(named := tuple(words[start:start + size]))) is not None:
                return by_lang.get(lang, by_lang["en"]).split(), by_lang.get("context", "").split(), named
    return [], [], ()


def _place_as_context(elsewhere: list[str], lang: str) -> list[str]:
    """The words after "at" as they choose among a title's readings: a place our table knows said by its sector
    ("health care aide at a senior home": "nursing", 33102 'Nursing aide'), never by its own words ("home" chose
    44101's home support, TEER 4, over the care home's 33102). A place whose sector says nothing is left as
    typed."""
    sector, more, named = _sector_named(elsewhere, lang)
    if not named or not sector:
        return elsewhere
    start = next(i for i in range(len(elsewhere)) if tuple(elsewhere[i:i + len(named)]) == named)
    return [*elsewhere[:start], *sector, *more, *elsewhere[start + len(named):]]


# French feminine endings and their masculine ("vendeuse" -> "vendeur", "représentante" -> "représentant"), in the
# folded form; our table need not list both forms of every French title.
_FEMININE = (("euse", "eur"), ("trice", "teur"), ("iere", "ier"), ("ienne", "ien"), ("ointe", "oint"),
             ("ante", "ant"), ("ente", "ent"), ("ee", "e"), ("ive", "if"), ("elle", "el"), ("ate", "at"))


def _masculine(words: list[str]) -> str:
    """The words with each French feminine ending made masculine, joined: a key both forms of a title share."""
    def one(word: str) -> str:
        if len(word) >= 5:
            for ending, replacement in _FEMININE:
                if word.endswith(ending):
                    return word[:-len(ending)] + replacement
        return word
    return " ".join(one(word) for word in words)


def _alias(candidates: list[list[str]], lang: str) -> tuple[str, ...] | None:
    """Our table's codes for the first of the candidate word lists it holds (in French, in either gender)."""
    rules = table()
    for candidate in candidates:
        if candidate and (codes := rules.aliases.get(" ".join(candidate))):
            return codes
        if candidate and lang == "fr" and (codes := rules.masculine.get(_masculine(candidate))):
            return codes
    # a word misspelt ("mecanic", "electrition"), corrected as the official search corrects it: our table's row
    # for the title comes first, as it does when the word is typed right ("mechanic": 72410, not 72400)
    known = _table_words()
    for candidate in candidates:
        respelled = [word if word in known else occupations.respelled(word) for word in candidate]
        if respelled == candidate:
            continue
        if codes := rules.aliases.get(" ".join(respelled)):
            return codes
        if lang == "fr" and (codes := rules.masculine.get(_masculine(respelled))):
            return codes
    return None


def _software(tokens: list[str]) -> list[str]:
    """ "java developer", "react js dev", "developpeur java" -> "software developer", "developpeur logiciel": a
    programming word beside a developer says the work is software (not 94153, which develops film)."""
    rules = table()
    roles = [token for token in tokens if token in rules.software_roles]
    if not roles or not any(token in rules.software_words for token in tokens):
        return tokens
    rest = [token for token in tokens if token not in rules.software_words]
    role = roles[0]
    meaning = rules.software_roles[role]
    if meaning in rest:
        return rest
    at = rest.index(role)
    if meaning == "software":  # English: "software developer"
        return [*rest[:at], meaning, role, *rest[at + 1:]]
    return [*rest[:at + 1], meaning, *rest[at + 1:]]  # French: "developpeur logiciel"


def _without_weak(tokens: list[str], weak: frozenset[str]) -> list[list[str]]:
    """The title without some of its weak words, fewest left out first; not as typed, not without them all."""
    places = [i for i, token in enumerate(tokens) if token in weak]
    if len(places) < 2 or len(places) > 4:
        return []
    return [[token for i, token in enumerate(tokens) if i not in left_out]
            for size in range(1, len(places)) for left_out in itertools.combinations(places, size)]


_SETTING = frozenset({"in", "en", "dans"})
# "welder with my ticket", « soudeur avec ma carte »: what the person holds, once it is out
_WITH = frozenset({"with", "avec", "my", "mon", "ma", "mes"})
_FOR = frozenset({"for", "pour"})  # "call centre agent for telus": who employed, once the name is out
# Left first once the weak words are out, these say nothing of the work either: "job de warehouse" (a "job" is
# weak) is our table's "warehouse". No official title starts with one of them. Only our table is looked up without
# them: the official search keeps them ("agent de securite" searched as "de securite" ranks as it always has).
_LEADING = frozenset({"de", "du", "d", "comme"})
# Said before a store's or a company's name in French ("caissière au Metro", "gérant au Dollarama", "commis à la
# SAQ"): once the name is out, left at the end they say nothing of the work.
# ... and "de" ("agente au centre d'appel de Vidéotron")
_BEFORE_NAME = frozenset({"au", "aux", "a", "la", "l", "le", "du", "de"})


def _operator(tokens: list[str]) -> list[str]:
    """ "excavator op", "forklift op" -> "... operator": "op" after a word names the operator, except in "co op"
    (a co-op term), where it is a weak word like "coop"."""
    return [("operator" if token == "op" and i and tokens[i - 1] != "co" else token)
            for i, token in enumerate(tokens)]


# Ranks the NOC writes after the trade they lead ('Carpenter lead hand', 'Drywall installer lead hand'); people
# often write them first ("lead hand drywall").
_RANK_AFTER = (("lead", "hand"),)


def _rank_last(tokens: list[str], lang: str) -> list[str]:
    """ "lead hand drywall" -> "drywall lead hand", as the NOC writes a lead hand; "répartiteur chef" ->
    "répartiteur en chef" (12013 'Répartiteur/répartitrice en chef'), as the NOC writes the head of a French trade,
    when that is an official title as typed (never "sous chef"); "logistics team lead" -> "logistics team leader"
    (12013 'Logistics team leader'), when that is an official title as typed."""
    if lang == "en":
        for rank in _RANK_AFTER:
            first, last = tuple(tokens[:len(rank)]) == rank, tuple(tokens[-len(rank):]) == rank
            if len(tokens) <= len(rank) or not (first or last):
                continue
            trade = tokens[len(rank):] if first else tokens[:-len(rank)]
            moved = [*trade, *rank]
            # the NOC files a lead hand with the trade ('Carpenter lead hand' 72310, 'Tilesetters lead hand'
            # 73101): a trade said as our table or an official title says it is that trade ("lead hand drywaller")
            if not occupations.listed(" ".join(moved)) and (_alias([trade], lang)
                                                            or occupations.listed(" ".join(trade))):
                return trade
            return moved
        if len(tokens) > 2 and tokens[-2:] == ["team", "lead"]:  # the NOC writes 'Logistics team leader'
            leader = [*tokens[:-1], "leader"]
            if occupations.listed(" ".join(leader)):
                return leader
    elif len(tokens) > 1 and tokens[-1] == "chef" and tokens[-2] not in {"en", "sous"}:
        head = [*tokens[:-1], "en", "chef"]
        if occupations.listed(" ".join(head)):
            return head
    return tokens


def _brands_out(branded: list[str], employers: tuple[tuple[str, ...], ...], lang: str) -> tuple[list[str], bool]:
    """The title without the employers named in it ("walmart cashier" -> "cashier"). When it names two and the
    title without all of them is neither our table's nor an official title as typed, the one whose taking out
    leaves such a title is taken out alone: "instacart personal shopper" is a 'Personal shopper' (65109), though
    "shoppers" (Shoppers Drug Mart) is an employer too. A setting word the name leaves at the end goes with it
    ("aide éducatrice en CPE" is an "aide éducatrice", not an "aide éducatrice en")."""
    tokens, named = _take_out(list(branded), employers)
    if not named:
        return tokens, named
    while len(tokens) > 1 and tokens[-1] in _SETTING | _FOR | _BEFORE_NAME:  # "aide éducatrice en CPE", "agent
        tokens.pop()  # for telus", "gérant adjoint au Dollarama"
    if len(branded) - len(tokens) < 2 or _alias([tokens], lang) or occupations.listed(" ".join(tokens)):
        return tokens, named
    present = [name for name in employers if _take_out(list(branded), (name,))[1]]
    if len(present) > 1:
        for name in present:
            fewer = _take_out(list(branded), (name,))[0]
            if _alias([fewer], lang) or occupations.listed(" ".join(fewer)):
                return fewer, named
    return tokens, named


def _setting_first(core: list[str]) -> list[str]:
    """ "stagiaire en genie civil" without its weak word is "en genie civil": the field, without "en"."""
    while len(core) > 1 and core[0] in _SETTING:
        core = core[1:]
    return core


def _without_leading(core: list[str]) -> list[str]:
    """ "job de warehouse" without its weak word is "de warehouse": for our table, "warehouse"."""
    return core[1:] if len(core) > 1 and core[0] in _LEADING else core


def _before_setting(core: list[str]) -> list[list[str]]:
    """ "psw in long term care" -> "psw": the job, without where it was done."""
    at = next((i for i, token in enumerate(core) if token in _SETTING), 0)
    return [core[:at]] if at else []


def _before_place(core: list[str]) -> list[str]:
    """ "ferblantier en ventilation" -> "ferblantier", "claims adjuster for intact" -> "claims adjuster": the
    words before the first "in"/"en"/"dans"/"for"/"pour", when there are some after it; none otherwise."""
    at = next((i for i, token in enumerate(core) if token in _SETTING | _FOR and i), 0)
    return core[:at] if at and at < len(core) - 1 else []


def _kind_of_work(said: list[str], weak: frozenset[str], limit: int, lang: str = "en") -> \
        tuple[list[tuple[Occupation, Confidence]], str] | None:
    """ "general labourer for a landscaping company" -> 'landscaping labourer', "taper for a drywall contractor" ->
    'drywall taper': a word of whom the work was done for, put before the title, when that makes a title our table
    or the official titles are sure of (English titles name the kind of work first: 85121 'Landscape labourer',
    73102 'Drywall taper'); French titles name it after ("manoeuvre pour un paysagiste" -> our table's "manoeuvre
    paysagiste"); not after a title our table goes on with "for" ("caregiver for seniors"). None otherwise."""
    at = next((i for i, token in enumerate(said) if token in _FOR and i), 0)
    if not at or at == len(said) - 1 or tuple(said[:at]) in _said_for():  # "caregiver for seniors": our table's
        return None
    title = [token for token in said[:at] if token not in weak] or said[:at]
    for word in said[at + 1:]:
        if word in _PLACE_WORDS or word in weak or word in title or not occupations.is_word(word):
            continue
        words = [word, *title] if lang == "en" else [*title, word]
        kind = _one(" ".join(words), lang, limit)  # our table's phrase or an official title, sure
        if kind.confidence == "high" and not kind.self_employed:
            return [(match.occupation, match.confidence) for match in kind.matches], kind.searched
    return None


def _all_but_one(core: list[str], lang: str) -> list[list[str]]:
    """ "registered nurse ontario" -> "registered nurse", "nurse ontario": a title with one word more. Of two
    words, only the one that names the job: the last in English ("wok cook" -> "cook"), the first in French
    ("cuisinier thai" -> "cuisinier"); never the other ("kitchen supervisor" is not "kitchen", a helper). Of three
    or more, that word alone comes last ("food truck cook" -> "cook")."""
    head = [core[-1:]] if lang == "en" else [core[:1]]
    if len(core) == 2:
        return head
    return [core[:i] + core[i + 1:] for i in range(len(core))] + head if len(core) >= 3 else []


def _in_plant(query: str, core: list[str], matches: list[Match], sure: bool, lang: str, limit: int) -> list[Match]:
    """A title naming a kind of plant ("packer at food plant", "quality control inspector food plant"): the work
    is that plant's (NOC 95106 and 94143 for a food plant, not 95109 and 94133). The job words with the NOC's own
    qualifier for it ("packer - food and beverage processing") are searched: that match goes first when it is one
    of the plant's unit groups and is listed as typed, or, when the title was not our table's row or an official
    title as typed (`sure`), when it is close. Otherwise a plant's unit group among the first three goes first."""
    # without when or through whom the work was ("general labour at a food plant thru an agency")
    words = _without_trailing(occupations.title_key(query).split(), lang)[0]
    for plant in table().plants:
        name = next((name for name in plant.names if any(tuple(words[i:i + len(name)]) == name
                                                        for i in range(len(words) - len(name) + 1))), None)
        if name is None:
            continue
        labourers = occupations.unit_group(plant.labourers, lang) if plant.labourers else None
        # the plant named twice ("journalier en abattoir de porc chez olymel": the kind and the packer's name)
        named = frozenset(word for other in plant.names if other != name for word in other) - _PLACE_WORDS
        if labourers is not None and _only_labour([word for word in words if word not in named or word in name],
                                                  name, plant.labour_words):
            rest = [match for match in matches if match.occupation.code != labourers.code]
            first = next((match for match in matches if match.occupation.code == labourers.code), None)
            return [first or Match(labourers, "medium"), *rest][:limit]
        if matches and matches[0].occupation.code in plant.codes:
            return matches
        supervises = set(words) & _SUPERVISOR_WORDS
        if supervises and _only_labour(words, name, plant.labour_words | supervises) and (
                boss := _plant_supervisors(plant, lang)) is not None:
            # "superviseure de production dans une usine de plastique": a supervisor of the plant's own work is
            # its supervisors' (92013), not 72010's 'Superviseur/superviseure de production - usinage'; a
            # "cleaning supervisor" there is still a cleaning supervisor
            first = next((match for match in matches if match.occupation.code == boss.code), Match(boss, "medium"))
            return [first, *(match for match in matches if match.occupation.code != boss.code)][:limit]
        job, _ = _take_out(list(core), (name,))
        if job:
            qualifier = plant.qualifier.get(lang, plant.qualifier["en"]).split()
            found = _scored(" ".join([*job, *qualifier]), lang, 1)
            # a title listed under several unit groups alike ("machine operator": six), none of them the plant's
            # among the first three, is no surer than a guess ("meat cutter at cargill" keeps 94141, third)
            typed = occupations.search_scored(" ".join(job), lang, 2)
            tied = len(typed) > 1 and typed[0][1] == typed[1][1] >= _EXACT_SCORE and not any(
                match.occupation.code in plant.codes for match in matches[:3])
            close = found[0][1] == "high" or ((not sure or tied) and found[0][1] == "medium" and not _counts_over(
                found[0][0], matches)) if found else False
            if close and found[0][0].code in plant.codes:
                return [Match(found[0][0], "medium"), *matches][:limit]
        at = next((i for i, match in enumerate(matches[:3]) if match.occupation.code in plant.codes), None)
        if at is not None:
            matches.insert(0, matches.pop(at))
        return matches
    return matches


# Words that make the person a supervisor of the work (not a manager: "manager at a food plant" is 90010's).
_SUPERVISOR_WORDS = frozenset({"supervisor", "superviseur", "superviseure", "foreman", "forewoman", "contremaitre",
                               "contremaitresse", "surveillant", "surveillante"})


def _plant_supervisors(plant: _Plant, lang: str) -> Occupation | None:
    """The unit group of a plant's supervisors (92012 food and beverage processing, 92013 plastic and rubber)."""
    for code in sorted(plant.codes):
        english = occupations.unit_group(code, "en")
        if english is not None and english.title.lower().startswith("supervisors"):
            return occupations.unit_group(code, lang)
    return None


def _counts_over(group: Occupation, matches: list[Match]) -> bool:
    """Whether a close guess would put an occupation whose hours count before a first match whose hours do not
    ("paper mill operator": 93102's control operators, TEER 3, before 94121's 'Paper machine operator', TEER 4)."""
    return bool(matches) and group.teer in COUNTING_TEERS and matches[0].occupation.teer not in COUNTING_TEERS


# Words that say where, not what: what is left of a title once a plant and these are taken out is the job.
_PLACE_WORDS = frozenset({"at", "chez", "in", "en", "dans", "de", "du", "d", "a", "the", "la", "le", "l", "des",
                          "an", "dan", "un", "une", "au"})  # "dans" is keyed as "dan"


def _only_labour(words: list[str], name: tuple[str, ...], labour: frozenset[str]) -> bool:
    """Whether a title naming a plant says only labour there: "line worker at chicken plant", "journalier en
    abattoir", "slaughterhouse worker" (nothing but the plant and labour words), not "supervisor at food plant"."""
    at = next(i for i in range(len(words) - len(name) + 1) if tuple(words[i:i + len(name)]) == name)
    rest = [word for word in words[:at] + words[at + len(name):] if word not in _PLACE_WORDS]
    return all(word in labour for word in rest)


# A title that says the person did the work ("worker", "labourer", "hand", "journalier") and names no rank is not
# its supervisors' or managers' unit group; one that says "helper" is a helper's.
_WORKER_WORDS = frozenset({"worker", "labourer", "laborer", "hand", "helper", "journalier", "journaliere",
                           "ouvrier", "ouvriere", "manoeuvre", "travailleur", "travailleuse"})
_RANK_WORDS = frozenset({"supervisor", "manager", "foreman", "forewoman", "boss", "chief", "head", "lead", "owner",
                         "operator", "coordinator", "superviseur", "superviseure", "surveillant", "surveillante",
                         "contremaitre", "contremaitresse", "gerant", "gerante", "directeur", "directrice", "chef",
                         "responsable", "proprietaire", "exploitant", "exploitante", "coordonnateur",
                         "coordonnatrice"})


def _boss(match: Match) -> bool:
    """Whether a match is a unit group of managers (TEER 0) or of supervisors."""
    group = match.occupation
    return group.teer == 0 or "supervisor" in (occupations.unit_group(group.code, "en") or group).title.lower()


def _by_rank(matches: list[Match], said: list[str]) -> list[Match]:
    """ "drywall installer helper": 75110 'Drywall and acoustical board installer helper' before 73102 (the
    installer) and 75119 (other trades' helpers), the match with the most official titles holding "helper" with a
    word of the title going first when it has more than the first; "slaughterhouse worker", "plant nursery worker":
    a match among the first three that is not a managers' or supervisors' unit group before one that is (92012
    'Slaughterhouse supervisor', 80021 'Nursery operator'), when the title says the person did the work and names
    no rank."""
    if len(matches) < 2:
        return matches
    if "helper" in said:  # the match whose official titles name "helper" with the most words of the title
        named = [occupations.codes_naming("helper", word) for word in dict.fromkeys(said) if word != "helper"]
        hits = [sum(match.occupation.code in codes for codes in named) for match in matches]
        best = max(range(len(matches)), key=lambda i: (hits[i], -i))
        if hits[best] > hits[0]:
            matches.insert(0, matches.pop(best))
        return matches
    if set(said) & _WORKER_WORDS and not set(said) & _RANK_WORDS and _boss(matches[0]):
        at = next((i for i, match in enumerate(matches[:3]) if not _boss(match)), None)
        if at is not None:
            matches.insert(0, matches.pop(at))
    return matches


def _confidence(score: float) -> Confidence:
    return "high" if score >= _EXACT_SCORE else "medium" if score >= _CLOSE_SCORE else "low"


def _scored(text: str, lang: str, limit: int) -> list[tuple[Occupation, Confidence]]:
    """The official search's matches and how sure each is. A title listed as typed under several unit groups
    equally (each with its own qualifier: "tisserande" is 53124's '- métiers d'arts' and 94131's '- textiles')
    whose hours count differently puts one whose hours do not count first: nothing in the title says which."""
    scored = occupations.search_scored(text, lang, limit)
    if len(scored) > 1 and scored[0][1] >= _EXACT_SCORE:
        tied = [i for i, (_, score) in enumerate(scored) if score == scored[0][1]]
        if len({scored[i][0].teer in COUNTING_TEERS for i in tied}) > 1:
            scored.insert(0, scored.pop(next(i for i in tied if scored[i][0].teer not in COUNTING_TEERS)))
    return [(occupation, _confidence(score)) for occupation, score in scored]


def _listed(found: list[tuple[Occupation, Confidence]]) -> list[tuple[Occupation, Confidence]]:
    """An official search's matches when an official title is just what was searched (spelling corrected)."""
    return found if _confidence_of(found) == "high" else []


_RANK = {"high": 2, "medium": 1, "low": 0}


def _top_score(found: list[tuple[Occupation, Confidence]]) -> int:
    return _RANK[found[0][1]] if found else -1


def _confidence_of(found: list[tuple[Occupation, Confidence]]) -> Confidence:
    return found[0][1] if found else "low"


def _fill(matches: list[Match], searched: str, lang: str, limit: int, from_table: bool) -> list[Match]:
    """Our table's unit groups, then the official search's, each code once, up to `limit`."""
    if from_table and searched and len(matches) < limit:
        # beside our table's titles, the official search's, but not those sharing only a word's letters ("sous
        # chef" searched as "sou" found 40042's commissioned officers, "line cook" 72203's power line workers)
        matches += [Match(occupation, "medium") for occupation, score in
                    occupations.search_scored(searched, lang, limit + len(matches)) if score >= _FAR_SCORE]
    unique: dict[str, Match] = {}
    for match in matches:
        unique.setdefault(match.occupation.code, match)
    return list(unique.values())


_CUM = re.compile(r"\s+cum\s+", re.IGNORECASE)
_HELPERS = frozenset({"helper", "assistant", "aide"})
# Two titles in one message ("cook / dishwasher", "cashier and stocker", "caissière et commis", Québec's "serveuse
# pis barmaid"): only read as two when the whole is not a title we know and each part alone is ("shipping and
# receiving clerk" is one title).
_TWO = re.compile(r"\s*[/+&]\s*|\s+(?:and|or|et|ou|pis|slash)\s+", re.IGNORECASE)


def _together(first: Finding, second: Finding, limit: int) -> Finding:
    """Two titles' matches in turn, the surer title's first; flagged when the two first matches count
    differently, and then the one whose hours do not count goes first (a false "eligible" costs more than a
    question asked again)."""
    surer = sorted((first, second), key=lambda finding: -_RANK[finding.confidence])  # the surer reading first
    unique: dict[str, Match] = {}
    for match in itertools.chain.from_iterable(itertools.zip_longest(surer[0].matches, surer[1].matches)):
        if match is not None:
            unique.setdefault(match.occupation.code, match)
    matches = list(unique.values())[:limit]
    heads = [finding.matches[0] for finding in (first, second) if finding.matches]
    mixed = len({match.occupation.teer in COUNTING_TEERS for match in heads}) > 1
    at = next((i for i, match in enumerate(matches) if match.occupation.teer not in COUNTING_TEERS), None)
    if mixed and at is not None:
        matches.insert(0, matches.pop(at))
    confidence: Confidence = min((first.confidence, second.confidence), key=_RANK.__getitem__)
    mixed = mixed or first.mixed_counting or second.mixed_counting
    return Finding(matches, confidence if matches else "low", mixed, first.self_employed or second.self_employed,
                   f"{first.searched} + {second.searched}")


# "au"/"à la" before a name in French ("gérant adjoint au Dollarama"): an employer's only when a name our table
# knows follows ("préposé au service", "commis à la comptabilité" are titles)
_FRENCH_AT = re.compile(r"\s(?:aux?|[aà]\s+la|[aà]\s+l\s*'|[aà]\s+l’)\s*(?P<name>\S.*)$", re.IGNORECASE)


def _named_tail(text: str) -> re.Match[str] | None:
    """The end of a title that says "au"/"à la" and an employer our table knows ("... au Dollarama"); None else."""
    tail = _FRENCH_AT.search(text)
    if tail is None:
        return None
    name = tuple(occupations.title_key(_joined(tail.group("name"))).split())
    return tail if any(name[:len(known)] == known for known in table().employers) else None


def _place_tail(text: str, lang: str) -> re.Match[str] | None:
    """Where the second of two titles was done, said after it: "... at a sports bar", "... au Dollarama"; in French
    also any place after "au"/"à la" when the words before it are a title alone and the whole is not one
    ("plongeuse au resto du coin", but "préposé au service" and "commis à la comptabilité" are titles). None
    else."""
    if (tail := _EMPLOYER_TAIL.search(text) or _named_tail(text)) or lang != "fr":
        return tail
    if (tail := _FRENCH_AT.search(text)) is None or not re.search(r"[\s'’]$", text[:tail.start("name")]):
        return None  # "infirmière auxiliaire": a word that starts with "aux" is no place
    head, whole = (occupations.title_key(part).split() for part in (text[:tail.start()], text))
    if not head or _alias([whole], lang) or _confidence_of(_scored(" ".join(whole), lang, 5)) != "low":
        return None  # the whole is a title, or close to one
    return tail if _alias([head], lang) or occupations.listed(" ".join(head)) else None


def _two(query: str, lang: str, limit: int) -> Finding | None:
    """ "receptionist/admin assistant": each title's matches (_together), when the whole is not our table's row
    or an official title as typed and neither part is a distant guess; an employer after the second title is said
    of both. None when the message is one title."""
    parts = _TWO.split(query.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    tail = _place_tail(parts[1], lang)
    second = parts[1][:tail.start()] if tail else parts[1]
    words = [occupations.title_key(part).split() for part in (parts[0], second)]
    # each title without where or when it was done ("rn in the er", "psw on weekends"): a title of a few words
    bare = [_without_place(_without_trailing(list(side), lang)[0], lang)[0] for side in words]
    if not all(words) or len(bare[0]) > 3 or len(bare[1]) > 3:
        return None  # "a/p clerk": no title on one side; "pulp and paper mill operator": a long title, one job
    if _masculine(words[0][-1:]) == _masculine(words[1][:1]):
        return None  # "caissier/caissière", "opérateur/opératrice de machine": one title in both genders
    whole = _one(query, lang, limit)
    rank = all(word in _RANK_WORDS for word in words[1])  # "cashier / supervisor": a rank said apart from the job
    # sure of the whole only by leaving the second title out as a place ("rn in the er and psw": "rn"): two jobs
    named = set(bare[1]) - table().weak  # "cook / chef": a weak word alone is never dropped
    dropped = bool(named) and not named & set(whole.searched.split())
    if whole.confidence == "high" and not rank and not dropped:
        return whole
    first, second = find(parts[0] + (tail.group(0) if tail else ""), lang, limit), find(parts[1], lang, limit)
    if "low" in (first.confidence, second.confidence) or not (first.matches and second.matches):
        return whole
    together = _together(first, second, limit)
    heads = {finding.matches[0].occupation.teer in COUNTING_TEERS for finding in (first, second)}
    if whole.confidence == "high" and len(heads) == 1 and not dropped:
        return whole  # the rank's title and the job count alike: the title as written ("cook / chef")
    if whole.matches and whole.matches[0].occupation.code not in {m.occupation.code for m in together.matches}:
        # "cashier / supervisor" may also be 62010's 'Cashier supervisor - retail': offered, never first
        matches = [*together.matches[:1], whole.matches[0], *together.matches[1:]]
        together = replace(together, matches=matches[:limit])
    return together


def _both(query: str, lang: str, limit: int) -> Finding | None:
    """ "cashier cum supervisor", "cook cum helper" (Indian English: one job that is both): each title's matches
    in turn, the surer title's first; flagged when the two first matches count differently, and then the one whose
    hours do not count goes first (a false "eligible" costs more than a question asked again). An employer after
    the second title is said of both; a second title that is only "helper" is the first one's helper ("driver cum
    helper": 75211 'Driver helper')."""
    parts = _CUM.split(query.strip(), maxsplit=1)
    if len(parts) != 2 or not all(occupations.title_key(part) for part in parts):
        return None
    tail = _EMPLOYER_TAIL.search(parts[1])
    if occupations.title_key(parts[1]) in _HELPERS:  # "cook cum helper": the cook's helper
        parts[1] = f"{_EMPLOYER_TAIL.sub('', parts[0])} {parts[1]}"
    first, second = find(parts[0] + (tail.group(0) if tail else ""), lang, limit), find(parts[1], lang, limit)
    return _together(first, second, limit)


# A sentence around the title ("I am a cook", "im working as a care aide", "my job is", "je travaille comme
# préposée", "je suis éducatrice"): matched on the title folded letter for letter (so "travaillé" is "travaille"),
# only at the start, and only with something after it.
_LEAD_IN = re.compile(
    r"^\s*(?:(?:i\s*'?\s*m|i\s+am|i\s+was|i\s+have\s+been|i\s*'?\s*ve\s+been)\s+(?:(?:currently|now)\s+)?"
    r"(?:working|employed|hired)\s+as|(?:i\s+)?(?:currently\s+)?(?:work|worked|working)\s+as"
    r"|(?:i\s*'?\s*m|i\s+am|i\s+was)(?=\s)|my\s+(?:current\s+)?(?:job|job\s+title|title|position|occupation|role)"
    r"\s+(?:is|was)|je\s+suis\s+(?:employee?\s+comme|embauchee?\s+comme)|je\s+suis|j\s*'?\s*etais"
    r"|(?:je\s+)?travaill(?:e|ais)\s+(?:comme|en\s+tant\s+que)|j\s*'?\s*ai\s+travaille\s+(?:comme|en\s+tant\s+que)"
    r"|mon\s+(?:poste|emploi|metier|travail)\s+(?:est|etait))\s*[:,-]?\s+(?:(?:a|an|un|une)\s+)?(?=\S)")


def _letters(text: str) -> str:
    """`text` lower case without accents, one character for one ("é" -> "e"), so positions stay the same."""
    return "".join(unicodedata.normalize("NFKD", char)[0] for char in text.lower())


# Pay said with the title ("line cook nights $19/hr", "caissière 15,75$ de l'heure", "developer $85k a year"): an
# amount with its dollar sign, or a number per hour; and a union local ("insulator apprentice local 95"). Neither
# is the work, and "/hr" was read as a second title.
_PAY = re.compile(
    r"(?:\s+(?:@|at|for|pour|a|à|de))?\s*"
    r"(?:\$\s*\d+(?:[.,]\d+)?\s*k?(?:\s*\$)?|\b\d+(?:[.,]\d+)?\s*k?\s*\$)"
    r"(?:\s*(?:/|an|a|per|par|de\s+l['’]?|l['’]|de\s+l\s)\s*(?:hour|hr|hrs|h|heure|year|yr|an|annee|année)\b)?"
    r"|\s*\b\d+(?:[.,]\d+)?\s*(?:/\s*(?:hour|hr|h|heure)|(?:an|per)\s+hour|de\s+l['’]\s*heure)(?!\w)"
    r"|\s+local\s+\d+\b",
    re.IGNORECASE)


def _without_pay(query: str) -> str:
    """ "line cook nights $19/hr" -> "line cook nights": the pay (or a union local) said with a title; the query as
    typed when nothing else is left."""
    return _PAY.sub("", query).strip() or query


# Where, not what: "i work at a daycare", "je travaille dans une usine" says only the place (the employer's
# sector). The place is then looked up as the title (our table's "garderie", "usine"; an employer alone finds
# nothing, and the question is asked again), never the word "work" ("i work" found 41400's policy researchers).
_WORK_AT = re.compile(
    r"^\s*(?:i\s*'?\s*m\s+working|i\s+am\s+working|i\s+was\s+working|i\s+(?:have\s+)?work(?:ed)?|i\s*'?\s*ve\s+worked"
    r"|je\s+travaill(?:e|ais)|j\s*'?\s*ai\s+travaille|je\s+bosse"
    # without "i"/"je", as typed in a hurry ("work at canadian tire", "travaille chez walmart")
    r"|work(?:ing|ed)?|travaill(?:e|ais)|bosse)"
    r"\s+(?:at|in|for|dans|a|au|aux|chez|pour|en)\s+(?:(?:a|an|the|un|une|le|la|les|des)\s+|l\s*['’]\s*)?(?=\S)"
    # the employer alone after "at", "chez" or "@" ("at costco", "chez walmart"): searched as "at" and "chez", they
    # found 41101's lawyers (TEER 1) and 22111's inspectors (TEER 2) first
    r"|^\s*(?:(?:at|chez)\s+|@\s*)(?:(?:a|an|the|un|une|le|la|les|des)\s+|l\s*['’]\s*)?(?=\S)")


# The title said after the place ("i work at tim hortons as a baker", "je travaille dans un resto comme cuisinier")
_AS_TITLE = re.compile(r"\s+(?:as|comme|en\s+tant\s+que)\s+(?:(?:a|an|un|une)\s+)?(?=\S)")


def _without_lead_in(query: str) -> str:
    """ "im working as a care aide" -> "care aide": the sentence said around a title is not the title; "i work at a
    daycare" -> "daycare": the place said alone, as the title; "je travaille dans un resto comme cuisinier" ->
    "cuisinier @ un resto": the title, the place after it as an employer is ("baker @ tim hortons")."""
    letters = _letters(query)
    if said := _WORK_AT.match(letters):
        if title := _AS_TITLE.search(letters, said.end()):
            return f"{query[title.end():]} @ {query[said.end():title.start()]}"
        return query[said.end():]
    said = _LEAD_IN.match(letters)
    return query[said.end():] if said else query


# How a next job in the same place is said ("promoted to sous chef", "sous chef, same hotel", « sous-chef au même
# hôtel », "cook again"): "same hotel" found 64300 'Maîtres d'hôtel' (TEER 4) before 62200 chefs, "promoted to"
# found 64100 retail salespersons ('promoter'). The words say where and how, not what the work is.
_CAREER_LEAD = re.compile(
    r"^\s*(?:(?:i\s+)?(?:got|was|been|have\s+been|ve\s+been)\s+)?(?:promoted|moved\s+up|bumped\s+up)"
    r"(?:\s+(?:to|as))?\s+(?:(?:a|an|the)\s+)?(?=\S)"
    r"|^\s*(?:(?:j\s*'?\s*ai\s+ete|je\s+suis)\s+)?(?:promue?|devenue?)"
    r"(?:\s+(?:a|au\s+poste\s+de|comme|en\s+tant\s+que))?\s+(?:(?:un|une)\s+)?(?=\S)"
    r"|^\s*(?:(?:at|in)\s+)?(?:the\s+)?same\s+(?:hotel|place|company|store|employer|restaurant|location|job)"
    r"\s*[,:;-]\s*(?:(?:as|now)\s+)?(?:(?:a|an)\s+)?(?=\S)")
_CAREER_TAIL = re.compile(
    r"\s*[,(-]?\s*(?:\b(?:at|in|for|with)\s+)?(?:\bthe\s+)?\bsame\s+"
    r"(?:hotel|place|company|store|employer|restaurant|location|site|shop|office|plant|warehouse|job|spot|work)"
    r"\b\)?.*$"
    r"|\s*[,(-]?\s*(?:\b(?:au|a\s+la|a\s+l|dans\s+(?:le|la|l))\s*'?\s*)?\bmeme\s+"
    r"(?:hotel|place|endroit|compagnie|entreprise|employeur|magasin|restaurant|resto|job|usine|bureau)\b\)?.*$"
    r"|\s*\((?:promotion|promoted|promu|promue)\)\s*$|\s+(?:again|encore)\s*$")


# When, said with the title ("cook since march 2024", "cashier 2022-2024", « caissière depuis mai 2023 »): a year
# with its month and linking words; "cook since march 2024" found 94121 pulp mill operators first.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin"
          r"|juil(?:let)?|aout|octobre|novembre|decembre)\.?")
_WHEN = re.compile(
    r"[\s,(]*\b(?:(?:since|from|starting|started|in|depuis|de|du|en|a\s+partir\s+de)\s+)?(?:(?:the\s+)?\d{1,2}"
    r"(?:st|nd|rd|th|er)?\s+)?(?:" + _MONTH + r"\s+)?(?:19|20)\d\d\b"
    r"(?:\s*(?:-|–|to|until|till|a|au|jusqu\s*'?\s*(?:a|en|au))\s*(?:" + _MONTH + r"\s+)?"
    r"(?:(?:19|20)\d\d\b|now|present|today|maintenant|aujourd\s*'?\s*hui))?\)?")


def _without_career(query: str) -> str:
    """ "promoted to sous chef", "sous chef same hotel" -> "sous chef"; the query as typed when nothing is left."""
    typed = query
    spans = [said.span() for said in _WHEN.finditer(_letters(query))]  # _letters keeps positions
    for start, end in reversed(spans):
        query = query[:start] + query[end:]
    letters = _letters(query)
    start = lead.end() if (lead := _CAREER_LEAD.match(letters)) else 0
    tail = _CAREER_TAIL.search(letters, start)
    end = tail.start() if tail else len(query)
    return query[start:end].strip() or typed


# A promotion told in one message with the position before it ("i started as a sales associate in jan 2024 and got
# promoted to supervisor in march 2026", "cashier then promoted to supervisor", « caissière puis promue gérante »):
# two positions, each its own job, since hours count by the occupation they were worked in (RULES.md 1). Read as
# one title, the first (TEER 4) and the second (TEER 2) were offered together "to tap what you mostly did".
_PROMOTION = re.compile(
    r"[\s,;.]*(?:\b(?:and|then|but|et|puis|mais|ensuite)\s+)*(?:\b(?:i\s+)?(?:got|was|been|have\s+been|ve\s+been)"
    r"\s+|\bj\s*'?\s*ai\s+ete\s+|\bje\s+suis\s+)?\b(?:promoted|promue?)\b(?:\s+(?:to|as|au\s+poste\s+de|comme"
    r"|en\s+tant\s+que|a))?\s*(?:(?:a|an|the|un|une)\s+)?")
_STARTED = re.compile(
    r"^\s*(?:i\s+)?(?:started|began|was\s+first|first\s+i\s+was)\s+(?:out\s+)?(?:as\s+)?(?:(?:a|an)\s+)?"
    r"|^\s*(?:j\s*'?\s*ai\s+)?(?:commence|debute)e?\s+(?:comme|en\s+tant\s+que)\s+(?:(?:un|une)\s+)?")


def promotion(query: str) -> tuple[str, str] | None:
    """The position held first and the one promoted to, when a message tells a promotion after a title ("cashier
    then promoted to supervisor" -> ("cashier", "supervisor")); None otherwise ("promoted to sous chef" alone is
    the next job's title, read by find)."""
    letters = _letters(query)
    said = _PROMOTION.search(letters)
    if said is None:
        return None
    first, second = query[:said.start()], query[said.end():]
    if started := _STARTED.match(_letters(first)):
        first = first[started.end():]
    first, second = (_without_career(part).strip(" ,;.") for part in (first, second))
    if not _WORD.search(first) or not _WORD.search(second):
        return None
    return first, second


_WORD = re.compile(r"[^\W\d_]+")


def _mended(query: str) -> str:
    """Two words run together or one word split, as typed on a phone: "linecook", "truckdriver", "dataanalyst" ->
    "line cook"... when the word is neither an official title's word nor our table's (an employer's name such as
    "superstore" is never split), and both halves are words of one official title ('Line cook'); "fish monger" ->
    "fishmonger" when that is an official title's word, one of the two is not, and no official title holds both."""
    words = list(_WORD.finditer(query))
    if not words:
        return query
    known = _table_words()
    pieces, end = [], 0
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        text = word.group(0)
        nxt = words[i + 1] if i + 1 < len(words) else None
        mended = text
        if nxt is not None and not query[word.end():nxt.start()].strip() and _joins(text, nxt.group(0), known):
            mended, skip = text + nxt.group(0), True
        elif len(text) >= 7 and occupations.title_key(text) not in known and not occupations.is_word(text):
            mended = _split(text) or text
        pieces.append(query[end:word.start()] + mended)
        end = (nxt.end() if skip and nxt is not None else word.end())
    return "".join(pieces) + query[end:]


def _joins(left: str, right: str, known: frozenset[str]) -> bool:
    """Whether two words typed apart are one official title's word ("fish monger" -> 'Fishmonger'): only when one
    of them is no official title's word alone ("parts counter person" stays: 'Counterperson' is at a food
    counter)."""
    if len(left) < 3 or len(right) < 4 or occupations.title_key(left + right) in known:
        return False
    if occupations.is_word(left) and occupations.is_word(right):
        return False
    return occupations.is_word(left + right) and not occupations.codes_naming(left, right)


def _split(word: str) -> str | None:
    """ "linecook" -> "line cook": the split whose halves are words of the most official titles together."""
    best, most = None, 0
    for at in range(3, len(word) - 2):
        left, right = word[:at], word[at:]
        if not (occupations.is_word(left) and occupations.is_word(right)):
            continue
        if (count := len(occupations.codes_naming(left, right))) > most:
            best, most = f"{left} {right}", count
    return best


@functools.cache
def _table_words() -> frozenset[str]:
    """The words of our table's phrases, employers and short forms: a name such as "walmart" is never split."""
    rules = table()
    words = {word for phrase in rules.aliases for word in phrase.split()}
    words |= {word for phrase in rules.employers for word in phrase}
    words |= {word for phrase in rules.sectors for word in phrase}
    words |= set(rules.short_forms) | rules.weak | rules.software_words
    return frozenset(words)


# When the job came, said around the title of a next job ("yes, i was a cook after", "cook after that", « ensuite
# cuisinier », « oui, j'étais cuisinier après »): "after" found 94121's pulp mill operators and 65311's specialized
# cleaners first, « ensuite » 65201's kitchen helpers (TEER 4 and 5 before the cook's TEER 3). A yes before it too.
_THEN = (r"(?:and\s+)?(?:then|after(?:\s+that|wards?)?|later(?:\s+on)?|next|ensuite|apres(?:\s+(?:ca|cela))?|puis"
         r"|plus\s+tard)")
# (at the start, "after" and "next" only before a comma or "I": "after school program worker", "next day delivery")
_SEQUENCE_LEAD = re.compile(
    r"^\s*(?:(?:yes|yeah|yep|oui|ouais)\b[\s,.:;!-]*)?(?:(?:(?:and\s+)?then|after\s+that|afterwards|later(?:\s+on)?"
    r"|ensuite|apres\s+(?:ca|cela)|puis|plus\s+tard|(?:after|next|apres)(?=\s*,|\s+(?:i|j|je)\b))\b[\s,.:;-]*)?")
_SEQUENCE_TAIL = re.compile(rf"[\s,.;-]*\b{_THEN}\s*[.!]*$")


def _without_sequence(query: str) -> str:
    """ "yes, i was a cook after" -> "i was a cook"; the query as typed when nothing else is left."""
    letters = _letters(query)
    start = lead.end() if (lead := _SEQUENCE_LEAD.match(letters)) else 0
    tail = _SEQUENCE_TAIL.search(letters, start)
    return query[start:tail.start() if tail else len(query)].strip() or query


def find(query: str, lang: str = "en", limit: int = 5) -> Finding:
    """Up to `limit` unit groups for what a person typed as their job title, best first."""
    query = _mended(_without_career(_without_lead_in(_without_pay(_without_sequence(query)))))
    finding = _found(query, lang, limit)
    if lang == "fr" and finding.confidence != "high" and (french := _french(query)) != query:
        # "tech comptable", "conseillère RH": a short form read the French way ('Technicien/technicienne en
        # comptabilité') unless the English reading is surer ("technician comptable" found 22221)
        other = _found(french, lang, limit)
        if _RANK[other.confidence] >= _RANK[finding.confidence]:
            return other
    return finding


def _french(query: str) -> str:
    for pattern, full in table().french_forms:
        query = pattern.sub(full, query)
    return query


def _found(query: str, lang: str, limit: int) -> Finding:
    """find() for a title as mended: two jobs at once, two titles in one message, or one title."""
    if (both := _both(query, lang, limit)) is not None:
        return both
    if (two := _two(query, lang, limit)) is not None:
        return two
    return _one(query, lang, limit)


def _one(query: str, lang: str, limit: int) -> Finding:
    """find() for one title."""
    rules = table()
    if lang == "fr" and not _EMPLOYER_TAIL.search(query) and (tail := _place_tail(query, lang)) \
            and len([word for word in occupations.title_key(query[:tail.start()]).split()
                     if word not in rules.weak]) > 1:
        # "commis de cuisine au vieux port": a title alone, then where (as for a second title, _place_tail); the
        # place is read as an employer is, after "chez" (round 23: the whole found 14200's clerks first, TEER 4).
        # Not after one word: what follows "au" most often completes it ("commis à la paie", "préposée aux
        # chambres", "journalière aux travaux publics", "animatrice au camp de jour")
        query = f"{query[:tail.start()]} chez {tail.group('name')}"
    text = _spelled(_EMPLOYER_TAIL.sub("", query.strip()) or query)
    tokens = _operator([rules.short_forms.get(word, word) for word in occupations.title_key(text).split()])
    whole = list(tokens)
    tokens, self_employed = _take_out(tokens, rules.self_employment)
    if self_employed and tokens and _listed(_scored(" ".join(whole), lang, limit)):
        # "truck owner operator" is 73300's own title: the words that say it is one's own business are searched
        # with it (the flag stays: the hours are self-employment's)
        tokens = whole
    elif self_employed and _alias([_brands_out(list(whole), rules.employers, lang)[0]], lang):
        tokens = whole  # "franchise owner at tim hortons", "proprio d'un dépanneur": our table's title, as typed
    elif self_employed and not tokens and _alias([whole], lang):  # "owner operator" alone: the NOC's own ones
        tokens = whole
    tokens = _without_year_ordinal(_without_working(tokens))
    said = list(tokens)
    tokens, context = _without_trailing(tokens, lang)
    if not context:
        tokens, context = _without_place(tokens, lang)
    place = said[len(tokens):]  # "up north", "for the city": its words are not an employer's
    branded = list(tokens)  # "uber driver" is in our table with its brand: it says what the work is
    tokens, named = _brands_out(branded, rules.employers, lang)
    if named and _listed(_scored(" ".join(branded), lang, limit)):
        tokens = branded  # "subway operator", "comparison shopper": the name is a word of an official title
    tokens = _rank_last(_software(tokens), lang)
    core = _setting_first([token for token in tokens if token not in rules.weak] or tokens)
    searched = " ".join(core)
    found: list[tuple[Occupation, Confidence]] = []
    as_typed = functools.cache(lambda: _scored(" ".join(tokens), lang, limit))  # searched once at most
    codes = _alias([branded], lang) if branded != tokens else None
    elsewhere = [w for w in occupations.title_key(_spelled(query)).split()  # the employer or place after "at"
                 if w not in place and w not in tokens and rules.short_forms.get(w, w) not in tokens]
    brand = [w for w in elsewhere if w not in _PLACE_WORDS]
    if not codes and brand and branded == tokens:  # "chauffeur chez uber" is our table's "chauffeur uber"
        codes = _alias([[*tokens, *brand], [*brand, *tokens]], lang)
    sector, more = ([], []) if codes else _sector(elsewhere, lang)
    # a name itself is not the work; a place our table knows is said by its sector
    context += [*_take_out(_place_as_context(elsewhere, lang), rules.employers)[0], *sector, *more]
    # "assistant manager" at a restaurant: a restaurant's English titles put the sector first ("restaurant
    # manager"), French ones after ("gerant restaurant"); not when the title already says the sector, whose "de"
    # does not ("chef de département" at a store: "commerce de détail")
    if sector and not (set(sector) - _PLACE_WORDS) & set(tokens):
        tried = ([*sector, *tokens], [*sector, *core]) if lang == "en" else ([*tokens, *sector], [*core, *sector])
        for words in tried:
            if (codes := _alias([words], lang)) or (found := _listed(_scored(" ".join(words), lang, limit))):
                searched = " ".join(words)
                break
    if not codes and not found:  # "dba oracle": our table's title with the product it works on
        codes = _alias([tokens, [token for token in tokens if token not in rules.software_words]], lang)
    if not codes and not found and core != tokens:  # a weak word kept where an official title or our table does
        if not (found := _listed(as_typed())):
            for words in _without_weak(tokens, rules.weak):
                if (codes := _alias([words], lang)) or (found := _listed(_scored(" ".join(words), lang, limit))):
                    searched = " ".join(words)
                    break
        else:
            searched = " ".join(tokens)
    if not codes and not found:  # "hca in home care" is our table's "hca home care"
        codes = _alias([core, _without_leading(core), [token for token in core if token not in _SETTING]], lang)
    if not codes and _confidence_of(found) != "high" and sector and len(core) > 1 and not _listed(as_typed()):
        # neither our table's nor an official title as typed: the sector before the word that names the job, as
        # the NOC writes it ("back office clerk" at a bank: 14201 'Bank clerk'; 'caissier de banque' in French)
        words = [*sector, *core[-1:]] if lang == "en" else [*core[:1], *sector]
        if found := _listed(_scored(" ".join(words), lang, limit)):
            searched = " ".join(words)
    if (kind := _kind_of_work(said, rules.weak, limit, lang)):
        (found, searched), codes = kind, None  # "general labourer for a landscaping company": 85121's
    if codes:
        found = [(group, "high") for code in codes if (group := occupations.unit_group(code, lang))]
    elif not found:  # the official titles as typed; without the weak words, or our table minus a word, if closer
        found = as_typed()
        if _confidence_of(found) != "high" and core != tokens:
            found = max(found, _scored(searched, lang, limit), key=_top_score)
        fallback = _before_setting(core) + _all_but_one(core, lang)
        if _confidence_of(found) == "low" and (codes := _alias(fallback, lang)):
            found = [(group, "medium") for code in codes if (group := occupations.unit_group(code, lang))] + found
        # "ferblantier en ventilation", "property claims adjuster for intact": the title before where, in what or
        # for whom the work was done, when the official search is surer of it than of the whole (the whole found
        # 84100's mine ventilation workers and, once the low guess was put behind one that does not count, 14201
        # bank clerks first); never said surer than "medium": words were left out
        elif _confidence_of(found) == "low" and (head := _before_place(core)) \
                and _confidence_of(surer := _scored(" ".join(head), lang, limit)) != "low":
            found = [(occupation, "medium") for occupation, _ in surer] + found
            searched = " ".join(head)
    matches = _fill([Match(occupation, confidence) for occupation, confidence in found], searched, lang, limit,
                    bool(codes) and not isinstance(codes, _Only))
    matches = _in_plant(query, core, matches[:limit], bool(codes) or _confidence_of(found) == "high", lang, limit)
    matches = _by_context(matches, context, [*core, *searched.split()])
    matches = _by_rank(matches, said)
    unique: dict[str, Match] = {}
    for match in matches:
        unique.setdefault(match.occupation.code, match)
    matches = list(unique.values())[:limit]
    confidence: Confidence = matches[0].confidence if matches else "low"
    # What a person weighs: the first few buttons; beside a sure first match, only the close ones.
    shown = [m for m in matches[:3] if confidence == "low" or m.confidence != "low"]
    mixed = len({match.occupation.teer in COUNTING_TEERS for match in shown}) > 1
    if confidence == "low" and mixed:  # a weak guess: never one whose hours count in first place
        first = next(i for i, match in enumerate(matches) if match.occupation.teer not in COUNTING_TEERS)
        matches.insert(0, matches.pop(first))
    employer_only = named and not matches and not self_employed  # "chez walmart": where, not the job
    return Finding(matches, confidence, mixed, self_employed, searched, employer_only)
