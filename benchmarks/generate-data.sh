#!/usr/bin/env bash
# Generates the benchmark data set with Synthea (offline) and converts it for England: each patient
# gets an NHS number with a valid modulus-11 check digit, a prison number, an English home address
# and an English prison as managing organisation.
#
#   benchmarks/generate-data.sh <patients>      # e.g. 50 for development, 1000 and 20000 for the bars
#
# Patients are made in chunks of CHUNK_SIZE (250), each a separate Synthea run with its own seed, so
# generation is resumable (finished chunks are skipped: run the same command again after a stop) and
# parallel (JOBS, default 1; Synthea itself uses every core). The time taken is added up in
# generation.json. Settings: DATA_DIR (benchmarks/data/synthea-<patients>), SEED (42), YEARS (5:
# Synthea's years of detailed history), AGES (18-65), EXCLUDE (Claim,ExplanationOfBenefit: US
# billing with no NHS counterpart), SYNTHEA_HEAP (2g).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
source "$here/lib/common.sh"

[ $# -eq 1 ] || { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
patients=$1
: "${DATA_DIR:=$BENCH_HOME/data/synthea-$patients}"
: "${CHUNK_SIZE:=250}"
: "${JOBS:=1}"
: "${SEED:=42}"
: "${YEARS:=5}"
: "${AGES:=18-65}"
: "${EXCLUDE:=Claim,ExplanationOfBenefit}"
: "${SYNTHEA_HEAP:=2g}"
export DATA_DIR SEED YEARS AGES EXCLUDE SYNTHEA_HEAP

select_jdk
build_harness
if [ ! -f "$BENCH_HOME/synthea/target/classpath.txt" ]; then
  log "resolving Synthea 3.3.0 from Maven Central"
  (cd "$BENCH_HOME/synthea" && "$REPO_HOME/mvnw" -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt) \
    || die "could not resolve Synthea"
fi
SYNTHEA_CP=$(cat "$BENCH_HOME/synthea/target/classpath.txt")
export SYNTHEA_CP BENCH_HOME

# One chunk: Synthea into a scratch folder, converted into the data set, scratch removed. The
# chunk's summary file is written last, so a chunk without one is simply made again.
generate_chunk() {
  local chunk=$1 size=$2 scratch
  local done_marker; done_marker=$(printf '%s/chunks/c%04d.json' "$DATA_DIR" "$chunk")
  [ -f "$done_marker" ] && return 0
  scratch="$DATA_DIR/scratch/c$chunk"
  rm -rf "$scratch"
  # -s varies the people per chunk; -cs stays fixed so every chunk has the same clinicians and
  # hospitals (their bundles load with ifNoneExist and deduplicate).
  java "-Xmx$SYNTHEA_HEAP" -cp "$SYNTHEA_CP" App -p "$size" -s $((SEED + chunk)) -cs "$SEED" -a "$AGES" \
    --generate.only_alive_patients=true --exporter.years_of_history="$YEARS" \
    --exporter.fhir.excluded_resources="$EXCLUDE" --exporter.fhir.use_us_core_ig=false \
    --exporter.pretty_print=false --exporter.metadata.export=false \
    --exporter.baseDirectory="$scratch" >"$scratch.log" 2>&1 || { echo "Synthea failed for chunk $chunk: see $scratch.log" >&2; return 1; }
  java -Xmx1g -jar "$BENCH_HOME/target/benchmarks.jar" convert-synthea --data "$DATA_DIR" --chunk "$chunk" --in "$scratch/fhir"
  rm -rf "$scratch" "$scratch.log"
  echo "chunk $chunk: $size patients" >&2
}
export -f generate_chunk

mkdir -p "$DATA_DIR/scratch"
chunks=$(( (patients + CHUNK_SIZE - 1) / CHUNK_SIZE ))
log "generating $patients patients in $chunks chunks of up to $CHUNK_SIZE into $DATA_DIR ($JOBS at a time)"
start=$(date +%s)
for ((c = 0; c < chunks; c++)); do
  size=$(( patients - c * CHUNK_SIZE < CHUNK_SIZE ? patients - c * CHUNK_SIZE : CHUNK_SIZE ))
  echo "$c $size"
done | xargs -P "$JOBS" -L 1 bash -c 'generate_chunk "$0" "$1"'
elapsed=$(( $(date +%s) - start ))

previous=0
[ -f "$DATA_DIR/generation.json" ] && previous=$(sed -n 's/.*"seconds": \([0-9]*\).*/\1/p' "$DATA_DIR/generation.json")
summary=$(java -jar "$BENCH_HOME/target/benchmarks.jar" data-summary --data "$DATA_DIR" | tr -d '\n')
printf '{"patientsRequested": %s, "seconds": %s, "chunkSize": %s, "jobs": %s, "seed": %s, "years": %s, "ages": "%s", "excluded": "%s", "nproc": %s, "summary": %s}\n' \
  "$patients" "$(( previous + elapsed ))" "$CHUNK_SIZE" "$JOBS" "$SEED" "$YEARS" "$AGES" "$EXCLUDE" "$(nproc)" "$summary" \
  >"$DATA_DIR/generation.json"
rmdir "$DATA_DIR/scratch" 2>/dev/null || true
log "done in ${elapsed}s (total $(( previous + elapsed ))s): $summary"
