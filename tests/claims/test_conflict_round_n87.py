"""Round n87 (numeric precision on unlabelled predictions): docs/conflicts.md, "Round n87".
Two measures told apart in the text: an ordinal before a figure ("the first two"), a
component that "accounted for" a figure, and a running total "since" a start against a
named span. Sentences written for these tests, about none of the gold cases; each rule has
near misses (one measure told two ways by two outlets) that must stay conflicts."""

from tests.claims.test_conflict_round_m85 import _numeric

FLEET = "Fourteen helicopters were fighting the blaze above Carrow Vale on Tuesday, the rescue service said."
REPAIRS = "The Keswold reservoir repairs will take about 18 months, the water company said."
FIRST = "A spokesman said the first three helicopters were over the blaze within 40 minutes of the call."


def test_the_first_few_are_no_rival_of_the_whole(nlp):
    assert not _numeric(nlp, FLEET, FIRST)
    assert not _numeric(nlp, REPAIRS, "The water company had spent £2m on the Keswold reservoir in the "
                                      "last six months, a councillor said.")
    # Near misses: the whole told two ways, the first few told two ways.
    assert _numeric(nlp, FLEET, "Only six helicopters were fighting the blaze above Carrow Vale on "
                                "Tuesday, a pilots' group said.")
    assert _numeric(nlp, FIRST, "The pilots' group said the first seven helicopters were over the blaze "
                                "within 40 minutes of the call.")
    assert _numeric(nlp, REPAIRS, "A councillor said the Keswold reservoir repairs would take about 30 months.")


INCOME = "The Wrenfield hospice charity raised £8.4m in the year to March, according to its accounts."
LEGACIES = "Legacies accounted for £2.7m of the Wrenfield hospice charity's income last year, its annual report shows."


def test_a_component_is_no_rival_of_what_the_other_names(nlp):
    assert not _numeric(nlp, INCOME, LEGACIES)
    # Near misses: the component named in both sentences (once as a component, once not),
    # the whole told two ways.
    assert _numeric(nlp, LEGACIES, "Legacies brought the Wrenfield hospice charity £4.1m last year, a "
                                   "fundraising consultant said.")
    assert _numeric(nlp, "The Wrenfield hospice charity received £2.7m in legacies last year, its annual "
                         "report shows.", "Legacies accounted for £4.1m of the Wrenfield hospice charity's "
                                          "income last year, a fundraising consultant said.")
    assert _numeric(nlp, INCOME, "The Wrenfield hospice charity raised £6.1m in the year to March, "
                                 "a rival charity said.")


SINCE = "The Hollin Ferry fund has paid out more than £3.2m to island families since it opened, the trustees said."
YEAR = "The Hollin Ferry fund paid out £410,000 to island families in the year to April, its report says."


def test_a_running_total_is_no_rival_of_a_span(nlp):
    assert not _numeric(nlp, SINCE, YEAR)
    assert not _numeric(nlp, "The council has received 380 noise complaints about the quarry since January.",
                        "Residents sent the council 95 noise complaints about the quarry in a week, a "
                        "residents' group said.")
    # Near misses: two running totals, two spans, a running total against a figure of no span.
    assert _numeric(nlp, SINCE, "The Hollin Ferry fund has paid out about £1.9m to island families since "
                                "it opened, a councillor said.")
    assert _numeric(nlp, YEAR, "The Hollin Ferry fund paid out £160,000 to island families in the year to "
                               "April, a councillor said.")
    assert _numeric(nlp, SINCE, "A councillor put the sum the Hollin Ferry fund has paid out to island "
                                "families at £1.9m.")


def test_a_total_by_a_date_is_no_span(nlp):
    # (cr87) "by March 2026" ends a running total; it is no span like "in the year to March".
    assert _numeric(nlp, "The Oakmere food bank has handed out 12,000 parcels since it opened, its manager said.",
                    "The Oakmere food bank had handed out 9,000 parcels by March 2026, the charity's accounts show.")
    # (cr88) ... but "in the year up to March 2026" is a span
    assert not _numeric(nlp, "The Oakmere food bank has handed out 12,000 parcels since it opened, its manager said.",
                        "The Oakmere food bank handed out 9,000 parcels in the year up to March 2026, its accounts show.")
