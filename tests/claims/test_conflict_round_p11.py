"""Rules of the p11 (precision) round: figures 20 times apart are of two things, two-digit
figures one unit apart in their last digit are one reading, a figure of this week is not
set against one of a past year, a part of a group named in an irregular plural is a part,
what an application asks for is not what is, a figure singled out by a superlative ("at
the largest farm") is not the whole's, a revised figure replaces the earlier one, and "up
to" before a figure is no rise. Sentences written for these tests; each rule has a near
miss."""

from datetime import date

from claims.conflicts.numeric import _singled_out, _tolerance, interval
from claims.conflicts import find_conflicts
from claims.figure_roles import is_target
from claims.lexicon import rejects, rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _figure, _numeric

DAY = date(2027, 9, 14)  # a Tuesday
NEXT_DAY = date(2027, 9, 15)


def _kinds(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return {c.kind for c in find_conflicts(refs)}


# --- figures far apart ----------------------------------------------------------------------


def test_figures_far_apart_are_of_two_things(nlp):
    a = "Some 65,000 people attended the Marlow Vale festival over the weekend, organisers said."
    assert not _numeric(nlp, a, "Paramedics treated 212 people at the Marlow Vale festival, the ambulance service said.")
    # Near miss: two readings of the crowd a few times apart still conflict.
    assert _numeric(nlp, a, "Police said about 30,000 people attended the Marlow Vale festival over the weekend.")


def test_two_estimates_of_one_crowd_twenty_times_apart_still_conflict(nlp):
    # Organisers' and police counts of a march differ this much in real reporting.
    a = "Organisers said a million people marched through Varnholm on Saturday against the pension reform."
    b = "Police put the number of people who marched through Varnholm on Saturday at 50,000."
    assert _numeric(nlp, a, b)


# --- the last digit's rounding --------------------------------------------------------------


def test_a_two_digit_figure_is_widened_by_most_of_its_last_digit(nlp):
    q, _ = _figure(nlp, "The reading was 46 micrograms per cubic metre, the council said.", "46 micrograms per cubic")
    low, high = interval(q, 0.05)
    assert 45 < low < 45.5 and 46.5 < high < 47
    # A figure of more digits keeps the 1% floor; one of a single digit the settings' share.
    q, _ = _figure(nlp, "The plant employs 9,250 people, the company said.", "9,250")
    assert _tolerance(q, 0.05) == 0.01
    q, _ = _figure(nlp, "The plant employs 12 engineers, the company said.", "12")
    assert _tolerance(q, 0.05) == 0.0625
    q, _ = _figure(nlp, "The plant employs 5,000 people, the company said.", "5,000")
    assert _tolerance(q, 0.05) == 0.05


def test_one_unit_apart_is_one_reading_two_units_apart_are_two(nlp):
    a = "Nitrogen dioxide on Kell Street averaged 46 micrograms per cubic metre, campaigners said."
    assert not _numeric(nlp, a, "Nitrogen dioxide on Kell Street averaged 45 micrograms per cubic metre, the council said.")
    # Near miss: two units apart.
    assert _numeric(nlp, a, "Nitrogen dioxide on Kell Street averaged 44 micrograms per cubic metre, the council said.")


# --- this week against a past year ------------------------------------------------------------


def test_a_figure_of_this_week_against_one_of_last_year(nlp):
    a = "The ambulance service said it took 41 marathon runners to hospital on Sunday."
    b = "In last year's race, 22 marathon runners were taken to hospital, the organisers said."
    assert not _numeric(nlp, a, b)
    # Near miss: the organisers' count of the same Sunday conflicts.
    b = "The organisers said 18 marathon runners were taken to hospital on Sunday."
    assert _numeric(nlp, a, b)


# --- a part of a group named in an irregular plural -------------------------------------------


def test_part_of_the_children_is_not_the_children(nlp):
    a = "The agency said 23 children had fallen ill across Dunmere county since late August."
    assert not _numeric(nlp, a, "Nine of the children attend schools in Ashcombe, a Dunmere county spokesperson said.")
    # Near miss: a count of the children themselves conflicts.
    assert _numeric(nlp, a, "The dairy said nine children had fallen ill across Dunmere county since late August.")


# --- what an application asks for ---------------------------------------------------------------


def test_what_an_application_asks_for_is_a_target(nlp):
    q, c = _figure(nlp, "The energy board rejected Greyhaven's application to add 20 turbines, citing shipping lanes.", "20")
    assert is_target(q, c)
    q, c = _figure(nlp, "The council turned down a request to open 12 more beds at the Kell hospital.", "12")
    assert is_target(q, c)
    # Near miss: what the application says exists is measured, not asked for.
    q, c = _figure(nlp, "Greyhaven's application says the farm already has 60 turbines.", "60")
    assert not is_target(q, c)


# --- a figure singled out by a superlative ---------------------------------------------------------


def test_a_superlative_singles_out_a_member(nlp):
    q, c = _figure(nlp, "At the largest farm, at Hollin Green, 95,000 birds will be destroyed.", "95,000")
    assert _singled_out(q, c)
    q, c = _figure(nlp, "The highest single reading was 46 micrograms per litre.", "46 micrograms per litre")
    assert _singled_out(q, c)
    # Near miss: a superlative of another clause of the sentence, after the figure's.
    q, c = _figure(nlp, "About 3,200 drivers walked out on Monday, and the union called it the biggest strike in years.",
                   "About 3,200")
    assert not _singled_out(q, c)


def test_the_worst_point_against_the_average(nlp):
    a = "The district council said the Orwick cliff had lost an average of 4 metres this winter."
    assert not _numeric(nlp, a, "Residents said the Orwick cliff had lost 25 metres at its worst point this winter.")
    # Near miss: the worst point on both sides conflicts.
    a = "The district council said the Orwick cliff had lost 14 metres at its worst point this winter."
    assert _numeric(nlp, a, "Residents said the Orwick cliff had lost 25 metres at its worst point this winter.")


# --- a revised figure -----------------------------------------------------------------------------


def test_a_revision_replaces_the_earlier_figure(nlp):
    a = "Fifty-seven people were injured in the Varda valley earthquake, the civil protection agency said."
    b = "The civil protection agency later raised the number of people injured in the Varda valley earthquake to 74."
    assert not _numeric(nlp, a, b, DAY, NEXT_DAY)
    # Near miss: the hospital's own count, not a revision, conflicts.
    b = "The regional hospital said 74 people were injured in the Varda valley earthquake."
    assert _numeric(nlp, a, b, DAY, NEXT_DAY)


# --- "up to" ----------------------------------------------------------------------------------------


def test_up_to_before_a_figure_is_no_rise(nlp):
    a = "Passengers were stranded for up to four hours on the Monte Sarro cable car, the operator said."
    b = "Rescuers lowered 38 passengers from the Monte Sarro cable car by rope, the rescue service said."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)
    # Near miss: a rise and a fall of one thing still contradict.
    a = "Passenger numbers on the Monte Sarro cable car rose this winter, the operator said."
    b = "Passenger numbers on the Monte Sarro cable car fell this winter, the tourist board said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


