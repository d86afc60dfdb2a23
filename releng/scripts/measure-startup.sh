#!/bin/bash
# Measures how long the built product takes from launch to a painted map of the bundled digits
# sample: it unpacks the product archive into a scratch folder, starts it on a virtual display and
# takes a screenshot every quarter second until the orange of the digit-0 points (the first
# colour of the palette, #E69F00) covers part of the screen. Needs xvfb-run and imagemagick.
# Usage: releng/scripts/measure-startup.sh [runs]   (build first: releng/scripts/start.sh or test.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
archive="$root/releng/org.contour.repository/target/products/contour-linux.gtk.x86_64.tar.gz"
[ -f "$archive" ] || { echo "Build the product first: $archive is missing." >&2; exit 1; }
runs=${1:-3}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$runs"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tar xzf "$archive" -C "$scratch"

orange_share() {
  convert "$1" -fill white +opaque "#E69F00" -fill black -opaque "#E69F00" -format "%[fx:1-mean]" info:
}

measure_once() {
  rm -rf "$scratch/ws"
  local start end shot="$scratch/shot.png"
  # the window of the previous run may take a moment to leave the screen
  for _ in $(seq 1 40); do
    import -window root "$shot" 2>/dev/null && awk -v s="$(orange_share "$shot")" 'BEGIN { exit !(s == 0) }' && break
    sleep 0.25
  done
  start=$(date +%s%N)
  # its own process group: the start script runs java as a child, and both must go afterwards
  CONTOUR_WORKSPACE="$scratch/ws" setsid "$scratch/contour/contour" --sample=digits >"$scratch/run.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 480); do
    if import -window root "$shot" 2>/dev/null; then
      local share
      share=$(orange_share "$shot")
      if awk -v s="$share" 'BEGIN { exit !(s > 0.0005) }'; then
        end=$(date +%s%N)
        echo "map painted $(( (end - start) / 1000000 )) ms after launch"
        kill -- -"$pid"; wait "$pid" 2>/dev/null || true
        return
      fi
    fi
    sleep 0.25
  done
  kill -- -"$pid"; wait "$pid" 2>/dev/null || true
  echo "no painted map within 2 minutes; see $scratch/run.log" >&2
  return 1
}
for _ in $(seq 1 "$runs"); do
  measure_once
done
