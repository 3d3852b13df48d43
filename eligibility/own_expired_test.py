"""One's own language result that has expired beside another that is valid (walkthrough 14: an expired CELPIP
beside a valid TEF): the CRS counts only the valid one, and nothing under the score said why the other earned
nothing or what taking it again would add. A PTE Core taken before IRCC accepted it (2024-01-30) and since
expired is said expired too, as the language criterion says it (coherence round 10: nothing under the score named
it, while the same scores taken again would add points; the same result dated a month later was said). Pure: the
profile in, the facts out; the sentence is the conversation's."""

from __future__ import annotations

from eligibility.crs import score as crs_score
from eligibility.hours import build_ledger
from eligibility.language import convert
from eligibility.partner_test import ExpiredPartnerTest
from eligibility.profile import ScreeningProfile
from eligibility.tables import language_tables


def expired_own_test(profile: ScreeningProfile) -> ExpiredPartnerTest | None:
    """The person's expired result that would add the most points if taken again at the same scores, when another
    of their results is valid on the application day (with none valid, the score says so itself); None when no
    expired result would add any."""
    if not profile.has_age:
        return None
    results = [convert(test, index) for index, test in enumerate(profile.language_tests)]
    if not any(result.supported and result.valid_on(profile.as_of) for result in results):
        return None
    years = build_ledger(profile).crs_years
    now = crs_score(profile, results, years).total
    best: ExpiredPartnerTest | None = None
    for index, (test, result) in enumerate(zip(profile.language_tests, results, strict=True)):
        if result.valid_on(profile.as_of) or result.expires > profile.as_of:
            continue  # valid, or not yet taken on that day
        if not result.supported and "table_from" in language_tables()["tests"][result.test]:
            continue  # a TEF Canada of the older table: its scores mean other levels today (RULES.md 2)
        renewed = [*profile.language_tests]
        renewed[index] = test.model_copy(update={"date": profile.as_of})
        changed = profile.model_copy(update={"language_tests": renewed})
        gain = crs_score(changed, [convert(t, i) for i, t in enumerate(renewed)], years).total - now
        if gain > 0 and (best is None or gain > best.gain):
            best = ExpiredPartnerTest(test.test, result.expires, gain, index)
    return best
