"""Round v46: the eighteenth session's review suspected defects it could not show end to
end (docs/conflicts.md, "Mended after the eighteenth session's review"). Shown here
through `find_conflicts` on two articles, each with a near miss. Sentences written for
these tests, about none of the gold cases."""

from claims.conflicts.contradictions import _reached, _timed_for
from claims.conflicts.numeric import _day_span
from tests.claims.test_conflict_round_g44 import _contradictions
from tests.claims.test_conflict_round_n20 import _numeric_between

# --- a45: the store's pruning keeps a stem one letter longer than a reached one ----------------


def test_a_negated_singular_meets_an_asserted_plural_in_the_store(nlp):
    assert _contradictions(nlp, "No letter was sent to the family at Gorran Court about the sewage spill, the "
                                "council said.",
                           "The water company had written to families at Gorran Court about the sewage spill, a "
                           "spokesman said.")


def test_the_plural_widening_needs_an_act_family():
    assert _reached("famil", frozenset({"fami"}), frozenset({"writ"}))
    # Near miss: with no act family at work the pruning is as before, and never two letters.
    assert not _reached("famil", frozenset({"fami"}), frozenset())
    assert not _reached("famili", frozenset({"fami"}), frozenset({"writ"}))


# --- nf44: a day the figure was told on is no day counted --------------------------------------

STORM = "Some 1,300 homes in Marlow Vale were flooded during the week-long storm, the Environment Agency said."


def test_said_late_on_monday_dates_the_telling(nlp):
    assert _numeric_between(nlp, "The council said late on Monday that 420 homes in Marlow Vale had been flooded.",
                            STORM)
    assert _day_span("in a statement on Monday, the council said 420 homes") is None


def test_a_day_counted_after_the_telling_day_is_still_read():
    # Near misses: a day the count is of, even after a day of telling, and a late arrival.
    assert _day_span("the council said late on Monday that 40 people were treated on Sunday") == 1
    assert _day_span("the ferry arrived late on Monday with 300 passengers") == 1


# --- c44: in time for one thing, too late for another ------------------------------------------

BRIDGE = "The new bridge at Harlow Ferry opened in time for Christmas, the council said."


def test_in_time_and_too_late_for_two_things_do_not_contradict(nlp):
    assert not _contradictions(nlp, BRIDGE, "The new bridge at Harlow Ferry opened too late to help traders, "
                                            "shopkeepers said.")
    assert not _contradictions(nlp, "The Corby ward extension was finished in time for winter, the trust said.",
                               "Nurses said extra beds at the Corby ward extension arrived too late for many "
                               "patients.")


def test_in_time_and_too_late_for_one_thing_still_contradict(nlp):
    # Near misses: one target on both sides, or a side naming none.
    assert _contradictions(nlp, BRIDGE, "The new bridge at Harlow Ferry opened too late for Christmas shoppers, "
                                        "traders said.")
    assert _contradictions(nlp, BRIDGE, "The new bridge at Harlow Ferry opened too late, traders said.")
    assert _timed_for("too late", "the warning came too late") == frozenset()
