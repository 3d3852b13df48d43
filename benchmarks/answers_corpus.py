"""How many everyday answers the conversation understands: the corpus of tests/fixtures/answers_corpus.tsv.

    .venv/bin/python benchmarks/answers_corpus.py [--misses]

Each line is an answer as people type it on a phone (English or French) to one question, with the reading expected:
a value stored, "ask" (both readings offered as buttons), "back" (as /back), "months" (a year typed for a date
opens its months), "refuse", or "offer:CODE" (a job title: that NOC code among the occupations offered to tap). A
month's days offered to tap ("end of aug 2025" for a job's end: "days") count as read when the value expected, that
month or one of its days, is among them. A spouse's question is reached as a married person's
("spouse_scores@<test>": the partner's four scores typed at once, "spouse_test_date@<test>": the date of that
test), the end of full-time studies (job_student_end) as a student's until then. Each answer goes through
flows.conversation.handle_text on a screening waiting at that question (in-process: the same function the Telegram
adapter and the terminal call). Printed: how many are understood as expected, by language and by question, the
misread / asked needlessly / refused needlessly counts, and every answer read otherwise (a misreading: something
stored that was not meant) or refused when a reading was expected.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flows import conversation as talk  # noqa: E402
from flows.machine import VERDICT, Screening  # noqa: E402
from flows.questions import ABILITIES, BY_ID  # noqa: E402
from flows.undo import public  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "answers_corpus.tsv"
HELD_OUT = ROOT / "tests" / "fixtures" / "answers_corpus_heldout.tsv"
TODAY = dt.date(2026, 11, 27)
# The answers given before the question tried: each question's, until the screening waits at the one tried.
_BEFORE = {"quebec": "no", "canadian_work": "yes", "job_occupation": "21232", "job_start": "2023-01-15",
           "job_ongoing": "no", "job_end": "2025-08-31", "job_hours": "40", "job_paid": "yes",
           "job_employee": "yes", "job_student": "no", "job_authorized": "yes", "job_more": "no",
           "test_date": "2025-06-01", "test_more": "no", "birth": "1997-03-10", "marital": "single",
           "education_level": "bachelor", "education_where": "abroad_eca", "canadian_credential": "none",
           "foreign_work": "2", "certificate": "no", "nomination": "no", "sibling": "no"}
# A spouse's questions are reached as a married person's, with a partner who counts (questions.spouse_counts).
_MARRIED = {"marital": "married", "spouse_citizen": "no", "spouse_accompanying": "yes",
            "spouse_education": "bachelor", "spouse_test_kind": "none", "spouse_work": "0"}
_TEST_LABELS = {"ielts_general": "IELTS GT", "celpip_general": "CELPIP", "pte_core": "PTE Core",
                "tef_canada": "TEF", "tcf_canada": "TCF"}
_FOUR = {"ielts_general": "8 7 7 7", "celpip_general": "9 9 9 9", "pte_core": "80 80 80 80",
         "tef_canada": "503 503 512 518", "tcf_canada": "523 524 14 14"}


@dataclasses.dataclass(frozen=True)
class Entry:
    lang: str
    question: str
    test: str | None
    typed: str
    expected: str  # a JSON value, or ask / back / months / refuse


def load(path: pathlib.Path = CORPUS) -> list[Entry]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, where, typed, expected = line.split("\t")
        question, _, test = where.partition("@")
        entries.append(Entry(lang, question, test or None, typed, expected))
    return entries


def _waiting_at(question_id: str, test: str | None) -> Screening:
    """A screening played answer by answer (_BEFORE) until it waits at `question_id`."""
    target = {"scores": "test_listening", "spouse_scores": "spouse_listening"}.get(question_id, question_id)
    spouse = question_id.startswith("spouse_")
    kind = "ielts_general" if spouse else test or "ielts_general"
    before = {**_BEFORE, **_MARRIED} if spouse else _BEFORE
    if spouse and test:  # the partner's test named (spouse_test_date@tcf_canada, spouse_scores@tef_canada)
        before = {**before, "spouse_test_kind": _TEST_LABELS[test], "spouse_test_date": "2025-06-01",
                  "spouse_listening": _FOUR[test]}
    if question_id == "job_student_end":  # the end of studies is asked after "until my studies ended"
        before = {**before, "job_student": "yes, then I graduated"}
    screening = talk.new_screening()
    for _ in range(60):
        state = screening.state
        if state == target:
            return screening
        if state == VERDICT:
            talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
            continue
        typed = _TEST_LABELS[kind] if state == "test_kind" else _FOUR[kind] if state == "test_listening" \
            else before[state]
        if talk.handle_text(screening, typed, "en", TODAY).error:
            raise AssertionError(f"{typed!r} refused at {state}")
    raise AssertionError(f"never reached {target}")


def outcome(entry: Entry) -> str:
    """What the conversation made of the answer, in the corpus's words (a JSON value, ask, back, ...)."""
    screening = _waiting_at(entry.question, entry.test)
    state = screening.state
    question = BY_ID[state]
    before = json.dumps(public(screening.answers), sort_keys=True)  # answers, not bookkeeping ("_" keys)
    reply = talk.handle_text(screening, entry.typed, entry.lang, TODAY)
    if not reply.error and screening.state != state and "✏️" in reply.messages[0].text:
        return "back"
    moved_on = screening.state != state and json.dumps(public(screening.answers), sort_keys=True) != before \
        and not any(b.data.endswith("|fix") for row in reply.messages[-1].buttons or [] for b in row)
    if reply.error and reply.messages[-1].text.startswith("❓") and not moved_on:
        return "ask"  # (moved on: "nope, quit in june" stores the no; which June is the end's own question)
    if reply.error and not moved_on:
        return "refuse"
    if json.dumps(public(screening.answers), sort_keys=True) == before:
        texts = "\n".join(m.text for m in reply.messages)
        buttons = [b.data for m in reply.messages for row in m.buttons or [] for b in row]
        if any(data.startswith(f"pick|{state}:0|") and len(data.rsplit("|", 1)[1]) == 7 for data in buttons):
            return "months"
        days = {data.rsplit("|", 1)[1][:7] for data in buttons
                if data.startswith(f"a|{state}:0|") and len(data.rsplit("|", 1)[1]) == 10}
        if len(days) == 1:  # "end of aug 2025" for an end: that month's days to tap, the month alone among them
            return "days:" + days.pop()
        codes = [data.rsplit("|", 1)[1][1:] for data in buttons if data.startswith(f"a|{state}:0|n")]
        if codes:  # a job title: the occupations offered to tap
            return "offer:" + ",".join(codes)
        return "unchanged:" + texts[:80]
    item = screening.answers if question.scope in ("profile", "spouse_test") else screening.answers["jobs"][0] \
        if question.scope == "job" else screening.answers["tests"][0]
    if entry.question in ("scores", "spouse_scores"):
        prefix = "spouse" if entry.question == "spouse_scores" else "test"
        return json.dumps("/".join(str(item.get(f"{prefix}_{a}")) for a in ABILITIES))
    return json.dumps(item.get(state))


