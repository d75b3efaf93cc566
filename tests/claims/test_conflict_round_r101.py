"""Round r101: causes found by the thirty-sixth fresh-article review (a pier rebuilt after a
fire, allotments sold for housing, a road tunnel closed for repairs). Sentences written for
these tests, not the gold.

a. "The council said it did not recognise the figure": of the article's earlier figures of
   other parties, the one told last is "the figure"; one sharing with the rejection only the
   rejecter's own name ("the council's own surveyors had warned it ...") is no nearer what
   was rejected (`disputes._dispute_target`, the figure-noun step, words weighed without the
   rejecter's name, not its role: `hollow`, as w31 reads the name).

b. "We were told the land was never allotment land. The deeds said otherwise.": an answer
   saying its source tells the opposite ("said / showed / found otherwise",
   `conflict_otherwise_verbs.txt`) denies the told clause, whatever its polarity
   (`told_claims.ELLIPTICAL_DENIAL`, `TRUE_OR_SO`). So the told sentence is not the
   speaker's own assessment (no contradiction with those who agree with the speaker), and
   the rejection answers the claim told. Near misses: "did not say otherwise", an answer
   that agrees."""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.conflicts.told_claims import denies_told_claim
from tests.claims.test_figure_roles import _claims, _reasons


def _disputes(nlp, text):
    refs = _claims(nlp, "a", text, "Weirside Gazette", date(2026, 5, 12))
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


CLOSURE = "The county council will close the Weirside library for eight months while its roof is replaced. "
WARNED = ("The library's friends group said the closure would stop 300 children joining the summer reading scheme. "
          "Its chair, Wenna Trago, said the council's own surveyors had warned it two years ago that the roof "
          "needed 14 months of work. ")
TRADE = "The Weirside Booksellers' Guild said the closure would cost shops in the high street £180,000 in lost trade. "


# --- a. "the figure" is the one told last, not one naming the rejecter ---------------------------

def test_a_the_figure_is_the_one_told_last(nlp):
    found = _disputes(nlp, CLOSURE + WARNED + TRADE + "The council said it did not recognise the figure.")
    assert found
    assert all("£180,000" in c.reason for c in found), [c.reason for c in found]
    assert not any("surveyors" in c.reason for c in found)


def test_a_a_figure_named_by_its_words_is_still_met(nlp):
    # near miss: the rejection names what the figure counts, so the words still choose
    text = CLOSURE + TRADE + WARNED + "The council said it did not recognise the lost trade figure."
    found = _disputes(nlp, text)
    assert found
    assert all("£180,000" in c.reason for c in found), [c.reason for c in found]



def test_a_near_miss_a_role_shared_is_no_name(nlp):
    # "A former librarian" is the rejecter's role, not its name: its word still chooses
    text = (CLOSURE + "The council said 40 librarians worked across its branches. "
            "The library's friends group said the closure would stop 300 children joining the summer reading scheme. "
            "A former librarian, Ysella Brock, said the figure was far lower.")
    found = _disputes(nlp, text)
    assert found
    assert all("40 librarians" in c.reason for c in found), [c.reason for c in found]

# --- b. "said otherwise" denies a told clause ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "We were told the field had never been common land. The parish maps said otherwise.",
    "The operator told us the ferry would run every hour. The timetable shows otherwise.",
    "They told us the wall was safe. Their own engineers found otherwise.",
])
def test_b_said_otherwise_denies_the_told_clause(text):
    assert denies_told_claim(text), text


@pytest.mark.parametrize("text", [
    "We were told the field had never been common land. The parish maps did not say otherwise.",
    "We were told the field had never been common land. Nobody has ever said otherwise.",
    "We were told the field had never been common land. The parish maps agree.",
])
def test_b_near_miss_otherwise_negated_or_agreeing(text):
    assert not denies_told_claim(text), text


def test_b_the_told_clause_is_not_the_tellers_own_assessment(nlp):
    first = ("Residents of Marrowby said the sale of the Copse Lane field was a sale of common land. "
             "The parish council had said the field was never common land.")
    second = ('"We were told the field was never common land. The parish maps said otherwise," '
              "said Osmund Pellow, who chairs the residents' group.")
    # the told sentence is not Mr Pellow's assessment: he agrees with the residents
    assert not any("Osmund Pellow" in r for r in _reasons(nlp, first, second)), _reasons(nlp, first, second)
    # and his answer rejects what the parish council said
    disputes = _reasons(nlp, first, second, kind="dispute")
    assert any(r.startswith("Osmund Pellow") and "parish council" in r and '"the field was never common land"' in r
               for r in disputes), disputes

