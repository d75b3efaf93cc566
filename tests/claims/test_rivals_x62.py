"""Round x62 (u62 finding 2): two inputs of one run giving one id to different articles.
The walk's first was stored and the other rejected ("clashes with batch/dup_bank.json"),
so a stray copy sorted before the genuine file replaced it. Now neither is stored, unless
one is the article already stored under that id: that one is kept; the walk's order
decides nothing."""

from datetime import date

import pytest

from claims.identity import settle_rivals
from claims.models import Article, StoredArticle


def _article(source: str, text: str, article_id: str = "bank_argus", **kw) -> Article:
    return Article(article_id=article_id, source=source, text=text, id_from=kw.pop("id_from", "id"), **kw)


GENUINE = _article("batch/g60/bank_argus.json", "The bank said profits rose 4%.")
STRAY = _article("batch/dup_bank.json", "A draft: profits rose 9%.")
OTHER = _article("batch/other.json", "Rents rose.", article_id="other")


def _stored(article: Article) -> StoredArticle:
    return StoredArticle(article_id=article.article_id, source="old/bank_argus.json",
                         sha256=article.sha256, outlet=article.outlet, title=article.title,
                         url=article.url, published=article.published)


@pytest.mark.parametrize("order", [[GENUINE, STRAY, OTHER], [STRAY, OTHER, GENUINE]])
def test_rivals_of_a_new_id_are_neither_stored_whatever_the_order(order):
    kept, rejected = settle_rivals(order, {})
    assert kept == [OTHER]
    reasons = {a.source: reason for a, reason in rejected}
    assert reasons == {
        GENUINE.source: "article id 'bank_argus' (given) is also that of batch/dup_bank.json, with "
                        "other text; neither stored (which one is meant cannot be told): remove the "
                        "wrong one or give it another id",
        STRAY.source: "article id 'bank_argus' (given) is also that of batch/g60/bank_argus.json, with "
                      "other text; neither stored (which one is meant cannot be told): remove the "
                      "wrong one or give it another id",
    }


@pytest.mark.parametrize("order", [[GENUINE, STRAY], [STRAY, GENUINE]])
def test_the_rival_that_is_the_stored_article_is_kept_and_said(order):
    kept, rejected = settle_rivals(order, {"bank_argus": _stored(GENUINE)})
    assert kept == [GENUINE]
    ((article, reason),) = rejected
    assert article is STRAY
    assert reason == ("article id 'bank_argus' (given) is also that of batch/g60/bank_argus.json, "
                      "with other text; batch/g60/bank_argus.json is the article stored under that "
                      "id and was kept, this one not stored: give it another id to store it as "
                      "another article")


def test_rivals_differing_in_metadata_alone_keep_the_stored_ones():
    dated = GENUINE.model_copy(update={"source": "b.json", "published": date(2026, 1, 2)})
    kept, rejected = settle_rivals([dated, GENUINE], {"bank_argus": _stored(GENUINE)})
    assert kept == [GENUINE]
    assert "with other outlet, title, url or date;" in rejected[0][1]


def test_articles_without_rivals_pass_untouched():
    kept, rejected = settle_rivals([GENUINE, OTHER], {})
    assert (kept, rejected) == ([GENUINE, OTHER], [])
