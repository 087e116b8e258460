#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL cluster for the tests: a fresh data folder under DIR (default: a
# new temporary folder), listening on 127.0.0.1 only, on a free port, with a role "parcours"
# (password in DIR/password) that may create databases. Durability is off (fsync, full page
# writes): the cluster lives for one test run. Prints three lines for `eval`:
#   PARCOURS_TEST_PG=postgresql://parcours@127.0.0.1:PORT/postgres
#   PARCOURS_DB_PASSWORD=…
#   PARCOURS_TEST_PG_DIR=DIR           (give it to stop-cluster.sh)
# PostgreSQL refuses to run as root: as root the cluster runs as the "postgres" user of the
# Debian package (or "nobody" when there is none).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "start-cluster: PostgreSQL server not installed (apt-get install postgresql)" >&2; exit 1; }
dir=${1:-$(mktemp -d /tmp/parcours-pg.XXXXXX)}
mkdir -p "$dir"
run=()
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  id "$user" >/dev/null 2>&1 || user=nobody
  chown "$user" "$dir"
  run=(runuser -u "$user" --)
fi
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" >"$dir/password"
chmod 600 "$dir/password"
[ ${#run[@]} -eq 0 ] || chown "$user" "$dir/password"
"${run[@]}" "$bin/initdb" -D "$dir/data" -U parcours --pwfile="$dir/password" -A scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 60
shared_buffers = 64MB
log_min_messages = warning
CONF
# A free port: the first of a few tried that nothing answers on and the server could take.
started=0
for attempt in $(seq 1 20); do
  port=$(( 20000 + (RANDOM % 20000) ))
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
  if "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 30 start >/dev/null 2>&1; then
    started=1
    break
  fi
done
[ "$started" -eq 1 ] || { cat "$dir/server.log" >&2 2>/dev/null; echo "start-cluster: the server did not start" >&2; exit 1; }
echo "$port" >"$dir/port"
echo "PARCOURS_TEST_PG=postgresql://parcours@127.0.0.1:$port/postgres"
echo "PARCOURS_DB_PASSWORD=$password"
echo "PARCOURS_TEST_PG_DIR=$dir"
