"""Attributed statements: one table row per construction, the seeds, and the gold targets."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from claims.attribution import find_attributions

ROOT = Path(__file__).resolve().parents[2]
HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")


def _bench():
    spec = importlib.util.spec_from_file_location("attribution_eval",
                                                  ROOT / "bench" / "attribution_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _found(nlp, text):
    doc = nlp(text)
    return [(a.speaker, text[a.content_start:a.content_end], a) for a in find_attributions(doc)]


CASES = [
    # quote-first, inverted cue, curly marks
    ("“We will win this,” said union president Ana Ruiz.",
     [("Ana Ruiz", "We will win this")]),
    # speaker-first with a colon, straight marks
    ('Mayor Tom Hill said: "The budget is balanced."',
     [("Tom Hill", "The budget is balanced.")]),
    # split quote: both halves to the same speaker
    ('"We were the better side," Coach Lee Park said, "but we lost our heads."',
     [("Lee Park", "We were the better side"), ("Lee Park", "but we lost our heads.")]),
    # quote running over two sentences, then a second sentence quote continuing
    ("“Prices rose. Wages did not,” said economist Jo Marsh. “That is the whole story.”",
     [("Jo Marsh", "Prices rose. Wages did not"), ("Jo Marsh", "That is the whole story.")]),
    # multi-paragraph quote: the first paragraph has no closing mark
    ("Senator Ann Cole spoke first.\n\n“We have waited long enough.\n\n“Now we act,” she said.",
     [("Ann Cole", "We have waited long enough."), ("Ann Cole", "Now we act")]),
    # reported speech with that, and without
    ("Governor Ray Stone said Monday that the bridge would reopen in May.",
     [("Ray Stone", "the bridge would reopen in May")]),
    ("Analyst Mia Chen told Reuters the merger was likely to be approved.",
     [("Mia Chen", "the merger was likely to be approved")]),
    # surname and pronoun resolve to the fullest name
    ("Health Minister Sara Quinn visited the ward. Quinn said staff were exhausted. "
     "She added that more nurses would be hired.",
     [("Sara Quinn", "staff were exhausted"), ("Sara Quinn", "more nurses would be hired")]),
    # parenthetical cue
    ("Instead, he said, the company wants a longer contract.",
     []),  # no antecedent for "he": not attributed
    ("Chief executive Dan Frost spoke to investors. Instead, he said, the company wants "
     "a longer contract.",
     [("Dan Frost", "the company wants a longer contract")]),
    # according to, trailing cue
    ("The plant will close next year, according to two people familiar with the plan.",
     [("people familiar with the plan", "The plant will close next year")]),
    ("The talks collapsed on Friday, the sources said.",
     [("sources", "The talks collapsed on Friday")]),
    # acronym joined with its long name; org noun resolved through the apposition
    ("The Transport Workers Union (TWU), the union that represents bus drivers, said fares "
     "must not rise. The union also said a strike was possible.",
     [("Transport Workers Union (TWU)", "fares must not rise"),
      ("Transport Workers Union (TWU)", "a strike was possible")]),
    # document as speaker; statement from an organisation
    ("“Any suggestion otherwise is false,” said a statement from the Acme Group.",
     [("Acme Group", "Any suggestion otherwise is false")]),
    # anonymous sources and their later references
    ("Three officials familiar with the talks said progress was slow, with one saying "
     "“we are not close.”",
     [("officials familiar with the talks", "progress was slow"),
      ("officials familiar with the talks", "we are not close.")]),
    # partial quote inside reported speech is one statement
    ("The company has long maintained that “the product is safe.”",
     [(None, "the product is safe.")]),
    # negated cues and refusals are not attributions
    ("The minister did not say whether taxes would rise.", []),
    ("The coach refused to say whether the striker was fit.", []),
    # scare quotes and titles are not statements
    ('The so-called "deal" collapsed, and the film "Dark Water" flopped.', []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_constructions(nlp, text, expected):
    got = _found(nlp, text)
    pairs = [(s, c) for s, c, _ in got]
    assert len(pairs) == len(expected), pairs
    for (speaker, content), (gs, gc) in zip(sorted(pairs, key=lambda p: text.find(p[1])),
                                            expected):
        assert content.strip(" ,.") == gc.strip(" ,."), pairs
        if gs is not None:
            assert speaker == gs, pairs


def test_offsets_sorted_unique_and_in_text(nlp):
    text = ("“We are close,” she said. Mayor Ann Lee said the deal was done. “Truly,” Lee said.")
    doc = nlp(text)
    atts = find_attributions(doc)
    keys = [(a.content_start, a.content_end) for a in atts]
    assert keys == sorted(set(keys))
    for a in atts:
        assert 0 <= a.content_start < a.content_end <= len(text)


def test_roles_and_mentions(nlp):
    text = ("“We remain optimistic,” said Dana Crane, the chief negotiator for the guild. "
            "Netflix CEO Tom Ward said the offer was fair.")
    atts = find_attributions(nlp(text))
    by = {a.speaker: a for a in atts}
    assert by["Dana Crane"].speaker_role == "the chief negotiator for the guild"
    assert by["Tom Ward"].speaker_role == "Netflix CEO"
    assert by["Tom Ward"].speaker_mention == "Netflix CEO Tom Ward"


def _gold_items():
    return [json.loads(line) for line in
            (ROOT / "tests/gold/attributions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.mark.parametrize("item", [i for i in _gold_items() if "file" in i],
                         ids=lambda i: i["id"])
def test_seed_statements(nlp, item):
    bench = _bench()
    text = HEADER.sub("", (ROOT / item["file"]).read_text(encoding="utf-8"))
    atts = find_attributions(nlp(text))
    preds = [(a.content_start, a.content_end, a.speaker) for a in atts]
    pairs = bench.match(text, item["statements"], preds, tolerant=False)
    found = {gi for gi, _, ok in pairs if ok}
    missing = [s for gi, s in enumerate(item["statements"]) if gi not in found]
    assert not missing, missing


# One rule class a row: a positive, then a near miss the rule must leave alone.
RULE_CASES = [
    # convention: a partial quote inside reported speech is the clause, marks kept
    ('Judge Ann Roe wrote that the city "has punished people for being poor."',
     [("Ann Roe", 'the city "has punished people for being poor."', False)]),
    ('Judge Ann Roe wrote: "The city has punished people for being poor."',
     [("Ann Roe", "The city has punished people for being poor.", True)]),
    # convention: "said A and that B" is two statements, also when "that" parses as a
    # determiner
    ('Minister Dan Holt wrote on X that storage was "at record levels" and that households '
     '"should not panic."',
     [("Dan Holt", 'storage was "at record levels"', False),
      ("Dan Holt", 'households "should not panic."', False)]),
    ("Minister Dan Holt said storage was high and that was enough for the winter.",
     [("Dan Holt", "storage was high and that was enough for the winter", False)]),
    # convention: a denial with an anaphoric object has no content of its own
    ("Acme Foods denied the allegations.", []),
    ("Acme Foods denied that its plant had polluted the river.",
     [("Acme Foods", "its plant had polluted the river", False)]),
    # "that" read as a determiner: the clause still starts after it
    ("Professor Liam Hart spoke next. But he cautioned that satellite records from the "
     "early 1990s were less precise than modern data.",
     [("Liam Hart", "satellite records from the early 1990s were less precise than modern "
       "data", False)]),
    ("Professor Liam Hart spoke next. He repeated that claim at the hearing.", []),
    # a that-clause the parser hung off the subject noun
    ("The city's mayor, Lena Ortiz, posted on social media that the verdict was fair.",
     [("Lena Ortiz", "the verdict was fair", False)]),
    ("The city's mayor, Lena Ortiz, posted on social media after the verdict.", []),
    # a quote opening a new sentence with its own cue is not a partial quote of the clause
    # the parse ran on into it
    ("But Sofia Berg, technical director of the Oslo-based online retailer Vintra, said her "
     "company's shop was unreachable from 6:40 a.m. until 5:30 p.m. \"Acme's status page "
     "went green at lunchtime, but our customers could not check out until evening,\" Sofia "
     "Berg said.",
     [("Sofia Berg", "her company's shop was unreachable from 6:40 a.m. until 5:30 p.m", False),
      ("Sofia Berg", "Acme's status page went green at lunchtime, but our customers could not "
       "check out until evening", True)]),
    # naming verbs: the quoted object predicate; not "what it called ..."
    ('Council member Joe Abara spoke on Monday. In a post on Facebook, he called her '
     '"the candidate of the status quo."',
     [("Joe Abara", "the candidate of the status quo.", True)]),
    ('The company laid out what it called a "timeline of proposals" on Friday.', []),
    # a cue left without a subject by an apposition chain: the name right before it
    ("In a letter to the health minister, the union's regional secretary, Paul Brennan, "
     "wrote that nurses were leaving in large numbers.",
     [("Paul Brennan", "nurses were leaving in large numbers", False)]),
    ("In a letter to the health minister, nurses were leaving in large numbers, wrote the "
     "paper.", None),
    # a thing's verb inside someone's report is part of their statement
    ("The nurses' union said the figures confirmed what its members had been saying.",
     [("The nurses' union", "the figures confirmed what its members had been saying",
       False)]),
    ("The nurses' union said the minister had confirmed that the ward would close.",
     [("The nurses' union", "the minister had confirmed that the ward would close", False),
      ("the minister", "the ward would close", False)]),
    # a trailing cue attached to a cue word that reports nothing, or to a noun the parser
    # made the root
    ("Negotiators agreed on Saturday to a 72-hour ceasefire, a United Nations spokesman "
     "said, after three days of talks.",
     [("United Nations", "Negotiators agreed on Saturday to a 72-hour ceasefire", False)]),
    ("An experimental malaria vaccine cut infections in young children by 68 percent over "
     "two years, researchers reported on Monday in The Lancet.",
     [("researchers", "An experimental malaria vaccine cut infections in young children by "
       "68 percent over two years", False)]),
    # a trailing cue parsed as a conjunct; not after "and"
    ("Software maker Quillon will cut about 1,200 jobs, or 8 percent of its workforce, chief "
     "executive Hannah Weiss told employees in a memo on Wednesday.",
     [("Hannah Weiss", "Software maker Quillon will cut about 1,200 jobs, or 8 percent of its "
       "workforce", False)]),
    ("Quillon will cut about 1,200 jobs, and chief executive Hannah Weiss told employees in "
     "a memo on Wednesday.", []),
    # "known as" names the described speaker
    ("The rebel commander, known as Colonel Idris, said in a statement that his forces "
     "would respect the truce.",
     [("Idris", "his forces would respect the truce", False)]),
    ("The rebel commander, known for his temper, said his forces would respect the truce.",
     [("The rebel commander", "his forces would respect the truce", False)]),
    # "it" is the document of the sentence before, even when its author is a person
    ("Chief executive Hannah Weiss sent staff a memo on Wednesday. The memo said the cuts "
     "would fall on sales. Affected staff will receive 16 weeks of pay, it said.",
     [("Hannah Weiss", "the cuts would fall on sales", False),
      ("Hannah Weiss", "Affected staff will receive 16 weeks of pay", False)]),
    # a reported refusal is not a statement; a reported denial or a passive is
    ("The authority said it would not comment on the allegations made by the union.", []),
    ("The minister said she had not said the plan would fail.",
     [("The minister", "she had not said the plan would fail", False)]),
    ("Diplomats in the capital said the trip had not been announced in advance.",
     [("diplomats in the capital", "the trip had not been announced in advance", False)]),
    ('Sofia Berg said her shop was "down all day" on Tuesday.',
     [("Sofia Berg", 'her shop was "down all day" on Tuesday', False)]),
    # found with ho2-*: a name in apposition right before a subject-less cue (no comma);
    # a lower-case job title makes a name NER calls ORG a person, for a later "she"
    ("In a memo seen by this paper, finance director Olga Marek wrote that margins would "
     "shrink. She said hiring would stop.",
     [("Olga Marek", "margins would shrink", False),
      ("Olga Marek", "hiring would stop", False)]),
    ("In a memo to the paper Olga Marek wrote yesterday.", []),
    # "said that A but warned that B" with "warned" parsed beside A: B is the speaker's
    ("The regulator said in a statement that it supported the merger but warned that "
     "prices must not rise.",
     [("The regulator", "it supported the merger", False),
      ("The regulator", "prices must not rise", False)]),
    ("The regulator said in a statement that it supported the merger, but critics warned "
     "that prices would rise.",
     [("The regulator", "it supported the merger", False),
      ("critics", "prices would rise", False)]),
    # a participle and its subject-less verb split into two clauses by the parser
    ("Dr. Ana Silva said young children living in flats were most exposed, and that "
     "parents should keep them indoors.",
     [("Ana Silva", "young children living in flats were most exposed", False),
      ("Ana Silva", "parents should keep them indoors", False)]),
    # "in what X called "..."": the speaker's verdict on the event; not "laid out what it
    # called" (a label, tested above)
    ('The striker was sent off, in what the referee called "a reckless and dangerous '
     'tackle".',
     [("the referee", "a reckless and dangerous tackle", True)]),
    ('The striker was sent off for what the referee called "a reckless tackle".', []),
    # an unnamed person described twice is the fuller description, and "she" after them
    ('One resident, a retired teacher who has lived on the street for 40 years, said the '
     'road had flooded twice. "We were never warned," she said.',
     [("a retired teacher who has lived on the street for 40 years", "the road had flooded "
       "twice", False),
      ("a retired teacher who has lived on the street for 40 years", "We were never warned",
       True)]),
    ('One resident said the road had flooded twice. Mayor Paul Ekwe visited on Friday. '
     '"We acted fast," he said.',
     [("resident", "the road had flooded twice", False),
      ("Paul Ekwe", "We acted fast", True)]),
    # a belief inside another's report is part of what they said
    ("Investigators believe the fire was started deliberately, a fire service official said.",
     [("fire service official", "Investigators believe the fire was started deliberately",
       False)]),
    ("Investigators believe the fire was started deliberately.",
     [("Investigators", "the fire was started deliberately", False)]),
    # a comparison and a figure's gloss hung on the cue belong to the claim
    ("A poll released on Monday by Norland University found Ekwe leading with 41 percent "
     "support, compared with 35 percent for Costa.",
     [("Norland University", "Ekwe leading with 41 percent support, compared with 35 "
       "percent for Costa", False)]),
    ("A poll released on Monday by Norland University found Ekwe leading with 41 percent "
     "support, citing strong turnout.",
     [("Norland University", "Ekwe leading with 41 percent support", False)]),
    ("The ministry confirmed 12 new cases on Friday, bringing the total this month to 40.",
     [("The ministry", "12 new cases on Friday, bringing the total this month to 40", False)]),
    ("The ministry said 12 new cases were found, citing hospital records.",
     [("The ministry", "12 new cases were found", False)]),
    # a subject-less verb with a backshifted modal goes on with what was said
    ('The minister posted that she was "ready to listen" but would not drop the bill.',
     [("The minister", 'she was "ready to listen" but would not drop the bill', False)]),
    ("The minister said the bill was fair and urged critics to read it.",
     [("The minister", "the bill was fair", False)]),
    # "said on Tuesday it would": the day is when it was said; after "that" it is content
    ("Drugmaker Pellan Bio said on Tuesday it would close two plants.",
     [("Pellan Bio", "it would close two plants", False)]),
    ("Drugmaker Pellan Bio said that on Tuesday it would close two plants.",
     [("Pellan Bio", "on Tuesday it would close two plants", False)]),
]


@pytest.mark.parametrize("text,expected", RULE_CASES)
def test_rule_classes(nlp, text, expected):
    got = sorted(_found(nlp, text), key=lambda g: g[2].content_start)
    if expected is None:  # a near miss: whatever is read, no speaker from the rule
        assert all(s and "numbers" not in s for s, _, _ in got), got
        return
    assert [(s, c.strip(" ,."), a.is_quote) for s, c, a in got] == \
        [(s, c.strip(" ,."), q) for s, c, q in expected]


def _speakers(nlp, text):
    return {text[a.content_start:a.content_end].strip(" ,."): a
            for a in find_attributions(nlp(text))}


def test_spokesperson_speaks_for_the_organisation_short_name(nlp):
    # a bare first word of an organisation named in full is that organisation, and its
    # spokesman is the role
    text = ("Skylark Airways and Coastline Air said on Monday they had agreed to merge. "
            "Coastline's chief financial officer, Rosa Ibarra, said the deal would close "
            "next year. A Coastline spokesman said the company would keep its brand.")
    got = _speakers(nlp, text)
    brand = got["the company would keep its brand"]
    assert (brand.speaker, brand.speaker_role) == ("Coastline Air", "spokesman")
    assert got["the deal would close next year"].speaker == "Rosa Ibarra"


def test_short_name_that_is_a_persons_name_stays_a_person(nlp):
    text = ("Jordan Foods said sales fell. Analyst Mia Jordan covers the firm. "
            "Jordan said the results were weak.")
    got = _speakers(nlp, text)
    assert got["the results were weak"].speaker == "Mia Jordan"


def test_joint_speakers_and_the_two_of_them(nlp):
    text = ("Skylark Airways and Coastline Air said they had agreed to merge. "
            "The two airlines said in a joint statement that savings would reach $300 million.")
    got = _speakers(nlp, text)
    assert got["they had agreed to merge"].speaker == "Skylark Airways and Coastline Air"
    assert got["savings would reach $300 million"].speaker == \
        "Skylark Airways and Coastline Air"
    # an unnamed group is new, not the joint speaker
    text = ("Skylark Airways and Coastline Air said they had agreed to merge. Two officials "
            "familiar with the deal said regulators would object.")
    got = _speakers(nlp, text)
    assert got["regulators would object"].speaker == "officials familiar with the deal"


def test_apposition_parsed_as_conjunct_is_not_a_joint_speaker(nlp):
    text = ("The chain, Harbor & Pike Supply, said in a statement that it had cooperated "
            "fully with investigators.")
    got = _speakers(nlp, text)
    assert got["it had cooperated fully with investigators"].speaker == "Harbor & Pike Supply"


def test_it_is_the_organisation_subject_of_the_sentence_before(nlp):
    text = ("The study warns that rivers will shrink. The environment ministry did not "
            "dispute the findings. In a statement, it said it would fund new stations.")
    got = _speakers(nlp, text)
    assert got["rivers will shrink"].speaker == "the study"
    assert "ministry" in got["it would fund new stations"].speaker


def test_it_skips_a_subject_that_is_not_a_speaker(nlp):
    text = ("The Rail Workers Union said the offer was poor. The strike entered its tenth "
            "week on Monday. It said members would vote again.")
    got = _speakers(nlp, text)
    assert got["members would vote again"].speaker == "Rail Workers Union"


def test_surname_tagged_as_organisation_is_not_an_organisation(nlp):
    text = ("Manager Tomas Varga says he will stay. Varga told reporters the players were "
            "fighting. In a statement, the board said Varga had its full confidence.")
    got = _speakers(nlp, text)
    assert got["Varga had its full confidence"].speaker == "the board"


def test_plural_possessive_inside_an_organisation_name(nlp):
    text = "The Northbridge Supporters' Trust said fans had lost patience."
    got = _speakers(nlp, text)
    assert got["fans had lost patience"].speaker == "Northbridge Supporters' Trust"


def test_eval_tolerates_only_the_partial_quote_convention():
    bench = _bench()
    text = 'The agency said the alliance had "misinterpreted" data from a faulty sensor.'
    gold = [{"content": "misinterpreted", "speaker": "agency"}]
    clause = text.index("the alliance")
    pred = [(clause, len(text) - 1, "agency")]
    assert bench.match(text, gold, pred) == [(0, 0, True)]
    assert bench.match(text, gold, pred, tolerant=False) == []
    # a quoted word that is not inside the predicted span does not match
    other = [(0, text.index(" said"), "agency")]
    assert bench.match(text, gold, other) == []


def test_eval_accepts_a_named_spokesperson_or_their_organisation(nlp):
    bench = _bench()
    text = ('"The party has full confidence in the minister," said Carla Benitez, a '
            'spokeswoman for the governing Social Alliance.')
    preds = bench._ours(nlp(text))
    assert preds[0][2] == ("Carla Benitez", "governing Social Alliance")
    span = [(preds[0][0], preds[0][1], preds[0][2])]
    content = "The party has full confidence in the minister"
    for speaker in ("Social Alliance", "Carla Benitez"):
        assert bench.match(text, [{"content": content, "speaker": speaker}], span) == \
            [(0, 0, True)]
    # strict matching keeps our convention only; another organisation never matches
    assert bench.match(text, [{"content": content, "speaker": "Social Alliance"}], span,
                       tolerant=False) == [(0, 0, False)]
    assert bench.match(text, [{"content": content, "speaker": "Progress Party"}], span) == \
        [(0, 0, False)]


def test_airline_name_tagged_person_is_the_airline(nlp):
    text = ("An Aurora Air flight from Lisbon was diverted to Porto on Sunday after a "
            "passenger became violent, the airline said.")
    got = _speakers(nlp, text)
    assert got["An Aurora Air flight from Lisbon was diverted to Porto on Sunday after a "
               "passenger became violent"].speaker == "Aurora Air"


def test_described_person_and_portfolio(nlp):
    # "the union leader" is the one person described with "union"; "Education" in a
    # title is not an organisation for "the department"
    text = ("Education Minister Paul Gerrard and the head of the teachers' union, David "
            "Mensah, clashed on Tuesday. Gerrard said the plan was fair. Mensah said it "
            "was not. The union leader said he would consult members on industrial action. "
            "He added that many teachers were leaving. The department said inspections "
            "would start in September.")
    got = _speakers(nlp, text)
    assert got["he would consult members on industrial action"].speaker == "David Mensah"
    assert got["many teachers were leaving"].speaker == "David Mensah"
    assert got["inspections would start in September"].speaker == "The department"


def test_described_person_needs_a_matching_description(nlp):
    # nobody the article describes with "union": "the union leader" is not the minister
    text = ("Education Minister Paul Gerrard spoke on Tuesday. The union leader said a "
            "strike was likely.")
    got = _speakers(nlp, text)
    assert got["a strike was likely"].speaker != "Paul Gerrard"


def test_the_companies_are_the_coordinated_organisations(nlp):
    text = ("Carmaker Dravia and battery maker Cellion have ended their joint venture to "
            "build a factory in Ohio, the companies said on Wednesday.")
    got = _speakers(nlp, text)
    sp = got["Carmaker Dravia and battery maker Cellion have ended their joint venture to "
             "build a factory in Ohio"].speaker
    assert "Dravia" in sp and "Cellion" in sp
    text = "Jane Roe and John Doe have ended their partnership, the companies said."
    got = _speakers(nlp, text)
    assert got["Jane Roe and John Doe have ended their partnership"].speaker == "the companies"


def test_author_of_published_figures(nlp):
    text = "A poll released last week by Brookhaven University found that Abara was leading."
    assert _speakers(nlp, text)["Abara was leading"].speaker == "Brookhaven University"
    text = "A poll of 900 voters found that Abara was leading."
    assert _speakers(nlp, text)["Abara was leading"].speaker == "the poll"


def test_gold_targets(nlp):
    r = _bench().evaluate(nlp=nlp, with_textacy=False)
    p, rec, f1 = r["ours"]["both"]
    assert f1 >= 0.90, r["ours"]
    assert r["ours"]["speaker_accuracy"] >= 0.95, r["ours"]


def test_gender_from_the_persons_own_clause(nlp):
    """"Coach X said at her news conference": X is a woman, so a later "he" skips her."""
    text = ("Coach Mia Lund said at her news conference that the team would recover. "
            "Chairman Piet Janssen was less sure. Asked whether Lund would stay, he told "
            'reporters: "Nothing is certain."')
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["Nothing is certain."] == "Piet Janssen"
    # near miss: a pronoun after another person's name in the clause says nothing of X
    # (a first name of either sex, so that no list of first names decides instead)
    text = ("Coach Robin Lund praised Piet Janssen and his staff. Asked whether Lund would stay, "
            'he told reporters: "Nothing is certain."')
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["Nothing is certain."] == "Robin Lund"


def test_the_noun_an_organisation_was_put_in_apposition_to(nlp):
    text = ("The port's main operator, Baltic Quay Services, said it backed the plan. "
            "According to the operator, cargo volumes fell 4% last year.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["cargo volumes fell 4% last year"] == "Baltic Quay Services"
    # near miss: a modified noun ("the ferry operator") is its own speaker
    text = ("The port's main operator, Baltic Quay Services, said it backed the plan. "
            "The ferry operator's chief said cargo volumes fell 4% last year.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["cargo volumes fell 4% last year"] != "Baltic Quay Services"


def test_a_company_is_not_a_person_and_its_descriptor_is_not_its_name(nlp):
    text = ("Software maker Tarvo will cut jobs, two sources said. Tarvo declined to "
            "comment. Chief executive Nora Vance told staff that the company had to "
            "change. He said more news would follow.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["more news would follow"] == "Nora Vance"
    got = _found(nlp, "Carmaker Dravia said it would cut 500 jobs.")
    assert [s for s, _, _ in got] == ["Dravia"]
    # near miss: a one-word name keeps its word ("Carmaker" alone is not stripped away)
    got = _found(nlp, "Union Pacific said it would cut 500 jobs.")
    assert [s for s, _, _ in got] == ["Union Pacific"]


def test_a_pronoun_after_a_spokesperson_is_the_spokesperson(nlp):
    text = ("Health Secretary Ines Varga said the plan was sound. A spokeswoman for "
            "Corvane Rail denied that any stations would close. \"Any suggestion that "
            "services will suffer is wrong,\" she said.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["Any suggestion that services will suffer is wrong"] == "Corvane Rail"
    # near miss: a pronoun of the other gender is not the spokeswoman
    text = text.replace("\" she said", "\" he said").replace("Ines", "Tomas")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["Any suggestion that services will suffer is wrong"] == "Tomas Varga"


def test_and_inside_an_of_name_is_part_of_the_name(nlp):
    text = "According to the Department of Health and Social Care, waiting lists fell 3%."
    assert [s for s, _, _ in _found(nlp, text)] == ["Department of Health and Social Care"]
    # near miss: the whole name with "and" is kept only where it is one name
    text = "According to the Department of Health, waiting lists fell 3%."
    assert [s for s, _, _ in _found(nlp, text)] == ["Department of Health"]


def test_a_dateline_is_not_the_speaker():
    from claims.datelines import dateline_end, without_dateline
    from claims.extract import extract_batch
    from claims.models import Article
    from claims.nlp import load_nlp

    text = ("OSLO, March 3 (Newswire) - Norway's largest ferry operator, Fjordlink, said on "
            "Monday it would cut 300 jobs. The company told staff that fares had fallen 12%.")
    assert text[:dateline_end(text)] == "OSLO, March 3 (Newswire) - "
    assert len(without_dateline(text)) == len(text)
    [(_, claims)] = list(extract_batch([Article(article_id="x", source="x", text=text)],
                                       load_nlp()))
    assert claims[0].speaker == "Fjordlink"
    assert not any("OSLO" in (c.speaker or "") for c in claims)
    for c in claims:
        assert text[c.start_char:c.end_char] == c.text
    # near miss: a sentence that merely starts with capitals and a dash keeps its words
    for plain in ("The union said - in a statement - that it would strike.",
                  "SAG-AFTRA advised its members on Monday.", "NHS England — the body said."):
        assert dateline_end(plain) == 0


@pytest.mark.parametrize("text, expected", [
    # the parser hangs a trailing speaker on the clause's last noun
    ("The victim knew his attackers, a source close to the inquiry said.",
     ("source close to the inquiry", "The victim knew his attackers")),
    # a closing "according to" vouches for both coordinated clauses
    ("Crews were called at midnight and found the roof alight, according to Tarn Fire Service.",
     ("Tarn Fire Service", "Crews were called at midnight and found the roof alight")),
    # "X, who added that ...": the relative pronoun is X, the content is the clause
    ("The plan was backed by Mayor Ann Holt, who said that the city could not wait.",
     ("Ann Holt", "the city could not wait")),
])
def test_speakers_the_parse_hangs_elsewhere(nlp, text, expected):
    assert expected in [(s, c) for s, c, _ in _found(nlp, text)]


def test_what_the_article_calls_a_company_is_that_company(nlp):
    text = ("Dalmora Foods cut its forecast on Monday. The confectioner said profit would "
            "fall 9%. A company spokesman said prices would rise.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["profit would fall 9%"] == "Dalmora Foods"
    assert got["prices would rise"] == "Dalmora Foods"
    # near miss: a relative clause whose object is the noun keeps the whole phrase
    text = "It would cost $9 million, a figure that Dan Roe said was exaggerated."
    assert [c for _, c, _ in _found(nlp, text)] == ["a figure that Dan Roe said was exaggerated"]


def test_transcript_turns_are_quotes_of_the_labelled_person(nlp):
    text = ("PRESENTER: Flooding has closed the bypass. Our transport correspondent, "
            "Ola Berg, reports.\n\nBERG: The council says the road may stay shut for a week. "
            "I spoke to its engineer, Tomas Lind.\n\nLIND: We cannot open it until the water "
            "drops. Safety comes first.\n\nBERG: Drivers are being told to avoid the area.")
    got = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Tomas Lind", "We cannot open it until the water drops. Safety comes first.") in got
    # near miss: the presenter's and the correspondent's own turns are narration
    assert not any(s in {"Ola Berg", "PRESENTER"} and c.startswith(("Drivers", "Flooding"))
                   for s, c in got)
    # near miss: one capitalised label is a heading, not a transcript
    assert _found(nlp, "UPDATE: The bypass has reopened, police said.")[0][1] == \
        "The bypass has reopened"


def test_a_second_that_clause_after_a_misparsed_first_is_its_own_statement(nlp):
    text = ("The minister, Ada Rook, said in a statement that the state would fund extra "
            "nurses for clinics, but that it had no plans to make the jab compulsory.")
    got = [c for _, c, _ in _found(nlp, text)]
    assert got == ["the state would fund extra nurses for clinics",
                   "it had no plans to make the jab compulsory"]


def test_a_change_from_an_earlier_figure_belongs_to_the_object(nlp):
    text = "The agency confirmed 31 cases on Friday, up from 19 a week ago."
    assert [c for _, c, _ in _found(nlp, text)] == ["31 cases on Friday, up from 19 a week ago"]


def test_party_and_state_are_not_a_role_and_a_dateline_is_not_in_a_sentence():
    from claims.extract import extract_batch
    from claims.models import Article
    from claims.nlp import load_nlp

    text = ("WASHINGTON (Newswire) — The House passed a $9 billion aid bill on Friday. "
            "Rep. Lena Ortiz, D-Ore., said the bill was overdue.")
    [(_, claims)] = list(extract_batch([Article(article_id="x", source="x", text=text)],
                                       load_nlp()))
    figure = next(c for c in claims if c.quantities)
    assert figure.sentence.startswith("The House passed")
    assert text[figure.sentence_start:].startswith(figure.sentence)
    said = next(c for c in claims if c.speaker)
    assert (said.speaker, said.speaker_role) == ("Lena Ortiz", "Rep.")


def test_forms_of_address_and_ages_are_not_roles_and_a_plea_is_not_a_statement(nlp):
    text = ("Dan Roe, 52, admitted 11 counts of theft. Defending, Ian Cole said his client "
            "was sorry. \"He regrets it,\" Mr Cole said.")
    got = _found(nlp, text)
    assert [c for _, c, _ in got] == ["his client was sorry", "He regrets it"]
    assert all(a.speaker_role != "Mr" for _, _, a in got)
    # near miss: a job before the name is still the role
    got = _found(nlp, "Finance chief Dr Ada Lee said costs rose.")
    assert got[0][2].speaker_role != "Dr"


def test_a_place_and_its_region_before_a_dash_is_a_dateline():
    from claims.datelines import dateline_end

    text = "Austin, Texas — The city council voted on Monday."
    assert text[:dateline_end(text)] == "Austin, Texas — "
    # near miss: an opening word and a name before a dash are a sentence
    assert dateline_end("However, Smith — who led the talks — said no.") == 0


def test_a_name_in_apposition_to_an_organisation_noun_is_that_organisation(nlp):
    text = ("In Italy, the rate dropped to 6.8%, according to the country's national "
            "statistics institute, Istat.")
    assert [s for s, _, _ in _found(nlp, text)] == ["Istat"]
    # near miss: a job noun with a name in apposition is a person
    text = "The rate dropped to 6.8%, according to the agency's director, Ana Ruiz."
    assert [s for s, _, _ in _found(nlp, text)] == ["Ana Ruiz"]


@pytest.mark.parametrize("text, content, speaker", [
    # "the teenager" / "the 47-year-old": the person just named
    ('Luca Ferri scored twice. "I just tried to be in the right place," the teenager said.',
     "I just tried to be in the right place", "Luca Ferri"),
    ("Coach Dean Cart lost again. The 47-year-old, whose side have won twice, said he "
     "still had the backing of the board.", "he still had the backing of the board",
     "Dean Cart"),
    # a job in apposition makes a person of a name NER took for a place
    ("Des Morrow, regional officer for the Food Workers Union, said the news was bad. "
     "He said the union would fight.", "the union would fight", "Des Morrow"),
    # "a man, who police said was known to her": police speak, the clause keeps its noun
    ("A 45-year-old man, who police said was known to Ms Osei, was arrested.",
     "A 45-year-old man, who police said was known to Ms Osei", "police"),
    # the parser split "that the average wait ... had fallen" into two clauses
    ("Minister Pat Lew told MPs that the average wait for a hearing had fallen from 54 "
     "weeks to 41 weeks.", "the average wait for a hearing had fallen from 54 weeks to 41 weeks",
     "Pat Lew"),
])
def test_speakers_and_clauses_the_parse_gets_wrong(nlp, text, content, speaker):
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got.get(content) == speaker, got


def test_live_blog_time_stamps_are_not_speakers():
    from claims.datelines import without_dateline

    text = "Trains were cancelled.\n\n09:03 — TrackLink now says the fault was cable theft."
    blanked = without_dateline(text)
    assert len(blanked) == len(text) and "09:03" not in blanked and "TrackLink" in blanked
    # near miss: a time inside a sentence is kept
    assert without_dateline("The train left at 10:30 - late.") == "The train left at 10:30 - late."


def test_a_bare_spokesperson_speaks_for_the_organisation_that_just_spoke(nlp):
    text = ("Corvane Rail insisted that safety would not suffer. \"No safety role is being "
            "removed,\" a spokeswoman said.")
    got = {c: (s, a.speaker_role) for s, c, a in _found(nlp, text)}
    assert got["No safety role is being removed"] == ("Corvane Rail", "spokeswoman")
    # near miss: after a person, a bare spokeswoman is not that person's organisation
    text = "Minister Ann Lee spoke first. \"No role is being removed,\" a spokeswoman said."
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["No role is being removed"] != "Ann Lee"


def test_the_described_organisation_is_the_one_named_in_the_sentence(nlp):
    text = "Corvane Trains will cut 1,500 jobs, the rail operator confirmed on Monday."
    assert [s for s, _, _ in _found(nlp, text)] == ["Corvane Trains"]
    # near miss: an organisation whose name says it is another kind is not the speaker
    text = "The Eastvale Water Company was fined $2 million, the state environment department said."
    assert [s for s, _, _ in _found(nlp, text)] != ["Eastvale Water Company"]


def test_a_participle_aside_misparsed_as_the_main_verb_keeps_its_speaker(nlp):
    text = 'Prime Minister Kofi Arden, asked about the levy, said it was "a mistake."'
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got.get('it was "a mistake."') == "Kofi Arden", got
    # near miss: "Asked about X, Y said" has its own subject, which still speaks
    text = 'Asked about the levy, the minister\'s deputy Ruth Ode said it was "a mistake."'
    assert [s for s, _, _ in _found(nlp, text)] == ["Ruth Ode"]


def test_an_unnamed_union_representative_is_not_the_company_just_quoted(nlp):
    text = ("The company said it would close its plant in Lodz. A union representative at "
            "the plant, who did not want to be named, said workers learned of it from the "
            'news. "Nobody has spoken to us," the representative said.')
    got = {c: s for s, c, _ in _found(nlp, text)}
    # (s32) the relative clause describes the person and is no part of the speaker
    described = "A union representative at the plant"
    assert got["workers learned of it from the news"] == described
    assert got["Nobody has spoken to us"] == described
    # near miss: a spokesman of the company just named still speaks for the company
    text = ("Brisk Foods said it would close its plant in Lodz. A company spokesman said "
            "workers had been told.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["workers had been told"] == "Brisk Foods"


def test_a_role_in_apposition_stops_before_its_relative_clause(nlp):
    text = ('"This is a credibility problem," said Lars Enge, an analyst at Fjord Equity, '
            'who rates the stock "sell."')
    roles = [a.speaker_role for _, _, a in _found(nlp, text)]
    assert roles == ["an analyst at Fjord Equity"]


def test_said_in_a_statement_read_to_the_court_that_reports_the_that_clause(nlp):
    text = ("The club's chairwoman, Dee Quill, said in a victim impact statement read to "
            "the court that the theft had nearly forced the club to fold.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got == {"the theft had nearly forced the club to fold": "Dee Quill"}, got


def test_a_courtesy_after_the_reported_clause_is_not_said(nlp):
    text = 'Ms Quill said the club was "relieved it is over" and thanked the community.'
    assert [c for _, c, _ in _found(nlp, text)] == ['the club was "relieved it is over"']
    # near miss: a second reported verb still belongs to the statement
    text = "Ms Quill said the club was relieved and added that it would carry on."
    assert "it would carry on" in [c for _, c, _ in _found(nlp, text)]


def test_the_role_given_where_a_person_is_named_carries_to_later_statements(nlp):
    text = ('Ashfield manager Ruth Cole was full of praise for her striker. "He deserves '
            'everything he gets," she said.')
    got = [(s, a.speaker_role) for s, _, a in _found(nlp, text)]
    assert got == [("Ruth Cole", "Ashfield manager")]
    # near miss: an age in apposition is not a role
    text = 'Dan Ebo, 21, scored. "It was the best day of my life," he said.'
    assert [a.speaker_role for _, _, a in _found(nlp, text)] == [None]


def test_unnamed_sources_and_a_named_one_of_the_companies(nlp):
    text = ("The agency is weighing sanctions, three people familiar with the matter said. "
            "The measures would target firms that officials believe have carried oil since "
            "January, according to one of the sources.\n\n"
            "One of the companies, Meridian Tankers, said it complied with all sanctions. "
            "It said it would cooperate with any inquiry.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["The measures would target firms that officials believe have carried oil "
               "since January"] == "people familiar with the matter", got
    assert got["it complied with all sanctions"] == "Meridian Tankers"
    # "it" is the company, never the group of people quoted before
    assert got["it would cooperate with any inquiry"] == "Meridian Tankers"
    # near miss: a belief that is the whole clause is still the believers' statement
    text = "Investigators believe the fire was started deliberately."
    assert [s for s, _, _ in _found(nlp, text)] == ["Investigators"]


def test_a_reporter_after_the_reported_clause_is_not_part_of_it(nlp):
    text = ("Spokesman Nasser Kanu condemned the move and said the sanctions would fail, "
            "state media reported.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got == {"the sanctions would fail": "Nasser Kanu"}, got


def test_a_subject_misread_as_what_the_speaker_talked_about(nlp):
    text = "The two charities said about one in five adults regularly slept less than six hours."
    assert [c for _, c, _ in _found(nlp, text)] == [
        "about one in five adults regularly slept less than six hours"]
    # near miss: the day something was said is not part of the clause
    text = "The company said on Monday it would cut 500 jobs."
    assert [c for _, c, _ in _found(nlp, text)] == ["it would cut 500 jobs"]


def test_pronouns_after_surnames_the_tagger_missed(nlp):
    text = ("Finance Minister Ana Ruiz defended the cut. Opposition leader Tomas Ibarra "
            'called it unfair. "The numbers are not credible," Ibarra said. He demanded an '
            "inquiry.\n\nRuiz, the finance minister, rejected the criticism. She said the "
            "numbers came from the statistics office.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["the numbers came from the statistics office"] == "Ana Ruiz", got


def test_it_said_after_the_companys_own_clause(nlp):
    text = ("Halden Foods shares fell 11 percent on Thursday.\n\nThe company now expects "
            "earnings of $2.10 a share, down from $2.60, it said in a statement.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got.get("The company now expects earnings of $2.10 a share, down from $2.60") \
        == "Halden Foods", got
    # near miss: another analyst named in apposition with "of" is the person
    text = "Another analyst, Wen Lo of Ardmore Capital, estimated that volumes fell."
    assert [s for s, _, _ in _found(nlp, text)] == ["Wen Lo"]


def test_people_named_in_apposition_and_by_kinship(nlp):
    text = ("Harriet Lowe, a composer, died on Sunday. Her son, Michael Lowe, said the cause "
            "was pneumonia. One former student, the conductor Elena Castel, said she was "
            'blunt. She is survived by a daughter, Ruth Lowe-Baines.\n\n"She never thought of '
            'herself as famous," her daughter said.')
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["the cause was pneumonia"] == "Michael Lowe", got
    assert got["she was blunt"] == "Elena Castel"
    assert got["She never thought of herself as famous"] == "Ruth Lowe-Baines"
    # near miss: "her sister" when no sister is named stays as written
    text = 'Ann Roe died on Sunday. "She was kind," her sister said.'
    assert [s for s, _, _ in _found(nlp, text)] != ["Ann Roe"]


def test_print_interview_labels_are_turns(nlp):
    text = ("Dr. Farah Nazi, a structural engineer, spoke to the Courier.\n\n"
            "Courier: How serious were the cracks?\n\n"
            "Nazi: Serious enough that closing the bridge was the only choice.\n\n"
            "Courier: Will the repair hold?\n\n"
            "Nazi: For now, yes.")
    got = [(s, text[a.content_start:a.content_end], a.speaker_role)
           for s, _, a in _found(nlp, text)]
    assert ("Farah Nazi", "Serious enough that closing the bridge was the only choice.",
            "a structural engineer") in got
    assert not any(s == "Courier" for s, _, _ in got)
    # near miss: one "Update:" heading is not a transcript
    text = "Update: Dr. Farah Nazi said the bridge would reopen."
    assert [c for _, c, _ in _found(nlp, text)] == ["the bridge would reopen"]


def test_a_campaign_named_by_its_candidate_is_not_the_rivals(nlp):
    text = ("Yvonne Akin's campaign said internal numbers showed her ahead. A spokeswoman for "
            "the Delane campaign said it was not conceding anything.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["it was not conceding anything"] != "Yvonne Akin's campaign", got


def test_a_named_persons_words_reported_by_another_are_the_reporters_statement(nlp):
    text = ("One former student, Elena Castel, said Ms. Lowe insisted that students "
            "transcribe recordings by hand.")
    got = [(s, c) for s, c, _ in _found(nlp, text)]
    assert got == [("Elena Castel",
                    "Ms. Lowe insisted that students transcribe recordings by hand")], got


def test_an_inquest_report_in_single_marks(nlp):
    from claims.extract import parser_text

    text = ("A coroner has called for changes to a junction, saying the council had been "
            "warned 'repeatedly'.\n\nDr Daniel Oko, 29, died in May. The senior coroner, "
            "Judith Penn, said the council had received four complaints.\n\n"
            "'It is clear to me that the layout contributed to Dr Oko's death,' the coroner "
            "said.\n\nThe lorry driver, Gary Whit, told the inquest he had checked his "
            "mirrors twice.\n\nDr Oko's mother, Grace Oko, said her son had done everything "
            "right. Mrs Oko said the family hoped no other parent would suffer.\n\n"
            "'How many coroners have to write these reports?' asked the charity's chief "
            "executive, Owen Blake.\n\nHe said the council should act within weeks.")
    doc = nlp(parser_text(text))
    got = {text[a.content_start:a.content_end]: (a.speaker, a.is_quote)
           for a in find_attributions(doc)}
    assert got["the council had been warned 'repeatedly'"][0] == "Judith Penn", got
    assert got["It is clear to me that the layout contributed to Dr Oko's death"] == \
        ("Judith Penn", True)
    assert got["he had checked his mirrors twice"][0] == "Gary Whit"
    assert got["the family hoped no other parent would suffer"][0] == "Grace Oko"
    assert got["the council should act within weeks"][0] == "Owen Blake"
    # near miss: "told the inquest, which sat for three days," is no statement
    doc = nlp("The driver told the inquest, which sat for three days, nothing new.")
    assert find_attributions(doc) == []


def test_nationality_nouns_quoted_sources_and_joint_ministries(nlp):
    text = ("Neil Carde scored the winner. \"There's no contact,\" the Scot said.\n\n"
            "The state news agency quoted Foreign Minister Arman Tel as saying the agreement "
            "was \"a victory for dialogue.\"\n\nCorvania and Belastan agreed to reopen the "
            "crossing, the Corvanian and Belastani foreign ministries said in a joint "
            "statement. The opposition Unity Party said on its Telegram channel that the deal "
            "rewards aggression.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["There's no contact"] == "Neil Carde", got
    assert got['the agreement was "a victory for dialogue."'] == "Arman Tel"
    assert got["Corvania and Belastan agreed to reopen the crossing"] == \
        "Corvanian and Belastani foreign ministries"
    assert got["the deal rewards aggression"] == "Unity Party"


def test_rulings_on_requests_and_closing_fragments(nlp):
    text = ("Judge Alma Fern rejected a defense request to exclude the photographs, saying "
            "the images were relevant.")
    got = [(s, c) for s, c, _ in _found(nlp, text)]
    assert got == [("Alma Fern", "the images were relevant")], got
    # near miss: rejecting a claim with its content is still a statement
    text = "Judge Alma Fern rejected the claim that the photographs were faked."
    assert [c for _, c, _ in _found(nlp, text)] != []
    text = ('Leah Ansel said the family had applied. She said she expected the loan to cover '
            'a third of the losses, "if we\'re lucky."')
    got = [c for _, c, _ in _found(nlp, text)]
    assert 'she expected the loan to cover a third of the losses, "if we\'re lucky."' in got
    assert "if we're lucky." not in got


def test_the_company_is_not_the_council(nlp):
    text = ("The City Council voted to rezone the site. Council member Ray Doming said the "
            "developer, Parkline Logistics, had agreed to pay for a signal. In a statement, "
            "the company said construction could begin next spring.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["construction could begin next spring"] == "Parkline Logistics", got


def test_a_company_ner_missed_and_its_spokesperson(nlp):
    text = ("Meridian Terminals on Tuesday hit back at the union, insisting that its pay offer "
            "would leave dockworkers better off.\n\nThe Calderwick Dockers' Union has said "
            "that the offer amounts to a cut. \"That claim is simply false,\" a Meridian "
            "spokesperson told Freight Wire.\n\nThe company said its offer of a 4.5 per cent "
            "increase compared favourably with the sector average.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["That claim is simply false"] == "Meridian Terminals", got
    assert got["its offer of a 4.5 per cent increase compared favourably with the sector "
               "average"] == "Meridian Terminals"
    # near miss: "said its offer, a 4.5 per cent increase," names a thing, no clause
    text = "The company said its offer on Friday."
    assert _found(nlp, text) == []


def test_figures_published_by_an_agency_and_shadow_titles(nlp):
    text = ("Figures published on Thursday by NHS England show 7.8 million people were "
            "waiting for treatment, up from 7.7 million in July.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got == {"7.8 million people were waiting for treatment, up from 7.7 million in "
                   "July": "NHS England"}, got
    # near miss: "a senior figure said" is a person, never a document
    text = "A senior figure in the party said the leader would stay."
    assert [s for s, _, _ in _found(nlp, text)] != ["party"]
    text = ("The health secretary has promised that hospitals will get 5,000 extra beds. "
            "But Labour's shadow health secretary, Priya Anand, said the pledge was recycled.")
    got = [s for s, c, _ in _found(nlp, text) if "extra beds" in c]
    assert got and "Priya Anand" not in got, got


def test_a_group_opening_the_sentence_is_not_a_name(nlp):
    text = "Analysts at Bernstein wrote in a note to clients that the impact was small."
    assert [s for s, _, _ in _found(nlp, text)] == ["analysts at Bernstein"]
    # near miss: a company whose one-word name opens the sentence stays a name
    text = "Lumio said on Wednesday that it would stop using customers' pictures."
    assert [s for s, _, _ in _found(nlp, text)] == ["Lumio"]


def test_a_backshifted_coordinated_verb_is_still_reported(nlp):
    text = ("The commission said it had serious concerns about the policy and had asked "
            "Lumio to pause it.")
    assert [c for _, c, _ in _found(nlp, text)] == [
        "it had serious concerns about the policy and had asked Lumio to pause it"]
    # near miss: the speaker's own act after the clause still ends it
    text = "The commission said it had serious concerns and asked Lumio to pause the policy."
    assert [c for _, c, _ in _found(nlp, text)] == ["it had serious concerns"]


def test_descriptive_nouns_with_names_and_estimates_from_firms(nlp):
    text = ("More than 900,000 homes were without power, the utility tracking site PowerWatch "
            "reported. Forecaster Jill Okafor said the rain would last. Insurers are bracing "
            "for losses of $8 billion, according to an estimate from the risk modelling firm "
            "Karen Clark & Co.")
    got = {c: (s, a.speaker_role) for s, c, a in _found(nlp, text)}
    assert got["More than 900,000 homes were without power"][0] == "PowerWatch", got
    assert got["Insurers are bracing for losses of $8 billion"][0] == "Karen Clark & Co."
    assert got["the rain would last"] == ("Jill Okafor", "Forecaster")
    # near miss: a job noun with a person's name in apposition stays the person
    text = "The site's editor, Jane Roe, said the outage was the worst in years."
    assert [s for s, _, _ in _found(nlp, text)] == ["Jane Roe"]


def test_party_tags_spouses_and_epithets(nlp):
    text = ("Sen. David Orlo, D-Ill., opened the hearing. Sen. Brian Tesk, D-Ore., asked the "
            "nominee how he would clear the backlog.\n\n\"That's a good answer,\" the Oregon "
            "Democrat said.\n\nBrian and Heather Lutt testified on opposite sides. Mrs. Lutt, "
            "a nurse, said a four-day week would help. Her husband said he could not take "
            "Mondays off.\n\nPaul Renn, director of the Institute for Public Economics, said "
            "the budget was tight. \"Look at 2028,\" the economist said.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["That's a good answer"] == "Brian Tesk", got
    assert got["a four-day week would help"] == "Heather Lutt"
    assert got["he could not take Mondays off"] == "Brian Lutt"
    assert got["Look at 2028"] == "Paul Renn"
    # near miss: a state that names no one of the party stays unresolved
    text = ("Sen. Brian Tesk, D-Ore., asked a question. \"No,\" the Texas Democrat said.")
    assert [s for s, _, _ in _found(nlp, text)] != ["Brian Tesk"]


def test_state_bodies_and_watchdogs_are_not_the_last_organisation_quoted(nlp):
    text = ("The study was published in the journal Freshwater Biology Letters, which said "
            "the method was new. A government spokesperson said it would consider the "
            "findings.\n\nThe Office for Fiscal Oversight (OFO), the government's independent "
            "forecaster, said the rise would raise £2.9bn. But the watchdog also said the "
            "buffer was small.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["it would consider the findings"] != "Freshwater Biology Letters", got
    assert got["the buffer was small"] == "Office for Fiscal Oversight (OFO)"


def test_a_consequence_participle_is_part_of_what_was_said(nlp):
    text = ("Administrator Armando Sito said three bridges were still under water, cutting off "
            "a dozen villages.")
    assert [c for _, c, _ in _found(nlp, text)] == [
        "three bridges were still under water, cutting off a dozen villages"]
    # near miss: the speaker's own act after the clause is not
    text = ("One of the people said the sale was needed to comply with spending rules, "
            "contradicting the chairman.")
    assert [c for _, c, _ in _found(nlp, text)] == [
        "the sale was needed to comply with spending rules"]


def test_reports_misread_as_a_verb_have_no_speaker(nlp):
    text = ('The Tull campaign said on Saturday that reports that Graham Tull had conceded '
            'defeat were "premature and wrong".')
    got = [(s, c) for s, c, _ in _found(nlp, text)]
    assert got == [("The Tull campaign", 'reports that Graham Tull had conceded defeat were '
                    '"premature and wrong"')], got
    # near miss: a relative "that" before a real speaker still has one
    text = "It would cost $800 million, a figure that Ann Roe said was exaggerated."
    assert [s for s, _, _ in _found(nlp, text)] == ["Ann Roe"]


def test_a_nationality_or_an_age_before_an_epithet_is_the_person_just_named(nlp):
    # ho9: "the Polish striker", after the person was named
    text = ("Marek Zelinski, who joined in May, said he was ready. \"I wanted this,\" said the "
            "Czech striker.\n\nAnna Brook scored twice. \"It was my night,\" said the "
            "19-year-old striker.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["I wanted this"] == "Marek Zelinski", got
    assert got["It was my night"] == "Anna Brook"
    # near miss: "the rival striker" is somebody else
    text = ("Marek Zelinski, who joined in May, said he was ready. \"He dived,\" said the "
            "rival striker.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got.get("He dived") != "Marek Zelinski", got


def test_a_lower_case_word_after_an_org_noun_is_not_a_name_and_railroads_are_companies(nlp):
    # ho9: "a union message board" named no organisation "message"; a railroad sells
    # transport, so "the union" is not the railroad
    text = ("Members of the Amalgamated Track Workers rejected the deal with Eastline Railroad, "
            "the union said. Eastline Railroad said it was disappointed. On a union message "
            "board, members urged a strike.\n\nParticipation was 58 percent, the union said.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["Participation was 58 percent"] == "Amalgamated Track Workers", got
    assert got["it was disappointed"] == "Eastline Railroad"
    # near miss: a capitalised name after the noun is still the organisation it names
    text = ("The union Rail Crews United said the offer was too low. Later the union said "
            "talks would resume.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["talks would resume"] == "Rail Crews United", got


def test_participle_adjectives_and_rulings_on_motions_are_not_statements(nlp):
    # ho9: "the rejected contract" is no cue; "denied a defense motion" is a ruling
    text = ("Later, the carrier said the rejected agreement offered drivers a 12 percent pay "
            "rise. Judge Ann Vale denied a defense motion to exclude the emails.")
    got = [c for _, c, _ in _found(nlp, text)]
    assert got == ["the rejected agreement offered drivers a 12 percent pay rise"], got
    # near miss: a denial with content is still a statement
    text = "The mayor denied that the contract had been rejected."
    assert [c for _, c, _ in _found(nlp, text)] == ["the contract had been rejected"]


def test_a_product_called_a_name_is_not_the_company(nlp):
    # ho9: "The glasses, called X," name a thing; "the company" is the maker
    text = ("Brisca Labs on Monday unveiled a smart ring. The ring, called Orbit, will go on "
            "sale in May for $299, the company said.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["The ring, called Orbit, will go on sale in May for $299"] == "Brisca Labs", got
    # near miss: a company called a name is that company
    text = ("Brisca Labs on Monday unveiled a smart ring. A startup called Orbitex Systems "
            "sued. The startup said the ring copied its patent.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["the ring copied its patent"] == "Orbitex Systems", got


def test_a_bare_spokesperson_after_an_organisation_subject(nlp):
    # ho9: the organisation was the subject of the sentence before, not a speaker
    text = ("Analyst Mia Kerr said the market was small. Brisca Labs, which has raised $300 "
            "million, did not disclose sales. A spokesperson said orders were strong.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["orders were strong"] == "Brisca Labs", got
    # near miss: a person subject nearer than the organisation keeps it unresolved
    text = ("Brisca Labs did not disclose sales. Its founder, Mia Kerr, declined to comment. "
            "A spokesperson said orders were strong.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["orders were strong"] != "Brisca Labs", got


def test_a_things_verb_after_but_goes_on_with_what_was_said(nlp):
    # ho9: "said the letter was "not hostile" but reflected frustration ..."
    text = ('Ann Vale signed it. In an interview, she said the petition was "not hostile" '
            'but reflected anger '
            'that advice had been ignored.')
    got = [c for _, c, _ in _found(nlp, text)]
    assert got == ['the petition was "not hostile" but reflected anger that advice had been '
                   'ignored'], got
    # near miss: the speaker's own act after "but" still ends the clause
    text = ('Ann Vale signed it. In an interview, she said the petition was "not hostile" '
            'but declined to '
            'discuss its authors.')
    got = [c for _, c, _ in _found(nlp, text)]
    assert got == ['the petition was "not hostile"'], got


def test_a_belief_closed_by_according_to_is_the_sources_statement(nlp):
    # ho9 (convention 4): the source's statement is the belief with its clause
    text = ("Detectives believe the same crew may have robbed two other shops this year, "
            "according to a police official who asked not to be named.")
    got = [(s, c) for s, c, _ in _found(nlp, text)]
    assert len(got) == 1 and got[0][1].startswith("Detectives believe the same crew"), got
    assert "official" in got[0][0]
    # near miss: a belief with no source stays the believers' statement
    text = "Detectives believe the same crew may have robbed two other shops this year."
    assert [s for s, _, _ in _found(nlp, text)] == ["Detectives"]


def test_a_finite_verb_hung_on_the_first_of_two_subjects_is_what_was_said(nlp):
    # ho9: "The truck plowed through ..., Lt. X said": the parser made "plowed" a modifier
    text = ("The car plowed into a bakery on High Street at about 1:15 a.m., Kelso Police "
            "Lt. Ruth Bane said at a briefing.")
    got = [(s, c) for s, c, _ in _found(nlp, text)]
    assert got == [("Ruth Bane", "The car plowed into a bakery on High Street at about "
                    "1:15 a.m")], got
    # near miss: a participle with its agent is the writer's description, not a clause
    text = ("The van driven by the suspect, Police Sgt. Nora Pell said, was stolen.")
    got = [c for _, c, _ in _found(nlp, text)]
    assert "The van driven by the suspect" not in got, got


def test_a_prosecutor_in_the_lede_is_the_attorney_named_later(nlp):
    # ho9: the title is written another way where the person is named
    text = ("A former treasurer stole $300,000 from a youth club, a federal prosecutor said "
            "in court on Monday.\n\n\"She took what was not hers,\" Assistant U.S. Attorney Lena "
            "Brandt said. The treasurer's lawyer, Tom Hale, said his client was innocent.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["A former treasurer stole $300,000 from a youth club"] == "Lena Brandt", got
    # near miss: with only a defence attorney named, the prosecutor stays unnamed
    text = ("A former treasurer stole $300,000 from a youth club, a federal prosecutor said "
            "in court on Monday. Her attorney, Tom Hale, said she was innocent.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["A former treasurer stole $300,000 from a youth club"] != "Tom Hale", got


def test_an_address_that_speaks_is_an_institution_for_its_spokesman(nlp):
    # ho9: "X Street later said ... a No 10 spokesman said": the body at the address
    text = ("Quarry Street later said the minister had its full support. Asked whether the "
            "plan would change, a No 4 spokesman said: \"Nothing has changed.\"")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["Nothing has changed."] == "Quarry Street", got
    # near miss: a person who lives on a street is still that person
    text = ("Ann Tobin, who lives on Mill Street, said the noise was constant. A "
            "spokesman said: \"We are looking into it.\"")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["the noise was constant"] == "Ann Tobin", got
    assert got["We are looking into it."] != "Mill Street", got


def test_a_time_clause_after_a_closing_quote_is_the_writers_account(nlp):
    # ho9: "admitted his side were 'second best ...' after a substitute struck twice"
    text = ('Coach Dana Reyes admitted her team were "outplayed for an hour" after '
            'substitute Kim Lo scored twice in the last ten minutes.')
    got = [c for _, c, _ in _found(nlp, text)]
    assert got == ['her team were "outplayed for an hour"'], got
    # near miss: without a closing quote before it, the time clause stays in the statement
    text = ('Coach Dana Reyes insisted her job was safe after substitute Kim Lo scored twice '
            'in the last ten minutes.')
    got = [c for _, c, _ in _found(nlp, text)]
    assert got == ["her job was safe after substitute Kim Lo scored twice in the last ten "
                   "minutes"], got


def test_a_relative_named_with_a_title_in_apposition_is_that_relative(nlp):
    # probe for the ho9 classes (same-surname families, titles like "Dr")
    text = ("The manager, Dr Priya Varda, told the board that 14 posts were vacant.\n\n"
            "Her husband, Dr Ravi Varda, a GP in the town, said patients would have to "
            "travel.")
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["patients would have to travel"] == "Ravi Varda", got
    # near miss: a bare "Dr Varda" later is still the one the article is about
    text += " Dr Varda said the closure was unavoidable."
    got = {c: s for s, c, _ in _found(nlp, text)}
    assert got["the closure was unavoidable"] == "Priya Varda", got


def test_a_writing_or_speaking_aside_keeps_its_subject_as_the_speaker(nlp):
    # probe for the ho9 class "writing on X": the parser gave the aside the subject
    for text in ("Sam Reid, writing in the local paper, said the mayor had ignored the "
                 "deficit.",
                 "Councillor Sam Reid, writing in the local paper, argued that the mayor had "
                 "ignored the deficit."):
        got = [(s, c) for s, c, _ in _found(nlp, text)]
        assert got == [("Sam Reid", "the mayor had ignored the deficit")], got
    # near miss: an aside with no subject of its own gives none
    text = "Writing in the local paper last week, the mayor had ignored the deficit."
    assert _found(nlp, text) == []


# (s79) a spokesperson after a question put to a body answers for the body asked
@pytest.mark.parametrize("text,expected", [
    ("The Harbour Trust says it has 30 staff. The Gazette asked the trust about the "
     "figures. A spokeswoman said the staff were counted separately.",
     ("Harbour Trust", "the staff were counted separately")),
    ("Corran Water says bills will rise. The Courier contacted Corran Water on Monday. "
     "A spokesman said the rise was needed.",
     ("Corran Water", "the rise was needed")),
])
def test_spokesperson_answers_for_the_body_asked(nlp, text, expected):
    assert expected in [(s, c) for s, c, _ in _found(nlp, text)]


def test_spokesperson_after_a_question_to_a_person_is_not_that_person(nlp):
    # near miss: the one asked is a person, who has no spokesperson here
    text = ("The Courier asked Mr Pell about the figures. A spokeswoman said the staff "
            "were counted separately.")
    assert all(s != "Pell" and "Pell" not in s for s, _, _ in _found(nlp, text))


def test_clause_after_an_aside_with_the_speakers_own_subject_goes_on(nlp):
    # s81: "A, X said, and its B": a subject owned by a possessive pronoun is the speaker's
    # own affair; before, only the clause after the aside was kept (or A alone)
    text = ("Of the town's 120 parks, 9 are rated unsafe, the borough said, and its £2m "
            "yearly repair budget has been frozen since 2019.")
    found = _found(nlp, text)
    assert [(s, c) for s, c, _ in found] == [("the borough", text[:-1])]
    text = "Sales fell by 8% last year, the company said, and its debt has doubled since 2020."
    assert [c for _, c, _ in _found(nlp, text)] == [text[:-1]]


def test_clause_after_an_aside_with_a_subject_of_its_own_is_not_the_speakers(nlp):
    # near miss (a49's rule kept): "he said, and the mayor agreed" is narration
    text = "Of the town's 120 parks, 9 are rated unsafe, the borough said, and the mayor agreed."
    assert [c for _, c, _ in _found(nlp, text)] == ["Of the town's 120 parks, 9 are rated unsafe"]


def test_comparison_after_an_aside_belongs_to_the_statement(nlp):
    # s81: "A, X said, up from N": before, cut at the aside, or only the comparison kept
    for text in ["Member numbers are 12,300, the club said, up from 11,900 three years ago.",
                 "Profits were £4m, the firm said, down from £6m a year earlier.",
                 "Visits fell from 2.1m to 1.3m, the trust said, a fall of 38%."]:
        found = _found(nlp, text)
        assert [c for _, c, _ in found] == [text[:-1]], text


def test_phrase_without_a_figure_after_an_aside_is_not_the_statement(nlp):
    # near miss: no number in the tail ("in a statement"), or the tail on the cue itself
    found = _found(nlp, "Member numbers are 12,300, the club said, in a statement.")
    assert [c for _, c, _ in found] == ["Member numbers are 12,300"]
    found = _found(nlp, "Member numbers are 12,300, the club said on Monday.")
    assert [c for _, c, _ in found] == ["Member numbers are 12,300"]


def test_regulator_is_the_body_named_for_regulation(nlp):
    # (s80) "the regulator" is the body whose name says it regulates ("Office of ...
    # Regulation"), not the council quoted just before
    text = ("The Office of Energy Regulation said the company had missed its target. The Gas "
            "Consumers Council, which speaks for customers, said most complaints took longer. "
            "The regulator said the average wait was 19 days.")
    found = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Office of Energy Regulation", "the average wait was 19 days") in found


def test_company_is_not_the_body_named_for_regulation(nlp):
    # near miss: "the company" is still the company quoted, not the regulation office
    text = ("The Office of Energy Regulation said the company had missed its target. Hollin "
            "Energy said it answered complaints within a week. The company said the average "
            "wait was 19 days.")
    found = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Hollin Energy", "the average wait was 19 days") in found


def test_a_group_for_regulatory_reform_is_not_the_regulator(nlp):
    # (f81) "Regulatory" qualifying what a group campaigns on ("Regulatory Reform Group")
    # does not make the group "the regulator": that stays the body quoted last
    text = ("The Regulatory Reform Group said the company had missed its target. The Gas "
            "Consumers Council said most complaints took longer. The regulator said the "
            "average wait was 19 days.")
    found = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Regulatory Reform Group", "the average wait was 19 days") not in found


@pytest.mark.parametrize("name", ["Office of Water Regulation", "Energy Regulatory Authority",
                                  "Regulatory Authority for Energy"])
def test_a_body_whose_head_says_regulation_is_still_a_regulator(name):
    # near miss: the function word in the name's head or at its end still types the body
    from claims.speakers import _name_function_kinds
    assert "regulator" in _name_function_kinds(name)
    assert not _name_function_kinds("Regulatory Reform Group")


@pytest.mark.parametrize("text", [
    ("Maria Stone, who chairs the group, disputed the count. The group would send its "
     "records to the council, she said. \"We want the figures checked by someone else.\""),
    ("Maria Stone, who chairs the group, disputed the count. She said the group would send "
     "its records to the council. \"We want the figures checked by someone else.\""),
])
def test_quote_after_a_reported_statement_goes_on_in_its_speakers_words(nlp, text):
    # (s80) a whole-sentence quote with no cue right after a reported statement is the
    # reporting sentence's speaker's, as one right after a quote is
    found = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Maria Stone", "We want the figures checked by someone else.") in found


def test_quote_after_an_unattributed_sentence_takes_no_speaker(nlp):
    # near miss: the sentence before reports nobody's words, so the quote has no speaker
    text = ("Maria Stone, who chairs the group, disputed the count. The group would send its "
            "records to the council. \"We want the figures checked by someone else.\"")
    assert all("figures checked" not in c for _, c, _ in _found(nlp, text))


@pytest.mark.parametrize("text", [
    ("The council will review the plan, Mr Dale said. \"We will not close the ward.\" Those "
     "were the words of Ms Roe, the trust's chief executive."),
    ("The council will review the plan, Mr Dale said. \"We will not close the ward,\" came "
     "the reply from Ms Roe."),
])
def test_quote_whose_owner_the_next_words_name_is_not_the_reporters_before(nlp, text):
    # (f81) a cueless quote after reported speech is not the reporter's when the words
    # right after it name its owner ("Those were the words of X", "came the reply from X")
    found = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Roe", "We will not close the ward") in [(s, c.rstrip(".")) for s, c in found]
    assert all(not (s == "Dale" and "close the ward" in c) for s, c in found)


def test_quote_after_report_keeps_reporter_when_next_words_name_no_owner(nlp):
    # near miss: "The words of the minister were ignored" does not point back at the quote
    # (no demonstrative subject), so the quote stays the reporter's
    text = ("The council will review the plan, Mr Dale said. \"We will not close the ward.\" "
            "The words of the minister were ignored.")
    found = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Dale", "We will not close the ward.") in found


def test_finding_after_a_verb_is_its_subjects(nlp):
    # (s80) "after finding that A and that B": the one who found is the subject of the
    # verb the time phrase hangs on
    text = ("The Schools Inspectorate rated Kellow Academy \"inadequate\" in March, after "
            "finding that pupils had been left without teachers and that exams had been "
            "marked late.")
    found = [(s, c) for s, c, _ in _found(nlp, text)]
    assert ("Schools Inspectorate", "pupils had been left without teachers") in found
    assert ("Schools Inspectorate", "exams had been marked late") in found


def test_saying_for_which_one_is_praised_is_not_the_praisers(nlp):
    # near miss: "praised the union for saying A" - "for" is no time phrase; the praiser
    # did not say A
    text = "The minister praised the union for saying that the strike would end."
    assert all(s != "minister" and "minister" not in s.lower() for s, _, _ in _found(nlp, text))
