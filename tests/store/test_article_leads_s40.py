"""(s40) The store gives the conflict rules each article's title and the opening of its
text (`store.reads.article_leads`), cut at a word's end, without articles being replaced."""

from datetime import date

from claims.models import Article
from store.connection import open_store
from store.reads import article_leads
from tests.store.test_store import write


def test_article_leads_are_titles_and_openings_cut_at_a_word(tmp_path):
    titled = Article(article_id="a2", source="a2.txt", title="Turnout row in Kessley",
                     text="Officials said turnout was 61%. Rivals called that figure inflated.",
                     outlet="The Ledger", published=date(2024, 5, 1))
    with open_store(str(tmp_path / "s.duckdb")) as con:
        write(con, arts=[titled])
        assert article_leads(con, 18) == {"a2": ("Turnout row in Kessley", "Officials said")}
        assert article_leads(con, 600)["a2"][1] == titled.text
        assert article_leads(con, 600, except_articles={"a2"}) == {}
