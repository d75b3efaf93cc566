"""Round f38, a sixth fact-checker's review of fresh stories (docs/review_f38.md): an exam
board's grading row, a water company's sewage spills, a by-election recount. Defects fixed,
each with near misses. Sentences written for these tests, not the gold.

a. A margin is compared with margins only (claims.conflicts.numeric, `_is_margin`): "won
   the seat by 212 votes" / "540 postal votes had been rejected".
b. A band of a ranking is no count (`_rank_range`): "the top two grades" / "35 grades".
c. Grades lowered and grades raised are two counts (conflict_act_classes.txt: lowering,
   raising), as cancelled and operated trains are.
d. A rejecting participle modifying a counted noun, or in a relative clause after one,
   rejects nothing said (claims.lexicon, `_said_of_a_thing`): "the 96 rejected postal
   votes", "212 votes that were wrongly rejected".
e. An adjective of error on a noun of no statement rejects nothing said (claims.lexicon,
   `_error_in_a_thing`): "used the wrong year's results".
f. A rejection pointing back at another party's rejection never inherits a target of its
   own side (claims.conflicts.disputes, `_own_side`).
g. "when there had been no rain" is a circumstance, not a denial that rain exists
   (claims.conflicts.contradictions, `CIRCUMSTANCE_THERE`).
h. "were hit hardest", "missing from", "marked down" are no target met or missed, no
   direction (conflict_direction_exceptions.txt)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.contradictions import _denied_things, _Wording
from claims.conflicts.numeric import _is_margin, _rank_range
from claims.figure_roles import figure_act
from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _figure, _numeric

MAY_3, MAY_4 = date(2026, 5, 3), date(2026, 5, 4)


# --- a. a margin ------------------------------------------------------------------------------------

def test_a_margin_is_read(nlp):
    assert _is_margin(*_figure(nlp, "The Green candidate won the Ravensby seat by 212 votes, officials said.", "212"))
    assert _is_margin(*_figure(nlp, "The first count had given her a lead of 75 votes.", "75"))
    assert _is_margin(*_figure(nlp, "The agents said the margin of victory was 95 votes.", "95"))
    assert not _is_margin(*_figure(nlp, "The council said 540 postal votes had been rejected.", "540"))
    assert not _is_margin(*_figure(nlp, "The Green candidate received 14,220 votes, officials said.", "14,220"))


def test_a_margin_is_not_a_rival_of_a_count_of_votes(nlp):
    assert not _numeric(nlp, "The Green candidate won the Ravensby seat by 212 votes, the returning officer said.",
                        "The council said 540 postal votes had been rejected at the Ravensby count.", MAY_3, MAY_4)
    assert not _numeric(nlp, "The Green candidate's agents said the first count had given her a lead of 75 votes.",
                        "The council said 540 postal votes had been rejected at the Ravensby count.", MAY_3, MAY_4)


def test_near_miss_two_margins_still_compare(nlp):
    assert _numeric(nlp, "The Green candidate won the Ravensby seat by 212 votes, the returning officer said.",
                    "Her opponent's agents said the Green candidate had won the Ravensby seat by only 95 votes.",
                    MAY_3, MAY_4)


# --- b. a band of a ranking ---------------------------------------------------------------------------

def test_a_band_of_a_ranking_is_read(nlp):
    assert _rank_range(*_figure(nlp, "The board said 31% of entries were awarded the top two grades.", "two"))
    assert not _rank_range(*_figure(nlp, "The board said two grades had been changed at the school.", "two"))


def test_a_band_of_a_ranking_is_not_a_count(nlp):
    assert not _numeric(nlp, "The board said 31% of entries at Marlow College were awarded the top two grades.",
                        "The head said 35 grades at Marlow College had been changed after results day.", MAY_3, MAY_4)


def test_near_miss_a_small_count_of_grades_still_compares(nlp):
    assert _numeric(nlp, "The board said two grades at Marlow College had been changed after results day.",
                    "The head said 35 grades at Marlow College had been changed after results day.", MAY_3, MAY_4)


# --- c. lowered and raised ----------------------------------------------------------------------------

def test_lowered_and_raised_are_two_acts(nlp):
    assert figure_act(*_figure(nlp, "The board said 4,100 grades had been lowered.", "4,100")) == "lowering"
    assert figure_act(*_figure(nlp, "The board said 900 grades would be raised.", "900")) == "raising"
    assert not _numeric(nlp, "The exam board said 4,100 grades in chemistry had been lowered by its model.",
                        "The exam board said 900 grades in chemistry would be raised after its review.", MAY_3, MAY_4)


def test_near_miss_two_counts_of_grades_lowered_still_compare(nlp):
    assert _numeric(nlp, "The exam board said 4,100 grades in chemistry had been lowered by its model.",
                    "Head teachers said 6,000 grades in chemistry had been lowered by the model.", MAY_3, MAY_4)


# --- d. a rejected thing ------------------------------------------------------------------------------

def test_a_participle_on_a_counted_noun_rejects_nothing_said():
    assert not rejects_a_claim("a recount of the 340 rejected ballots would take a day")
    assert not rejects_a_claim("its agents had counted 150 ballots that were wrongly rejected at the count")
    assert not rejects_a_claim("about 90 applications which were refused last year")


def test_near_miss_a_statement_rejected_is_still_a_rejection():
    assert rejects_a_claim("the union's figures were rejected by the board")
    assert rejects_a_claim("the 300 figure that was dismissed by the union was wrong")
    assert rejects_a_claim("the rejected claims were false")
    assert rejects_a_claim("they all denied wrongdoing")
    assert rejects_a_claim("the council rejected the figures")


# --- e. an error in a thing -----------------------------------------------------------------------------

def test_an_error_in_a_thing_rejects_nothing_said():
    assert not rejects_a_claim("the model had used the wrong year's data for some colleges")
    assert not rejects_a_claim("the letters were sent to the wrong address")


def test_near_miss_an_error_in_a_statement_is_a_rejection():
    assert rejects_a_claim("the board had used the wrong figure")
    assert rejects_a_claim("it was a false claim")
    assert rejects_a_claim("the figure is wrong")
    assert rejects_a_claim("the council's figures give a false picture of the town")


# --- f. a rejection of a rejection --------------------------------------------------------------------

STORY = ('Harbour Gas said it did not accept the findings. "We do not believe any of these leaks breached our '
         'licence," a spokesperson for Harbour Gas said.\n\n'
         'Ann Pike, the chair of Clean Bay, said the group had counted 41 leaks last year. '
         '"Harbour Gas told the public there were no leaks. That was false," Ms Pike said.\n\n'
         'Harbour Gas rejected that.')


def _disputes(nlp, text):
    refs = _claims(nlp, "a", text, "Outlet A", MAY_3)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE], {r.claim.claim_id: r.claim for r in refs}


def test_a_rejection_of_a_rejection_does_not_reject_its_own_side(nlp):
    disputes, claims = _disputes(nlp, STORY)
    for c in disputes:
        a, b = claims[c.claim_a], claims[c.claim_b]
        assert not (a.speaker == b.speaker == "Harbour Gas"), c.reason


def test_near_miss_the_other_sides_rejection_is_still_read(nlp):
    disputes, claims = _disputes(nlp, STORY)
    assert any("That was false" in claims[c.claim_b].text or "That was false" in claims[c.claim_a].text
               for c in disputes)


# --- g. a circumstance of absence ----------------------------------------------------------------------

def test_a_circumstance_of_absence_denies_nothing():
    assert _denied_things("the plant released waste on 12 days when there had been no rain") == ()
    assert _denied_things("lifeguards left the beach at times when there was no cover") == ()


def test_near_miss_a_plain_absence_is_still_a_denial():
    assert _denied_things("There had been no rain at the plant for 12 days")
    assert _denied_things("the firm said no waste was released on those days")


# --- h. words of no target ------------------------------------------------------------------------------

def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


def test_hit_and_missing_of_no_target_do_not_oppose():
    assert _opposed("Rural colleges were hit hardest by the changes", "Rural colleges missed their targets") is None
    assert _opposed("the first batch of rural college grades is missing from its figures",
                    "the board will meet rural college heads next week") is None
    assert _opposed("pupils at rural colleges were marked down", "the figure for rural colleges is higher still") is None


def test_near_miss_a_target_hit_or_missed_still_opposes():
    assert _opposed("Rural colleges hit their targets this year", "Rural colleges missed their targets this year") \
        is not None


# --- i. a natural feature is no body ----------------------------------------------------------------

def _speakers(nlp, text):
    return [(r.claim.speaker, r.claim.text) for r in _claims(nlp, "a", text, "Outlet A", MAY_3)]


def test_the_company_is_not_a_river_named_before_it(nlp):
    text = ("Storm drains run by Orrin Water spilled waste into the River Callan for 900 hours last year, "
            "according to figures published by the company on Monday. The company said the figure was falling.")
    speakers = _speakers(nlp, text)
    assert speakers and all(s != "River Callan" for s, _ in speakers)
    assert any(s == "Orrin Water" and "falling" in t for s, t in speakers)


def test_near_miss_a_body_named_after_a_feature_is_still_a_body(nlp):
    text = ("A fire broke out at the offices of the Lake Orran Water Company on Monday. "
            "The company said no staff had been hurt.")
    assert any(s and s.startswith("Lake Orran Water Company") for s, _ in _speakers(nlp, text))


# --- j. a denial of another occasion ----------------------------------------------------------------

from tests.claims.test_figure_roles import _conflicts  # noqa: E402

DENIAL = "The exam council said that no marks were altered in any earlier round of the Westbury marking."


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, MAY_3, MAY_4) if c.kind is ConflictKind.CONTRADICTION]


def test_a_denial_of_another_occasion_does_not_oppose_a_count(nlp):
    assert not _contradictions(nlp, DENIAL, "Teachers said 2,400 marks in the Westbury marking had been lowered.")


def test_near_miss_a_plain_denial_still_opposes_a_count(nlp):
    assert _contradictions(nlp, "The exam council said that no marks were altered in the Westbury marking.",
                           "Teachers said 2,400 marks in the Westbury marking had been altered.")
