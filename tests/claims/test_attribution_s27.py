"""Round s27: attribution defects seen on fresh articles (docs/review_f26.md), fixed
generally. Sentences written for these tests, not the gold.

1. A body whose own name ends in another kind of organisation ("the Kelby Drivers' Forum",
   "the Kelby Walkers' Group") is no last resort for "the council" or "the council's
   report" (claims.speakers.SpeakerResolver._name_says_kind).
2. "..., which he said could ..." inside a reported clause is the reporter's own aside:
   the statement is not cut there, and the aside is no statement of its own
   (claims.attribution._pronoun_aside).
3. "The plan, the minister said, would cost ...": a parenthetical cue between subject and
   verb; the statement is the whole clause, not the predicate alone.
4. A body the article describes in words of its own ("The national water regulator must
   approve ...", "the merged trust will ...") is what "a spokesperson for the regulator" /
   "the trust said" means, not an organisation named before that description
   (claims.speakers.SpeakerResolver._described_unnamed)."""

from __future__ import annotations

from tests.claims.test_attribution_s24 import _speakers




def test_the_councils_report_is_not_the_forum_quoted_last(nlp):
    text = ("Motorists in Kelby say the new bus lane has slowed them down. The Kelby Drivers' "
            "Forum said queues on Mill Road had doubled. The council's report says bus journeys "
            "are three minutes quicker.")
    got = _speakers(nlp, text)
    assert got["bus journeys are three minutes quicker"] != "Kelby Drivers' Forum"


def test_the_council_is_not_a_group_quoted_last(nlp):
    text = ("The Kelby Walkers' Group said the new path was too narrow. The council said the "
            "path met national standards.")
    got = _speakers(nlp, text)
    assert got["the path met national standards"] != "Kelby Walkers' Group"


def test_near_miss_a_council_named_in_full_is_still_the_council(nlp):
    text = ("Kelby Borough Council approved the bus lane on Monday. The Kelby Drivers' Forum "
            "said queues on Mill Road had doubled. The council said bus journeys were three "
            "minutes quicker.")
    got = _speakers(nlp, text)
    assert got["bus journeys were three minutes quicker"] == "Kelby Borough Council"


def test_near_miss_a_group_can_still_be_the_company(nlp):
    text = ("Shares in Delmont Group fell on Tuesday. The company said profits would be lower "
            "this year.")
    got = _speakers(nlp, text)
    assert got["profits would be lower this year"] == "Delmont Group"


def test_near_miss_the_forum_is_the_forum(nlp):
    text = ("The Kelby Drivers' Forum wrote to councillors on Monday. The forum said queues on "
            "Mill Road had doubled.")
    got = _speakers(nlp, text)
    assert got["queues on Mill Road had doubled"] == "Kelby Drivers' Forum"


def test_a_pronoun_aside_does_not_cut_the_statement(nlp):
    text = ("Dr Mara Feld said the trust would use the savings to open a new clinic at "
            "Harlow Green, which she said could treat up to 4,000 patients a year.")
    got = _speakers(nlp, text)
    assert got == {"the trust would use the savings to open a new clinic at Harlow Green, which "
                   "she said could treat up to 4,000 patients a year": "Mara Feld"}


def test_near_miss_a_named_aside_is_still_another_statement(nlp):
    text = ("Dr Mara Feld said the trust would open a new clinic at Harlow Green, which "
            "Jonas Perl said was too small.")
    got = _speakers(nlp, text)
    assert "Jonas Perl" in got.values()
    assert len(got) == 2


def test_a_cue_between_subject_and_verb_keeps_the_subject(nlp):
    text = "The new bridge, the minister said, would cost £3 million."
    got = _speakers(nlp, text)
    assert got == {"The new bridge, the minister said, would cost £3 million": "the minister"}


def test_near_miss_a_cue_after_the_clause_still_ends_it(nlp):
    text = "The deal will close in March, a spokesman said, after the regulator approves it."
    got = _speakers(nlp, text)
    assert got == {"The deal will close in March": "a spokesman"}


def test_a_spokesperson_for_a_described_regulator_is_not_the_company_quoted_last(nlp):
    text = ("Tarrow Water Services said it would raise bills by 8%. The national water "
            "regulator must approve the rise. A spokesperson for the regulator said it would "
            "publish its decision in March.")
    got = _speakers(nlp, text)
    assert got["it would publish its decision in March"] != "Tarrow Water Services"


def test_the_merged_trust_is_not_the_most_mentioned_hospital(nlp):
    text = ("Kelby General and Danby Royal hospitals will merge next year. Kelby General has "
            "the larger budget. Kelby General will host the new board. The merged trust will "
            "employ 5,000 staff. The trust said the merger would save £6 million a year.")
    got = _speakers(nlp, text)
    assert got["the merger would save £6 million a year"] != "Kelby General"


def test_near_miss_a_body_named_after_its_description_is_still_it(nlp):
    text = ("Members of the largest union representing bus drivers voted down a contract. "
            "The Brotherhood of Coach Drivers held the vote. The union said turnout was 74%.")
    got = _speakers(nlp, text)
    assert got["turnout was 74%"] == "Brotherhood of Coach Drivers"


def test_near_miss_a_described_company_is_still_the_named_company(nlp):
    text = ("Brenmoor Petroleum reported a loss on Tuesday. The state-owned oil company had "
            "warned of lower output. The company said it would cut 300 jobs.")
    got = _speakers(nlp, text)
    assert got["it would cut 300 jobs"] == "Brenmoor Petroleum"
