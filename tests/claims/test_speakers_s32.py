"""Round s32: speakers on unseen text (round f31's review and the review articles of
f26-f31). A described body is not a place named where something happened; a relative
clause on a speaker's last noun is no part of its name; a title word inside a body's name
("General", "Chief") does not make the body a person; a plural-possessive name that opens
a sentence keeps its first word. The small model's tags of invented names vary, so the
tests that need a name read as an organisation set that tag, as the review article had it."""

from claims.attribution import find_attributions


def _speakers(nlp, text: str, orgs: tuple[str, ...] = ()) -> list[tuple[str | None, str]]:
    doc = nlp(text)
    if orgs:
        spans = []
        for name in orgs:
            start = text.index(name)
            spans.append(doc.char_span(start, start + len(name), label="ORG"))
        ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        doc.ents = sorted(ents + spans, key=lambda e: e.start)
    return [(a.speaker, text[a.content_start:a.content_end]) for a in find_attributions(doc)]


def test_a_described_agency_is_not_the_place_of_its_sentence(nlp):
    text = ("A wildfire in the hills of Serra Vella has burned about 3,100 hectares of forest, "
            "the regional civil protection agency said on Monday. The agency said 20 homes "
            "were destroyed.")
    speakers = [s for s, _ in _speakers(nlp, text, ("Serra Vella",))]
    assert speakers == ["the regional civil protection agency"] * 2


def test_a_described_service_is_not_the_site_where_a_fire_broke_out(nlp):
    text = ("About 900 people were evacuated overnight after a fire broke out at the Marsden "
            "Solvents plant, the county fire service said on Wednesday.")
    speakers = [s for s, _ in _speakers(nlp, text, ("Marsden Solvents",))]
    assert speakers == ["the county fire service"]


def test_near_miss_the_named_subject_is_still_the_described_company(nlp):
    text = "Calder Freight will cut 300 jobs at its depot in Harwell, the haulage company said."
    speakers = [s for s, _ in _speakers(nlp, text, ("Calder Freight",))]
    assert speakers == ["Calder Freight"]


def test_near_miss_people_at_a_body_do_not_make_it_a_place(nlp):
    text = ("Engineers at Brenlow Signalling found the fault within an hour, the rail "
            "operator said.")
    speakers = [s for s, _ in _speakers(nlp, text, ("Brenlow Signalling",))]
    assert speakers == ["Brenlow Signalling"]


def test_a_relative_clause_is_no_part_of_the_speaker(nlp):
    text = ("The Police Federation branch in Harwick, which represents officers, said the row "
            "was a distraction.")
    speakers = [s for s, _ in _speakers(nlp, text)]
    assert speakers == ["The Police Federation branch in Harwick"]


def test_near_miss_a_relative_clause_that_gives_a_name_stays(nlp):
    text = ("A doctor at the town's only working hospital, who gave only his first name, "
            "Omar, said 17 wounded civilians had been brought in overnight.")
    speakers = [s for s, _ in _speakers(nlp, text)]
    assert len(speakers) == 1 and "Omar" in speakers[0]


def test_a_title_word_inside_a_body_name(nlp):
    text = ("Harwell General Hospital said it had treated 14 people after the crash. "
            "The Association of Fire Chief Officers said crews had attended 2,100 grass fires.")
    speakers = [s for s, _ in _speakers(nlp, text, ("Harwell General Hospital",
                                                   "The Association of Fire Chief Officers"))]
    assert speakers == ["Harwell General Hospital", "Association of Fire Chief Officers"]


def test_near_miss_a_title_before_a_persons_name(nlp):
    text = ("Fire Chief Tom Adeyemi said the blaze was started deliberately. Harwell Council "
            "chief executive Nadia Rowe said the bypass would reopen on Monday.")
    speakers = [s for s, _ in _speakers(nlp, text)]
    assert speakers == ["Tom Adeyemi", "Nadia Rowe"]


def test_a_plural_possessive_name_opening_a_sentence(nlp):
    text = ("The consumer group Shoppers' Voice said refunds were slow. Shoppers' Voice said "
            "300 people had complained.")
    speakers = [s for s, _ in _speakers(nlp, text)]
    assert speakers == ["Shoppers' Voice", "Shoppers' Voice"]


def test_an_indefinite_apposition_is_no_part_of_the_speaker(nlp):
    text = ("Researchers at Corbel Security, a London firm that monitors criminal forums, said "
            "the file held 3.4 million records.")
    speakers = [s for s, _ in _speakers(nlp, text)]
    assert speakers == ["Researchers at Corbel Security"]
