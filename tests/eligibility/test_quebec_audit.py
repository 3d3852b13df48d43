"""Audit of what a person who will live in Quebec meets in `assess` (the engine and the command line), worked out
from RULES.md (shared/reference/RULES.md), not from what the code does:

- §1 row 4: the Canadian Experience Class is only for people who plan to live outside Quebec.
- §8: say so kindly; point to Quebec's own selection: the PEQ takes no new applications since 2025-11-19; the
  PSTQ (a profile, the declaration of interest, in Arrima; invitations by points; then a Quebec Selection
  Certificate, CSQ; then a federal application for permanent residence); the official home
  https://www.quebec.ca/immigration (the same page in French). No PSTQ score. Work done in Quebec counts for
  the CEC when the person plans to live elsewhere; the intent must be real: never "just say you will move".
- §2 and §8: TEFAQ and TCF Québec are not accepted for Express Entry.
- §5: never promise an invitation.
- The contract (profile-contract.md): `intends_to_live_in_quebec` is a bool, false by default.

Application day 2026-11-27. The person: born 1994-07-01 (32), single, a bachelor's abroad with an ECA, a TEER 1
job (21231) since 2024-01-01 at 40 h a week (more than 1,560 h in the 3-year window), a TCF Canada of 2026-04-04
at NCLC 8 in each ability (shared/personas/s06_staying_in_quebec.json, whose expected verdict is not_eligible
with only "quebec" failing).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.reminders import schedule

from .test_cli import ROOT

AS_OF = "2026-11-27"
QUEBEC_URL = "https://www.quebec.ca/immigration"
BASE: dict[str, Any] = {
    "as_of": AS_OF, "birth_date": "1994-07-01", "marital_status": "single",
    "jobs": [{"noc": "21231", "start": "2024-01-01", "end": None, "hours_per_week": 40}],
    "language_tests": [{"test": "tcf_canada", "date": "2026-04-04", "listening": 520, "reading": 510,
                        "writing": 12, "speaking": 12}],
    "education": {"level": "bachelor", "in_canada": False, "eca": True, "canadian_credential": "none"},
}
# Not otherwise eligible either: 8 months of work so far (an ongoing job), no language test.
SHORT: dict[str, Any] = {**BASE, "jobs": [{"noc": "21231", "start": "2026-03-27", "end": None,
                                           "hours_per_week": 40}], "language_tests": []}
# Words that would tell someone to declare an intent they do not have (§8), or promise an invitation (§5).
NEVER = re.compile(r"just say|simply say|just tell|say you will|say that you will|tell IRCC|declare that you|"
                   r"pretend|you could move|if you move|moving to another province would|juste dire|"
                   r"il suffit de|dites que vous|déclarez que vous|si vous déménagez|"
                   r"to an invitation|vers une invitation|you would be invited|would have been invited|"
                   r"seriez invité|auriez été invité", re.I)


def profile(data: dict[str, Any], **changes: Any) -> Profile:
    return Profile.model_validate({**data, **changes}, strict=False)


def run(data: dict[str, Any], lang: str = "en", **changes: Any) -> dict[str, Any]:
    return assess(profile(data, **changes), lang, with_improvements=True)


def cli(data: dict[str, Any] | str, *args: str) -> subprocess.CompletedProcess[str]:
    stdin = data if isinstance(data, str) else json.dumps(data)
    return subprocess.run([sys.executable, "-m", "bot", "assess", *args, "-"], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def text_of(data: dict[str, Any], lang: str = "en") -> str:
    proc = cli(data, "--format", "text", "--lang", lang)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def criterion(result: dict[str, Any], ident: str) -> dict[str, Any]:
    return next(c for c in result["criteria"] if c["id"] == ident)


def sentences(node: Any) -> str:
    """Every string of a result, one per line (the `change` profiles of the plan are data and are skipped)."""
    if isinstance(node, dict):
        return "\n".join(sentences(v) for k, v in node.items() if k != "change")
    if isinstance(node, list):
        return "\n".join(sentences(v) for v in node)
    return node if isinstance(node, str) else ""


def quebec_step(result: dict[str, Any]) -> dict[str, Any]:
    (step,) = [s for s in result["next_steps"] if s.get("url") == QUEBEC_URL]
    return step


# -- intent "yes": the verdict ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_quebec_yes_is_not_eligible_because_of_the_intent_alone(lang: str) -> None:
    result = run(BASE, lang, intends_to_live_in_quebec=True)
    assert result["verdict"] == "not_eligible" and result["eligible_on"] is None
    assert [c["id"] for c in result["criteria"] if not c["met"]] == ["quebec"]
    assert criterion(result, "work_experience")["met"] and criterion(result, "language")["met"]


def test_quebec_yes_keeps_the_crs_of_the_contract() -> None:
    """The contract's `crs` is always there with its four parts (the persona s06 expects 422)."""
    crs = run(BASE, intends_to_live_in_quebec=True)["crs"]
    assert crs["total"] == 422 == crs["core"] + crs["spouse"] + crs["transferability"] + crs["additional"]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "the Canadian Experience Class is only for people who plan to live outside Quebec"),
    ("fr", "la catégorie de l'expérience canadienne est réservée aux personnes qui prévoient de vivre hors du "
           "Québec"),
])
def test_the_quebec_criterion_says_why(lang: str, words: str) -> None:
    explanation = criterion(run(BASE, lang, intends_to_live_in_quebec=True), "quebec")["explanation"]
    assert words in explanation


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("Skilled Worker Selection Program (PSTQ)", "Arrima", "Quebec Selection Certificate (CSQ)",
            "permanent residence", "(PEQ) takes no new applications since November 19, 2025")),
    ("fr", ("Programme de sélection des travailleurs qualifiés (PSTQ)", "Arrima",
            "Certificat de sélection du Québec (CSQ)", "résidence permanente",
            "(PEQ) n'accepte plus de nouvelles demandes depuis le 19 novembre 2025")),
])
def test_the_next_step_is_quebecs_route_with_its_official_page(lang: str, words: tuple[str, ...]) -> None:
    """§8: PEQ closed, PSTQ through Arrima, then CSQ, then federal PR; https://www.quebec.ca/immigration in both
    languages (the same site)."""
    step = quebec_step(run(BASE, lang, intends_to_live_in_quebec=True))
    for word in words:
        assert word in step["text"]
    assert result_order(step["text"], words[1], words[2], words[3])


