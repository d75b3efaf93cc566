"""Round s89: speakers on review articles the rules were never written for (gold
`s89-*`). Two general causes, each with a near miss; sentences written for these tests,
not gold text.

1. "The report by X LLP, published on Monday, found A. ... The audit also found B": an
   audit is published as the auditor's report, so "the audit" is the report X wrote
   (claims/data/attribution_document_synonyms.txt), not an unnamed document.
2. "X Y, the not-for-profit company that runs the scheme, said A. ... The company also
   said B": a59's surface apposition "X, the company ..." missed a hyphen-joined modifier
   between "the" and "company", so a name NER took for a person was never typed a company
   and "The company" stayed unresolved.
"""

from tests.claims.test_speakers_s34 import _got, _of


def test_the_audit_is_the_report_its_auditor_wrote(nlp):
    got = _got(nlp, "The report by Hartley Benson LLP, published on Monday, found the "
                    "borough had 58 cameras. The council said the findings were narrow. "
                    "The audit also found that drivers had won 1,020 appeals.")
    assert _of(got, "Hartley Benson LLP") == [
        "the borough had 58 cameras", "drivers had won 1,020 appeals"]


def test_near_miss_a_bodys_own_audit_stays_the_bodys(nlp):
    # a possessive names the audit's author: the report's author does not take it
    got = _got(nlp, "The report by Hartley Benson LLP found the borough had 58 cameras. "
                    "The council's audit found that drivers had won 1,020 appeals.")
    assert _of(got, "Hartley Benson LLP") == ["the borough had 58 cameras"]


def test_a_hyphened_company_apposition_types_the_name(nlp):
    got = _got(nlp, "Brackley Returns, the not-for-profit company that runs the scheme, "
                    "said 86% of containers had been returned. The company also said litter "
                    "had fallen by 60%.")
    assert _of(got, "Brackley Returns") == [
        "86% of containers had been returned", "litter had fallen by 60%"]


def test_near_miss_a_hyphened_companys_founder_stays_a_person(nlp):
    # "the not-for-profit company's founder" describes the person: no company typed
    got = _got(nlp, "Brackley Returns was set up in 2024. Jon Fell, the not-for-profit "
                    "company's founder, said 86% of containers had been returned. He said "
                    "litter had fallen by 60%.")
    assert _of(got, "Jon Fell") == [
        "86% of containers had been returned", "litter had fallen by 60%"]
