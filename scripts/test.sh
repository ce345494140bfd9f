#!/usr/bin/env bash
# Runs every test on a fresh Debian + Node 20 machine: installs what it needs (npm
# packages, Debian's chromium, PostgreSQL), then lint, types, unit and adapter tests
# (vitest, real SQLite and a throwaway PostgreSQL), a production build and the e2e
# suite (Playwright driving Debian's chromium against the built app).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports

step() { printf '\n== %s\n' "$*"; }

# --- system packages -------------------------------------------------------------
missing=()
# better-sqlite3 compiles from source (no prebuilt download here): a compiler and python3.
{ command -v make && command -v g++ && command -v python3; } >/dev/null || missing+=(build-essential python3)
# chromium without its recommends, but with one font so pages render text.
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -n "${WHY401_TEST_DATABASE_URL:-}" ] || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- npm packages (again only when the lock file changed) ------------------------
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f node_modules/.why401-lock ] || [ "$(cat node_modules/.why401-lock)" != "$lock_hash" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.why401-lock
fi

step "lint and format (biome)"
npx biome ci .

step "types (tsc --noEmit)"
npx tsc --noEmit

# --- PostgreSQL for the adapter tests --------------------------------------------
if [ -z "${WHY401_TEST_DATABASE_URL:-}" ]; then
  step "starting a throwaway PostgreSQL"
  # An assignment (not a bare eval) stops the run under set -e if the cluster fails to start.
  pg_env="$(bash scripts/pg-throwaway.sh start)"
  eval "$pg_env"
  trap 'bash scripts/pg-throwaway.sh stop "$PG_THROWAWAY_DIR" >/dev/null 2>&1 || true' EXIT
fi
export WHY401_TEST_DATABASE_URL

step "unit, adapter and route tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json

step "evaluation: the 401 corpus replayed through the route (floor: tests/corpus/floor.json)"
npm run --silent eval

step "production build for the e2e suite"
# npm run build: validates the provider catalog (scripts/check-catalog.ts), then next build.
WHY401_DIST_DIR=.next-e2e npm run build >reports/build.log 2>&1 || { cat reports/build.log; exit 1; }
tail -n 25 reports/build.log

step "end-to-end tests (playwright, Debian's chromium)"
WHY401_DIST_DIR=.next-e2e npx playwright test

node scripts/summarize-tests.mjs