def result_order(text: str, *words: str) -> bool:
    """The words come in this order: Arrima, then the CSQ, then permanent residence."""
    places = [text.index(word) for word in words]
    return places == sorted(places)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_express_entry_step_is_given_to_someone_who_will_live_in_quebec(lang: str) -> None:
    """Express Entry's profile, rounds, test booking, ECA for CRS points and the CRS tool are not their route."""
    steps = {s["id"] for s in run(BASE, lang, intends_to_live_in_quebec=True)["next_steps"]}
    assert not steps & {"create_profile", "wait_for_invitation", "create_profile_later", "language_test", "eca",
                        "official_crs_tool", "keep_working"}
    assert {s["id"] for s in run(SHORT, lang, intends_to_live_in_quebec=True)["next_steps"]} == steps


@pytest.mark.parametrize("data", [BASE, SHORT], ids=["otherwise eligible", "otherwise short"])
def test_no_cec_round_comparison_is_presented_as_theirs(data: dict[str, Any]) -> None:
    result = run(data, intends_to_live_in_quebec=True)
    assert result["crs_comparison"] is None
    words = sentences(result)
    assert "lowest score invited" not in words and "Your estimated CRS of" not in words
    french = sentences(run(data, "fr", intends_to_live_in_quebec=True))
    assert "score minimal" not in french and "Votre score SCG estimé (" not in french


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_crs_is_said_to_be_for_information_and_the_pstq_is_not_scored(lang: str) -> None:
    result = run(BASE, lang, intends_to_live_in_quebec=True)
    (note,) = [w["text"] for w in result["warnings"] if w["id"] == "quebec_crs"]
    assert ("PSTQ" in note and ("does not estimate" in note if lang == "en" else "n'estime pas" in note))
    assert not re.search(r"PSTQ[^.]*\b\d{2,4} (points|pts)", sentences(result))


