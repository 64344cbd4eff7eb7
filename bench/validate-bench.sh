#!/usr/bin/env bash
# Throughput of `otelint validate` against a bare Jackson streaming parse of the same file,
# measured in the same run. Usage: bench/validate-bench.sh [N...]   (default: 1000 100000 1000000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ -f target/otelint.jar ] || mvn -B -q -DskipTests package
work="${BENCH_DIR:-$(mktemp -d)}"
sizes=("$@"); [ "${#sizes[@]}" -gt 0 ] || sizes=(1000 100000 1000000)
java_opts=(-XX:+UseSerialGC -XX:-UsePerfData)

measure() { # prints "wall_seconds peak_rss_kb" of the command
  /usr/bin/time -o "$work/time.txt" -f '%e %M' "$@" >/dev/null 2>"$work/stderr.txt" || true
  tail -n 1 "$work/time.txt"
}

mkdir -p "$work/classes"
javac -d "$work/classes" -cp target/otelint.jar bench/BareParse.java
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-9s %8s %10s | %-28s | %-28s | %s\n' records MB "" "bare parse (s, rec/s, MB/s)" "otelint validate (s, rec/s, MB/s)" "ratio, peak RSS"
for n in "${sizes[@]}"; do
  f="$work/nginx-$n.ndjson"
  [ -f "$f" ] || java bench/GenerateNginxLogs.java "$n" "$f"
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN{printf "%.1f", b/1048576}')
  read -r bare_s bare_rss < <(measure java "${java_opts[@]}" -cp "target/otelint.jar:$work/classes" BareParse "$f")
  read -r val_s val_rss < <(measure cli/otelint validate --fail-on none --max-findings 0 "$f")
  printf '%-9s %8s %10s | %6.2f %10.0f %8.1f | %6.2f %10.0f %8.1f | %.2f, %d MB\n' "$n" "$mb" "" \
    "$bare_s" "$(echo "$n / $bare_s" | bc -l)" "$(echo "$mb / $bare_s" | bc -l)" \
    "$val_s" "$(echo "$n / $val_s" | bc -l)" "$(echo "$mb / $val_s" | bc -l)" \
    "$(echo "$bare_s / $val_s" | bc -l)" "$((val_rss / 1024))"
done
