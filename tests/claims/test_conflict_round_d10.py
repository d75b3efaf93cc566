"""Rules of the d10 conflict round: rejections recognised by their shape rather than a
rebuttal word, self-corrections, rebutting participles, and the targets of rejections that
only point back, quote, or name a statement's owner. Sentences written for these tests;
each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.rebuttals import judges_a_statement
from tests.claims.test_figure_roles import _claims


def _disputes(nlp, text, other_outlets_text=None):
    """The dispute pairs found in `text` (and, given, another outlet's article a day later)."""
    refs = _claims(nlp, "a", text, "Outlet A", date(2027, 6, 2))
    if other_outlets_text is not None:
        refs += _claims(nlp, "b", other_outlets_text, "Outlet B", date(2027, 6, 3))
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in find_conflicts(refs)
            if c.kind is ConflictKind.DISPUTE]


def _joins(pairs, a, b):
    return any((a in x and b in y) or (a in y and b in x) for x, y in pairs)


# --- a statement judged by its predicate -------------------------------------------------


def test_a_statement_judged_by_a_copula_or_a_negated_verb():
    assert judges_a_statement("the harbour board's estimate was premature")
    assert judges_a_statement("the ridership figure did not tally with ticket sales")
    assert judges_a_statement('Pell\'s numbers "simply do not add up"')
    assert judges_a_statement('that schedule was "a fairy tale"', "said") is False  # "schedule" names no statement
    assert judges_a_statement('timetable was "a fairy tale"', "The engineer said that")
    # Near misses: vouching for it, describing it, weighing what it says, one's own.
    assert not judges_a_statement("the harbour board's estimate was accurate")
    assert not judges_a_statement("the ridership figures did not include season tickets")
    assert not judges_a_statement("the harbour board's estimate was published on Monday")
    assert not judges_a_statement("the harbour board's figures were deeply worrying")
    assert not judges_a_statement('the ridership figures were "a small step in the right direction"')
    assert not judges_a_statement("our estimate was premature")
    assert not judges_a_statement("the count had been calm and orderly")


def test_negated_acceptance_and_the_real_figure():
    assert judges_a_statement("the museum did not recognise that description")
    assert judges_a_statement("the real number was closer to 300")
    # Near misses: acceptance of something that is no statement; a "real" thing with no figure.
    assert not judges_a_statement("the museum did not recognise the union")
    assert not judges_a_statement("the real problem was the weather")


def test_a_ridership_figure_that_did_not_tally_is_rejected(nlp):
    text = ("Operators of the Quayline ferry said 2,400 passengers travelled on its first weekend. "
            "The harbour master, Ines Varro, said the passenger figure did not tally with the gate counts.")
    assert _joins(_disputes(nlp, text), "2,400 passengers", "did not tally")
    # Near miss: the same shape vouching for the figure rejects nothing.
    text = ("Operators of the Quayline ferry said 2,400 passengers travelled on its first weekend. "
            "The harbour master, Ines Varro, said the passenger figure was accurate.")
    assert not _disputes(nlp, text)


def test_a_speaker_correcting_himself_rejects_no_one(nlp):
    text = ("The Ormsby lido will reopen in July, the parks department said. "
            "Councillor Abel Ruiz said he had been wrong last week to say the lido would reopen in June.")
    assert not _disputes(nlp, text)
    # Near miss: the same words said of another party reject that party.
    text = ("The Ormsby lido will reopen in June, the parks department said on Monday. "
            "Councillor Abel Ruiz said the parks department was wrong to say the lido would reopen in June.")
    assert _disputes(nlp, text)


# --- what a rejection that points, quotes or names an owner answers ------------------------


def test_disputed_that_answers_the_claim_just_before(nlp):
    text = ("Dunmere Water will raise bills by 6% from April, the company's director Ola Brandt said on Monday. "
            "Brandt said leaks in the Dunmere network had been cut by a third since 2022. "
            "The customer panel disputed that, saying leaks had risen.")
    pairs = _disputes(nlp, text)
    assert _joins(pairs, "cut by a third", "that")
    # Near miss: the bill rise, said before, is not what "that" answers.
    assert not _joins(pairs, "raise bills by 6%", "that")


def test_a_quoted_phrase_names_the_claim_it_repeats(nlp):
    a = "Two walkers were rescued from Carrick Fell on Sunday. The mountain rescue team said both walkers had only \"mild hypothermia\" and went home."
    b = "One of the Carrick Fell walkers is still in hospital, his brother Tomas Iver said on Monday. Iver said the rescue team's account of \"mild hypothermia\" was \"far from reality\"."
    assert _joins(_disputes(nlp, a, b), "mild hypothermia\" and went home", "far from reality")
    # Near miss: a quote no one else said links nothing.
    b = "One of the Carrick Fell walkers is still in hospital, his brother Tomas Iver said on Monday. Iver said the rescue team's account of \"a quick recovery\" was \"far from reality\"."
    assert not _joins(_disputes(nlp, a, b), "mild hypothermia\" and went home", "far from reality")


def test_a_rejected_version_of_events_is_the_statement_before_it(nlp):
    text = ("The Westcombe tunnel was closed for six hours on Friday. "
            "The signalling contractor said a power cut at the depot had caused the closure. "
            "The depot manager, Rafe Olsen, rejected the contractor's version of events. "
            "The rail union said it welcomed the contractor's apology.")
    pairs = _disputes(nlp, text)
    assert _joins(pairs, "a power cut at the depot", "version of events")
    # Near miss: the later claim naming the contractor is not the contractor's statement.
    assert not _joins(pairs, "welcomed the contractor's apology", "version of events")


def test_rejected_the_survey_findings_answers_what_the_survey_found(nlp):
    text = ("A survey by the county roads office found potholes on about a third of Eddleston's lanes. "
            "The parish council rejected the survey's findings, saying inspectors had visited only the main roads.")
    assert _joins(_disputes(nlp, text), "potholes on about a third", "the survey's findings")
    # Near miss: a rejected demand ("calls for a review") names no statement of the story.
    text = ("A survey by the county roads office found potholes on about a third of Eddleston's lanes. "
            "The parish council rejected calls for an independent review.")
    assert not _joins(_disputes(nlp, text), "potholes on about a third", "calls for an independent review")


def test_pushed_back_on_and_a_denied_gerund_are_rejections(nlp):
    text = ("An inspectors' report said Harlow Street depot had ignored fire safety warnings for two years. "
            "The depot's manager, Pia Lund, pushed back on the report's conclusion, saying every warning had been acted on.")
    pairs = _disputes(nlp, text)
    # The rejection ("the report's conclusion") and its ground ("saying every warning ...")
    # are both Lund's; conflicts are reported once per pair of clusters, either may stand.
    assert _joins(pairs, "ignored fire safety warnings", "the report's conclusion") \
        or _joins(pairs, "ignored fire safety warnings", "every warning had been acted on")
    refs = _claims(nlp, "a", text, "Outlet A", date(2027, 6, 2))
    assert any(r.claim.text == "the report's conclusion" and r.claim.cue == "pushed" for r in refs)
    text = ("The union said the Harlow Street depot had been warned about faulty sprinklers in March. "
            "The depot denied ever receiving such warnings.")
    assert _joins(_disputes(nlp, text), "warned about faulty sprinklers", "receiving such warnings")
    # Near miss: pushed back on a date (no statement) and a negated denial reject nothing.
    text = ("The union said the Harlow Street depot had been warned about faulty sprinklers in March. "
            "The depot did not deny receiving the warnings.")
    assert not _disputes(nlp, text)
