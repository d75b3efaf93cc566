"""Round fxC: the leftovers of review cr92 (items 4 and 10) and vocabulary moved from code to
claims/data. Sentences written for these tests, not the gold; each fix has a near miss that
keeps the intent of the round it narrows."""

from __future__ import annotations

from claims.lexicon import data_alternation, data_lines, rejects_a_claim
from tests.claims.test_figure_roles import _reasons as _found

# --- 4. "a misreading" rejects only as a label or complement ---------------------------------

def test_4_an_error_a_party_blames_on_itself_rejects_nothing():
    assert not rejects_a_claim("a misreading of gauge data by its own control room staff had caused the flooding")
    assert not rejects_a_claim("a misrepresentation of the accounts by a former finance director led to the losses")
    assert not rejects_a_claim("He called for an inquiry and said a misreading of the tide tables had caused it")


def test_4_near_miss_a_label_or_complement_still_rejects():
    # r90's shapes: a complement of a copula, a label after a labelling verb or "as", and a
    # claim cut from its labelling verb whose label opens on a quote
    assert rejects_a_claim("the drivers' union's figure was \"a misreading of the timetable\"")
    assert rejects_a_claim('calling the figure "a misreading of the timetable"')
    assert rejects_a_claim("described the campaign's estimate as a gross misrepresentation of the survey")
    assert rejects_a_claim('the figure "a misreading of our own returns')
    assert rejects_a_claim("branded the council's count a misreading of the register")


def test_4_a_company_owning_its_error_disputes_no_regulator(nlp):
    a = "The water regulator said Tarnside Water had overbilled 6,200 households by an average of £85 last year."
    b = ("Tarnside Water said a misreading of meter data by its own billing contractor had led to the "
         "overbilling, and apologised to customers.")
    assert not _found(nlp, a, b, "dispute")


# --- 10. a subject read through a participle or a relative clause ---------------------------

ARENA = "The organisers of the Kelder Green show said the main showground had been well within capacity all weekend."


def test_10_a_place_serving_the_event_is_another_place(nlp):
    assert not _found(nlp, ARENA, "Police said the car parks serving the Kelder Green show were over capacity "
                                  "on the Sunday.", "contradiction")
    assert not _found(nlp, ARENA, "Police said the car parks which served the show were over capacity on the "
                                  "Sunday.", "contradiction")


def test_10_near_miss_the_same_place_still_opposed(nlp):
    assert _found(nlp, ARENA, "Police said the main showground was over capacity on the Sunday.", "contradiction")
    assert _found(nlp, ARENA, "Police said the main showground hosting the show was over capacity on the Sunday.",
                  "contradiction")


def test_10_the_head_read_through_a_participle():
    from claims.conflicts.contradictions import _said_of, _subject_read
    assert _subject_read("the car parks serving the Kelder Green show were over capacity", "over capacity") == \
        (("the", "car", "parks"), True)
    assert _said_of("the car parks which served the show were over capacity", "over capacity") == \
        ("the", "car", "parks")
    # near misses: a participle before its noun is no modifier; a preposition cuts as before
    assert _subject_read("the opening ceremony was over capacity", "over capacity") == \
        (("the", "opening", "ceremony"), False)
    assert _subject_read("the car parks at the show were over capacity", "over capacity") == \
        (("the", "car", "parks"), False)


# --- vocabulary in claims/data ----------------------------------------------------------------

def test_vocabulary_own_figure_verbs_and_figure_scales_are_data():
    from claims.attribution import FIGURE_SCALES, JOINED_SCALE
    from claims.conflicts.numeric import _OWN_FIGURE
    assert data_alternation("conflict_own_figure_verbs.txt") in _OWN_FIGURE.pattern
    assert _OWN_FIGURE.search("its leakage stood at 171 megalitres a day")
    assert not _OWN_FIGURE.search("its leakage, the regulator said")
    assert FIGURE_SCALES == frozenset(data_lines("attribution_figure_scales.txt"))
    assert JOINED_SCALE.search("84m") and JOINED_SCALE.search("2bn") and not JOINED_SCALE.search("84")


def test_vocabulary_inline_joins_read_their_data_files():
    from claims.conflicts import contradictions, disputes, told_claims
    from claims.lexicon import NEGATOR
    assert data_alternation("negators.txt") in NEGATOR.pattern
    assert data_alternation("conflict_told_answer_frames.txt") in told_claims._answer_frame().pattern
    assert data_alternation("conflict_report_nouns.txt") in disputes.definite_report_pattern().pattern
    assert data_alternation("conflict_participles.txt") in contradictions.NONE_OF_SUBJECT.pattern
    assert data_alternation("conflict_untouched_verbs.txt") in contradictions.untouched_pattern().pattern
