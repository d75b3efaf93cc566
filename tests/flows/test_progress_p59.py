"""(p59) One long article's batch printed "0.0 articles/s" (u57): a rate below one article a
second is printed as seconds per article, one a person reads."""

from flows.pipeline import readable_rate


def test_a_slow_batch_reads_as_seconds_per_article():
    assert readable_rate(1, 80.0) == "80.0 s/article"
    assert readable_rate(4, 49.2) == "12.3 s/article"


def test_a_fast_batch_reads_as_articles_per_second():
    assert readable_rate(93, 10.0) == "9.3 articles/s"
    assert readable_rate(1, 0.5) == "2.0 articles/s"


def test_near_miss_one_article_a_second_and_nothing_done():
    assert readable_rate(5, 5.0) == "1.0 articles/s"
    assert readable_rate(0, 3.0) == "0.0 articles/s"
    assert readable_rate(1, 0.0).endswith("articles/s")
