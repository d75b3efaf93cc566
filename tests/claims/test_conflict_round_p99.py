"""Round p99: "every X" against a share of X that did not (docs/conflicts.md, "Round
p99"). Sentences written for these tests, not the gold.

A claim that every member of a group did a thing ("every cleaner was paid for the hours
spent waiting", "All 12 lifts in the tower were replaced") is answered by a share of the
same group told as not having done it ("28% of cleaners were not paid for the time spent
waiting"), as alone having done it ("Only 40% of the faults were fixed within a week") or
as a part of the same named whole that did ("five of the 12 lifts in the tower had been
replaced") (`contradictions._members_short`, `_Wording.short`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _members_short, _universal_sentence_stems, _whole_counts
from claims.models import Quantity
from tests.claims.test_conflict_round_c84 import _contradictions

UNIVERSAL = ("Brightclean Services said every cleaner was paid for the hours spent waiting between shifts. The "
             "company said its contract with the hospital would run until 2029.")
SHARE_NOT = ("A review by the hospital trust found that 28% of cleaners were not paid for the time spent waiting "
             "between shifts, the trust said. It said the contract would be reviewed next year.")
SHARE_OTHER_ACT = ("A review by the hospital trust found that 28% of cleaners did not finish their training "
                   "course, the trust said. It said the contract would be reviewed next year.")

WHOLE = ("Tollgate Homes said all 12 lifts in the Marlow tower were replaced after last winter's breakdowns. The "
         "firm said residents had been kept informed.")
PART = ("An inspection for the residents' association found that five of the 12 lifts in the Marlow tower had "
        "been replaced since last winter, the association said.")
PART_OF_ANOTHER_WHOLE = ("An inspection for the residents' association found that five of the 30 lifts in the "
                         "borough's towers had been replaced since last winter, the association said.")


def _short(reasons):
    return any("that a share of the" in r for r in reasons)


def _q(surface, value, unit, measure):
    return Quantity(surface=surface, start_char=0, end_char=len(surface), value=value, unit=unit, measure=measure)


def test_shares_short_of_the_whole_read():
    text = "28% of cleaners were not paid for the time spent waiting between shifts"
    (heads, lacked, total), = _members_short(text, [_q("28%", 28, "percent", "cleaner")])
    assert "clean" in heads and "paid" in lacked and total is None
    only = "Only 40% of the faults were fixed within a week"
    (heads, lacked, _), = _members_short(only, [_q("40%", 40, "percent", "fault")])
    assert "fault" in heads and "fixed" in lacked
    part = "five of the 12 lifts in the tower had been replaced"
    found = _members_short(part, [_q("five", 5, "count", "lift"), _q("12", 12, "count", "lift")])
    assert [total for _, _, total in found] == [12.0]  # "the 12" is the whole, no share of it
    assert _whole_counts("all 12 lifts in the tower were replaced") == frozenset({12.0})


def test_near_misses_no_share_short():
    # a share that did the thing, with no "only" and no whole named, lacks nothing
    assert _members_short("40% of the faults were fixed within a week", [_q("40%", 40, "percent", "fault")]) == ()
    # a share as large as its whole is the whole
    assert _members_short("12 of the 12 lifts were replaced",
                          [_q("12", 12, "count", "lift")]) == ()
    # a whole after a preposition is a rate, not a group said to do a thing
    assert _universal_sentence_stems("It pays dealers £35 for each battery returned.") == frozenset()


def test_every_member_against_a_share_that_was_not(nlp):
    pairs = _contradictions(nlp, (UNIVERSAL, "Fenwold Echo", date(2026, 3, 3)),
                            (SHARE_NOT, "Vale Weekly", date(2026, 3, 5)))
    assert _short(pairs)


def test_near_miss_a_share_that_did_another_thing(nlp):
    pairs = _contradictions(nlp, (UNIVERSAL, "Fenwold Echo", date(2026, 3, 3)),
                            (SHARE_OTHER_ACT, "Vale Weekly", date(2026, 3, 5)))
    assert not _short(pairs)


def test_all_of_a_named_whole_against_a_part_of_it(nlp):
    pairs = _contradictions(nlp, (WHOLE, "Fenwold Echo", date(2026, 3, 3)),
                            (PART, "Vale Weekly", date(2026, 3, 5)))
    assert _short(pairs)


def test_near_miss_a_part_of_another_whole(nlp):
    pairs = _contradictions(nlp, (WHOLE, "Fenwold Echo", date(2026, 3, 3)),
                            (PART_OF_ANOTHER_WHOLE, "Vale Weekly", date(2026, 3, 5)))
    assert not _short(pairs)


ALL_VISITED = ("Mr Oakes said all 40 care homes in the district had been visited by the council's inspectors since "
               "the new rules came in. The council said standards had improved.")
NONE_VISITED = ("\"The council has not visited one of them,\" said Jana Rell, who chairs the "
                "district's care home owners' group. She said owners wanted more support.")
NONE_OTHER_ACT = ("\"The council has not funded one of them,\" said Jana Rell, who chairs the district's care home "
                  "owners' group. She said owners wanted more support.")


def _nobody(reasons):
    return any("every home" in r and "not visited one of them" in r for r in reasons)


def test_nobody_did_and_the_whole_group_acts_read():
    from claims.conflicts.contradictions import _nobody_did, _universal_acts
    assert _nobody_did("Nobody was judged.") == frozenset({"judg"})
    assert "visit" in " ".join(_nobody_did("It has not visited one of them"))
    assert "judg" in _universal_acts("Every class was judged and the parade ran to time")
    # the group's own relative clause is not what the group did
    assert not any(s.startswith("los") for s in _universal_acts("Every town that loses a branch will keep a cash machine"))


def test_every_member_against_nobody_in_the_same_verb(nlp):
    pairs = _contradictions(nlp, (ALL_VISITED, "Fenwold Echo", date(2026, 3, 3)),
                            (NONE_VISITED, "Vale Weekly", date(2026, 3, 5)))
    assert any("not visited one of them" in r for r in pairs)


def test_near_miss_nobody_in_another_verb(nlp):
    pairs = _contradictions(nlp, (ALL_VISITED, "Fenwold Echo", date(2026, 3, 3)),
                            (NONE_OTHER_ACT, "Vale Weekly", date(2026, 3, 5)))
    assert not any("not funded one of them" in r for r in pairs)
