"""Round d114: a party named by a common noun ("the trust's figure") whose claim was given
by a person placed in that party only where first named ("Elspeth Varley, the trust's
chair, said ...") and quoted after by name or pronoun alone ("Ms Varley said ..."), whose
later claims carry no role. Sentences written for these tests, not the gold.

a. `disputes._SpeakerVoices`: a person's voice is the roles and mentions of all the
   person's claims in one article, so the owner is met in a later, role-less claim.
b. Near misses that stay quiet: every word of the owner must be met ("the county
   council's figure" is not a parish council clerk's); another article's person of the
   same name is not placed by this one; a body's back-references ("the group" resolved
   to a council) place nothing; an associate's possessor ("Mr Hale's barrister") is not
   the person's party.
c. A named owner ("Dunlow's own figure leaves out ...") owns the outlet's sentence that
   opens on its name and gives a figure ("Dunlow Buses, the operator, had counted 61
   ..."): no "said" gives it a voice. Not a sentence without a figure, nor one opening on
   another name, nor one with a speaker.
d. The owner step: "the trust's figure" answers the trust chair's later, role-less figure,
   not a third party's figure.
"""

from __future__ import annotations

from claims.conflicts.common import _Judged
from claims.conflicts.disputes import _narrated_by_subject, _owner_assertion_test, _SpeakerVoices
from claims.models import Claim, ClaimKind, ClaimRef, Quantity
from claims.overlap import topic_stems


def _judged(cid, text, speaker=None, role=None, mention=None, kind="person", article="a", start=0):
    claim = Claim(claim_id=cid, article_id=article, kind=ClaimKind.QUANTITATIVE, text=text, sentence=text,
                  sentence_start=start, start_char=start, end_char=start + len(text), speaker=speaker,
                  speaker_role=role, speaker_mention=mention, speaker_kind=kind if speaker else None)
    return _Judged(ref=ClaimRef(claim=claim), claim=claim, index=0, own_text=text, stems=topic_stems(text))


FIRST = _judged("1", "the pool had 40,000 visits last year", "Elspeth Varley", "the trust's chair", "Elspeth Varley")
LATER = _judged("2", "school bookings had doubled", "Elspeth Varley", None, "Ms Varley", start=100)
CLERK = _judged("3", "the hall cost £80,000", "Odile Brace", "the parish council's clerk", "Odile Brace", start=200)
CLERK_LATER = _judged("4", "the roof had been mended", "Odile Brace", None, "she", start=300)


def test_a_a_person_placed_once_is_that_party_throughout():
    voices = _SpeakerVoices([FIRST, LATER, CLERK, CLERK_LATER])
    assert voices.names(topic_stems("trust"), LATER)
    assert voices.names(topic_stems("trust"), FIRST)
    assert voices.names(topic_stems("parish council"), CLERK_LATER)


def test_b_every_word_of_the_owner():
    voices = _SpeakerVoices([FIRST, LATER, CLERK, CLERK_LATER])
    assert not voices.names(topic_stems("county council"), CLERK_LATER)
    assert not voices.names(topic_stems("club"), LATER)


def test_b_not_across_articles_nor_bodies_nor_associates():
    elsewhere = _judged("5", "the pool lost money", "Elspeth Varley", None, "Ms Varley", article="b")
    assert not _SpeakerVoices([FIRST, LATER, elsewhere]).names(topic_stems("trust"), elsewhere)
    body = _judged("6", "fly-tipping fell by a third", "Dunmere District Council", None, "the group", kind="org")
    body_later = _judged("7", "fines rose to £400", "Dunmere District Council", None, "Dunmere District Council",
                         kind="org", start=100)
    assert not _SpeakerVoices([body, body_later]).names(topic_stems("group"), body_later)
    counsel = _judged("8", "the payments were lawful", "Ruth Amory", "Mr Hale's barrister", "Ruth Amory")
    counsel_later = _judged("9", "the books were sound", "Ruth Amory", None, "Ms Amory", start=100)
    assert not _SpeakerVoices([counsel, counsel_later]).names(topic_stems("hale"), counsel_later)


def test_d_the_owner_test_reaches_the_role_less_claim():
    rejection = _judged("10", "the trust's claim was wrong", "Nye Carrow", "the council's leader", "Nye Carrow",
                        start=400)
    third = _judged("11", "the café took £9,000", "Ivo Lusk", "a local trader", "Ivo Lusk", start=500)
    around = [FIRST, LATER, rejection, third]
    of_owner = _owner_assertion_test("the trust's claim", rejection, around)
    assert of_owner is not None
    assert of_owner(LATER) and of_owner(FIRST)
    assert not of_owner(third)


def test_b_a_councillor_is_not_the_council_throughout():
    first = _judged("12", "the wait was 18 months", "Nia Pellow", None, "Councillor Nia Pellow")
    later = _judged("13", "rents would rise by £9", "Nia Pellow", None, "Ms Pellow", start=100)
    assert not _SpeakerVoices([first, later]).names(topic_stems("council"), later)


def _narrated(text, quantities=True, speaker=None):
    j = _judged("20", text, speaker)
    if quantities:
        j.claim.quantities.append(Quantity(surface="61", value=61.0, start_char=0, end_char=2))
    return j


def test_c_a_named_owner_owns_its_narrated_figure():
    owner = topic_stems("Dunlow")
    assert _narrated_by_subject(owner, _narrated("Dunlow Buses, the operator, had counted 61 cancelled trips"))
    assert _narrated_by_subject(topic_stems("Dunlow Buses"), _narrated("The Dunlow Buses company counted 61 trips"))


def test_c_not_without_a_figure_another_name_or_a_speaker():
    owner = topic_stems("Dunlow")
    assert not _narrated_by_subject(owner, _narrated("Dunlow Buses cut the late routes", quantities=False))
    assert not _narrated_by_subject(owner, _narrated("Tarrant Coaches counted 61 cancelled trips on the Dunlow line"))
    assert not _narrated_by_subject(owner, _narrated("Dunlow Buses counted 61 trips", speaker="Ada Pim"))
    assert not _narrated_by_subject(topic_stems("Dunlow Rail"), _narrated("Dunlow Buses counted 61 trips"))
