#!/usr/bin/env bash
# Requests per second of Encrypt (4 KiB) and PutItem (1 KiB) through the AWS SDK for Java over
# loopback, against `atrest serve` and against moto_server in the same run, and their ratio.
# Usage: bench/serve/run.sh [REQUESTS] [THREADS]
#   REQUESTS per measurement (default 3000, each measurement capped at 30 s),
#   THREADS client threads sharing one SDK client (default 1).
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS="${1:-3000}"
THREADS="${2:-1}"

command -v moto_server >/dev/null || { echo "moto_server is not installed (pip install 'moto[server]')" >&2; exit 2; }

mvn -B -q -pl serve -am install -DskipTests
mvn -B -q -pl serve test-compile
CP_FILE="$(mktemp)"
mvn -B -q -pl serve dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="serve/target/test-classes:serve/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
MOTO_PID=$!
trap 'kill "$MOTO_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  if python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 1)" 2>/dev/null; then break; fi
  sleep 0.2
done

java -cp "$CP" io.atrest.serve.bench.ServeBenchmark "http://127.0.0.1:$PORT" "$REQUESTS" "$THREADS"
