"""Round t62: a standing profit record ("has made a profit every year since 2015", "has
never run a deficit") against a loss or deficit of the same body that breaks it
(docs/conflicts.md, "Added in round t62"). Sentences written for these tests, not the gold.

Near misses: a loss of another unit or body (a subsidiary, a sum of several bodies), of a
year before the record began, or one still to come."""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts.contradictions import LOSS_MARK, _loss_named_by_record, _Wording
from claims.conflicts.profit_records import loss_told, profit_record, record_broken
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 4, 20)

BOAST = "Quillmere Brewery chairman Ysolde Dravenly said on Friday that the brewery had made a profit every year since 2015."
NEVER = "The Pennowick Ferry Company has never run a deficit, its managing director Osgath Inglestone said."


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- readers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, since", [
    ("the brewery has made a profit every year since 2015", 2015),
    ("Pennowick Rowing Club had been profitable in each year since 2012", 2012),
    ("the trust has never made a loss", None),
    ("the cooperative had never run a deficit", None),
    ("the ferry company has never been in the red", None),
])
def test_a_record_is_read_with_its_start(text, since):
    record = profit_record(text)
    assert record is not None and record.since == since


@pytest.mark.parametrize("text", [
    "the brewery will make a profit every year",  # a hope, not a record
    "the brewery has made a profit every year but one",  # an exception told
    "the brewery made a profit last year",  # one year, no record
])
def test_no_record_read(text):
    assert profit_record(text) is None


@pytest.mark.parametrize("text", [
    "Quillmere Brewery made a pre-tax loss of £3.4m in 2023",
    "the brewery ran a deficit of £800,000 last year",
    "the trust reported losses in 2011",
    "the brewery fell into deficit in 2024",
    "the brewery was in the red last year",
    "the brewery's accounts showed a profit in only three of the past seven years",
])
def test_a_loss_is_read(text):
    loss = loss_told(text)
    assert loss is not None and not loss.to_come and not loss.several


def test_a_negated_loss_is_a_record_not_a_loss():
    assert loss_told("the cooperative has never run a deficit") is None


def test_a_loss_to_come_and_a_sum_of_bodies_are_marked():
    assert loss_told("the brewery expects to make a loss next year").to_come
    assert loss_told("Breweries in the region posted a combined loss of £20m").several


def _broken(record_text, loss_text):
    record = profit_record(record_text)
    return record_broken(record, _Wording.of(record_text).record_words or frozenset(), loss_told(loss_text))


def test_record_broken_by_the_same_body_in_its_span():
    assert _broken("the brewery had made a profit every year since 2015", "Quillmere Brewery made a loss of £3.4m in 2023")
    assert _broken("Quillmere Brewery has never made a loss", "Quillmere Brewery made a loss of £3.4m in 2023")


@pytest.mark.parametrize("loss", [
    "the brewery's taproom made a loss of £90,000",  # another unit
    "the brewery made a loss in 2011",  # before the record began
    "the brewery expects to make a loss next year",  # still to come
    "Breweries in the region posted a combined loss of £20m",  # several bodies
])
def test_record_not_broken_near_misses(loss):
    assert not _broken("the brewery had made a profit every year since 2015", loss)


# --- through the rules -----------------------------------------------------------------------

def test_a_record_against_a_loss_of_its_body_is_a_contradiction(nlp):
    found = _contradictions(nlp, BOAST, "Quillmere Brewery made a pre-tax loss of £3.4m in 2023, "
                                        "according to accounts filed by the brewery.")
    assert found and "made a loss" in found[0].reason and LOSS_MARK not in found[0].reason, found


def test_never_a_deficit_against_a_deficit_is_a_contradiction(nlp):
    assert _contradictions(nlp, NEVER, "The Pennowick Ferry Company ran a deficit of £1.9m last year, "
                                       "according to figures from the transport regulator.")


@pytest.mark.parametrize("loss", [
    "The brewery's taproom in Quillmere made a loss of £90,000, the accounts show.",
    "Quillmere Brewery last made a loss in 2011, the accounts show.",
    "Quillmere Brewery expects to make a loss next year because of a new bottling line, the accounts show.",
])
def test_near_misses_through_the_rules(nlp, loss):
    assert not _contradictions(nlp, BOAST, loss)


# --- a loosely related story -----------------------------------------------------------------

def test_loosely_related_only_when_the_record_article_names_the_losing_body():
    record = _Wording.of("the brewery had made a profit every year since 2015")
    named = _Wording.of("Quillmere Brewery made a loss of £3.4m in 2023")
    plain = _Wording.of("the brewery made a loss of £3.4m in 2023")

    class _Ref:
        def __init__(self, article_id):
            self.claim = type("C", (), {"article_id": article_id})()

    stems = {"a": frozenset({"quillmer", "brewer", "chairman"}), "b": frozenset({"brewer", "account"})}
    hit = ("every year in profit", f"brewery {LOSS_MARK}")
    assert _loss_named_by_record(hit, record, named, _Ref("a"), _Ref("b"), stems.__getitem__)
    # the record's article never names the brewery
    assert not _loss_named_by_record(hit, record, named, _Ref("b"), _Ref("a"), stems.__getitem__)
    # the loss names no body: another brewery may be meant
    assert not _loss_named_by_record(hit, record, plain, _Ref("a"), _Ref("b"), stems.__getitem__)
