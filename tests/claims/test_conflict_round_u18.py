"""Rules of the u18 conflict round, from the misses and false alarms of the eleventh
annotator's blind set: a count of things rejected is no rejection of a statement, "the
allegations" with no owner are what another party was said to allege, a bare "that" denied
to be a fair picture of things rejects what was just said (the whole of it), a figure of
time after "every" is an interval, a total of a named group bounds only that group, and a
participle telling what befell the things counted is no scope. Sentences written for these
tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.models import ConflictKind
from claims.conflicts.numeric import _Facts, _scope
from claims.conflicts import find_conflicts
from claims.figure_roles import is_interval
from claims.lexicon import rejects_a_claim
from claims.rebuttals import judges_a_statement
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes
from tests.claims.test_figure_roles import _claims, _figure

DAY = date(2026, 6, 2)


def _numeric(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a count of things rejected rejects nothing said ---------------------------------------


def test_a_count_of_things_rejected_is_no_rejection():
    assert not rejects_a_claim("2,340 planning applications were rejected last year")
    assert not rejects_a_claim("dozens of late entries were wrongly rejected")
    assert not rejects_a_claim("Rejected entries totalled just over 300")
    # Near misses: a statement as subject, a verb of saying before the participle, a
    # pronoun as subject, and a verb said of figures ("exaggerated") stay rejections.
    assert rejects_a_claim("the union's 2,000 figure was rejected by the board")
    assert rejects_a_claim("a figure of 300 that the mayor said was rejected")
    assert rejects_a_claim("it was rejected by 40 councillors")
    assert rejects_a_claim("the 2,000 cost overruns were exaggerated")
    assert rejects_a_claim("rejected the claims of 300 residents")


# --- "the allegations" with no owner ----------------------------------------------------------


def test_the_allegations_are_what_another_party_was_said_to_allege(nlp):
    text = ("The Harlow Lane school governors have been accused of mismanagement. Parent group chair Ruth Okoro "
            "wrote to the council on Monday, alleging that dozens of pupils were wrongly excluded last term. "
            "Head teacher Colm Breen, who has led the school for 11 years, called the allegations \"baseless\".")
    assert _joins(_disputes(nlp, (text, "Outlet A", DAY)), "dozens of pupils were wrongly excluded",
                  "the allegations")
    # Near miss: a claim introduced by "said" makes no allegation; the rule does not
    # choose it (other steps may).
    from claims.conflicts.disputes import MADE_STATEMENT
    assert MADE_STATEMENT.search("called the allegations \"baseless\"")
    assert not MADE_STATEMENT.search("called his allegations baseless")


# --- "that was not a fair picture" ------------------------------------------------------------


def test_a_bare_that_denied_to_be_a_fair_picture_rejects_what_was_just_said():
    assert judges_a_statement('was "not a fair picture" of the service', "A spokesperson said that ")
    assert judges_a_statement("is not an accurate reflection of events", "The club said this ")
    # Near misses: a bare "that" judged by any other complement says something of a thing;
    # a portrayal noun with no "not" is no denial.
    assert not judges_a_statement("was not possible this year", "The club said that ")
    assert not judges_a_statement("was a fair picture of the service", "A spokesperson said that ")


def test_a_pointing_rejection_answers_the_whole_preceding_sentence(nlp):
    text = ("Commuter group secretary Alan Ferris said trams were \"routinely\" running 25 minutes late and that "
            "some services were being cancelled without notice. A Southline Trams spokesperson said that was "
            "\"not a fair picture\" of the network.")
    pairs = _disputes(nlp, (text, "Outlet A", DAY))
    assert _joins(pairs, "running 25 minutes late", "not a fair picture")
    assert _joins(pairs, "cancelled without notice", "not a fair picture")


# --- an interval is not a duration ------------------------------------------------------------


def test_a_figure_of_time_after_every_is_an_interval(nlp):
    assert is_interval(*_figure(nlp, "Trams are running every 12 minutes on the route, the operator said.",
                                "12 minutes"))
    # Near misses: a delay, and a duration.
    assert not is_interval(*_figure(nlp, "Trams were running 12 minutes late on the route, riders said.",
                                    "12 minutes"))
    assert not is_interval(*_figure(nlp, "The ferry crossing takes 35 minutes on weekdays, the operator said.",
                                    "35 minutes"))


def test_an_interval_and_a_delay_are_not_rivals(nlp):
    a = "Replacement trams are running every 15 minutes between Ashby and Corran, Southline said."
    assert not _numeric(nlp, a, "Replacement trams were running 45 minutes late between Ashby and Corran, riders said.")
    # Near miss: two intervals of one service are rivals.
    assert _numeric(nlp, a, "Replacement trams are running every 30 minutes between Ashby and Corran, riders said.")


# --- a total of a named group -----------------------------------------------------------------


def test_a_total_of_a_named_group_does_not_bound_the_whole(nlp):
    whole = "The registrar said 2,410 applications were refused last year."
    assert not _numeric(nlp, whole, "The registrar says 530 online applications were refused in total last year.")
    # Near miss: a total of the group the other figure counts too, exceeded by it.
    group = "Campaigners said at least 900 online applications had been refused last year."
    assert _numeric(nlp, group, "The registrar says 530 online applications were refused in total last year.")


# --- a participle telling what befell the counted things is no scope ---------------------------


def test_a_participle_before_a_reason_is_no_scope(nlp):
    q, claim = _figure(nlp, "Inspectors found 600 crates excluded because of a labelling fault.", "600")
    assert not _scope(q, claim)
    # Near miss: a figure that leaves something out.
    q, claim = _figure(nlp, "The port handled 4,200 crates, excluding transfers.", "4,200")
    assert _scope(q, claim)
    assert _Facts().scope(q, claim)


# --- "described reports that X as wrong" --------------------------------------------------------


def test_a_labelled_object_s_content_is_what_was_claimed(nlp):
    from claims.conflicts.common import _labelled_content

    (ref,) = [r for r in _claims(nlp, "a", 'Finance director Mira Holt described reports that the pier was sold to '
                                         'cover debts as "simply wrong".', "Outlet A", DAY) if r.claim.cue]
    assert "pier was sold to cover debts" in (_labelled_content(ref.claim) or "")
    # Near miss: an object naming no content ("the report") leaves the content empty.
    (ref,) = [r for r in _claims(nlp, "a", 'Finance director Mira Holt described the report as "simply wrong".',
                                 "Outlet A", DAY) if r.claim.cue]
    assert _labelled_content(ref.claim) is None


def test_a_labelled_content_finds_its_claim_in_another_outlet(nlp):
    claim = ("Harbour campaigners said the council had sold the Westgate pier to cover its debts, in a letter "
             "published on Monday.")
    rejection = ('Council finance director Mira Holt described reports that the pier was sold to cover debts as '
                 '"simply wrong".')
    pairs = _disputes(nlp, (claim, "Outlet A", DAY), (rejection, "Outlet B", DAY))
    assert _joins(pairs, "sold the Westgate pier to cover its debts", "simply wrong")


# --- "the claim that X was a story" -------------------------------------------------------------


def test_the_content_of_the_claim_that_judged_by_its_predicate():
    from claims.rebuttals import judged_content

    before = "Defence lawyer Ana Pike told reporters the claim that "
    assert judged_content('the funds had paid for a yacht was "a story nobody ever proved"', before) == \
        "the funds had paid for a yacht"
    assert judged_content("the count was rigged is simply false", "He said the claim that ") == "the count was rigged"
    assert judges_a_statement("the count was rigged is simply false", "He said the claim that ")
    # Near misses: a predicate that tells of the claim, the content's own passive after an
    # adverb, a noun naming no statement.
    assert judged_content("the count was rigged was made on Monday", "He said the claim that ") is None
    assert judged_content("as many as 900 ballots had been wrongly rejected", "He repeated the claim that ") is None
    assert judged_content("the count was rigged is simply false", "He said the fact that ") is None
