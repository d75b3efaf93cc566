"""Rules of the t12 conflict round: a rejection's target in another article of its story.
Of claims a rejection's words reach as well, the one of the article telling most of its
story; a definite figure or report noun after its party's rejection ("The figures
published yesterday are wrong"); news coverage pointed at after a denial's ground ("That
story is speculation"). Sentences written for these tests, about none of the gold cases;
each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import _continues_rejection, _names_coverage
from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_figure_roles import _claims


def _disputes(nlp, *articles):
    """The dispute pairs found in the articles, given as (text, outlet, day)."""
    return _pairs_of_kind(nlp, ConflictKind.DISPUTE, articles)


def _pairs_of_kind(nlp, kind, articles):
    """The (text, text) pairs of one conflict kind found in the articles (text, outlet, day)."""
    refs = []
    for n, (text, outlet, day) in enumerate(articles):
        refs += _claims(nlp, "abcdefgh"[n], text, outlet, day)
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in find_conflicts(refs) if c.kind is kind]


# --- of claims reached as well, the one of the rejection's story -------------------------


def test_the_organisers_estimate_is_the_one_of_this_story(nlp):
    claim = ("The Brackenhurst harvest fair drew 40,000 visitors over two days, its organisers said on Sunday. "
             "Stalls at the Brackenhurst showground sold out of cider by Saturday afternoon.")
    other_story = ("Organisers of the Tollmere kite festival said 30,000 visitors came to the Tollmere dunes this "
                   "year, a record for the event.")
    rejection = ("Police in Brackenhurst said far fewer visitors had come to the showground. Sergeant Ilse Varga "
                 "called the organisers' estimate \"a fantasy\", saying officers had counted cars at the gates.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 9, 6)), (other_story, "Outlet C", date(2027, 9, 2)),
                      (rejection, "Outlet B", date(2027, 9, 7)))
    assert _joins(pairs, "drew 40,000 visitors", "a fantasy")
    # Near miss: another festival's organisers, whose figure the rejection's words reach
    # as well, are not those it answers.
    assert not _joins(pairs, "30,000 visitors came", "a fantasy")


# --- a definite noun going on from its party's rejection ---------------------------------


def test_a_definite_noun_opening_a_rejection():
    assert _continues_rejection("The figures published yesterday are simply wrong")
    assert _continues_rejection("the report is inaccurate")
    # Near misses: an owner names its own target; a noun of no statement.
    assert not _continues_rejection("The union's figures are wrong")
    assert not _continues_rejection("The library will open in May")


def test_the_figures_after_its_partys_denial_answer_what_was_denied(nlp):
    claim = ("The new library in Dornvale will cost £31 million, twice the budget the council approved, according "
             "to an internal review seen by the Dornvale Post. The review also found that the builder had been "
             "paid in advance.")
    rejection = ("Dornvale District Council on Monday denied the report that its new library would cost twice its "
                 "budget. \"The figures published on Sunday are simply wrong,\" a council spokesman said. "
                 "Councillor Ada Brill said the library would open next spring.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 3, 7)), (rejection, "Outlet B", date(2027, 3, 8)))
    assert _joins(pairs, "will cost £31 million", "The figures published on Sunday")
    # Near miss: what the review found of the builder's payments is not what is rejected.
    assert not _joins(pairs, "paid in advance", "The figures published on Sunday")


# --- coverage pointed at after a denial's ground ----------------------------------------


def test_coverage_pointed_at():
    assert _names_coverage("That story is speculation")
    assert _names_coverage("these reports are wrong")
    # Near miss: a demonstrative with a statement noun points at a statement.
    assert not _names_coverage("That figure is wrong")


def test_that_story_after_a_denials_ground_answers_the_denied_report(nlp):
    claim = ("Harrowby Buses plans to withdraw night services on four routes from March, according to two people "
             "familiar with the company's plans. Drivers' representatives said they had not been consulted.")
    rejection = ("Harrowby Buses on Wednesday denied the report that it would withdraw night services, saying no "
                 "decision had been taken on the night timetable. \"That story is speculation,\" managing director "
                 "Piet Lorne said.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 1, 11)), (rejection, "Outlet B", date(2027, 1, 12)))
    assert _joins(pairs, "withdraw night services", "That story is speculation")
    # Near miss: the denial's own ground is the denying company's statement, not what its
    # director calls speculation.
    assert not _joins(pairs, "no decision had been taken", "That story is speculation")


# --- allegations denied: the story's sentence accusing the denier ------------------------


def test_the_allegations_answer_the_sentence_accusing_the_denier(nlp):
    claim = ("Animal charity Pawline has accused Orrin Stables of overworking its ponies, saying riders took the "
             "animals out for up to nine hours a day in August. Pawline has also accused Dellow Farm of poor "
             "fencing, saying two ponies escaped onto the road. Orrin Stables runs pony treks on the Hessock moor "
             "trails.")
    denial = ("Orrin Stables said on Tuesday that the allegations made against it were baseless. Its manager said "
              "every pony rested for two days a week. Orrin Stables, near Hessock, keeps 30 ponies and takes riders "
              "out on the Hessock moor trails.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 8, 2)), (denial, "Outlet B", date(2027, 8, 3)))
    assert _joins(pairs, "riders took the animals out", "the allegations made against it were baseless")
    # Near miss: what another party (Dellow Farm) is accused of is not what Orrin denies.
    assert not _joins(pairs, "two ponies escaped", "the allegations made against it were baseless")
