#!/bin/bash
# Builds everything and runs all tests (headless and SWT UI tests) under a virtual display.
# Needs: a JDK 21+, Maven (any; 3.9.11 is bootstrapped), and on a server: xvfb xauth libgtk-3-0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
run=( "$root/releng/scripts/maven.sh" -B clean verify "$@" )
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
fi
exec "${run[@]}"
