"""Round w45 (disputes linked to the wrong claim: a common-noun owner and the named body it
stands for): docs/conflicts.md, "Added in round w45". Articles and sentences written for
these tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import _bodies_of_kind
from tests.claims.test_conflict_round_t40 import _targets
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 20)


def _refs(nlp, text):
    return _claims(nlp, "a", text, "The Valley Courier", DAY)


# --- "the company" is the one named body the article called so --------------------------------

WATER = ("Fernley Water said on Monday that it had repaired 900 burst mains since April. "
         "The company's customer director, Ruth Okoro, said the company would spend £40 million on new "
         "pipes next year.\n\n"
         "The residents' group Dry Taps Alder said the company's repair figure ignored hundreds of leaks "
         "reported by households.")


def test_the_company_is_the_body_named_before_its_officer(nlp):
    assert _bodies_of_kind("company", [r.claim for r in _refs(nlp, WATER)]) == {"Fernley Water"}
    found = _targets(nlp, WATER, "repair figure ignored")
    assert any("900 burst mains" in t for t in found), found
    assert not any("£40 million" in t for t in found), found


TWO_COMPANIES = WATER.replace(
    "since April. ", "since April. Alderway Construction said it had laid 60 kilometres of new main for it. ")


def test_near_miss_two_bodies_before_the_back_reference_name_none(nlp):
    # Which of the two "the company" is, the claims alone cannot tell: abstain.
    assert _bodies_of_kind("company", [r.claim for r in _refs(nlp, TWO_COMPANIES)]) == set()
    found = _targets(nlp, TWO_COMPANIES, "repair figure ignored")
    assert not any("60 kilometres" in t for t in found), found


def test_near_miss_a_body_named_as_another_kind_is_not_the_company(nlp):
    text = ("The Environment Agency said about 3,000 fish had died in the River Alder. "
            "The agency's area manager, Tom Reddy, said the spill had been stopped.\n\n"
            "Anglers said the company's assurance was worthless.")
    assert "Environment Agency" not in _bodies_of_kind("company", [r.claim for r in _refs(nlp, text)])


# --- a body introduced as "the cleaners' union Brightclean" is the union; its officers are not ---

CLEANERS = ("The cleaners' union Brightclean said 130 cleaning posts were empty across the county's schools. "
            "Brightclean's regional officer, Tom Adey, said the council had spent £3 million on agency "
            "cleaners last year.\n\n"
            "Brightclean says 130 posts are vacant across 40 schools.\n\n"
            "The council's head of facilities, Nora Pike, said the union's vacancy figure was out of date.")


def test_a_body_introduced_with_its_kind_is_that_kind(nlp):
    assert _bodies_of_kind("union", [r.claim for r in _refs(nlp, CLEANERS)]) == {"Brightclean"}


def test_near_miss_the_bodys_officer_is_not_taken_through_the_alias(nlp):
    found = _targets(nlp, CLEANERS, "out of date")
    assert not any("£3 million" in t for t in found), found
