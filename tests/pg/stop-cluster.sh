#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the throwaway cluster of start-cluster.sh and removes its folder.
set -euo pipefail
dir=${1:?usage: stop-cluster.sh DIR}
[ -f "$dir/data/PG_VERSION" ] || { echo "stop-cluster: $dir is not a cluster of start-cluster.sh" >&2; exit 1; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
run=()
if [ "$(id -u)" -eq 0 ]; then
  run=(runuser -u "$(stat -c %U "$dir/data")" --)
fi
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$dir"
