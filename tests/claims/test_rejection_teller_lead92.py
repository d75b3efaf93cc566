"""A labelling participle after a comma ("..., calling the figure 'a misreading'") is said
by the one who rejects, not by the subject of the told clause it is parsed under."""

from claims.attribution import find_attributions
from claims.rejections import with_rejections


def _labels(nlp, text):
    doc = nlp(text)
    return {text[a.content_start:a.content_end]: a.speaker for a in with_rejections(doc, find_attributions(doc))}


def test_the_label_after_a_rejected_claim_is_the_rejecters(nlp):
    got = _labels(nlp, "Harlow Rail has rejected the union's claim that its offer is worth only 3%, "
                       "calling the figure \"a misreading of the offer\".")
    labels = [speaker for content, speaker in got.items() if "misreading" in content]
    assert labels == ["Harlow Rail"], got


def test_the_label_after_rejected_reports_is_the_rejecters(nlp):
    got = _labels(nlp, "Ministers rejected reports that the ward would close, calling them \"scaremongering\".")
    labels = [speaker for content, speaker in got.items() if "scaremongering" in content]
    assert labels == ["Ministers"], got


def test_a_participle_inside_the_told_clause_stays_its_subjects(nlp):
    # no comma: the participle is the clause's own ("the union said drivers were leaving citing pay")
    got = _labels(nlp, "The council denied that residents had complained about the scheme, "
                       "and the mayor later called the complaints \"invented\".")
    labels = [speaker for content, speaker in got.items() if "invented" in content]
    assert labels and "residents" not in labels[0], got
