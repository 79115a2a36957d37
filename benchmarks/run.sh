#!/usr/bin/env bash
# Runs benchmark scenarios against Throughcare ("ours") and the HAPI FHIR JPA peer in one run,
# each server from a cold start on the same PostgreSQL, and updates docs/benchmarks.md.
#
#   benchmarks/run.sh <scenario|all> [scenario ...]
#
# Scenarios: startup creates reads transactions ingest disk clinician-mix everything export custody-movements arrival transfer, or all.
# Settings (environment): SERVERS ("ours peer"), PATIENTS (1000; the data set benchmarks/data/synthea-N,
# generated if missing), DATA_DIR, INGEST_CONCURRENCY (4), KEEP_DATA (0; 1 reuses data loaded by an
# earlier run), BENCH_CLIENTS / BENCH_WARMUP / BENCH_DURATION (override each scenario's defaults),
# STARTUP_RUNS (3), INGEST_STRIP_NARRATIVE (0), RUN_NOTE, token settings OURS_TOKEN or OURS_TOKEN_URL + OURS_CLIENT_ID +
# OURS_CLIENT_SECRET + OURS_SCOPE. See benchmarks/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# The peer runs on the default java, as its own run.sh would (Java 17 here); ours needs Java 25.
: "${PEER_JAVA:=$(command -v java || echo java)}"
# shellcheck source=lib/common.sh
source "$here/lib/common.sh"
# shellcheck source=lib/ours.sh
source "$here/lib/ours.sh"
# shellcheck source=lib/peer.sh
source "$here/lib/peer.sh"
# shellcheck source=lib/servers.sh
source "$here/lib/servers.sh"

ALL_SCENARIOS="startup creates reads transactions ingest disk clinician-mix everything export custody-movements arrival transfer"
# Issue 5's scenarios exercise Throughcare's own custody API: the peer has nothing to compare.
OURS_ONLY=" custody-movements arrival transfer "
DATA_SCENARIOS=" ingest disk clinician-mix everything export custody-movements arrival transfer "
[ $# -ge 1 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
if [ "$1" = all ]; then scenarios=$ALL_SCENARIOS; else scenarios="$*"; fi
for s in $scenarios; do
  case " $ALL_SCENARIOS " in *" $s "*) ;; *) die "unknown scenario $s (known: $ALL_SCENARIOS)" ;; esac
done

: "${SERVERS:=ours peer}"
: "${PATIENTS:=1000}"
: "${DATA_DIR:=$BENCH_HOME/data/synthea-$PATIENTS}"
: "${INGEST_CONCURRENCY:=4}"
: "${KEEP_DATA:=0}"
: "${STARTUP_RUNS:=3}"
: "${STARTUP_LOAD_SECONDS:=30}"
STATE_DIR="$BENCH_HOME/results/state"
label=$([ "$1" = all ] && echo all || echo "$scenarios" | tr ' ' '+' | cut -c1-40)
RUN_ID="$(date +%Y%m%d-%H%M)-$label"
RUN_DIR="$BENCH_HOME/results/$RUN_ID"
mkdir -p "$RUN_DIR" "$STATE_DIR"

select_jdk
build_harness
for server in $SERVERS; do server_build "$server"; done
needs=$(for s in $scenarios; do case $DATA_SCENARIOS in *" $s "*) echo yes ;; esac; done)
if [ -n "$needs" ]; then
  if [ ! -d "$DATA_DIR/chunks" ]; then
    log "no data set in $DATA_DIR: generating $PATIENTS patients"
    DATA_DIR="$DATA_DIR" "$here/generate-data.sh" "$PATIENTS"
  fi
fi

trap 'server_stop' EXIT

scenario_options() { # the harness options for a scenario against a server
  server_options "$1"
  printf '%s\n' --work-dir "$RUN_DIR/$1" --load-average "$(cut -d' ' -f1-3 /proc/loadavg)"
}

run_load() { # server scenario [extra harness options...]
  local server=$1 scenario=$2; shift 2
  local opts; mapfile -t opts < <(scenario_options "$server")
  bench "$scenario" "${opts[@]}" "$@" | tee -a "$RUN_DIR/$server/rows.md" || log "$scenario against $server failed"
}

record_failure() { # server scenario why: the scenario's result says it could not run
  printf '{"scenario": "%s", "server": "%s", "error": "%s", "date": "%s"}\n' "$2" "$1" "$3" "$(date -u +%FT%TZ)" >"$RUN_DIR/$1/$2.json"
  log "$2 against $1 could not run: $3"
}

record_startup() { # server readyMs-list firstStartMs rssStart rssLoad
  printf '{"scenario": "startup", "server": "%s", "readyMs": [%s], "initialiseMs": %s, "rssAfterStartMb": %s, "rssAfterLoadMb": %s, "loadSeconds": %s, "date": "%s"}\n' \
    "$1" "$2" "$3" "$4" "$5" "$STARTUP_LOAD_SECONDS" "$(date -u +%FT%TZ)" >"$RUN_DIR/$1/startup.json"
}

