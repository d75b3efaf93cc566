"""The schema analysts query, and the migrations that bring an older store up to it.

Tables and columns are a public interface (documented column by column in README.md, and
tests/store/test_schema_documented.py fails when one is not): rename nothing, add freely.
Each migration runs once, in order, inside the transaction that records its version.
"""

from __future__ import annotations

import duckdb

from store.transaction import transaction

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE articles (
        article_id   VARCHAR PRIMARY KEY,
        source       VARCHAR NOT NULL,
        outlet       VARCHAR,
        title        VARCHAR,
        url          VARCHAR,
        published    DATE,
        sha256       VARCHAR NOT NULL,
        text         VARCHAR NOT NULL,
        ingested_at  TIMESTAMP NOT NULL
    );
    CREATE TABLE claims (
        claim_id         VARCHAR PRIMARY KEY,
        article_id       VARCHAR NOT NULL,
        kind             VARCHAR NOT NULL CHECK (kind IN ('quantitative', 'attributed', 'both')),
        text             VARCHAR NOT NULL,
        sentence         VARCHAR NOT NULL,
        sentence_start   INTEGER NOT NULL,
        start_char       INTEGER NOT NULL,
        end_char         INTEGER NOT NULL,
        speaker          VARCHAR,
        speaker_mention  VARCHAR,
        speaker_role     VARCHAR,
        cue              VARCHAR,
        is_quote         BOOLEAN NOT NULL
    );
    CREATE TABLE quantities (
        quantity_id    VARCHAR PRIMARY KEY,
        claim_id       VARCHAR NOT NULL,
        surface        VARCHAR NOT NULL,
        start_char     INTEGER NOT NULL,
        end_char       INTEGER NOT NULL,
        value          DOUBLE,
        low            DOUBLE,
        high           DOUBLE,
        unit           VARCHAR,
        per            VARCHAR,
        measure        VARCHAR,
        qualifier      VARCHAR,
        quantity_kind  VARCHAR NOT NULL,
        entities       VARCHAR[]
    );
    CREATE TABLE clusters (
        cluster_id         VARCHAR NOT NULL,
        claim_id           VARCHAR PRIMARY KEY,
        score              DOUBLE NOT NULL,
        is_representative  BOOLEAN NOT NULL
    );
    CREATE TABLE conflicts (
        conflict_id   VARCHAR PRIMARY KEY,
        claim_a       VARCHAR NOT NULL,
        claim_b       VARCHAR NOT NULL,
        kind          VARCHAR NOT NULL CHECK (kind IN ('dispute', 'numeric', 'contradiction')),
        score         DOUBLE NOT NULL,
        reason        VARCHAR NOT NULL,
        first_seen    TIMESTAMP NOT NULL,
        stale         BOOLEAN NOT NULL DEFAULT false,
        claim_a_text  VARCHAR NOT NULL,
        claim_b_text  VARCHAR NOT NULL
    );
    CREATE TABLE reviews (
        conflict_id  VARCHAR NOT NULL,
        verdict      VARCHAR NOT NULL CHECK (verdict IN ('confirmed', 'dismissed', 'unclear')),
        note         VARCHAR,
        reviewer     VARCHAR,
        reviewed_at  TIMESTAMP NOT NULL
    );
    CREATE TABLE runs (
        run_id              VARCHAR PRIMARY KEY,
        started_at          TIMESTAMP NOT NULL,
        finished_at         TIMESTAMP,
        articles_read       INTEGER NOT NULL,
        articles_new        INTEGER NOT NULL,
        articles_changed    INTEGER NOT NULL,
        articles_unchanged  INTEGER NOT NULL,
        articles_rejected   INTEGER NOT NULL,
        claims              INTEGER NOT NULL,
        clusters            INTEGER NOT NULL,
        conflicts           INTEGER NOT NULL,
        status              VARCHAR NOT NULL
    );
    CREATE TABLE rejections (
        run_id  VARCHAR NOT NULL,
        source  VARCHAR NOT NULL,
        line    INTEGER,
        reason  VARCHAR NOT NULL
    );
    CREATE VIEW cluster_info AS
    SELECT
        c.cluster_id,
        any_value(c.claim_id) FILTER (WHERE c.is_representative) AS representative_claim_id,
        any_value(cl.text) FILTER (WHERE c.is_representative)     AS representative_text,
        count(*)                                                  AS claims,
        count(DISTINCT cl.article_id)                             AS articles,
        count(DISTINCT a.outlet)                                  AS outlets
    FROM clusters c
    JOIN claims cl USING (claim_id)
    JOIN articles a USING (article_id)
    GROUP BY c.cluster_id;
    CREATE VIEW latest_reviews AS
    SELECT conflict_id, verdict, note, reviewer, reviewed_at
    FROM reviews
    QUALIFY row_number() OVER (PARTITION BY conflict_id ORDER BY reviewed_at DESC) = 1;
    CREATE VIEW conflict_report AS
    SELECT
        f.conflict_id, f.kind, f.score, f.reason, f.first_seen, f.stale,
        coalesce(r.verdict, 'open') AS status,
        r.note AS review_note, r.reviewer, r.reviewed_at,
        f.claim_a, coalesce(ca.text, f.claim_a_text) AS a_text, ca.sentence AS a_sentence,
        ca.start_char - ca.sentence_start AS a_offset_in_sentence,
        ca.speaker AS a_speaker, ca.speaker_role AS a_speaker_role,
        ca.article_id AS a_article_id, aa.outlet AS a_outlet, aa.published AS a_published,
        aa.title AS a_title, aa.url AS a_url,
        f.claim_b, coalesce(cb.text, f.claim_b_text) AS b_text, cb.sentence AS b_sentence,
        cb.start_char - cb.sentence_start AS b_offset_in_sentence,
        cb.speaker AS b_speaker, cb.speaker_role AS b_speaker_role,
        cb.article_id AS b_article_id, ab.outlet AS b_outlet, ab.published AS b_published,
        ab.title AS b_title, ab.url AS b_url
    FROM conflicts f
    LEFT JOIN claims ca ON ca.claim_id = f.claim_a
    LEFT JOIN articles aa ON aa.article_id = ca.article_id
    LEFT JOIN claims cb ON cb.claim_id = f.claim_b
    LEFT JOIN articles ab ON ab.article_id = cb.article_id
    LEFT JOIN latest_reviews r ON r.conflict_id = f.conflict_id;
    """,
    # 2: claims.kind may be 'narrated' (the outlet's own narration, claims/narration.py).
    # DuckDB cannot alter a CHECK constraint: the table is rebuilt under its name with
    # every row kept (the views name it and are bound when read; no other table points
    # at it by a foreign key), so reviews, conflicts and clusters keep their claims.
    """
    ALTER TABLE claims RENAME TO claims_v1;
    CREATE TABLE claims (
        claim_id         VARCHAR PRIMARY KEY,
        article_id       VARCHAR NOT NULL,
        kind             VARCHAR NOT NULL CHECK (kind IN ('quantitative', 'attributed', 'both', 'narrated')),
        text             VARCHAR NOT NULL,
        sentence         VARCHAR NOT NULL,
        sentence_start   INTEGER NOT NULL,
        start_char       INTEGER NOT NULL,
        end_char         INTEGER NOT NULL,
        speaker          VARCHAR,
        speaker_mention  VARCHAR,
        speaker_role     VARCHAR,
        cue              VARCHAR,
        is_quote         BOOLEAN NOT NULL
    );
    INSERT INTO claims SELECT * FROM claims_v1;
    DROP TABLE claims_v1;
    """,
    # 3: cluster_info.sources, what an analyst ranks clusters by: the distinct outlets, and
    # each article whose outlet is unknown (a .txt file has none) as a source of its own;
    # `outlets` alone was 0 for every cluster of such articles.
    """
    CREATE OR REPLACE VIEW cluster_info AS
    SELECT
        c.cluster_id,
        any_value(c.claim_id) FILTER (WHERE c.is_representative) AS representative_claim_id,
        any_value(cl.text) FILTER (WHERE c.is_representative)     AS representative_text,
        count(*)                                                  AS claims,
        count(DISTINCT cl.article_id)                             AS articles,
        count(DISTINCT a.outlet)                                  AS outlets,
        count(DISTINCT a.outlet)
            + count(DISTINCT cl.article_id) FILTER (WHERE a.outlet IS NULL) AS sources
    FROM clusters c
    JOIN claims cl USING (claim_id)
    JOIN articles a USING (article_id)
    GROUP BY c.cluster_id;
    """,
    # 4 (stab14): a copy of what the reviewer saw of each side (speaker, role, article,
    # outlet, date, title, url, sentence), taken when a run writes the conflict, so that a
    # stale conflict still shows it once its claim is gone; filled here for the rows whose
    # claims are still stored. conflict_report takes the live values, else the copy, and
    # says of each side whether its claim is current, gone from a changed article, or its
    # article removed.
    """
    ALTER TABLE conflicts ADD COLUMN claim_a_sentence VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_offset_in_sentence INTEGER;
    ALTER TABLE conflicts ADD COLUMN claim_a_speaker VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_speaker_role VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_article_id VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_outlet VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_published DATE;
    ALTER TABLE conflicts ADD COLUMN claim_a_title VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_url VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_sentence VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_offset_in_sentence INTEGER;
    ALTER TABLE conflicts ADD COLUMN claim_b_speaker VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_speaker_role VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_article_id VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_outlet VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_published DATE;
    ALTER TABLE conflicts ADD COLUMN claim_b_title VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_url VARCHAR;
    UPDATE conflicts SET claim_a_sentence = c.sentence,
        claim_a_offset_in_sentence = c.start_char - c.sentence_start, claim_a_speaker = c.speaker,
        claim_a_speaker_role = c.speaker_role, claim_a_article_id = c.article_id, claim_a_outlet = a.outlet,
        claim_a_published = a.published, claim_a_title = a.title, claim_a_url = a.url
    FROM claims c JOIN articles a USING (article_id) WHERE c.claim_id = conflicts.claim_a;
    UPDATE conflicts SET claim_b_sentence = c.sentence,
        claim_b_offset_in_sentence = c.start_char - c.sentence_start, claim_b_speaker = c.speaker,
        claim_b_speaker_role = c.speaker_role, claim_b_article_id = c.article_id, claim_b_outlet = a.outlet,
        claim_b_published = a.published, claim_b_title = a.title, claim_b_url = a.url
    FROM claims c JOIN articles a USING (article_id) WHERE c.claim_id = conflicts.claim_b;
    CREATE OR REPLACE VIEW conflict_report AS
    SELECT
        f.conflict_id, f.kind, f.score, f.reason, f.first_seen, f.stale,
        coalesce(r.verdict, 'open') AS status,
        r.note AS review_note, r.reviewer, r.reviewed_at,
        f.claim_a,
        coalesce(ca.text, f.claim_a_text) AS a_text,
        coalesce(ca.sentence, f.claim_a_sentence) AS a_sentence,
        CASE WHEN ca.claim_id IS NULL THEN f.claim_a_offset_in_sentence
             ELSE ca.start_char - ca.sentence_start END AS a_offset_in_sentence,
        CASE WHEN ca.claim_id IS NULL THEN f.claim_a_speaker ELSE ca.speaker END AS a_speaker,
        CASE WHEN ca.claim_id IS NULL THEN f.claim_a_speaker_role ELSE ca.speaker_role END AS a_speaker_role,
        coalesce(ca.article_id, f.claim_a_article_id) AS a_article_id,
        CASE WHEN aa.article_id IS NULL THEN f.claim_a_outlet ELSE aa.outlet END AS a_outlet,
        CASE WHEN aa.article_id IS NULL THEN f.claim_a_published ELSE aa.published END AS a_published,
        CASE WHEN aa.article_id IS NULL THEN f.claim_a_title ELSE aa.title END AS a_title,
        CASE WHEN aa.article_id IS NULL THEN f.claim_a_url ELSE aa.url END AS a_url,
        CASE WHEN ca.claim_id IS NOT NULL THEN 'current'
             WHEN aa.article_id IS NOT NULL THEN 'changed' ELSE 'removed' END AS a_claim_state,
        f.claim_b,
        coalesce(cb.text, f.claim_b_text) AS b_text,
        coalesce(cb.sentence, f.claim_b_sentence) AS b_sentence,
        CASE WHEN cb.claim_id IS NULL THEN f.claim_b_offset_in_sentence
             ELSE cb.start_char - cb.sentence_start END AS b_offset_in_sentence,
        CASE WHEN cb.claim_id IS NULL THEN f.claim_b_speaker ELSE cb.speaker END AS b_speaker,
        CASE WHEN cb.claim_id IS NULL THEN f.claim_b_speaker_role ELSE cb.speaker_role END AS b_speaker_role,
        coalesce(cb.article_id, f.claim_b_article_id) AS b_article_id,
        CASE WHEN ab.article_id IS NULL THEN f.claim_b_outlet ELSE ab.outlet END AS b_outlet,
        CASE WHEN ab.article_id IS NULL THEN f.claim_b_published ELSE ab.published END AS b_published,
        CASE WHEN ab.article_id IS NULL THEN f.claim_b_title ELSE ab.title END AS b_title,
        CASE WHEN ab.article_id IS NULL THEN f.claim_b_url ELSE ab.url END AS b_url,
        CASE WHEN cb.claim_id IS NOT NULL THEN 'current'
             WHEN ab.article_id IS NOT NULL THEN 'changed' ELSE 'removed' END AS b_claim_state
    FROM conflicts f
    LEFT JOIN claims ca ON ca.claim_id = f.claim_a
    LEFT JOIN articles aa ON aa.article_id = coalesce(ca.article_id, f.claim_a_article_id)
    LEFT JOIN claims cb ON cb.claim_id = f.claim_b
    LEFT JOIN articles ab ON ab.article_id = coalesce(cb.article_id, f.claim_b_article_id)
    LEFT JOIN latest_reviews r ON r.conflict_id = f.conflict_id;
    """,
    # 5 (r50): a stale conflict shows what the reviewer judged on both sides: each side's
    # copy (migration 4) whenever the conflict keeps one (`copy_a`, `copy_b`), not only once
    # its claim is gone. A claim still stored under the same id can sit in a sentence the
    # article has since rewritten ("a cost of £40 million" corrected to "£35 million"
    # beside it): read live, one side showed the old sentence and the other the new.
    # `claim_state` is `edited` when the stored claim's sentence is no longer the copy shown.
    # Also (r50) the speaker's kind (person, org, ...) as attribution resolved it, on each
    # claim and in each side's copy: a ClaimReview's claimant is a Person or an Organization.
    """
    ALTER TABLE claims ADD COLUMN speaker_kind VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_speaker_kind VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_speaker_kind VARCHAR;
    CREATE OR REPLACE VIEW conflict_report AS
    SELECT
        f.conflict_id, f.kind, f.score, f.reason, f.first_seen, f.stale,
        coalesce(r.verdict, 'open') AS status,
        r.note AS review_note, r.reviewer, r.reviewed_at,
        f.claim_a,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_text ELSE ca.text END AS a_text,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_sentence ELSE ca.sentence END AS a_sentence,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_offset_in_sentence
             ELSE ca.start_char - ca.sentence_start END AS a_offset_in_sentence,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_speaker ELSE ca.speaker END AS a_speaker,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_speaker_role ELSE ca.speaker_role END AS a_speaker_role,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_speaker_kind ELSE ca.speaker_kind END AS a_speaker_kind,
        coalesce(ca.article_id, f.claim_a_article_id) AS a_article_id,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_outlet ELSE aa.outlet END AS a_outlet,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_published ELSE aa.published END AS a_published,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_title ELSE aa.title END AS a_title,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_url ELSE aa.url END AS a_url,
        CASE WHEN ca.claim_id IS NULL AND aa.article_id IS NOT NULL THEN 'changed'
             WHEN ca.claim_id IS NULL THEN 'removed'
             WHEN f.copy_a AND (ca.sentence IS DISTINCT FROM f.claim_a_sentence
                  OR ca.start_char - ca.sentence_start IS DISTINCT FROM f.claim_a_offset_in_sentence)
                  THEN 'edited'
             ELSE 'current' END AS a_claim_state,
        f.claim_b,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_text ELSE cb.text END AS b_text,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_sentence ELSE cb.sentence END AS b_sentence,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_offset_in_sentence
             ELSE cb.start_char - cb.sentence_start END AS b_offset_in_sentence,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_speaker ELSE cb.speaker END AS b_speaker,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_speaker_role ELSE cb.speaker_role END AS b_speaker_role,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_speaker_kind ELSE cb.speaker_kind END AS b_speaker_kind,
        coalesce(cb.article_id, f.claim_b_article_id) AS b_article_id,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_outlet ELSE ab.outlet END AS b_outlet,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_published ELSE ab.published END AS b_published,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_title ELSE ab.title END AS b_title,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_url ELSE ab.url END AS b_url,
        CASE WHEN cb.claim_id IS NULL AND ab.article_id IS NOT NULL THEN 'changed'
             WHEN cb.claim_id IS NULL THEN 'removed'
             WHEN f.copy_b AND (cb.sentence IS DISTINCT FROM f.claim_b_sentence
                  OR cb.start_char - cb.sentence_start IS DISTINCT FROM f.claim_b_offset_in_sentence)
                  THEN 'edited'
             ELSE 'current' END AS b_claim_state
    FROM (SELECT *, stale AND claim_a_sentence IS NOT NULL AS copy_a,
                 stale AND claim_b_sentence IS NOT NULL AS copy_b FROM conflicts) f
    LEFT JOIN claims ca ON ca.claim_id = f.claim_a
    LEFT JOIN articles aa ON aa.article_id = coalesce(ca.article_id, f.claim_a_article_id)
    LEFT JOIN claims cb ON cb.claim_id = f.claim_b
    LEFT JOIN articles ab ON ab.article_id = coalesce(cb.article_id, f.claim_b_article_id)
    LEFT JOIN latest_reviews r ON r.conflict_id = f.conflict_id;
    """,
    # 6 (x54): which extractor (claims.extract.EXTRACTOR_VERSION and the spaCy pipeline)
    # extracted each article's claims. Unchanged articles are skipped by sha256, so after an
    # upgrade the stored ones kept the old extraction for ever (a schema-2 store kept 75 seed
    # claims where a fresh run finds 77, and speaker_kind stayed NULL); a run now re-extracts
    # each article whose extractor differs, and NULL (stored before this migration) differs
    # from every extractor. `runs.articles_reextracted` counts them; `runs.conflict_rules` is
    # the fingerprint of the claims code the clusters and conflicts stand computed with, so
    # that a rules-only upgrade recomputes them on an unchanged inbox.
    """
    ALTER TABLE articles ADD COLUMN extractor VARCHAR;
    ALTER TABLE runs ADD COLUMN articles_reextracted INTEGER;
    ALTER TABLE runs ADD COLUMN conflict_rules VARCHAR;
    """,
    # 7 (x58): a stale conflict whose claim is still stored, in the same sentence, under
    # another speaker (an upgrade re-attributed it: "Dovecote Rangers" -> "Ravensworth
    # Athletic") was `current` on both sides, so it read as "no longer found by the conflict
    # rules ... their claims are unchanged" and was exported under the old speaker.
    # `claim_state` is now `reattributed` there, and `speaker_now` is the speaker the store
    # holds for the claim today (NULL once the claim is gone). Also the run's stale
    # conflicts by reason (`runs.stale_conflicts`, `stale_by_rules`, `stale_by_claims`): the
    # counts its summary prints ("+21 stale with verdicts, 21 no longer found ...").
    """
    ALTER TABLE runs ADD COLUMN stale_conflicts INTEGER;
    ALTER TABLE runs ADD COLUMN stale_by_rules INTEGER;
    ALTER TABLE runs ADD COLUMN stale_by_claims INTEGER;
    CREATE OR REPLACE VIEW conflict_report AS
    SELECT
        f.conflict_id, f.kind, f.score, f.reason, f.first_seen, f.stale,
        coalesce(r.verdict, 'open') AS status,
        r.note AS review_note, r.reviewer, r.reviewed_at,
        f.claim_a,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_text ELSE ca.text END AS a_text,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_sentence ELSE ca.sentence END AS a_sentence,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_offset_in_sentence
             ELSE ca.start_char - ca.sentence_start END AS a_offset_in_sentence,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_speaker ELSE ca.speaker END AS a_speaker,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_speaker_role ELSE ca.speaker_role END AS a_speaker_role,
        CASE WHEN ca.claim_id IS NULL OR f.copy_a THEN f.claim_a_speaker_kind ELSE ca.speaker_kind END AS a_speaker_kind,
        coalesce(ca.article_id, f.claim_a_article_id) AS a_article_id,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_outlet ELSE aa.outlet END AS a_outlet,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_published ELSE aa.published END AS a_published,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_title ELSE aa.title END AS a_title,
        CASE WHEN aa.article_id IS NULL OR f.copy_a THEN f.claim_a_url ELSE aa.url END AS a_url,
        CASE WHEN ca.claim_id IS NULL AND aa.article_id IS NOT NULL THEN 'changed'
             WHEN ca.claim_id IS NULL THEN 'removed'
             WHEN f.copy_a AND (ca.sentence IS DISTINCT FROM f.claim_a_sentence
                  OR ca.start_char - ca.sentence_start IS DISTINCT FROM f.claim_a_offset_in_sentence)
                  THEN 'edited'
             WHEN f.copy_a AND ca.speaker IS DISTINCT FROM f.claim_a_speaker THEN 'reattributed'
             ELSE 'current' END AS a_claim_state,
        ca.speaker AS a_speaker_now,
        f.claim_b,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_text ELSE cb.text END AS b_text,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_sentence ELSE cb.sentence END AS b_sentence,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_offset_in_sentence
             ELSE cb.start_char - cb.sentence_start END AS b_offset_in_sentence,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_speaker ELSE cb.speaker END AS b_speaker,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_speaker_role ELSE cb.speaker_role END AS b_speaker_role,
        CASE WHEN cb.claim_id IS NULL OR f.copy_b THEN f.claim_b_speaker_kind ELSE cb.speaker_kind END AS b_speaker_kind,
        coalesce(cb.article_id, f.claim_b_article_id) AS b_article_id,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_outlet ELSE ab.outlet END AS b_outlet,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_published ELSE ab.published END AS b_published,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_title ELSE ab.title END AS b_title,
        CASE WHEN ab.article_id IS NULL OR f.copy_b THEN f.claim_b_url ELSE ab.url END AS b_url,
        CASE WHEN cb.claim_id IS NULL AND ab.article_id IS NOT NULL THEN 'changed'
             WHEN cb.claim_id IS NULL THEN 'removed'
             WHEN f.copy_b AND (cb.sentence IS DISTINCT FROM f.claim_b_sentence
                  OR cb.start_char - cb.sentence_start IS DISTINCT FROM f.claim_b_offset_in_sentence)
                  THEN 'edited'
             WHEN f.copy_b AND cb.speaker IS DISTINCT FROM f.claim_b_speaker THEN 'reattributed'
             ELSE 'current' END AS b_claim_state,
        cb.speaker AS b_speaker_now
    FROM (SELECT *, stale AND claim_a_sentence IS NOT NULL AS copy_a,
                 stale AND claim_b_sentence IS NOT NULL AS copy_b FROM conflicts) f
    LEFT JOIN claims ca ON ca.claim_id = f.claim_a
    LEFT JOIN articles aa ON aa.article_id = coalesce(ca.article_id, f.claim_a_article_id)
    LEFT JOIN claims cb ON cb.claim_id = f.claim_b
    LEFT JOIN articles ab ON ab.article_id = coalesce(cb.article_id, f.claim_b_article_id)
    LEFT JOIN latest_reviews r ON r.conflict_id = f.conflict_id;
    """,
    # 8 (x60): see `_MIGRATION_8` below.
    "",
]


def _side_columns(x: str) -> str:
    """(x60) One side's columns of conflict_report (`x` is a or b), as of migration 8."""
    shown = f"c{x}.claim_id IS NULL OR f.copy_{x}"
    recut = f"f.claim_{x}_article_sha256 IS NOT NULL AND a{x}.sha256 = f.claim_{x}_article_sha256"
    return f"""
        f.claim_{x},
        CASE WHEN {shown} THEN f.claim_{x}_text ELSE c{x}.text END AS {x}_text,
        CASE WHEN {shown} THEN f.claim_{x}_sentence ELSE c{x}.sentence END AS {x}_sentence,
        CASE WHEN {shown} THEN f.claim_{x}_offset_in_sentence
             ELSE c{x}.start_char - c{x}.sentence_start END AS {x}_offset_in_sentence,
        CASE WHEN {shown} THEN f.claim_{x}_speaker ELSE c{x}.speaker END AS {x}_speaker,
        CASE WHEN {shown} THEN f.claim_{x}_speaker_role ELSE c{x}.speaker_role END AS {x}_speaker_role,
        CASE WHEN {shown} THEN f.claim_{x}_speaker_kind ELSE c{x}.speaker_kind END AS {x}_speaker_kind,
        coalesce(c{x}.article_id, f.claim_{x}_article_id) AS {x}_article_id,
        CASE WHEN a{x}.article_id IS NULL OR f.copy_{x} THEN f.claim_{x}_outlet ELSE a{x}.outlet END AS {x}_outlet,
        CASE WHEN a{x}.article_id IS NULL OR f.copy_{x} THEN f.claim_{x}_published ELSE a{x}.published END AS {x}_published,
        CASE WHEN a{x}.article_id IS NULL OR f.copy_{x} THEN f.claim_{x}_title ELSE a{x}.title END AS {x}_title,
        CASE WHEN a{x}.article_id IS NULL OR f.copy_{x} THEN f.claim_{x}_url ELSE a{x}.url END AS {x}_url,
        CASE WHEN c{x}.claim_id IS NULL AND a{x}.article_id IS NOT NULL AND {recut} THEN 'recut'
             WHEN c{x}.claim_id IS NULL AND a{x}.article_id IS NOT NULL THEN 'changed'
             WHEN c{x}.claim_id IS NULL THEN 'removed'
             WHEN f.copy_{x} AND (c{x}.sentence IS DISTINCT FROM f.claim_{x}_sentence
                  OR c{x}.start_char - c{x}.sentence_start IS DISTINCT FROM f.claim_{x}_offset_in_sentence)
                  THEN CASE WHEN {recut} THEN 'recut' ELSE 'edited' END
             WHEN f.copy_{x} AND c{x}.speaker IS DISTINCT FROM f.claim_{x}_speaker THEN 'reattributed'
             ELSE 'current' END AS {x}_claim_state,
        c{x}.speaker AS {x}_speaker_now,
        CASE WHEN {shown} THEN f.claim_{x}_measure ELSE q{x}.measure END AS {x}_measure,
        r.claim_{x}_speaker AS {x}_speaker_at_verdict,
        r.conflict_id IS NOT NULL AND r.claim_{x}_speaker IS DISTINCT FROM
            (CASE WHEN {shown} THEN f.claim_{x}_speaker ELSE c{x}.speaker END) AS {x}_reattributed_since_verdict,
        f.claim_{x}_extractor AS {x}_extractor_then,
        a{x}.extractor AS {x}_extractor_now,
        CASE WHEN c{x}.claim_id IS NULL AND {recut} THEN (
            SELECT string_agg(n.text, ' / ' ORDER BY n.start_char) FROM claims n
            WHERE n.article_id = f.claim_{x}_article_id AND n.start_char < f.claim_{x}_end_char
              AND n.end_char > f.claim_{x}_start_char)
             WHEN {recut} THEN c{x}.text END AS {x}_text_now"""


