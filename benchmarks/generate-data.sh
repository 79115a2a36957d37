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

# Chunk n of any data set made with the same settings holds the same patients, so a chunk already
# made for another size (synthea-1000's chunks are synthea-20000's first four) is copied, not remade.
copy_chunk() {
  local chunk=$1 size=$2 name other
  name=$(printf 'c%04d' "$chunk")
  for other in "$BENCH_HOME"/data/synthea-*; do
    [ "$other" != "$DATA_DIR" ] && [ -f "$other/chunks/$name.json" ] || continue
    cmp -s "$other/settings" "$DATA_DIR/settings" || continue
    grep -q "\"patients\" : $size," "$other/chunks/$name.json" || continue
    cp "$other/patients/$name"-* "$DATA_DIR/patients/" && cp "$other/shared/$name"-* "$DATA_DIR/shared/" \
      && { [ ! -f "$other/chunks/$name.seconds" ] || cp "$other/chunks/$name.seconds" "$DATA_DIR/chunks/"; } \
      && cp "$other/chunks/$name.tsv" "$DATA_DIR/chunks/" && cp "$other/chunks/$name.json" "$DATA_DIR/chunks/" \
      && { echo "chunk $chunk: copied from $other" >&2; return 0; }
  done
  return 1
}
export -f copy_chunk

# One chunk: Synthea into a scratch folder, converted into the data set, scratch removed. The
# chunk's summary file is written last, so a chunk without one is simply made again.
generate_chunk() {
  local chunk=$1 size=$2 scratch
  local done_marker; done_marker=$(printf '%s/chunks/c%04d.json' "$DATA_DIR" "$chunk")
  [ -f "$done_marker" ] && return 0
  copy_chunk "$chunk" "$size" && return 0
  scratch="$DATA_DIR/scratch/c$chunk"
  rm -rf "$scratch"
  local started; started=$(date +%s)
  # -s varies the people per chunk; -cs stays fixed so every chunk has the same clinicians and
  # hospitals (their bundles load with ifNoneExist and deduplicate).
  java "-Xmx$SYNTHEA_HEAP" -cp "$SYNTHEA_CP" App -p "$size" -s $((SEED + chunk)) -cs "$SEED" -a "$AGES" \
    --generate.only_alive_patients=true --exporter.years_of_history="$YEARS" \
    --exporter.fhir.excluded_resources="$EXCLUDE" --exporter.fhir.use_us_core_ig=false \
    --exporter.pretty_print=false --exporter.metadata.export=false \
    --exporter.baseDirectory="$scratch" >"$scratch.log" 2>&1 || { echo "Synthea failed for chunk $chunk: see $scratch.log" >&2; return 1; }
  java -Xmx1g -jar "$BENCH_HOME/target/benchmarks.jar" convert-synthea --data "$DATA_DIR" --chunk "$chunk" --in "$scratch/fhir"
  echo $(( $(date +%s) - started )) >"${done_marker%.json}.seconds"
  rm -rf "$scratch" "$scratch.log"
  echo "chunk $chunk: $size patients in $(cat "${done_marker%.json}.seconds") s" >&2
}
export -f generate_chunk

mkdir -p "$DATA_DIR/scratch" "$DATA_DIR/patients" "$DATA_DIR/shared" "$DATA_DIR/chunks"
settings="seed=$SEED years=$YEARS ages=$AGES exclude=$EXCLUDE chunk=$CHUNK_SIZE synthea=3.3.0"
if [ -f "$DATA_DIR/settings" ] && [ "$(cat "$DATA_DIR/settings")" != "$settings" ]; then
  die "$DATA_DIR was made with other settings ($(cat "$DATA_DIR/settings")): remove it or choose another DATA_DIR"
fi
echo "$settings" >"$DATA_DIR/settings"
chunks=$(( (patients + CHUNK_SIZE - 1) / CHUNK_SIZE ))
log "generating $patients patients in $chunks chunks of up to $CHUNK_SIZE into $DATA_DIR ($JOBS at a time)"
start=$(date +%s)
for ((c = 0; c < chunks; c++)); do
  size=$(( patients - c * CHUNK_SIZE < CHUNK_SIZE ? patients - c * CHUNK_SIZE : CHUNK_SIZE ))
  echo "$c $size"
done | xargs -P "$JOBS" -L 1 bash -c 'generate_chunk "$0" "$1"'
elapsed=$(( $(date +%s) - start ))

previous=0
[ -f "$DATA_DIR/generation.json" ] && previous=$(sed -n 's/.*"wallSeconds": \([0-9]*\).*/\1/p' "$DATA_DIR/generation.json")
# Synthea and conversion time of every chunk, wherever it was made: the time to make this data set.
chunk_seconds=$(cat "$DATA_DIR"/chunks/*.seconds 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
summary=$(java -jar "$BENCH_HOME/target/benchmarks.jar" data-summary --data "$DATA_DIR" | tr -d '\n')
printf '{"patientsRequested": %s, "chunkSeconds": %s, "wallSeconds": %s, "chunkSize": %s, "jobs": %s, "seed": %s, "years": %s, "ages": "%s", "excluded": "%s", "nproc": %s, "loadAverage": "%s", "summary": %s}\n' \
  "$patients" "$chunk_seconds" "$(( ${previous:-0} + elapsed ))" "$CHUNK_SIZE" "$JOBS" "$SEED" "$YEARS" "$AGES" "$EXCLUDE" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$summary" >"$DATA_DIR/generation.json"
rmdir "$DATA_DIR/scratch" 2>/dev/null || true
log "done in ${elapsed}s here; Synthea and conversion time over all chunks ${chunk_seconds}s: $summary"
