"""The profile of `cec-screener assess`, as shared/reference/profile-contract.md describes it.

Every range is checked here so that the rules can trust their input; unknown fields are rejected
because a typo must not be silently ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from eligibility.errors import shown
from eligibility.tables import cec, language_tables

TestName = Literal["ielts_general", "celpip_general", "pte_core", "tef_canada", "tcf_canada"]
EducationLevel = Literal[
    "less_than_secondary", "secondary", "one_year", "two_year", "bachelor", "two_or_more", "master", "doctoral"
]
MaritalStatus = Literal["single", "married", "common_law", "divorced", "separated", "widowed", "annulled"]
# "one_year" and "two_year": a one- or two-year Canadian credential whose length is known (an extension of the
# contract's "one_or_two_year"): the same additional points, and its own level in the education factor (RULES.md
# 3).
CanadianCredential = Literal["none", "one_or_two_year", "one_year", "two_year", "three_year_plus"]

# Physicians, whose publicly funded fee-for-service work counts though self-employed (RULES.md 1).
PHYSICIAN_NOCS: frozenset[str] = frozenset(cec()["physician_nocs"])

_STRICT = ConfigDict(extra="forbid", strict=True, frozen=True)
# "tefaq", "tef_aq", "tcf_quebec", "TCF Québec", "tcf-qc": tests for Quebec's own selection only (RULES.md 2).
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _written_as_a_day(value: object) -> object:
    """A date given as text is written YYYY-MM-DD (the contract): pydantic would also read a string of digits as a
    Unix timestamp ("1795737600" as 2026-11-27, "86400" as 1970-01-02), which no export means."""
    if not isinstance(value, str):
        return value  # a date already (a profile built in Python), or a type error said by pydantic
    if not _ISO_DAY.fullmatch(value):
        raise ValueError(f"must be a date written YYYY-MM-DD, not {shown(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:  # "2026-02-30": "day is out of range for month"
        raise ValueError(f"must be a real date, not {shown(value)} ({error})") from None


Day = Annotated[dt.date, pydantic.BeforeValidator(_written_as_a_day)]
_QUEBEC_TEST = re.compile(r"(?:tef[\s_-]*aq|tef[\s_-]*qu[eé]bec|tcf[\s_-]*(?:qu[eé]bec|qc|q))", re.I)


class LanguageTest(BaseModel):
    model_config = _STRICT

    test: TestName
    date: Day
    listening: float
    reading: float
    writing: float
    speaking: float

    @field_validator("test", mode="before")
    @classmethod
    def _not_a_quebec_test(cls, value: object) -> object:
        """TEFAQ and TCF Québec, which Quebec residents often hold, are named and refused (RULES.md 2 and 8)."""
        if isinstance(value, str) and _QUEBEC_TEST.fullmatch(value.strip()):
            raise ValueError("TEFAQ and TCF Québec are not accepted for Express Entry; give an approved test: "
                             "ielts_general, celpip_general, pte_core, tef_canada or tcf_canada")
        return value

    @field_validator("listening", "reading", "writing", "speaking")
    @classmethod
    def _score_in_range(cls, value: float, info: ValidationInfo) -> float:
        test = info.data.get("test")
        if test is None:  # the test name itself failed; that error is reported instead
            return value
        spec = language_tables()["tests"][test]
        low, high = spec["ranges"][info.field_name]
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high} for {test}")
        step = spec["step"]
        if (value / step) != int(value / step):
            unit = "a multiple of 0.5" if step == 0.5 else "a whole number"
            raise ValueError(f"must be {unit} for {test}")
        return value


class Job(BaseModel):
    model_config = _STRICT

    # ASCII digits: "21２32" (a full-width digit) would otherwise be an occupation of its own beside "21232".
    noc: str | None = Field(default=None, pattern=r"^[0-9]{5}$")
    teer: int | None = Field(default=None, ge=0, le=5)
    start: Day
    end: Day | None = None
    hours_per_week: float = Field(ge=0, le=168)
    in_canada: bool = True
    paid: bool = True
    self_employed: bool = False
    # A physician's publicly funded fee-for-service work: self-employed, yet it counts (RULES.md 1).
    physician_fee_for_service: bool = False
    full_time_student: bool = False
    # The last day of full-time studies when they ended during this job: hours up to it do not count.
    full_time_student_until: Day | None = None
    authorized: bool = True

    @field_validator("noc")
    @classmethod
    def _noc_has_a_teer(cls, value: str | None) -> str | None:
        if value is not None and value[1] not in "012345":
            raise ValueError("the second digit of a NOC 2021 code is its TEER and must be 0 to 5")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Job:
        if self.noc is None and self.teer is None:
            raise ValueError("noc: give the 5-digit NOC code or the teer (0-5)")
        if self.noc is not None and self.teer is not None and int(self.noc[1]) != self.teer:
            raise ValueError(f"teer: {self.teer} does not match NOC {self.noc}, whose TEER is {self.noc[1]}")
        if self.end is not None and self.end < self.start:
            raise ValueError("end: must not be before start")
        if self.physician_fee_for_service and not (self.self_employed and self.noc in PHYSICIAN_NOCS):
            raise ValueError("physician_fee_for_service: only for self-employed work in a physician occupation "
                             f"(NOC {', '.join(sorted(PHYSICIAN_NOCS))})")
        if self.full_time_student and self.full_time_student_until is not None:
            raise ValueError("full_time_student_until: leave it out when full_time_student is true "
                             "(the whole job was done while studying full time)")
        return self

    @property
    def job_teer(self) -> int:
        return int(self.noc[1]) if self.noc is not None else int(self.teer)  # type: ignore[arg-type]

    @property
    def occupation(self) -> str:
        """The key that groups hours by occupation (IRPR 87.1(2)(e))."""
        return self.noc if self.noc is not None else f"TEER {self.teer}"


class Education(BaseModel):
    model_config = _STRICT

    level: EducationLevel
    in_canada: bool = False
    eca: bool = False
    canadian_credential: CanadianCredential = "none"


class Spouse(BaseModel):
    model_config = _STRICT

    canadian_citizen_or_pr: bool = False
    accompanying: bool = True
    education: EducationLevel = "less_than_secondary"
    language_test: LanguageTest | None = None
    canadian_work_years: int = Field(default=0, ge=0, le=50)
    # Optional, read only to compare the couple's CRS with the partner as the principal applicant
    # (eligibility/improvements.py): the partner's birth date, their skilled work abroad in the last 10 years
    # (completed years), and whether their own Canadian work meets the CEC, with the TEER it was in.
    birth_date: Day | None = None
    foreign_work_years: int | None = Field(default=None, ge=0, le=50)
    cec_work: Literal["teer_0_1", "teer_2_3", "no"] | None = None


# The application days a profile may name: a sanity bound, not a rule (the rules and rounds we know are of
# today); the years counted from it in both directions must stay valid dates.
AS_OF_RANGE = (dt.date(1950, 1, 1), dt.date(2100, 12, 31))


class ScreeningProfile(BaseModel):
    """What the CEC verdict needs; age may still be unknown (the quick screening asks it later)."""

    model_config = _STRICT

    as_of: Day = Field(default_factory=dt.date.today)
    intends_to_live_in_quebec: bool = False
    birth_date: Day | None = None
    age: int | None = Field(default=None, ge=0, le=120)
    marital_status: MaritalStatus = "single"
    spouse: Spouse | None = None
    jobs: list[Job] = Field(default_factory=list, max_length=50)
    foreign_work_years: int = Field(default=0, ge=0, le=50)
    language_tests: list[LanguageTest] = Field(default_factory=list, max_length=20)
    education: Education | None = None
    certificate_of_qualification: bool = False
    provincial_nomination: bool = False
    sibling_in_canada: bool = False

    @model_validator(mode="after")
    def _dates_make_sense(self) -> ScreeningProfile:
        if not AS_OF_RANGE[0] <= self.as_of <= AS_OF_RANGE[1]:  # windows, expiries and plans count years from it
            raise ValueError(f"as_of: must be between {AS_OF_RANGE[0]} and {AS_OF_RANGE[1]}, not {self.as_of}")
        if self.birth_date is not None and self.age is not None:
            raise ValueError("age: give birth_date or age, not both")
        if self.birth_date is not None and self.birth_date >= self.as_of:
            raise ValueError("birth_date: must be before as_of")
        for index, test in enumerate(self.language_tests):
            if test.date > self.as_of:
                raise ValueError(f"language_tests[{index}].date: must not be after as_of ({self.as_of})")
        if self.spouse is not None and self.spouse.language_test is not None \
                and self.spouse.language_test.date > self.as_of:
            raise ValueError(f"spouse.language_test.date: must not be after as_of ({self.as_of})")
        if self.spouse is not None and self.spouse.birth_date is not None \
                and self.spouse.birth_date >= self.as_of:
            raise ValueError("spouse.birth_date: must be before as_of")
        return self

    @property
    def has_age(self) -> bool:
        return self.birth_date is not None or self.age is not None

    def age_on(self, day: dt.date) -> int:
        """Completed years on `day`; a birthday counts from the day itself."""
        if self.age is not None:
            return self.age
        born = self.birth_date
        assert born is not None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def before_birth(profile: ScreeningProfile) -> str | None:
    """The first date of the person's own that falls before their birth_date, as a message naming its field, or
    None. Such a profile is not refused by the model (the conversation asks its dates one by one); the command line
    refuses it: a job started before its worker was born is two columns read into each other (a spreadsheet's
    birth date and start date swapped), and assessing it would store a verdict built on that misreading."""
    born = profile.birth_date
    if born is None:  # an age alone says no day to compare with
        return None
    for index, job in enumerate(profile.jobs):
        if job.start < born:
            return f"jobs[{index}].start: {job.start} is before birth_date ({born}); is one of them misread?"
    for index, test in enumerate(profile.language_tests):
        if test.date < born:
            return (f"language_tests[{index}].date: {test.date} is before birth_date ({born}); is one of them "
                    "misread?")
    return None


def birthday(born: dt.date, years: int) -> dt.date:
    """The day one turns `years`, as ScreeningProfile.age_on counts it: 29 February turns on 1 March."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


class Profile(ScreeningProfile):
    """The full contract: birth_date or age is required."""

    @model_validator(mode="after")
    def _age_given(self) -> Profile:
        if not self.has_age:
            raise ValueError("birth_date: required unless age is given")
        return self
