#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-postgres.sh PARCOURS_LOAD [OPTIONS…]: runs the load test against PostgreSQL.
# Uses the server of PARCOURS_TEST_PG (password in PARCOURS_DB_PASSWORD) when given; otherwise
# starts a throwaway cluster on 127.0.0.1 (tests/pg/start-cluster.sh) and stops it at the end.
# The program creates its own database on the server and drops it at the end.
# Exit 77 (ctest: skipped) when no PostgreSQL server is installed.
set -euo pipefail
load=${1:?usage: run-postgres.sh PARCOURS_LOAD [OPTIONS…]}
pg=$(cd "$(dirname "${BASH_SOURCE[0]}")/../pg" && pwd)
work=$(mktemp -d /tmp/parcours-load-pg.XXXXXX)
cluster=""
cleanup() {
  [ -z "$cluster" ] || "$pg/stop-cluster.sh" "$cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${PARCOURS_TEST_PG:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "run-postgres: no PostgreSQL server installed (apt-get install postgresql): skipped"
    exit 77
  fi
  "$pg/start-cluster.sh" >"$work/env"
  while IFS='=' read -r key value; do export "$key=$value"; done <"$work/env"
  cluster=$PARCOURS_TEST_PG_DIR
fi
"$load" --db "$PARCOURS_TEST_PG" "${@:2}"
