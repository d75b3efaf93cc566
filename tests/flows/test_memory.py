import platform
import subprocess
import sys
from pathlib import Path

from flows.memory import release_freed_memory, return_large_blocks_at_once


def test_release_freed_memory_trims_where_glibc_is():
    blocks = [bytearray(1000) for _ in range(10_000)]
    del blocks
    assert release_freed_memory() is (platform.libc_ver()[0] == "glibc")


def test_large_blocks_are_mapped_where_glibc_is():
    assert return_large_blocks_at_once() is (platform.libc_ver()[0] == "glibc")


LINKS = """
from prefect import flow, task
from prefect.context import FlowRunContext
from flows.pipeline import Untracked

@task
def many(n):
    return [f"item {i}" for i in range(n)]

@task
def many_untracked(n):
    return Untracked([f"item {i}" for i in range(n)])

@flow
def links():
    runs = FlowRunContext.get().run_results
    before = len(runs)
    plain = many(1000)
    middle = len(runs)
    wrapped = many_untracked(1000)
    assert len(wrapped.value) == len(plain) == 1000
    print("LINKS", middle - before, len(runs) - middle)

links()
"""


def test_an_untracked_result_is_one_link_for_prefect_not_one_per_element():
    """Prefect links each element of a returned list to its task run until the flow ends
    (~330 bytes an element): the flow's big results are wrapped so that it does not."""
    done = subprocess.run([sys.executable, "-c", LINKS], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2])
    line = next(l for l in done.stdout.splitlines() if l.startswith("LINKS"))
    per_element, wrapped = map(int, line.split()[1:])
    assert per_element >= 1000
    assert wrapped <= 2
