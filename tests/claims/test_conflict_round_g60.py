"""Round g60, a twelfth fact-checker's review of fresh stories (docs/review_g60.md): a
bank's branch closures, a prison inspection, delivery riders' pay. Defects fixed, each
with near misses. Sentences written for these tests, not the gold.

a. A statement said to prove the speaker right ('the report was "a vindication"') vouches
   for it (claims/data/conflict_rebuttal_exceptions.txt): no rejection of it.
b. A gerund of rejection as a clause's subject ("Disputing the count does not change what
   the inspectors saw") names the act the speaker weighs; it rejects nothing
   (`lexicon._rejecting_as_subject`).
c. A statement noun in a phrase modifying a thing ("The conditions described in this
   report are not acceptable") makes no statement the subject judged
   (`rebuttals._thing_described`).
e. The last words of trade and weekly titles ("Week", "Weekly", "Journal", "Digest",
   "Bulletin", "Daily") mark a news outlet's name (attribution_media_name_words.txt): the
   last-resort fallback of "the union said" no longer lands on it.
f. A whole group's words end where a clause about it begins ("every town that loses a
   branch", "every hour a rider was logged in", `contradictions._group_head`): the clause's
   nouns are no part of the group a count of exceptions must meet."""

from __future__ import annotations

from datetime import date

from claims.conflicts.common import is_dispute
from claims.conflicts.contradictions import _universals
from claims.models import ConflictKind
from claims.overlap import topic_stems
from claims.lexicon import rejects_a_claim
from claims.rebuttals import judges_a_statement
from claims.speakers import _media_for
from tests.claims.test_figure_roles import _claims, _conflicts

DAY = date(2026, 4, 8)


def _claim_with(nlp, text, words):
    (ref,) = [r for r in _claims(nlp, "x", text, "Outlet", DAY) if words in r.claim.text]
    return ref.claim


# --- a. praise is no rejection -----------------------------------------------------------------

def test_a_a_vindication_vouches_for_the_statement():
    assert not judges_a_statement('the audit was "a vindication"', "She said ")
    assert not judges_a_statement("the findings were a vindication of our members", "He said ")


def test_a_a_fabrication_still_rejects():
    # near miss: a complement calling the statement untrue
    assert judges_a_statement('the audit was "a fabrication"', "She said ")
    assert judges_a_statement("the findings were a whitewash", "He said ")


def test_a_the_union_backing_a_regulator_disputes_nothing(nlp):
    text = ("The Fair Wages Office found that average pay was £11.40 an hour. Daniel Hurst, of the drivers' union, "
            'said the report was "a vindication".')
    assert not is_dispute(_claim_with(nlp, text, "vindication"))


# --- b. the act of rejecting, weighed --------------------------------------------------------

def test_b_a_gerund_subject_rejects_nothing():
    assert not rejects_a_claim("Disputing the figures does not change what the auditors found")
    assert not rejects_a_claim("Denying the problem will not make it go away")
    assert not rejects_a_claim('"Rejecting the report won\'t help anyone')


def test_b_a_participle_opening_on_a_comma_still_rejects():
    # near misses: the subject after the comma rejects; a gerund after a verb rejects
    assert rejects_a_claim("Disputing the count, the agency said the number was 167")
    assert rejects_a_claim("the company kept denying it")
    assert rejects_a_claim("the figures were disputed by the council")


# --- c. a thing described in a statement ----------------------------------------------------

def test_c_a_thing_in_a_report_is_no_statement_judged():
    assert not judges_a_statement("The conditions described in this report are not acceptable", "She said ")
    assert not judges_a_statement("The failings described in the audit are not acceptable", "He said ")


def test_c_a_figure_in_a_report_is_still_judged():
    # near misses: a statement noun heads the subject before the phrase
    assert judges_a_statement("The figure given in the report was wrong", "She said ")
    assert judges_a_statement("The figures in the report are false", "He said ")


# --- e. trade and weekly titles are outlets ---------------------------------------------------

def test_e_trade_titles_are_outlets():
    for name in ("Retail Lending Week", "Care Homes Weekly", "Logistics Trade Journal", "Public Money Digest",
                 "Schools Bulletin", "Northern Business Daily"):
        assert _media_for(name, "union"), name


def test_e_bodies_are_not_outlets():
    # near misses: a union, an agency, a watchdog named without a media word
    for name in ("Bank Clerks Federation", "Water Services Agency", "Care Standards Office"):
        assert not _media_for(name, "union"), name
    # the outlet's own noun may still point at it
    assert not _media_for("Retail Lending Week", "paper")


# --- f. a whole group, without the clause about it -----------------------------------------

def test_f_the_group_is_its_head_not_its_clause():
    ((group, _did),) = _universals("Every village that loses a surgery will keep a pharmacy within three miles")
    assert group == topic_stems("village")
    ((group, _did),) = _universals("the drivers want £14 for every hour a driver was on call")
    assert group == topic_stems("hour")


def test_f_a_pledge_about_towns_is_not_met_by_branches_shut_for_repairs(nlp):
    a = "Harbury Bank said every village that loses a branch will keep a cash machine within three miles."
    b = "Harbury Bank said the four branches had been shut for repairs and were not part of the programme."
    assert not [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def test_f_the_groups_own_of_phrase_stays():
    # near miss: "of the ..." belongs to the group
    ((group, _did),) = _universals("every member of the governing coalition had voted for the bill")
    assert {"memb", "coalit"} <= group


def test_f_a_count_of_the_group_itself_still_answers_it(nlp):
    # near miss: the count is of the group's own head
    a = "The trust said every ward that opened this year had a senior nurse on each shift."
    b = "Inspectors found that nine wards were left without a senior nurse on night shifts."
    assert [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]



def test_trade_title_words_mark_an_outlet_only_as_the_names_last_word():
    """(lead60) "Business Daily" is a paper; "Daily Mile Foundation" is no outlet, so it
    may still be what "the foundation said" means."""
    from claims.speakers import _media_for
    assert _media_for("Business Daily", "union")
    assert _media_for("Retail Banking Week", "union")
    assert not _media_for("Daily Mile Foundation", "foundation")
    assert not _media_for("Week of Action Trust", "trust")
