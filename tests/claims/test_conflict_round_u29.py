"""Rules of the u29 round: in one article, a rejection answers the outlet's own voice only
when that sentence tells someone's claim (a reporting, finding or publishing verb, "according
to", a document and its author); plain narration of the same matter states no one's claim.
Sentences written for these tests; near misses beside each."""

from datetime import date

import pytest

from claims.conflicts import find_conflicts
from claims.conflicts.disputes import source_word_pattern
from claims.extract import extract_claims
from claims.models import Article, ClaimRef, ConflictKind

DAY = date(2027, 1, 5)


def _disputes(nlp, text):
    article = Article(article_id="a", source="s", text=text, outlet="Outlet A", published=DAY)
    claims = extract_claims(article, nlp(text))
    by_id = {c.claim_id: c for c in claims}
    refs = [ClaimRef(claim=c, outlet="Outlet A", published=DAY) for c in claims]
    return [(by_id[c.claim_a].sentence, by_id[c.claim_b].text) for c in find_conflicts(refs)
            if c.kind == ConflictKind.DISPUTE]


@pytest.mark.parametrize("sentence", [
    "About 3,100 households are behind on their water bills, the residents' association estimated.",
    "A survey by the residents' association found damp in a third of the flats.",
    "Only 64% of buses ran on time in March, according to figures compiled by the watchdog.",
    "The chain reported a 9% rise in sales on Thursday.",
    "Officials told the committee that the scheme would cost £40 million.",
])
def test_a_sentence_telling_someones_claim(sentence):
    assert source_word_pattern().search(sentence)


@pytest.mark.parametrize("sentence", [
    "In the east ward turnout was 41%.",
    "Buses returned to normal on Wednesday morning after the strike ended.",
    "The line carries about 45,000 passengers a day between the two towns.",
    "The deal makes the striker the most expensive player the club has sold.",
])
def test_near_miss_plain_narration(sentence):
    assert not source_word_pattern().search(sentence)


def test_a_sourced_statement_of_the_outlet_is_rejected(nlp):
    found = _disputes(nlp, "About 3,100 households in the valley are behind on their water bills, "
                           "a survey by the residents' association found. "
                           "Valley Water rejected the survey's findings on Monday.")
    assert any("3,100" in target for target, _ in found)


def test_near_miss_plain_narration_is_not_rejected(nlp):
    found = _disputes(nlp, "The line carries about 45,000 passengers a day between the two towns. "
                           "Coastway Rail said the figures were out of date.")
    assert not any("45,000" in target for target, _ in found)


def test_a_figure_reported_in_the_rejections_own_sentence(nlp):
    found = _disputes(nlp, "Marlow Stores reported a 9% rise in annual sales on Thursday, a figure that "
                           "analysts at Fenwick Research said overstated the chain's growth.")
    assert any("9%" in target for target, _ in found)


def test_a_statement_of_the_rejecter_itself_is_not_its_target(nlp):
    found = _disputes(nlp, "Mara Quill, whose company agreed to buy the port this week, told about 200 dock workers "
                           "that she would keep every job. Ms Quill told the meeting that both figures were wrong.")
    assert not any("would keep every job" in target for target, _ in found)


@pytest.mark.parametrize("sentence, speaker, opens", [
    ("Mara Quill, whose company agreed to buy the port, told workers she would keep every job.", "Mara Quill", True),
    # near misses: the rejecter is named after a long opening, or another party opens
    ("Patients will pay an extra £340 after drugmaker Veltor raised its price, the guild estimated.", "Veltor", False),
    ("The dockers' union said 300 jobs would go.", "Mara Quill", False),
])
def test_the_reporting_subject_is_the_rejecter(sentence, speaker, opens):
    from claims.conflicts.disputes import _opens_on
    assert _opens_on(sentence, speaker) is opens