def _replaces_side(x: str) -> str:
    """(x60) The changed side `x` of a replacing conflict `n` is the same disagreement as
    the stale one's `o`: the same article, and the same place (the same sentence, the
    claims overlapping in it: re-cut) or the same speaker, named, and figure measure
    (corrected). Unattributed is nobody's speaker."""
    return (f"n.{x}_article_id = o.{x}_article_id AND ((n.{x}_sentence = o.{x}_sentence "
            f"AND n.{x}_offset_in_sentence < o.{x}_offset_in_sentence + length(o.{x}_text) "
            f"AND o.{x}_offset_in_sentence < n.{x}_offset_in_sentence + length(n.{x}_text)) "
            f"OR (o.{x}_speaker IS NOT NULL AND n.{x}_speaker = o.{x}_speaker "
            f"AND o.{x}_measure IS NOT NULL AND n.{x}_measure = o.{x}_measure))")


def _unchanged_side(x: str) -> str:
    """The same statement: the same claim, under the same speaker (or both unattributed)."""
    return (f"n.claim_{x} = o.claim_{x} AND n.{x}_article_id = o.{x}_article_id "
            f"AND n.{x}_speaker IS NOT DISTINCT FROM o.{x}_speaker")


def _conflict_report_view(group_columns: str = "") -> str:
    """The conflict_report view as of migration 8; (y62) migration 9 adds `group_columns`."""
    return f"""CREATE OR REPLACE VIEW conflict_report AS
    WITH first_measures AS (
        SELECT claim_id, arg_min(measure, start_char) AS measure FROM quantities GROUP BY claim_id
    ), base AS (
    SELECT
        f.conflict_id, f.kind, f.score, f.reason, f.first_seen, f.stale,
        coalesce(r.verdict, 'open') AS status,
        r.note AS review_note, r.reviewer, r.reviewed_at,{_side_columns("a")},{_side_columns("b")}{group_columns}
    FROM (SELECT *, stale AND claim_a_sentence IS NOT NULL AS copy_a,
                 stale AND claim_b_sentence IS NOT NULL AS copy_b FROM conflicts) f
    LEFT JOIN claims ca ON ca.claim_id = f.claim_a
    LEFT JOIN articles aa ON aa.article_id = coalesce(ca.article_id, f.claim_a_article_id)
    LEFT JOIN first_measures qa ON qa.claim_id = ca.claim_id
    LEFT JOIN claims cb ON cb.claim_id = f.claim_b
    LEFT JOIN articles ab ON ab.article_id = coalesce(cb.article_id, f.claim_b_article_id)
    LEFT JOIN first_measures qb ON qb.claim_id = cb.claim_id
    LEFT JOIN latest_reviews r ON r.conflict_id = f.conflict_id
    ), links AS (
    SELECT n.conflict_id AS new_id, o.conflict_id AS old_id FROM base n JOIN base o
    ON o.stale AND NOT n.stale AND o.status <> 'open' AND n.kind = o.kind
       AND (o.a_claim_state <> 'current' OR o.b_claim_state <> 'current')
       AND (({_unchanged_side("a")} AND n.claim_b <> o.claim_b AND {_replaces_side("b")})
         OR ({_unchanged_side("b")} AND n.claim_a <> o.claim_a AND {_replaces_side("a")}))
    )
    SELECT base.*,
        CASE WHEN NOT base.stale THEN NULL
             WHEN base.a_claim_state = 'current' AND base.b_claim_state = 'current' THEN 'rules'
             ELSE 'claims' END AS stale_because,
        (SELECT min(old_id) FROM links WHERE new_id = base.conflict_id) AS replaces_id,
        (SELECT min(new_id) FROM links WHERE old_id = base.conflict_id) AS replaced_by
    FROM base;"""


