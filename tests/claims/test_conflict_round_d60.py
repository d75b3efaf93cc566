"""Round d60 (what a dispute is aimed at): docs/conflicts.md, "Added in round d60".
Articles and sentences written for these tests, about none of the gold cases; each rule has
a near miss."""

from datetime import date
from types import SimpleNamespace

from claims.conflicts.disputes import _corrected_figures

from tests.claims.test_conflict_round_t40 import _dispute_targets
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 12, 5)
LATER = date(2026, 12, 8)

# --- a figure set in place of another's answers that figure ------------------------------------

LIBRARY = ("Wexcombe District Council has agreed to rebuild the central library. The council's culture lead, "
           "Councillor Imelda Strood, said the rebuild would cost £6.1m over three years. She said 9,000 "
           "residents used the library every month. The council said the true cost of the flood damage last "
           "winter had been £240,000.")
ANSWER = ("The opposition on Wexcombe District Council has accused the ruling group of hiding the cost of the "
          "library rebuild. Councillor Benedikt Orlop said the true cost was £8.9m once the temporary library "
          "was included. He said the rebuild had been agreed without a public consultation.")


def test_a_correction_answers_the_other_partys_figure_of_that_size(nlp):
    refs = _claims(nlp, "a", LIBRARY, "Wexcombe Gazette", DAY) + _claims(nlp, "b", ANSWER, "Wexcombe Herald", LATER)
    found = _dispute_targets(refs, "the true cost was £8.9m")
    assert any("£6.1m" in t for t in found), found
    assert not any("hiding the cost" in t for t in found), found


def test_near_miss_a_true_cost_of_another_size_is_not_corrected(nlp):
    # The council's own "true cost" of the flood damage is a figure of another size (£240,000
    # against £8.9m): not what the correction replaces, though it shares "true cost".
    refs = _claims(nlp, "a", LIBRARY, "Wexcombe Gazette", DAY) + _claims(nlp, "b", ANSWER, "Wexcombe Herald", LATER)
    found = _dispute_targets(refs, "the true cost was £8.9m")
    assert not any("£240,000" in t for t in found), found


# --- the figure told before it in the article, of another party --------------------------------

TRAINS = ("The rail union said on Monday that Pellam Trains had left hundreds of cancelled trains out of its "
          "spring figures. The company has said it cancelled 480 trains between March and May. \"A train "
          "taken out of the timetable the night before is still a cancelled train,\" said Orsola Venn, the "
          "union's branch chair. \"The real number is well over 700.\" The union said 22 guards had left since "
          "January.")


def test_a_correction_answers_the_figure_told_before_it(nlp):
    found = _dispute_targets(_claims(nlp, "a", TRAINS, "Pellam Mercury", DAY), "The real number is well over 700")
    assert any("480 trains" in t for t in found), found


def test_near_miss_a_claim_giving_the_corrections_own_figure_is_not_corrected(nlp):
    # The union's own sentence gives the 480 too, nearer the correction, but also its 700:
    # the correction answers the company's figure, not its own side's account of it.
    text = ("The company has said it cancelled 480 trains between March and May. Pellam Trains cancelled more "
            "than 700 trains this spring, far more than the 480 the company has reported, the rail union said on "
            "Monday. \"A train taken out of the timetable the night before is still a cancelled train,\" said "
            "Orsola Venn, the union's branch chair. \"The real number is well over 700.\"")
    found = _dispute_targets(_claims(nlp, "a", text, "Pellam Mercury", DAY), "The real number is well over 700")
    assert any("cancelled 480 trains between" in t for t in found), found
    assert not any("more than 700 trains" in t for t in found), found


# --- "the owner's statement that it ...": the pronoun is the owner's -----------------------------

LIBRARIES = ("Pellmoor Council said it had not closed any libraries this year, despite cuts of £2m to "
             "its culture budget. Councillor Ada Fenwright said 14 libraries remained open every day.")
TRUST = ("The Orwick Readers' Trust has rejected the council's statement that it had not closed any libraries "
         "this year, saying the branch at Hallow End had shut in May. A university researcher, Dr Coral Minty, said "
         "the Readers' Trust itself had not closed a library in four decades.")


def test_the_pronoun_of_an_owners_statement_is_the_owners(nlp):
    refs = _claims(nlp, "a", LIBRARIES + " " + TRUST, "Pellmoor Gazette", DAY)
    found = _dispute_targets(refs, "statement that it had not closed")
    assert any(t.startswith("it had not closed any libraries") for t in found), found
    assert not any("in four decades" in t for t in found), found


def test_near_miss_the_pronoun_of_a_claim_against_the_rejecter_is_the_rejecters(nlp):
    # "the union's claim that it had cut" is said of the rejecter: its name is a word of what
    # was claimed, and the claim naming it is the target.
    refs = _claims(nlp, "a", "The drivers' union said Corvale Buses had cut 30 routes since January.",
                   "Corvale Gazette", DAY) + _claims(
        nlp, "b", "Corvale Buses rejected the union's claim that it had cut routes, saying every route still ran.",
        "Corvale Herald", LATER)
    found = _dispute_targets(refs, "claim that it had cut routes")
    assert any("Corvale Buses had cut 30 routes" in t for t in found), found


def _correction(nlp, text, words):
    ref = next(r for r in _claims(nlp, "a", text, "Pellam Mercury", DAY) if words in r.claim.text)
    return _corrected_figures(SimpleNamespace(claim=ref.claim, own_text=ref.claim.text))


def test_near_miss_a_figure_compared_with_is_not_set_in_its_place(nlp):
    # "far higher than 480" names the figure rejected, not one set in its place: no figure
    # is read as the correction's own (the company's 480 is not passed over as its own).
    compared = _correction(nlp, "\"The real number is far higher than 480,\" said Orsola Venn, the union's branch "
                                "chair.", "far higher")
    assert compared == []
    given = _correction(nlp, "\"The real number is more than 700,\" said Orsola Venn, the union's branch chair.",
                        "more than 700")
    assert [q.value for q in given] == [700.0]
