# Starting and stopping Throughcare on its own PostgreSQL database. "ours" is the build of this
# checkout; "baseline" is another build of Throughcare (BASELINE_JAR, for example one from before
# authorisation and audit landed) on its own database and port, to measure what a change costs.
# shellcheck shell=bash

: "${BASELINE_JAR:=}"
: "${BASELINE_DB:=throughcare_baseline}"
: "${BASELINE_PORT:=18081}"
: "${BASELINE_JAVA_OPTS:=$OURS_JAVA_OPTS}"

ours_base() { echo "http://127.0.0.1:$OURS_PORT/fhir"; }
baseline_base() { echo "http://127.0.0.1:$BASELINE_PORT/fhir"; }

ours_build() {
  if [ ! -f "$OURS_JAR" ] || [ "${BUILD_OURS:-0}" = 1 ]; then
    log "building Throughcare"
    (cd "$REPO_HOME" && ./mvnw -q -B package -DskipTests) || die "Throughcare build failed"
  fi
  local cache=$REPO_HOME/target/app/throughcare.aot
  if ours_aot && { [ ! "$cache" -nt "$OURS_JAR" ] || [ ! "$cache" -nt "$REPO_HOME/scripts/jvm.options" ]; }; then
    log "recording the AOT cache (scripts/aot-cache)"
    "$REPO_HOME/scripts/aot-cache" || die "the AOT cache could not be recorded"
  fi
}

# Ours starts as in production (scripts/start): the extracted jar with its AOT cache (ADR 0082),
# unless OURS_AOT=0 or OURS_JAR names another jar. The cache is recorded with scripts/jvm.options
# alone; OURS_JAVA_OPTS are added when it runs.
ours_aot() { [ "${OURS_AOT:-1}" = 1 ] && [ "$OURS_JAR" = "$OURS_BUILT_JAR" ]; }

baseline_build() {
  [ -n "$BASELINE_JAR" ] && [ -f "$BASELINE_JAR" ] || die "set BASELINE_JAR to the Throughcare jar to compare against"
}

ours_reset() {
  reset_database "$OURS_DB" "$OURS_DB_USER" "$OURS_DB_PASSWORD"
  reset_application_role "${OURS_DB_USER}_app" "$OURS_DB_PASSWORD"
}
baseline_reset() {
  reset_database "$BASELINE_DB" "$OURS_DB_USER" "$OURS_DB_PASSWORD"
  reset_application_role "${OURS_DB_USER}_app" "$OURS_DB_PASSWORD"
}

# Starts a Throughcare jar in the background, with the production JVM options (scripts/jvm.options)
# and then the given ones, from the checkout's folder as scripts/start does (the AOT cache fails to
# load from another working directory); sets SERVER_PID and SERVER_STARTED_MS.
throughcare_start() {
  local jar=$1 db=$2 port=$3 opts=$4 logfile=$5 app_user=${6:-${OURS_DB_USER}_app}
  SERVER_STARTED_MS=$(now_ms)
  # shellcheck disable=SC2086 # the options are a list of words
  # The application connects as the restricted role; Flyway as the owner (docs/security.md §9).
  THROUGHCARE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" \
  THROUGHCARE_DB_USER="$app_user" THROUGHCARE_DB_PASSWORD="$OURS_DB_PASSWORD" \
  THROUGHCARE_DB_APP_ROLE="$app_user" \
  SPRING_FLYWAY_USER="$OURS_DB_USER" SPRING_FLYWAY_PASSWORD="$OURS_DB_PASSWORD" \
  THROUGHCARE_PORT="$port" THROUGHCARE_DATA_DIR="${TMPDIR:-/tmp}/throughcare-bench-data" \
  SPRING_PROFILES_ACTIVE="${OURS_PROFILE:-}" \
    bash -c 'cd "$0" && exec java @scripts/jvm.options "$@"' "$REPO_HOME" $opts -jar "$jar" >"$logfile" 2>&1 &
  SERVER_PID=$!
}

ours_start() {
  if ours_aot; then
    throughcare_start "target/app/$(basename "$OURS_JAR")" "$OURS_DB" "$OURS_PORT" \
      "-XX:AOTCache=target/app/throughcare.aot $OURS_JAVA_OPTS" "$1"
  else
    throughcare_start "$OURS_JAR" "$OURS_DB" "$OURS_PORT" "$OURS_JAVA_OPTS" "$1"
  fi
}
# A baseline from before the two database roles (V59) connects as the owner (BASELINE_DB_APP_USER).
baseline_start() {
  throughcare_start "$BASELINE_JAR" "$BASELINE_DB" "$BASELINE_PORT" "$BASELINE_JAVA_OPTS" "$1" "${BASELINE_DB_APP_USER:-${OURS_DB_USER}_app}"
}

# Database bytes of the record (every table with its indexes and TOAST, except the audit log and
# web sessions, which grow with use, not with the record: they are in the database size) and
# current resources.
ours_disk_sql() {
  cat <<'SQL'
select coalesce(sum(pg_total_relation_size(c.oid)), 0),
       (select count(*) from resource where not deleted),
       pg_database_size(current_database()),
       count(*)
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm') and n.nspname = current_schema()
  and c.relname not like 'audit%' and c.relname not like 'spring_session%';
SQL
}
baseline_disk_sql() { ours_disk_sql; }
