"""Round r110: a word of the opposite rows denied of one thing and asserted of another.

A word of conflict_opposites.txt ("agreed", "approved", "accepted") said with a negation
right before it and an object after it ("had never agreed a number of days with anyone")
opposes a claim asserting the word only when that claim names the object: "The sale was
agreed on Monday" and "it had agreed a price" share the word, not the proposition
(`contradictions._denied_row_objects`, `_denied_object_unmet`). A word denied without an
object ("is not safe") and an object both claims name ("has not accepted the pay offer" /
"accepted the pay offer") still oppose.
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

from claims.conflicts.contradictions import _denied_row_objects, _Wording


def _hit(negating, asserting):
    return _Wording.of(negating, (), None).opposed_to(_Wording.of(asserting, (), None))


def test_the_object_of_a_denied_row_word_is_read():
    objects = dict(_denied_row_objects("the builder had never agreed a completion date with the council",
                                       (None, "agreed")))
    assert "complet" in objects["agreed"] or "date" in objects["agreed"]
    assert not _denied_row_objects("the governors said they had not agreed", (None, "agreed"))
    assert not _denied_row_objects("the governors had agreed a budget", ("agreed", None))


def test_a_row_word_denied_of_one_thing_and_asserted_of_another_opposes_nothing():
    assert _hit("The builder said it had never agreed a completion date with the council.",
                "The purchase of the depot was agreed in June.") is None
    assert _hit("The board has not approved any increase in the fees.",
                "The council approved the sale of the car park in March.") is None


def test_a_denied_row_word_still_opposes_its_own_object_or_a_word_without_one():
    # Near misses of the rule: the object is named by both, or there is no object.
    assert _hit("The union has not accepted the pay offer.", "The union accepted the pay offer on Friday.")
    assert _hit("The drivers have not accepted any offer from the company.",
                "The drivers accepted the improved offer, the company said.")
    assert _hit("The governors have not agreed the budget.", "The budget was agreed by governors last week.")
    assert _hit("The inspectors said the footbridge is not safe.", "The footbridge is safe, the council said.")
