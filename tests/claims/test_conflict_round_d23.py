"""Round d23 (rejections on unseen text): docs/conflicts.md, "Added in round d23".
Sentences written for these tests, about none of the gold cases; each has a near miss."""

from datetime import date

from claims.extract import extract_claims, parser_text
from claims.models import Article

from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes

CLAIM = ("Ferry crossings between Marlow Point and Skerry Island were cancelled on 48 days last winter because of "
         "engine faults on the ageing vessel, the Skerry Island residents' association said on Monday.")


# --- an outlet's own figure sentence does not outrank what another party said ------------


def test_a_rejection_answers_the_party_not_the_outlets_earlier_figure(nlp):
    for rejection in (
            "Ferry crossings to Skerry Island rose to 5,200 last year. Tidewell Ferries dismissed the complaints "
            "about cancelled crossings as exaggerated.",
            "Ferry crossings to Skerry Island rose to 5,200 last year. Tidewell Ferries pushed back on the "
            "criticism of cancelled crossings and engine faults."):
        pairs = _disputes(nlp, (CLAIM, "Outlet A", date(2027, 3, 1)), (rejection, "Outlet B", date(2027, 3, 2)))
        assert _joins(pairs, "cancelled on 48 days", "cancelled crossings")
        # Near miss: the outlet's own figure, earlier in the rejection's article and
        # sharing less with it, is not what the operator rejected.
        assert not _joins(pairs, "rose to 5,200", "cancelled crossings")


def test_a_rejected_report_still_answers_the_outlets_own_figure(nlp):
    rejection = ("Ferry crossings to Skerry Island fell to 5,200 last year, far fewer than planned. Tidewell Ferries "
                 "called the report of cancelled crossings inaccurate.")
    pairs = _disputes(nlp, (CLAIM, "Outlet A", date(2027, 3, 1)), (rejection, "Outlet B", date(2027, 3, 2)))
    # Near miss: "the report" is the outlet's reporting; its own sentence is the target.
    assert _joins(pairs, "fell to 5,200", "the report of cancelled crossings")


# --- a passive rejecting verb with its own object is a refusal --------------------------


def _cued(nlp, text):
    article = Article(article_id="x", source="x", text=text, outlet="Outlet", published=date(2027, 5, 4))
    return [(c.cue, c.text) for c in extract_claims(article, nlp(parser_text(text)))]


def test_denied_bail_is_no_rejection(nlp):
    claims = _cued(nlp, "A driver accused of speeding through a school zone was denied bail by magistrates on Friday.")
    assert not any(cue == "denied" for cue, _ in claims)
    claims = _cued(nlp, "The family was denied entry by border officials at the airport.")
    assert not any(cue == "denied" for cue, _ in claims)


def test_an_active_denial_is_still_a_rejection(nlp):
    # Near miss: the active verb with an object rejects it.
    claims = _cued(nlp, "The haulier denied the drivers' claims of unpaid overtime on Friday.")
    assert ("denied", "the drivers' claims of unpaid overtime") in claims
