"""Round f86: cr85's speaker and quantity defects in rounds f84 and w84 (docs/attribution.md,
"Round f86"). Sentences written for these tests (cr85's made-up probes), not gold text;
each fix has a near miss that keeps the round's original behaviour."""

from __future__ import annotations

import pytest

from claims.quantities import parse_quantities
from tests.claims.test_speakers_f84 import _tag_all
from tests.claims.test_speakers_s34 import _speakers, _of


# 2. f84 _role_named_bodies: a surname after a title or in apposition to a role is a person's

@pytest.mark.parametrize("opening, name", [
    ("Chancellor Merkel called the cuts a blow. A spokesman for Merkel", "Merkel"),
    ("Lowe, the business secretary, called the cuts a blow. A spokesperson for Lowe", "Lowe"),
])
def test_a_titled_surname_with_a_spokesperson_is_no_company(nlp, opening, name):
    text = ("Brenvale Motors said it would cut 2,000 jobs at its Derby plant. " + opening +
            " said ministers would meet the unions. The company said the cuts could not be avoided.")
    got = _speakers(_tag_all(nlp, text, name, "PERSON"))
    assert _of(got, "Brenvale Motors") == ["it would cut 2,000 jobs at its Derby plant",
                                           "the cuts could not be avoided"]
    assert _of(got, name) == []


def test_near_miss_a_firm_title_still_leaves_the_name_a_company(nlp):
    # "asset manager Kestrix": a title a firm also takes, so f84's reading stands
    text = ("Asset manager Kestrix was named in the filing. A spokesperson for Kestrix said the "
            "plant would close in June. The company said 300 staff would move to other sites.")
    got = _speakers(_tag_all(nlp, text, "Kestrix", "PERSON"))
    assert _of(got, "Kestrix") == ["the plant would close in June",
                                   "300 staff would move to other sites"]


# 9. f84 _according_owner: the subject nearest "according", not the first

def test_according_to_its_report_takes_the_nearest_subject(nlp):
    text = ("The regulator fined Harlow Water, and the company made a profit of £4m, "
            "according to its annual report.")
    got = _speakers(nlp(text))
    assert _of(got, "The regulator") == []
    assert _of(got, "Harlow Water") == [
        "The regulator fined Harlow Water, and the company made a profit of £4m"]


# 8. w84 fraction_bare: a clock time, an ordinal or a kind of place is no share

def _shares(nlp, text):
    return [(q.surface, round(q.value, 1)) for q in parse_quantities(text, nlp) if q.unit == "percent"]


@pytest.mark.parametrize("text", [
    "It was a quarter after nine when the fire started.",
    "The meeting began at a quarter before eight.",
    "The walkout was a third in as many weeks.",
    "It would be a third, after titles in 2019 and 2021.",
    "The old district is a quarter, not a suburb.",
])
def test_a_clock_time_ordinal_or_district_is_no_share(nlp, text):
    assert _shares(nlp, text) == []


@pytest.mark.parametrize("text, shares", [
    ("The cut was a quarter, not a third.", [("a quarter", 25.0), ("a third", 33.3)]),
    ("The cut was about a quarter after the review.", [("about a quarter", 25.0)]),
    ("The cut was a third in March.", [("a third", 33.3)]),
    ("The share was a third in as many as 40 towns.", [("a third", 33.3)]),
])
def test_near_miss_a_share_before_a_contrast_or_a_date_stays(nlp, text, shares):
    assert _shares(nlp, text) == shares
