-- Escalations to a human (US4): at most one per query, whoever asked first (the worker on a low-confidence or
-- unvalidated answer, or the user via POST /query/{id}/escalate), so a redelivered query message or a second
-- click cannot open a second case. The priority is in [0, 1]; its inputs are kept for the agent to read.
ALTER TABLE escalation_requests
    ADD COLUMN source      text NOT NULL DEFAULT 'automatic' CHECK (source IN ('automatic', 'user')),
    ADD COLUMN confidence  double precision CHECK (confidence BETWEEN 0 AND 1),
    ADD COLUMN impact      text[] NOT NULL DEFAULT '{}',
    ADD COLUMN assigned_at timestamptz,
    ADD COLUMN resolved_at timestamptz,
    ADD CONSTRAINT escalation_requests_reason CHECK (reason IN ('low_confidence', 'validation_failed', 'user_request')),
    ADD CONSTRAINT escalation_requests_priority CHECK (priority BETWEEN 0 AND 1),
    -- The state machine's invariants, so no writer can store an assigned case without an assignee or a resolved one without a resolution.
    ADD CONSTRAINT escalation_requests_state CHECK (
        (status = 'open' AND assignee IS NULL AND resolution IS NULL)
        OR (status = 'assigned' AND assignee IS NOT NULL AND assigned_at IS NOT NULL AND resolution IS NULL)
        OR (status = 'resolved' AND assignee IS NOT NULL AND resolution IS NOT NULL AND resolved_at IS NOT NULL));
CREATE UNIQUE INDEX escalation_requests_query ON escalation_requests (query_id);
