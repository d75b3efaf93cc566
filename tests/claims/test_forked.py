"""A computation forked to the second core gives what it gives here, and a child that fails
or dies only costs the time to compute it here."""

import os
from datetime import date

import pytest

from claims.conflicts.common import ConflictSettings
from claims.conflicts import find_conflicts
from claims.forked import Forked
from claims.models import ConflictKind
from tests.claims.test_conflicts import figure, statement, turnout

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


@needs_fork
def test_the_child_computes_and_sends_back_its_result():
    parent = os.getpid()
    pid, numbers = Forked(lambda: (os.getpid(), list(range(100_000)))).result()
    assert pid != parent and numbers == list(range(100_000))  # more than a pipe's buffer


@needs_fork
def test_a_child_that_fails_or_dies_leaves_the_job_to_this_process():
    parent = os.getpid()

    def fails_in_a_child():
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return "here"

    def dies_in_a_child():
        if os.getpid() != parent:
            os._exit(9)
        return "here"

    assert Forked(fails_in_a_child).result() == "here"
    assert Forked(dies_in_a_child).result() == "here"


def test_without_fork_the_job_runs_here():
    assert Forked(os.getpid, fork=False).result() == os.getpid()


@needs_fork
def test_conflicts_found_with_a_forked_child_are_those_found_without():
    refs = []
    for n, (outlet, cost, low, high) in enumerate([("A", 45e6, 40.5e6, 49.5e6), ("B", 12e6, 11.5e6, 12.5e6),
                                                   ("C", 13e6, 12.5e6, 13.5e6), ("D", 44e6, 43.5e6, 44.5e6)]):
        refs.append(turnout(f"a{n}", f"The Tessel dockworkers strike is costing shippers ${cost / 1e6:.0f} million a day",
                            figure(f"${cost / 1e6:.0f} million a day", cost, low, high, "USD", "cost to shipper",
                                   per="day"), f"Source {outlet}", f"Outlet {outlet}"))
    refs.append(statement("a9", "The Tessel dockworkers strike figures of the shippers are exaggerated",
                          "Port Authority", "Outlet E", date(2024, 5, 1)))
    alone = find_conflicts(refs, settings=ConflictSettings(fork_claims=(0, 0)))
    forked = find_conflicts(refs, settings=ConflictSettings(fork_claims=(1, 10**9)))
    assert ConflictKind.NUMERIC in {c.kind for c in alone}
    assert forked == alone


@needs_fork
def test_leaving_the_block_early_kills_the_child():
    with pytest.raises(RuntimeError):
        with Forked(lambda: __import__("time").sleep(60)) as forked:
            pid = forked._pid
            raise RuntimeError("the parent's own work failed")
    assert forked._pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_fork_that_fails_leaves_the_job_here(monkeypatch):
    def no_fork():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert Forked(os.getpid).result() == os.getpid()


@needs_fork
def test_a_child_that_sends_nothing_in_time_is_killed_and_the_job_done_here():
    parent = os.getpid()

    def hangs_in_a_child():
        if os.getpid() != parent:
            __import__("time").sleep(60)
        return "here"

    forked = Forked(hangs_in_a_child)
    pid = forked._pid
    assert forked.result(timeout=0.5) == "here"
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
