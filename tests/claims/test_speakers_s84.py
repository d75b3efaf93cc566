"""Round s84: speakers on review articles the rules were never written for (gold
`s84-*`). "The festival's organiser, Brightfold Events, said": NER may tag a body's name
that ends in a capitalised plural ("... Events", "... Homes") as a person and the tagger
its last word as a common noun, so neither the subject nor a later "the organiser said"
found the company. No person's name ends in a plural common noun. Sentences written for
these tests, not gold text; each has a near miss.
"""

from tests.claims.test_speakers_s34 import _got, _of


PROMOTER = ("Crowds at the Hallow Festival have described a crush.\n\n"
            "The festival's promoter, {name}, said 30,000 people came. "
            "The promoter said the gates had opened at noon. "
            "The Stage Crew Union said its members were short. "
            "Its local promoter, Dewi Hanner, said shifts were long.")


def test_a_name_ending_in_a_plural_in_apposition_is_the_body(nlp):
    got = _got(nlp, PROMOTER.format(name="Tarnwell Leisure Events"))
    assert _of(got, "Tarnwell Leisure Events") == [
        "30,000 people came", "the gates had opened at noon"]
    assert _of(got, "Dewi Hanner") == ["shifts were long"]


def test_near_miss_a_persons_name_in_apposition_stays_the_person(nlp):
    # a surname that is also a plural word is tagged a name, not a common noun
    got = _got(nlp, "The club's owner, Marla Fields, said the gates had opened at noon. "
                    "The owner said fans were safe.")
    assert _of(got, "Marla Fields") == ["the gates had opened at noon", "fans were safe"]
