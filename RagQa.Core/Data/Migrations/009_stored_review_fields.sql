-- What every count over a collection reads of a chunk, stored when the chunk is written instead of worked out from
-- its text and metadata at each question (issue #21: an analytical question spent most of its time here).
--
-- The text lower-cased and without accents: "reviews that mention a word" matched every review's text folded at
-- query time, and unaccent was most of the cost (~6× the regular expression itself). unaccent is only STABLE (its
-- dictionary could change), so a generated column needs an IMMUTABLE wrapper that names the dictionary; the deploy
-- never changes it.
CREATE FUNCTION ragqa_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;

ALTER TABLE chunks
    ADD COLUMN folded text GENERATED ALWAYS AS (ragqa_fold(text)) STORED,
    -- The review's score when it is a whole number of stars 1–5 (QueryFilters.ScoreKey), null otherwise.
    ADD COLUMN review_score smallint GENERATED ALWAYS AS (
        CASE WHEN metadata ->> 'review_score' ~ '^[1-5]$' THEN (metadata ->> 'review_score')::smallint END) STORED,
    -- The review's day as ISO text (QueryFilters.DateKey): text, because a cast to date is not immutable (it reads
    -- DateStyle); ISO days sort as dates do, and the statements cast the one value per review they keep.
    ADD COLUMN review_day text GENERATED ALWAYS AS (
        CASE WHEN metadata ->> 'review_creation_date' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN left(metadata ->> 'review_creation_date', 10) END) STORED;

-- A review's chunks by its id (the analysis looks up the first chunk of the reviews it cites); the collection alone
-- is this index's prefix.
CREATE INDEX chunks_collection_source ON chunks (collection, source_id);
DROP INDEX chunks_collection;
