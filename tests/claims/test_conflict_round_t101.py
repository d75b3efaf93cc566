"""Round t101: the rival figure named outside `_replaced_figure`'s "not the N the X reported":
by a comparative or a possessive teller in the figure's own sentence, or by the sentence
after it. Sentences written for these tests, not the gold.

a. A comparative and a told rival: "well above the nine minutes the ambulance service gave",
   "far more than the 1,800 announced by the company" (`_rival_in_sentence`).
b. A possessive teller: "against the council's estimate of 480" (`_rival_in_sentence`).
c. The sentence after: "The trust's merger plan had said 2,400.", "The college said the
   number was still 42." (`_rival_in_next_sentence`).
d. Kept out: the speaker's own earlier figure ("up from the 96 million it reported", "The
   council had said 480." after the council's own "now says"), a figure of another time
   ("higher than the 9% it recorded in 2024"), a threshold ("above the 90% its contract
   requires")."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _figure

JANUARY, JUNE = date(2026, 1, 20), date(2026, 6, 2)


def _numeric_months_apart(nlp, first, second):
    """The numeric conflicts between two articles of two outlets, four months apart."""
    refs = _claims(nlp, "a", first, "Wyre Gazette", JANUARY) + _claims(nlp, "b", second, "County Post", JUNE)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a. a comparative naming a told rival --------------------------------------------------------

def test_a_well_above_the_figure_a_party_gave(nlp):
    first = "The ambulance service said its crews reached the most urgent calls in an average of nine minutes last year."
    second = ("The inspectors found that crews took an average of 13 minutes to reach the most urgent calls last "
              "year, well above the nine minutes the ambulance service gave in January.")
    assert _numeric_months_apart(nlp, first, second)


def test_a_far_more_than_the_figure_announced_by(nlp):
    first = "The organisers of the Brackwell folk festival said 48,000 people attended on Saturday."
    second = ("Police counted about 61,000 people at the Brackwell folk festival on Saturday, far more than the "
              "48,000 announced by the organisers.")
    assert _numeric_months_apart(nlp, first, second)


def test_a_rival_read_from_the_sentence():
    from claims.conflicts.numeric import rival_before_pattern, rival_told_by_pattern
    assert rival_before_pattern().search("last year, well above the ")
    assert rival_before_pattern().search(" teachers, far more than the ")
    assert rival_before_pattern().search(", against the Harbour Board's earlier estimate of about ")
    assert not rival_before_pattern().search(", up from ")
    assert rival_told_by_pattern().match(" announced by the company, according")


# --- b. a possessive teller ------------------------------------------------------------------------

def test_b_against_the_councils_estimate(nlp):
    first = "The district council estimated that 480 households were waiting for a disabled adaptation."
    second = "The ombudsman counted 730 households waiting for a disabled adaptation, against the council's estimate of 480."
    assert _numeric_months_apart(nlp, first, second)


def test_b_a_possessor_that_is_the_speaker_is_its_own_figure(nlp):
    from claims.conflicts.numeric import _rival_in_sentence
    q, claim = _figure(nlp, "The district council said 730 households were waiting for an adaptation, against "
                            "the council's earlier estimate of 480.", "730")
    assert claim.speaker and _rival_in_sentence(q, claim) is None


# --- c. the sentence after -------------------------------------------------------------------------

def test_c_the_next_sentence_had_said(nlp):
    first = "The two hospitals have 2,400 nurses on their books, the trust said in its merger plan."
    second = "The regulator says 1,900 nurses were working at the two hospitals in May. The trust's merger plan had said 2,400."
    assert _numeric_months_apart(nlp, first, second)


def test_c_the_number_was_still(nlp):
    first = "The college said 42 of its 310 courses would close under the merger."
    second = ("The lecturers' union has now put the number of courses closing at 65. "
              "The college said the number was still 42, and that the union was counting merged courses.")
    assert _numeric_months_apart(nlp, first, second)


# --- d. kept out -----------------------------------------------------------------------------------

def test_d_the_speakers_own_update_in_the_next_sentence(nlp):
    first = "The district council said 480 households were waiting for a disabled adaptation."
    second = ("The district council now says 730 households are waiting for a disabled adaptation. "
              "The district council had said 480.")
    assert not _numeric_months_apart(nlp, first, second)


def test_d_the_speakers_own_earlier_figure_with_it(nlp):
    first = "The water company said leaks cost it 96 million litres a day."
    second = "The water company said leaks now cost it 120 million litres a day, up from the 96 million it reported in March."
    assert not _numeric_months_apart(nlp, first, second)


def test_d_a_figure_of_another_year_or_a_threshold_is_no_rival(nlp):
    from claims.conflicts.numeric import _rival_in_sentence
    q, claim = _figure(nlp, "The regulator said 14% of trains were late this year, higher than the 9% the operator "
                            "recorded in 2024.", "14%")
    assert _rival_in_sentence(q, claim) is None
    q, claim = _figure(nlp, "The agency said the operator ran 94% of its sailings, below the 97% its contract requires.",
                       "94%")
    assert _rival_in_sentence(q, claim) is None


def test_c_a_limit_is_not_the_figure_the_next_sentence_answers(nlp):
    from claims.conflicts.numeric import _Facts, _rival_in_next_sentence
    from tests.claims.test_figure_roles import _claims as claims_of
    text = ("The inspectors found the quarry sent out 412 lorries a week in 2025, above its limit of 380. "
            "The operator had put the figure at 365.")
    refs = claims_of(nlp, "q", text, "Wyre Gazette")
    by = {"q": [(q, r.claim) for r in refs for q in r.claim.quantities]}
    facts = _Facts(by)
    rivals = {(q.surface, r[0].surface) for q, c in by["q"]
              if (r := _rival_in_next_sentence(q, c, facts.next_sentence(c), facts.sentence_siblings(c))) is not None}
    assert ("412 lorries a week", "365") in rivals or any(s.startswith("412") for s, _ in rivals)
    assert not any(s.startswith("380") or s.endswith("380") for s, _ in rivals)
