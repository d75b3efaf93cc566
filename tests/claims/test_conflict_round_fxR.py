"""Round fxR: a told clause answered by members of its group who did as told. r99 read
"We were told no child would lose NHS care. Children at Brookwell have been refused ..."
and "... every home would be connected. Nearly 8,000 still cannot order a service." as
denials; an answer that agrees ("Schools in the north have stayed open", "300 of them have
not closed") was read so too. Now the members named must be said to undergo what the clause
denied (a word of its predicate again, or a deprivation of conflict_told_deprivations.txt
both), with no continuation (conflict_told_continuations.txt) the clause does not use; and a
count's negated deprivation agrees with a clause of all that names none. Sentences written
for these tests, not the gold."""

from __future__ import annotations

import pytest

from claims.conflicts.told_claims import denies_told_claim


AGREEING = [
    "We were told no school would close. Schools in the north have stayed open all winter.",
    "We were told no worker would lose their job. Workers at the Hallam site kept their jobs.",
    "We were told no pensioner would lose the allowance. Pensioners in the county still receive it.",
    "We were told no patient would wait more than a week. Patients at the clinic were seen within days.",
    "We were told no library would shut. Libraries across the borough were given new funding.",
    "We were told every school would stay open. Around 300 of them have not closed at all.",
    "We were told all staff would keep their jobs. Hundreds of them have not lost a day's pay.",
    "We were told every home would be connected by March. Nearly 9,000 of them have not been left out.",
]

DENYING = [
    "We were told no school would close. Schools in the north have closed since the spring.",
    "We were told no worker would lose their job. Workers at the Hallam site were laid off in May.",
    "We were told no pensioner would lose the allowance. Pensioners in the county have lost it since April.",
    "We were told no patient would be kept waiting. Patients at the clinic were kept waiting for hours.",
    "We were told every school would stay open. Around 300 of them have not reopened since the storm.",
    "We were told every household would get the rebate. Nearly 6,000 still have not received a penny.",
    "We were told no child would lose NHS care. Children at the Eastmoor practice have been refused NHS check-ups.",
    "We were told every school would close by July. Around 300 of them have not closed.",
]


@pytest.mark.parametrize("text", AGREEING)
def test_an_answer_of_members_who_did_as_told_denies_nothing(text):
    assert not denies_told_claim(text)


@pytest.mark.parametrize("text", DENYING)
def test_an_answer_of_real_exceptions_still_denies(text):
    assert denies_told_claim(text)
