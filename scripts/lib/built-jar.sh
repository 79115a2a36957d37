# shellcheck shell=bash
# The jar ./mvnw package built, or a message saying how to build it (exit 2). Sourced by the scripts.
built_jar() {
  local jar
  jar=$(ls target/throughcare-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ]; then
    echo "Build the jar first: ./mvnw -q -DskipTests package" >&2
    exit 2
  fi
  echo "$jar"
}
