"""Rules of the n9 round of the numeric conflict rule: measure synonyms read from a data
file of groups, figures about different entities given by one source, the tolerance of
precisely written figures, the subject of "Turnout was ..." as a figure's measure, a
change's baseline ("up from 58%"), figures dated to different named days, and "there are"
as a stock. Sentences written for these tests; each rule has a near miss. The probe set
tests/gold/conflicts_probe_n9.jsonl (invented articles) is scored at the end."""

import sys
from datetime import date
from pathlib import Path

from claims.conflicts.numeric import _significant_digits, interval
from claims.lexicon import measure_synonyms
from claims.overlap import stem
from tests.claims.test_figure_roles import _figure, _numeric

DAY = date(2027, 5, 11)  # a Tuesday


def _flags(nlp, a, b, a_day=DAY, b_day=DAY):
    return bool(_numeric(nlp, a, b, a_day, b_day))


# --- measure synonyms ----------------------------------------------------------------------


def test_synonym_groups_of_both_files():
    groups = measure_synonyms()
    assert stem("posts") in groups[stem("jobs")]
    assert stem("tuition") in groups[stem("fees")]
    assert stem("shortfall") in groups[stem("deficit")]
    assert stem("protesters") in groups[stem("crowd")]
    # a group of the first file keeps its words
    assert stem("fatalities") in groups[stem("deaths")]
    assert stem("tuition") not in groups[stem("jobs")]
    # groups are not joined through a shared word: "jobs" is in both, but workers are
    # no redundancies ("no redundancies" / "trained 40 workers" is no conflict)
    assert stem("redundancies") in groups[stem("jobs")] and stem("workers") in groups[stem("jobs")]
    assert stem("redundancies") not in groups[stem("workers")]


def test_crowd_against_protesters(nlp):
    a = "Police estimated the crowd at the Vellin pension rally at 12,000 on Saturday."
    b = "Organisers of the Vellin pension rally said 80,000 protesters joined the march on Saturday."
    assert _flags(nlp, a, b)
    # Near miss: a count of arrests at the same rally measures something else.
    b = "Police said 80 protesters were arrested at the Vellin pension rally on Saturday."
    assert not _flags(nlp, a, b)


def test_deficit_against_shortfall(nlp):
    a = "Orrin County Council faces a budget deficit of £1.4 billion next year, its treasurer said."
    b = "The budget shortfall at Orrin County Council will be £2.6 billion next year, auditors said."
    assert _flags(nlp, a, b)
    # Near miss: the shortfall of another year.
    b = "The budget shortfall at Orrin County Council was £2.6 billion in 2019, auditors said."
    assert not _flags(nlp, a, b)


# --- one source speaking for figures about different entities -------------------------------


def test_one_source_for_two_candidates_is_no_tie(nlp):
    a = "Anna Kowalski won 57% of the vote in Sunday's run-off, the election board said."
    b = "Her opponent Peter Brandt took 43% of the vote, the election board said."
    assert not _flags(nlp, a, b)
    # Near miss: the same candidate given two shares is still a conflict.
    b = "Anna Kowalski won 49% of the vote in Sunday's run-off, the election board said."
    assert _flags(nlp, a, b)


# --- the tolerance of precise figures --------------------------------------------------------


def test_significant_digits():
    assert _significant_digits("£9,250 a year") == 3
    assert _significant_digits("£9,500") == 2
    assert _significant_digits("5.25%") == 3
    assert _significant_digits("$5 billion") == 1
    assert _significant_digits("Twelve") == 0


def test_precise_fee_against_another(nlp):
    a = "Pellam University will charge tuition fees of £9,250 a year from September, its registrar said."
    b = "Students at Pellam University will pay £9,500 annually in tuition fees from September, the students' union said."
    assert _flags(nlp, a, b)
    # Near miss: a rounding of the same fee is no rival.
    b = "Students at Pellam University will pay about £9,300 annually in tuition fees from September, the students' union said."
    assert not _flags(nlp, a, b)


