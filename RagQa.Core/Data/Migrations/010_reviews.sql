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
    folded      text NOT NULL,   -- the chunks' folded texts joined: what "mentions a word" matches
    first_chunk uuid NOT NULL,   -- the chunk an answer cites for the review: its first by ordinal (then id)
    first_ordinal integer NOT NULL,
    PRIMARY KEY (collection, source_id, meta_hash)
);

-- The review rows of the given chunks alone (the reviews table's columns, in order): one per collection, source id and
-- metadata, from those chunks only.
CREATE FUNCTION review_rows(chunk_ids uuid[]) RETURNS TABLE (
    collection text, source_id text, meta_hash text, metadata jsonb, score smallint, day date, chars integer, folded text,
    first_chunk uuid, first_ordinal integer) LANGUAGE sql STABLE AS $$
    SELECT c.collection, c.source_id, md5(c.metadata::text), c.metadata, max(c.review_score), max(c.review_day)::date,
           sum(length(c.text))::int, string_agg(c.folded, ' ' ORDER BY c.ordinal, c.id), (array_agg(c.id ORDER BY c.ordinal, c.id))[1],
           min(c.ordinal)
    FROM chunks c WHERE c.id = ANY (chunk_ids)
    GROUP BY c.collection, c.source_id, c.metadata
$$;

-- Writers of a collection's chunks take turns (until their transaction ends), so that a recomputation below sees every
-- chunk committed before it (READ COMMITTED: each statement after the lock takes a new snapshot). Without it, a document
-- deleted while another holding the same review is written could leave the review computed without the new chunks.
CREATE FUNCTION lock_reviews_of(collections text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('ragqa.reviews'), hashtext(k.collection))
    FROM (SELECT DISTINCT unnest(collections) AS collection ORDER BY 1) k;
END $$;

-- Recomputes the rows of the reviews whose chunks were deleted or changed, from every chunk they have now; a review left
-- without chunks is removed.
CREATE FUNCTION refresh_reviews(changed_collections text[], changed_sources text[], changed_metadata jsonb[])
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lock_reviews_of(changed_collections);
    WITH changed AS (
        SELECT DISTINCT collection, source_id, metadata, md5(metadata::text) AS meta_hash
        FROM unnest(changed_collections, changed_sources, changed_metadata) AS t (collection, source_id, metadata)),
    current AS (
        SELECT * FROM review_rows(ARRAY(
            SELECT c.id FROM changed k JOIN chunks c ON c.collection = k.collection AND c.source_id = k.source_id AND c.metadata = k.metadata))),
    gone AS (
        DELETE FROM reviews r USING changed k
        WHERE r.collection = k.collection AND r.source_id = k.source_id AND r.meta_hash = k.meta_hash
          AND NOT EXISTS (SELECT 1 FROM current c WHERE c.collection = k.collection AND c.source_id = k.source_id AND c.meta_hash = k.meta_hash))
    INSERT INTO reviews SELECT * FROM current ORDER BY 1, 2, 3
    ON CONFLICT (collection, source_id, meta_hash) DO UPDATE SET
        score = excluded.score, day = excluded.day, chars = excluded.chars, folded = excluded.folded,
        first_chunk = excluded.first_chunk, first_ordinal = excluded.first_ordinal;
END $$;

-- New chunks are added to their reviews' rows rather than the rows recomputed from all their chunks: a file that repeats
-- its reviews (the same id and metadata in every copy) would otherwise make each insert re-read every earlier copy.
CREATE FUNCTION add_new_chunks_to_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lock_reviews_of(array_agg(DISTINCT collection)) FROM new_chunks HAVING count(*) > 0;
    INSERT INTO reviews SELECT * FROM review_rows(ARRAY(SELECT id FROM new_chunks)) ORDER BY 1, 2, 3
    ON CONFLICT (collection, source_id, meta_hash) DO UPDATE SET
        score = greatest(reviews.score, excluded.score), day = greatest(reviews.day, excluded.day),
        chars = reviews.chars + excluded.chars, folded = reviews.folded || ' ' || excluded.folded,
        first_chunk = CASE WHEN (excluded.first_ordinal, excluded.first_chunk) < (reviews.first_ordinal, reviews.first_chunk)
                           THEN excluded.first_chunk ELSE reviews.first_chunk END,
        first_ordinal = least(reviews.first_ordinal, excluded.first_ordinal);
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

CREATE TRIGGER chunks_add_to_reviews AFTER INSERT ON chunks REFERENCING NEW TABLE AS new_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION add_new_chunks_to_reviews();
-- Also when a document is deleted: the foreign key's cascade deletes its chunks through this trigger.
CREATE TRIGGER chunks_refresh_reviews_delete AFTER DELETE ON chunks REFERENCING OLD TABLE AS old_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_reviews_of_old_chunks();
CREATE TRIGGER chunks_refresh_reviews_update AFTER UPDATE ON chunks REFERENCING OLD TABLE AS old_chunks NEW TABLE AS new_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION refresh_reviews_of_updated_chunks();

-- Chunks stored before this migration.
INSERT INTO reviews SELECT * FROM review_rows(ARRAY(SELECT id FROM chunks));
