"""Round d99: disputes aimed at the wrong claim (clause matching, owners by acronym).
Sentences written for these tests, not the gold.

a. A body named by a short form is the body of its full name (`holders.same_body`: the
   short form in brackets after the name, "the Kelby Tenants Federation (KTF)", or its
   initials alone, "KTF says"); the owner readers of `disputes` use it: "the federation's
   claim" is KTF's, and a bracketed name is a named body of its kind.
b. The clause step (step 1c) of a rejection naming an owner's statement takes the owner's
   claims first; failing them, not a named other body's claim nor the rejecter's own
   side's (a person nothing places in another party may still speak for the owner).
"""

from __future__ import annotations

from claims.conflicts.disputes import _one_per_body
from claims.conflicts.holders import body_names, initials, same_body, without_short_form
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_short_forms_of_one_body():
    assert same_body("Kelby Tenants Federation (KTF)", "KTF")
    assert same_body("KTF", "the Kelby Tenants Federation")
    assert same_body("the Department for Transport", "DfT")
    assert same_body("Marlow Valley Water Board", "the Marlow Valley Water Board")
    assert not same_body("Westlink Rail", "URO")
    assert not same_body("Kelby Tenants Federation", "Kelby Council")
    # Two letters are too few to read as initials ("US" / "Union Station"); in brackets they name.
    assert not same_body("US", "Union Station")
    assert same_body("European Court (EC)", "EC")


def test_a_name_parts():
    assert body_names("Kelby Tenants Federation (KTF)") == ("Kelby Tenants Federation", "KTF")
    assert without_short_form("Kelby Tenants Federation (KTF)") == "Kelby Tenants Federation"
    assert without_short_form("Harwell Water") == "Harwell Water"
    assert "KTF" in initials("Kelby Tenants Federation")
    assert initials("Harwell") == frozenset()


def test_a_one_body_per_name():
    assert _one_per_body({"Kelby Tenants Federation (KTF)", "KTF"}) == {"Kelby Tenants Federation (KTF)"}
    # Two bodies said together are no third body.
    assert _one_per_body({"Fenmoor Housing and Kelby Tenants Federation (KTF)", "Kelby Tenants Federation (KTF)"}) \
        == {"Kelby Tenants Federation (KTF)"}
    assert _one_per_body({"Food and Drug Administration"}) == {"Food and Drug Administration"}
    assert _one_per_body({"Kelby Council", "Orla Trust"}) == {"Kelby Council", "Orla Trust"}


DAMP = ("The Kelby Tenants Federation (KTF) said on Monday that 400 households on the Marsh Lane estate had "
        "reported damp. KTF says its members have waited months for repairs to damp homes. A local councillor, "
        "Ruth Amber, said tenants wait for repairs to damp homes. Fenmoor Housing rejected the federation's claim "
        "that tenants wait months for repairs to damp homes, saying most repairs were done within 20 days.")


def test_b_an_owner_named_by_its_initials_is_the_target(nlp):
    found = _disputes(nlp, DAMP)
    assert any("waited months" in a + b and "federation's claim" in a + b for a, b in found), found
    assert not any("Ruth" in a + b or a.startswith("tenants wait for") or b.startswith("tenants wait for")
                   for a, b in found), found


BATTERY = ("Halden Power has rejected a campaign group's claim that its battery site at Orwick would cover 85 "
           "hectares. The Orwick Farmers' Network said battery sites cover about 600 hectares in Orwick.")
CAMPAIGN = ("Fields First, a campaign group, said the planned battery site at Orwick would cover 85 hectares once "
            "roads and fencing were counted.")


def test_b_not_a_named_other_body_saying_the_clause_words(nlp):
    found = _disputes(nlp, BATTERY, CAMPAIGN)
    assert not any("600 hectares" in a + b for a, b in found), found
    assert any("once roads and fencing" in a + b and "campaign group's claim" in a + b for a, b in found), found
