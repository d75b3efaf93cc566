"""Round d57 (the target of a dispute): docs/conflicts.md, "Added in round d57". Sentences
and articles written for these tests, about none of the gold cases; each rule has a near
miss."""

from datetime import date

from claims.rebuttals import judges_a_statement
from tests.claims.test_conflict_round_t40 import _targets

DAY = date(2026, 12, 5)


# --- a rejection saying what was claimed answers no claim saying none of it -----------------------

AUDIT = ("Inspectors reviewed 200 complaint files at the Fernley Water Board and found that 31% had not been "
         "answered within a month, despite the board's promise that every complaint would be answered within "
         "a fortnight.\n\n"
         "The inspectors' lead, Dr Pell Varney, said the board's statement that it never cut off families in "
         "arrears \"was not borne out in Harwick\", where 12 households had lost their supply for more than "
         "a week.")


def test_a_rejected_statement_named_in_the_sentence_is_not_another_of_its_owners(nlp):
    found = _targets(nlp, AUDIT, "not borne out")
    assert not any("31%" in t or "fortnight" in t for t in found), found


def test_near_miss_the_statement_said_before_is_still_the_target(nlp):
    text = ("The Fernley Water Board said it never cut off families in arrears. \"Nobody loses their water "
            "because they are behind on a bill,\" its chief executive, Ada Brisk, said.\n\n") + AUDIT
    found = _targets(nlp, text, "not borne out")
    assert any("cut off families" in t for t in found), found


# --- "a start" grants a statement something; it rejects nothing -----------------------------------

def test_a_start_is_no_rejection():
    assert not judges_a_statement('the report was "a start"')
    assert not judges_a_statement("the inquiry's report is a beginning")


def test_near_miss_a_judgement_of_error_still_rejects():
    assert judges_a_statement('the report was "a fiction"')
    assert judges_a_statement("the inquiry's report was a startling distortion of the facts")

