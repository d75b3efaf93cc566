"""Round n72, numeric recall on fresh text (docs/review_g72.md, "Left undone"): a share of a
group followed by a relative clause with no "that" ("a quarter of the water the company
put into its pipes never reached a tap") read the clause's words as the group's, so the
same share told with a participle ("12% of the water put into supply was lost to leaks")
was taken for a share of another group (n62's `_share_bases_apart`) and never compared.
Sentences written for these tests, not the gold.

a. A determiner, a pronoun or a name right after a noun of the group opens a contact
   relative clause (`numeric._contact_clause_opens`); when the clause shares a word with
   the other share's group it only restates the group and is left out
   (`_share_bases_apart`); when it shares none it may narrow it and the two stay apart."""

from __future__ import annotations

import claims.conflicts.numeric as numeric
from claims.conflicts.numeric import _contact_clause_opens
from tests.claims.test_figure_roles import _numeric

LEAD = "The county's water company has faced questions about leaks. "
TOLD = LEAD + "Its chief executive said about 12% of the water put into supply was lost to leaks."
QUARTER = LEAD + "Campaigners said about a quarter of the water the company put into its pipes never reached a tap."
NAMED = LEAD + "Campaigners said about a quarter of the water Brookvale Water put into its pipes never reached a tap."

FERRY = "The island's ferry operator has faced questions about cancelled crossings. "
OPERATOR = FERRY + 'Its director said: "Nine in ten of the crossings we cancelled in the winter were called off because of the weather."'
REGULATOR = FERRY + "The regulator said 45% of the crossings cancelled by the operator were called off because of the weather."


def test_a_a_share_of_a_group_with_a_contact_clause_meets_its_rival(nlp):
    assert _numeric(nlp, QUARTER, TOLD)
    assert _numeric(nlp, NAMED, TOLD)  # a name as the clause's subject


def test_a_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_contact_clause_opens", lambda before, word: False)
    assert not _numeric(nlp, QUARTER, TOLD)
    assert not _numeric(nlp, NAMED, TOLD)


def test_a_a_pronoun_opening_the_clause_still_meets_its_rival(nlp):
    # (compared before the rule too: kept as a guard for the pronoun's clause)
    assert _numeric(nlp, OPERATOR, REGULATOR)


def test_a_agreeing_shares_stay_apart(nlp):
    # "a quarter" and 24% overlap; "nine in ten" and "more than 85%" agree
    agrees = LEAD + "Its chief executive said 24% of the water put into supply was lost to leaks."
    assert not _numeric(nlp, QUARTER, agrees)
    most = FERRY + "The regulator said more than 85% of the crossings cancelled by the operator were called off because of the weather."
    assert not _numeric(nlp, OPERATOR, most)


def test_a_a_clause_that_narrows_the_group_stays_apart(nlp):
    # the clause shares no word with the other group: water bought in, water put into supply
    bought = LEAD + "Campaigners said about a quarter of the water the company bought from its neighbours was lost."
    assert not _numeric(nlp, bought, TOLD)


def test_a_two_measures_stay_apart(nlp):
    pipes = LEAD + "Campaigners said about a quarter of the pipes the company laid before 1960 had burst."
    assert not _numeric(nlp, pipes, TOLD)


def test_a_what_opens_a_contact_clause():
    assert _contact_clause_opens("water", "the") and _contact_clause_opens("crossings", "we")
    assert _contact_clause_opens("water", "Brookvale")
    # after a preposition, a determiner or a possessive the group goes on
    assert not _contact_clause_opens("in", "the") and not _contact_clause_opens("all", "the")
    assert not _contact_clause_opens("county's", "pupils") and not _contact_clause_opens("staff", "at")
    assert not _contact_clause_opens("Brookvale", "the")


# --- b. "not the 412 it had reported": "it" the organisation named before the figure -------

from datetime import date  # noqa: E402

from claims.conflicts.numeric import _replaced_figure  # noqa: E402
from tests.claims.test_figure_roles import _claims  # noqa: E402

BUSES = "The island's bus operator has faced questions about cancelled journeys over the winter. "
OPERATOR_SAID = BUSES + "The operator said it had cancelled 520 journeys between November and February, blaming staff shortages."
APRIL, SEPTEMBER = date(2026, 4, 8), date(2026, 9, 22)


def _named(nlp, text, surface):
    for ref in _claims(nlp, "a", BUSES + text, "Outlet A"):
        for q in ref.claim.quantities:
            if q.surface.startswith(surface):
                return _replaced_figure(q, ref.claim)
    raise AssertionError(surface)


def test_b_it_the_company_named_before_the_figure(nlp):
    review = BUSES + ("A review published on Tuesday found the company cancelled 870 journeys between November and "
                      "February, not the 520 it had reported.")
    assert _numeric(nlp, OPERATOR_SAID, review, APRIL, SEPTEMBER)
    owner = BUSES + ("A review published on Tuesday put the company's cancellations at 870 journeys between November "
                     "and February, not the 520 it had reported.")
    assert _numeric(nlp, OPERATOR_SAID, owner, APRIL, SEPTEMBER)


def test_b_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_party_before", lambda *args: False)
    review = BUSES + ("A review published on Tuesday found the company cancelled 870 journeys between November and "
                      "February, not the 520 it had reported.")
    assert not _numeric(nlp, OPERATOR_SAID, review, APRIL, SEPTEMBER)


def test_b_the_speakers_own_earlier_figure_stays_apart(nlp):
    # "it" the speaker itself, or no organisation named before the figure
    assert _named(nlp, "The transport board said it had cancelled 870 journeys, not the 520 it had reported.", "870") is None
    assert _named(nlp, "The review said the depot would hold 70 buses, not the 90 it gave in May.", "70") is None
    # a threshold, not a figure told ("not the 90 it requires")
    assert _named(nlp, "A review found the company ran 70 buses, not the 90 it requires.", "70") is None
    assert _named(nlp, "A review found the company ran 70 buses, not the 90 it had reported.", "70") is not None


def test_b_a_later_count_of_another_period_stays_apart(nlp):
    # no figure named as replaced: months apart, the counts may be of two periods
    later = BUSES + "A review published on Tuesday found the company cancelled 870 journeys between March and August."
    assert not _numeric(nlp, OPERATOR_SAID, later, APRIL, SEPTEMBER)
