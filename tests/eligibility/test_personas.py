"""The shared personas through the engine in process, compared with expected.json (computed by hand from
RULES.md) with the tolerances of shared/bin/check-personas: hours +-8, eligible_on +-3 days, all else exact."""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest
from pydantic import ValidationError

from eligibility import Profile, assess, describe

PERSONAS = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "personas"
EXPECTED = json.loads((PERSONAS / "expected.json").read_text())
CRITERIA = ("work_experience", "language", "quebec")


@pytest.mark.parametrize("name", sorted(n for n, w in EXPECTED.items() if not w.get("error")))
def test_persona(name):
    want = EXPECTED[name]
    got = assess(Profile.model_validate_json((PERSONAS / f"{name}.json").read_text()))
    assert got["verdict"] == want["verdict"]
    assert abs(got["qualifying_hours"] - want["qualifying_hours"]) <= 8
    assert got["required_clb"] == want["required_clb"]
    if want["eligible_on"] is None:
        assert got["eligible_on"] is None
    else:
        gap = dt.date.fromisoformat(got["eligible_on"]) - dt.date.fromisoformat(want["eligible_on"])
        assert abs(gap.days) <= 3
    met = {c["id"]: c["met"] for c in got["criteria"]}
    for cid in CRITERIA:
        if cid == "language" and want["required_clb"] is None:
            continue
        assert met[cid] is (cid not in want["failing"]), cid
    for part, value in want["crs"].items():
        assert got["crs"][part] == value, part


@pytest.mark.parametrize("name", sorted(n for n, w in EXPECTED.items() if w.get("error")))
def test_bad_persona_is_rejected_with_a_message(name):
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate_json((PERSONAS / f"{name}.json").read_text())
    text = describe(caught.value)
    assert text and "\n" not in text
    assert ":" in text


def test_every_persona_file_is_in_expected_json():
    files = {p.stem for p in PERSONAS.glob("*.json")} - {"expected"}
    assert files == set(EXPECTED)


def test_the_fixture_copy_matches_the_shared_personas_when_they_are_here():
    shared = pathlib.Path(__file__).resolve().parents[3] / "shared" / "personas"
    if not shared.is_dir():
        pytest.skip("no ../shared beside this clone")
    for original in shared.glob("*.json"):
        assert (PERSONAS / original.name).read_text() == original.read_text(), original.name
