"""Rules of the t11 conflict round: finding what a rejection targets. A demonstrative
after a rejection ("Those numbers ...", "These accusations ..."), a party said to have
told something wrongly ("the board had misrepresented ..."), another outlet's article when the rejection's own holds nothing of
the other party, weak content evidence kept to the story, and rejections by "take issue
with". Sentences written for these tests, about none of the gold cases; each rule has a
near miss."""

from datetime import date

from claims.conflicts.disputes import _accused_party
from claims.conflicts import find_conflicts
from claims.conflicts.common import is_dispute
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims


def _disputes(nlp, text, other_outlets_text=None, other_day=date(2027, 6, 3)):
    """The dispute pairs found in `text` (and, given, another outlet's article)."""
    refs = _claims(nlp, "a", text, "Outlet A", date(2027, 6, 2))
    if other_outlets_text is not None:
        refs += _claims(nlp, "b", other_outlets_text, "Outlet B", other_day)
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in find_conflicts(refs)
            if c.kind is ConflictKind.DISPUTE]


def _joins(pairs, a, b):
    return any((a in x and b in y) or (a in y and b in x) for x, y in pairs)


# --- a demonstrative after a rejection points at what that rejection rejects -------------


def test_those_numbers_after_a_rejection_answer_what_it_rejected(nlp):
    rejection = ("Kestle Ferries said the harbour campaigners' figures on sailings were inaccurate. "
                 '"Those numbers do not match our timetable," a spokeswoman said on Thursday.')
    claim = "Sailings from Kestle harbour have been cut to about 14 a week, the Kestle Harbour Campaign said on Tuesday."
    assert _joins(_disputes(nlp, claim, rejection), "cut to about 14 a week", "Those numbers do not match")


def test_a_demonstrative_after_a_statement_does_not_chain(nlp):
    # Near miss: the sentence before "That figure" is a statement of the other party, not
    # a rejection, so the demonstrative answers that statement, as before this round.
    text = ("The Kestle Harbour Campaign said sailings had been cut to about 14 a week. "
            'Kestle Ferries\' director, Ana Holm, said: "That figure is wrong."')
    pairs = _disputes(nlp, text)
    assert _joins(pairs, "cut to about 14 a week", "That figure is wrong")


def test_these_accusations_after_a_denial_answer_what_was_denied(nlp):
    text = ("Inspectors accused ferry operator Kestle Ferries of skipping safety drills on four crossings, in a letter "
            "published on Monday. The Maritime Safety Office said it could suspend the operator's licence. "
            "Kestle Ferries denied wrongdoing. \"These accusations are baseless,\" director Ana Holm said.")
    pairs = _disputes(nlp, text)
    assert _joins(pairs, "skipping safety drills", "Kestle Ferries denied") or \
        _joins(pairs, "skipping safety drills", "wrongdoing")
    assert _joins(pairs, "skipping safety drills", "These accusations are baseless")
    # Near miss: the threat of a suspension is no accusation the denial answers.
    assert not _joins(pairs, "could suspend the operator's licence", "These accusations are baseless")


# --- a party said to have told something wrongly owns what is rejected -------------------


def test_the_party_said_to_have_told_it_wrongly():
    assert _accused_party("the board had misrepresented the tenants' survey") == _accused_party("the board misquoted it")
    assert _accused_party("the board had misrepresented the tenants' survey")
    assert _accused_party("Officials had exaggerated the damage")
    # Near misses: the rejecting party as subject, a statement judged, a pronoun.
    assert not _accused_party("the company disputed the figures")
    assert not _accused_party("the figures were exaggerated")
    assert not _accused_party("they had exaggerated the damage")


def test_the_institute_had_mischaracterised_answers_the_institutes_finding(nlp):
    claim = ("Couriers for delivery firm Parcelo earn an average of $8.40 an hour after fuel costs, according to a "
             "study published on Monday by the Fenwick Policy Institute. The institute interviewed 900 couriers.")
    rejection = ("Parcelo's head of policy, Mara Quint, said the institute had mischaracterised how couriers work, "
                 "since most of them deliver part-time.")
    pairs = _disputes(nlp, claim, rejection)
    assert _joins(pairs, "$8.40 an hour", "the institute had mischaracterised")
    # Near miss: what the institute did (its interviews) is not the statement rejected.
    assert not _joins(pairs, "interviewed 900 couriers", "the institute had mischaracterised")


# --- another outlet's article, when the rejection's own holds nothing of the other party ---


CLAIM = ("Residents of Harlow Vale say the Brenmoor incinerator, which opened in March, has blackened their gardens "
         "with soot, campaign leader Tomas Reyes told the Vale Courier on Tuesday. Reyes said forty households in "
         "Harlow Vale had written to the Brenmoor council about the incinerator.")


