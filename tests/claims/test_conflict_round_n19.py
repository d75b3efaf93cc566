"""Rules of the n19 round of the numeric conflict rule, on figures outlets word apart: how
long a state lasted ("will stay closed for ten days" / "could be shut for at least six
weeks"), a share whose whole is named first ("Of the votes cast, 52% ..."), and the two
sides of one vote. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.quantities import find_quantities
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 12)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


def _measures(nlp, text: str) -> dict[str, str | None]:
    return {q.surface: q.measure for q in find_quantities(nlp(text))}


# --- how long a state lasted ---------------------------------------------------------------------


def test_a_duration_after_a_state_measures_the_subject_in_that_state(nlp):
    assert _measures(nlp, "The road will stay closed for ten days while engineers fill the hole.") == {
        "ten days": "road closed"}
    assert _measures(nlp, "The bridge remained shut for three weeks after the storm.") == {"three weeks": "bridge shut"}
    # Near misses: a duration of the verb itself keeps its activity; a duration of a
    # state named by no common noun has no subject to read.
    assert _measures(nlp, "The jury deliberated for nine hours.")["nine hours"] == "jury deliberate"
    assert _measures(nlp, "He was silent for ten minutes.")["ten minutes"] == "silent"


def test_durations_of_one_closure_in_days_and_weeks_conflict(nlp):
    a = ("The Harlow ring road will stay closed for ten days while engineers repair a burst water main, the "
         "highways agency said on Monday. Buses will be diverted through Eastfield.")
    rest = " Buses are being diverted through Eastfield while the Harlow ring road is shut."
    assert _numeric_between(nlp, a, "Engineers warned that the Harlow ring road could be shut for at least six "
                                    "weeks, a councillor said." + rest)
    # Near miss: "up to two weeks" allows ten days; the two agree.
    assert not _numeric_between(nlp, a, "Engineers warned that the Harlow ring road could be shut for up to two "
                                        "weeks, a councillor said." + rest)


# --- a share of a whole named before it ----------------------------------------------------------


def test_a_share_after_a_fronted_of_phrase_is_a_share_of_it(nlp):
    assert _measures(nlp, "Of the votes cast, 52% were against the scheme, the council said.") == {"52%": "vote"}
    # as the share written before its whole reads
    assert (_measures(nlp, "Of the votes counted so far, 48% went to the challenger.")
            == _measures(nlp, "48% of the votes counted so far went to the challenger."))
    # Near misses: a pronoun names no whole; "of course" is no partitive.
    assert _measures(nlp, "Of those, 40% were children.") == {"40%": None}
    assert _measures(nlp, "Of course, 52% were against it.") == {"52%": None}


def test_shares_of_the_votes_written_either_way_conflict(nlp):
    a = ("Voters in Tarrow rejected plans for a new incinerator in Thursday's referendum: 61% of the votes were "
         "against it, the returning officer said.")
    rest = " The Tarrow incinerator referendum was called after a petition."
    # "61% of the votes" names its group after it, "Of the votes cast, 54%" before it (now
    # read as measure "vote"): two shares are never a part set against its whole (the n10
    # test would take "61% of the votes" for a part of what the other measures).
    assert _numeric_between(nlp, a, "Of the votes cast, 54% were against the scheme, the council said." + rest)
    # Near miss: a share of the electorate taking part is no share of the votes.
    assert not _numeric_between(nlp, a, "Of the town's registered voters, 38% took part, the council said." + rest)


def test_shares_of_the_two_sides_of_a_vote_do_not_conflict(nlp):
    a = ("Voters in Tarrow rejected plans for a new incinerator in Thursday's referendum: 61% of the votes were "
         "against it, the returning officer said.")
    rest = " The Tarrow incinerator referendum was called after a petition."
    assert not _numeric_between(nlp, a, "Of the votes cast, 39% were in favour of the scheme, the council said." + rest)
    assert not _numeric_between(nlp, a, "In all, 39% of the votes were in favour of the scheme, the council said." + rest)
    # Near miss: two shares of one side still conflict.
    assert _numeric_between(nlp, a, "In all, 54% of the votes were against the scheme, the council said." + rest)


def test_the_two_sides_worded_as_backing_and_opposing_do_not_conflict(nlp):
    # (lead, eleventh session) "58% backing the plan" / "42% of those who voted opposed the
    # plan" were read as rivals: the sides may be worded as backing, supporting, opposing
    # or voting yes or no, not only "for", "against" and "in favour".
    a = "Residents of Tarrow voted for a new town council, with 58% backing the plan in Thursday's referendum."
    rest = " The Tarrow council referendum was called after a petition."
    assert not _numeric_between(nlp, a, "About 42% of those who voted opposed the plan, the council said." + rest)
    assert not _numeric_between(nlp, a, "In all, 42% of voters voted no to the plan, the council said." + rest)
    # Near miss: two shares of one side, worded apart, still conflict.
    assert _numeric_between(nlp, a, "Of the votes cast, 64% backed the plan, the council said." + rest)


def test_a_share_of_a_named_whole_and_a_share_naming_none_conflict(nlp):
    a = ("Voters in Tarrow rejected plans for a new incinerator in Thursday's referendum: 61% of the votes were "
         "against it, the returning officer said.")
    rest = " The Tarrow incinerator referendum was called after a petition."
    # A guard: two shares of the votes against, one naming its whole and one not, are rivals.
    # (r50) The pair is also told as a rejection ("was rejected"): reported once, as a
    # dispute (KIND_PRECEDENCE), the figures' reason kept after its own.
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + \
        _claims(nlp, "b", "The incinerator was rejected with 54% voting against, the council said." + rest,
                "Outlet B", DAY)
    (conflict,) = find_conflicts(refs)
    assert conflict.kind is ConflictKind.DISPUTE
    assert "'61%'" in conflict.reason and "'54%'" in conflict.reason and \
        conflict.reason.endswith("do not overlap")


def test_a_part_of_a_group_named_first_is_no_rival_of_the_group(nlp):
    a = ("A coach overturned on the Kelby bypass on Friday night, and 62 people were injured, police said. "
         "The Kelby bypass was closed overnight.")
    rest = " The Kelby bypass crash is under investigation."
    # Shares are let through the n10 part-of-a-group test; counts still go through it.
    assert not _numeric_between(nlp, a, "Of the injured, nine were taken to hospital, the ambulance service said." + rest)
    # Near miss: another count of the injured still conflicts.
    assert _numeric_between(nlp, a, "In all, 35 people were injured in the Kelby bypass crash, the ambulance service "
                                    "said." + rest)
