"""Round t72: dispute targets outside the candidates (docs/conflicts.md, "Round t72").
Sentences written for these tests, not the gold.

a. A rejection that tells what it rejects ("Tarnwick Water told us no hosepipe ban would be
   needed this year. That was never true.") answers a telling that may be months older than
   the story's window (`ConflictSettings.story_days`): the earlier articles of its story up
   to `replaced_days` are searched for it (`_Stories.told_before`), for `_told_target` only,
   and there a claim must say two words of the clause (`LOOSE_TOLD_SHARED`).
b. A claim that itself reports the telling ("residents trusted the company because it told
   them ...") agrees it was told and is no target of the told rejection
   (`disputes._reports_telling`); the teller's own first-person telling is.
c. A possessive of any one of a kind ("denied that any driver's licence had been
   suspended") names what the denied clause is about, not whose statement is rejected
   (`disputes._owner_words`, `ANY_ONE_OF`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.disputes import _owner_stems, _reports_telling
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

PROMISE = ("Tarnwick Water said its reservoirs in the Harrowdale valley held enough water for the summer. "
           "Its operations director, Ewan Colquhoun, said no hosepipe ban would be needed in the valley this year. "
           "The company supplies 400,000 homes from the three reservoirs.")
BAN = ("Tarnwick Water has brought in a hosepipe ban for 400,000 homes in the Harrowdale valley after its three "
       "reservoirs fell to 41% of capacity. Morag Penhallow, who chairs the Harrowdale Residents' Association, "
       "said: \"Tarnwick Water told us no hosepipe ban would be needed in the valley this year. That was never "
       "true.\"")


def _disputes(nlp, *articles):
    """The two claims' texts of every dispute found between the articles, given as
    (text, outlet, published) triples."""
    refs = [r for k, (text, outlet, day) in enumerate(articles) for r in _claims(nlp, f"a{k}", text, outlet, day)]
    text = {r.claim.claim_id: r.claim.text for r in refs}
    return [(text[c.claim_a], text[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


def _aimed_at(pairs, words):
    return any(any("never true" in t for t in p) and any(words in t for t in p) for p in pairs)


def test_a_a_told_rejection_finds_the_telling_months_before(nlp):
    # Five months apart: past the story window, within `replaced_days`.
    pairs = _disputes(nlp, (PROMISE, "Valley Gazette", date(2026, 2, 10)), (BAN, "Harrowdale Post", date(2026, 7, 14)))
    assert _aimed_at(pairs, "no hosepipe ban would be needed")


def test_a_near_miss_not_beyond_replaced_days(nlp):
    # Two years apart: another year's promise, not searched.
    pairs = _disputes(nlp, (PROMISE, "Valley Gazette", date(2024, 2, 10)), (BAN, "Harrowdale Post", date(2026, 7, 14)))
    assert not _aimed_at(pairs, "no hosepipe ban would be needed")


def test_a_near_miss_a_rejection_telling_nothing_does_not_reach_back(nlp):
    # The same rejection without the told clause names no telling: the months-old
    # article is not searched for it (the ordinary story window holds).
    ban = BAN.replace("Tarnwick Water told us no hosepipe ban would be needed in the valley this year. "
                      "That was never true.", "The company's figures for the reservoirs were never true.")
    pairs = _disputes(nlp, (PROMISE, "Valley Gazette", date(2026, 2, 10)), (ban, "Harrowdale Post", date(2026, 7, 14)))
    assert not any(any("never true" in t for t in p) and any("no hosepipe ban" in t for t in p) for p in pairs)


def test_a_near_miss_one_shared_word_of_a_months_old_article_is_no_telling(nlp):
    # A months-old claim sharing one word of the clause ("safe") is not what was told
    # (within the story's window the content ranking alone still decides).
    old = ("An accountant for the court, Dr Ilse Varga, said 655 of the investors in Brookfield Capital had lost "
           "money. The firm's founder, Dennis Aldridge, denies 11 counts of fraud. The regulator said other firms "
           "in the town were safe. A broker, Ana Reyes, said her clients' pensions were safe.")
    sentence = ("Dennis Aldridge, the founder of Brookfield Capital, has been jailed for seven years for fraud. "
                "Sentencing him, Judge Miriam Oakes said 870 investors had put their savings into the firm. "
                "\"You told them their money was safe. You knew it was not,\" the judge said.")
    pairs = _disputes(nlp, (old, "Valley Gazette", date(2026, 2, 10)), (sentence, "Harrowdale Post", date(2026, 7, 14)))
    assert not any(any("other firms in the town" in t for t in p) for p in pairs)


def test_b_a_report_of_the_telling_is_no_target():
    assert _reports_telling("Residents trusted the company because it told them no hosepipe ban would be needed")
    assert _reports_telling("we were assured the reservoirs were full")


def test_b_near_miss_the_tellers_own_telling_and_a_plain_claim_are_claims():
    assert not _reports_telling("We told customers no hosepipe ban would be needed this year")
    assert not _reports_telling("no hosepipe ban would be needed in the valley this year")
    assert not _reports_telling("staff were told to use the new app")


def test_c_any_ones_possessive_is_no_owner():
    assert _owner_stems("The firm denied that any driver's account had been closed automatically") == frozenset()
    assert _owner_stems("She said every tenant's claim had been checked") == frozenset()


def test_c_near_miss_a_partys_possessive_still_owns():
    assert _owner_stems("The firm disputed the union's account of the meeting") == frozenset({"union"})
    assert _owner_stems("She rejected the drivers' claims") != frozenset()