def _same(entry: Entry, got: str) -> bool:
    if got == entry.expected:
        return True
    if entry.expected.startswith("offer:"):
        return got.startswith("offer:") and entry.expected[6:] in got[6:].split(",")
    if got.startswith("days:"):  # a month's days offered: the day meant, or the month alone, is one tap
        return entry.expected.strip('"')[:7] == got[5:] and len(entry.expected.strip('"')) in (7, 10)
    try:
        return json.loads(got) == json.loads(entry.expected)
    except ValueError:
        return False


def run(entries: list[Entry]) -> list[tuple[Entry, str, bool]]:
    return [(entry, got, _same(entry, got)) for entry in entries for got in [outcome(entry)]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every answer not read as expected")
    parser.add_argument("--corpus", type=pathlib.Path, default=CORPUS, help="another corpus (e.g. the held-out)")
    args = parser.parse_args(argv)
    results = run(load(args.corpus))
    understood = sum(ok for _, _, ok in results)
    print(f"Everyday answers understood as expected: {understood} of {len(results)} "
          f"({100 * understood / len(results):.1f}%)")
    by_lang: dict[str, list[bool]] = collections.defaultdict(list)
    for entry, _, ok in results:
        by_lang[entry.lang].append(ok)
    for lang, oks in sorted(by_lang.items()):
        print(f"  {lang}: {sum(oks)} of {len(oks)}")
    kinds = collections.Counter(e.expected if e.expected in ("ask", "back", "months", "refuse")
                                else "days" if got.startswith("days:") else "stored"
                                for e, got, ok in results if ok)
    print("  read as: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))
    misread = [(e, got) for e, got, ok in results if not ok and got not in ("refuse", "ask")
               and not got.startswith(("unchanged", "offer:"))]
    # needlessly: where a reading was meant (asked instead of refused, or the other way round, is neither)
    meant = [(e, got) for e, got, ok in results if not ok and e.expected not in ("ask", "refuse")]
    asked = sum(got == "ask" for _, got in meant)
    refused = sum(got == "refuse" or got.startswith("unchanged") for _, got in meant)
    offered = sum(not ok and got.startswith("offer:") for _, got, ok in results)
    print(f"Read right {understood}, misread {len(misread)}, asked needlessly {asked}, "
          f"refused needlessly {refused}, other occupations offered {offered}")
    print(f"Misread (something stored or done that was not meant): {len(misread)}")
    misses = [(e, got) for e, got, ok in results if not ok]
    if args.misses or misread:
        for entry, got in misses:
            print(f"  {entry.lang} {entry.question}: {entry.typed!r} -> {got} (expected {entry.expected})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
