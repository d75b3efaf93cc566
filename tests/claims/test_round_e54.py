"""Round e54: what a fact-checker saw wrong in the g48 report (docs/conflicts.md, "Added in
round e54"). Sentences written for these tests, not the gold.

1. A described speaker capitalised only where it opens a sentence ("Inspectors found ...",
   "the inspectors said ...") is one speaker (`claims.attribution.one_spelling_per_speaker`).
2. "Jo Roe, the firm's director, said" when NER tagged only a later "Ms Roe": the article's
   one Roe is named in full (`SpeakerResolver._given_name_before`).
3. A claim nested inside another of the same sentence is no dispute of it
   (`claims.conflicts.disputes._holds`).
4. "X said A, many of them from faults she said could ...": a contact clause's he/she aside
   does not cut the statement (`_pronoun_aside`); a cut never leaves a statement ending on
   a preposition or determiner (`_whole_phrase_end`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.disputes import _holds
from claims.models import Attribution, ConflictKind
from claims.attribution import one_spelling_per_speaker
from tests.claims.test_attribution_s24 import _speakers
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 4, 2)


# --- 1. one spelling per described speaker ------------------------------------------------

def _att(start, speaker, kind):
    return Attribution(content_start=start, content_end=start + 5, speaker=speaker, speaker_kind=kind)


def test_a_capital_opening_a_sentence_is_the_same_speaker():
    got = one_spelling_per_speaker([_att(0, "Auditors", "group"), _att(10, "auditors", "group"),
                                    _att(20, "The trust", "other"), _att(30, "the trust", "other")])
    assert [a.speaker for a in got] == ["auditors", "auditors", "the trust", "the trust"]


def test_near_miss_one_spelling_alone_and_people_are_kept():
    got = one_spelling_per_speaker([_att(0, "Auditors", "group"), _att(10, "The Guardians", "org"),
                                    _att(20, "the trustees", "group"), _att(30, "Amber Lane", "person"),
                                    _att(40, "amber lane", "person")])
    assert [a.speaker for a in got] == ["Auditors", "The Guardians", "the trustees", "Amber Lane",
                                        "amber lane"]


def test_inspectors_opening_a_sentence_are_the_inspectors_quoted_later(nlp):
    text = ("Auditors found 12 errors in the county's accounts. The auditors said the "
            "finance team was too small. Auditors also said two payments had been made twice.")
    assert len(set(_speakers(nlp, text).values())) == 1


# --- 2. a full name NER missed ------------------------------------------------------------

def test_a_full_name_is_the_speaker_when_ner_tagged_only_the_honorific_form(nlp):
    text = ("The quarry will close in 2028. Badgers, which live on the site, are a protected "
            "species under the Wildlife Act.\n\nIsolde Marchbank, Harlow Aggregates' site "
            "manager, has said the lorries would stop running in June.\n\nMs Marchbank told "
            "the meeting that 40 jobs would go.")
    got = _speakers(nlp, text)
    assert set(got.values()) == {"Isolde Marchbank"}


def test_near_miss_a_body_before_a_surname_is_no_given_name(nlp):
    text = ("Mr Oakhurst said the lorries would stop running in June. Harlow Quarry Oakhurst "
            "said 40 jobs would go.")
    got = _speakers(nlp, text)
    assert "Harlow Quarry Oakhurst" not in got.values()


# --- 3. a claim nested inside another is no dispute of it ---------------------------------

NESTED = ("Papers seen by the Kelby Courier show that the council's auditor warned in March "
          "that the contractor's safety plan was \"wrong\" and asked for a new one.")


def test_a_claim_nested_inside_another_does_not_dispute_it(nlp):
    refs = _claims(nlp, "a", NESTED, "Outlet A", DAY)
    inner = [r.claim for r in refs if r.claim.text.startswith("the contractor's")]
    outer = [r.claim for r in refs if r.claim.start_char < inner[0].start_char] if inner else []
    assert inner and outer and _holds(outer[0], inner[0])
    assert not [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


def test_near_miss_claims_side_by_side_are_not_nested(nlp):
    text = ("The contractor said its safety plan met every standard. The county's engineer said "
            "the safety plan was \"inadequate\".")
    refs = _claims(nlp, "a", text, "Outlet A", DAY)
    a, b = refs[0].claim, refs[-1].claim
    assert a is not b and not _holds(a, b) and not _holds(b, a)


# --- 4. no statement cut mid-phrase -------------------------------------------------------

def test_a_contact_clause_aside_does_not_cut_the_statement(nlp):
    text = ("Dora Fenwick, who drove for the depot for nine years, said 37 buses had broken down "
            "last winter, many of them from faults she said could have been fixed.")
    got = _speakers(nlp, text)
    assert got == {"37 buses had broken down last winter, many of them from faults she said "
                   "could have been fixed": "Dora Fenwick"}


def test_near_miss_a_named_contact_clause_is_still_another_statement(nlp):
    text = ("Dora Fenwick said 37 buses had broken down last winter, a figure Ivo Marsh said "
            "was too high.")
    got = _speakers(nlp, text)
    assert "Ivo Marsh" in got.values()
    assert got.get("37 buses had broken down last winter") == "Dora Fenwick"


def test_no_statement_ends_on_a_preposition(nlp):
    text = ("Dora Fenwick said 37 buses had broken down, most of them from faults Ivo Marsh "
            "said were known.")
    got = _speakers(nlp, text)
    assert not any(s.split()[-1] in {"from", "of", "the", "and"} for s in got)



def test_a_cut_before_another_statement_does_not_end_on_a_preposition(nlp):
    text = ("The trust said 12 wards had closed, several of them in buildings the inspectors "
            "said were unsafe.")
    got = _speakers(nlp, text)
    trust = [s for s, who in got.items() if who == "The trust"]
    assert trust and trust[0].split()[-1] not in {"in", "of", "the"}
    assert "inspectors" in got.values()  # near miss: the inspectors' words stay their own

# --- 5. according to one source, and according to another --------------------------------

def test_two_sources_of_one_clause_each_vouch_for_their_own_part(nlp):
    text = ("The new pool holds 300 swimmers according to the council, and 180 swimmers "
            "according to the campaign.")
    got = _speakers(nlp, text)
    assert got["The new pool holds 300 swimmers"] == "the council"
    assert got["180 swimmers"] == "the campaign"


def test_near_miss_one_source_still_vouches_for_both_clauses(nlp):
    text = "Officers were called to the house and found two men injured, according to police."
    got = _speakers(nlp, text)
    assert got.get("Officers were called to the house") == "police"


# --- 6. "the company" after the one body the sentence before named -----------------------

def _resolver(nlp, text):
    from claims.extract import parser_text
    from claims.speakers import SpeakerResolver
    doc = nlp(parser_text(text))
    return SpeakerResolver(doc, text)


def test_the_company_is_the_body_just_named_as_subject(nlp):
    text = ("Kelby Borough Council approved the plan in May.\n\nBrackwell Renewables has since "
            "revised its count of nesting lapwing. In an addendum, the company said nine pairs "
            "had nested.")
    r = _resolver(nlp, text)
    assert r._sole_body_just_named("company", text.index("the company said")) == "Brackwell Renewables"


def test_near_miss_two_bodies_named_the_sentence_before(nlp):
    text = ("The Mining Authority fined Brackwell Renewables £2m on Tuesday. The company said "
            "it would appeal.")
    r = _resolver(nlp, text)
    assert r._sole_body_just_named("company", text.index("The company said")) is None


# --- 7. the X of "from X to Y" is the state before ----------------------------------------

CUT = "Ms Fenn said the clinic had cut its nursing staff from 40 to 26 since 2022."


def test_the_from_figure_of_a_change_is_no_rival_of_a_count_now(nlp):
    from tests.claims.test_figure_roles import _numeric
    found = _numeric(nlp, CUT, "The clinic said it employed 34 nurses.")
    assert not any("'40'" in c.reason for c in found)


def test_near_miss_the_to_figure_is_still_compared(nlp):
    from tests.claims.test_figure_roles import _numeric
    found = _numeric(nlp, CUT, "The clinic said it employed 34 nurses.")
    assert any("'26'" in c.reason for c in found)