# --- a change against a level ------------------------------------------------------------------------


def test_a_change_is_not_set_against_a_level(nlp):
    a = "Westvale Rail normally carries about 450,000 passengers on a weekday, the company said."
    b = "Westvale Rail passenger numbers on Monday were down by roughly 300,000, the transport authority said."
    assert not _numeric(nlp, a, b)
    # Near miss: two changes of one thing still conflict.
    a = "Westvale Rail passenger numbers on Monday were down by about 100,000, the company said."
    assert _numeric(nlp, a, b)


# --- two acts counted with one generic measure -------------------------------------------------------


def test_treated_is_not_taken_to_hospital_and_started_is_not_finished(nlp):
    hospital = "The ambulance service took 41 Riverton Marathon runners to hospital on Sunday."
    assert not _numeric(nlp, "Medical teams treated 340 runners at the Riverton Marathon on Sunday, organisers said.", hospital)
    assert not _numeric(nlp, "More than 31,000 runners started the Riverton Marathon on Sunday, organisers said.",
                        "The organisers said 27,500 runners finished the Riverton Marathon on Sunday.")
    # Near misses: one act counted twice still conflicts.
    assert _numeric(nlp, "Organisers said 18 Riverton Marathon runners were taken to hospital on Sunday.", hospital)
    assert _numeric(nlp, "The organisers said 24,000 runners finished the Riverton Marathon on Sunday.",
                    "The timing company said 27,500 runners finished the Riverton Marathon on Sunday.")


# --- declining a proposal is not disputing a claim ----------------------------------------------------


def test_rejecting_a_proposal_rejects_no_claim():
    assert not rejects_a_claim("the energy board rejected Greyhaven's application to add 20 turbines")
    assert not rejects_a_claim("the minister rejected calls for an independent inquiry")
    assert not rejects_a_claim("the council denied the company a permit")
    # Extraction still reads the rejecting word (a narrated sentence the outlet tells).
    assert rejects("the energy board rejected Greyhaven's application to add 20 turbines")
    # Near misses: rejecting what was said, or figures named in a proposal, still rejects.
    assert rejects_a_claim("the club denied that the striker handed in a transfer request")
    assert rejects_a_claim("the ministry rejected the union's claim that 240,000 birds would be culled")
    assert rejects_a_claim("the council rejected figures in the bid")


def test_a_council_rejecting_a_request_disputes_no_one(nlp):
    a = ("More than 31,000 runners started the Riverton Marathon on Sunday, organisers said, as temperatures "
         "reached 29C. Race director Glen Okafor said the decision to go ahead had been \"the right call\".")
    b = ("The organisers said 27,500 runners finished the Riverton Marathon. City councillor Ruth Ambers said the "
         "council had rejected a request from runners' clubs to move the start of the Riverton Marathon to 7am.")
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", NEXT_DAY)
    assert not [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]
    # Near miss: the councillor rejecting the organisers' figure disputes it.
    b = ("The organisers said 27,500 runners finished the Riverton Marathon. City councillor Ruth Ambers rejected "
         "the organisers' figures, saying far fewer runners had started the Riverton Marathon.")
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", NEXT_DAY)
    assert [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


def test_a_part_named_by_a_pronoun_against_a_count_of_its_own_act(nlp):
    a = "Race director Glen Okafor said medics had treated 340 runners, 18 of whom were taken to hospital."
    assert _numeric(nlp, a, "The ambulance service said it took 41 runners to hospital on Sunday.")
    # Near miss: against a count of another act the pronoun's part is still only a part.
    assert not _numeric(nlp, a, "The ambulance service said 41 runners were injured on Sunday.")


def test_a_sentence_opening_on_last_year_is_history(nlp):
    a = "Tests at 40 Lindell homes found lead at an average of 12 micrograms per litre, the water utility said."
    b = "Last year, the utility's average for lead at Lindell homes was 15 micrograms per litre, the health department said."
    assert not _numeric(nlp, a, b)
    # Near miss: "last year" later in the sentence may be the other figure's own period.
    b = "The health department said the average for lead at Lindell homes was 15 micrograms per litre last year."
    assert _numeric(nlp, a, b)
