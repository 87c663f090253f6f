#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine (as root or with sudo) and runs every
# suite: types, lint, unit, integration on SQLite, integration on PostgreSQL, Playwright e2e (desktop + phone).
# Ends with one line "Tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 AUTH_TRUST_HOST=true
export CI="${CI:-true}"
REPORTS=.tmp/reports
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
step() { printf '\n=== %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

step "system packages"
bash scripts/ci/install-system-deps.sh

step "npm ci"
npm ci --no-audit --no-fund

step "typecheck"
npx tsc --noEmit

step "lint"
npx eslint .

step "unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$REPORTS/unit.json"

step "integration tests on SQLite and on PostgreSQL, and the build, side by side"
# The three share nothing (a temporary SQLite file, a PostgreSQL database of this run's own so two runs
# on one machine never drop each other's, the build folder); the suites mostly wait on their databases.
export PG_TEST_DB="recruspace_test_$(date +%s)_$$"
PG_URL=$(bash scripts/ci/start-postgres.sh)
trap 'bash scripts/ci/start-postgres.sh --drop >/dev/null 2>&1 || true' EXIT
npx vitest run --project integration --reporter=default --reporter=json \
  --outputFile.json="$REPORTS/integration-sqlite.json" >"$REPORTS/integration-sqlite.log" 2>&1 &
sqlite=$!
TEST_DATABASE_URL="$PG_URL" npx vitest run --project integration tests/integration --reporter=default --reporter=json \
  --outputFile.json="$REPORTS/integration-postgres.json" >"$REPORTS/integration-postgres.log" 2>&1 &
postgres=$!
NEXT_DIST_DIR=.next-e2e npx next build >"$REPORTS/build.log" 2>&1 &
build=$!
# A failed suite is counted by the summary; a failed build leaves nothing for the e2e steps to run.
wait "$sqlite" || true
wait "$postgres" || true
build_status=0
wait "$build" || build_status=$?
printf '\n--- integration (SQLite)\n'; cat "$REPORTS/integration-sqlite.log"
printf '\n--- integration (PostgreSQL)\n'; cat "$REPORTS/integration-postgres.log"
printf '\n--- build\n'; cat "$REPORTS/build.log"
if [ "$build_status" -ne 0 ]; then echo "build failed ($build_status)"; exit "$build_status"; fi

step "e2e (Playwright, Chromium: desktop and phone side by side)"
# Each viewport runs in its own Playwright process against its own app, sandbox and database (ports
# apart), so neither sees the other's data and the two cores are both kept busy.
set +e
E2E_PORT=3100 E2E_SANDBOX_PORT=4100 NEXT_DIST_DIR=.next-e2e PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e-desktop.json" \
  npx playwright test --project=desktop --reporter=list,json >"$REPORTS/e2e-desktop.log" 2>&1 &
desktop=$!
E2E_PORT=3120 E2E_SANDBOX_PORT=4120 NEXT_DIST_DIR=.next-e2e PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e-phone.json" \
  npx playwright test --project=phone --reporter=list,json >"$REPORTS/e2e-phone.log" 2>&1 &
phone=$!
wait "$desktop"; wait "$phone"
printf '\n--- desktop\n'; cat "$REPORTS/e2e-desktop.log"
printf '\n--- phone\n'; cat "$REPORTS/e2e-phone.log"
set -e

step "key leak scan (e2e server log, database file, built JS)"
NEXT_DIST_DIR=.next-e2e npx tsx scripts/ci/leak-scan.ts --report "$REPORTS/leak-scan.json" || true

step "several app instances on PostgreSQL (Playwright)"
set +e
E2E_MULTI_INSTANCE=1 TEST_DATABASE_URL="$PG_URL" NEXT_DIST_DIR=.next-e2e PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e-multi-instance.json" \
  npx playwright test e2e/multi-instance.spec.ts --project=desktop --reporter=list,json --output e2e/.artifacts/results-multi-instance
set -e

step "summary"
npx tsx scripts/ci/summarize.ts "$REPORTS"
