-- Roles of API keys (issue #19): a key gets one or more of query, ingest, agent, admin when it is created. Keys made
-- before roles existed were all admin keys in effect, so they keep admin; new rows must name their roles.
ALTER TABLE api_keys ADD COLUMN roles text[] NOT NULL DEFAULT '{admin}'
    CHECK (cardinality(roles) BETWEEN 1 AND 4 AND roles <@ ARRAY['query', 'ingest', 'agent', 'admin']);
ALTER TABLE api_keys ALTER COLUMN roles DROP DEFAULT;
-- The key that created this one (NULL for the configured key and keys made before this column): rotating the
-- configured key can revoke what it created (Auth:RevokeKeysOfRotatedKey).
ALTER TABLE api_keys ADD COLUMN created_by uuid REFERENCES api_keys (id);
CREATE INDEX api_keys_created_by ON api_keys (created_by) WHERE created_by IS NOT NULL;

-- Who may read a collection: public (anyone, with or without a key) or private (admin keys, the keys in
-- allowed_keys and keys holding a role in allowed_roles). The seeded collections stay public.
ALTER TABLE collections ADD COLUMN visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private'));
ALTER TABLE collections ADD COLUMN allowed_roles text[] NOT NULL DEFAULT '{}'
    CHECK (allowed_roles <@ ARRAY['query', 'ingest', 'agent', 'admin']);
ALTER TABLE collections ADD COLUMN allowed_keys uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(allowed_keys) <= 100);

-- Who may read a query back and escalate it: the key that asked, or (anonymous askers) whoever holds the access
-- token returned with the answer; only its SHA-256 is kept. Queries from before have neither: agents and admins only.
ALTER TABLE queries ADD COLUMN asker_key_id uuid;
ALTER TABLE queries ADD COLUMN access_token_sha256 bytea CHECK (octet_length(access_token_sha256) = 32);
