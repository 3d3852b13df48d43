"""JSON Merge Patch (RFC 7386): how an improvement's `change` applies to the input profile.

The RFC is a dozen lines of pseudocode; ours follows it word for word rather than adding a dependency.
"""

from __future__ import annotations

import copy
from typing import Any


def merge_patch(target: Any, patch: Any) -> Any:
    """The target with the patch applied (RFC 7386 section 2); neither argument is changed.

    An object merges key by key, null deletes a key, and anything else (arrays included) replaces.
    """
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result
