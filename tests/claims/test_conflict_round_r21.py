"""Review r21 of round d20's rules: ordinary news sentences they read as rejections, and
the fixes. Each test holds the sentence d20's rule took wrongly (which must not fire)
beside one of the rejections the rule was written for (which must still fire). Sentences
written for these tests, about none of the gold cases."""

from datetime import date

from claims.conflicts import is_dispute
from claims.extract import extract_claims
from claims.models import Article
from claims.rebuttals import accepted_clause, judges_a_statement, labels_a_statement


def _claims(nlp, text):
    return extract_claims(Article(article_id="a", source="s", text=text, outlet="Outlet A",
                                  published=date(2027, 1, 5)), nlp(text))


def _disputed(nlp, text):
    return [c for c in _claims(nlp, text) if is_dispute(c)]


# --- a labelling verb rejects only with a quoted label ------------------------------------


def test_an_unquoted_label_of_a_report_is_no_rejection(nlp):
    assert not labels_a_statement("the report as a blueprint for reform")
    assert not labels_a_statement("the figures as a cause for concern")
    assert not _disputed(nlp, "The minister described the report as a blueprint for reform.")
    assert not _disputed(nlp, "The chairman called the report a roadmap for the next decade.")
    assert not _disputed(nlp, "The head teacher called the inspectors' report a spur to improve.")
    # Still a rejection: the speaker's own sharp word, quoted.
    assert labels_a_statement('the 2,300 figure "pure spin"')
    assert _disputed(nlp, 'The chairman called the union\'s estimate "a fairy tale".')


# --- fixed phrases that are not fixed to statements ---------------------------------------


def test_cherry_picked_players_are_no_rejection(nlp):
    assert not _disputed(nlp, "The club cherry-picked players from rival academies, the report said.")
    assert not _disputed(nlp, "The coach said he cherry-picked the best players from the youth academy.")


def test_cold_water_poured_on_an_idea_is_no_rejection(nlp):
    assert not _disputed(nlp, "She poured cold water on the idea of a snap election.")
    assert not _disputed(nlp, "The minister poured cold water on hopes of an early deal.")
    # Still a rejection: the image cast on a statement, read by the parse.
    poured = [c for c in _claims(nlp, "The regulator has poured cold water on the union's estimate of lost jobs.")
              if c.cue == "poured"]
    assert poured and is_dispute(poured[0])


# --- not accepting what was said of oneself ------------------------------------------------


def test_not_agreeing_to_a_proposal_is_no_rejection():
    # "it" is the thing to be sold, not the speaker: a proposal refused, not a statement.
    assert accepted_clause("We do not agree that it should be sold") is None
    assert not judges_a_statement("We do not agree that it should be sold")
    # Still rejections: the clause told of the refuser's own side.
    assert accepted_clause("We don't accept that our figures were wrong") == "our figures were wrong"
    assert accepted_clause("the company refused to accept that it had misled investors") == "it had misled investors"


# --- grades, ratings and rankings are of the one assessed -----------------------------------


def test_an_owned_ranking_is_of_the_one_ranked():
    assert not judges_a_statement("The university's ranking was a disappointment to staff")
    assert not judges_a_statement("the bank's rating was a blow to investors")
    # Still statements: one pointed at, and a verdict owned by those who gave it.
    assert judges_a_statement("That grade does not stand up to scrutiny")
    assert judges_a_statement("the inspectors' verdict was a travesty")
