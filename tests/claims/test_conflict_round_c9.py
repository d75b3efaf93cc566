"""Rules of the c9 conflict round: working against failing and running against offline,
denials of a class of data against a member of it, what was done to a count by the verb
before it, and not-yet-done events. Sentences written for these tests; each rule has a
near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _conflicts


def _kinds(nlp, a_text, b_text, a_day=date(2027, 6, 2), b_day=date(2027, 6, 3)):
    return [c.kind for c in _conflicts(nlp, a_text, b_text, a_day, b_day)]


# --- working against failing, running against offline ----------------------------------------


def test_sprinklers_functioned_correctly_against_sprinklers_faulty(nlp):
    a = "A blaze gutted the Orlin timber yard on Monday. The yard's owner Pemcraft said the sprinklers functioned correctly during the Orlin yard blaze."
    b = "Firefighters at the Orlin timber yard blaze on Monday said the sprinklers in the main shed were faulty."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: something else of the yard said faulty (the phone line), sprinklers unsaid.
    b = "Firefighters at the Orlin timber yard blaze on Monday said the night watchman arrived late."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_portal_operating_normally_against_portal_offline(nlp):
    a = "After the ransomware attack on Tessel Bank, the lender said its customer portal was operating normally on Tuesday."
    b = "Customers of Tessel Bank said the customer portal had been offline since the ransomware attack on Tuesday."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: both sides agree the portal is running.
    b = "Customers of Tessel Bank said the customer portal was running normally again after the ransomware attack on Tuesday."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- a class of data denied, a member of it taken ------------------------------------------


def test_no_payment_data_against_card_numbers_among_the_files(nlp):
    a = "Hackers broke into the Dovecote Energy billing system last week. Dovecote Energy said no payment data was accessed in the Dovecote breach."
    b = "Researchers studying the Dovecote Energy breach said debit card numbers were among the files leaked last week."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: what was leaked is no payment data (meter readings).
    b = "Researchers studying the Dovecote Energy breach said meter readings were among the files leaked last week."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_no_personal_information_against_a_sample_including_email_addresses(nlp):
    a = "The Quarrel Games forum was hacked on Friday. Quarrel Games said no personal information was taken from the Quarrel forum."
    b = "A sample posted online by the Quarrel forum hackers on Friday included email addresses, researchers said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: a denial of another class (passwords) is not answered by email addresses read
    # after "included": that verb names parts of many things.
    a = "The Quarrel Games forum was hacked on Friday. Quarrel Games said no passwords were taken from the Quarrel forum."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_the_class_and_its_members_read():
    from claims.conflicts.contradictions import _denied_things, _included_denial, _included_things
    assert _included_denial(_denied_things("no financial information was accessed"),
                            _included_things("card details were among the files posted"))
    # Near miss: a member word in another sense ("the date of the audit") is no personal data.
    assert not _included_denial(_denied_things("no personal data was taken"),
                                _included_things("the files contained the date of the next audit."))


# --- what was done to a count, read from the verb before it -------------------------------


def test_no_evacuations_against_crews_evacuated_a_count(nlp):
    a = "A gas leak closed Brindle Lane in Hobbsford on Thursday. Hobbsford council said no evacuations had been needed after the Brindle Lane gas leak."
    b = "Fire crews evacuated 45 pupils from Brindle Lane primary school during the Hobbsford gas leak on Thursday, parents said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: a count of people something else was done to (counted, not evacuated).
    b = "Fire crews counted 45 pupils at Brindle Lane primary school during the Hobbsford gas leak on Thursday, parents said."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- "that comparison": a demonstrative points at the figures right before it -------------


def _disputes(nlp, text):
    refs = _claims(nlp, "a", text, "Outlet A", date(2027, 6, 2))
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in find_conflicts(refs)
            if c.kind is ConflictKind.DISPUTE]


def test_that_comparison_answers_the_figures_before_it(nlp):
    text = ("An independent review of the Fenwick rail franchise was published on Monday. "
            "Trains ran late on 31% of Fenwick routes last winter, against 12% on rival lines, the review's tables show. "
            "Fenwick Rail called that comparison misleading, saying its routes were longer.")
    pairs = _disputes(nlp, text)
    assert any("31%" in a or "31%" in b for a, b in pairs)
    # Near miss: the figures come after it; a demonstrative points back, not forward.
    text = ("An independent review of the Fenwick rail franchise was published on Monday. "
            "Fenwick Rail called that comparison misleading, saying its routes were longer. "
            "Trains ran late on 31% of Fenwick routes last winter, against 12% on rival lines, the review's tables show.")
    assert not any("31%" in a or "31%" in b for a, b in _disputes(nlp, text))


# --- "The estimate ... is a figure that X said was exaggerated" ----------------------------


def test_the_estimate_in_the_next_sentence_is_the_figure_before(nlp):
    text = ("Surveyors for the Larkmoor council have put the cost of repairing the Larkmoor viaduct at about £8 million, according to a report seen by the Post.\n\n"
            "The estimate, which covers the destroyed arches and the parapet, is a figure that the rail operator said was wildly inflated.")
    pairs = _disputes(nlp, text)
    assert any("£8 million" in a or "£8 million" in b for a, b in pairs)
    # Near miss: a sentence that gives its own figure is the one rejected, not the one before.
    text = ("Surveyors for the Larkmoor council have put the cost of repairing the Larkmoor viaduct at about £8 million, according to a report seen by the Post.\n\n"
            "The rail operator's own estimate of £3 million for the arches is a figure that the council said was wildly understated.")
    pairs = _disputes(nlp, text)
    assert not any("£8 million" in a or "£8 million" in b for a, b in pairs)


# --- finances sound against running out of cash; a deal in trouble --------------------------


def test_reserves_healthy_against_running_out_of_cash(nlp):
    a = "The Brackwater Housing Trust board met on Monday to discuss its budget. The trust said its cash reserves remained healthy despite the Brackwater repairs backlog."
    b = "Leaked Brackwater Housing Trust board papers seen on Monday warned the trust could run out of cash by next spring because of its repairs backlog."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: spending a budget by a date is no running out of cash.
    b = "Leaked Brackwater Housing Trust board papers seen on Monday warned the trust could spend its repairs budget by next spring."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_reports_of_a_deal_in_trouble_answer_talks_that_stalled(nlp):
    text_a = ("Talks over the sale of Quenby Rovers to the Arlow consortium have stalled over the club's debts, "
              "people close to the Quenby negotiations said on Tuesday.")
    text_b = ("Quenby Rovers chairman Dell Maris said on Wednesday that reports that the Arlow takeover of Quenby Rovers "
              "was in trouble were wrong.")
    refs = _claims(nlp, "a", text_a, "Outlet A", date(2027, 6, 2)) + _claims(nlp, "b", text_b, "Outlet B", date(2027, 6, 3))
    assert any(c.kind is ConflictKind.DISPUTE and "stalled" in " ".join(r.claim.text for r in refs
               if r.claim.claim_id in (c.claim_a, c.claim_b)) for c in find_conflicts(refs))
    # Near miss: talks said to be progressing are not what "reports ... in trouble" reject.
    text_a = ("Talks over the sale of Quenby Rovers to the Arlow consortium are progressing despite the club's debts, "
              "people close to the Quenby negotiations said on Tuesday.")
    refs = _claims(nlp, "a", text_a, "Outlet A", date(2027, 6, 2)) + _claims(nlp, "b", text_b, "Outlet B", date(2027, 6, 3))
    assert not any(c.kind is ConflictKind.DISPUTE and "progressing" in " ".join(r.claim.text for r in refs
                   if r.claim.claim_id in (c.claim_a, c.claim_b)) for c in find_conflicts(refs))


# --- "wrong" of a fault is no rejection ------------------------------------------------------


def test_wrong_of_a_fault_is_no_rejection():
    from claims.lexicon import rejects
    assert not rejects("logs showed the intruders were inside for weeks before staff noticed anything was wrong")
    assert not rejects("engineers are still working out what went wrong")
    # Near miss: "wrong" said of what someone claimed still rejects it.
    assert rejects("reports that the intruders were inside for weeks are wrong")


def test_a_finding_ending_in_anything_was_wrong_can_be_rejected(nlp):
    text_a = ("Logs from the Pendle Water billing system showed the intruders went unnoticed for six weeks before staff "
              "noticed anything was wrong, said analyst Cora Vance of Ironleaf Security.")
    text_b = ("Pendle Water spokesperson Ian Brede called the claim that the intruders went unnoticed for weeks inaccurate.")
    refs = _claims(nlp, "a", text_a, "Outlet A", date(2027, 6, 2)) + _claims(nlp, "b", text_b, "Outlet B", date(2027, 6, 3))
    by_id = {r.claim.claim_id: r.claim.text for r in refs}
    disputes = [(by_id[c.claim_a], by_id[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]
    assert any("six weeks" in a or "six weeks" in b for a, b in disputes)


# --- not yet undergone against passed ------------------------------------------------------


def test_passed_a_medical_against_yet_to_undergo_one(nlp):
    a = "Goalkeeper Teo Marsh has passed his medical at Dunlow Athletic ahead of his move from Cray Town, Dunlow said on Monday."
    b = "Teo Marsh is yet to undergo a medical at Dunlow Athletic, and his move from Cray Town could still stall, Cray Town said on Monday."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: a medical still to come agrees with one not yet undergone.
    a = "Goalkeeper Teo Marsh will undergo a medical at Dunlow Athletic ahead of his move from Cray Town, Dunlow said on Monday."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- more rebuttal words ---------------------------------------------------------------------


def test_unrealistic_rejects_a_forecast(nlp):
    text_a = "The Selby port authority forecast that container traffic at Selby would double to 2 million boxes by 2030."
    text_b = "Shipping analyst Mara Finch of Coldharbour Research called the Selby port authority's forecast unrealistic."
    refs = _claims(nlp, "a", text_a, "Outlet A", date(2027, 6, 2)) + _claims(nlp, "b", text_b, "Outlet B", date(2027, 6, 3))
    assert ConflictKind.DISPUTE in [c.kind for c in find_conflicts(refs)]
    # Near miss: "realistic" accepts it.
    text_b = "Shipping analyst Mara Finch of Coldharbour Research called the Selby port authority's forecast realistic."
    refs = _claims(nlp, "a", text_a, "Outlet A", date(2027, 6, 2)) + _claims(nlp, "b", text_b, "Outlet B", date(2027, 6, 3))
    assert ConflictKind.DISPUTE not in [c.kind for c in find_conflicts(refs)]


# --- a sentence set in a year long past is history ------------------------------------------


def _numeric_kinds(nlp, a_text, b_text):
    return [k for k in _kinds(nlp, a_text, b_text) if k is ConflictKind.NUMERIC]


def test_a_count_of_a_year_long_past_is_no_rival_count(nlp):
    today = "The Harl river burst its banks at Wenby on Sunday, and Wenby council said 260 homes in Wenby had been flooded."
    past = "In the 2019 floods, about 700 homes in Wenby were flooded when the Harl river burst its banks."
    assert not _numeric_kinds(nlp, today, past)
    # Near miss: a sentence of no year is today's count, and conflicts.
    rival = "Residents said about 700 homes in Wenby had been flooded when the Harl river burst its banks on Sunday."
    assert _numeric_kinds(nlp, today, rival)


def test_a_figure_dated_to_a_year_long_past_is_no_rival_value(nlp):
    today = "Turnout in the Marsh Vale by-election was 36%, the returning officer said on Friday."
    past = "Turnout in Marsh Vale has fallen sharply from 52% in 2019, a local historian said on Friday."
    assert not _numeric_kinds(nlp, today, past)
    # Near miss: a figure dated "since 2019" runs to the present, and conflicts. (p23: "has
    # averaged 52%" was the wording; an average against one by-election's figure is now no
    # rival, `_average_against_one`, so the turnout is said to have held.)
    since = "Turnout in Marsh Vale by-elections has held at 52% since 2019, a local historian said on Friday."
    assert _numeric_kinds(nlp, today, since)


def test_no_branch_closures_against_a_bank_that_will_shut_branches(nlp):
    a = "Corvel Bank reviewed its Fenland network this spring. Corvel Bank said on Monday that no branch closures were planned in the Fenland region."
    b = "Corvel Bank will shut 14 branches in the Fenland region next year, union officials said on Monday."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: branches refurbished are not closed.
    b = "Corvel Bank will refurbish 14 branches in the Fenland region next year, union officials said on Monday."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_no_redundancies_against_staff_laid_off(nlp):
    a = "The Pellam glassworks lost a major order in March. Pellam Glass said no redundancies would be made at the Pellam glassworks."
    b = "Pellam Glass sacked 40 workers at the Pellam glassworks last week after losing a major order, the union said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    # Near miss: workers trained are no redundancies.
    b = "Pellam Glass trained 40 workers at the Pellam glassworks last week after losing a major order, the union said."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- a name read as the measured thing ties no figures -------------------------------------


def test_a_name_is_no_measure(nlp):
    from claims.conflicts.numeric import _capitalised_stems
    s = "The fee eclipses the £30 million Harlow paid for winger Dev Anand and includes add-ons."
    assert "harlow" in _capitalised_stems(s)
    # Near miss: a word the sentence also writes in lower case is no name.
    assert "fee" not in _capitalised_stems("Fee details were not given, and the fee was not disclosed.")
