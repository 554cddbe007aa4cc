#!/usr/bin/env bash
# Creates Samenwerking's database and its two roles, once, when PostgreSQL's data volume is new (the postgres image runs
# the scripts in /docker-entrypoint-initdb.d then; see docker-compose.yml and docs/operations.md):
#   samenwerking_owner  owns the database and its schema: the migrations run as this role (the `migrate` service).
#   samenwerking_app    the app's role: reads and writes rows, may not create, alter or drop anything. Neither is a superuser.
# Settings (environment): SAMENWERKING_OWNER_PASSWORD, SAMENWERKING_APP_PASSWORD, SAMENWERKING_DB (samenwerking).
# psql connects as POSTGRES_USER, the image's superuser, over the image's own socket (or PGHOST/PGPORT when set).
set -euo pipefail

: "${SAMENWERKING_OWNER_PASSWORD:?set SAMENWERKING_OWNER_PASSWORD}"
: "${SAMENWERKING_APP_PASSWORD:?set SAMENWERKING_APP_PASSWORD}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  --set=db="${SAMENWERKING_DB:-samenwerking}" \
  --set=owner_password="$SAMENWERKING_OWNER_PASSWORD" \
  --set=app_password="$SAMENWERKING_APP_PASSWORD" <<'SQL'
CREATE ROLE samenwerking_owner LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE samenwerking_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE :"db" OWNER samenwerking_owner;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO samenwerking_app;

\connect :"db"
-- PostgreSQL 15: the public schema belongs to the database's owner and nobody else may create in it.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO samenwerking_app;
-- Whatever the owner's migrations create, now and later, the app may use but not change.
ALTER DEFAULT PRIVILEGES FOR ROLE samenwerking_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samenwerking_app;
ALTER DEFAULT PRIVILEGES FOR ROLE samenwerking_owner IN SCHEMA public
  GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO samenwerking_app;
ALTER DEFAULT PRIVILEGES FOR ROLE samenwerking_owner IN SCHEMA public
  GRANT EXECUTE ON FUNCTIONS TO samenwerking_app;
SQL