# 8 (x60, review u60): (1) each verdict keeps the speaker each side had when it was recorded
# (`reviews.claim_a_speaker`, `claim_b_speaker`; filled for earlier verdicts from the
# conflicts' copies, taken by the run that last found them): a conflict still found after
# a side's claim moved to another speaker kept its verdict and was exported under the new
# one. conflict_report says so per side (`a_speaker_at_verdict`,
# `a_reattributed_since_verdict`). (2) `replaces_id` / `replaced_by` (the x58 link, made in
# Python until now) are columns, on a stricter rule: the same statement on the unchanged
# side, and on the changed side the same place or the same named speaker and figure
# measure (`a_measure`, the first figure's, copied as `conflicts.claim_a_measure`);
# two unattributed sides had linked unrelated conflicts. (3) `claim_state` 'recut': the
# article's text is the one the conflict was found on (`conflicts.claim_a_article_sha256`)
# but its claims were extracted again by another extractor (`a_extractor_then` ->
# `a_extractor_now`), which cut the claim differently (`a_text_now`); it had read as an
# edited article. (5) `stale_because` as a column, as the JSON report has it.
_MIGRATION_8 = f"""
    ALTER TABLE reviews ADD COLUMN claim_a_speaker VARCHAR;
    ALTER TABLE reviews ADD COLUMN claim_b_speaker VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_start_char INTEGER;
    ALTER TABLE conflicts ADD COLUMN claim_a_end_char INTEGER;
    ALTER TABLE conflicts ADD COLUMN claim_a_measure VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_article_sha256 VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_a_extractor VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_start_char INTEGER;
    ALTER TABLE conflicts ADD COLUMN claim_b_end_char INTEGER;
    ALTER TABLE conflicts ADD COLUMN claim_b_measure VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_article_sha256 VARCHAR;
    ALTER TABLE conflicts ADD COLUMN claim_b_extractor VARCHAR;
    UPDATE conflicts SET claim_a_start_char = c.start_char, claim_a_end_char = c.end_char,
        claim_a_measure = (SELECT arg_min(q.measure, q.start_char) FROM quantities q WHERE q.claim_id = c.claim_id),
        claim_a_article_sha256 = a.sha256, claim_a_extractor = a.extractor
    FROM claims c JOIN articles a USING (article_id) WHERE c.claim_id = conflicts.claim_a;
    UPDATE conflicts SET claim_b_start_char = c.start_char, claim_b_end_char = c.end_char,
        claim_b_measure = (SELECT arg_min(q.measure, q.start_char) FROM quantities q WHERE q.claim_id = c.claim_id),
        claim_b_article_sha256 = a.sha256, claim_b_extractor = a.extractor
    FROM claims c JOIN articles a USING (article_id) WHERE c.claim_id = conflicts.claim_b;
    UPDATE reviews SET claim_a_speaker = coalesce(f.claim_a_speaker, ca.speaker),
        claim_b_speaker = coalesce(f.claim_b_speaker, cb.speaker)
    FROM conflicts f LEFT JOIN claims ca ON ca.claim_id = f.claim_a
    LEFT JOIN claims cb ON cb.claim_id = f.claim_b WHERE f.conflict_id = reviews.conflict_id;
    CREATE OR REPLACE VIEW latest_reviews AS
    SELECT conflict_id, verdict, note, reviewer, reviewed_at, claim_a_speaker, claim_b_speaker
    FROM reviews
    QUALIFY row_number() OVER (PARTITION BY conflict_id ORDER BY reviewed_at DESC) = 1;
    {_conflict_report_view()}
    """
