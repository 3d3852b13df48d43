"""Answer scripts shared by the end-to-end tests: one place to follow when the questions change.

Each step is typed, or pressed when written as "[label]" (see bot_fixtures.answer_all).
"""

from __future__ import annotations

# Outside Quebec, one ongoing 40 h/week job as a software developer since 2025-09-01.
ELIGIBLE_WORK = ["[No]", "[Yes]", "21232", "2025-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]",
                 "[No]"]
# An IELTS General Training result at CLB 9/10, taken 2025-06-01.
IELTS_9 = ["[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[No]"]
# The quick screening of the README's example person, up to the verdict.
ELIGIBLE_SCREENING = [*ELIGIBLE_WORK, *IELTS_9]
