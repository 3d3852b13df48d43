"""The occupation finder: job titles as people type them -> NOC 2021 unit groups, measured on an evaluation set."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import importlib.util
import json
import pathlib
import pickle
import sys
import threading
import time
from collections import Counter

import pytest

from eligibility import occupations
from eligibility.occupations import Occupation, search, unit_group

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOC_DATA = ROOT / "eligibility" / "data" / "noc2021"
REFERENCE = pathlib.Path("/work/shared/reference")


def _load_evaluation():
    path = ROOT / "tests" / "fixtures" / "noc_evaluation.py"
    spec = importlib.util.spec_from_file_location("noc_evaluation", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


evaluation = _load_evaluation()


def codes(query: str, lang: str = "en", limit: int = 5) -> list[str]:
    return [occupation.code for occupation in search(query, lang, limit)]


def top(query: str, lang: str = "en") -> str | None:
    found = codes(query, lang, 1)
    return found[0] if found else None


# --- the data ---------------------------------------------------------------------------------------------


def test_data_has_every_unit_group_and_title():
    groups = evaluation.groups()
    titles = evaluation.example_titles()
    assert len(groups) == 516
    assert len(titles) == 57_708
    assert Counter(lang for _, lang, _ in titles) == {"en": 27_941, "fr": 29_767}
    assert {code for code, _, _ in titles} <= {row["code"] for row in groups}


def test_metadata_names_the_version_the_source_and_the_files():
    meta = json.loads((NOC_DATA / "metadata.json").read_text(encoding="utf-8"))
    assert meta["noc_version"] == occupations.NOC_VERSION == "2021 V1.0"
    assert meta["source"] == occupations.SOURCE_URL and meta["source"].startswith("https://")
    assert meta["attribution"] == occupations.ATTRIBUTION
    for name, digest in meta["sha256"].items():  # a data edit must come with a refreshed metadata file
        assert hashlib.sha256((NOC_DATA / name).read_bytes()).hexdigest() == digest, name
    assert set(meta["sha256"]) == {p.name for p in NOC_DATA.iterdir() if p.name != "metadata.json"}


def test_noc_files_stay_out_of_the_rules_fingerprint():
    """On purpose: the NOC files carry their own noc_version; a NOC edit needs no rules_version bump."""
    from eligibility.tables import DATA_FILES

    assert not any("noc" in name for name in DATA_FILES)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="the shared reference copy is not on this machine")
def test_shipped_data_is_the_reference_data():
    import gzip

    assert (NOC_DATA / "noc2021.csv").read_bytes() == (REFERENCE / "noc2021.csv").read_bytes()
    shipped = gzip.decompress((NOC_DATA / "noc2021-example-titles.csv.gz").read_bytes())
    assert shipped == (REFERENCE / "noc2021-example-titles.csv").read_bytes()


def test_attribution_in_both_languages():
    assert occupations.attribution("en") == (
        "Source: Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0. "
        "Reproduced and distributed on an 'as is' basis with the permission of Statistics Canada.")
    fr = occupations.attribution("fr")
    assert fr.startswith("Source\u00a0: Statistique Canada, Classification nationale des professions (CNP) 2021")
    assert "Reproduit et diffusé «\u00a0tel quel\u00a0» avec la permission de Statistique Canada." in fr
    assert occupations.attribution("de") == occupations.attribution("en")


# --- unit groups ------------------------------------------------------------------------------------------


def test_unit_group_by_code_in_both_languages():
    assert unit_group("21232") == Occupation("21232", "Software developers and programmers", 1)
    fr = unit_group("21232", "fr")
    assert fr == Occupation("21232", "Développeurs/développeuses et programmeurs/programmeuses de logiciels", 1)
    assert unit_group("00010") == Occupation("00010", "Legislators", 0)
    assert unit_group("NOC 21 232") == unit_group("21232")
    assert unit_group("99999") is None
    assert unit_group("cook") is None
    assert unit_group("2123") is None


def test_teer_is_the_second_digit_for_every_unit_group():
    for row in evaluation.groups():
        group = unit_group(row["code"])
        assert group is not None and group.teer == int(row["code"][1]) == int(row["teer"])


def test_occupation_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        unit_group("63200").code = "x"  # type: ignore[misc, union-attr]


# --- search: what people type -----------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["21232", "NOC 21232", "noc21232", "CNP 21232", "21 232", " 21232 ",
                                   "NOC 2021 21232", "NOC: 21232"])
def test_a_code_finds_its_unit_group(query):
    assert codes(query) == ["21232"]


def test_a_code_prefix_lists_the_codes_under_it():
    assert codes("2123") == ["21230", "21231", "21232", "21233", "21234"]
    assert codes("99999") == []


@pytest.mark.parametrize("query", ["Software developer", "SOFTWARE DEVELOPER", "software developer",
                                   "software developers", "Software developers and programmers",
                                   "software developer and programmer", "developer software",
                                   "sofware developer", "software developer", "software-developer"])
def test_case_plural_order_and_typos(query):
    assert top(query) == "21232"


@pytest.mark.parametrize("query", ["infirmière autorisée", "infirmiere autorisee", "INFIRMIÈRE AUTORISÉE",
                                   "infirmier autorisé", "autorisée infirmière", "infirmiere autorisé"])
def test_either_gender_form_with_or_without_accents(query):
    assert top(query, "fr") == "31301"


def test_the_e_in_brackets_style():
    # "Technologiste immatriculé(e) de laboratoire médical" is the data's one title written this way
    assert top("technologiste immatriculée de laboratoire médical", "fr") == "32120"
    assert top("technologiste immatriculé de laboratoire médical", "fr") == "32120"
    assert top("infirmier(ère) autorisé(e)", "fr") == "31301"


def test_a_title_with_or_without_its_qualifier():
    assert top("Registered nurse - telehealth") == "31301"
    assert top("registered nurse") == "31301"
    assert top("Personal support worker - home support") == "44101"
    assert top("Personal support worker - nursing care") == "33102"
    assert set(codes("personal support worker")[:2]) == {"33102", "44101"}


def test_exact_example_title_beats_a_closer_looking_unit_group_title():
    # "Cook" is listed under 63200 Cooks; "Barista" under 65201 (food counter attendants), as StatCan files it
    assert top("cook") == "63200"
    assert top("barista") == "65201"
    assert top("barista", "fr") == "65201"


def test_both_languages_are_searched_and_the_requested_one_is_shown():
    english_query_in_french = search("software developer", "fr", 1)[0]
    assert english_query_in_french.code == "21232"
    assert english_query_in_french.title.startswith("Développeurs/développeuses")
    french_query_in_english = search("camionneuse", "en", 1)[0]
    assert french_query_in_english == Occupation("73300", "Transport truck drivers", 3)


def test_results_are_distinct_best_first_and_limited():
    for query in ["driver", "manager", "opérateur", "technician", "nurse", "cook"]:
        assert len(codes(query, limit=5)) == 5, query
        found = codes(query, limit=10)  # fewer when the close titles are nearly all under a few codes
        assert 5 <= len(found) == len(set(found)) <= 10, query
    assert codes("nurse", limit=3) == codes("nurse", limit=10)[:3]
    assert codes("nurse", limit=0) == []


@pytest.mark.parametrize("query", ["", "   ", "!!!", "-", "xyzzyq", "a" * 10_000])
def test_nothing_to_find_gives_an_empty_list(query):
    assert search(query) == []


def test_a_long_query_is_cut_not_slow():
    started = time.perf_counter()
    search("software developer " * 2_000)
    assert time.perf_counter() - started < 0.5


def test_a_query_reads_no_file(monkeypatch):
    search("warm up")

    def no_io(*_args, **_kwargs):
        raise AssertionError("a query must not read the data again")

    monkeypatch.setattr(occupations, "_read", no_io)
    monkeypatch.setattr("builtins.open", no_io)
    assert top("welder") == "72106"


def test_in_process_latency():
    """Generous bound against regressions; benchmarks/noc_search.py measures p50/p99 (under 5 ms). Thread CPU
    time, not the wall clock: on this shared machine a busy hour stretched the wall clock's p99 past the bound."""
    cases = evaluation.evaluation_set()
    search("warm up")
    timings = []
    for case in cases:
        started = time.thread_time()
        search(case.query, case.lang, 5)
        timings.append(time.thread_time() - started)
    timings.sort()
    p99 = timings[int(len(timings) * 0.99)] * 1000
    assert p99 < 25, f"p99 {p99:.2f} ms"


