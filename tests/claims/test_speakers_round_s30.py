"""Round s30: speakers of rejecting and citing sentences. Sentences written for these
tests, not the gold.

1. "X called the figure inflated, saying A": the parser reads "the figure inflated" as a
   clause of "called"; walking up from "saying", the namer speaks, not the thing named
   (claims.attribution._speaker_token).
2. 'The group X called the pledge "...", saying A': when the parser hangs "saying" on the
   subject noun (acl), the quote is still the subject's, not the noun after "saying"
   (claims.attribution._continues_clause_before)."""

from __future__ import annotations

from tests.claims.test_attribution_s24 import _speakers




def test_namer_of_an_unquoted_verdict_speaks(nlp):
    text = ("The housing charity Roofline called the government's completion figure inflated, "
            "saying it counted conversions as new homes.")
    got = _speakers(nlp, text)
    assert got["it counted conversions as new homes"] == "Roofline"


def test_a_report_that_calls_still_speaks(nlp):
    text = ("The inquiry report called the scheme unaffordable, saying costs had doubled "
            "since 2020.")
    got = _speakers(nlp, text)
    assert "report" in (got["costs had doubled since 2020"] or "").lower()


def test_saying_hung_on_the_subject_noun_keeps_the_quote_with_it(nlp):
    text = ("The campaign group Clean Rivers Now called the water company's pledge "
            "\"a promise written in sand\", saying sewage had been released into the river "
            "on 140 days last year.")
    got = _speakers(nlp, text)
    assert "Rivers" in (got["a promise written in sand"] or "")
