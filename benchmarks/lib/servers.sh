# One interface over both servers: build, reset, start (cold), stop, and the harness options.
# shellcheck shell=bash

server_base() { "${1}_base"; }

server_build() {
  case $1 in
    ours) ours_build ;;
    peer) peer_build ;;
    baseline) baseline_build ;;
    *) die "unknown server $1 (ours, peer or baseline)" ;;
  esac
}

server_reset() {
  "${1}_reset"
  rm -f "$STATE_DIR/$1.data"
}

# Starts a server cold and waits until it answers; sets SERVER_PID and READY_MS. On failure the
# server is stopped and the status is 1 (see the log file).
server_start() {
  local server=$1 logfile=$2
  "${server}_start" "$logfile"
  if ! READY_MS=$(await_ready "$(server_base "$server")" "$SERVER_STARTED_MS" "$SERVER_PID"); then
    server_stop
    log "$server did not start: see $logfile"
    return 1
  fi
  log "$server ready in ${READY_MS} ms (pid $SERVER_PID)"
}

server_stop() {
  [ -n "${SERVER_PID:-}" ] || return 0
  stop_pid "$SERVER_PID"
  SERVER_PID=
}

# Harness options for a server: base URL and, when configured, its bearer token settings
# (OURS_TOKEN, or OURS_TOKEN_URL with OURS_CLIENT_ID, OURS_CLIENT_SECRET, OURS_SCOPE;
# BASELINE_* and PEER_* alike).
server_options() {
  local server=$1 prefix
  prefix=$(echo "$server" | tr '[:lower:]' '[:upper:]')
  local token="${prefix}_TOKEN" url="${prefix}_TOKEN_URL" id="${prefix}_CLIENT_ID" secret="${prefix}_CLIENT_SECRET" scope="${prefix}_SCOPE"
  printf '%s\n' --server "$server" --base-url "$(server_base "$server")"
  if [ -n "${!token:-}" ]; then printf '%s\n' --token "${!token}"; fi
  if [ -n "${!url:-}" ]; then
    printf '%s\n' --token-url "${!url}" --client-id "${!id:-}" --client-secret "${!secret:-}"
    if [ -n "${!scope:-}" ]; then printf '%s\n' --scope "${!scope}"; fi
  fi
}

# VACUUM ANALYZE after a bulk load, as autovacuum would in time: the PostgreSQL these machines share
# runs with autovacuum off, and without statistics and with dead queue rows every plan after the
# load is wrong (run 20261128-1948: the clinician mix at 78/s before, 312/s after).
# The database a server keeps its data in.
server_db() {
  case $1 in ours) echo "$OURS_DB" ;; baseline) echo "$BASELINE_DB" ;; *) echo "$PEER_DB" ;; esac
}

server_vacuum() {
  local server=$1 db
  db=$(server_db "$server")
  log "$server: vacuum analyze after the load"
  psql_admin -d "$db" -c "vacuum analyze" >/dev/null || log "$server: vacuum analyze failed"
}

# Database size per resource for a server, written as the "disk" result.
server_disk() {
  local server=$1 out=$2 db row bytes resources dbbytes tables
  db=$(server_db "$server")
  row=$(psql -X -q -A -t -F ' ' -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ADMIN" -d "$db" \
        -c "set search_path to public" -c "$("${server}_disk_sql")" | tail -1)
  read -r bytes resources dbbytes tables <<<"$row"
  printf '{"scenario": "disk", "server": "%s", "schemaBytes": %s, "resources": %s, "bytesPerResource": %s, "databaseBytes": %s, "tables": %s, "date": "%s"}\n' \
    "$server" "$bytes" "$resources" "$(( resources > 0 ? bytes / resources : 0 ))" "$dbbytes" "$tables" "$(date -u +%FT%TZ)" >"$out"
  log "$server disk: $bytes bytes for $resources resources ($(( resources > 0 ? bytes / resources : 0 )) bytes per resource)"
}
