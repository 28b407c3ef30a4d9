#!/usr/bin/env bash
# Requests per second of Encrypt (4 KiB) and PutItem (1 KiB) through the AWS SDK for Java over
# loopback, against `atrest serve` and against moto_server in the same run, and their ratio, for
# each number of client threads, with the CPU each side spends per request.
# Usage: bench/serve/run.sh [REQUESTS] [THREADS]
#   REQUESTS per measurement (default 5000, each measurement capped at 60 s), after a timed warmup
#     on the same threads (BENCH_WARMUP_SECONDS, default 10) so that both sides run compiled code,
#   THREADS comma-separated client thread counts sharing one SDK client (default 1,4,8).
# BENCH_JAVA_OPTS go to the benchmark's JVM (which runs atrest in process), e.g. a JFR recording.
# Builds with the reactor (no `mvn install`), so it runs in any checkout without touching ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS="${1:-5000}"
THREADS="${2:-1,4,8}"

command -v moto_server >/dev/null || { echo "moto_server is not installed (pip install 'moto[server]')" >&2; exit 2; }

CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
# The reactor resolves the sibling modules to their target/classes; serve is the last module
# built, so its classpath is the one left in the file.
mvn -B -q -pl serve -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="serve/target/test-classes:serve/target/classes:$(cat "$CP_FILE")"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
MOTO_PID=$!
trap 'kill "$MOTO_PID" 2>/dev/null || true; rm -f "$CP_FILE"' EXIT
for _ in $(seq 1 100); do
  if python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 1)" 2>/dev/null; then break; fi
  sleep 0.2
done

java ${BENCH_JAVA_OPTS:-} -Dbench.moto.pid="$MOTO_PID" -Dbench.warmup.seconds="${BENCH_WARMUP_SECONDS:-10}" \
    -cp "$CP" io.atrest.serve.bench.ServeBenchmark "http://127.0.0.1:$PORT" "$REQUESTS" "$THREADS"
