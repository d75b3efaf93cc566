"""Round s78: speakers on review articles the rules were never written for (gold
`s78-*`). "X says A, in a report that ...": the phrase after the comma names the document
X said A in (the parser hangs it on A's verb), so it is not part of A, and a later "The
report says B" is X's. Sentences written for these tests, not gold text; each rule has a
near miss.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _speakers


def _got(nlp, text):
    return _speakers(nlp(parser_text(text)))


REPORT = ("The delivery firm Parcelwick says it delivers nearly all parcels on time, in an "
          "annual report that couriers say hides late drops.\n\n"
          "The report, published on Tuesday, says Parcelwick delivered 80 million parcels "
          "last year. It says 2% of them arrived damaged.")


def test_a_report_named_after_a_comma_is_the_speakers(nlp):
    got = _got(nlp, REPORT)
    assert ("Parcelwick", "it delivers nearly all parcels on time") in got
    assert ("Parcelwick", "Parcelwick delivered 80 million parcels last year") in got
    assert ("Parcelwick", "2% of them arrived damaged") in got


def test_near_miss_a_place_after_a_comma_stays_in_the_clause(nlp):
    got = _got(nlp, "The union said pay had fallen by 4% since 2020, in a town where rents "
                    "have doubled.")
    assert [c for _, c in got] == [
        "pay had fallen by 4% since 2020, in a town where rents have doubled"]
