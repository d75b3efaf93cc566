"""Round a48: speakers and statements of eleven fresh passages in house styles the gold
had not seen (wire, local paper, trade paper, court, sport, science, results, council,
profile, live blog, a nominee's hearing). Each rule has a sentence written for it and a
near miss it must leave alone; none of the sentences is gold text.
"""

from tests.claims.test_speakers_s34 import _speakers, _speakers_saying as _by


# 1. "Cllr" before a name is a title: the person is a person, "she" finds her
def test_cllr_is_a_title_so_she_is_the_councillor(nlp):
    text = ("Maud Penrose has run the lunch club for nine years. Cabinet member for housing "
            "Cllr Wendy Harrow said the borough would build 200 homes. She said the first "
            "tenants would move in next spring.")
    got = _speakers(nlp(text))
    assert _by(got, "the first tenants would move in") == ["Wendy Harrow"]


def test_near_miss_a_council_named_as_a_body_stays_a_body(nlp):
    text = ("Harwick Borough Council said the homes would be built by 2028. It said the "
            "first tenants would move in next spring.")
    got = _speakers(nlp(text))
    assert _by(got, "the first tenants would move in") == ["Harwick Borough Council"]


# 2. "X was told that A": X heard it; with no "by" nobody is named as saying it
def test_passive_told_names_no_speaker(nlp):
    text = ("Tenants of the Lowther block were told on Friday that the building would be "
            "demolished in the autumn.")
    got = _speakers(nlp(text))
    assert _by(got, "the building would be demolished") == []


def test_near_miss_passive_told_by_someone_is_theirs(nlp):
    text = ("Tenants of the Lowther block were told by the housing association that the "
            "building would be demolished in the autumn.")
    got = _speakers(nlp(text))
    sp = _by(got, "the building would be demolished")
    assert sp and "housing association" in sp[0]


# 3. "admitted arson": a plea to an offence, not a statement
def test_an_offence_admitted_is_no_statement(nlp):
    text = "Marcus Vane, 41, of Mill Lane, admitted arson at Stockford Crown Court on Monday."
    got = _speakers(nlp(text))
    assert _by(got, "arson") == []


def test_near_miss_admitted_that_is_a_statement(nlp):
    text = ("The bakery chain admitted that its hygiene records for the Mill Lane shop "
            "were incomplete.")
    got = _speakers(nlp(text))
    assert any("hygiene records" in content for _, content in got)


# 4. a continuation quote takes the name its attribution ends with
def test_continuation_follows_the_named_job_holder(nlp):
    text = ("Council leader Martin Greaves told the meeting that the rise would raise "
            "£2 million a year. \"Nobody wants to pay more,\" the leader said. \"But the "
            "roads will not mend themselves.\" Opposition leader Cllr Priya Malhotra said the "
            "rise was too steep.")
    got = _speakers(nlp(text))
    assert _by(got, "Nobody wants to pay more") == ["Martin Greaves"]
    assert _by(got, "the roads will not mend themselves") == ["Martin Greaves"]


def test_near_miss_continuation_of_an_unnamed_job_keeps_it(nlp):
    text = ("The trust will close the ward at night. \"We have no nurses,\" a director said. "
            "\"We cannot staff it safely.\"")
    got = _speakers(nlp(text))
    first = _by(got, "We have no nurses")
    assert first and _by(got, "We cannot staff it safely") == first


# 5. a bare "A spokesman" after "The <body> defended ..." speaks for that body
def test_bare_spokesman_speaks_for_the_body_of_the_sentence_before(nlp):
    text = ("Hauliers say the new tolls will add £40 to every trip. The ministry defended "
            "the charges. A spokesman said the tolls reflected the cost of repairing the "
            "bridges.")
    got = _speakers(nlp(text))
    sp = _by(got, "the tolls reflected the cost")
    assert sp and "ministry" in sp[0].lower()


def test_near_miss_bare_spokesman_is_not_a_person_named_before(nlp):
    text = ("Hauliers say the new tolls will add £40 to every trip. Gordon Pell defended "
            "the charges. A spokesman said the tolls reflected the cost of repairing the "
            "bridges.")
    got = _speakers(nlp(text))
    assert _by(got, "the tolls reflected the cost") != ["Gordon Pell"]


