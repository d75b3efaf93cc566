"""Round p95: false contradictions of a negation that is not about the other side's act
(docs/conflicts.md, "Round p95"). Sentences written for these tests, not the gold.

1. A negated verb of knowing ("I do not know which meeting ...") denies the knowing, not
   what follows it (`contradictions._negated_listed`, claims/data/conflict_cognition_verbs.txt).
2. "did not expect X to Y" is read for the act it expects, so a plan of another act ("would
   publish an account") is no forecast of it said the other way (`contradictions._forecast_acts`).
3. A missing verb naming what was missed ("forced students to miss lectures"), a thing the
   meeting side does not hold, misses no agreement or meeting (`contradictions._missed_a_thing`).
4. A "no" denying a thing with a passive told of it ("no agreement had been reached") denies
   that predicate of that thing only (`contradictions._befell_denied`)."""

from __future__ import annotations

from types import SimpleNamespace

from claims.conflicts.contradictions import _Wording, _befell_denied, _forecast_acts, _targets_of_two_things
from claims.overlap import topic_stems
from tests.claims.test_figure_roles import _reasons as _found

# --- 1. a negated verb of knowing ----------------------------------------------------------------

MEETING_PLANNED = "The drivers' union said its executive would meet on Thursday to decide whether to ballot members."


def test_1_not_knowing_which_meeting_denies_no_meeting(nlp):
    assert not _found(nlp, MEETING_PLANNED,
                      "The union's branch secretary, Colm Ruddock, said: \"I do not know which meeting the managing "
                      "director was at.\"")


def test_1_near_miss_a_meeting_denied_still_opposes(nlp):
    assert _found(nlp, MEETING_PLANNED,
                  "The branch secretary, Colm Ruddock, said the union's executive had not agreed to meet on "
                  "Thursday.") or _found(nlp, "The drivers' union said its executive had met the bus company on "
                                              "Thursday.",
                                         "The bus company said the union's executive had never met its managers.")


def test_1_the_reach_of_a_negated_knowing():
    assert _Wording.of("I do not know which meeting the managing director was at.").negated == frozenset({"know"})
    assert "meet" in _Wording.of("the union had not agreed to meet the company").negated


# --- 2. an expectation denied ------------------------------------------------------------------

def test_2_not_expecting_an_effect_is_no_denial_of_a_plan_to_publish(nlp):
    assert not _found(nlp, "Harrowgate Water said it would publish a full account of the outage next week.",
                      "The water company's finance director, Ines Calloway, said the company did not expect the "
                      "outage to have a material effect on its annual profits.")


def test_2_the_act_an_expectation_expects():
    acts, objects = _forecast_acts("the company did not expect the outage to have a material effect")
    assert acts and "outag" in objects
    assert _forecast_acts("the council expects bus fares to rise") [0] == frozenset({"rise"})
    assert _forecast_acts("the plant will close") [0] == frozenset({"clos"})


# --- 3. a thing missed ---------------------------------------------------------------------------

def _side(text):
    """What the meet / miss guard reads of a claim: its text and its text's stems."""
    return SimpleNamespace(claim=SimpleNamespace(text=text), text_stems=topic_stems(text))


def test_3_missing_lectures_misses_no_meeting():
    meeting = _side("the union's executive would meet on Thursday to decide whether to ballot members")
    missing = _side("the tram strike had forced many students to miss lectures")
    assert _targets_of_two_things(("meet", "miss"), meeting, missing)
    assert _targets_of_two_things(("miss", "meet"), missing, meeting)


def test_3_near_miss_a_target_missed_and_met_still_opposes():
    meeting = _side("the council was on track to meet its recycling target this year")
    missing = _side("the council would miss its recycling target this year")
    assert not _targets_of_two_things(("meet", "miss"), meeting, missing)
    # an aim missed, against a meeting of a pronoun ("meet it"): still one target
    missing = _side("the water company will miss the target by at least 40 million litres")
    assert not _targets_of_two_things(("meet", "miss"), _side("the company was on track to meet it"), missing)


def test_3_near_miss_a_target_missed_and_met_end_to_end(nlp):
    assert _found(nlp, "The council said it was on track to meet its recycling target this year.",
                  "The opposition said the council would miss its recycling target this year.")


# --- 4. a predicate of a denied thing --------------------------------------------------------------

def test_4_no_agreement_reached_is_no_denial_of_reaching_campus():
    denial = _Wording.of("no agreement had been reached on any issue, including rest breaks")
    assert denial.opposed_to(_Wording.of("about a third of students relied on trams to reach the campus")) is None
    assert _Wording.of("about a third of students relied on trams to reach the campus").opposed_to(denial) is None


def test_4_the_reader_of_a_predicate_of_a_denied_thing():
    assert _befell_denied("no", "agreement had been reached on any issue") == [("reach", frozenset({"agree"}))]
    assert _befell_denied("not", "been reached on any issue") == []
    w = _Wording.of("no agreement had been reached on any issue")
    assert w.opposed_to(_Wording.of("the two sides had reached an agreement on Friday"))