@pytest.mark.parametrize("data", [BASE, SHORT], ids=["otherwise eligible", "otherwise short"])
def test_no_plan_to_an_invitation_and_nothing_to_change(data: dict[str, Any]) -> None:
    """No 'what would change the outcome' (the only thing would be the intent itself: never suggested), no plan,
    no paths to an invitation."""
    for lang in ("en", "fr"):
        result = run(data, lang, intends_to_live_in_quebec=True)
        assert result["what_would_change"] == []
        assert result["improvements"] == [] and result["paths"] == []


@pytest.mark.parametrize("data", [BASE, SHORT], ids=["otherwise eligible", "otherwise short"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_never_a_suggestion_to_say_they_will_move_nor_a_promise(data: dict[str, Any], lang: str) -> None:
    result = run(data, lang, intends_to_live_in_quebec=True)
    for said in (sentences(result), text_of({**data, "intends_to_live_in_quebec": True}, lang)):
        assert not NEVER.search(said), NEVER.search(said)


def test_otherwise_short_quebec_is_not_told_a_day_it_becomes_eligible() -> None:
    """An ongoing job would reach 1,560 h, but 'not yet eligible' needs every other criterion met (contract)."""
    result = run(SHORT, intends_to_live_in_quebec=True)
    assert result["verdict"] == "not_eligible" and result["eligible_on"] is None
    assert run(SHORT)["verdict"] == "not_eligible"  # no test either: the same without Quebec


@pytest.mark.parametrize(("lang", "headline"), [
    ("en", "❌ NOT ELIGIBLE FOR THE CANADIAN EXPERIENCE CLASS, WHICH IS FOR PEOPLE WHO WILL LIVE OUTSIDE "
           "QUEBEC\n"),
    ("fr", "❌ NON ADMISSIBLE À LA CATÉGORIE DE L'EXPÉRIENCE CANADIENNE, RÉSERVÉE AUX PERSONNES QUI VIVRONT "
           "HORS DU QUÉBEC\n"),
])
def test_the_text_headline_says_why_and_not_for_now(lang: str, headline: str) -> None:
    """'Not eligible ... for now' would read as a matter of time; the reason is the plan to live in Quebec."""
    out = text_of({**BASE, "intends_to_live_in_quebec": True}, lang)
    assert out.startswith(headline)
    assert QUEBEC_URL in out
    assert "WHAT WOULD CHANGE" not in out and "CE QUI CHANGERAIT" not in out


def test_the_command_line_gives_the_same_as_the_engine() -> None:
    proc = cli({**BASE, "intends_to_live_in_quebec": True})
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    engine = run(BASE, intends_to_live_in_quebec=True)
    assert (got["verdict"], got["crs"]["total"], got["next_steps"]) == \
        (engine["verdict"], engine["crs"]["total"], engine["next_steps"])


def test_jsonl_mixes_quebec_and_elsewhere_and_a_tefaq_line() -> None:
    lines = [json.dumps({**BASE, "intends_to_live_in_quebec": True}), json.dumps(BASE),
             json.dumps({**BASE, "language_tests": [{**BASE["language_tests"][0], "test": "tefaq"}]})]
    proc = cli("\n".join(lines) + "\n", "--jsonl")
    assert proc.returncode == 0, proc.stderr
    first, second, third = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["verdict"] == "not_eligible" and second["verdict"] == "eligible"
    assert "language_tests[0].test" in third["error"] and "TEFAQ" in third["error"]


# -- intent "no", and intent not given ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [("en", "You plan to live outside Quebec."),
                                            ("fr", "Vous prévoyez de vivre hors du Québec.")])
def test_quebec_no_is_eligible_and_said_plainly(lang: str, said: str) -> None:
    result = run(BASE, lang, intends_to_live_in_quebec=False)
    assert result["verdict"] == "eligible"
    quebec = criterion(result, "quebec")
    assert quebec["met"] and quebec["explanation"] == said and not quebec.get("assumed")
    assert result["crs_comparison"] is not None  # CEC rounds are theirs


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "This result assumes you plan to live outside Quebec (you have not said)"),
    ("fr", "Ce résultat suppose que vous prévoyez de vivre hors du Québec (vous ne l'avez pas précisé)"),
])
def test_intent_not_given_is_read_as_the_contract_says_and_said_to_be_assumed(lang: str, said: str) -> None:
    """Contract: false by default, so the verdict is that of 'no'; but the explanation must not claim the person
    said so, and it names the condition (§1 row 4) and Quebec's own page (§8)."""
    result = run(BASE, lang)
    assert result["verdict"] == run(BASE, lang, intends_to_live_in_quebec=False)["verdict"] == "eligible"
    quebec = criterion(result, "quebec")
    assert quebec["met"] is True and quebec["assumed"] is True
    assert quebec["explanation"].startswith(said) and QUEBEC_URL in quebec["explanation"]
    assert not NEVER.search(quebec["explanation"])


