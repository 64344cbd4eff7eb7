#!/usr/bin/env bash
# Remote write samples/s into a real Prometheus (Debian's /usr/bin/prometheus, remote write receiver on):
# bench/PrometheusRemoteWriteLoad.java (cumulative-safe gauges over OTLP/HTTP, as fast as answered)
# -> otelint collector run (otlp receiver -> batch -> prometheusremotewrite) -> Prometheus.
# The rate is what Prometheus appended (its prometheus_tsdb_head_samples_appended_total) over the run.
# Usage: bench/prometheus-remote-write-bench.sh [SECONDS [SERIES_PER_REQUEST]]   (default 30 1000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -f target/otelint.jar ] || mvn -B -q -DskipTests package
seconds="${1:-30}"; series="${2:-1000}"
work="$(mktemp -d)"
jar=target/otelint.jar
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; return 1; }
appended() { curl -sf "http://127.0.0.1:$prom_port/metrics" | awk '/^prometheus_tsdb_head_samples_appended_total/ {s += $2} END {printf "%d", s}'; }

prom_port=$(free_port); http_port=$(free_port)
echo 'global: {scrape_interval: 1h}' > "$work/prometheus.yml"
/usr/bin/prometheus --web.enable-remote-write-receiver --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$prom_port" --config.file="$work/prometheus.yml" 2>"$work/prometheus.log" &
prom_pid=$!
collector_pid=""
cleanup() { [ -z "$collector_pid" ] || kill "$collector_pid" 2>/dev/null || true; kill "$prom_pid" 2>/dev/null || true
            wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
wait_http "http://127.0.0.1:$prom_port/-/ready"
cat > "$work/collector.yaml" <<YAML
receivers:
  otlp: {protocols: {http: {endpoint: "127.0.0.1:$http_port"}}}
processors:
  batch: {}
exporters:
  prometheusremotewrite: {endpoint: "http://127.0.0.1:$prom_port/api/v1/write"}
service:
  pipelines:
    metrics: {receivers: [otlp], processors: [batch], exporters: [prometheusremotewrite]}
YAML
java -jar "$jar" collector run --config "$work/collector.yaml" 2>"$work/collector.log" &
collector_pid=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null && break; sleep 0.1; done

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n1), $(/usr/bin/prometheus --version 2>&1 | head -n1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
before=$(appended); t0=$(date +%s.%N)
sent=$(java -cp "$jar" bench/PrometheusRemoteWriteLoad.java "http://127.0.0.1:$http_port/v1/metrics" "$seconds" "$series")
# let the exporter's queue drain, then count what Prometheus appended
prev=-1; now_count=$(appended)
while [ "$now_count" != "$prev" ]; do sleep 2; prev=$now_count; now_count=$(appended); done
t1=$(date +%s.%N)
stored=$((now_count - before))
echo "samples sent to the collector: $sent; appended by Prometheus: $stored"
awk -v s="$stored" -v a="$t0" -v b="$t1" 'BEGIN {printf "remote write into Prometheus: %.0f samples/s over %.1f s (drain included)\n", s / (b - a), b - a}'
grep -c '"level": "error"\|level=error' "$work/collector.log" | sed 's/^/collector log errors: /' || true
