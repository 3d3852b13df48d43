"""The rules version and a fingerprint of the data files: a data edit must come with a new version."""

from __future__ import annotations

import hashlib
from importlib import resources

from eligibility.tables import DATA_FILES


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update(resources.files("eligibility.data").joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


if __name__ == "__main__":
    print(fingerprint())
