# Building, starting and stopping the HAPI FHIR JPA peer from a copy outside the repository.
# shellcheck shell=bash

peer_base() { echo "http://127.0.0.1:$PEER_PORT/fhir"; }

# Copies the peer to $PEER_HOME and builds it there (its classes and classpath), once.
peer_build() {
  [ -d "$PEER_SOURCE" ] || die "the peer is not at $PEER_SOURCE (set PEER_SOURCE)"
  mkdir -p "$PEER_HOME"
  cp -rp "$PEER_SOURCE/pom.xml" "$PEER_SOURCE/src" "$PEER_HOME/"
  if [ ! -f "$PEER_HOME/target/cp.txt" ] || [ -n "$(find "$PEER_HOME/src" "$PEER_HOME/pom.xml" -newer "$PEER_HOME/target/cp.txt" -print -quit)" ]; then
    log "building the HAPI FHIR JPA peer in $PEER_HOME"
    (cd "$PEER_HOME" && "$REPO_HOME/mvnw" -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt) \
      || die "peer build failed"
  fi
}

peer_reset() { reset_database "$PEER_DB" "$PEER_DB_USER" "$PEER_DB_PASSWORD"; }

# Starts the peer exactly as its run.sh does (same JVM and Spring settings, search-result reuse
# off), but from the already built copy so start-up time is not Maven's. Sets SERVER_PID and
# SERVER_STARTED_MS.
peer_start() {
  local logfile=$1
  SERVER_STARTED_MS=$(now_ms)
  (cd "$PEER_HOME" && exec "${PEER_JAVA:-java}" $PEER_JAVA_OPTS -Dpeer.noSearchReuse=true \
    -cp "target/classes:$(cat target/cp.txt)" peer.PeerApp \
    --server.address=127.0.0.1 --server.port="$PEER_PORT" \
    --spring.main.allow-bean-definition-overriding=true --spring.main.allow-circular-references=true \
    --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PEER_DB" \
    --spring.datasource.username="$PEER_DB_USER" --spring.datasource.password="$PEER_DB_PASSWORD" \
    --spring.datasource.hikari.maximum-pool-size=20 --spring.batch.job.enabled=false) >"$logfile" 2>&1 &
  SERVER_PID=$!
}

# Database bytes of HAPI's hfj_* tables (with indexes and TOAST) and current resources.
peer_disk_sql() {
  cat <<'SQL'
select coalesce(sum(pg_total_relation_size(c.oid)), 0),
       (select count(*) from hfj_resource where res_deleted_at is null),
       pg_database_size(current_database()),
       count(*)
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm') and n.nspname = current_schema() and c.relname like 'hfj\_%';
SQL
}
