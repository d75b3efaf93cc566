"""Round f81: the speaker's own body, named in the speaker's role, is no other party whose
figure "its ..." tells ("Mr Okafor, the operator's finance director, said ..., not the 2p
its own accounts had given" corrects the speaker's own body). Sentences written for these
tests, not the gold."""

from __future__ import annotations

from tests.claims.test_conflict_round_n78 import _named


def test_its_teller_of_the_speakers_own_body_names_no_other_party(nlp):
    assert _named(nlp, "Mr Okafor, the operator's finance director, said the operator kept 4.5p in every pound "
                  "of fares last year, not the 2p its own accounts had given.", "4.5p") is None


def test_its_teller_of_another_body_than_the_speakers_is_still_read(nlp):
    # near miss: the speaker's role names another body, so the operator's figure is another's
    n = _named(nlp, "Mr Okafor, the union's finance director, said the operator kept 4.5p in every pound "
               "of fares last year, not the 2p its own accounts had given.", "4.5p")
    assert n is not None and n.surface.startswith("2p")
