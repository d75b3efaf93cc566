"""Rules of the c8 conflict round: a whole group against a count of its exceptions, what
happened to no one against a count of it, denials read through their synonyms, past
events named by their year, two claims stating both figures, and rejections answering only
claims of their own time. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _conflicts, _numeric


def _kinds(nlp, a_text, b_text, a_day=date(2027, 4, 7), b_day=date(2027, 4, 8)):
    return [c.kind for c in _conflicts(nlp, a_text, b_text, a_day, b_day)]


# --- a whole group against a count of its exceptions ------------------------------------------


def test_every_member_voted_against_members_who_abstained(nlp):
    a = "The Harrow council vote on the harbour budget passed on Tuesday. Council whip Ada Brenn said every member of the ruling group had voted for the harbour budget."
    b = "Four ruling group members abstained in Tuesday's vote on the Harrow harbour budget, according to the council minutes."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: a count of members who did something else is no exception.
    b = "Four ruling group members spoke in Tuesday's debate on the Harrow harbour budget, according to the council minutes."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_all_trains_ran_against_trains_cancelled(nlp):
    a = "Corlan Rail said all of its trains ran on time on Friday after the Harrow signalling upgrade."
    b = "Passenger group TrackWatch said 25 Corlan trains were cancelled on Friday after the Harrow signalling upgrade."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: "almost all" admits exceptions.
    a = "Corlan Rail said almost all of its trains ran on time on Friday after the Harrow signalling upgrade."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_the_universals_and_exceptions_read():
    from claims.conflicts.contradictions import _universals
    assert _universals("every member of the governing coalition had voted for the bill")
    assert _universals("all 14 primary schools would reopen on Wednesday")
    # Near miss: a group said not to have done a thing, or to have failed, is no universal.
    assert not _universals("every member of the coalition had refused to back the bill")
    assert not _universals("not all schools would reopen on Wednesday")


# --- what happened to no one, and denials through their synonyms ------------------------------


def test_nobody_injured_against_workers_treated_in_hospital(nlp):
    a = "A fire broke out at the Tarrow paper mill on Sunday. Station manager Neil Amos said nobody had been injured in the Tarrow mill fire."
    b = "Two workers were treated in hospital after the Tarrow paper mill fire on Sunday, the ambulance service said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: a count of people who were something else (evacuated) is no injury.
    b = "Two hundred workers were evacuated after the Tarrow paper mill fire on Sunday, the ambulance service said."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_no_new_cases_against_new_patients(nlp):
    a = "Health officials in Tarrow said no new cases of mumps had been recorded in the town since Friday."
    b = "Three new patients with mumps were admitted to Tarrow infirmary over the weekend, a hospital spokesperson said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: a total since the outbreak began is no new case.
    b = "A hospital spokesperson said 40 people in Tarrow had caught mumps since the outbreak began."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- past events named by their year ----------------------------------------------------------


def test_last_years_march_is_another_event(nlp):
    a = "Police said the Tarrow carnival parade passed off peacefully on Saturday."
    b = "Last year's Tarrow carnival parade ended in violent clashes near the station, police said."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)
    # Near miss: this year's parade.
    b = "This year's Tarrow carnival parade ended in violent clashes near the station, witnesses said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_a_year_of_a_denied_event_does_not_set_it_apart():
    from claims.conflicts.contradictions import PAST_EVENT_YEAR
    assert PAST_EVENT_YEAR.search("Last year's march ended in clashes")
    assert PAST_EVENT_YEAR.search("the 2019 march ended in clashes")
    # Near miss: "in 2022" dates an event the other claim may deny.
    assert not PAST_EVENT_YEAR.search("the minister had been warned of the overruns in 2022")


# --- two claims stating both figures ------------------------------------------------------------


def test_a_tally_restated_is_no_numeric_conflict(nlp):
    a = "The Tarrow bypass motion passed by 41 votes to 19, the council said."
    b = "Councillor Ines Varo said the Tarrow bypass motion had passed by 41 votes to 19."
    assert not _numeric(nlp, a, b)
    # Near miss: another tally of the same vote still conflicts.
    b = "Councillor Ines Varo said the Tarrow bypass motion had passed by 35 votes to 25."
    assert _numeric(nlp, a, b)


# --- rejections answer claims of their own time -------------------------------------------------


def test_a_rejection_does_not_answer_a_claim_months_away(nlp):
    a = "Organisers said about 30,000 people joined the Tarrow climate march on Saturday."
    b = "A police spokesman called the organisers' claim of 30,000 marchers \"wildly inflated\"."
    assert ConflictKind.DISPUTE in _kinds(nlp, a, b)
    # Near miss: the same words of a march seven months earlier are another story's.
    assert ConflictKind.DISPUTE not in _kinds(nlp, a, b, a_day=date(2026, 9, 7))


# --- opposite outcomes of the c8 round (conflict_opposites.txt) -------------------------------


def test_stable_and_critical_condition_contradict():
    from tests.claims.test_conflicts import statement
    a = statement("a1", "the injured Tarrow cyclist was in a stable condition in hospital", "Police", "Gazette")
    b = statement("b1", "the injured Tarrow cyclist remained in a critical condition in hospital", "Hospital", "Courier")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.CONTRADICTION]
    # Near miss: "not life-threatening" agrees with stable, and so does "none of the
    # injuries was life-threatening" (its negator is not next to the word).
    b = statement("b1", "the injured Tarrow cyclist's injuries were not life-threatening", "Hospital", "Courier")
    assert find_conflicts([a, b]) == []
    b = statement("b1", "none of the injuries was life-threatening", "Hospital", "Courier")
    assert find_conflicts([a, b]) == []


def test_unanimous_against_votes_against():
    from tests.claims.test_conflicts import statement
    a = statement("a1", "the Tarrow planning board approved the quarry plan unanimously", "Board chair", "Gazette")
    b = statement("b1", "two Tarrow planning board members voted against the quarry plan", "Campaigners", "Courier")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.CONTRADICTION]
    # Near miss: a unanimous vote and members who spoke against it before the vote.
    b = statement("b1", "two Tarrow planning board members spoke about the quarry plan", "Campaigners", "Courier")
    assert find_conflicts([a, b]) == []


def test_the_march_descended_into_running_battles():
    from tests.claims.test_conflicts import statement
    a = statement("a1", "the Tarrow climate march passed off largely peacefully", "Police", "Gazette")
    b = statement("b1", "the Tarrow climate march descended into running battles with police", "Witnesses", "Courier")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.CONTRADICTION]
    # Near miss: a battle of words is no street fight.
    b = statement("b1", "the Tarrow climate march organisers faced a battle of words with police", "Witnesses", "Courier")
    assert find_conflicts([a, b]) == []


# --- a rejected document answers what it was said to find -------------------------------------


def test_a_rejected_survey_answers_its_finding(nlp):
    text = ("A survey carried out by the Tarrow Tenants' Association found leaking roofs in most flats on the "
            "Orchard estate. Tenants said repairs took months. The landlord, Brookvale Housing, said the tenants' "
            "survey was \"unscientific and misleading\".")
    refs = _claims(nlp, "a", text, "Outlet A", date(2027, 4, 7))
    disputes = [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]
    by_id = {r.claim.claim_id: r.claim for r in refs}
    assert any("survey carried out" in by_id[c.claim_a].text for c in disputes)
    # Near miss: the tenants' own remark is not their survey.
    assert not any(by_id[c.claim_a].text.startswith("repairs") for c in disputes)


# --- "the higher figure" ---------------------------------------------------------------------


def test_the_higher_figure_is_the_higher_of_two(nlp):
    def targets(which):
        text = ("Researchers at Kestrel Labs said data on 5 million Corvex shoppers had been stolen. "
                "The data regulator said 3 million Corvex shoppers were affected. "
                f"Corvex called the {which} figure \"speculation\".")
        refs = _claims(nlp, "a", text, "Outlet A", date(2027, 4, 7))
        by_id = {r.claim.claim_id: r.claim for r in refs}
        return [by_id[c.claim_a].text for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]
    found = targets("higher")
    assert any("5 million" in t for t in found) and not any("3 million" in t for t in found)
    # Near miss: "the lower figure" is the other one.
    found = targets("lower")
    assert any("3 million" in t for t in found) and not any("5 million" in t for t in found)


# --- a pronoun subject of a negation is its speaker ----------------------------------------------


def test_we_were_never_consulted_said_by_the_party_consulted():
    from tests.claims.test_conflicts import statement
    a = statement("a1", "the council had consulted the Tarrow drivers' union on every route", "Council leader", "Gazette")
    b = statement("b1", "it had never been consulted", "Tarrow Drivers' Union", "Courier")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.CONTRADICTION]
    # Near miss: someone else never consulted is no answer.
    b = statement("b1", "the cyclists had never been consulted", "Tarrow Drivers' Union", "Courier")
    assert find_conflicts([a, b]) == []
