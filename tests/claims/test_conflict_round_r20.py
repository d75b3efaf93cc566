"""Review r20 of round n20's numeric rules: probes of broad rules on ordinary news
sentences written for these tests. Each test failed on the code before the review (commit
2606a92), but one that strengthens n20's own test, and each keeps a near miss: the case the
reviewed rule was written for, which must still be read as before."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.figure_roles import circumstantial_events
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 16)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a sentence opening on last month (n20 `_opens_on_last_month`) ----------------------------

FLOOD = "Last month's flood in Carrow damaged 300 homes, the council said."


def test_a_sentence_naming_the_month_itself_is_still_compared(nlp):
    # Both tell of last month's flood: the other sentence is dated by its own words, not
    # an undated figure of its article's days.
    assert _numeric_between(nlp, FLOOD, "The flood in Carrow last month damaged 450 homes, insurers said.",
                            date(2026, 12, 15), date(2026, 12, 10))
    assert _numeric_between(nlp, FLOOD, "The November flood in Carrow damaged 450 homes, insurers said.",
                            date(2026, 12, 15), date(2026, 12, 10))


def test_an_undated_figure_is_still_of_its_own_days(nlp):
    # Near miss (n20's case): the other sentence names no month.
    assert not _numeric_between(nlp, "The two-day strike at Orbury Hospital led to 340 operations being cancelled, "
                                     "the trust said.",
                                "Last month's strike at Orbury Hospital led to 150 operations being cancelled, the "
                                "trust said.", date(2026, 11, 13), date(2026, 11, 14))


# --- an event "by" or "of" the figure is its act (n20 `circumstantial_events`) ----------------


def _circumstances(nlp, text, surface):
    (found,) = [circumstantial_events(q, r.claim) for r in _claims(nlp, "a", text, "Outlet A")
                for q in r.claim.quantities if q.surface == surface]
    return found


def test_those_who_struck_are_no_rival_of_what_the_strike_caused(nlp):
    # n20's own end-to-end test of the rule passed on the code before n20 (commit 1574af8);
    # this pair conflicted there and no longer does (it passes on 2606a92 too).
    assert not _numeric_between(nlp, "About 700 nurses walked out at Orbury Hospital on Wednesday, the trust said.",
                                "The strike at Orbury Hospital led to 340 operations being cancelled, the trust "
                                "said.")


def test_an_event_by_the_figure_is_its_act(nlp):
    assert _circumstances(nlp, "Operations were cancelled during a strike by 700 nurses at Orbury Hospital.",
                          "700") == set()
    assert _circumstances(nlp, "Production stopped after a walkout by 350 workers on Tuesday.", "350") == set()
    # Near miss (n20's case): an event in a phrase of time, the figure not its doer.
    assert _circumstances(nlp, "Some 610 planned procedures were postponed during the walkout at Orbury Hospital.",
                          "Some 610") == {"strike"}


def test_strikers_named_after_a_phrase_of_time_still_conflict(nlp):
    assert _numeric_between(nlp, "Union officials said around 1,100 staff took part in the action at Orbury "
                                 "Hospital.",
                            "Operations were cancelled during a strike by 700 nurses at Orbury Hospital, the trust "
                            "said.")


# --- two counts of one noun by two participles (n20 `_counted_by_other_acts`, removed) ---------


def test_one_act_in_a_word_of_no_synonym_group_still_conflicts(nlp):
    # "rescued" / "saved" are one act though no synonym group lists either participle.
    assert _numeric_between(nlp, "Nine people were rescued in Vessaro, the agency said.",
                            "About 14 people were saved in Vessaro, officials said.")


def test_two_acts_of_two_events_are_still_two_counts(nlp):
    # Near miss: participles of two known events ("treated" / "arrested") stay apart.
    assert not _numeric_between(nlp, "Eight people were treated by paramedics at the Halden Air Show, the organisers "
                                     "said.",
                                "Some 30 people were arrested at the Halden Air Show, police said.")


def test_a_phrase_of_time_before_the_figure_is_no_circumstance_of_its_act(nlp):
    # "Since Monday" dates the walkout of the 700; it does not make the walkout theirs
    # only by circumstance.
    assert _circumstances(nlp, "Since Monday 700 nurses have walked out at Orbury Hospital, the union said.",
                          "700") == set()
    assert _numeric_between(nlp, "Since Monday 700 nurses have walked out at Orbury Hospital, the union said.",
                            "Union officials said around 1,100 staff took part in the action at Orbury Hospital.")
    # Near miss: the phrase after the figure, on the event's side, still makes it one.
    assert _circumstances(nlp, "About 610 procedures were postponed during the walkout at Orbury Hospital.",
                          "About 610") == {"strike"}


# --- measures met only through a third word (n20 `_met_through_a_third`) ------------------------


def test_words_that_met_through_a_third_and_name_one_thing_are_one_group(nlp):
    # n20 stopped measures meeting through a word of two groups; houses and properties,
    # a deficit and a gap had met only so ("home", "shortfall").
    assert _numeric_between(nlp, "The flood in Carrow damaged about 300 houses, the council said.",
                            "The flood in Carrow damaged some 450 properties, insurers said.")
    assert _numeric_between(nlp, "Harbury council faces a budget deficit of £40m next year, its leader said.",
                            "Harbury council faces a funding gap of £60m next year, auditors said.")


def test_households_and_houses_still_meet_in_no_group(nlp):
    # Near miss: households (a waiting list) and houses (to be built) are two measures.
    assert not _numeric_between(nlp, "Around 1,500 households in Carrow are on the waiting list, the council "
                                     "said.",
                                "The council plans to build about 700 houses in Carrow, its leader said.")


# --- the rescued, one event (n20 `conflict_event_words.txt`) -----------------------------------


def test_bodies_pulled_from_the_debris_are_no_count_of_the_rescued(nlp):
    # "pulled ... from the debris" is said of the dead as of the living.
    assert not _numeric_between(nlp, "Nine residents were rescued from the debris in Vessaro, the agency said.",
                                "Rescuers have pulled 30 bodies from the debris in Vessaro, officials said.")
    # Near miss (n20's case): those pulled out alive are the rescued.
    assert _numeric_between(nlp, "Nine residents were rescued from the debris in Vessaro, the agency said.",
                            "Rescue teams pulled 14 people alive from the debris in Vessaro, officials said.")