MIGRATIONS[7] = _MIGRATION_8

# 9 (y62, review u62): each conflict's group, the matter it is about, as a column
# (`conflict_report."group"`, `group_label`), so that analysts rebuild the report's headings in
# SQL. The group is the pair of clusters of the conflict's two claims (a claim in no cluster
# is a matter of its own) and, between figures, the measure compared: what the measure is
# needs the claims' words (`claims.grouping`), so each run stores it
# (`conflicts.group_key`, `group_label`, `store.writes.regroup_conflicts`) in its last
# transaction. Until a run stores them, a migrated store's groups are the pairs of clusters.
PAIR_KEY = """CASE
    WHEN ka.cluster_id IS NULL AND kb.cluster_id IS NULL THEN f.conflict_id
    WHEN ka.cluster_id IS NOT DISTINCT FROM kb.cluster_id THEN ka.cluster_id
    ELSE array_to_string(list_sort([coalesce(ka.cluster_id, 'claim:' || f.claim_a),
                                    coalesce(kb.cluster_id, 'claim:' || f.claim_b)]), '+') END"""
_GROUP_COLUMNS = """,
        coalesce(f.group_key, f.conflict_id) AS "group", f.group_label"""
_MIGRATION_9 = f"""
    ALTER TABLE conflicts ADD COLUMN group_key VARCHAR;
    ALTER TABLE conflicts ADD COLUMN group_label VARCHAR;
    UPDATE conflicts SET group_key = g.key FROM (
        SELECT f.conflict_id, {PAIR_KEY} AS key FROM conflicts f
        LEFT JOIN clusters ka ON ka.claim_id = f.claim_a LEFT JOIN clusters kb ON kb.claim_id = f.claim_b
    ) g WHERE g.conflict_id = conflicts.conflict_id;
    {_conflict_report_view(_GROUP_COLUMNS)}
"""
MIGRATIONS.append(_MIGRATION_9)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """The store was written by a newer counterclaim: its schema has migrations this code
    does not know, so it must not write to it (store.connection says so naming the file)."""

    def __init__(self, version: int) -> None:
        super().__init__(
            f"schema version {version} is newer than this counterclaim ({SCHEMA_VERSION}); "
            "upgrade counterclaim"
        )
        self.version = version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()
    if rows[0][0] == 0:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Applies the missing migrations, each in its own transaction; returns the version."""
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(version)
    for number in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(con):
            if number == 1:
                con.execute(
                    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
                )
            con.execute(MIGRATIONS[number - 1])
            con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
    return SCHEMA_VERSION


TABLES = ("schema_version", "articles", "claims", "quantities", "clusters", "conflicts",
          "reviews", "runs", "rejections")
VIEWS = ("cluster_info", "latest_reviews", "conflict_report")
