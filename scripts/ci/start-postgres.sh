#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster and makes an empty test database; prints its URL on stdout.
# The database is named by PG_TEST_DB (default recruspace_test), so concurrent runs can each have their
# own; `--drop` only drops it.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
$SUDO pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do $SUDO -u postgres pg_isready -q 2>/dev/null && break; sleep 1; done 2>/dev/null || true
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_pg "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='recruspace'\" | grep -q 1 || psql -qc \"CREATE ROLE recruspace LOGIN PASSWORD 'recruspace' CREATEDB\"" >&2
db="${PG_TEST_DB:-recruspace_test}"
[[ "$db" =~ ^[a-z0-9_]+$ ]] || { echo "PG_TEST_DB must be lower-case letters, digits and _" >&2; exit 2; }
if [ "${1:-}" = "--drop" ]; then as_pg "dropdb --if-exists $db" >&2; exit 0; fi
as_pg "dropdb --if-exists $db && createdb -O recruspace $db" >&2
echo "postgresql://recruspace:recruspace@localhost:5432/$db"
