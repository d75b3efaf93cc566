"""Round w22: page furniture of scraped articles (claims.furniture). Lines written for these
tests, about none of the gold cases; each kind of furniture has a near miss, a prose line
of the same look that must keep its claims."""

import pytest

from claims.extract import extract_claims, parser_text
from claims.furniture import furniture_spans, without_furniture
from claims.models import Article


def _furniture(line: str) -> bool:
    return furniture_spans(line) == [(0, len(line))]


@pytest.mark.parametrize("line", [
    "By Hattie Quill, Transport Correspondent",
    "By Anwen Rees and Piet Stolk",
    "By Lior Nadel | Science Editor",
    "Reporting by Kasia Brandt; Editing by Tom Ferrell",
    "Additional reporting by Jo Amadi",
    "Writing by Ines Mora and Dev Patel; Editing by Sam Hood",
    "Updated 09:41 GMT, 2 June 2026",
    "Published: 3 July 2026, 18:05",
    "Last updated: 03/07/2026 11:20",
    "Tue 2 Jun 2026 07.15 BST",
    "Published 06:10 BST, 2 June 2026 | Updated 08:55 BST, 2 June 2026",
    "Posted 4 August 2026 at 10:30 · 6 min read",
    "By Hattie Quill · 4 May 2026 · 3 min read",
    "3 min read",
    "Volunteers clear the beach on Sunday. Photo: R. Okoye/Coast Echo",
    "The old mill before the flood. Photograph: Tarn Valley Archive",
    "The quay on Monday, a day after the collapse. (Photo by Mina Sato)",
    "Pictured: the flooded underpass at dawn (Image: Lena Voss)",
    "Share this article",
    "Share on Facebook Share on X Email",
    "Sign up for our weekly politics newsletter",
    "Advertisement",
    "Most read",
    "Comments (48)",
    "Topics: Transport | Tarnby | Buses",
    "© 2026 Tarn Valley Echo. All rights reserved.",
    "Coast Echo › News › Environment",
    "This article was amended on 3 June 2026 to correct the number of buses, given as 40.",
    "Correction, 4 June: An earlier version of this story said 12 stations had closed.",
    "An earlier version of this report misnamed the council's leader.",
])
def test_furniture_lines_are_recognised(line):
    assert _furniture(line)


@pytest.mark.parametrize("line", [
    "By 2030, the council said, every bus in the city will be electric.",
    "By Monday, the council had agreed to reopen the bridge.",
    "Photo evidence was shown to the court on Tuesday.",
    "Photographs of the damage were published on Monday, the agency said.",
    "Research by Tarnby University found that 40% of riders pay cash.",
    "Reporting by local journalists revealed that the mayor had lied.",
    "Updated figures show 40 people were injured, the hospital said.",
    "Published in 2019, the report warned of flooding on 12 roads.",
    "Share prices fell 3% after the announcement.",
    "Comments made by the minister on Friday angered unions.",
    "Related charges against two men were dropped on Monday.",
    "The report was amended by the committee to include 12 new roads.",
    "Correctional officers said 30 inmates were moved.",
    "It took 3 minutes to read the verdict.",
    "Won 3 lost 2",
    "Tarnby 3 · Holm 1",
])
def test_prose_that_looks_like_furniture_is_left_alone(line):
    assert furniture_spans(line) == []


def test_a_pull_quote_is_the_later_copy_of_a_quotation():
    body = 'The mayor said: "We will not close a single library," to applause.\n'
    pull = '"We will not close a single library," said the mayor.'
    text = body + pull
    assert furniture_spans(text) == [(len(body), len(text))]
    # near misses: a quotation said once, and one of two words only, are no pull quotes
    assert furniture_spans('"We will not close a single library," said the mayor.') == []
    assert furniture_spans('He said "no way" on Monday.\n"No way," she replied.') == []


def test_blanking_keeps_every_offset_and_the_line_ends():
    text = "By Hattie Quill\r\n3 min read\r\nThe ferry carried 212 passengers, the operator said."
    blank = without_furniture(text)
    assert len(blank) == len(text)
    assert blank.count("\r\n") == 2
    assert blank.endswith("The ferry carried 212 passengers, the operator said.")
    assert blank.split("\r\n")[0].strip() == ""


def _claims(nlp, text: str, outlet: str = "Tarn Valley Echo"):
    article = Article(article_id="w22-test", source="test", text=text, outlet=outlet)
    return extract_claims(article, nlp(parser_text(text)))


