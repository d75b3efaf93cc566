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


def test_a_reported_rejection_keeps_its_own_label(nlp):
    # review cr92: the participle hangs on the reported "rejected", whose subject labels
    for text, rejecter in (("The regulator said Harlow Water had rejected its findings, calling them "
                            "\"scaremongering\".", "Harlow Water"),
                           ("Residents said the council had dismissed their complaints, calling them "
                            "\"scaremongering\".", "the council")):
        got = _labels(nlp, text)
        labels = [speaker for content, speaker in got.items() if "scaremongering" in content]
        assert labels and labels[0].lower() == rejecter.lower(), got


def test_a_reported_claim_still_gives_the_label_to_the_teller(nlp):
    got = _labels(nlp, "The union said the offer was worth only 3%, calling it \"an insult\".")
    labels = [speaker for content, speaker in got.items() if "insult" in content]
    assert labels == ["The union"], got
