-- One row per review, kept from its chunks at write (issue #21): every analysis used to fold each review's chunks into
-- one row again (GROUP BY over every chunk of the collection, the whole text joined), which was most of its time and the
-- largest share of Postgres's work under load. A review is a source id with its metadata, as the analyses count it: Olist
-- reuses a review id for the orders it covers, and each order's record is a review of its own. Two documents holding the
-- same review (the same id and metadata) make one row.
CREATE TABLE reviews (
    collection  text NOT NULL,
    source_id   text NOT NULL,
    -- The metadata's hash stands in for the metadata in the key: jsonb text is canonical (sorted keys), and a btree
    -- entry of the whole metadata could pass the index's size limit.
    meta_hash   text NOT NULL,
    metadata    jsonb NOT NULL,
    score       smallint,        -- the chunks' review_score (migration 009): 1–5 or unknown
    day         date,            -- the chunks' review_day
    chars       integer NOT NULL, -- the length of the whole text (readable examples are 30–240 characters)
    folded      text NOT NULL,   -- the chunks' folded text joined in order: what "mentions a word" matches
    first_chunk uuid NOT NULL,   -- the chunk an answer cites for the review
    PRIMARY KEY (collection, source_id, meta_hash)
);

-- Recomputes the rows of the reviews whose chunks changed, from every chunk they have now (a review's chunks can arrive
-- in different statements or documents); a review left without chunks is removed.
CREATE FUNCTION refresh_reviews(changed_collections text[], changed_sources text[], changed_metadata jsonb[])
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- Writers of a collection's chunks take turns here, so that each recomputes after the other's chunks are committed
    -- (READ COMMITTED: the statements below see them). Without it, two documents holding the same review at once would
    -- each write the review from its own chunks only.
    PERFORM pg_advisory_xact_lock(hashtext('ragqa.reviews'), hashtext(k.collection))
    FROM (SELECT DISTINCT unnest(changed_collections) AS collection ORDER BY 1) k;

    WITH changed AS (
        SELECT DISTINCT collection, source_id, metadata, md5(metadata::text) AS meta_hash
        FROM unnest(changed_collections, changed_sources, changed_metadata) AS t (collection, source_id, metadata)),
    current AS (
        SELECT c.collection, c.source_id, k.meta_hash, c.metadata,
               max(c.review_score) AS score, max(c.review_day)::date AS day, sum(length(c.text))::int AS chars,
               string_agg(c.folded, ' ' ORDER BY c.ordinal, c.id) AS folded,
               (array_agg(c.id ORDER BY c.ordinal, c.id))[1] AS first_chunk
        FROM changed k JOIN chunks c ON c.collection = k.collection AND c.source_id = k.source_id AND c.metadata = k.metadata
        GROUP BY c.collection, c.source_id, k.meta_hash, c.metadata),
    gone AS (
        DELETE FROM reviews r USING changed k
        WHERE r.collection = k.collection AND r.source_id = k.source_id AND r.meta_hash = k.meta_hash
          AND NOT EXISTS (SELECT 1 FROM current c WHERE c.collection = k.collection AND c.source_id = k.source_id AND c.meta_hash = k.meta_hash))
    INSERT INTO reviews (collection, source_id, meta_hash, metadata, score, day, chars, folded, first_chunk)
    SELECT collection, source_id, meta_hash, metadata, score, day, chars, folded, first_chunk FROM current
    ORDER BY 1, 2, 3
    ON CONFLICT (collection, source_id, meta_hash) DO UPDATE SET
        score = excluded.score, day = excluded.day, chars = excluded.chars, folded = excluded.folded, first_chunk = excluded.first_chunk;
END $$;

CREATE FUNCTION refresh_reviews_of_new_chunks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_reviews(array_agg(collection), array_agg(source_id), array_agg(metadata)) FROM new_chunks HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE FUNCTION refresh_reviews_of_old_chunks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_reviews(array_agg(collection), array_agg(source_id), array_agg(metadata)) FROM old_chunks HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE FUNCTION refresh_reviews_of_updated_chunks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_reviews(array_agg(collection), array_agg(source_id), array_agg(metadata))
    FROM (SELECT collection, source_id, metadata FROM old_chunks UNION ALL SELECT collection, source_id, metadata FROM new_chunks) c
    HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE TRIGGER chunks_refresh_reviews_insert AFTER INSERT ON chunks REFERENCING NEW TABLE AS new_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_reviews_of_new_chunks();
-- Also when a document is deleted: the foreign key's cascade deletes its chunks through this trigger.
CREATE TRIGGER chunks_refresh_reviews_delete AFTER DELETE ON chunks REFERENCING OLD TABLE AS old_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_reviews_of_old_chunks();
CREATE TRIGGER chunks_refresh_reviews_update AFTER UPDATE ON chunks REFERENCING OLD TABLE AS old_chunks NEW TABLE AS new_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_reviews_of_updated_chunks();

-- Chunks stored before this migration.
INSERT INTO reviews (collection, source_id, meta_hash, metadata, score, day, chars, folded, first_chunk)
SELECT c.collection, c.source_id, md5(c.metadata::text), c.metadata,
       max(c.review_score), max(c.review_day)::date, sum(length(c.text))::int,
       string_agg(c.folded, ' ' ORDER BY c.ordinal, c.id), (array_agg(c.id ORDER BY c.ordinal, c.id))[1]
FROM chunks c GROUP BY c.collection, c.source_id, c.metadata;
