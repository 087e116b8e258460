#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-core-tests.sh CORE_TESTS: runs the core test suite against PostgreSQL.
# Uses the server of PARCOURS_TEST_PG (password in PARCOURS_DB_PASSWORD) when given; otherwise
# starts a throwaway cluster on 127.0.0.1 (start-cluster.sh) and stops it at the end.
# Runs every test except those tagged [sqlite] (about SQLite files by nature) and those listed
# in known-failures.txt (not yet working on PostgreSQL, each with its reason).
# Exit 77 (ctest: skipped) when no PostgreSQL server is installed.
set -euo pipefail
tests=${1:?usage: run-core-tests.sh CORE_TESTS}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d /tmp/parcours-pg-run.XXXXXX)
cluster=""
cleanup() {
  [ -z "$cluster" ] || "$here/stop-cluster.sh" "$cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${PARCOURS_TEST_PG:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "run-core-tests: no PostgreSQL server installed (apt-get install postgresql): skipped"
    exit 77
  fi
  "$here/start-cluster.sh" >"$work/env"
  while IFS='=' read -r key value; do export "$key=$value"; done <"$work/env"
  cluster=$PARCOURS_TEST_PG_DIR
fi
# The names of the tests to run: all, less [sqlite] and the known failures.
# Tests of what only a server does are hidden ([.][postgres]) from the SQLite run.
# (Catch 2 exits with the number of tests listed.)
{ "$tests" --list-test-names-only '~[sqlite]' || true; "$tests" --list-test-names-only '[postgres]' || true; } \
  | sed -e '/^$/d' -e '/ test cases$/d' | sort -u >"$work/all"
sed -e 's/[[:space:]]*#.*//' -e '/^[[:space:]]*$/d' "$here/known-failures.txt" | sort >"$work/skip"
# Catch reads a comma in a name as "or", even in quotes: escaped.
comm -23 "$work/all" "$work/skip" | sed 's/,/\\,/g' >"$work/run"
echo "run-core-tests: $(wc -l <"$work/run") tests against PostgreSQL ($(wc -l <"$work/skip") known failures left out)"
"$tests" --input-file "$work/run" "${@:2}"
