-- Typo tolerance (issue #21): every lexeme of each collection's chunks, so that a question word no chunk contains
-- can be corrected to the most similar one by trigram similarity (pg_trgm, a trusted extension of contrib).
-- Kept by a statement trigger on chunk inserts; a lexeme stays when its chunks are deleted (a correction to it then
-- matches nothing, which costs nothing but the slot).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE collection_lexemes (
    collection text NOT NULL,
    lexeme     text COLLATE "C" NOT NULL,  -- byte order: the primary key answers prefix lookups (LIKE 'x%')
    PRIMARY KEY (collection, lexeme)
);
CREATE INDEX collection_lexemes_trigrams ON collection_lexemes USING gin (lexeme gin_trgm_ops);

CREATE FUNCTION record_chunk_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- In key order, so that two ingestions adding the same new lexemes wait for each other instead of deadlocking.
    INSERT INTO collection_lexemes (collection, lexeme)
    SELECT DISTINCT n.collection, l.lexeme
    FROM new_chunks n, unnest(tsvector_to_array(n.tsv)) AS l (lexeme)
    ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER chunks_record_lexemes AFTER INSERT ON chunks REFERENCING NEW TABLE AS new_chunks
    FOR EACH STATEMENT EXECUTE FUNCTION record_chunk_lexemes();

-- Chunks indexed before this migration.
INSERT INTO collection_lexemes (collection, lexeme)
SELECT DISTINCT c.collection, l.lexeme FROM chunks c, unnest(tsvector_to_array(c.tsv)) AS l (lexeme)
ON CONFLICT DO NOTHING;