def test_one_digit_figures_keep_the_rounding_tolerance(nlp):
    q, _ = _figure(nlp, "The Kessel tunnel will cost $5 billion, the ministry said.", "$5 billion")
    low, high = interval(q, 0.05)
    assert low < 4.8e9 and high > 5.2e9
    q, _ = _figure(nlp, "Fees will be £9,250 a year, the university said.", "£9,250 a year")
    low, high = interval(q, 0.05)
    assert 9_100 < low and high < 9_400


# --- the subject of a copula as the measure ---------------------------------------------------


def test_turnout_was_against_turnout_was(nlp):
    a = "Turnout in the Marrowby by-election was 47 per cent, the returning officer said."
    b = "Turnout was just over 58 per cent in the Marrowby by-election, according to the council."
    assert _flags(nlp, a, b)
    # Near miss: a figure inside the other's qualified range.
    b = "Turnout was just over 46 per cent in the Marrowby by-election, according to the council."
    assert not _flags(nlp, a, b)


# --- a change's baseline ----------------------------------------------------------------------


def test_baseline_is_no_rival(nlp):
    a = "Turnout in the Corby Vale mayoral race was 63%, the electoral office said."
    b = "Turnout in the Corby Vale mayoral race was 63%, up from 55% at the previous contest, the council said."
    assert not _flags(nlp, a, b)
    # Near miss: the same figure stated as the current one is a rival.
    b = "Turnout in the Corby Vale mayoral race was 55%, the council said."
    assert _flags(nlp, a, b)


# --- figures of different named days ----------------------------------------------------------


def test_figures_of_two_named_days(nlp):
    a = "Temperatures in Sarrow reached 42C on Monday, the weather service said."
    b = "Temperatures in Sarrow could reach 36C on Thursday, forecasters said."
    assert not _flags(nlp, a, b)
    # Near miss: two readings of one day conflict.
    b = "Temperatures in Sarrow reached 36C on Monday, a local station recorded."
    assert _flags(nlp, a, b)


# --- "there are" as a stock -------------------------------------------------------------------


def test_there_are_against_has(nlp):
    a = "There are currently 6,200 households on the Dunmere council housing waiting list, officials said."
    b = "Dunmere council has around 11,000 households on its housing waiting list, a charity said."
    assert _flags(nlp, a, b)
    # Near miss: households added to the list are not the list.
    b = "Around 1,100 households were added to the Dunmere council housing waiting list this year, a charity said."
    assert not _flags(nlp, a, b)


# --- the probe set ----------------------------------------------------------------------------


def test_probe_set(nlp, capsys):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from conflicts_eval import evaluate
    from gold_claims import read_jsonl

    result = evaluate(read_jsonl("conflicts_probe_n9.jsonl"), nlp)
    found, total = map(int, result["recall numeric"].split("/"))
    assert found >= total - 1
    assert result["false alarms on non-conflicts"] == 0


# --- one measure in articles of one story -----------------------------------------------------

STORY_A = ("Bus drivers at Halloran Coaches began a 48-hour strike over pay on Monday. "
           "About 1,400 drivers belonging to the Transport Workers' Guild (TWG) are taking part, the guild said. "
           "Halloran Coaches said its managers were driving some routes around Penmouth and that schools had been warned.")
STORY_B = ("Penmouth commuters faced long queues on Monday as the Halloran Coaches strike began. "
           "Some 2,600 drivers walked out in the second stoppage since March, disrupting school runs across the county. "
           "Halloran Coaches said managers were covering some routes and apologised to passengers in Penmouth.")


def test_one_measure_in_one_story(nlp):
    assert _flags(nlp, STORY_A, STORY_B)
    # Near miss: the same count in the other article's words is no rival.
    assert not _flags(nlp, STORY_A, STORY_B.replace("Some 2,600 drivers", "Some 1,400 drivers"))