def test_no_claim_comes_from_furniture(nlp):
    text = ("Ferry runs aground off Tarnby\n"
            "By Hattie Quill, Transport Correspondent\n"
            "Updated 09:41 GMT, 2 June 2026\n"
            "4 min read\n"
            "The ferry carried 212 passengers when it ran aground, the operator said.\n"
            "The harbour on Tuesday morning. Photo: R. Okoye/Coast Echo\n"
            "Coastguard officer Mira Dane said the tide had turned within 40 minutes.\n"
            "This article was amended on 3 June 2026. An earlier version said 312 passengers.\n"
            "Reporting by Kasia Brandt; Editing by Tom Ferrell")
    claims = _claims(nlp, text)
    texts = " | ".join(c.text for c in claims)
    figures = {text[q.start_char:q.end_char] for c in claims for q in c.quantities or []}
    assert "212" in figures and "40 minutes" in figures
    assert not figures & {"4", "09:41", "312", "2026"}
    speakers = {c.speaker for c in claims}
    assert "Mira Dane" in speakers
    assert not {"Kasia Brandt", "Tom Ferrell", "Hattie Quill", "Transport Correspondent"} & speakers
    assert "Updated" not in texts and "Photo:" not in texts and "earlier version" not in texts
    for claim in claims:  # offsets point into the stored text
        assert text[claim.start_char:claim.end_char] == claim.text


def test_prose_that_opens_like_a_byline_keeps_its_claim(nlp):
    text = "By 2030, the council said, 120 electric buses will run in Tarnby."
    claims = _claims(nlp, text)
    assert any("120" in text[q.start_char:q.end_char] for c in claims for q in c.quantities or [])


def test_a_bracketed_credit_line_is_furniture():
    assert _furniture("(Reporting by Kasia Brandt; Editing by Tom Ferrell)")
    assert furniture_spans("(Reporting by the BBC found 40 errors.)") == []


def test_a_line_ends_a_sentence_in_text_with_a_paragraph_a_line(nlp):
    long_line = ("The ferry carried 212 passengers when it ran aground off the harbour wall "
                 "on Monday "
                 "night, the operator said.")
    doc = nlp("Ferry runs aground off Tarnby\nCoastguard says nobody was hurt\n" + long_line)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[:2] == ["Ferry runs aground off Tarnby", "Coastguard says nobody was hurt"]


def test_hard_wrapped_text_keeps_its_sentences_across_lines(nlp):
    # near miss: every line at most 100 characters, so a line break is no sentence end
    doc = nlp("The ferry carried 212 passengers when it ran aground\n"
              "off the harbour wall on Monday night.")
    assert len(list(doc.sents)) == 1


def test_a_dateline_below_the_headline_and_byline_is_furniture(nlp):
    text = ("Ferry operator cuts winter sailings\n"
            "By Hattie Quill\n"
            "TARNBY, Nov 3 (Coast Wire) - The ferry operator will cut 14 winter sailings, its chief "
            "executive Ros Delane said on Tuesday.")
    start = text.index("TARNBY")
    assert furniture_spans(text)[-1] == (start, text.index("The ferry"))
    claims = _claims(nlp, text)
    assert claims and all(c.start_char >= text.index("The ferry") for c in claims)
    assert all("TARNBY" not in c.sentence for c in claims)
    assert {c.speaker for c in claims} >= {"Ros Delane"}


def test_a_dateline_is_read_only_in_the_head_of_the_article():
    # near misses: the text's own first line is claims.datelines' business; a capitalised
    # word and a dash deep in the body is no dateline
    assert furniture_spans("TARNBY, Nov 3 (Coast Wire) - The ferry operator will cut sailings.") == []
    body = "\n".join(f"Paragraph {n} of the report says the harbour is open." for n in range(6))
    assert furniture_spans(body + "\nUPDATE - The harbour closed again at noon.") == []


@pytest.mark.parametrize("line, label", [
    ("Related: Ferry operator fined over safety breaches", "Related: "),
    ("Read more: What the new bus timetable means for you", "Read more: "),
    ("READ MORE | Union votes to authorise strike with more than 90% in favour", "READ MORE | "),
])
def test_a_link_line_loses_its_label_and_keeps_the_headline(line, label):
    # the headline of another story is the outlet's own claim ("more than 90% in favour"
    # is a figure a fact-checker compares); only the label is page furniture
    assert furniture_spans(line) == [(0, len(label))]


def test_a_link_label_with_no_headline_after_it_is_a_whole_furniture_line():
    assert _furniture("Related: Topics")
    assert _furniture("Read more: Transport")
