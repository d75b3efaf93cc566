"""Round s70: statements the dev rules missed on review articles they were never written
for (gold `s70-*`). A naming verb whose demonstrative object the parser read as a clause
("called that "nonsense""); a subject-less "had" + participle after a partial quote that
the parser hung on the cue ("said it was "x" and had opened ..."); "add N to Y" is no
speech, so "..., according to X" after it is X's statement; a survey "carried out by X"
and a report first mentioned without an author that the article later calls "X's
report" are X's. Sentences written for these tests, not gold text; each rule has a near
miss it must leave alone.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _speakers, _speakers_saying as _by


# 1. "called that "..."": the quoted label of a demonstrative object
def test_called_that_a_quoted_label(nlp):
    text = ('Mr Fennimore called that "nonsense". He said the portfolio had fallen in value '
            'by a third since 2019.')
    got = _speakers(nlp(parser_text(text)))
    assert ("Fennimore", "nonsense") in got


def test_called_that_a_longer_quoted_label(nlp):
    text = ('Cllr Pennimore said the portfolio had made a profit every year. Ottilie '
            'Marchbank, the tenants\' secretary, called that "a convenient fiction".')
    got = _speakers(nlp(parser_text(text)))
    assert ("Ottilie Marchbank", "a convenient fiction") in got


def test_near_miss_a_quote_after_called_without_that_object(nlp):
    # no demonstrative, no object: a scare quote after "called for" is no label
    text = ('Councillor Ruairi Maddox called for a "proper review" of the contract.')
    got = _speakers(nlp(parser_text(text)))
    assert not _by(got, "proper review")


# 2. "said it was "..." and had opened ...": the reported clause goes on
def test_pluperfect_after_a_partial_quote_goes_on(nlp):
    text = ('The Product Standards Office said it was "watching the company closely" and '
            'had opened an inquiry into the leak.')
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "had opened an inquiry into the leak") == ["Product Standards Office"]
    assert _by(got, "watching the company closely") == ["Product Standards Office"]


def test_near_miss_a_cue_after_the_partial_quote_is_its_own_statement(nlp):
    # "had warned that B" is a second report, not part of the first clause
    text = ('The Water Standards Board said the leak was "under control" and had warned '
            'in May that the pipes were failing.')
    got = _speakers(nlp(parser_text(text)))
    assert not any("under control" in c and "had warned" in c for _, c in got)


# 3. "add N to Y" is no speech: "..., according to X" is X's statement
def test_according_to_after_add_an_amount(nlp):
    text = ('Harwick District Council wants to raise parking fees by 20%. The rise would '
            'add £3 a day to the cost of parking in the town centre, according to the '
            'council.')
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "£3 a day to the cost of parking") == ["Harwick District Council"]


def test_near_miss_added_with_a_clause_is_still_a_report(nlp):
    # "added that A, according to X": one report (the person's), as before
    text = ('The treasurer added that the fund would be closed in June, according to '
            'minutes of the meeting.')
    got = _speakers(nlp(parser_text(text)))
    assert not _by(got, "minutes")


# 4. a survey "carried out by X"; "X's report" named after the first mention
def test_survey_carried_out_by_a_group_is_the_groups(nlp):
    text = ('A survey of 700 tenants in Brackley, carried out by the housing charity '
            'Roofline Trust last month, found that 41% had waited more than a year for '
            'repairs.')
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "41% had waited more than a year") == ["Roofline Trust"]


def test_near_miss_a_survey_carried_by_a_paper_is_still_the_survey(nlp):
    # "carried by" (printed by) names no author: only the verb with its particle does
    text = ('A survey of 700 tenants in Brackley, carried by the Brackley Courier last '
            'month, found that 41% had waited more than a year for repairs.')
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "41% had waited more than a year") != ["Brackley Courier"]


def test_report_named_later_by_a_possessive_author(nlp):
    text = ('Inspectors have found that patients at Dunmere Hospital wait up to 14 hours in '
            'A&E, in a report that describes the unit as "unsafe and chaotic".\n\n'
            'The Care Standards Commission\'s report, published on Monday, said the unit '
            'had 30 beds for 90 patients a night.')
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "unsafe and chaotic") == ["Care Standards Commission"]
