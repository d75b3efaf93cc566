"""Round d44 (disputes we miss): docs/conflicts.md, "Added in round d44". Sentences and
articles written for these tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.rebuttals import judges_a_statement
from tests.claims.test_conflict_round_t40 import _targets
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 12, 5)


# --- another party's statement faulted by what it leaves out or puts in ---------------------------

def test_a_figure_faulted_for_what_it_leaves_out_is_a_rejection():
    assert judges_a_statement("the trust's waiting figure left out patients referred by private clinics")
    assert judges_a_statement("the ministry's estimate of £4 million ignored the cost of temporary classrooms")
    assert judges_a_statement("the operator's punctuality figures simply overlooked cancelled trains")
    assert judges_a_statement("the landlord's survey was padded with replies from empty flats")
    assert judges_a_statement("that count double-counted pupils who moved schools")


def test_near_miss_an_own_or_unowned_statement_or_a_plan_is_not_faulted():
    # the speaker's own caveat
    assert not judges_a_statement("our figures leave out part-time staff, so the real rise is bigger")
    # a bare "the": mostly the owner telling what its survey covered
    assert not judges_a_statement("the survey left out villages with no mobile signal")
    # a plan, not a statement
    assert not judges_a_statement("the council's plan ignored the needs of rural parishes")
    # neutral verbs of coverage stay out of the list (round d10's descriptive verbs)
    assert not judges_a_statement("the council's figures excluded agency staff")
    assert not judges_a_statement("the council's figures counted agency staff")
    # a party, not a statement, ignoring something
    assert not judges_a_statement("the union's leaders ignored the warnings")


LEISURE = ("Dunmoor council said 410,000 people used its three leisure centres last year, more than in any year "
           "since they opened.\n\n"
           "The Dunmoor Swimmers' Club said the council's visitor figure was padded with school swimming lessons.")


def test_a_faulting_rejection_finds_the_figure_it_faults(nlp):
    found = _targets(nlp, LEISURE, "padded with")
    assert any("410,000" in t for t in found), found


def test_near_miss_the_owners_own_caveat_rejects_nothing(nlp):
    text = LEISURE.replace("The Dunmoor Swimmers' Club said the council's visitor figure was padded with",
                           "The council said its visitor figure left out")
    assert not _targets(nlp, text, "left out"), text


PORTS = ("The dockers' union said 600 jobs had gone at Harlow Quay since the new cranes arrived. Its secretary, "
         "Ann Pell, said the port company's staffing figure leaves out every contractor laid off since January.\n\n"
         "The port company rejected that.")


def test_a_faulting_rejection_can_itself_be_answered(nlp):
    # (d44) a rejection only by faulting says something of its own: a ground, still the
    # target of the faulted party's "rejected that"
    refs = _claims(nlp, "a", PORTS, "The Valley Courier", DAY)
    by_id = {r.claim.claim_id: r.claim for r in refs}
    pairs = {frozenset((by_id[c.claim_a].text, by_id[c.claim_b].text)) for c in find_conflicts(refs)
             if c.kind is ConflictKind.DISPUTE}
    fault = "the port company's staffing figure leaves out every contractor laid off since January"
    assert frozenset((fault, "that")) in pairs, pairs


# --- a statement set against the speaker's own data ("is not what our counters show") -------------

def test_not_what_our_data_show_rejects():
    assert judges_a_statement("a 15% drop is simply not what our meters show")
    assert judges_a_statement("Tripling is not what we see in the booking data")
    assert judges_a_statement("that was not what the ward records said")


def test_near_miss_not_what_was_hoped_or_covered():
    assert not judges_a_statement("a draw was not what we wanted from the game")
    assert not judges_a_statement("this is not what the residents expected")
    assert not judges_a_statement("a 3% rise is not what the survey measured")


CYCLE = ("Traders on Harbour Street say takings have fallen by 25% since the cycle lane opened.\n\n"
         "A council officer, Mina Hart, said: \"A 25% fall is simply not what our footfall counters show.\"")


def test_not_what_our_data_show_finds_the_figure(nlp):
    found = _targets(nlp, CYCLE, "not what our footfall counters show")
    assert any("25%" in t for t in found), found


# --- a statement resting on stale evidence ("used out-of-date figures") ---------------------------

def test_a_statement_resting_on_stale_evidence_is_faulted():
    assert judges_a_statement("the residents' report used out-of-date traffic counts")
    assert judges_a_statement("the operator's forecast relied on out-of-date timetables")


def test_near_miss_the_speakers_own_or_a_plain_use():
    assert not judges_a_statement("we used out-of-date maps on purpose, to compare the two years")
    assert not judges_a_statement("the residents' report used traffic counts from last spring")
