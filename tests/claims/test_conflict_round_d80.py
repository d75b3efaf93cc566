"""Round d80: dispute recall, rejections no rule recognised (docs/conflicts.md, "Round
d80"). Sentences written for these tests, not the gold.

a. Another party's statement charged with counting the same things more than once ("the
   group's figure counted some objects twice") rejects that figure, with no rejecting
   word (`rebuttals.counted_more_than_once`). Near misses: a count made twice on purpose
   ("counted every ballot twice"), a second survey ("counted the birds twice, in May and
   in June"), the speaker's own slip ("we had counted some homes twice") and a party as
   the counter ("the auditors had counted ...") reject nothing.
b. What was just said set against the experience of the speaker's people ("said that
   was not the experience of its members") rejects it (`counters.denied_experience`).
   Near misses: a subject of its own ("the delays were not the experience of most
   passengers"), and an experience of someone's compared with another's."""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.counters import denied_experience
from claims.rebuttals import counted_more_than_once
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 12)


def _dispute_texts(nlp, *articles):
    refs = [r for k, (text, outlet) in enumerate(articles) for r in _claims(nlp, f"a{k}", text, outlet, DAY)]
    text = {r.claim.claim_id: r.claim.text for r in refs}
    return [(text[c.claim_a], text[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


@pytest.mark.parametrize("text", [
    "the residents' group's figure of 640 counted some flats twice",
    "the union's tally counts repeat calls two or three times",
    "that survey had counted the same invoices more than once",
])
def test_a_a_count_taking_things_again_is_charged(text):
    assert counted_more_than_once(text)


@pytest.mark.parametrize("text", [
    "officials counted every ballot twice before declaring the result",
    "volunteers counted the swallows twice, in May and in June",
    "we had counted some flats twice in the first draft",
    "our survey counted some flats twice",
    "the union's count included new members",
    # A party as the counter is left out: that charge stays a target for the party's answer.
    "the auditors had counted the same invoices more than once",
])
def test_a_near_miss_a_count_made_twice_on_purpose_or_owned(text):
    assert not counted_more_than_once(text)


STORY = ("The Ferndale Tenants' Union said 640 flats on the Ashgrove estate had damp problems. "
         "Ashgrove Housing said the union's survey counted the same flats more than once.")


def test_a_the_charge_is_a_dispute_of_the_count(nlp):
    pairs = _dispute_texts(nlp, (STORY, "Ferndale Echo"))
    assert any(any("640 flats" in t for t in p) and any("more than once" in t for t in p) for p in pairs)


def test_a_near_miss_a_careful_count_is_no_dispute(nlp):
    text = ("The Ferndale Tenants' Union said 640 flats on the Ashgrove estate had damp problems. "
            "Ashgrove Housing said its surveyors counted every flat twice before the repairs began.")
    pairs = _dispute_texts(nlp, (text, "Ferndale Echo"))
    assert not any(any("twice" in t for t in p) for p in pairs)


# --- b. what was said set against the speaker's people's experience ------------------------

OPERATOR = "Lanford Buses said its services ran on time on nine days out of ten this winter. "


@pytest.mark.parametrize("answer", [
    "The Riders' Forum said that was not the experience of its members.",
    "Gail Orme, who chairs the Riders' Forum, said that was simply not the experience of her members.",
])
def test_b_the_peoples_experience_answers_the_claim(nlp, answer):
    pairs = _dispute_texts(nlp, (OPERATOR + answer, "Lanford Courier"))
    assert any(any("nine days out of ten" in t for t in p) and any("experience" in t for t in p) for p in pairs)


@pytest.mark.parametrize("answer", [
    "Gail Orme, who chairs the Riders' Forum, said her experience was very different from her sister's.",
    "Gail Orme said the delays were not the experience of most passengers.",
])
def test_b_near_miss_experiences_compared_or_a_subject_of_its_own(nlp, answer):
    pairs = _dispute_texts(nlp, (OPERATOR + answer, "Lanford Courier"))
    assert not any(any("experience" in t for t in p) for p in pairs)


def test_b_the_shapes_alone():
    assert denied_experience("was not the experience of its members")
    assert denied_experience("that is simply not the experience of our tenants")
    assert not denied_experience("her experience was very different from her sister's")
    assert not denied_experience("the delays were not the experience of most passengers")
