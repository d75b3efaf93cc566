"""Fixes from the review of the sixth session's rounds (d18, f18, n18): each a reading that
fired on ordinary news words, with the shape it was written for kept as the near miss."""
from types import SimpleNamespace

import pytest

from claims.conflicts.disputes import _owner_rejected_by, _points_back, _told_by_outlet
from claims.extract import extract_claims
from claims.models import Article
from claims.overlap import topic_stems
from claims.quantities import find_quantities
from claims.rebuttals import only_true_figure


def _in_outlet(outlet: str) -> SimpleNamespace:
    return SimpleNamespace(ref=SimpleNamespace(outlet=outlet))


def test_an_owner_is_an_outlet_only_when_all_its_words_are_the_outlets():
    assert _told_by_outlet(topic_stems("the Star"), _in_outlet("Corvale Evening Star"))
    assert not _told_by_outlet(topic_stems("Royal Mail"), _in_outlet("Daily Mail"))
    assert not _told_by_outlet(topic_stems("the Post Office"), _in_outlet("Washington Post"))


def test_said_that_before_a_plural_is_reported_speech_not_a_demonstrative():
    assert _points_back('timetable was "wishful thinking"', "The consultant said that ")
    assert not _points_back("figures published by the union were wrong", "The council said that ")
    assert not _points_back("claims by the landlord were untrue", "Tenants said that ")


def test_the_owner_of_the_rejected_claim_speaking_next_is_not_the_rejecter_going_on():
    assert _owner_rejected_by("The union", "denied the union's claim that it had cut pay")
    assert not _owner_rejected_by("the company", "denied the union's claim that it had cut pay")


def test_a_year_in_the_subject_is_no_figure_called_the_only_true_one():
    assert only_true_figure("its figure of 21% was the only accurate one")
    assert only_true_figure("the 2021 census remains the only reliable measure of the town's population") is None


@pytest.mark.parametrize("text, per", [
    ("The firm cut 300 jobs a year ago.", None),
    ("The council cut £5 million of funding a year ago.", None),
    ("It paid £2 million of compensation a year after the spill.", None),
    # near misses: rates
    ("The firm cut 300 jobs a year.", "year"),
    ("The plant uses 60 million litres of water a day.", "day"),
])
def test_a_period_before_ago_or_after_is_a_time_not_a_rate(nlp, text, per):
    assert [q.per for q in find_quantities(nlp(text))] == [per]


@pytest.mark.parametrize("text, speaker", [
    ("Samples analysed by the laboratory showed that lead levels were high.", "Samples"),
    ("A bridge inspected by engineers showed that the cables had corroded.", None),
])
def test_only_material_analysed_by_someone_shows_a_finding(nlp, text, speaker):
    claims = extract_claims(Article(article_id="x", text=text, source="x.txt"), nlp(text))
    assert [c.speaker for c in claims if c.kind.value == "attributed"] == ([speaker] if speaker else [])


def test_the_accuser_speaking_after_the_denial_does_not_continue_it(nlp):
    from datetime import date

    from tests.claims.test_conflict_round_t12 import _disputes

    a = ("The bakers' union said Hollin Bakeries had cut the night shift's pay by 8%. "
         "The company said sales of its bread had risen by 12% this year.")
    b = ("Hollin Bakeries denied the union's claim that it had cut pay. "
         "The union said the figures on sales were false.")
    pairs = _disputes(nlp, (a, "Outlet A", date(2027, 3, 1)), (b, "Outlet B", date(2027, 3, 2)))
    assert ("Hollin Bakeries had cut the night shift's pay by 8%", "the union's claim that it had cut pay") in pairs
    assert all(rejection != "the figures on sales were false" or target.startswith("sales")
               for target, rejection in pairs)


def _conflicts_of(nlp, *articles):
    from claims.conflicts import find_conflicts
    from tests.claims.test_figure_roles import _claims

    refs = [r for i, (text, outlet, day) in enumerate(articles) for r in _claims(nlp, f"art{i}", text, outlet, day)]
    return find_conflicts(refs)


def test_a_figure_named_to_reject_it_is_not_its_rejecters_figure(nlp):
    """(audit) 'The figure of $80 million is simply wrong' states no value of its speaker:
    the rejection is a dispute of the figure, never a numeric side against a third party."""
    from datetime import date

    courier = ("Riverside bridge repair to cost $45 million, mayor says\n\nMayor Jane Holt said on Thursday "
               "that the repair of the Riverside bridge will cost $45 million and will be finished by next "
               "summer.\n\n\"The bridge is safe and the repairs are on budget,\" Holt told reporters at City Hall.")
    times = ("City auditor Mark Ellis said on Friday that the repair of the Riverside bridge will cost $80 "
             "million, far more than the city has admitted.\n\nEllis said the bridge is not safe and the "
             "repairs are behind schedule.\n\nDeputy mayor Tom Reyes denied that the city had hidden the true "
             "cost of the repairs. \"The figure of $80 million is simply wrong,\" Reyes said.")
    metro = ("Mayor Jane Holt said on Saturday that the repair of the Riverside bridge will cost $45 million, "
             "repeating the figure she gave on Thursday.\n\nHolt rejected the auditor's estimate. \"Mr Ellis is "
             "wrong about the cost,\" she said.")
    found = _conflicts_of(nlp, (courier, None, date(2026, 11, 20)), (times, "Harbor Times", date(2026, 11, 21)),
                          (metro, "Metro Daily", date(2026, 11, 22)))
    numeric = [c.reason for c in found if c.kind.value == "numeric"]
    assert numeric and not any("Tom Reyes" in reason for reason in numeric)
    assert any(c.kind.value == "dispute" and "Tom Reyes" in c.reason for c in found)


def test_a_figure_stated_before_a_judgement_of_something_else_keeps_its_role(nlp):
    from claims.figure_roles import is_rejected
    from tests.claims.test_figure_roles import _claims
    from datetime import date

    text = "The council said the repair will cost $45 million and that the auditor's estimate was exaggerated."
    claims = [r.claim for r in _claims(nlp, "x", text, "Post", date(2026, 11, 21))]
    figures = [(q, c) for c in claims for q in c.quantities]
    assert figures and not any(is_rejected(q, c) for q, c in figures)


def test_a_word_said_and_denied_reads_as_both_claims(nlp):
    from datetime import date

    a = "\"The bridge is safe and the repairs are on budget,\" Mayor Jane Holt told reporters."
    b = "City auditor Mark Ellis said the bridge is not safe and the repairs are behind schedule."
    found = [c for c in _conflicts_of(nlp, (a, "Courier", date(2026, 11, 20)), (b, "Times", date(2026, 11, 21)))
             if c.kind.value == "contradiction"]
    assert found and not any("('safe' vs 'safe')" in c.reason for c in found)
