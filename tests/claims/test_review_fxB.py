"""Round fxB: defects review cr92 proved in d89's dispute rules, with near misses that keep
d89's intent. Sentences written for these tests, not the gold."""

from __future__ import annotations

from tests.claims.test_conflict_round_d89 import _disputes  # d89's helper, shared


# 2. A level a statistic measures, complained of, is no rejected figure; a name is no noun.

def test_2_pay_complained_of_is_not_a_judged_sum():
    from claims.rebuttals import judged_amount
    assert judged_amount("the chief executive's pay was excessive") is None
    assert judged_amount("school funding was far too low") is None
    assert judged_amount("Grant was insulting to the families") is None
    # near misses: sums a party sets or pays out are still judged
    assert judged_amount("the fine was excessive") == "fine"
    assert judged_amount("the payout was nowhere near enough") == "payout"
    assert judged_amount("the fund was far too little") == "fund"
    assert judged_amount("the payment was \"nowhere near enough\"") == "payment"


def test_2_care_pay_statistic_complained_of_disputes_nothing(nlp):
    text = ("Cleaners in the county's hospitals are paid an average of £11.40 an hour, according to the "
            "Office for National Statistics. Ms Lorna Vickery, regional organiser of the Hospital Cleaners' "
            "Union, said cleaners' pay was far too low.")
    found = _disputes(nlp, text)
    assert not any("11.40" in a + b for a, b in found), found


# 6. The claim a judged sum points at tells that sum: the family word governs a sum (money
#    or a share), and a sum written out matches on its sign and share as well as its digits.

def test_6_an_offer_of_buses_is_not_the_offer_judged(nlp):
    text = ("The Ashby Crossrail company has offered £120 to each passenger whose journey was disrupted by "
            "the signal failures. The company said it had offered 14 extra buses a day while the line was "
            "shut. Nell Tarrant, of the Ashby Rail Users' Group, said the offer was \"far too low\".")
    found = _disputes(nlp, text)
    assert not any("14 extra buses" in a + b for a, b in found), found
    assert any("£120" in a + b and "far too low" in a + b for a, b in found), found


def test_6_a_share_is_not_a_count_with_the_same_digits():
    from claims.conflicts.disputes import _family_governs_sum, _sum_written
    from claims.rebuttals import amount_families
    assert _sum_written("5%") != _sum_written("5")
    assert _sum_written("5%") == _sum_written("5 per cent")
    assert _sum_written("£20") != _sum_written("20")
    offer = _family_governs_sum(amount_families()["offer"])
    assert not offer.search("it had offered 14 extra buses a day")
    # near misses: the sum after the verb, or right before the noun
    assert offer.search("has offered each household £250")
    assert offer.search("announced a £150 goodwill offer")


def test_6_five_percent_judged_is_not_five_pumping_stations(nlp):
    text = ("Fenmoor Water has offered customers 7% off their next bill after the supply failed for three "
            "days. The company said 7 pumping stations had failed during the storm. Ms Bryony Hale, of the "
            "Fenmoor Residents' Association, said 7% was an insult.")
    found = _disputes(nlp, text)
    assert not any("pumping stations" in a + b for a, b in found), found


# 7a. A sum before the head noun ("the £4.2m fine") still names the sum judged.

def test_7a_a_sum_before_the_noun():
    from claims.rebuttals import judged_amount
    assert judged_amount('the £3.1m fine was "out of all proportion"') == "fine"
    assert judged_amount("the £90 offer was far too low") == "offer"
    assert judged_amount("this year's 2% pay offer was derisory") == "offer"
    # near miss: a sum before a noun of no family
    assert judged_amount("the £40m bypass was far too expensive") is None


def test_7a_the_sum_and_fine_judged_disputes_the_fine(nlp):
    text = ("The energy regulator has fined Calder Grid £3.1m for failing to connect new homes on time. "
            "The company's chief executive, Marcus Oyelaran, said the £3.1m fine was \"out of all "
            "proportion\" and that the company would appeal.")
    found = _disputes(nlp, text)
    assert any("fined" in a + b and "proportion" in a + b for a, b in found), found


# 5. "few ... will/could agree" forecasts a vote; only "would" answers a claim.

def test_5_a_vote_forecast_is_no_dissent():
    from claims.counters import dissent
    assert not dissent("few of the 12 opposition councillors will agree")
    assert not dissent("few of them could agree")
    # near miss: d89's shape
    assert dissent("few of the 12 opposition councillors would agree")
    assert dissent("Very few of the 300 tenants would recognise that description.")


# Word lists moved to claims/data: the floor words still make a share a floor.

def test_share_floors_from_data():
    from claims.conflicts.time_limits import SHARE_OF
    assert SHARE_OF.search("more than 95% of calls were answered").group("floor")
    assert SHARE_OF.search("in excess of 90% of repairs").group("floor")
    assert not SHARE_OF.search("only 31% of bursts were fixed").group("floor")


# 7b. The fine told by one outlet, judged by another's: the story's claim is the target.

def test_7b_the_fine_told_in_another_article(nlp):
    one = ("The water regulator has fined Brenmoor Water £2.6m for missing its leakage targets for three years "
           "in a row. Brenmoor Water lost 140 million litres a day through leaking pipes in the Brenmoor valley "
           "last year, the regulator said, against a target of 110 million litres.")
    other = ("Brenmoor Water has been punished by the water regulator for missing its leakage targets in the "
             "Brenmoor valley for three years in a row. The company's chief executive, Ellis Carrow, said the fine "
             "was \"out of all proportion\" to what had happened in the Brenmoor valley and that Brenmoor Water "
             "would appeal.")
    found = _disputes(nlp, one, other)
    assert any("£2.6m" in a + b and "proportion" in a + b for a, b in found), found
