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


M_MMAP_THRESHOLD = -3  # mallopt parameter (glibc malloc.h)
# Allocations from this size up get pages of their own, returned to the system when freed.
MMAP_THRESHOLD_BYTES = 256 * 1024


@cache
def return_large_blocks_at_once() -> bool:
    """Fixes glibc's mmap threshold for this process (False where it cannot).

    glibc raises the threshold each time a mapped block is freed (up to 32 MB), so after a
    few numpy arrays come and go, arrays of megabytes are carved from the heap, where a
    long-lived small object placed after them keeps their pages from ever going back:
    clustering's and conflict detection's transients then stay in the process as free heap
    for the next stage to sit on. A fixed threshold keeps large blocks mapped on their own.
    """
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
