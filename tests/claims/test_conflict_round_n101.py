"""Round n101 (figures with no noun of their own): docs/conflicts.md, "Round n101". A
figure named only as "the number" / "the figure" (nr44's `_named_figure`) takes the
measure of the nearest figure before it of its order (`numeric._named_antecedent`), not a
small count of another noun in between ("at the nine practices"); the pattern reads a
quote mark before the figure ('put the number at "well over 900"') and an adverb of time
after the copula ("the number was still 42"); and a party's figure so named is no
background to the writer's figure it takes its measure from (`_background_figure`).
Sentences written for these tests, about none of the gold cases; each rule has a near miss."""

from claims.conflicts import find_conflicts
from claims.conflicts.numeric import NAMED_FIGURE, _of_one_order
from tests.claims.test_conflict_round_q24 import DAY, _claims

PATIENTS = "The trust said 14,000 patients were waiting for surgery at its three hospitals."
WATCHDOG = "The health watchdog Care Check put the number at 19,500."
SERVICES = "The operator Redline Buses said it had cancelled 520 services in the summer."
QUOTED = 'The drivers\' union put the number at "well over 900".'
COURSES = "The union said 65 courses would close at the two colleges."
STILL = "The college said the number was still 42, and that the union had counted merged courses twice."
LIST = "The waiting list for a council home in Dunmere now stands at 8,200."
TRUE = "The tenants' group Homes First said the true figure was nearer 12,000."


def _reasons(nlp, *texts):
    refs = []
    for n, (text, outlet) in enumerate(texts):
        refs += _claims(nlp, "abc"[n], text, outlet, DAY)
    return [c.reason for c in find_conflicts(refs)]


def _pair(reasons, x, y):
    return any(x in r and y in r for r in reasons)


def test_the_patterns():
    for opening in ('The union put the number at "well over ', "The college said the number was still ",
                    "The board said the total is now ", "Campaigners said the real figure was actually "):
        assert NAMED_FIGURE.search(opening), opening
    # Near miss: an adverb before the noun's verb is not read ("the number still rose to").
    assert not NAMED_FIGURE.search("The college said the number still rose to ")


def test_of_one_order():
    assert _of_one_order(21_000, 27_500) and _of_one_order(42, 65)
    assert not _of_one_order(9, 27_500) and not _of_one_order(None, 5) and not _of_one_order(0, 5)


def test_the_named_figure_rivals_the_count_of_its_order(nlp):
    # "the number" is of the patients (14,000), not of the three hospitals named after them
    assert _pair(_reasons(nlp, (PATIENTS + " " + WATCHDOG, "Outlet A")), "19,500", "14,000")


def test_a_quoted_figure_and_still(nlp):
    assert _pair(_reasons(nlp, (SERVICES, "Outlet A"), (SERVICES + " " + QUOTED, "Outlet B")), "900", "520")
    assert _pair(_reasons(nlp, (COURSES + " " + STILL, "Outlet A")), "65", "42")


def test_a_true_figure_answers_the_writers_figure(nlp):
    assert _pair(_reasons(nlp, (LIST + " " + TRUE, "Outlet A")), "12,000", "8,200")


def test_near_miss_a_figure_of_another_order_stays_background(nlp):
    # The writer's figure that is not the one "the true figure" answers (another order of
    # size, a total of all patients) is still background to it.
    other = "The county has 310,000 patients on its doctors' lists."
    reasons = _reasons(nlp, (other + " " + TRUE, "Outlet A"))
    assert not _pair(reasons, "12,000", "310,000"), reasons


def test_the_writers_named_figure_answers_a_partys_count(nlp):
    # the estimating sentence read as the writer's (its source, the trust, left unread as a
    # speaker, as the extractor does in longer stories), the count before it a party's: a
    # rival account of the same count, not background
    boats = "The Boat Owners' Association said 64 boats had been stranded by the breach."
    trust = "The trust still puts the figure at 38."
    refs = []
    for r in _claims(nlp, "a", boats + " " + trust, "Outlet A", DAY):
        if "38" in r.claim.text:
            claim = r.claim.model_copy(update={"speaker": None, "speaker_role": None, "speaker_mention": None})
            r = r.model_copy(update={"claim": claim})
        refs.append(r)
    assert any(r.claim.speaker is None for r in refs)
    reasons = [c.reason for c in find_conflicts(refs)]
    assert _pair(reasons, "64", "38"), reasons
