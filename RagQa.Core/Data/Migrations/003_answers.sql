-- What each answer was for and how it was made: the question's intent and language, the share of its
-- sentences grounded in the cited sources, and the model's token usage when it reports one.
ALTER TABLE answers
    ADD COLUMN intent             text,
    ADD COLUMN language           text,
    ADD COLUMN grounding_coverage double precision CHECK (grounding_coverage BETWEEN 0 AND 1),
    ADD COLUMN input_tokens       bigint,
    ADD COLUMN output_tokens      bigint;
