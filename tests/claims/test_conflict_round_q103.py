"""Round q103: rejections with no negation word, told by a labelling verb whose claim span
is the label alone ('called the union's figure "a snapshot of one bad week"') or by a bare
"that" and a quoted label ('said that was "a snapshot"'). Sentences written for these
tests, not the gold.

a. `rebuttals.labels_an_object`: the labelling verb's object (left before the span) and the
   label: a sum judged too big or too small (d89's list: "an insult", "out of all
   proportion"), or a statement, or a bare "that", labelled untrue or no true account
   (claims/data/rejection_object_labels.txt at the label's opening). Not a person or a
   thing labelled, nor a label vouching for or describing a statement.
b. End to end: such a label rejects the figure it labels; a label of an offer answers the
   offer, not another figure of the article.
"""

from __future__ import annotations

from datetime import date

from claims.extract import extract_claims
from claims.models import Article
from claims.conflicts.common import is_dispute, label_object
from claims.rebuttals import judges_a_statement, labels_an_object
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_labels_of_a_labelled_object():
    assert labels_an_object("the fine", "unfair and out of all proportion")
    assert labels_an_object("the offer", "an insult to every family that waited")
    assert labels_an_object("the union's figure", "a snapshot of one wet fortnight in March")
    assert labels_an_object("the contractor's estimate", "a number plucked from the air")
    assert labels_an_object("the final figure", "still a long way from the truth")
    assert labels_an_object("that", "a gross overstatement")
    assert labels_an_object("the council's figure", "a worst case that assumes nobody walks")
    # A person, a thing, or a label that describes or vouches: no rejection.
    assert not labels_an_object("the minister", "a snapshot of his own party")
    assert not labels_an_object("the festival", "a snapshot of village life")
    assert not labels_an_object("the report", "a roadmap for reform")
    assert not labels_an_object("that", "a priority for the new board")
    assert not labels_an_object("the union's figure", "a useful starting point")


def test_a_a_bare_that_with_a_quoted_label():
    assert judges_a_statement('was "a snapshot of the worst week of the winter"', "The trust said that")
    assert not judges_a_statement('was "a priority for the new board"', "The trust said that")


def test_a_the_object_is_read_from_before_the_label(nlp):
    text = ('Haldon Water said 4,100 homes had lost supply. Ms Orla Venn, who chairs the residents\' group, '
            'called the company\'s figure "a snapshot taken on the quietest morning of the week".')
    claims = extract_claims(Article(article_id="a", source="s", text=text, outlet="Outlet A",
                                    published=date(2026, 5, 11)), nlp(text))
    label = [c for c in claims if c.text.startswith("a snapshot")]
    assert label and label_object(label[0]) == "the company's figure" and is_dispute(label[0])


FERRY = ("Marrowby Ferries has offered a refund of £40 to every passenger whose crossing was cancelled, the "
         "company said on Tuesday. The company said 2,300 crossings had run on time in the summer. Mr Dunstan Peel, "
         "who chairs the Marrowby Travellers' Association, called the offer \"an insult to families who "
         "lost a week of their holiday\".")


def test_b_a_label_of_an_offer_answers_the_offer(nlp):
    found = _disputes(nlp, FERRY)
    assert any("refund of £40" in a + b and "an insult" in a + b for a, b in found), found
    assert not any("2,300" in a + b for a, b in found), found


SURVEY = ("The Fenwick Growers' Federation said its survey had found 84 empty allotment plots across the city. "
          "Thornleigh City Council called the federation's survey \"a snapshot taken in the wettest March for "
          "twenty years\".")


def test_b_a_label_of_a_survey_rejects_it(nlp):
    found = _disputes(nlp, SURVEY)
    assert any("84 empty allotment plots" in a + b and "a snapshot" in a + b for a, b in found), found


COACHES = ("Harrowgate Coaches is offering every passenger who was stranded a refund of 30% of "
           "their fare. Ms Ysolde Carrick, who speaks for the stranded passengers, called the offer \"an insult\".")


def test_b_an_offer_told_with_a_long_indirect_object(nlp):
    # (q103) the offer's sum stands seven words after "offering" (GOVERNED_SUM_REACH 4 -> 8)
    found = _disputes(nlp, COACHES)
    assert any("refund of 30%" in a + b and "an insult" in a + b for a, b in found), found