# --- quality over the evaluation set ----------------------------------------------------------------------


def test_everyday_titles_fixture_is_sound():
    known = {row["code"] for row in evaluation.groups()}
    cases = evaluation.everyday_cases()
    assert len(cases) >= 40
    assert {case.lang for case in cases} == {"en", "fr"}
    for case in cases:
        assert case.expected <= known, case
    with evaluation.EVERYDAY.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == ["query", "lang", "expected_code"]


def test_evaluation_set_is_deterministic_and_covers_every_rule():
    cases = evaluation.rule_cases()
    assert cases == evaluation.rule_cases()
    per_rule = Counter(case.rule for case in cases)
    assert set(per_rule) == {"group", "gender", "typo", "qualifier", "example", "order"}
    assert min(per_rule.values()) >= 100
    assert len(cases) >= 500
    assert all(case.expected for case in cases)
    typo = next(case for case in cases if case.rule == "typo")
    assert not any(typo.query.lower() == title.lower() for _, _, title in evaluation.example_titles())


def test_accuracy_over_the_evaluation_set():
    cases = evaluation.evaluation_set()
    top1, top5, misses = evaluation.accuracy(cases, search)
    per_rule = {rule: evaluation.accuracy([c for c in cases if c.rule == rule], search)[:2]
                for rule in sorted({case.rule for case in cases})}
    report = (f"top-1 {top1:.1%}, top-5 {top5:.1%} over {len(cases)} queries; per rule "
              + ", ".join(f"{rule} {a:.0%}/{b:.0%}" for rule, (a, b) in per_rule.items())
              + "; first misses: " + "; ".join(f"{c.query!r} ({c.lang}) want {sorted(c.expected)} got {found}"
                                               for c, found in misses[:10]))
    assert top1 >= 0.90, report
    assert top5 >= 0.98, report


