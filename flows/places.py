"""Places named in typed answers: in Canada (its provinces and territories, main cities and schools) or outside it
(the countries of ISO 3166, in English and French, with their common short forms).

"india", "au Maroc", "Lagos Nigeria", "in the UK", "aux États-Unis", "indian university" name a place outside
Canada; "toronto", "à Montréal", "Humber college", "UBC", "au cégep" one in Canada. Nothing here decides what a
place answers: the conversation's readers do (flows/answer_words.py for where a credential was earned,
flows/quebec.py for the plan to live in Quebec, which takes its lists of places from here).

The countries' names come from pycountry (its ISO 3166-1 database and French translations), read on first use
only: a bot that is never told a country does not load them (about 0.7 MB of RSS and 25 ms, once, measured after
the conversation's own imports).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from flows.parsing import fold

_A = re.ASCII

# -- Canada -----------------------------------------------------------------------------------------------------
# Folded (no accents, lower case, punctuation as spaces). Quebec's places, then the rest of Canada's:
# flows/quebec.py reads the Quebec question with them.
QUEBEC_PLACES = ("quebec", "qc", "montreal", "mtl", "laval", "gatineau", "longueuil", "sherbrooke",
                 "trois rivieres", "saguenay", "chicoutimi", "levis", "terrebonne", "rimouski", "drummondville",
                 "granby", "saint jean sur richelieu", "la belle province")
ELSEWHERE_IN_CANADA = (
    "ontario", "toronto", "ottawa", "mississauga", "brampton", "hamilton", "kitchener", "waterloo", "windsor",
    "british columbia", "colombie britannique", "bc", "vancouver", "victoria", "surrey", "burnaby", "kelowna",
    "alberta", "calgary", "edmonton", "saskatchewan", "regina", "saskatoon", "manitoba", "winnipeg",
    "nova scotia", "nouvelle ecosse", "halifax", "new brunswick", "nouveau brunswick", "moncton", "fredericton",
    "prince edward island", "ile du prince edouard", "pei", "charlottetown", "newfoundland", "terre neuve",
    "labrador", "yukon", "whitehorse", "northwest territories", "territoires du nord ouest", "yellowknife",
    "nunavut", "iqaluit", "sask", "nwt")
# Provinces and territories by their postal abbreviations ("ON", "NS") and French ones ("C.-B.", "N.-B."). Two
# capitals are read only as typed: "on", "ab" or "nb" in lower case are words ("I'm on a PGWP"), and in a message
# typed all in capitals they may be too ("I'M ON A PGWP"), so there only an abbreviation typed alone is read.
_ABBREVIATIONS = (
    ("ON", "Ontario"), ("AB", "Alberta"), ("SK", "Saskatchewan"), ("MB", "Manitoba"), ("NS", "Nova Scotia"),
    ("NB", "New Brunswick"), ("NL", "Newfoundland"), ("PE", "Prince Edward Island"), ("YT", "Yukon"),
    ("NT", "Northwest Territories"), ("NU", "Nunavut"), ("QC", "Quebec"), ("BC", "British Columbia"),
    (r"C\.-B\.?", "Colombie-Britannique"), (r"N\.-B\.?", "Nouveau-Brunswick"), (r"N\.-[ÉE]\.?", "Nouvelle-Écosse"),
    (r"[ÎI]\.-P\.-[ÉE]\.?", "Île-du-Prince-Édouard"), (r"T\.-N\.-L\.?", "Terre-Neuve"),
    (r"T\.?N\.?-O\.?", "Territoires du Nord-Ouest"))
_ABBREVIATION = re.compile(r"(?<![\w.-])(?:"
                           + "|".join(f"(?P<p{i}>{short})" for i, (short, _) in enumerate(_ABBREVIATIONS))
                           + r")(?![\w-])")


def provinces_spelled(text: str) -> str:
    """"ON", "NS", "C.-B." typed for a province: its name, so that the places read it ("in Ontario")."""
    if not any(ch.islower() for ch in text) and _ABBREVIATION.fullmatch(text.strip(" .!,")) is None:
        return text  # all in capitals: "I'M ON A PGWP" says no province
    return _ABBREVIATION.sub(lambda found: _ABBREVIATIONS[int(next(
        name for name, value in found.groupdict().items() if value)[1:])][1], text)


# Names of a place in Canada that are as well known abroad (Laval in France, Hamilton in New Zealand, Victoria in
# Australia, Windsor and Surrey in England, Waterloo in Belgium): read as Canada's only where the question is about
# Canada (the Quebec question), never for where a credential was earned. "London", "Kingston", "Cambridge" are not
# read anywhere.
SHARED_WITH_ABROAD = frozenset({"laval", "hamilton", "windsor", "waterloo", "victoria", "surrey", "regina"})
_CANADA_WORDS = ("canada", "canadian", "canadien", "canadienne", "here", "ici")
# Schools people name alone: the largest colleges and universities by their everyday names, and the cégep (a
# college of Quebec). A school with a city in its name ("university of toronto", "seneca college toronto") is read
# by the city.
CANADIAN_SCHOOLS = (
    "cegep", "cegeps", "humber", "seneca", "centennial", "george brown", "sheridan", "conestoga", "fanshawe",
    "algonquin college", "mohawk college", "niagara college", "durham college", "georgian college",
    "lambton college",
    "cambrian college", "loyalist college", "fleming college", "st clair college", "langara", "douglas college",
    "kwantlen", "bcit", "sait", "nait", "bow valley college", "norquest", "red river college", "nscc",
    "ubc", "sfu", "uvic", "ualberta", "ucalgary", "uoft", "u of t", "utoronto", "utm", "utsc", "york university",
    "yorku", "tmu", "ryerson", "uottawa", "carleton", "mcmaster", "mcgill", "concordia", "udem", "uqam", "ulaval",
    "universite laval", "usherbrooke", "uqtr", "uqac", "uqo", "polytechnique montreal", "dalhousie",
    "memorial university", "unb", "umanitoba", "uwinnipeg", "usask", "uregina", "uwaterloo", "wilfrid laurier",
    "lakehead", "laurentian", "brock university", "guelph",
    # short forms said only of a Canadian university (the job titles' table has them too: eligibility/data/noc2021/
    # everyday.toml, [places]): Calgary, Saskatchewan, Guelph, Sherbrooke, Lethbridge, Northern British Columbia,
    # Mount Royal, Thompson Rivers, Montréal
    "u of c", "uofc", "u of s", "uofs", "u of g", "udes", "uleth", "unbc", "mru", "umontreal",
    "universite de montreal")
# Short forms of a Canadian university that name one abroad as often ("u of a": Alberta, or Arizona, Alabama; "u of
# m": Manitoba, or Michigan, Minnesota; "u of r": Regina, or Rochester; "queens": Queen's, or Queens College in New
# York): asked, never read as either
SCHOOLS_EITHER = ("u of a", "uofa", "u of m", "uofm", "u of r", "u of o", "u of l", "u of w", "queens",
                  "queen s")

# -- outside Canada ---------------------------------------------------------------------------------------------
# Short forms and other names people type, beside ISO 3166's (folded)
_OTHER_NAMES = (
    "usa", "us", "u s", "u s a", "america", "the states", "etats unis", "etats unis d amerique", "amerique",
    "uk", "u k", "england", "scotland", "wales", "northern ireland", "great britain", "britain", "angleterre",
    "ecosse", "pays de galles", "grande bretagne", "uae", "emirates", "emirats", "emirats arabes", "dubai",
    "russia", "south korea", "korea", "coree du sud", "coree", "north korea", "ivory coast", "cote divoire",
    "holland", "hollande", "czech republic", "republique tcheque", "turkey", "turquie", "burma", "birmanie",
    "vietnam", "viet nam", "swaziland", "macedonia", "macedoine", "kosovo", "drc", "rdc", "dr congo",
    "congo kinshasa", "congo brazzaville", "cape verde", "cap vert", "palestine", "the philippines")
# Parts of a name that are no country on their own ("Christmas, Île", "Salomon, Îles")
_NOT_ALONE = frozenset({"christmas", "salomon", "man", "cocos"})
# Said of a place that may be Canada ("North America") or none: never a country outside it
_EITHER = ("north america", "amerique du nord", "americas", *SCHOOLS_EITHER)
# Nationalities, as people type them (folded). Read as a place only beside a school or a credential ("indian
# university", "diplôme marocain"); French, British and American may be a language or part of a Canadian name
# ("French college", "British Columbia") and are not read as places.
NATIONALITIES = (
    r"indian|filipino|filipina|philippine|chinese|pakistani|nigerian|bangladeshi|nepali|nepalese|sri lankan|"
    r"iranian|vietnamese|korean|south korean|japanese|mexican|brazilian|colombian|venezuelan|peruvian|chilean|"
    r"argentinian|argentine|salvadoran|guatemalan|honduran|cuban|haitian|jamaican|american|us|british|uk|irish|"
    r"french|belgian|swiss|german|italian|spanish|portuguese|ukrainian|russian|polish|romanian|turkish|"
    r"moroccan|algerian|tunisian|egyptian|lebanese|syrian|jordanian|iraqi|afghan|emirati|saudi|israeli|"
    r"cameroonian|senegalese|ivorian|congolese|ghanaian|kenyan|ethiopian|eritrean|somali|rwandan|burundian|"
    r"malian|beninese|togolese|guinean|gabonese|malagasy|mauritian|south african|zimbabwean|ugandan|"
    r"tanzanian|sudanese|australian|new zealander|indonesian|malaysian|thai|taiwanese|"
    r"indien|indienne|philippin|philippine|chinois|chinoise|pakistanais|pakistanaise|nigerian|nigeriane|"
    r"bangladais|bangladaise|iranien|iranienne|vietnamien|vietnamienne|coreen|coreenne|japonais|japonaise|"
    r"mexicain|mexicaine|bresilien|bresilienne|colombien|colombienne|venezuelien|venezuelienne|peruvien|"
    r"peruvienne|chilien|chilienne|argentin|argentine|cubain|cubaine|haitien|haitienne|americain|americaine|"
    r"britannique|irlandais|irlandaise|francais|francaise|belge|suisse|allemand|allemande|italien|italienne|"
    r"espagnol|espagnole|portugais|portugaise|ukrainien|ukrainienne|russe|polonais|polonaise|roumain|"
    r"roumaine|turc|turque|marocain|marocaine|algerien|algerienne|tunisien|tunisienne|egyptien|egyptienne|"
    r"libanais|libanaise|syrien|syrienne|afghan|afghane|camerounais|camerounaise|senegalais|senegalaise|"
    r"ivoirien|ivoirienne|congolais|congolaise|ghaneen|ghaneenne|kenyan|kenyane|ethiopien|ethiopienne|"
    r"rwandais|rwandaise|burundais|burundaise|malien|malienne|beninois|beninoise|togolais|togolaise|"
    r"guineen|guineenne|gabonais|gabonaise|malgache|mauricien|mauricienne|australien|australienne")
_NOT_A_PLACE_OF_ITS_OWN = frozenset({"french", "francais", "francaise", "british", "britannique", "american",
                                     "americain", "americaine", "us", "uk"})
_DEMONYMS = frozenset(NATIONALITIES.split("|")) - _NOT_A_PLACE_OF_ITS_OWN
SCHOOL_WORDS = frozenset({"university", "universite", "univ", "uni", "college", "school", "ecole", "institute",
                          "institut", "polytechnic", "polytechnique", "academy", "faculty", "faculte", "fac",
                          "lycee", "degree", "diploma", "diplome", "campus"})

CANADA = "canada"
ABROAD = "abroad"
EITHER = "either"


def _folded(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(name), flags=_A).split())


@functools.cache
def _countries() -> frozenset[str]:
    """Every country's names but Canada's, folded: ISO 3166's in English and in French (name, common and official
    name; "Korea, Republic of" also as "korea"), and the other names people type."""
    import gettext

    import pycountry  # loaded on first use only

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names: set[str] = set(_OTHER_NAMES)
    for country in pycountry.countries:
        if country.alpha_2 == "CA":
            continue
        for attribute in ("name", "common_name", "official_name"):
            english = getattr(country, attribute, None)
            for name in (english, french.gettext(english)) if english else ():
                names.add(_folded(name))
                names.update(_folded(part) for part in re.split(r"[,()]", name)[:2])
    names.update(name.replace(" d ", " d") for name in list(names) if " d " in name)  # "cote divoire"
    return frozenset(name for name in names if name and name not in _NOT_ALONE and name != "canada")


@functools.cache
def _canadian() -> frozenset[str]:
    names = (*QUEBEC_PLACES, *ELSEWHERE_IN_CANADA, *_CANADA_WORDS, *CANADIAN_SCHOOLS)
    return frozenset(names) - SHARED_WITH_ABROAD


@dataclass(frozen=True)
class Part:
    """A place named (`kind` CANADA, ABROAD or EITHER, `text` its name) or another word (`kind` "")."""

    kind: str
    text: str


_LONGEST = 6


def places_named(text: str) -> tuple[Part, ...]:
    """The words of `text` with the places it names, longest names first ("new brunswick", "nova scotia")."""
    words = _folded(text).split()
    canadian, countries, either = _canadian(), _countries(), frozenset(_EITHER)
    parts: list[Part] = []
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            name = " ".join(words[i:i + size])
            kind = CANADA if name in canadian else ABROAD if name in countries or (
                size == 1 and name in _DEMONYMS and _beside_a_school(words, i)) else EITHER if name in either \
                else ""
            if kind:
                parts.append(Part(kind, name))
                i += size
                break
        else:
            parts.append(Part("", words[i]))
            i += 1
    return tuple(parts)


def _beside_a_school(words: list[str], i: int) -> bool:
    """"indian university", "université marocaine", "diplôme marocain": a nationality next to a school's word."""
    return any(0 <= j < len(words) and words[j] in SCHOOL_WORDS for j in (i - 1, i + 1))


# Words that put what follows in a place: "developer in Pune, India", "cuisinier au Maroc" (not "at": "cook at
# India Gate" names a restaurant)
_WHERE_WORDS = frozenset({"in", "en", "au", "aux", "a", "dans"})


def abroad_in_title(text: str) -> str | None:
    """The country outside Canada a job title says the job was in ("software developer in Pune, India", "comptable
    au Maroc"), as typed (folded); None when no country is said as the place, or a place in Canada is named too.
    A country counts after "in", "en", "au", "aux", "dans" or "à", or last after a comma ("nurse, Philippines"): a
    name inside a title ("turkey farm worker", "china painter") is no place."""
    parts = places_named(text)
    if any(part.kind == CANADA for part in parts):
        return None
    comma_last = "," in text or " - " in text
    for i, part in enumerate(parts):
        if part.kind != ABROAD:
            continue
        before = parts[i - 1].text if i else ""
        if before in _WHERE_WORDS or (i == len(parts) - 1 and i > 0 and comma_last):
            return part.text
    return None
