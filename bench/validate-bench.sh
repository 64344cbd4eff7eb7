#!/usr/bin/env bash
# Throughput of `otelint validate` against a bare Jackson streaming parse of the same file, measured in
# the same run: RUNS pairs (default 5), bare parse and validate alternating, so that a host whose speed
# drifts slows both alike; the figures are medians, the ratio the median of the pairs' ratios.
# Usage: [RUNS=5] [BENCH_DIR=dir] bench/validate-bench.sh [N...]   (default: 1000 100000 1000000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -f target/otelint.jar ] || mvn -B -q -DskipTests package
work="${BENCH_DIR:-$(mktemp -d)}"
runs="${RUNS:-5}"
sizes=("$@"); [ "${#sizes[@]}" -gt 0 ] || sizes=(1000 100000 1000000)
java_opts=(-XX:+UseSerialGC -XX:-UsePerfData)

measure() { # prints "wall_seconds peak_rss_kb" of the command, which must succeed
  if ! /usr/bin/time -o "$work/time.txt" -f '%e %M' "$@" >/dev/null 2>"$work/stderr.txt"; then
    echo "bench: failed: $* ($work/stderr.txt)" >&2
    exit 1
  fi
  tail -n 1 "$work/time.txt"
}

median() { # of the numbers given
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

mkdir -p "$work/classes"
javac -d "$work/classes" -cp target/otelint.jar bench/BareParse.java
cli/otelint --version >/dev/null # the launcher's one-time Class Data Sharing archive, outside the timings
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), $runs alternating runs each, medians"
printf '%-9s %8s | %-28s | %-28s | %s\n' records MB "bare parse (s, rec/s, MB/s)" "otelint validate (s, rec/s, MB/s)" \
  "ratio (min-max), peak RSS (max)"
for n in "${sizes[@]}"; do
  f="$work/nginx-$n.ndjson"
  [ -f "$f" ] || java bench/GenerateNginxLogs.java "$n" "$f"
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN{printf "%.1f", b/1048576}')
  bare=() val=() ratios=() rss=0
  for ((i = 0; i < runs; i++)); do
    bare_m=$(measure java "${java_opts[@]}" -cp "target/otelint.jar:$work/classes" BareParse "$f")
    val_m=$(measure cli/otelint validate --fail-on none --max-findings 0 "$f")
    read -r bare_s _ <<<"$bare_m"
    read -r val_s val_rss <<<"$val_m"
    bare+=("$bare_s") val+=("$val_s") ratios+=("$(echo "$bare_s / $val_s" | bc -l)")
    rss=$((val_rss > rss ? val_rss : rss))
  done
  bare_s=$(median "${bare[@]}") val_s=$(median "${val[@]}")
  printf '%-9s %8s | %6.2f %10.0f %8.1f | %6.2f %10.0f %8.1f | %.2f (%.2f-%.2f), %d MB\n' "$n" "$mb" \
    "$bare_s" "$(echo "$n / $bare_s" | bc -l)" "$(echo "$mb / $bare_s" | bc -l)" \
    "$val_s" "$(echo "$n / $val_s" | bc -l)" "$(echo "$mb / $val_s" | bc -l)" \
    "$(median "${ratios[@]}")" "$(printf '%s\n' "${ratios[@]}" | sort -g | head -n1)" \
    "$(printf '%s\n' "${ratios[@]}" | sort -g | tail -n1)" "$((rss / 1024))"
  pairs=""
  for ((i = 0; i < runs; i++)); do pairs+=" ${bare[i]}/${val[i]}"; done
  echo "          runs, bare/validate s:$pairs"
done
