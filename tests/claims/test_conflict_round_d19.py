"""Rules of the d19 conflict round (disputes phrased as reporters phrase them on unseen
text): "the numbers do not add up" is a statement, not a report by "add"; a doubting verb
("questioned", "challenged") whose object names a statement rejects it; "..., a claim the
company denies" rejects what was just said. Sentences written for these tests, about none
of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import _points_back
from claims.conflicts.common import is_dispute
from claims.extract import extract_claims
from claims.models import Article
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes


def _claims(nlp, text):
    return extract_claims(Article(article_id="a", source="s", text=text, outlet="Outlet A"), nlp(text))


# --- rejections recognised by the parse --------------------------------------------------


def test_numbers_that_do_not_add_up_are_a_statement_not_a_report(nlp):
    claims = _claims(nlp, "A Tolvern Water spokesman said the campaigners' numbers did not add up.")
    assert any(c.speaker and "Tolvern" in c.speaker and c.text == "the campaigners' numbers did not add up"
               for c in claims)
    assert any(is_dispute(c) for c in claims)
    # Near miss: "added" still reports ("The figures, he added, ..." is the speaker adding).
    added = _claims(nlp, "Mayor Ines Okoro added that the bridge would reopen in May.")
    assert any(c.speaker == "Ines Okoro" and c.cue == "added" for c in added)


def test_a_doubting_verb_rejects_a_statement_it_takes_as_object(nlp):
    claims = _claims(nlp, "The ambulance trust questioned the union's figure of 140 missed calls.")
    doubted = [c for c in claims if c.cue == "questioned"]
    assert doubted and doubted[0].text == "the union's figure of 140 missed calls" and is_dispute(doubted[0])
    assert any(c.cue == "challenged" for c in _claims(nlp, "The council challenged the residents' findings."))
    # Near misses: a person questioned, a decision challenged.
    assert not any(c.cue == "questioned" for c in _claims(nlp, "Detectives questioned a 41-year-old man on Friday."))
    assert not any(c.cue == "challenged" for c in _claims(nlp, "The council challenged the decision in court."))


def test_a_claim_the_company_denies_points_back_at_what_was_said(nlp):
    text = ("Residents of Marrow Lane say the depot's lorries run through the night, a claim the haulier "
            "denies.")
    denial = [c for c in _claims(nlp, text) if c.cue == "denies"]
    assert denial and denial[0].text == "a claim" and is_dispute(denial[0])
    assert _points_back("a claim", "")
    pairs = _disputes(nlp, (text, "Outlet A", date(2027, 3, 4)))
    assert _joins(pairs, "the depot's lorries run through the night", "a claim")
    # Near misses: the noun told of, not set after what was said; an indefinite noun
    # that names no statement.
    assert not any(c.cue == "denied" for c in _claims(nlp, "It was a claim the haulier denied last year."))
    assert not _points_back("a lorry", "")


def test_a_statement_said_to_hold_errors_is_rejected():
    from claims.rebuttals import judges_a_statement

    assert judges_a_statement("the report contained a number of errors")
    assert judges_a_statement("the union's figures were riddled with mistakes")
    # Near misses: a thing, not a statement, holding errors; the speaker's own report;
    # a report holding something else.
    assert not judges_a_statement("the software had errors")
    assert not judges_a_statement("our report contained errors")
    assert not judges_a_statement("the report contained a plan for 300 homes")


def test_a_portrayal_not_recognised_and_nothing_further_from_the_truth():
    from claims.rebuttals import judges_a_statement
    from claims.lexicon import rejects_a_claim

    assert judges_a_statement("it did not recognise the picture painted by the campaigners")
    assert rejects_a_claim("nothing could be further from the truth")
    # Near misses: the speaker's own picture; a person not recognised.
    assert not judges_a_statement("it did not recognise our picture of the year")
    assert not judges_a_statement("it did not recognise the man in the photograph")


# --- targets ------------------------------------------------------------------------------


def test_an_outlet_named_as_owner_is_one_of_the_rejections_story(nlp):
    report = ("The new Harwick tram line will not open before spring 2029, according to an internal report seen "
              "by the Star. The report says the cost of the line has risen to £260 million.")
    # Another story of the same days, in another "Evening Star", sharing a surname.
    other_story = ("Ferndale College has rejected a call to freeze its hall fees. Principal Ada Lyle said a freeze "
                   "would cost £2 million a year.")
    rejection = ("Harwick Transit said the tram line would open on time. Its chief executive, Omar Lyle, took issue "
                 "with the Star's cost figure, which he said counted repairs that were never part of the budget.")
    pairs = _disputes(nlp, (report, "Harwick Evening Star", date(2027, 5, 3)),
                      (other_story, "Ferndale Evening Star", date(2027, 5, 3)),
                      (rejection, "Harwick Radio", date(2027, 5, 4)))
    assert _joins(pairs, "has risen to £260 million", "the Star's cost figure")
    # Near miss: the other story's outlet, sharing the word "Star".
    assert not _joins(pairs, "would cost £2 million", "the Star's cost figure")