def test_intent_not_given_is_marked_in_the_text() -> None:
    out = text_of(BASE)
    assert "❔ Where you will live: This result assumes you plan to live outside Quebec" in out
    assert "✅ Where you will live" not in out


def test_personas_without_the_field_keep_their_verdicts() -> None:
    """The default stays false (contract): s01 is eligible at 470 with no Quebec field."""
    data = json.loads((ROOT / "tests" / "fixtures" / "personas" / "s01_single_bachelor_clb9.json").read_text())
    result = run(data)
    quebec = criterion(result, "quebec")["met"]
    assert (result["verdict"], result["crs"]["total"], quebec) == ("eligible", 470, True)


# -- work done in Quebec by someone who will live elsewhere (§8: it counts) ---------------------------------------
def test_work_in_quebec_counts_for_someone_who_will_live_elsewhere() -> None:
    """The contract has no province for a job: work in Quebec is work in Canada (`in_canada`, true by default).
    The same job, in Montreal, with the plan to live in Ontario: eligible, every hour counted."""
    in_montreal = {**BASE, "jobs": [{**BASE["jobs"][0], "in_canada": True}], "intends_to_live_in_quebec": False}
    result = run(in_montreal)
    assert result["verdict"] == "eligible"
    assert result["qualifying_hours"] == run(BASE, intends_to_live_in_quebec=True)["qualifying_hours"] == 4547


def test_a_province_on_a_job_is_refused_as_an_unknown_field() -> None:
    """Unknown fields are an error (contract): a 'province' is not silently read."""
    proc = cli({**BASE, "jobs": [{**BASE["jobs"][0], "province": "QC"}]})
    assert proc.returncode != 0 and "jobs[0]" in proc.stderr and "Traceback" not in proc.stderr


# -- TEFAQ and TCF Québec (§2, §8) --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["tefaq", "tcf_quebec", "TEFAQ", "tcf_québec", "TCF Québec"])
def test_tefaq_and_tcf_quebec_are_refused_and_said_not_accepted(name: str) -> None:
    data = {**BASE, "language_tests": [{**BASE["language_tests"][0], "test": name}]}
    proc = cli(data)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    message = proc.stderr.strip()
    assert message.startswith("error: language_tests[0].test: ")
    assert "TEFAQ" in message and "TCF Québec" in message and "not accepted for Express Entry" in message
    assert "tef_canada" in message and "tcf_canada" in message  # what to give instead


def test_tcf_canada_is_not_tcf_quebec() -> None:
    """A Quebec resident's TCF Canada is an approved test: NCLC 8 in each ability here (§2 table)."""
    result = run(BASE, intends_to_live_in_quebec=False)
    abilities = ("listening", "reading", "writing", "speaking")
    assert result["language_results"][0]["clb"] == dict.fromkeys(abilities, 8)


# -- reminders of someone who will live in Quebec -----------------------------------------------------------------
def test_a_quebec_person_gets_no_crs_or_cec_reminder() -> None:
    """Birthdays that cost CRS points, an ECA's CRS points, a test's expiry for the CEC: not their route (§8).
    The yearly check stays (plans can change, in either direction)."""
    today = dt.date(2026, 11, 27)
    older = {**BASE, "birth_date": "1996-12-15"}  # turns 30 on 2026-12-15: age points 110 -> 105 (§3)
    elsewhere = profile(older, intends_to_live_in_quebec=False)
    in_quebec = profile(older, intends_to_live_in_quebec=True)
    kinds = {r.kind for r in schedule(elsewhere, assess(elsewhere), today, today, eca_issued=dt.date(2022, 3, 1))}
    assert {"birthday", "eca", "test_90"} <= kinds
    kinds = {r.kind for r in schedule(in_quebec, assess(in_quebec), today, today, eca_issued=dt.date(2022, 3, 1))}
    assert kinds == {"yearly"}
