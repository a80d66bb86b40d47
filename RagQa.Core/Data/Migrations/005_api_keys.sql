-- Admin API keys, stored as hashes only. Keys are 256 random bits, so a fast unsalted SHA-256 is the right
-- hash: salting and slow hashes (bcrypt, Argon2) defend low-entropy passwords against guessing, and no
-- guessing attack on a 256-bit random value is feasible however fast the hash. A fast hash also lets every
-- request look its key up by the hash (unique index) instead of comparing against every stored key.
CREATE TABLE api_keys (
    id              uuid PRIMARY KEY,
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    key_sha256      bytea NOT NULL UNIQUE CHECK (octet_length(key_sha256) = 32),
    -- True for the key configured in the AppHost (parameter admin-api-key), seeded at start-up.
    configured      boolean NOT NULL DEFAULT false,
    -- Requests per rate-limit window on POST /query for this key; NULL = RateLimiting:PerKeyPermitLimit.
    rate_limit      integer CHECK (rate_limit > 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz,
    last_used_at    timestamptz
);
CREATE INDEX api_keys_created ON api_keys (created_at DESC);

-- Audit queries by subject ("everything that happened to document X").
CREATE INDEX audit_events_subject ON audit_events (subject_type, subject_id, occurred_at DESC);
