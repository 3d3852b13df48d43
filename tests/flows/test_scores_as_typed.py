"""Language test scores as people really type them on a phone, for the five tests, in English and French.

Each case is one answer typed at a score question, and what a careful human would make of it:

- four values (listening, reading, writing, speaking): all four stored from one message;
- one value: the score of the ability asked, stored for that ability only;
- "ask" (or "ask:<reading>", which must be among the buttons): the answer can be read two ways;
- "refuse" (or "refuse:<catalog key>"): not a score we can store, said kindly with the question again;
- "unsafe": either asked or refused, never stored (both are fine for the person).

Asked at the listening question, which says "or all four at once"; at the other three, what they take.
`measure()` sorts the outcomes as read right / misread (the worst: something stored that was not meant) /
asked / refused; `python tests/flows/test_scores_as_typed.py` prints the figures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import pathlib
import random
import re
import sys
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flows import conversation as talk  # noqa: E402
from flows.machine import VERDICT, Screening  # noqa: E402
from flows.parsing import Ambiguous, InvalidAnswer, parse_scores, score_spec, scores_value, tidy  # noqa: E402
from flows.questions import ABILITIES  # noqa: E402

TODAY = dt.date(2026, 11, 27)
BEFORE = {"quebec": "no", "canadian_work": "yes", "job_occupation": "21232", "job_start": "2023-01-15",
          "job_ongoing": "no", "job_end": "2025-08-31", "job_hours": "40", "job_paid": "yes",
          "job_employee": "yes", "job_student": "no", "job_authorized": "yes", "job_more": "no",
          "test_date": "2025-06-01"}
TEST_NAMES = {"ielts_general": "IELTS GT", "celpip_general": "CELPIP", "pte_core": "PTE Core",
              "tef_canada": "TEF", "tcf_canada": "TCF"}
# One score per question, typed before the question tried (listening, reading, writing)
ONE_BY_ONE = {"ielts_general": ("8", "7", "7"), "celpip_general": ("9", "9", "9"), "pte_core": ("80", "80", "80"),
              "tef_canada": ("503", "503", "512"), "tcf_canada": ("523", "524", "14")}
IELTS, CELPIP, PTE, TEF, TCF = "ielts_general", "celpip_general", "pte_core", "tef_canada", "tcf_canada"


@dataclasses.dataclass(frozen=True)
class Case:
    lang: str
    test: str
    ability: str  # the question asked: test_<ability>
    typed: str
    expected: Any  # a 4-tuple, one number, "ask[:reading]", "refuse[:key]" or "unsafe"

    @property
    def id(self) -> str:
        return f"{self.lang}-{TEST_NAMES[self.test]}-{self.ability[0]}-{self.typed}"


def four(lang: str, test: str, typed: str, expected: Any) -> Case:
    return Case(lang, test, "listening", typed, expected)


def one(lang: str, test: str, ability: str, typed: str, expected: Any) -> Case:
    return Case(lang, test, ability, typed, expected)


CASES = [
    # -- IELTS, all four at once ----------------------------------------------------------------------------
    four("en", IELTS, "6.5 6.5 6 5.5", (6.5, 6.5, 6, 5.5)),
    four("en", IELTS, "6.5,6.5,6,5.5", (6.5, 6.5, 6, 5.5)),  # the misreading of the story
    four("en", IELTS, "6.5, 6.5, 6, 5.5", (6.5, 6.5, 6, 5.5)),
    four("en", IELTS, "6.5 ,6.5 ,6 ,5.5", (6.5, 6.5, 6, 5.5)),
    four("fr", IELTS, "6,5 6,5 6 5,5", (6.5, 6.5, 6, 5.5)),
    four("fr", IELTS, "6,5; 6,5; 6; 5,5", (6.5, 6.5, 6, 5.5)),
    four("fr", IELTS, "6,5 - 6,5 - 6 - 5,5", (6.5, 6.5, 6, 5.5)),
    four("fr", IELTS, "6,5/6,5/6/5,5", (6.5, 6.5, 6, 5.5)),
    four("fr", IELTS, "6,5,6,5,6,5,5", "unsafe"),  # 6,5|6,5|6|5,5 or 6,5|6,5|6,5|5: never guessed
    four("fr", IELTS, "6.5 6.5 6 5.5", (6.5, 6.5, 6, 5.5)),
    four("en", IELTS, "L7 R6.5 W6 S7", (7, 6.5, 6, 7)),
    four("en", IELTS, "R 6 L 7 W 6 S 6.5", (7, 6, 6, 6.5)),
    four("en", IELTS, "S7 W6 R6.5 L7", (7, 6.5, 6, 7)),
    four("en", IELTS, "listening 8 reading 7.5 writing 7 speaking 7", (8, 7.5, 7, 7)),
    four("en", IELTS, "Listening: 8, Reading: 7.5, Writing: 7, Speaking: 7", (8, 7.5, 7, 7)),
    four("en", IELTS, "Listening 8\nReading 7.5\nWriting 7\nSpeaking 7", (8, 7.5, 7, 7)),
    four("en", IELTS, "L: 8\nR: 7.5\nW: 7\nS: 7\nOverall: 7.5", (8, 7.5, 7, 7)),
    four("en", IELTS, "L8/R7.5/W7/S7", (8, 7.5, 7, 7)),
    four("en", IELTS, "L 8 | R 7.5 | W 7 | S 7", (8, 7.5, 7, 7)),
    four("en", IELTS, "L8R7.5W7S7", (8, 7.5, 7, 7)),
    four("en", IELTS, "L8 R7.5 W7 S7 overall 7.5", (8, 7.5, 7, 7)),
    four("en", IELTS, "overall 7.5 (L 8, R 7.5, W 7, S 7)", (8, 7.5, 7, 7)),
    four("en", IELTS, "8 7.5 7 7 overall 7.5", (8, 7.5, 7, 7)),
    four("en", IELTS, "8 7.5 7 7 average 7.5", (8, 7.5, 7, 7)),
    four("en", IELTS, "8 7.5 7 7 (7.5 overall)", (8, 7.5, 7, 7)),
    four("en", IELTS, "L8 R7.5 W7 S7, overall band 7.5", (8, 7.5, 7, 7)),
    four("en", IELTS, "8 listening, 7.5 reading, 7 writing, 7 speaking", (8, 7.5, 7, 7)),
    four("en", IELTS, "8 L 7.5 R 7 W 7 S", (8, 7.5, 7, 7)),
    four("en", IELTS, "8 in listening, 7.5 in reading, 7 in writing, 7 in speaking", (8, 7.5, 7, 7)),
    four("en", IELTS, "6.5 for listening 7 for reading 6 for writing 7 for speaking", (6.5, 7, 6, 7)),
    four("en", IELTS, "listening is 8, reading is 7.5, writing is 7, speaking is 7", (8, 7.5, 7, 7)),
    four("en", IELTS, "7.0/7.5/6.5/7", (7, 7.5, 6.5, 7)),
    four("en", IELTS, "7.0 / 7.5 / 6.5 / 7.0", (7, 7.5, 6.5, 7)),
    four("en", IELTS, "8.0 7.0 7.0 7.0", (8, 7, 7, 7)),
    four("en", IELTS, "8 7 7 7.", (8, 7, 7, 7)),
    four("en", IELTS, "8\n7\n7\n7", (8, 7, 7, 7)),
    four("en", IELTS, "8-7-7-7", (8, 7, 7, 7)),
    four("en", IELTS, "My scores are 8 7 7 7", (8, 7, 7, 7)),
    four("en", IELTS, "I got 8 7 7 7", (8, 7, 7, 7)),
    four("en", IELTS, "IELTS: L 8 R 7 W 7 S 7", (8, 7, 7, 7)),
    four("en", IELTS, "8 7 7 7 👍", (8, 7, 7, 7)),
    four("en", IELTS, "✅ L8 R7 W7 S7", (8, 7, 7, 7)),
    four("en", IELTS, "8️⃣ 7️⃣ 7️⃣ 7️⃣", (8, 7, 7, 7)),
    four("en", IELTS, "overall 7", "refuse:err.score_overall"),
    four("en", IELTS, "7 overall", "refuse:err.score_overall"),
    four("en", IELTS, "overall band 7.5", "refuse:err.score_overall"),
    four("en", IELTS, "I got 7 overall", "refuse:err.score_overall"),
    four("en", IELTS, "7777", "refuse:err.scores_glued"),
    four("en", IELTS, "65 65 6 55", "ask:6.5/6.5/6/5.5"),  # bands without their dots: asked, never stored
    four("en", IELTS, "7 65 6 7", "ask:7/6.5/6/7"),
    four("en", IELTS, "10 65 6 7", "refuse:err.score_of.listening"),
    four("en", IELTS, "8777", "refuse:err.scores_glued"),
    four("en", IELTS, "CLB 9", "refuse:err.score_clb"),
    four("en", IELTS, "clb 9 9 8 9", "refuse:err.score_clb"),
    four("en", IELTS, "band 7", 7),  # the listening question: its band
    four("en", IELTS, "9.5 8 8 8", "refuse:err.score_of.listening"),
    four("en", IELTS, "8 7 6.3 7", "refuse:err.score_of.writing"),
    four("en", IELTS, "10 9 9 9", "refuse:err.score_of.listening"),
    four("en", IELTS, "8 7 7", "refuse:err.scores_count"),
    four("en", IELTS, "8 7 7 7 7", "refuse:err.scores_count"),
    four("en", IELTS, "L8 R7 W7", "refuse:err.scores_count"),
    four("en", IELTS, "L8 L7 W7 S7", "refuse"),
    four("en", IELTS, "eight seven seven seven", (8, 7, 7, 7)),
    four("en", IELTS, "six point five six point five six five point five", (6.5, 6.5, 6, 5.5)),
    four("en", IELTS, "listening eight reading seven writing seven speaking seven", (8, 7, 7, 7)),
    four("en", IELTS, "same for all 7", (7, 7, 7, 7)),
    four("en", IELTS, "all 8s", (8, 8, 8, 8)),
    four("en", IELTS, "all 7", (7, 7, 7, 7)),
    four("en", IELTS, "7 in all", (7, 7, 7, 7)),
    four("en", IELTS, "7 in all four", (7, 7, 7, 7)),
    four("en", IELTS, "7 each", (7, 7, 7, 7)),
    four("en", IELTS, "7 for each", (7, 7, 7, 7)),
    four("en", IELTS, "7.5 everywhere", (7.5, 7.5, 7.5, 7.5)),
    four("en", IELTS, "8 across the board", (8, 8, 8, 8)),
    four("en", IELTS, "7 in everything", (7, 7, 7, 7)),
    four("en", IELTS, "I got 7 in everything", (7, 7, 7, 7)),
    four("en", IELTS, "7s across the board", (7, 7, 7, 7)),
    four("en", IELTS, "straight 8s", (8, 8, 8, 8)),
    four("en", IELTS, "7 in all but writing 6", (7, 7, 6, 7)),  # never 7 in all four
    four("en", IELTS, "all 7 except writing 6.5", (7, 7, 6.5, 7)),
    four("en", IELTS, "L 8, the rest 7", (8, 7, 7, 7)),
    four("en", IELTS, "8 listening, others 7", (8, 7, 7, 7)),
    four("en", IELTS, "8 in listening and 6.5 in writing, 7 in the rest", (8, 7, 6.5, 7)),
    four("en", IELTS, "7 except 6", "refuse"),
    four("en", IELTS, "7.5 but 6 in writing", "refuse"),  # 7.5 overall, or in the three others?
    four("fr", IELTS, "7 partout sauf EO 6,5", (7, 7, 7, 6.5)),
    four("fr", TEF, "CO 503 et 450 pour le reste", (503, 450, 450, 450)),
    four("en", IELTS, "7 each except 6", "refuse"),
    four("en", IELTS, "8 in listening, 7 in the rest", (8, 7, 7, 7)),
    four("en", IELTS, "8 7 7 7 total 29", (8, 7, 7, 7)),
    four("en", IELTS, "2.5,5.5,0.5", "refuse:err.scores_count"),  # was 2 / 5.5 / 5 / 5
    four("en", IELTS, "6.5,7,5.5", "refuse:err.scores_count"),
    four("en", IELTS, "7.5 7.5", "unsafe"),  # two scores: a dot between digits is a decimal when spaces separate
    four("en", IELTS, "7.5/7.5", "unsafe"),
    four("en", IELTS, "7.5, 7.5", "unsafe"),
    four("en", IELTS, "8 7.5 7", "refuse:err.scores_count"),  # one forgotten: never 8 / 7 / 5 / 7
    four("en", IELTS, "7.5 8 7", "refuse:err.scores_count"),
    four("en", CELPIP, "10 9.5 9", "unsafe"),
    four("en", IELTS, "8.7.7.7", (8, 7, 7, 7)),  # dots alone between whole bands: separators
    four("fr", IELTS, "8 7,5 7", "unsafe"),
    four("fr", IELTS, "7,5 7,5", "unsafe"),
    four("fr", IELTS, "7,5, 7,5", "unsafe"),
    four("fr", IELTS, "L 6,5 R 6,5 W 6 S 5,5", (6.5, 6.5, 6, 5.5)),
    four("fr", IELTS, "CO 7,5 CE 7 EE 6,5 EO 7", (7.5, 7, 6.5, 7)),
    four("fr", IELTS, "écoute 7, lecture 6,5, écriture 6, oral 7", (7, 6.5, 6, 7)),
    four("fr", IELTS, "compréhension orale 8, compréhension écrite 7, expression écrite 7, expression orale 7",
         (8, 7, 7, 7)),
    four("fr", IELTS, "7 partout", (7, 7, 7, 7)),
    four("fr", IELTS, "7 dans toutes les compétences", (7, 7, 7, 7)),
    four("fr", IELTS, "7 dans chaque épreuve", (7, 7, 7, 7)),
    four("fr", IELTS, "que des 7", (7, 7, 7, 7)),
    four("fr", IELTS, "7 à chaque épreuve", (7, 7, 7, 7)),
    four("fr", IELTS, "j'ai eu 7 partout", (7, 7, 7, 7)),
    four("fr", IELTS, "moyenne 7", "refuse:err.score_overall"),
    four("fr", IELTS, "7 de moyenne", "refuse:err.score_overall"),
    four("fr", IELTS, "note globale 7", "refuse:err.score_overall"),
    four("fr", IELTS, "six virgule cinq six virgule cinq six cinq virgule cinq", (6.5, 6.5, 6, 5.5)),
    four("fr", IELTS, "huit sept sept sept", (8, 7, 7, 7)),
    four("fr", IELTS, "7,5 7 6,5", "refuse:err.scores_count"),
    four("fr", IELTS, "CLB 7", "refuse:err.score_clb"),
    four("fr", IELTS, "mes résultats : 8 7 7 7", (8, 7, 7, 7)),
    four("fr", IELTS, "7777", "refuse:err.scores_glued"),
    four("fr", IELTS, "6,5 6,5 6 5,5 moyenne 6,5", (6.5, 6.5, 6, 5.5)),
    # -- IELTS, one ability asked -------------------------------------------------------------------------
    one("en", IELTS, "listening", "6.5", 6.5),
    one("fr", IELTS, "listening", "6,5", 6.5),
    one("en", IELTS, "listening", "L 6.5", 6.5),
    one("en", IELTS, "listening", "listening 6.5", 6.5),
    one("en", IELTS, "listening", "band 6.5", 6.5),
    one("en", IELTS, "listening", "6.5 band", 6.5),
    one("en", IELTS, "listening", "6.5/9", 6.5),
    one("en", IELTS, "listening", "6.5 out of 9", 6.5),
    one("en", IELTS, "listening", "six point five", 6.5),
    one("en", IELTS, "listening", "6 and a half", 6.5),
    one("fr", IELTS, "listening", "six et demi", 6.5),
    one("en", IELTS, "listening", "6½", 6.5),
    one("en", IELTS, "listening", "7.0", 7),
    one("en", IELTS, "listening", "6.3", "refuse:err.score_half"),
    one("en", IELTS, "listening", "9.5", "refuse:err.score_range_half"),
    one("en", IELTS, "listening", "7.5 overall", "refuse:err.score_overall"),
    one("en", IELTS, "listening", "R 6.5", "refuse:err.score_named.reading"),
    one("en", IELTS, "listening", "6.5 listening", 6.5),
    one("en", IELTS, "listening", "6.5 in listening", 6.5),
    one("en", IELTS, "speaking", "speaking is 7.5", 7.5),
    one("en", IELTS, "listening", "6.5 reading", "refuse:err.score_named.reading"),
    one("en", IELTS, "reading", "6.5", 6.5),
    one("fr", IELTS, "reading", "6,5", 6.5),
    one("en", IELTS, "reading", "R6.5", 6.5),
    one("en", IELTS, "reading", "reading: 6.5", 6.5),
    one("en", IELTS, "reading", "L 7", "refuse:err.score_named.listening"),
    one("en", IELTS, "reading", "CLB 8", "refuse:err.score_clb"),
    one("en", IELTS, "reading", "overall 7", "refuse:err.score_overall"),
    one("en", IELTS, "reading", "7777", "refuse:err.scores_glued"),
    one("en", IELTS, "reading", "7 7 6.5 6", (7, 7, 6.5, 6)),  # all four, typed later: all four stored
    one("en", IELTS, "writing", "6", 6),
    one("en", IELTS, "writing", "W 6", 6),
    one("en", IELTS, "writing", "writing 6.0", 6),
    one("en", IELTS, "writing", "six", 6),
    one("en", IELTS, "writing", "6.25", "refuse:err.score_half"),
    one("en", IELTS, "writing", "6.5 (writing)", 6.5),
    one("en", IELTS, "writing", "writing band 6.5", 6.5),
    one("en", IELTS, "writing", "W: 6.5/9", 6.5),
    one("en", IELTS, "writing", "W: 6.5/10", "refuse"),
    one("en", IELTS, "writing", "my writing was 6.5", 6.5),
    one("en", IELTS, "writing", "6.5 for writing", 6.5),
    one("en", IELTS, "writing", "R 6.5/9", "refuse:err.score_named.reading"),
    one("en", IELTS, "writing", "6.5?", "refuse"),  # unsure? asked again, not stored
    one("fr", IELTS, "writing", "EE 6,5", 6.5),
    one("fr", IELTS, "writing", "expression écrite : 6,5", 6.5),
    one("en", IELTS, "speaking", "7.5", 7.5),
    one("en", IELTS, "speaking", "speaking 7.5", 7.5),
    one("en", IELTS, "speaking", "seven and a half", 7.5),
    one("fr", IELTS, "speaking", "sept et demi", 7.5),
    one("fr", IELTS, "speaking", "7,5 sur 9", 7.5),
    one("en", IELTS, "speaking", "7.5 7", "refuse:err.scores_count"),
    # -- CELPIP -------------------------------------------------------------------------------------------
    four("en", CELPIP, "9 10 9 9", (9, 10, 9, 9)),
    four("en", CELPIP, "9,10,9,9", (9, 10, 9, 9)),
    four("en", CELPIP, "9, 10, 9, 9", (9, 10, 9, 9)),
    four("en", CELPIP, "9/10/9/9", (9, 10, 9, 9)),
    four("en", CELPIP, "L9 R10 W9 S9", (9, 10, 9, 9)),
    four("en", CELPIP, "R 10 L 9 S 9 W 9", (9, 10, 9, 9)),
    four("en", CELPIP, "listening 9 reading 10 writing 9 speaking 9", (9, 10, 9, 9)),
    four("en", CELPIP, "12 11 10 9", (12, 11, 10, 9)),
    four("en", CELPIP, "13 9 9 9", "refuse:err.score_of.listening"),
    four("en", CELPIP, "9.5 9 9 9", "refuse:err.score_of.listening"),
    four("en", CELPIP, "9999", "refuse:err.scores_glued"),
    four("en", CELPIP, "9 9 9", "refuse:err.scores_count"),
    four("en", CELPIP, "CLB 9", 9),  # a CELPIP level is the CLB (RULES.md 2): the listening score, as "9" is
    four("en", CELPIP, "9 across the board", (9, 9, 9, 9)),
    four("en", CELPIP, "all 9s", (9, 9, 9, 9)),
    four("en", CELPIP, "nine ten nine nine", (9, 10, 9, 9)),
    four("en", CELPIP, "9 overall", "refuse:err.score_overall"),
    four("en", CELPIP, "clb 9 9 8 8", (9, 9, 8, 8)),
    four("en", CELPIP, "9 8 8 8 (CLB 8)", "refuse:err.score_clb"),  # a CLB after the scores is a summary
    four("fr", CELPIP, "9 10 9 9", (9, 10, 9, 9)),
    four("fr", CELPIP, "9 partout", (9, 9, 9, 9)),
    four("fr", CELPIP, "CO 9 CE 10 EE 9 EO 9", (9, 10, 9, 9)),
    one("en", CELPIP, "listening", "9", 9),
    one("en", CELPIP, "listening", "9/12", 9),
    one("en", CELPIP, "listening", "level 9", 9),
    one("en", CELPIP, "reading", "CLB 9", 9),
    one("en", CELPIP, "reading", "10", 10),
    one("en", CELPIP, "writing", "13", "refuse:err.score_range_whole"),
    one("en", CELPIP, "writing", "8.5", "refuse:err.score_whole"),
    one("en", CELPIP, "speaking", "S 9", 9),
    one("fr", CELPIP, "speaking", "neuf", 9),
    # -- PTE Core -----------------------------------------------------------------------------------------
    four("en", PTE, "65 70 68 72", (65, 70, 68, 72)),
    four("en", PTE, "65,70,68,72", (65, 70, 68, 72)),
    four("en", PTE, "65, 70, 68, 72", (65, 70, 68, 72)),
    four("en", PTE, "65/70/68/72", (65, 70, 68, 72)),
    four("en", PTE, "65-70-68-72", (65, 70, 68, 72)),
    four("en", PTE, "L 65 R 70 W 68 S 72", (65, 70, 68, 72)),
    four("en", PTE, "S72 W68 R70 L65", (65, 70, 68, 72)),
    four("en", PTE, "Listening 65, Reading 70, Writing 68, Speaking 72", (65, 70, 68, 72)),
    four("en", PTE, "65 70 68", "refuse:err.scores_count"),
    four("en", PTE, "95 70 68 72", "refuse:err.score_of.listening"),
    four("en", PTE, "65.5 70 68 72", "refuse:err.score_of.listening"),
    four("en", PTE, "9 10 9 9", "refuse:err.score_of.listening"),
    four("en", PTE, "overall 70", "refuse:err.score_overall"),
    four("en", PTE, "70 overall", "refuse:err.score_overall"),
    four("en", PTE, "79 across the board", (79, 79, 79, 79)),
    four("en", PTE, "sixty five seventy sixty eight seventy two", (65, 70, 68, 72)),
    four("fr", PTE, "65 70 68 72", (65, 70, 68, 72)),
    four("fr", PTE, "65 ; 70 ; 68 ; 72", (65, 70, 68, 72)),
    one("en", PTE, "listening", "65", 65),
    one("en", PTE, "listening", "65/90", 65),
    one("en", PTE, "listening", "6.5", "refuse:err.score_range_whole"),
    one("en", PTE, "reading", "70 points", 70),
    one("en", PTE, "writing", "68", 68),
    one("en", PTE, "speaking", "91", "refuse:err.score_range_whole"),
    # -- TEF Canada ---------------------------------------------------------------------------------------
    four("fr", TEF, "470 480 440 460", (470, 480, 440, 460)),
    four("fr", TEF, "470,480,440,460", (470, 480, 440, 460)),
    four("fr", TEF, "470, 480, 440, 460", (470, 480, 440, 460)),
    four("fr", TEF, "470/480/440/460", (470, 480, 440, 460)),
    four("fr", TEF, "CO 470 CE 480 EE 440 EO 460", (470, 480, 440, 460)),
    four("fr", TEF, "CO: 470, CE: 480, EE: 440, EO: 460", (470, 480, 440, 460)),
    four("fr", TEF, "C.O. 470 C.E. 480 E.E. 440 E.O. 460", (470, 480, 440, 460)),
    four("fr", TEF, "CE 480 CO 470 EO 460 EE 440", (470, 480, 440, 460)),
    four("fr", TEF, "compréhension orale 450 compréhension écrite 460 expression écrite 420 expression orale 430",
         (450, 460, 420, 430)),
    four("fr", TEF, "Compréhension de l'oral : 450, Compréhension de l'écrit : 460, Expression écrite : 420, "
                  "Expression orale : 430", (450, 460, 420, 430)),
    four("fr", TEF, "CO 470\nCE 480\nEE 440\nEO 460", (470, 480, 440, 460)),
    four("fr", TEF, "450 en compréhension orale, 460 en compréhension écrite, 420 en expression écrite, 430 en "
                    "expression orale", (450, 460, 420, 430)),
    four("fr", TEF, "470 480 440", "refuse:err.scores_count"),
    four("fr", TEF, "800 480 440 460", "refuse:err.score_of.listening"),
    four("fr", TEF, "NCLC 7", "ask:nclc:7/7/7/7"),  # the certificate's levels: all four, or listening only?
    four("fr", TEF, "7 8 7 7", "ask:7/8/7/7"),  # the NCLC levels of the certificate, or scores? asked
    four("fr", TEF, "7 partout", "ask:7/7/7/7"),
    four("en", TEF, "L7 R8 W7 S7", "ask:7/8/7/7"),
    four("fr", TEF, "NCLC 8 partout", (462, 462, 472, 494)),  # levels (RULES.md 2): their lowest scores
    four("fr", TEF, "quatre cent soixante-dix quatre cent quatre-vingts quatre cent quarante quatre cent soixante",
         (470, 480, 440, 460)),
    four("en", TEF, "L 470 R 480 W 440 S 460", (470, 480, 440, 460)),
    four("en", TEF, "470 480 440 460", (470, 480, 440, 460)),
    four("en", TEF, "listening 470, reading 480, writing 440, speaking 460", (470, 480, 440, 460)),
    one("fr", TEF, "listening", "470", 470),
    one("fr", TEF, "listening", "7", "ask:7"),
    one("fr", TEF, "writing", "9", "ask:9"),
    one("fr", TEF, "listening", "CO 470", 470),
    one("fr", TEF, "listening", "470/699", 470),
    one("fr", TEF, "listening", "470 sur 699", 470),
    one("fr", TEF, "listening", "470 points", 470),
    one("fr", TEF, "reading", "CE 480", 480),
    one("fr", TEF, "reading", "EE 440", "refuse:err.score_named.writing"),
    one("fr", TEF, "reading", "NCLC 8", 462),  # the level of the ability asked, kept as its lowest score
    one("fr", TEF, "writing", "EE : 440", 440),
    one("fr", TEF, "speaking", "expression orale 460", 460),
    one("fr", TEF, "speaking", "720", "refuse:err.score_range_whole"),
    one("en", TEF, "speaking", "460", 460),
    # -- TCF Canada ---------------------------------------------------------------------------------------
    four("fr", TCF, "500 510 12 14", (500, 510, 12, 14)),
    four("fr", TCF, "500,510,12,14", (500, 510, 12, 14)),
    four("fr", TCF, "500/510/12/14", (500, 510, 12, 14)),
    four("fr", TCF, "CO 500 CE 510 EE 12 EO 14", (500, 510, 12, 14)),
    four("fr", TCF, "EE 12 EO 14 CO 500 CE 510", (500, 510, 12, 14)),
    four("fr", TCF, "compréhension orale 500, compréhension écrite 510, expression écrite 12, expression orale 14",
         (500, 510, 12, 14)),
    four("fr", TCF, "CO 500 CE 510 EE 12/20 EO 14/20", (500, 510, 12, 14)),
    four("fr", TCF, "500 510 12/20 14/20", (500, 510, 12, 14)),
    four("fr", TCF, "12 14 500 510", "refuse"),  # writing and speaking first: which is which is not said
    four("fr", TCF, "500 510 450 460", "refuse:err.score_of.writing"),
    four("fr", TCF, "500 510 12,5 14", "refuse:err.score_of.writing"),
    four("fr", TCF, "NCLC 9", "ask:nclc:9/9/9/9"),  # levels, as TEF's since leftovers 7: all four or listening?
    four("fr", TCF, "7 7 7 7", "ask:7/7/7/7"),
    four("fr", TCF, "500 510 7 7", (500, 510, 7, 7)),  # writing and speaking are out of 20
    four("en", TCF, "L 500 R 510 W 12 S 14", (500, 510, 12, 14)),
    four("en", TCF, "500 510 12 14", (500, 510, 12, 14)),
    one("fr", TCF, "listening", "500", 500),
    one("fr", TCF, "listening", "14/20", "refuse"),  # the writing or speaking scale, at listening
    one("fr", TCF, "reading", "CE 510", 510),
    one("fr", TCF, "writing", "12", 12),
    one("fr", TCF, "writing", "12/20", 12),
    one("fr", TCF, "writing", "12 sur 20", 12),
    one("fr", TCF, "writing", "douze", 12),
    one("fr", TCF, "writing", "450", "refuse:err.score_range_whole"),
    one("fr", TCF, "writing", "12,5", "refuse:err.score_whole"),
    one("fr", TCF, "speaking", "EO 14", 14),
    one("en", TCF, "speaking", "14", 14),
]


# -- the driver ---------------------------------------------------------------------------------------------
@functools.cache
def _template(test: str, ability: str) -> tuple[str, str, tuple[str, ...]]:
    screening = talk.new_screening()
    target = f"test_{ability}"
    earlier = iter(ONE_BY_ONE[test])
    for _ in range(60):
        state = screening.state
        if state == target:
            return state, json.dumps(screening.answers), tuple(screening.history)
        if state == VERDICT:
            talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
            continue
        typed = TEST_NAMES[test] if state == "test_kind" else next(earlier) if state.startswith("test_") \
            and state != "test_date" else BEFORE[state]
        assert not talk.handle_text(screening, typed, "en", TODAY).error, (typed, state)
    raise AssertionError(f"never reached {target}")


@dataclasses.dataclass
class Outcome:
    kind: str  # stored, asked, refused
    value: Any  # a 4-tuple (four stored), one number (the ability asked), the key refused, the readings asked
    text: str


def answer(case: Case) -> Outcome:
    state, answers, history = _template(case.test, case.ability)
    screening = Screening(state, json.loads(answers), list(history))
    before = json.loads(answers)["tests"][0]
    keys: list[str] = []
    real = talk._invalid

    def spy(screening: Screening, error: Any, *args: Any, **kwargs: Any) -> Any:
        keys.append(error.key)
        return real(screening, error, *args, **kwargs)

    with mock.patch.object(talk, "_invalid", spy):
        reply = talk.handle_text(screening, case.typed, case.lang, TODAY)
    text = "\n\n".join(m.text for m in reply.messages)
    if reply.error and reply.messages[-1].text.startswith("❓"):
        return Outcome("asked", [b.data.rsplit("|", 1)[1] for row in reply.messages[-1].buttons or []
                                 for b in row], text)
    if reply.error:
        assert reply.messages[-1].text == talk.question_message(screening, case.lang, TODAY).text, text
        return Outcome("refused", keys[-1] if keys else None, text)
    item = screening.answers["tests"][0]
    changed = {a: item.get(f"test_{a}") for a in ABILITIES if item.get(f"test_{a}") != before.get(f"test_{a}")}
    if (case.ability == "listening" and len(changed) == 4) or len(changed) > 1:
        return Outcome("stored", tuple(item[f"test_{a}"] for a in ABILITIES), text)
    return Outcome("stored", item.get(f"test_{case.ability}"), text)


def verdict(case: Case, outcome: Outcome) -> str:
    """right, misread, asked or refused (the last two: where a reading was expected, or the other one)."""
    expected = case.expected
    if outcome.kind == "stored":
        if isinstance(expected, tuple | int | float) and not isinstance(expected, bool):
            return "right" if outcome.value == expected else "misread"
        return "misread"
    if outcome.kind == "asked":
        if isinstance(expected, str) and expected == "unsafe":
            return "right"
        if isinstance(expected, str) and expected.startswith("ask"):
            meant = expected.partition(":")[2]
            return "right" if not meant or meant in outcome.value else "asked"
        return "asked"
    if isinstance(expected, str) and expected in ("refuse", "unsafe"):
        return "right"
    if isinstance(expected, str) and expected.startswith("refuse:"):
        return "right" if outcome.value == expected.partition(":")[2] else "refused"
    return "refused"


def measure() -> dict[str, int]:
    counts = dict.fromkeys(("right", "misread", "asked", "refused"), 0)
    for case in CASES:
        counts[verdict(case, answer(case))] += 1
    return counts


# -- the tests ----------------------------------------------------------------------------------------------
def test_the_evaluation_set_covers_every_test_both_languages_and_both_prompts() -> None:
    assert len(CASES) >= 150
    assert len({c.id for c in CASES}) == len(CASES)
    for test in TEST_NAMES:
        mine = [c for c in CASES if c.test == test]
        assert {c.ability for c in mine} == set(ABILITIES), test
        assert any(c.ability == "listening" and isinstance(c.expected, tuple) for c in mine), test
    assert {c.lang for c in CASES} == {"en", "fr"} and sum(c.lang == "fr" for c in CASES) >= 60


# Readings not done yet, or that RULES.md does not settle: what should happen, held by strict xfails.
PENDING: dict[str, str] = {}  # none at present


def _params() -> list[Any]:
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=PENDING[c.id])]
                         if c.id in PENDING else []) for c in CASES]


@pytest.mark.parametrize("case", _params())
def test_each_score_answer_is_read_as_a_careful_human_would(case: Case) -> None:
    outcome = answer(case)
    assert verdict(case, outcome) == "right", (case.typed, case.expected, outcome.kind, outcome.value,
                                               outcome.text[:300])


# -- the same, over many scores: every style above with random scores of each test ----------------------------
LABELS = {"listening": ("L", "listening", "CO", "compréhension orale", "écoute"),
          "reading": ("R", "reading", "CE", "lecture", "compréhension écrite"),
          "writing": ("W", "writing", "EE", "écriture", "expression écrite"),
          "speaking": ("S", "speaking", "EO", "expression orale")}


def _possible(test: str, ability: str) -> list[float]:
    low, high, step = score_spec(test, ability)
    return [low + i * step for i in range(round((high - low) / step) + 1)]


def _numeral(value: float, french: bool) -> str:
    text = str(tidy(value))
    return text.replace(".", ",") if french else text


Pairs = list[tuple[str, float]]
STYLED: dict[str, Callable[[random.Random, Pairs, bool, str], str]] = {
    "spaces": lambda r, n, fr, t: " ".join(_numeral(v, fr) for _, v in n),
    "commas": lambda r, n, fr, t: (", " if fr else r.choice((",", ", "))).join(_numeral(v, fr) for _, v in n),
    "slashes": lambda r, n, fr, t: r.choice(("/", " / ")).join(_numeral(v, fr) for _, v in n),
    "lines": lambda r, n, fr, t: "\n".join(_numeral(v, fr) for _, v in n),
    "labels first": lambda r, n, fr, t: " ".join(f"{r.choice(LABELS[a])} {_numeral(v, fr)}"
                                                 for a, v in r.sample(n, len(n))),
    "labels after": lambda r, n, fr, t: ", ".join(f"{_numeral(v, fr)} {r.choice(('', 'in '))}{r.choice(LABELS[a])}"
                                                  for a, v in n),
    "glued labels": lambda r, n, fr, t: "".join(f"{a[0].upper()}{_numeral(v, fr)}" for a, v in n),
    "words before": lambda r, n, fr, t: r.choice(("my scores are ", "I got ", "j'ai eu ")) + " ".join(
        _numeral(v, fr) for _, v in n),
    "emoji": lambda r, n, fr, t: " ".join(_numeral(v, fr) for _, v in n) + " 👍🏽",
    "over the scale": lambda r, n, fr, t: " ".join(f"{_numeral(v, fr)}/{tidy(score_spec(t, a)[1])}" for a, v in n),
    "overall after": lambda r, n, fr, t: " ".join(_numeral(v, fr) for _, v in n)
    + f" overall {_numeral(n[0][1], fr)}",
}


@pytest.mark.parametrize("style", STYLED)
def test_four_random_scores_in_each_style_are_stored_exactly(style: str) -> None:
    rng = random.Random(style)
    for test in TEST_NAMES:
        for _ in range(40):
            pairs = [(a, rng.choice(_possible(test, a))) for a in ABILITIES]
            text = STYLED[style](rng, pairs, rng.random() < 0.5, test)
            try:
                scores = parse_scores(text, test)
            except Ambiguous as asked:
                assert scores_value(dict(pairs)) in asked.choices, (test, text)
                continue
            assert scores == dict(pairs), (test, text, scores)


@pytest.mark.parametrize("style", STYLED)
def test_two_three_or_five_scores_are_never_stored_as_four(style: str) -> None:
    # "8 7.5 7" was stored as 8 / 7 / 5 / 7 and "2.5,5.5,0.5" as 2 / 5.5 / 5 / 5. French half bands between bare
    # commas ("7,5,7,5") are left out: the only reading with four scores, read so by design
    # (tests/flows/test_typed_answers_audit.py, test_commas_alone_are_read_as_four_scores).
    rng = random.Random(style)
    for test in TEST_NAMES:
        for _ in range(40):
            pairs = [(a, rng.choice(_possible(test, a))) for a in (*ABILITIES, "listening")]
            french = rng.random() < 0.5
            pairs = pairs[:rng.choice((2, 3, 5))]
            text = STYLED[style](rng, pairs, french, test)
            if french and re.search(r"\d,\d", text, re.ASCII) and not re.search(r"\d[^\d,]+\d", text, re.ASCII):
                continue
            try:
                scores = parse_scores(text, test)
            except InvalidAnswer:
                continue
            assert scores is None, (test, text, scores)


def test_nothing_in_the_set_is_misread() -> None:
    outcomes = [(c, answer(c)) for c in CASES]
    assert not [(c.typed, outcome.value) for c, outcome in outcomes if verdict(c, outcome) == "misread"]


if __name__ == "__main__":
    figures = measure()
    print(f"{len(CASES)} score answers: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    kinds: dict[str, int] = {}
    for case in CASES:
        kind = answer(case).kind
        kinds[kind] = kinds.get(kind, 0) + 1
    print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if "--misses" in sys.argv:
        for case in CASES:
            outcome = answer(case)
            if (v := verdict(case, outcome)) != "right":
                print(f"  {v:8} {case.id!r}: expected {case.expected!r}, got {outcome.kind} {outcome.value!r}")
