-- Embedded vector store: vectors durable in Postgres, scanned in-process by every worker.

-- One row per chunk per vector space (collection, model, dimensions). A delete keeps the row as a
-- tombstone (deleted = true, vector and metadata cleared) so that processes holding an in-memory copy
-- learn about it from the same change feed as upserts.
CREATE TABLE chunk_vectors (
    collection   text NOT NULL,
    model        text NOT NULL,
    dimensions   integer NOT NULL CHECK (dimensions > 0),
    chunk_id     uuid NOT NULL,
    document_id  uuid NOT NULL,
    source_id    text NOT NULL,
    metadata     jsonb NOT NULL DEFAULT '{}',
    -- float32 little-endian, dimensions * 4 bytes.
    vector       bytea,
    deleted      boolean NOT NULL DEFAULT false,
    -- The writing transaction: readers catch up by asking for rows of transactions their last
    -- snapshot could not see (a plain sequence would skip rows whose transaction commits late).
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (collection, model, dimensions, chunk_id),
    CHECK (deleted OR octet_length(vector) = dimensions * 4)
);
CREATE INDEX chunk_vectors_changes ON chunk_vectors (collection, model, dimensions, xid);
CREATE INDEX chunk_vectors_document ON chunk_vectors (collection, document_id);
