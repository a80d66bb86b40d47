-- The roles the services use, with passwords from the environment (\getenv, never a command line): ragqa_owner owns
-- the database and runs the api's migrations; ragqa_app may read and write the owner's tables and nothing else.
-- psql runs it as the superuser, connected to the application's database: in Kubernetes once, from the postgres
-- image's entrypoint on an empty data directory; in local mode and the tests at every start (scripts/local/postgres.sh),
-- so every statement may run again.
\set ON_ERROR_STOP on
\getenv owner_password RAGQA_OWNER_PASSWORD
\getenv app_password RAGQA_APP_PASSWORD
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ragqa_owner') AS create_owner,
       NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ragqa_app') AS create_app \gset
\if :create_owner
CREATE ROLE ragqa_owner;
\endif
\if :create_app
CREATE ROLE ragqa_app;
\endif
ALTER ROLE ragqa_owner LOGIN PASSWORD :'owner_password';
ALTER ROLE ragqa_app LOGIN PASSWORD :'app_password';
ALTER DATABASE :"DBNAME" OWNER TO ragqa_owner;
ALTER SCHEMA public OWNER TO ragqa_owner;
REVOKE ALL ON DATABASE :"DBNAME" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"DBNAME" TO ragqa_owner, ragqa_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ragqa_app;
-- What the migrations create later: data rights for the services, no DDL.
ALTER DEFAULT PRIVILEGES FOR ROLE ragqa_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ragqa_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ragqa_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ragqa_app;