# Start-up with an initialised database: one start to create the schema, then STARTUP_RUNS
# measured cold starts; after the last, a short load (creates then reads) and the resident memory.
startup() {
  local server=$1 times="" first rss_start rss_load i
  server_reset "$server"
  server_start "$server" "$RUN_DIR/$server/startup-init.log" || { record_failure "$server" startup "the server did not start"; return 0; }
  first=$READY_MS; server_stop
  for i in $(seq "$STARTUP_RUNS"); do
    server_start "$server" "$RUN_DIR/$server/startup-$i.log" || { record_failure "$server" startup "the server did not start"; return 0; }
    times="${times:+$times, }$READY_MS"
    if [ "$i" -lt "$STARTUP_RUNS" ]; then server_stop; fi
  done
  rss_start=$(rss_mb "$SERVER_PID")
  for load in creates reads; do
    run_load "$server" "$load" --warmup 5 --duration "$STARTUP_LOAD_SECONDS" --out "$RUN_DIR/$server/startup-load-$load.json" >/dev/null
  done
  rss_load=$(rss_mb "$SERVER_PID")
  server_stop
  record_startup "$server" "$times" "$first" "$rss_start" "$rss_load"
  log "$server start-up: ${times} ms; RSS ${rss_start} MB after start, ${rss_load} MB after load"
}

# Loads the data set once per server per run (or reuses an earlier run's with KEEP_DATA=1).
# What is loaded is remembered per server and database (state/<server>-<database>.data).
ensure_data() {
  local server=$1
  local state
  state="$STATE_DIR/$server-$(server_db "$server")"
  [ -f "$RUN_DIR/$server/patients.tsv" ] && return 0
  if [ "$KEEP_DATA" = 1 ] && [ -f "$state.data" ] && [ "$(head -1 "$state.data")" = "$DATA_DIR" ]; then
    log "$server: reusing the data loaded earlier from $DATA_DIR"
    cp "$state.patients.tsv" "$RUN_DIR/$server/patients.tsv"
    return 0
  fi
  server_reset "$server"
  if ! server_start "$server" "$RUN_DIR/$server/ingest.log"; then
    record_failure "$server" ingest "the server did not start"
    return 0
  fi
  local strip=(); [ "${INGEST_STRIP_NARRATIVE:-0}" = 1 ] && strip=(--strip-narrative)
  run_load "$server" ingest --data "$DATA_DIR" --concurrency "$INGEST_CONCURRENCY" "${strip[@]}"
  echo "rss after ingest: $(rss_mb "$SERVER_PID") MB" >>"$RUN_DIR/$server/memory.txt"
  server_vacuum "$server"
  server_disk "$server" "$RUN_DIR/$server/disk.json"
  server_stop
  if [ -f "$RUN_DIR/$server/patients.tsv" ]; then
    echo "$DATA_DIR" >"$state.data"
    cp "$RUN_DIR/$server/patients.tsv" "$state.patients.tsv"
  fi
}

run_scenario() {
  local server=$1 scenario=$2
  case "$OURS_ONLY" in *" $scenario "*) [ "$server" = peer ] && { log "== $scenario: not applicable to the peer"; return 0; } ;; esac
  log "== $scenario against $server"
  case $scenario in
    startup) startup "$server" ;;
    ingest) rm -f "$RUN_DIR/$server/patients.tsv"; KEEP_DATA=0 ensure_data "$server" ;;
    disk)
      ensure_data "$server"
      [ -f "$RUN_DIR/$server/disk.json" ] || server_disk "$server" "$RUN_DIR/$server/disk.json" ;;
    clinician-mix | everything | export | custody-movements | arrival | transfer)
      ensure_data "$server"
      server_start "$server" "$RUN_DIR/$server/$scenario.log" || { record_failure "$server" "$scenario" "the server did not start"; return 0; }
      run_load "$server" "$scenario"
      echo "rss after $scenario: $(rss_mb "$SERVER_PID") MB" >>"$RUN_DIR/$server/memory.txt"
      server_stop ;;
    *)
      [ -f "$RUN_DIR/$server/.fresh" ] || { server_reset "$server"; touch "$RUN_DIR/$server/.fresh"; }
      server_start "$server" "$RUN_DIR/$server/$scenario.log" || { record_failure "$server" "$scenario" "the server did not start"; return 0; }
      run_load "$server" "$scenario"
      echo "rss after $scenario: $(rss_mb "$SERVER_PID") MB" >>"$RUN_DIR/$server/memory.txt"
      server_stop ;;
  esac
}

data_summary='{}'
if [ -n "$needs" ] && [ -d "$DATA_DIR/chunks" ]; then data_summary=$(bench data-summary --data "$DATA_DIR" | tr -d '\n'); fi
printf '{"id": "%s", "date": "%s", "scenarios": "%s", "servers": "%s", "machine": %s, "dataSet": {"dir": "%s", "summary": %s}, "ingestConcurrency": %s, "oursJavaOpts": "%s", "peerJavaOpts": "%s", "peerJava": "%s", "note": "%s"}\n' \
  "$RUN_ID" "$(date -u +%FT%TZ)" "$scenarios" "$SERVERS" "$(machine_json)" "$DATA_DIR" "$data_summary" \
  "$INGEST_CONCURRENCY" "$OURS_JAVA_OPTS" "$PEER_JAVA_OPTS" "$("$PEER_JAVA" -version 2>&1 | head -1 | sed 's/"/\\"/g')" "${RUN_NOTE:-}" >"$RUN_DIR/run.json"
log "run $RUN_ID: $scenarios against $SERVERS; results in $RUN_DIR"

for server in $SERVERS; do
  mkdir -p "$RUN_DIR/$server"
  for scenario in $scenarios; do run_scenario "$server" "$scenario"; done
done

bench report --run "$RUN_DIR" --doc "${BENCH_DOC:-$REPO_HOME/docs/benchmarks.md}"
log "${BENCH_DOC:-docs/benchmarks.md} updated from $RUN_DIR"
