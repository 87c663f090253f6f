#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster and makes an empty test database; prints its URL on stdout.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
$SUDO pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do $SUDO -u postgres pg_isready -q 2>/dev/null && break; sleep 1; done 2>/dev/null || true
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_pg "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='recruspace'\" | grep -q 1 || psql -qc \"CREATE ROLE recruspace LOGIN PASSWORD 'recruspace' CREATEDB\"" >&2
as_pg "dropdb --if-exists recruspace_test && createdb -O recruspace recruspace_test" >&2
echo "postgresql://recruspace:recruspace@localhost:5432/recruspace_test"
