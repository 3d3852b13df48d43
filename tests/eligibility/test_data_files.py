"""The rule tables are dated, sourced data; a data edit needs a new rules version; the catalogs match."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import string
import tomllib

import pytest

from eligibility import manifest as manifest_module

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "eligibility" / "data"
TEXTS = ROOT / "eligibility" / "texts"
DATA_FILES = sorted(p.name for p in DATA.glob("*.json") if p.name != "manifest.json")


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_there_are_data_files():
    assert {"cec_rules.json", "crs_grid.json", "language_tables.json", "rounds.json"} <= set(DATA_FILES)


@pytest.mark.parametrize("name", DATA_FILES)
def test_each_data_file_has_an_https_source(name):
    source = load(name).get("source")
    assert isinstance(source, str) and source.startswith("https://"), f"{name}: source {source!r}"
    assert " " not in source


@pytest.mark.parametrize("name", DATA_FILES)
def test_each_data_file_has_an_iso_in_force_from_date(name):
    value = load(name).get("in_force_from")
    assert isinstance(value, str), f"{name}: in_force_from {value!r}"
    assert dt.date.fromisoformat(value).isoformat() == value


def test_crs_grid_in_force_from_2025_03_25():
    assert load("crs_grid.json")["in_force_from"] == "2025-03-25"


def test_manifest_fingerprint_matches_the_data():
    """Editing a data file without bumping rules_version and refreshing the fingerprint fails here."""
    manifest = load("manifest.json")
    assert manifest["rules_version"].strip()
    assert manifest["data_fingerprint"] == manifest_module.fingerprint()


def test_fingerprint_covers_every_data_file():
    from eligibility.tables import DATA_FILES as FINGERPRINTED

    assert set(FINGERPRINTED) == set(DATA_FILES)


def _flatten(tree: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def catalog(lang: str) -> dict:
    return _flatten(tomllib.loads((TEXTS / f"{lang}.toml").read_text(encoding="utf-8")))


def placeholders(value: object) -> set[str]:
    if not isinstance(value, str):
        return set()
    return {field for _, field, _, _ in string.Formatter().parse(value) if field is not None}


def test_catalogs_have_the_same_keys():
    en, fr = catalog("en"), catalog("fr")
    assert sorted(set(en) - set(fr)) == []
    assert sorted(set(fr) - set(en)) == []


def test_catalogs_have_the_same_placeholders_per_key():
    en, fr = catalog("en"), catalog("fr")
    differ = {key: (placeholders(en[key]), placeholders(fr.get(key)))
              for key in en if placeholders(en[key]) != placeholders(fr.get(key))}
    assert differ == {}


def test_catalog_values_have_the_same_types():
    en, fr = catalog("en"), catalog("fr")
    for key in en:
        assert type(en[key]) is type(fr[key]), key
        if isinstance(en[key], list):
            assert len(en[key]) == len(fr[key]), key


def test_french_catalog_is_translated():
    en, fr = catalog("en"), catalog("fr")
    same = [key for key in en if isinstance(en[key], str) and len(en[key]) > 30 and en[key] == fr[key]]
    assert same == []
