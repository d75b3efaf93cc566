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
    pairs = bench.match(text, item["statements"], preds)
    found = {gi for gi, _, ok in pairs if ok}
    missing = [s for gi, s in enumerate(item["statements"]) if gi not in found]
    assert not missing, missing


def test_gold_targets(nlp):
    r = _bench().evaluate(nlp=nlp, with_textacy=False)
    p, rec, f1 = r["ours"]["both"]
    assert f1 >= 0.90, r["ours"]
    assert r["ours"]["speaker_accuracy"] >= 0.95, r["ours"]
