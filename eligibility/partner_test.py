"""A partner's language result that has expired (issue 16): it earns no points, and a new test at the same scores
would add some. Pure: the profile in, the facts out; the sentence is the conversation's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eligibility.crs import has_accompanying_spouse
from eligibility.crs import score as crs_score
from eligibility.hours import build_ledger
from eligibility.language import convert
from eligibility.profile import ScreeningProfile


@dataclass(frozen=True, slots=True)
class ExpiredPartnerTest:
    test: str  # the test's id (e.g. "celpip_general")
    expired_on: dt.date
    gain: int  # what the same scores, taken again and valid on the application day, would add to the CRS
    index: int = -1  # one's own result: its place among the profile's language tests (-1: the partner's)


def expired_partner_test(profile: ScreeningProfile) -> ExpiredPartnerTest | None:
    """The accompanying partner's result when its date is given and it is no longer valid on the application
    day."""
    spouse = profile.spouse
    if spouse is None or spouse.language_test is None or not profile.has_age:
        return None
    if not has_accompanying_spouse(profile):
        return None
    result = convert(spouse.language_test)
    if not result.supported or result.valid_on(profile.as_of) or result.expires > profile.as_of:
        return None  # valid, or not yet taken on that day: nothing expired
    results = [convert(test, index) for index, test in enumerate(profile.language_tests)]
    years = build_ledger(profile).crs_years
    now = crs_score(profile, results, years).total
    renewed = spouse.language_test.model_copy(update={"date": profile.as_of})
    changed = profile.model_copy(update={"spouse": spouse.model_copy(update={"language_test": renewed})})
    return ExpiredPartnerTest(spouse.language_test.test, result.expires,
                              crs_score(changed, results, years).total - now)
