"""Review r21 of round d20's rules: ordinary news sentences they read as rejections, and
the fixes. Each test holds the sentence d20's rule took wrongly (which must not fire)
beside one of the rejections the rule was written for (which must still fire). Sentences
written for these tests, about none of the gold cases."""

from datetime import date

from claims.conflicts.common import is_dispute
from claims.extract import extract_claims
from claims.models import Article
from claims.rebuttals import accepted_clause, judges_a_statement, labels_a_statement


def _claims(nlp, text):
    return extract_claims(Article(article_id="a", source="s", text=text, outlet="Outlet A",
                                  published=date(2027, 1, 5)), nlp(text))


def _disputed(nlp, text):
    return [c for c in _claims(nlp, text) if is_dispute(c)]


# --- a labelling verb rejects only with a label calling the statement untrue --------------


def test_a_label_of_a_report_that_calls_it_nothing_untrue_is_no_rejection(nlp):
    assert not labels_a_statement("the report as a blueprint for reform")
    assert not labels_a_statement("the figures as a cause for concern")
    assert not labels_a_statement('the findings "a game-changer"')
    assert not labels_a_statement('the forecast "bold"')
    assert not _disputed(nlp, "The minister described the report as a blueprint for reform.")
    assert not _disputed(nlp, "The chairman called the report a roadmap for the next decade.")
    assert not _disputed(nlp, "The head teacher called the inspectors' report a spur to improve.")
    assert not _disputed(nlp, 'The mayor described the survey as "a snapshot" of the city.')
    assert not _disputed(nlp, 'The chairman called the findings "a game-changer".')
    # Still rejections: labels calling the statement untrue, quoted or not.
    assert labels_a_statement('the 2,300 figure "pure spin"')
    assert labels_a_statement("the union's estimate a fairy tale")
    assert _disputed(nlp, 'The chairman called the union\'s estimate "a fairy tale".')
    assert _disputed(nlp, "The chairman described the union's estimate as a smokescreen.")


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


# --- figures telling which claim a rejection answers ----------------------------------------


def _figure(surface, value):
    from claims.models import Quantity

    return Quantity(surface=surface, start_char=0, end_char=len(surface), value=value)


def test_a_fraction_of_one_digit_or_a_quarter_is_not_distinctive():
    from claims.conflicts.disputes import _distinctive

    assert not _distinctive(_figure("5p", 0.05))
    assert not _distinctive(_figure("0.25", 0.25))
    assert not _distinctive(_figure("0.75%", 0.75))
    # Still distinctive: two significant digits that are no simple share.
    assert _distinctive(_figure("38p", 0.38))
    assert _distinctive(_figure("£1.15", 1.15))


def test_a_round_figure_does_not_reach_a_loosely_related_article(nlp):
    from tests.claims.test_conflict_round_t11 import _joins
    from tests.claims.test_conflict_round_t12 import _disputes

    claim = ("Kestrel Rovers said on Sunday that its average home attendance this season had risen to 23,700, "
             "the highest in the club's history.")

    def rejection(figure):
        return ("Kestrel Rovers' supporters' trust says turnstile counts at home games show far fewer fans. "
                f'Trust chair Ana Pike branded the {figure} figure "a fairy tale".')

    def households(figure):
        return (f"About {figure} Kestrel households now recycle their food waste, Kestrel council said on Friday, "
                "as counts at the tip fell.")

    def pairs(figure):
        return _disputes(nlp, (claim, "Outlet A", date(2027, 4, 12)), (rejection(figure), "Outlet B", date(2027, 4, 13)),
                         (households(figure), "Outlet C", date(2027, 4, 11)))

    # An article of another matter sharing only a round figure with the rejection.
    assert not _joins(pairs("1,000"), "1,000 Kestrel households", "the 1,000 figure")
    assert not _joins(pairs("200"), "200 Kestrel households", "the 200 figure")
    # Still reached: the figure the rejection repeats in the story's own article.
    assert _joins(pairs("23,700"), "risen to 23,700", "the 23,700 figure")


# --- "rubbished" rejects what was said, not what was made ----------------------------------


def test_rubbishing_a_design_is_no_rejection(nlp):
    assert not _disputed(nlp, "Critics rubbished the new stadium design.")
    assert not _disputed(nlp, "Fans rubbished the team's performance on Saturday.")
    # Still a rejection, its subject speaking: a statement rubbished.
    rubbished = [c for c in _claims(nlp, "The residents' association has rubbished the council's repair figures.")
                 if c.cue == "rubbished"]
    assert rubbished and "association" in rubbished[0].speaker.lower() and is_dispute(rubbished[0])


def test_the_label_follows_the_statement_noun_as_a_word():
    # The noun also opens its owner's name ("claimant's"): the label is read after the noun.
    assert labels_a_statement('the claimant\'s claim "pure spin"')
    assert labels_a_statement('the forecaster\'s forecast "a fantasy"')
    # Near miss, kept: a quoted label vouching for the statement.
    assert not labels_a_statement('the claimant\'s claim "a landmark"')
    assert labels_a_statement("the reporter's report a myth")


# --- a doubting verb's object naming an event is a statement only when someone's ----------


def test_challenging_nobodys_verdict_is_an_appeal(nlp):
    assert not _disputed(nlp, "The defence will challenge the verdict at the Court of Appeal.")
    assert not _disputed(nlp, "The school challenged the grade in a letter to parents.")
    # Still rejections: an assessment someone made.
    assert _disputed(nlp, "Lawyers for the driver challenged the jury's verdict.")
    assert _disputed(nlp, "The head teacher has challenged the inspectors' verdict.")


# --- "at odds with" rejects a statement set against the speaker's evidence or the facts ----


def test_findings_at_odds_with_a_forecast_are_no_rejection(nlp):
    assert not judges_a_statement("the figures were at odds with economists' forecasts")
    assert not _disputed(nlp, "Analysts said the figures were at odds with the trend elsewhere in Europe.")
    assert not _disputed(nlp, "The survey's findings are at odds with an earlier study, the authors said.")
    # Still rejections: against the speaker's own records, or the facts; "in error" alone.
    assert judges_a_statement("The figure of 62p is at odds with our own audited accounts")
    assert judges_a_statement("the union's figure was at variance with its payroll records")
    assert judges_a_statement("The minister's claim is at odds with the facts")
    assert judges_a_statement("that estimate was in error by a wide margin")
