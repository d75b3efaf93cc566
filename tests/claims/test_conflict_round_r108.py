"""Round r108 (a fact-checker's review of three fresh stories: a parkrun, a brickworks, an
ice rink): a figure a foretold change will take a measure to ("a new contract would cut
the bill to about £250,000") is no rival of the measure now or last year; and a
spokesperson of no named body quoted in the sentence right after a rejection speaks for
the rejecter, so the rejection does not take that quote as its target. Sentences written
for these tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import _bare_spokesperson_next
from claims.conflicts.numeric import _foretold_change_against_now
from tests.claims.test_conflict_gain_loss import _count
from tests.claims.test_conflict_round_n20 import _numeric_between
from tests.claims.test_conflict_round_t11 import _disputes, _joins
from tests.claims.test_figure_roles import _claims

# --- the end point of a foretold change against the measure now --------------------------

LAST_YEAR = "The Corley swimming baths spent £380,000 on heating last year, the leisure trust said."
AFTER_CHANGE = ("A new boiler contract from June would cut the Corley swimming baths' heating bill to about "
                "£250,000, the council's auditors said.")


def test_a_foretold_end_point_is_no_rival_of_last_years_bill(nlp):
    assert not _numeric_between(nlp, LAST_YEAR, AFTER_CHANGE)


def test_the_foretold_change_reading():
    cut = _count("A new boiler contract from June would cut it to about £250,000.", "£250,000", "GBP")
    fall = _count("The heating bill is expected to fall to £250,000 once the boilers are replaced.", "£250,000", "GBP")
    now = _count("The Corley swimming baths spent £380,000 on heating last year.", "£380,000", "GBP")
    assert _foretold_change_against_now(*cut, *now) and _foretold_change_against_now(*now, *fall)
    # Near misses: two foretold figures still compare ("would only bring the bill down to"
    # beside "would cut it to", "would be" beside an end point); a past change "was cut to"
    # is no forecast; two figures of now are read as before.
    rival = _count("The union said the contract would only bring the bill down to £340,000.", "£340,000", "GBP")
    true = _count("The union said the true bill would be nearer £340,000.", "£340,000", "GBP")
    past = _count("The heating bill was cut to £250,000 last year.", "£250,000", "GBP")
    assert not _foretold_change_against_now(*cut, *rival)
    assert not _foretold_change_against_now(*cut, *true)
    assert not _foretold_change_against_now(*past, *now)
    assert not _foretold_change_against_now(*now, *now)


# --- a bare spokesperson right after a rejection speaks for the rejecter -------------------

CLAIM = ("Residents of Hartlow say the quarry's blasting has cracked the walls of 40 homes. "
         '"The cracks started when the blasting started," said Maud Rennick of the Hartlow Residents\' Forum.')
DENIAL = ("The quarry denied that its blasting had caused any of the cracks. "
          '"Not one of our blasts caused a crack in anyone\'s wall," a spokesman said.')


def test_a_bare_spokesman_after_a_denial_is_not_its_target(nlp):
    pairs = _disputes(nlp, DENIAL, CLAIM)
    assert not _joins(pairs, "Not one of our blasts", "caused any of the cracks")
    # Near miss: the denial still answers the other party's claim.
    assert _joins(pairs, "The cracks started when the blasting started", "caused any of the cracks")


def test_the_next_sentence_reading(nlp):
    refs = _claims(nlp, "a", DENIAL + " The forum has asked the council for an inquiry.", "Outlet A", date(2027, 6, 2))
    denial = next(r.claim for r in refs if "denied" in r.claim.sentence and r.claim.speaker)
    quote = next(r.claim for r in refs if "Not one of our blasts" in r.claim.text)
    assert quote.speaker == "a spokesman"
    assert _bare_spokesperson_next(denial, quote)
    # Near misses: a spokesperson named with a body, and one further away, are not so read.
    named = quote.model_copy(update={"speaker": "a spokesman for the residents"})
    assert not _bare_spokesperson_next(denial, named)
    far = quote.model_copy(update={"sentence_start": quote.sentence_start + 200})
    assert not _bare_spokesperson_next(denial, far)
