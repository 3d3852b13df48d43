"""Scheduled work: when reminders and the rounds refresh wake, what they hand over (decisions: eligibility/)."""
