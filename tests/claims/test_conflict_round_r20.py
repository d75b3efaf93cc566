"""Review r20 of round n20's numeric rules: probes of broad rules on ordinary news
sentences written for these tests. Each test failed on the code before the review (commit
2606a92) and each keeps a near miss: the case the reviewed rule was written for, which
must still be read as before."""

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
