"""Review cr66 of the twenty-fifth session's rounds: five defects found by reading the
merged rules, each shown on a made-up sentence and fixed. A figure set aside with "%"
right before a space (o65); an elliptical "they did not" after a told clause that is
itself negated agrees with it, and "were told to VERB" is an instruction (q66); a rise
and a fall joined by "but" keep the clause after "but" (c65); "backed out" and "thrown
out of" are no decisions (t65). Each test has a near miss the rule still reads."""

from claims.conflicts.contradictions import _Wording, _change_row, _opposite_words
from claims.conflicts.told_claims import denies_told_claim, told_claim
from tests.claims.test_conflict_round_t65 import _contradictions


def test_a_percentage_set_aside_is_no_negated_clause():
    assert _Wording.of("fares rose 55%, instead of 40% the operator reported").negation is None
    assert _Wording.of("applications fell 12%, not 8% as reported by the council").negation is None
    # Near miss: a share nobody is said to have given is still negated.
    assert _Wording.of("the company cut fares 12%, not 8% of them").negation == "not"


def test_an_elliptical_denial_of_a_negated_told_clause_agrees():
    assert not denies_told_claim("We were told the line would not reopen in May. It did not.")
    assert not denies_told_claim("They told us fares would not rise this year. They have not.")
    # Near misses: a positive clause denied, and a negated clause called untrue.
    assert denies_told_claim("We were told the line would reopen in May. It did not.")
    assert denies_told_claim("We were told the line would not close in May. That was not true.")


def test_told_to_do_something_is_an_instruction():
    assert told_claim("Staff were told to use the new booking app. They did not.") is None
    assert told_claim("We were told about the fault in March. It did not matter.") is None
    # Near miss: a passive telling a clause.
    told = told_claim("Staff were told the new booking app would save time. It did not.")
    assert told is not None and told.clause.startswith("the new booking app")


def test_a_change_before_but_is_read_from_the_clause_after_it():
    row = _change_row()
    left, right = _opposite_words("Shares rose when markets opened but fell after the results were published.")
    # The clause after "but" carries the claim's change: fell, not rose.
    assert right[row] is not None and left[row] is None
    # Near miss: no "but", the main clause's change before "when" (c65).
    left, right = _opposite_words("Passenger numbers on the line have fallen since ticket prices went up.")
    assert right[row] is not None and left[row] is None


def test_backed_out_and_thrown_out_of_are_no_decisions(nlp):
    assert not _contradictions(nlp, ("The investor backed out of the takeover of the club, Petra Lusk said.",
                                     "The investor rejected the takeover of the club, Tomas Feld said."), None)
    assert not _contradictions(nlp, ("Two protesters were thrown out of the council meeting on the housing scheme, "
                                     "Petra Lusk said.",
                                     "The council approved the housing scheme at the meeting, Tomas Feld said."), None)
    # Near miss: a scheme thrown out by a committee is still a decision.
    assert _contradictions(nlp, ("The planning committee approved the housing scheme on Tuesday, Petra Lusk said.",
                                 "The planning committee threw out the housing scheme on Tuesday, Tomas Feld said."), None)
