#!/usr/bin/env bash
# The HAPI FHIR JPA peer, run from a copy outside the repository (its code is never committed here).
#
#   benchmarks/peer.sh start    # copy to $PEER_HOME, build, start on 127.0.0.1:$PEER_PORT, wait until ready
#   benchmarks/peer.sh stop     # stop the peer this script started
#   benchmarks/peer.sh reset    # drop and recreate its database ($PEER_DB, owned by $PEER_DB_USER)
#   benchmarks/peer.sh status
#
# Defaults: PEER_SOURCE=/work/shared/peers/hapi-jpa, PEER_HOME=/tmp/throughcare-bench-peer,
# PEER_PORT=18089, PEER_DB=hapi_bench (user hapi/hapi) on PostgreSQL at PG_HOST:PG_PORT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${PEER_JAVA:=$(command -v java || echo java)}"
# shellcheck source=lib/common.sh
source "$here/lib/common.sh"
# shellcheck source=lib/peer.sh
source "$here/lib/peer.sh"

pidfile() { echo "$PEER_HOME/peer.pid"; }

case "${1:-}" in
  start)
    if [ -f "$(pidfile)" ] && kill -0 "$(cat "$(pidfile)")" 2>/dev/null; then die "already running (pid $(cat "$(pidfile)"))"; fi
    select_jdk
    peer_build
    if ! psql_admin -d postgres -Atc "select 1 from pg_database where datname = '$PEER_DB'" | grep -q 1; then peer_reset; fi
    peer_start "$PEER_HOME/peer.log"
    echo "$SERVER_PID" >"$(pidfile)"
    log "peer starting (pid $SERVER_PID, log $PEER_HOME/peer.log)"
    ms=$(await_ready "$(peer_base)" "$SERVER_STARTED_MS" "$SERVER_PID")
    log "peer ready at $(peer_base) in $ms ms"
    ;;
  stop)
    [ -f "$(pidfile)" ] || die "no peer started by this script"
    stop_pid "$(cat "$(pidfile)")"
    rm -f "$(pidfile)"
    log "peer stopped"
    ;;
  reset) peer_reset; log "database $PEER_DB recreated" ;;
  status)
    if [ -f "$(pidfile)" ] && kill -0 "$(cat "$(pidfile)")" 2>/dev/null; then
      echo "running (pid $(cat "$(pidfile)"), RSS $(rss_mb "$(cat "$(pidfile)")") MB) at $(peer_base)"
    else
      echo "not running"
    fi
    ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