def test_every_everyday_title_is_found_in_the_top_five():
    missed = [(case.query, sorted(case.expected), codes(case.query, case.lang))
              for case in evaluation.everyday_cases()
              if not set(codes(case.query, case.lang)) & case.expected]
    assert missed == []


def test_an_index_snapshot_installed_elsewhere_answers_the_same() -> None:
    before = [occupations.search(q, lang) for q, lang in (("sofware developer", "en"), ("camionneuse", "fr"))]
    occupations.install(occupations.snapshot())
    after = [occupations.search(q, lang) for q, lang in (("sofware developer", "en"), ("camionneuse", "fr"))]
    assert after == before and before[0][0].code == "21232"
    with pytest.raises(TypeError):
        occupations.install(pickle.dumps({"not": "an index"}))


def test_a_search_waits_for_an_index_on_its_way_instead_of_building_one(monkeypatch: pytest.MonkeyPatch) -> None:
    data = occupations.snapshot()

    def no_build() -> None:
        raise AssertionError("built a second index while one was on its way")

    occupations._forget()
    monkeypatch.setattr(occupations, "_build", no_build)
    occupations.expect_install()
    arriving = threading.Timer(0.2, occupations.install, args=(data,))
    arriving.start()
    try:
        assert search("cook")[0].code == "63200"
    finally:
        arriving.join()
        occupations.stop_waiting()


def test_a_title_listed_under_several_unit_groups_is_told_apart_from_one_listed_once():
    from eligibility.occupations import listed_under_several

    assert listed_under_several("Customer service representative")  # airline, bank, call centre... qualifiers
    assert listed_under_several("customer servce representative")  # spelling corrected as the search does
    assert not listed_under_several("software developer")
    assert not listed_under_several("21232") and not listed_under_several("") and not listed_under_several("zzzq")