# 6. a job word with a full name right after it is that person (misparsed apposition)
def test_job_word_then_name_is_the_person(nlp):
    text = ("Her colleague of 25 years, engineer Alasdair Rendall, said there was no one he "
            "would rather be at sea with.")
    got = _speakers(nlp(text))
    assert _by(got, "no one he would rather be at sea with") == ["Alasdair Rendall"]


def test_near_miss_job_word_then_a_company_is_no_person(nlp):
    text = ("Its partner of ten years, builder Harcourt Homes Ltd, said the site would be "
            "ready by June.")
    got = _speakers(nlp(text))
    assert _by(got, "the site would be ready") == ["Harcourt Homes Ltd"]


# 7. "the paper" refers back to the study
def test_the_paper_is_the_study(nlp):
    text = ("Seagrass meadows store more carbon than was thought, a study published in a "
            "marine journal has found. According to the paper, the meadows hold twice the "
            "carbon of nearby mudflats.")
    got = _speakers(nlp(text))
    assert _by(got, "the meadows hold twice the carbon") == ["the study"]


def test_near_miss_the_report_is_not_the_study(nlp):
    text = ("Seagrass meadows store more carbon than was thought, a study published in a "
            "marine journal has found. According to the report, the meadows hold twice the "
            "carbon of nearby mudflats.")
    got = _speakers(nlp(text))
    assert _by(got, "the meadows hold twice the carbon") == ["the report"]


# 8. a body named only as a word of a person's job is no last resort for "the council"
def test_job_word_body_is_not_the_council(nlp):
    text = ("Cabinet member for parks Cllr Jo Ransome said the lake would be drained. The "
            "council said the work would take three months.")
    got = _speakers(nlp(text))
    sp = _by(got, "the work would take three months")
    assert sp and sp[0] != "Cabinet"


def test_near_miss_a_council_named_before_is_the_council(nlp):
    text = ("Ransome Vale Council approved the plan on Tuesday. Cllr Jo Ransome said the "
            "lake would be drained. The council said the work would take three months.")
    got = _speakers(nlp(text))
    assert _by(got, "the work would take three months") == ["Ransome Vale Council"]


# 9. "the force" is the police force named before, not the last company quoted
def test_the_force_is_the_police(nlp):
    text = ("Tynedale Police closed the coast road at noon. \"Please avoid the area,\" a "
            "spokesperson for Coastline Rail said. The force said it had dealt with 19 "
            "collisions since 6am.")
    got = _speakers(nlp(text))
    assert _by(got, "it had dealt with 19 collisions") == ["Tynedale Police"]


def test_near_miss_the_company_is_still_the_company(nlp):
    text = ("Tynedale Police closed the coast road at noon. \"Please avoid the area,\" a "
            "spokesperson for Coastline Rail said. The company said it had cancelled 19 "
            "trains since 6am.")
    got = _speakers(nlp(text))
    assert _by(got, "it had cancelled 19 trains") == ["Coastline Rail"]


# 10. a definite epithet for a post in the lede is the person the next sentence names;
# "the nominee" and its "she" later are that person
def test_the_nominee_in_the_lede_is_the_person_named_next(nlp):
    text = ("The minister's nominee for chief inspector of prisons told peers on Tuesday "
            "that inspections would double. Dr Rhona Buchan, who has run the probation "
            "service in Kelsey since 2019, was questioned for an hour before the vote. The "
            "nominee said staff shortages had grown. She said two prisons had no governor. "
            "\"We cannot run prisons on goodwill,\" Buchan said.")
    got = _speakers(nlp(text))
    assert _by(got, "inspections would double") == ["Rhona Buchan"]
    assert _by(got, "staff shortages had grown") == ["Rhona Buchan"]
    assert _by(got, "two prisons had no governor") == ["Rhona Buchan"]


def test_near_miss_the_judge_in_the_lede_is_not_the_defendant_named_next(nlp):
    text = ("The judge told the jury on Monday that the case would last three weeks. Gareth "
            "Lyle, 45, denies killing his business partner. Lyle said he had acted in "
            "self-defence.")
    got = _speakers(nlp(text))
    assert _by(got, "the case would last three weeks") != ["Gareth Lyle"]
