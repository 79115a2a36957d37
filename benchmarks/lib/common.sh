# Shared settings and helpers for the benchmark scripts. Every setting can be overridden from the
# environment; see README.md.
# shellcheck shell=bash

BENCH_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_HOME=$(cd "$BENCH_HOME/.." && pwd)

: "${PG_HOST:=127.0.0.1}"
: "${PG_PORT:=5432}"
: "${PG_ADMIN:=postgres}"                      # a superuser, to create and drop the bench databases
: "${OURS_DB:=throughcare_bench}"
: "${OURS_DB_USER:=throughcare_bench}"
: "${OURS_DB_PASSWORD:=throughcare_bench}"
: "${OURS_PORT:=18080}"
OURS_BUILT_JAR=$REPO_HOME/target/throughcare-0.1.0-SNAPSHOT.jar
: "${OURS_JAR:=$OURS_BUILT_JAR}"
: "${OURS_JAVA_OPTS:=}"
# Nothing in Throughcare answers without a token: ours runs with the demo profile (its demo-system
# client, scopes system/*.cruds) unless told otherwise; set OURS_PROFILE= and the token settings to
# measure another set-up.
: "${OURS_PROFILE=demo}"
: "${OURS_TOKEN_URL=http://127.0.0.1:${OURS_PORT}/oauth2/token}"
: "${OURS_CLIENT_ID=demo-system}"
: "${OURS_CLIENT_SECRET=demo-system-secret}"
: "${PEER_DB:=hapi_bench}"                     # not the shared "hapi" database: it is dropped on every run
: "${PEER_DB_USER:=hapi}"
: "${PEER_DB_PASSWORD:=hapi}"
: "${PEER_PORT:=18089}"
: "${PEER_SOURCE:=/work/shared/peers/hapi-jpa}"
: "${PEER_HOME:=${TMPDIR:-/tmp}/throughcare-bench-peer}"
: "${PEER_JAVA_OPTS:=-Xmx2g}"
: "${READY_TIMEOUT:=600}"                      # seconds to wait for a server to answer /fhir/metadata

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Selects a JDK 25 when the default java is older (these machines carry Temurin 25 beside Java 17).
select_jdk() {
  if ! java -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    local jdk
    for jdk in ${JAVA_HOME:-} /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*; do
      if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
        export JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH"
        return
      fi
    done
    die "a JDK 25 is needed (set JAVA_HOME)"
  fi
}

# Builds the harness jar when any source is newer than it.
build_harness() {
  local jar="$BENCH_HOME/target/benchmarks.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$BENCH_HOME/src" "$BENCH_HOME/pom.xml" -newer "$jar" -print -quit)" ]; then
    log "building the harness"
    (cd "$BENCH_HOME" && "$REPO_HOME/mvnw" -q -B package) || die "harness build failed"
  fi
}

bench() {
  java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$BENCH_HOME/target/benchmarks.jar" "$@"
}

# Milliseconds since the epoch.
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Waits until GET <base>/metadata answers 200; prints the milliseconds since $2 (epoch ms).
# Fails (status 1) if the server exits or is not ready within READY_TIMEOUT seconds.
await_ready() {
  local base=$1 since=$2 pid=$3 deadline=$(( $(date +%s) + READY_TIMEOUT ))
  until curl -sf -o /dev/null "$base/metadata"; do
    if ! kill -0 "$pid" 2>/dev/null; then log "the server (pid $pid) exited before it was ready"; return 1; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then log "$base not ready after ${READY_TIMEOUT}s"; return 1; fi
    sleep 0.05
  done
  echo $(( $(now_ms) - since ))
}

# Resident set size of a process in MB (VmRSS from /proc).
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Stops a process we started (by pid): SIGTERM, then SIGKILL after 60 s.
stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid"
  for i in $(seq 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  log "pid $pid did not stop in 60 s: killing it"
  kill -9 "$pid" 2>/dev/null || true
}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ADMIN" "$@"; }

# Drops and recreates a database owned by a login role (created if missing).
reset_database() {
  local db=$1 user=$2 password=$3
  psql_admin -d postgres <<SQL >/dev/null
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid();
drop database if exists "$db";
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$user') then
    create role "$user" login password '$password';
  end if;
end \$\$;
create database "$db" owner "$user";
SQL
}

# The restricted role a Throughcare database's application connects as (docs/security.md §9):
# Flyway runs as the database's owner and grants this role what the application may do.
reset_application_role() {
  local role=$1 password=$2
  psql_admin -d postgres <<SQL >/dev/null
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$role') then
    create role "$role" login password '$password';
  end if;
end \$\$;
SQL
}

# The machine, as a JSON object: cores, CPU model, memory, PostgreSQL, Java, load when measured.
machine_json() {
  local cpu mem pg load
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  mem=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)
  pg=$(psql_admin -d postgres -Atc 'show server_version' 2>/dev/null || echo unknown)
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  printf '{"nproc": %s, "cpu": "%s", "memoryGb": %s, "postgres": "%s", "java": "%s", "kernel": "%s", "loadAverage": "%s"}' \
    "$(nproc)" "$cpu" "$mem" "$pg" "$(java -version 2>&1 | head -1 | sed 's/"/\\"/g')" "$(uname -r)" "$load"
}
