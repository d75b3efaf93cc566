"""Rules of the n20 round of the numeric conflict rule, on numeric conflicts whose two
outlets word the measure apart or state a scope on one side only: a figure whose own
"including" lists a counted part of it ("More than 4,000 appointments were moved, including
300 cancer clinic slots") is the whole, compared with the other outlet's plain figure; a
sentence opening on last month is not of a later article's days; an event ties two figures
only in one relation to both; the rescued are one event; visitors and spectators are a
crowd, but not protesters. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.figure_roles import circumstantial_events
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 16)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a figure whose "including" lists a counted part of it ---------------------------------------

MOVED = "More than 4,000 outpatient appointments were moved at Brackwell General, including 300 cancer clinic slots."


def test_a_whole_listing_its_part_conflicts_with_a_plain_figure(nlp):
    assert _numeric_between(nlp, MOVED, "Some 1,900 outpatient appointments at Brackwell General had to be "
                                        "rescheduled, the trust said.")
    assert _numeric_between(nlp, "Nine residents of Orsaville were rescued from the rubble, including two children, "
                                 "the agency said.",
                            "Rescuers pulled 14 residents of Orsaville alive from the rubble, officials said.")
    # The plain figure says nothing of leaving the part out: it counts the same whole.
    assert _numeric_between(nlp, "Some 2,500 jobs will go at the Ferrand plant, including 400 contractor posts, "
                                 "the company said.",
                            "The union said 2,100 jobs will go at the Ferrand plant.")


def test_another_scope_beside_the_listed_part_still_keeps_figures_apart(nlp):
    # Near miss: "worldwide" is a scope the plain figure lacks, whatever "including" lists.
    assert not _numeric_between(nlp, "Some 2,500 jobs will go worldwide, including 400 contractor posts, Ferrand "
                                     "said.",
                                "The union said 2,100 jobs will go at Ferrand.")


def test_the_part_after_including_keeps_its_scope(nlp):
    # Near miss: "including 12 children" is the part, not a rival of the whole's count.
    assert not _numeric_between(nlp, "Forty people were injured in the Calvane tram crash, including 12 children, "
                                     "police said.",
                                "Nine children were injured in the Calvane tram crash, the hospital said.")


# --- a sentence opening on last month ----------------------------------------------

CANCELLED = "The two-day strike at Orbury Hospital led to 340 operations being cancelled, the trust said."
LAST_MONTH = "Last month's strike at Orbury Hospital led to 150 operations being cancelled, the trust said."


def test_last_months_figure_is_no_rival_of_this_weeks(nlp):
    assert not _numeric_between(nlp, CANCELLED, LAST_MONTH, date(2026, 11, 13), date(2026, 11, 14))
    assert not _numeric_between(nlp, CANCELLED, "Last month, the strike at Orbury Hospital led to 150 operations "
                                                "being cancelled.", date(2026, 11, 20), date(2026, 11, 20))


def test_last_months_figure_early_in_a_month_is_still_compared(nlp):
    # Near miss: an article of the 2nd may tell of the strike of the 30th, last month's.
    assert _numeric_between(nlp, CANCELLED, LAST_MONTH, date(2026, 11, 2), date(2026, 11, 2))


# --- an event as the act of one figure and the circumstance of the other --------------------------


def _circumstances(nlp, text):
    return {q.surface: circumstantial_events(q, r.claim) for r in _claims(nlp, "a", text, "Outlet A")
            for q in r.claim.quantities}


def test_an_event_in_a_phrase_of_time_or_cause_is_a_circumstance(nlp):
    assert _circumstances(nlp, "Some 610 planned procedures were postponed during the walkout at Orbury Hospital.")[
        "Some 610"] == {"strike"}
    assert _circumstances(nlp, "The strike at Orbury Hospital led to 340 operations being cancelled.")["340"] == {
        "strike"}
    # Near misses: the counted walked out; the blaze is a circumstance, the evacuation the act.
    assert _circumstances(nlp, "About 700 nurses walked out at Orbury Hospital on Wednesday.")["About 700"] == set()
    assert _circumstances(nlp, "The blaze forced 2,000 residents from their homes in Brell.")["2,000"] == {"fire"}


STRUCK = "About 700 nurses walked out at Orbury Hospital on Wednesday, the trust said."


def test_those_who_struck_are_no_rival_of_what_the_strike_cost(nlp):
    assert not _numeric_between(nlp, STRUCK, "Some 610 planned procedures were postponed during the walkout at "
                                             "Orbury Hospital, internal figures show.")


def test_an_event_in_one_relation_on_both_sides_still_ties_two_figures(nlp):
    # Near misses: both the act ("walked out" / "took part in the action"), or both the
    # circumstance ("led to" / "during"), still conflict.
    assert _numeric_between(nlp, STRUCK, "Union officials said around 1,100 staff took part in the action at "
                                         "Orbury Hospital.")
    assert _numeric_between(nlp, "The strike at Orbury Hospital led to 340 operations being cancelled, the trust "
                                 "said.",
                            "Some 610 planned procedures were postponed during the walkout at Orbury Hospital, "
                            "internal figures show.")


# --- the rescued, one event --------------------------------------------------------------------

RESCUED = "Nine residents were rescued from the debris in Vessaro, the civil protection agency said."


def test_those_pulled_out_alive_and_those_rescued_are_one_count(nlp):
    assert _numeric_between(nlp, RESCUED, "Rescue teams pulled 14 people alive from the debris in Vessaro, "
                                          "officials said.")


def test_the_rescuers_are_no_count_of_the_rescued(nlp):
    # Near misses: the words of the rescuers name no rescued.
    assert not _numeric_between(nlp, RESCUED, "About 40 firefighters took part in the rescue in Vessaro, officials "
                                              "said.")
    assert not _numeric_between(nlp, RESCUED, "Some 120 rescuers worked through the night in Vessaro, officials said.")


# --- visitors and spectators are a crowd; groups meet only through a word of both -------------

VISITORS = "The Brenton Museum drew 52,000 visitors over the weekend, the council said."


def test_a_crowd_and_visitors_are_one_count(nlp):
    assert _numeric_between(nlp, VISITORS, "A crowd of 38,000 passed through the Brenton Museum over the weekend, "
                                           "organisers said.")


def test_visitors_and_protesters_meet_in_no_group(nlp):
    # Near miss: both are a "crowd", each in its own group, not one another's.
    assert not _numeric_between(nlp, VISITORS, "About 3,000 protesters gathered outside the Brenton Museum over the "
                                               "weekend, police said.")


# --- two counts of one noun by two participles (the n20 rule splitting them was removed in
# review r20: see tests/claims/test_conflict_round_r20.py) ---------------------------------------

TREATED = "Eight people were treated by paramedics at the Halden Air Show, the organisers said."


def test_one_act_in_two_words_still_conflicts(nlp):
    # Near miss: "injured" / "hurt" are one act through a synonym group.
    assert _numeric_between(nlp, "Eight people were injured at the Halden Air Show, the organisers said.",
                            "Some 15 people were hurt at the Halden Air Show, the council said.")
    assert _numeric_between(nlp, TREATED, "Paramedics treated at least 15 people at the Halden Air Show, the "
                                          "council said.")
