"""Round r96: a general cause of the review's false contradictions (docs/review_r96.md):
the mover of a rise or fall read across a figure's decimal point, in a time phrase, or
before a participle that stands before its own noun."""

from tests.claims.test_figure_roles import _reasons


def test_a_figure_with_a_decimal_point_does_not_hide_what_rose(nlp):
    assert not _reasons(nlp, "Season-ticket holders at Harlow Town are down, the supporters' trust said.",
                        "Harlow Town's match-day income was £14.2m last season, up from £12.6m the season before.")


def test_a_participle_before_its_noun_moves_that_noun(nlp):
    assert not _reasons(nlp, "Unpaid rent at Harlow College had fallen to £160,000, the college said.",
                        "Rents at Harlow College had to cover rising energy costs, the principal said.")


def test_a_rise_and_a_fall_of_one_thing_still_oppose(nlp):
    assert _reasons(nlp, "Energy costs at Harlow College have risen this year, the principal said.",
                    "Energy costs at Harlow College have fallen this year, the union said.")


def test_a_source_inside_the_sentence_does_not_hide_what_rose(nlp):
    assert not _reasons(nlp, "Season-ticket holders at Harlow Town are down, the supporters' trust said.",
                        "Harlow Town's match-day income was £14.2m last season, according to its accounts, "
                        "up from £12.6m the season before.")
