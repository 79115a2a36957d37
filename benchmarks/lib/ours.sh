# Starting and stopping Throughcare on its own PostgreSQL database.
# shellcheck shell=bash

ours_base() { echo "http://127.0.0.1:$OURS_PORT/fhir"; }

ours_build() {
  if [ ! -f "$OURS_JAR" ] || [ "${BUILD_OURS:-0}" = 1 ]; then
    log "building Throughcare"
    (cd "$REPO_HOME" && ./mvnw -q -B package -DskipTests) || die "Throughcare build failed"
  fi
}

ours_reset() { reset_database "$OURS_DB" "$OURS_DB_USER" "$OURS_DB_PASSWORD"; }

# Starts the server in the background; sets SERVER_PID and SERVER_STARTED_MS.
ours_start() {
  local logfile=$1
  SERVER_STARTED_MS=$(now_ms)
  THROUGHCARE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$OURS_DB" \
  THROUGHCARE_DB_USER="$OURS_DB_USER" THROUGHCARE_DB_PASSWORD="$OURS_DB_PASSWORD" \
  THROUGHCARE_PORT="$OURS_PORT" THROUGHCARE_DATA_DIR="${TMPDIR:-/tmp}/throughcare-bench-data" \
    java $OURS_JAVA_OPTS -jar "$OURS_JAR" >"$logfile" 2>&1 &
  SERVER_PID=$!
}

# Database bytes of our schema (every table with its indexes and TOAST) and current resources.
ours_disk_sql() {
  cat <<'SQL'
select coalesce(sum(pg_total_relation_size(c.oid)), 0),
       (select count(*) from resource where not deleted),
       pg_database_size(current_database()),
       count(*)
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm') and n.nspname = current_schema();
SQL
}
