-- RagQa schema v1. Applied once by DatabaseMigrator under an advisory lock.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Portuguese full-text search that ignores accents: "reclamação" and "reclamacao" stem alike.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'ragqa_pt') THEN
        CREATE TEXT SEARCH CONFIGURATION ragqa_pt (COPY = portuguese);
        ALTER TEXT SEARCH CONFIGURATION ragqa_pt
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
    END IF;
END $$;

CREATE TABLE collections (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z0-9_]{1,64}$'),
    description text NOT NULL DEFAULT '',
    is_system   boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO collections (name, description, is_system) VALUES
    ('olist_reviews', 'Olist e-commerce order reviews (pt-BR)', true),
    ('product_docs', 'Product documentation', true),
    ('support_articles', 'Support knowledge-base articles', true);

CREATE TABLE documents (
    id               uuid PRIMARY KEY,
    collection       text NOT NULL REFERENCES collections (name),
    filename         text NOT NULL,
    content_type     text NOT NULL,
    size_bytes       bigint NOT NULL DEFAULT 0,
    sha256           text,
    status           text NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('uploading', 'queued', 'parsing', 'chunking', 'embedding', 'indexed', 'failed')),
    options          jsonb NOT NULL DEFAULT '{}',
    chunks_total     integer NOT NULL DEFAULT 0,
    chunks_embedded  integer NOT NULL DEFAULT 0,
    rows_skipped     integer NOT NULL DEFAULT 0,
    redactions       integer NOT NULL DEFAULT 0,
    error            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    indexed_at       timestamptz
);
-- Same bytes into the same collection is the same document (idempotent upload).
CREATE UNIQUE INDEX documents_collection_sha256 ON documents (collection, sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX documents_collection_status ON documents (collection, status, created_at DESC);

-- Raw uploads, streamed in blocks so that no process ever holds a whole file.
CREATE TABLE upload_blocks (
    document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    data        bytea NOT NULL,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE chunks (
    id          uuid PRIMARY KEY,                 -- deterministic: derived from document id + ordinal
    document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    collection  text NOT NULL,
    source_id   text NOT NULL,
    ordinal     integer NOT NULL,
    text        text NOT NULL,
    metadata    jsonb NOT NULL DEFAULT '{}',
    tsv         tsvector GENERATED ALWAYS AS (to_tsvector('ragqa_pt'::regconfig, text)) STORED,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (document_id, ordinal)
);
CREATE INDEX chunks_tsv ON chunks USING gin (tsv);
CREATE INDEX chunks_collection ON chunks (collection);
CREATE INDEX chunks_document ON chunks (document_id);
CREATE INDEX chunks_metadata ON chunks USING gin (metadata jsonb_path_ops);

-- Ledger of embed batches: a redelivered batch that is already done is acknowledged without work.
CREATE TABLE embedding_jobs (
    batch_id     uuid PRIMARY KEY,
    document_id  uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    first_ordinal integer NOT NULL,
    chunk_count  integer NOT NULL,
    status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    attempts     integer NOT NULL DEFAULT 0,
    model        text,
    error        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz
);
CREATE INDEX embedding_jobs_document ON embedding_jobs (document_id, status);

CREATE TABLE queries (
    id              uuid PRIMARY KEY,
    question        text NOT NULL,                -- PII-redacted before it is stored
    collection      text NOT NULL,
    filters         jsonb NOT NULL DEFAULT '{}',
    top_k           integer NOT NULL,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'answered', 'failed')),
    error           text,
    correlation_id  text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    answered_at     timestamptz
);
CREATE INDEX queries_created ON queries (created_at DESC);

CREATE TABLE answers (
    query_id    uuid PRIMARY KEY REFERENCES queries (id) ON DELETE CASCADE,
    answer      text NOT NULL,
    mode        text NOT NULL,
    model       text,
    confidence  double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    cache_hit   boolean NOT NULL DEFAULT false,
    latency_ms  integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE query_results (
    query_id        uuid NOT NULL REFERENCES queries (id) ON DELETE CASCADE,
    rank            integer NOT NULL,
    chunk_id        uuid NOT NULL,
    document_id     uuid NOT NULL,
    score           double precision NOT NULL,
    citation_index  integer,
    quote           text,
    PRIMARY KEY (query_id, rank)
);
CREATE INDEX query_results_document ON query_results (document_id);

CREATE TABLE escalation_requests (
    id          uuid PRIMARY KEY,
    query_id    uuid NOT NULL REFERENCES queries (id) ON DELETE CASCADE,
    status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'resolved')),
    priority    double precision NOT NULL DEFAULT 0,
    reason      text NOT NULL,
    assignee    text,
    resolution  text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX escalation_requests_status ON escalation_requests (status, priority DESC, created_at);

CREATE TABLE audit_events (
    id            uuid PRIMARY KEY,               -- the event id: a redelivered event is stored once
    action        text NOT NULL,
    actor         text NOT NULL,
    subject_type  text,
    subject_id    text,
    details       jsonb NOT NULL DEFAULT '{}',
    occurred_at   timestamptz NOT NULL
);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at DESC);
CREATE INDEX audit_events_action ON audit_events (action, occurred_at DESC);
