"""The Canadian Experience Class rules and the CRS, as pure functions over a validated profile."""

from eligibility.assess import assess
from eligibility.errors import describe
from eligibility.profile import Profile, ScreeningProfile

__all__ = ["Profile", "ScreeningProfile", "assess", "describe"]
