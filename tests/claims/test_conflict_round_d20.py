"""Rules of the d20 conflict round (rejections phrased in ways the rules did not read):
"rubbished the figures", "poured cold water on the estimate", a labelling verb whose object
is a statement and whose complement judges it ('branded the figure "pure spin"'), "is at
odds with our records", "bears no relation to reality", "we do not accept that we ...",
an assessment ("verdict", "grade") as a statement, and the reporter as the subject of a
participle the parser hangs on the reported clause. Sentences written for these tests,
about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts.common import is_dispute
from claims.extract import extract_claims
from claims.models import Article
from claims.rebuttals import accepted_clause, judges_a_statement, labels_a_statement


def _claims(nlp, text):
    return extract_claims(Article(article_id="a", source="s", text=text, outlet="Outlet A",
                                  published=date(2027, 1, 5)), nlp(text))


# --- rejections recognised by the parse --------------------------------------------------


def test_rubbished_rejects_its_object_and_its_subject_speaks(nlp):
    claims = _claims(nlp, "The residents' association has rubbished the council's repair figures.")
    rejected = [c for c in claims if c.cue == "rubbished"]
    assert rejected and rejected[0].speaker and "association" in rejected[0].speaker.lower()
    assert rejected[0].text == "the council's repair figures" and is_dispute(rejected[0])
    # Near miss: the noun "rubbish" is no rejecting verb.
    bins = _claims(nlp, "Crews cleared rubbish from the beach after the festival.")
    assert not any((c.cue or "").lower().startswith("rubbish") for c in bins)


def test_rubbish_rejects_only_as_a_verdict(nlp):
    said = _claims(nlp, "Union leaders said the council's claim that 4,000 tonnes had piled up was rubbish.")
    assert any(is_dispute(c) for c in said)
    quoted = _claims(nlp, '"It\'s utter rubbish," a spokesman said of the report.')
    assert any(is_dispute(c) for c in quoted)
    # Near miss: bins, not a verdict.
    bins = _claims(nlp, "Rubbish collections would resume on Monday after 4,000 tonnes piled up, the council said.")
    assert bins and not any(is_dispute(c) for c in bins)


def test_pouring_cold_water_on_a_statement_rejects_it(nlp):
    claims = _claims(nlp, "The regulator has poured cold water on the union's estimate of lost jobs.")
    poured = [c for c in claims if c.cue == "poured"]
    assert poured and poured[0].text == "the union's estimate of lost jobs" and is_dispute(poured[0])
    # Near misses: water poured without the idiom's adjective is only water; the image
    # cast on what nobody said ("hopes of a deal") rejects nothing.
    assert not any(c.cue == "poured" for c in _claims(nlp, "Firefighters poured water on the roof for an hour."))
    assert not any(c.cue == "poured" for c in _claims(nlp, "The minister poured cold water on hopes of an early deal."))
    # (t11's bare object noun keeps any object: "took issue with the way the survey was run")
    took = _claims(nlp, "The company took issue with the way the survey was run.")
    assert any(c.cue == "took" and c.text == "the way the survey was run" for c in took)


def test_a_labelling_verb_rejects_a_statement_its_complement_judges(nlp):
    assert labels_a_statement('the 2,300 figure "pure spin"')
    # (review r21) the label must be quoted; an unquoted "work of fiction" still rejects
    # through its cue word ("fiction", conflict_dispute_cues.txt).
    assert labels_a_statement("the union's estimate as \"a work of fiction\"")
    # Near misses: a label vouching for the statement, or a thing labelled.
    assert not labels_a_statement("the report a wake-up call")
    assert not labels_a_statement("the figures as encouraging")
    assert not labels_a_statement("the results a landmark")
    assert not labels_a_statement("the striker a traitor")
    claims = _claims(nlp, 'Council leader Ama Price branded the 2,300 figure "pure spin".')
    branded = [c for c in claims if c.cue == "branded"]
    assert branded and branded[0].speaker == "Ama Price" and is_dispute(branded[0])


def test_a_label_going_on_from_a_rejection_stays_its_ground(nlp):
    text = ('Club president Ivo Marsh has denied that the striker handed in a transfer request, '
            'calling the reports "an invention".')
    claims = _claims(nlp, text)
    assert any(c.cue == "denied" and c.speaker == "Ivo Marsh" and is_dispute(c) for c in claims)
    # Near miss: the participle's label is the denial's ground (its quote alone), not a
    # rejection of "the reports" of its own, which would blank them from the sentence the
    # denial is read by.
    assert not any(c.cue == "calling" and "reports" in c.text for c in claims)
    # A finite labelling verb with the same object and label is a rejection.
    called = _claims(nlp, 'Club president Ivo Marsh called the reports "an invention".')
    assert any(c.cue == "called" and "reports" in c.text and is_dispute(c) for c in called)


# --- rejections recognised by the shape of a clause -------------------------------------


def test_a_statement_at_odds_with_the_records_is_rejected():
    assert judges_a_statement("The figure of 62p is at odds with our own audited accounts")
    assert judges_a_statement("the agency's count was at variance with the register")
    # Near misses: parties at odds, and the speaker's own figures.
    assert not judges_a_statement("The union is at odds with management over pay")
    assert not judges_a_statement("our figures are at odds with the national trend")


def test_a_statement_bearing_no_relation_to_reality_is_rejected():
    assert judges_a_statement("the figure of 90 million litres bears no relation to reality")
    assert judges_a_statement("The campaign group's numbers bore no resemblance to what happened")
    # Near miss: a thing unlike another is no statement rejected.
    assert not judges_a_statement("The new stadium bears no resemblance to the old one")


def test_not_accepting_what_was_said_of_oneself_rejects_it():
    assert judges_a_statement("We do not accept that we have missed our target three years running")
    assert accepted_clause("The company does not accept that it overcharged customers") == "it overcharged customers"
    # Near misses: an offer not accepted, a belief, a clause of a third party.
    assert not judges_a_statement("the union did not accept that offer")
    assert not judges_a_statement("we do not believe that the strike will end soon")
    assert accepted_clause("the board did not accept that the fares were too high") is None


def test_an_owned_assessment_is_a_statement():
    assert judges_a_statement("That grade does not stand up to scrutiny")
    # (review r21) a rating owned is the rated party's ("the bank's rating"): pointed at only
    assert judges_a_statement("that rating was a travesty")
    assert judges_a_statement("the inspectors' verdict was a travesty")
    # Near miss: an assessment told of, no one's in particular.
    assert not judges_a_statement("the verdict was unanimous")


def test_a_doubting_verb_rejects_an_owned_verdict(nlp):
    claims = _claims(nlp, "The head teacher has challenged the inspectors' verdict.")
    assert any(c.cue == "challenged" and is_dispute(c) for c in claims)
    # Near miss (d19's, kept): a decision challenged is no statement rejected.
    assert not any(c.cue == "challenged" for c in _claims(nlp, "The council challenged the decision in court."))


def test_fixed_phrases_of_rebuttal(nlp):
    claims = _claims(nlp, "A council spokesman said the allegations were without foundation.")
    assert any(c.speaker and "spokesman" in c.speaker.lower() and is_dispute(c) for c in claims)
    # Near miss: a charity's foundation is no rebuttal ("without foundation" is fixed).
    charity = _claims(nlp, "The charity said its foundation had given 300 grants this year.")
    assert not any(is_dispute(c) for c in charity)


def test_a_number_plucked_out_of_thin_air_is_rejected(nlp):
    claims = _claims(nlp, 'Trust chair Nia Bell said: "That is a number plucked out of thin air."')
    assert any(c.speaker == "Nia Bell" and is_dispute(c) for c in claims)
    # Near miss: vanishing into thin air rejects nothing.
    gone = _claims(nlp, 'Police said the suspect had "vanished into thin air" after the robbery.')
    assert not any(is_dispute(c) for c in gone)


# --- targets -----------------------------------------------------------------------------


def test_a_fraction_of_two_digits_is_a_distinctive_figure():
    from claims.conflicts.disputes import _distinctive
    from claims.models import Quantity

    def figure(surface, value):
        return Quantity(surface=surface, start_char=0, end_char=len(surface), value=value)

    assert _distinctive(figure("38p", 0.38))  # "38p", read as £0.38
    assert _distinctive(figure("2.35%", 2.35))
    assert _distinctive(figure("140", 140))
    # Near misses: small whole numbers and halves are shared by chance.
    assert not _distinctive(figure("3", 3))
    assert not _distinctive(figure("0.5", 0.5))
    assert not _distinctive(figure("2.5", 2.5))


def test_a_repeated_figure_reaches_a_loosely_related_article(nlp):
    from tests.claims.test_conflict_round_t11 import _joins
    from tests.claims.test_conflict_round_t12 import _disputes

    claim = ("Kestrel Rovers said on Sunday that its average home attendance this season had risen to 23,700, "
             "the highest in the club's history.")
    rejection = ("Kestrel Rovers' supporters' trust says turnstile counts at home games show far fewer fans. "
                 "Trust chair Ana Pike branded the 23,700 figure \"a fairy tale\".")
    other = "The city marathon drew 23,700 runners through the old town on Saturday, its organisers said."
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 4, 12)), (rejection, "Outlet B", date(2027, 4, 13)),
                      (other, "Outlet C", date(2027, 4, 11)))
    assert _joins(pairs, "risen to 23,700", "the 23,700 figure")
    # Near miss: the same figure in another story (runners of a marathon) is not answered.
    assert not _joins(pairs, "23,700 runners", "the 23,700 figure")
