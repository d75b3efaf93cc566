"""Round s35: wrong speakers found in the review articles (f34).

* An honorific says the sex of a surname the article says nothing else of: "Mr Brill
  suggested ... "That is not true," she replied" is not Mr Brill's (at main it was: the
  surname's sex was unknown, so "she" took the nearest person).
* Letters after a name ("Nora Vance KC") do not hide the surname: "Ms Vance" is her.
* ", of Hollins Lane, Ashworth," after a person's name is an address: a street NER tags
  PERSON took the next "he" at main. "A friend of Mr Roe, Jo Tull," stays a person.
* A he/she opening the sentence after one that brings in one unnamed person ("a retired
  nurse, 74, who ...") and names nobody is that person, and a same-sex "she" after it
  keeps her; a named person in that sentence, or a noun of the other sex, leaves the
  pronoun to the rules before.
* A bare plural noun quoted ("Manufacturers said") is many bodies: no fallback for a
  later "the council" the article never names.
"""

from tests.claims.test_speakers_s34 import _speakers, _tagged


REPLY = ("Questioned by the defence, Ms Dunmore said she had kept copies of every invoice. "
         "{who} suggested that Ms Dunmore had invented the meeting. "
         "\"That is not true,\" {pron} replied.")


def test_she_is_not_a_man_named_by_mr(nlp):
    got = _speakers(nlp(REPLY.format(who="Mr Brill", pron="she")))
    assert ("Dunmore", "That is not true") in got


def test_near_miss_she_after_ms_stays_the_nearer_woman(nlp):
    got = _speakers(nlp(REPLY.format(who="Ms Brill", pron="she")))
    assert ("Brill", "That is not true") in got


def test_letters_after_a_name_do_not_hide_the_surname(nlp):
    text = ("Nora Vance KC, for the prosecution, opened the case on Monday. "
            "Ms Vance said the money had never been invested.")
    got = _speakers(nlp(text))
    assert ("Nora Vance KC", "the money had never been invested") in got


ADDRESS = ("Mr Pellow, {place}, has told police that the claims are false. "
           "In a statement read to the court, he said the loans had been real.")


def test_an_address_after_of_is_no_person(nlp):
    text = ADDRESS.format(place="of Hollins Lane, Ashworth")
    doc = _tagged(nlp, text, ["Hollins Lane", "Ashworth"], "PERSON")
    assert ("Pellow", "the loans had been real") in _speakers(doc)


def test_near_miss_a_friend_of_a_person_named_is_a_person(nlp):
    text = ("A friend of Mr Pellow, Jo Tull, said she had visited the office often. "
            "\"It was always busy,\" she said.")
    got = _speakers(nlp(text))
    assert ("Jo Tull", "It was always busy") in got


NURSE = ("Dr Quint said 655 of the investors had lost money. Ms Orme said the loans were "
         "checked. The jury also heard from {intro} who put £120,000 into the scheme in "
         "2020. She said Mr Dorran had told her the loans were safe. "
         "\"He sat in my kitchen and promised me,\" she said.")


def test_she_after_an_unnamed_person_brought_in_is_that_person(nlp):
    got = _speakers(nlp(NURSE.format(intro="a retired nurse, 74,")))
    assert ("a retired nurse", "Mr Dorran had told her the loans were safe") in got
    assert ("a retired nurse", "He sat in my kitchen and promised me") in got


def test_near_miss_a_noun_of_the_other_sex_is_not_she(nlp):
    got = _speakers(nlp(NURSE.format(intro="a retired fisherman, 74,")))
    assert ("a retired fisherman", "Mr Dorran had told her the loans were safe") not in got


def test_near_miss_a_person_named_in_that_sentence_leaves_the_rule(nlp):
    got = _speakers(nlp(NURSE.format(intro="Ruth Hamble, a retired nurse, 74,")))
    assert ("Ruth Hamble", "Mr Dorran had told her the loans were safe") in got


MAKERS = ("The port handles about 7,000 containers a day. {who} said they were running "
          "short of parts. About 9,000 more jobs in the area depend on it, according to "
          "the council.")


def test_a_bare_plural_quoted_is_not_the_council(nlp):
    got = _speakers(nlp(MAKERS.format(who="Manufacturers")))
    assert ("the council", "About 9,000 more jobs in the area depend on it") in got


def test_near_miss_a_named_council_quoted_is_the_council(nlp):
    got = _speakers(nlp(MAKERS.format(who="Harbury Council")))
    assert ("Harbury Council", "About 9,000 more jobs in the area depend on it") in got


QUOTED_SHE = ("Adam Corley, the council leader, said the barriers were ready. "
              "\"The warnings came far too late,\" said the group's chair, Mark Tillet. "
              "Asked about the minister's statement, Mr Tillet said: \"That is not "
              "true, and {pron} should come and say it here.\" He said the group had "
              "surveyed 230 households.")


def test_a_pronoun_in_a_persons_own_quote_does_not_set_their_sex(nlp):
    got = _speakers(nlp(QUOTED_SHE.format(pron="she")))
    assert ("Mark Tillet", "the group had surveyed 230 households") in got


def test_near_miss_a_pronoun_outside_the_quote_still_sets_it(nlp):
    text = ("Adam Corley, the council leader, said the barriers were ready. "
            "Mark Tillet said at her briefing that the group had surveyed 230 homes. "
            "\"We were ignored,\" she said.")
    got = _speakers(nlp(text))
    assert ("Mark Tillet", "We were ignored") in got
