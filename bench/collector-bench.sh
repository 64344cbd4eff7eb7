#!/usr/bin/env bash
# otelint gen (its own process) -> otelint collector run (otlp receiver -> batch -> otlphttp exporter) -> a sink
# that discards (bench/DiscardSink.java). For OTLP/gRPC and OTLP/HTTP into the collector, with and without gzip
# on both legs, measures:
#   - saturation: spans/s the collector accepts when gen sends as fast as it can with SAT_WORKERS (default 8)
#     concurrent workers (gen's sent count / time);
#   - fixed load, on a fresh collector: its CPU (% of one core, from /proc/PID/stat) and largest RSS at 10k spans/s,
#     sent as 1000 traces/s of 10 spans in requests of 100 spans.
# Usage: bench/collector-bench.sh [SATURATION_SECONDS [FIXED_SECONDS]]   (default 20 30)
# Both run through cli/otelint with the JVM options it picks (what users get); COLLECTOR_JAVA_OPTS and
# GEN_JAVA_OPTS add options after those (default: none).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -f target/otelint.jar ] || mvn -B -q -DskipTests package
sat_s="${1:-20}"; fixed_s="${2:-30}"; sat_workers="${SAT_WORKERS:-8}"
work="${BENCH_DIR:-$(mktemp -d)}"
otelint=cli/otelint
hz=$(getconf CLK_TCK)
collector_opts="${COLLECTOR_JAVA_OPTS:-}"
gen_opts="${GEN_JAVA_OPTS:-}"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("localhost",0)); print(s.getsockname()[1])'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/localhost/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }

sink_port=$(free_port)
java bench/DiscardSink.java "$sink_port" & sink_pid=$!
collector_pid=""
cleanup() { [ -z "$collector_pid" ] || kill "$collector_pid" 2>/dev/null || true; kill "$sink_pid" 2>/dev/null || true; }
trap cleanup EXIT
wait_port "$sink_port"
start_collector() {
  OTELINT_JAVA_OPTS="$collector_opts" "$otelint" collector run --config "$work/collector.yaml" 2>>"$work/collector.log" &
  collector_pid=$!
  wait_port "$grpc_port"; wait_port "$http_port"
}
stop_collector() { kill "$collector_pid"; wait "$collector_pid" || true; collector_pid=""; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM options added to cli/otelint's: collector: ${collector_opts:-none}; gen: ${gen_opts:-none}"
printf '%-5s %-5s | %12s %9s | %14s %14s %10s\n' proto gzip "sat. spans/s" "peak RSS" "CPU@10k (core)" "gen CPU@10k" "max RSS@10k"
for proto in grpc http; do
  for compression in none gzip; do
    grpc_port=$(free_port); http_port=$(free_port)
    cat > "$work/collector.yaml" <<YAML
receivers:
  otlp:
    protocols:
      grpc: {endpoint: "localhost:$grpc_port"}
      http: {endpoint: "localhost:$http_port"}
processors:
  batch: {}
exporters:
  otlphttp: {endpoint: "http://localhost:$sink_port", compression: $compression}
service:
  pipelines:
    traces: {receivers: [otlp], processors: [batch], exporters: [otlphttp]}
YAML
    port=$grpc_port; http_flag=false
    if [ "$proto" = http ]; then port=$http_port; http_flag=true; fi
    gen=(env OTELINT_JAVA_OPTS="$gen_opts" "$otelint" gen traces --otlp-endpoint "localhost:$port" --otlp-insecure "--otlp-http=$http_flag"
         --otlp-compression "$compression" --child-spans 9 --batch-size 100)

    # saturation: workers without throttling
    start_collector
    sat_line=$("${gen[@]}" --workers "$sat_workers" --duration "${sat_s}s" 2>>"$work/gen.log")
    sat_rate=$(sed -E 's/.*: ([0-9.]+) spans\/s/\1/' <<<"$sat_line")
    sat_rss_kb=$(awk '/VmHWM/{print $2}' "/proc/$collector_pid/status")
    stop_collector

    # fixed load, on a fresh collector: 1000 traces/s x 10 spans; CPU and RSS over the middle of the run
    # (JIT warm-up excluded), RSS sampled every second
    start_collector
    "${gen[@]}" --workers 1 --rate 1000 --duration "${fixed_s}s" >"$work/fixed.txt" 2>>"$work/gen.log" & gen_pid=$!
    sleep 5
    c0=$(cpu_ticks "$collector_pid"); g0=$(cpu_ticks "$gen_pid"); t0=$(date +%s.%N)
    rss_kb=0
    for _ in $(seq $((fixed_s - 10))); do
      sleep 1
      rss_kb=$(awk -v max="$rss_kb" '/VmRSS/{print ($2 > max ? $2 : max)}' "/proc/$collector_pid/status")
    done
    c1=$(cpu_ticks "$collector_pid"); g1=$(cpu_ticks "$gen_pid"); t1=$(date +%s.%N)
    wait "$gen_pid"
    cpu=$(echo "($c1 - $c0) / $hz / ($t1 - $t0) * 100" | bc -l)
    gen_cpu=$(echo "($g1 - $g0) / $hz / ($t1 - $t0) * 100" | bc -l)
    stop_collector
    printf '%-5s %-5s | %12.0f %6d MB | %13.1f%% %13.1f%% %7d MB   (fixed run: %s)\n' "$proto" "$compression" "$sat_rate" \
      "$((sat_rss_kb / 1024))" \
      "$cpu" "$gen_cpu" "$((rss_kb / 1024))" "$(cat "$work/fixed.txt")"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
