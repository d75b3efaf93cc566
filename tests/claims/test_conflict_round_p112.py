"""Round p112: a promise that no member of a group will undergo an act, against a later
report of members of the group told as having undergone it, in the promise's own verb
(docs/conflicts.md, "Round p112"). Sentences written for these tests, not the gold; each
near miss must stay silent.

The promise ("No family on the estate will be moved to another town") and the report
months later ("Nine families on the Ashgrove estate have been moved to flats in another
town") share the verb and a noun of the group but no count, figure or opposite word
(`claims.conflicts.act_promises`, `_Wording.opposed_to`'s p112 block). A report told before
the promise, a hoped or conditional promise, a report of another group, and a worry that
the promise will be broken stay silent."""

from __future__ import annotations

from datetime import date

from claims.conflicts.act_promises import acts_done, acts_promised_not, promise_broken, verb_stem
from tests.claims.test_figure_roles import _claim_pairs as _contradictions

PROMISE = ("Kestrel Homes is rebuilding the Ashgrove estate. \"No family on the estate will be moved to another "
           "town,\" its director, Colm Ridley, said.")
MOVED = ("Nine families on the Ashgrove estate have been moved to flats in another town while Kestrel Homes "
         "rebuilds their blocks, the tenants' association said. Colm Ridley, the director of Kestrel Homes, said the "
         "moves were temporary.")
HOPED = ("Kestrel Homes is rebuilding the Ashgrove estate. Its director, Colm Ridley, said he hoped no family on "
         "the estate would be moved to another town.")
CONDITIONAL = ("Kestrel Homes is rebuilding the Ashgrove estate. \"No family on the estate will be moved to another "
               "town unless its block fails the fire survey,\" its director, Colm Ridley, said.")
WORRY = ("Tenants on the Ashgrove estate fear that families will be moved to another town while Kestrel Homes "
         "rebuilds their blocks, the tenants' association said. Colm Ridley, the director of Kestrel Homes, said "
         "no decision had been taken.")
OTHER = ("Nine shops on the Ashgrove parade have been moved to units in another town while Kestrel Homes rebuilds "
         "the parade, the traders said. Colm Ridley, the director of Kestrel Homes, said the moves were temporary.")

FEB, AUG = date(2026, 2, 3), date(2026, 8, 20)


def _found(pairs, promise, report):
    return any(any(promise in t for t in p) and any(report in t for t in p) for p in pairs)


def test_no_family_moved_and_a_later_count_moved(nlp):
    pairs = _contradictions(nlp, (PROMISE, "Ashgrove News", FEB), (MOVED, "City Echo", AUG))
    assert _found(pairs, "No family on the estate will be moved", "Nine families")


def test_near_miss_the_report_told_before_the_promise(nlp):
    pairs = _contradictions(nlp, (MOVED, "City Echo", FEB), (PROMISE, "Ashgrove News", AUG))
    assert not _found(pairs, "No family on the estate will be moved", "Nine families")


def test_near_miss_a_conditional_promise(nlp):
    pairs = _contradictions(nlp, (CONDITIONAL, "Ashgrove News", FEB), (MOVED, "City Echo", AUG))
    assert not _found(pairs, "No family on the estate will be moved", "Nine families")


def test_near_miss_a_worry_and_another_group(nlp):
    pairs = _contradictions(nlp, (PROMISE, "Ashgrove News", FEB), (WORRY, "City Echo", AUG))
    assert not _found(pairs, "No family on the estate will be moved", "families will be moved")
    pairs = _contradictions(nlp, (PROMISE, "Ashgrove News", FEB), (OTHER, "City Echo", AUG))
    assert not _found(pairs, "No family on the estate will be moved", "Nine shops")


def test_the_promise_reading():
    ((verbs, group),) = acts_promised_not("Nobody who rents a stall here now will lose it or be moved")
    assert verbs == {verb_stem("lose"), verb_stem("moved")} and "stall" in group
    ((verbs, group),) = acts_promised_not("She said no library would close as a result")
    assert verbs == {verb_stem("close")}
    assert not acts_promised_not("The board would cut no routes this year")  # the negator is an object
    assert not acts_promised_not("No other library will close")  # the rest, not the group
    assert not acts_promised_not("Nobody will be moved")  # no group named
    assert not acts_promised_not("No library will not be open on Sundays")  # a double negation
    # a hope is no promise (the pair of HOPED and MOVED is found on main by the counted
    # denial's reader, "(counted)", which reads no hope: left as it was)
    assert not acts_promised_not(HOPED.split(". ")[1])


def test_the_report_reading():
    assert acts_done("The Orchard Street library has closed after 60 years")
    assert acts_done("Four stall holders on the market have been moved to the car park")
    assert not acts_done("No stall holder has been moved")  # a negation
    assert not acts_done("Stall holders would have been moved")  # not done
    promised = acts_promised_not("No library in the county will close")
    assert promise_broken(promised, acts_done("The Orchard Street library has closed"))
    assert not promise_broken(promised, acts_done("The Orchard Street swimming pool has closed"))
