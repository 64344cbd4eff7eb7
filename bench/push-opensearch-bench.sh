#!/usr/bin/env bash
# otelint push -> a real single-node OpenSearch: pushes N OTLP log records (default 1,000,000) read from a file
# made beforehand, and measures documents/s (the _count that landed / push's wall time) and the CPU time of the
# otelint process against the CPU time OpenSearch spent in the same interval (from /proc/PID/stat).
# The input is written first by `otelint push --gen logs --to file=...` (not timed).
# Usage: bench/push-opensearch-bench.sh [RECORDS]   (default 1000000)
# Env: OPENSEARCH_HEAP (default 1g), PUSH_JAVA_OPTS (default none). Needs target/opensearch-dist (mvn test-compile
# fetches it) and, when run as root, useradd/runuser (OpenSearch refuses to run as root).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
records="${1:-1000000}"
[ -f target/otelint.jar ] || mvn -B -q -DskipTests package
zip=$(ls target/opensearch-dist/opensearch-*.zip 2>/dev/null | head -n1)
[ -n "$zip" ] || { echo "no OpenSearch distribution in target/opensearch-dist: run mvn -q test-compile first" >&2; exit 2; }
work="${BENCH_DIR:-$(mktemp -d)}"
hz=$(getconf CLK_TCK)
read -r -a push_opts <<<"${PUSH_JAVA_OPTS:-}"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

unzip -q "$zip" -d "$work"
home=$(ls -d "$work"/opensearch-*/ | head -n1)
cp target/opensearch-dist/mapper-extras-*.zip "$work/" 2>/dev/null || true
http_port=$(free_port); transport_port=$(free_port)
run_as=()
if [ "$(id -u)" = 0 ]; then
  id -u otelint-os >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin otelint-os
  chown -R otelint-os: "$work"
  run_as=(runuser -u otelint-os --)
fi
java_home=/usr/lib/jvm/java-17-openjdk-amd64
[ -d "$java_home" ] || java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_JAVA_OPTS="-Xms${OPENSEARCH_HEAP:-1g} -Xmx${OPENSEARCH_HEAP:-1g}" OPENSEARCH_TMPDIR="$work" \
  "${run_as[@]}" "$home/bin/opensearch" -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 \
  -Ehttp.port="$http_port" -Etransport.port="$transport_port" -Epath.data="$work/data" -Epath.logs="$work/logs" \
  -Ecluster.routing.allocation.disk.threshold_enabled=false >"$work/opensearch.out" 2>&1 &
# (OpenSearch writes path.data itself; its JVM is found below by that argument)
launcher=$!
cleanup() {
  kill "$launcher" 2>/dev/null || true; pkill -f "path.data=$work" 2>/dev/null || true
  [ -n "${BENCH_DIR:-}" ] || { sleep 2; rm -rf "$work"; }
}
trap cleanup EXIT
url="http://127.0.0.1:$http_port"
for _ in $(seq 600); do
  curl -fs "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1 && break
  kill -0 "$launcher" 2>/dev/null || { echo "OpenSearch did not start:"; tail -n 20 "$work/opensearch.out"; exit 1; }
  sleep 0.5
done
os_pid=$(pgrep -f "org.opensearch.bootstrap.OpenSearch.*path.data=$work" | head -n1)

java "${push_opts[@]}" -jar target/otelint.jar push --gen logs --count "$records" --to "file=$work/logs.json" >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $records log records, $(du -h "$work/logs.json" | cut -f1) of OTLP/JSON lines; OpenSearch heap ${OPENSEARCH_HEAP:-1g}"
os_before=$(awk '{print $14 + $15}' "/proc/$os_pid/stat")
start=$(date +%s.%N)
TIMEFORMAT='%U %S'
{ time java "${push_opts[@]}" -jar target/otelint.jar push "$work/logs.json" --to "opensearch=$url" \
    --progress-interval 60s >"$work/push.out" 2>&1 || { echo "push failed:"; cat "$work/push.out"; exit 1; }; } 2>"$work/push.time"
push_cpu=$(awk '{print $1 + $2}' "$work/push.time")
end=$(date +%s.%N)
os_after=$(awk '{print $14 + $15}' "/proc/$os_pid/stat")
curl -fs -XPOST "$url/_refresh" >/dev/null
count=$(curl -fs "$url/ss4o_logs-*/_count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
python3 - "$records" "$count" "$start" "$end" "$push_cpu" "$os_before" "$os_after" "$hz" <<'PY'
import sys
records, count, start, end, push, osb, osa, hz = sys.argv[1:]
wall = float(end) - float(start); push_cpu = float(push); os_cpu = (int(osa) - int(osb)) / int(hz)
print(f"landed: {count} of {records} documents in {wall:.1f} s = {int(count) / wall:,.0f} documents/s")
print(f"CPU: otelint {push_cpu:.1f} s, OpenSearch {os_cpu:.1f} s, otelint/OpenSearch = {push_cpu / os_cpu:.0%}")
PY
tail -n 8 "$work/push.out"
