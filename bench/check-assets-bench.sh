#!/usr/bin/env bash
# Time `otelint check-assets` on generated saved-object bundles against the catalog's logs template.
# Usage: bench/check-assets-bench.sh [N...]   (default: 300 3000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="${BENCH_DIR:-$(mktemp -d)}"
sizes=("$@"); [ "${#sizes[@]}" -gt 0 ] || sizes=(300 3000)
cli/otelint --version >/dev/null
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n1); date: $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-8s %-10s %-8s %-12s %-12s %s\n' objects references wall_s objects/s refs/s peak_RSS
for n in "${sizes[@]}"; do
  f="$work/bundle-$n.ndjson"
  java bench/GenerateAssetBundle.java "$n" "$f"
  refs=$(cli/otelint check-assets --list-fields --format json "$f" | grep -o '"field"' | wc -l)
  /usr/bin/time -o "$work/time.txt" -f '%e %M' cli/otelint check-assets --fail-on none "$f" >/dev/null
  read -r wall rss < "$work/time.txt"
  printf '%-8s %-10s %-8s %-12.0f %-12.0f %d MB\n' "$n" "$refs" "$wall" "$(echo "$n / $wall" | bc -l)" \
    "$(echo "$refs / $wall" | bc -l)" "$((rss / 1024))"
done