def test_a_rejection_answers_another_outlets_article_at_a_lower_bar(nlp):
    # The rejection's sentence names the soot and much else (its grounds); its article
    # tells the same story, and holds nothing of the residents before the rejection.
    rejection = ("Brenmoor Energy said the claims about soot were untrue, blaming bonfires on Kettering farms, diesel "
                 "lorries on the Oxbridge bypass and a quarry at Dunley. The Brenmoor incinerator in Harlow Vale, "
                 "which opened in March, met every emission limit, and forty households in Harlow Vale had written "
                 "to the council, the company's director Ola Brand said.")
    assert _joins(_disputes(nlp, CLAIM, rejection), "blackened their gardens with soot", "soot were untrue")


def test_the_lower_bar_holds_only_in_the_same_story(nlp):
    # Near miss: an article only loosely of the story (few words in common) is searched
    # for strong evidence only (an owner, a figure, the rejected content), not by this bar.
    rejection = ("Brenmoor Energy said the claims about its chimney filters were untrue. The Brenmoor incinerator in "
                 "Harlow Vale, which opened in March, met every emission limit, the company's director Ola Brand said.")
    assert not _joins(_disputes(nlp, CLAIM, rejection), "blackened their gardens with soot", "were untrue")


# --- rejections by "take issue with" -------------------------------------------------------


def test_took_issue_with_is_a_rejection_of_its_object(nlp):
    text = ("The growers' union said apple farmers were paid 22 cents a kilo, about 5 cents below their costs. "
            "Orchard cooperative chief Lina Ortt took issue with the union's cost figure, saying the average cost "
            "among members was 19 cents.")
    pairs = _disputes(nlp, text)
    assert _joins(pairs, "5 cents below their costs", "the union's cost figure")


def test_a_phrasal_rejection_is_a_dispute_only_when_it_introduces_the_claim(nlp):
    from tests.claims.test_figure_roles import _claims as claims_of

    refs = claims_of(nlp, "a", "Lina Ortt pushed back on the union's estimate.", "Outlet A", date(2027, 6, 2))
    assert any(is_dispute(r.claim) for r in refs if "estimate" in r.claim.text)
    # Near miss: a rejecting word far before the cue, about something else, does not make
    # the reported claim a rejection.
    refs = claims_of(nlp, "a", "After the board rejected the offer on Monday, Lina Ortt said the harvest was "
                     "the largest in a decade.", "Outlet A", date(2027, 6, 2))
    assert not any(is_dispute(r.claim) for r in refs if "harvest" in r.claim.text)


# --- weak content evidence is kept to the story -------------------------------------------


def test_a_denial_sharing_one_word_with_another_story_is_not_its_target(nlp):
    fire = ("The Ridge fire burned 4,000 acres near Dunmore on Sunday. Residents told reporters a Pellham Power "
            "line sparked the fire. Pellham Power denied that its equipment started the blaze.")
    # Another story of the same town and day, loosely related through its places.
    race = ("Organisers said 9,000 runners had started the race. The Dunmore half marathon went ahead on Sunday "
            "although smoke from the Ridge fire was visible from the course.")
    pairs = _disputes(nlp, fire, race, other_day=date(2027, 6, 2))
    # Near miss: the runners "had started" the race; a word of the denied clause is all
    # the two share.
    assert not _joins(pairs, "runners had started", "its equipment started the blaze")
    assert _joins(pairs, "line sparked the fire", "its equipment started the blaze")


# --- a document's findings told in the outlet's voice have its author as their source -----


def test_the_author_of_a_report_the_outlet_cites_is_its_voice():
    from claims.conflicts.common import document_source_pattern

    m = document_source_pattern().search("Rice caused the illness, a report by the district food office found.")
    assert m and m.group(1) == "report" and m.group(2) == "the district food office"
    # Near misses: what a report is about is not its author; a report that found nothing yet.
    assert not document_source_pattern().search("Rice caused the illness, a report on the district food office found.")
    assert not document_source_pattern().search("A report by the district food office is due in May.")


def test_rejecting_the_reports_findings_answers_the_outlets_sentence_citing_it(nlp):
    claim = ("Undercooked rice served in Harlow school canteens made 30 pupils ill in May, a report by the district "
             "food standards office found. The report said canteen staff at Mealwise's Eastgate kitchen had skipped "
             "temperature checks.")
    rejection = "Canteen supplier Mealwise rejected the report's findings on Tuesday."
    pairs = _disputes(nlp, claim, rejection)
    assert _joins(pairs, "made 30 pupils ill", "the report's findings")
