"""A guard for engine optimisations: dump every assess() result of a fixed corpus, or compare with a dump.

    .venv/bin/python benchmarks/assess_outputs.py --write /tmp/assess-before.jsonl
    ... change the engine ...
    .venv/bin/python benchmarks/assess_outputs.py --compare /tmp/assess-before.jsonl

The corpus is the seeded generated profiles (benchmarks/profiles.py), as many again reworked to reach the
hours projection (a strong recent test and an ongoing job), and every shared/personas/s*.json, each
assessed in English and in French; one line per result, json.dumps(sort_keys=True), so an optimisation
that changes no output leaves the dump byte-identical. The last line is a digest of the same results
dumped in their own key order, so that a change of key order is caught too.
With --with-improvements each result also carries the plan, the paths and the partner comparison, as
`cec-screener assess` gives them, the plan's new tests dated --today (fixed, so that the dump is repeatable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from profiles import generate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eligibility import Profile, assess  # noqa: E402

PERSONAS = ROOT.parent / "shared" / "personas"


def _towards_projection(raw: str, rng: random.Random) -> str:
    """The same profile with a strong valid test and its first job ongoing: often not yet eligible."""
    data = json.loads(raw)
    data["intends_to_live_in_quebec"] = False
    data["language_tests"] = [{"test": "celpip_general", "date": f"2026-{rng.randint(1, 11):02d}-01",
                               "listening": 10, "reading": 9, "writing": 9, "speaking": 10}]
    first = data["jobs"][0]
    first["end"] = None
    first["start"] = f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if first["start"] > data["as_of"]:
        first["start"] = "2025-06-01"
    return json.dumps(data)


def corpus(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """(name, raw JSON) of every profile of the corpus."""
    raws = generate(count, seed)
    for number, raw in enumerate(raws):
        yield f"generated-{number}", raw
    rng = random.Random(seed)
    for number, raw in enumerate(raws):
        yield f"projection-{number}", _towards_projection(raw, rng)
    for path in sorted(PERSONAS.glob("s*.json")):
        yield path.name, path.read_text(encoding="utf-8")


def dump(count: int, seed: int, today: dt.date | None = None) -> list[str]:
    """Every result of the corpus; with `today`, the plan, paths and partner comparison too."""
    lines = []
    in_order = hashlib.sha256()
    for name, raw in corpus(count, seed):
        profile = Profile.model_validate_json(raw)
        for lang in ("en", "fr"):
            result = (assess(profile, lang) if today is None
                      else assess(profile, lang, with_improvements=True, today=today))
            lines.append(f"{name} {lang} {json.dumps(result, sort_keys=True, ensure_ascii=False)}")
            in_order.update(json.dumps(result, ensure_ascii=False).encode())
    lines.append(f"key order digest {in_order.hexdigest()}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the dump to this file")
    action.add_argument("--compare", type=Path, help="compare with this earlier dump")
    parser.add_argument("--profiles", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--with-improvements", action="store_true",
                        help="also the plan, paths and partner comparison (as `cec-screener assess` gives)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 1),
                        help="the day the plan's new tests are dated (with --with-improvements)")
    args = parser.parse_args(argv)

    today = args.today if args.with_improvements else None
    text = "\n".join(dump(args.profiles, args.seed, today)) + "\n"
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        print(f"{text.count(chr(10)):,} results written to {args.write}")
        return 0
    before = args.compare.read_text(encoding="utf-8")
    if before == text:
        print(f"identical: {text.count(chr(10)):,} results, {len(text.encode()):,} bytes")
        return 0
    old, new = before.splitlines(), text.splitlines()
    differing = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
    print(f"DIFFERENT: {len(differing)} results differ, {len(old)} lines before and {len(new)} now")
    for i in differing[:3]:
        print(f"- {old[i][:600]}\n+ {new[i][:600]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
