-- Analytical answers: what kind of answer it is and its figures as data (measure, population, value, table).
ALTER TABLE answers ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'specific' CHECK (kind IN ('analytical', 'specific', 'out_of_scope'));
ALTER TABLE answers ADD COLUMN IF NOT EXISTS analysis jsonb;
