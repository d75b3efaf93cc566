"""Round o57: the contradiction rule across holders and moments (docs/conflicts.md, "Added
in round o57"). Sentences written for these tests, not the gold.

a. One opposite word of two holders: the subjects of the two verbs, read from the parse,
   cannot be one ("we" / "he"; "the union" / "the council"): no contradiction
   (`_words_of_two_holders`, claims/conflicts/holders.py). One holder named two ways
   ("the goalkeeper" / "he"; "I" / "the goalkeeper") still contradicts.
b. One speaker's forecast or plan said both ways in articles weeks apart ("would consider
   an appeal" / "will not appeal"): a change of plan (`_plan_revised`). Within a week, or
   by two speakers, it still contradicts."""

from __future__ import annotations

from datetime import date

from claims.conflicts.holders import holder_of, two_holders
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 4)
LATER = date(2026, 5, 27)


def _contradictions(nlp, a, b, a_day=DAY, b_day=DAY):
    return [c for c in _conflicts(nlp, a, b, a_day, b_day) if c.kind is ConflictKind.CONTRADICTION]


# --- a. two holders ---------------------------------------------------------------------------


def test_a_we_and_he_are_two_holders():
    assert two_holders(holder_of("We did not want to lose our captain", "want"),
                       holder_of("the captain told me he wanted to leave in May", "want"))


def test_a_one_holder_named_two_ways_is_one():
    assert not two_holders(holder_of("the goalkeeper had asked to be moved to another club", "asked"),
                           holder_of("He never asked to be moved", "asked"))
    assert not two_holders(holder_of("I never asked to be moved", "asked"),
                           holder_of("the goalkeeper asked to be moved", "asked"))


def test_a_two_things_may_be_one_holder():
    # "the pylons" / "the cable towers": things, whose parts and names differ.
    assert not two_holders(holder_of("The pylons will not be visible from the town", "will"),
                           holder_of("the cable towers would be visible from the harbour", "would"))


def test_a_a_noun_is_no_holder():
    assert holder_of("The bakery's price increase was worth £2m a year", "increase") is None


def test_a_a_club_and_a_player_do_not_contradict(nlp):
    assert not _contradictions(
        nlp,
        'Chairman Osric Pellew said: "We did not want to sell Dunstan Crewe to a rival."',
        'Manager Felix Arbuthnot said: "Dunstan Crewe told me he wanted to be sold to a rival."')


def test_a_one_player_said_and_denied_still_contradicts(nlp):
    assert _contradictions(
        nlp,
        'Dunstan Crewe said: "I never asked to be sold to a rival."',
        'Manager Felix Arbuthnot said the defender asked to be sold to a rival in June.')


# --- b. a plan revised ------------------------------------------------------------------------

PLAN = "Harlow Freight said it would consider an appeal against the tribunal's ruling on drivers' pay."
DECISION = "Harlow Freight said it will not appeal against the tribunal's ruling on drivers' pay."


def test_b_one_body_changing_its_plan_weeks_later_is_no_contradiction(nlp):
    assert not _contradictions(nlp, PLAN, DECISION, DAY, LATER)


def test_b_the_same_plan_said_both_ways_within_days_still_contradicts(nlp):
    assert _contradictions(nlp, PLAN, DECISION, DAY, DAY)


def test_b_two_speakers_weeks_apart_still_contradict(nlp):
    assert _contradictions(
        nlp, PLAN,
        "The drivers' union said Harlow Freight will not appeal against the tribunal's ruling on drivers' pay.",
        DAY, LATER)


# --- c. no targets, and an order to reach a number --------------------------------------------


def test_c_no_targets_against_an_order_to_reach_a_number(nlp):
    assert _contradictions(
        nlp,
        'A council spokesperson said: "We do not set targets for parking fines."',
        'An email seen by this newspaper told wardens to "aim for at least 12 parking fines per shift".')


def test_c_no_targets_against_a_set_number(nlp):
    assert _contradictions(
        nlp,
        "The council insisted it does not set targets for parking fines.",
        "The auditor said wardens had been told to issue a set number of parking fines each week.")


def test_c_an_aim_of_another_thing_is_no_target_of_this(nlp):
    assert not _contradictions(
        nlp,
        'A council spokesperson said: "We do not set targets for parking fines."',
        'An email seen by this newspaper told wardens to "aim for at least 12 street patrols per shift".')


def test_c_an_aim_without_a_number_sets_none(nlp):
    assert not _contradictions(
        nlp,
        'A council spokesperson said: "We do not set targets for parking fines."',
        "The council said its wardens aim to keep parking fines fair and consistent.")


# --- d. a whole group against some of it lacking the thing ------------------------------------


def test_d_every_inspection_recorded_against_some_with_no_record(nlp):
    assert _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'The tenants\' group said that of 60 lift inspection reports it obtained, 22 had no footage attached.')


def test_d_a_share_with_no_footage(nlp):
    assert _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'In 35% of the lift inspections the auditors examined there was no video footage.')


def test_d_some_lacking_another_thing_is_no_exception(nlp):
    assert not _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'The tenants\' group said that of 60 lift inspection reports it obtained, 22 had no signature attached.')


def test_d_all_of_them_lacking_is_the_group_itself_not_a_share(nlp):
    # "all 60" names the group: no share of it lacks anything the whole did.
    assert not _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'The group said all 60 lift inspection reports it obtained had footage attached, and none was missing.')


def test_a_a_body_is_it_they_and_we():
    # (near miss) "it did not know" / "they knew" / "we knew": one company.
    assert not two_holders(holder_of("the firm said it did not know about the fault", "know"),
                           holder_of("They knew about the fault for years", "knew"))
    assert not two_holders(holder_of("the firm said it did not know about the fault", "know"),
                           holder_of("We knew about the fault", "knew"))
    assert two_holders(holder_of("She said she would keep the shop open", "keep"),
                       holder_of("the trust said it did not keep the shop open", "keep"))


# --- e. a count of things lacking a thing is no count of it -----------------------------------


def test_e_two_samples_lacking_one_thing_do_not_contradict(nlp):
    assert not _contradictions(
        nlp,
        "The tenants' group said that of 60 lift inspection reports, 22 had no signature attached.",
        "The auditors said 15% of the lift inspection reports they examined had no signature on file.")


def test_e_a_denial_still_meets_a_count_of_the_thing(nlp):
    assert _contradictions(
        nlp,
        "The landlord said no lift inspection report had been lost.",
        "The tenants' group said 22 lift inspection reports had been lost.")
