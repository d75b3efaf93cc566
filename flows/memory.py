"""Handing freed memory back to the operating system between the flow's big stages.

Clustering and conflict detection build and drop millions of small objects and arrays on
a store of hundreds of thousands of claims. CPython and glibc keep much of what is freed
in their heaps, so without this the process would stay as large as its largest stage
while the next one adds to it. `malloc_trim` (glibc only) releases the free pages; where
it is missing this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _malloc_trim():
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> bool:
    """Collects garbage and returns free heap pages to the system; False where it cannot."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
