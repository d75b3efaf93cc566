"""Round c60: universal or total denials against the acts that break them
(docs/conflicts.md, "Added in round c60"). Sentences written for these tests, not the gold.

a. "Not a single X has been <act>" / "none of the X ..." against a count of X that tells
   the act; not a count of X alone, nor a count of another thing, nor a promise.
b. No money spent on a thing ("Not a penny ... spent on consultants", "No member's money
   has been used to pay bonuses") against a sum paid, spent or approved for that thing;
   not a sum spent on another thing, nor money only raised.
c. A whole group said to have a thing or be in it ("Every library in the county has a
   mobile van") against a count of members that lost it or were removed from it; not a
   promise ("will have ... again"), nor a loss of another thing.
d. "no further X" / "no more X": none beyond those already made, no denial of past ones.
e. A denial and an account of the act it denies naming two years ("next year" / "last
   year", "this year" / "in 2019"): two times, no contradiction."""

from __future__ import annotations

from datetime import date

from claims.conflicts.total_denials import money_denials, money_spent, total_denials
from claims.models import ConflictKind, Quantity
from claims.overlap import topic_stems
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 4, 7)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- a. not a single member ------------------------------------------------------------------

NO_WARDEN = "The council's parks manager, Ivo Dunstable, said not a single warden has been made redundant in the review."


def test_a_not_a_single_member_against_a_count_telling_the_act(nlp):
    assert _contradictions(nlp, NO_WARDEN,
                           "The Parks Staff Union said five wardens were made redundant in May when two parks merged.")


def test_a_near_miss_a_count_of_the_thing_without_the_act(nlp):
    assert not _contradictions(nlp, NO_WARDEN,
                               "The Parks Staff Union said the council employed 140 wardens across the borough.")


def test_a_near_miss_a_count_of_another_thing(nlp):
    assert not _contradictions(nlp, NO_WARDEN,
                               "The Parks Staff Union said five gardeners were made redundant in May.")


def test_a_reader_skips_promises_and_sums():
    assert total_denials("not a single warden has been made redundant") == ((frozenset({"warden"}), frozenset({"made", "redundant"})),)
    assert total_denials("none of the wardens was sacked")
    assert not total_denials("not a single warden will be made redundant")
    assert not total_denials("not a single pound has been paid to the contractor")


# --- b. no money on a thing ------------------------------------------------------------------

NO_FEES = "\"Not a penny of the money residents raised has been spent on lawyers,\" the trust's chair, Rowena Pickersgill, said."


def test_b_no_money_against_a_sum_paid_for_the_thing(nlp):
    assert _contradictions(nlp, NO_FEES,
                           "Documents show the trust paid lawyers £27,000 from the appeal fund raised by residents.")


def test_b_near_miss_a_sum_spent_on_another_thing(nlp):
    assert not _contradictions(nlp, NO_FEES,
                               "Documents show the trust paid builders £27,000 from the appeal fund raised by residents.")


def test_b_near_miss_money_only_raised(nlp):
    assert not _contradictions(nlp, NO_FEES, "Residents raised £64,000 for the new roof over two years, the trust said.")


def test_b_readers():
    assert money_denials("No member's money has ever been used to pay bonuses") == (frozenset({"bonus"}),)
    assert money_denials("Not a penny of the money residents raised has been spent on lawyers") == (frozenset({"lawy"}),)
    assert not money_denials("Not a penny will be spent on lawyers next year")
    assert not money_denials("The auditor found no evidence that any money from donations had been spent on bonuses")
    sum_ = [Quantity(surface="£27,000", start_char=0, end_char=7, value=27000.0, unit="GBP")]
    # (r60) what the sum went on, not every word of the claim
    assert money_spent("the trust paid lawyers £27,000", sum_) == topic_stems("lawyers")
    assert not money_spent("the trust never paid lawyers £27,000", sum_)
    assert not money_spent("the trust raised £27,000", sum_)


# --- c. every member, and members that lost it ------------------------------------------------

EVERY_LIBRARY = "The county's library chief said every library in the county has a mobile van."


def test_c_every_member_against_members_that_lost_it(nlp):
    assert _contradictions(nlp, EVERY_LIBRARY,
                           "Figures show three of the county's libraries lost their mobile vans in the spring.")


def test_c_every_member_against_members_removed_from_it(nlp):
    assert _contradictions(nlp, "Every hamlet in the valley is in our repair programme, the water company said.",
                           "Campaigners said six hamlets had been removed from the repair programme in March.")


def test_c_near_miss_a_promise(nlp):
    assert not _contradictions(nlp, "The county said every library will have a mobile van again by the autumn.",
                               "Figures show three of the county's libraries lost their mobile vans in the spring.")


def test_c_near_miss_a_loss_of_another_thing(nlp):
    assert not _contradictions(nlp, EVERY_LIBRARY,
                               "Figures show three of the county's libraries lost their Sunday opening in the spring.")


# --- d. no further ---------------------------------------------------------------------------


def test_d_no_further_closures_against_past_ones(nlp):
    assert not _contradictions(nlp, "The health board said no further clinic closures were planned this year.",
                               "Two clinics were closed in the winter, the nurses' union said.")


def test_d_no_closures_against_past_ones_still_contradicts(nlp):
    assert _contradictions(nlp, "The health board said no clinic closures had taken place this year.",
                           "Two clinic closures took place in the winter, the nurses' union said.")


# --- e. a denial and the act in two named years --------------------------------------------


def test_e_a_denial_of_next_year_against_last_years_act(nlp):
    assert not _contradictions(nlp, "The college said no lecturer would be paid a bonus next year.",
                               "The college paid its lecturers bonuses of £31,000 last year, the accounts show.")


def test_e_a_denial_of_this_year_against_an_act_in_another_year(nlp):
    assert not _contradictions(nlp, "The head said no pupil had been suspended for lateness this year.",
                               "In 2019, 40 pupils were suspended for lateness, the governors said.")


def test_e_the_same_year_still_contradicts(nlp):
    assert _contradictions(nlp, "The head said no pupil had been suspended for lateness this year.",
                           "This year 40 pupils were suspended for lateness, the governors said.")


def test_e_years_named():
    from claims.conflicts.total_denials import years_named
    assert years_named("no bonus would be paid next year", 2026) == frozenset({2027})
    assert years_named("In 2019, 40 pupils were suspended", 2026) == frozenset({2019})
    assert years_named("bonuses were paid last year", None) == frozenset()
    assert years_named("40 pupils were suspended in the autumn term", 2026) == frozenset()


def test_e_near_miss_a_span_up_to_this_year_is_no_year_of_its_own(nlp):
    assert _contradictions(nlp, "Internal emails show Fenby Boilers knew of a leaking valve in its Vesta range in 2021.",
                           "Fenby Boilers said it did not know about the leaking valve until March this year.")


def test_reasons_read_as_english(nlp):
    (paid,) = _contradictions(nlp, NO_FEES, "Documents show the trust paid lawyers £27,000 from the appeal fund raised by residents.")
    assert "says no money went on lawyers" in paid.reason and "(paid)" not in paid.reason
    (lost,) = _contradictions(nlp, EVERY_LIBRARY, "Figures show three of the county's libraries lost their mobile vans in the spring.")
    assert "lost it or were taken out" in lost.reason and "(lost)" not in lost.reason
