#!/usr/bin/env bash
# Reports the kiosk's start-to-first-frame time (bench_startup, 5 runs) and its idle CPU with
# nothing moving (utime+stime from /proc/PID/stat over 10 s) and resident memory, under Xvfb at
# 1920x1080. Compare with the load average printed first: on a busy machine start-up is slower.
# Usage: benchmarks/startup-and-idle.sh [BUILD_DIR]   (default build/)
set -euo pipefail
build=$(realpath "${1:-build}")
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$build"
fi
export XDG_DATA_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bin/bench_startup"

log=$XDG_DATA_HOME/idle.log
"$build/bin/kiosk" --demo-data >"$log" 2>&1 &
pid=$!
until grep -q "first frame" "$log"; do sleep 0.05; done
sleep 2  # let the settle frames and the deferred backdrop shader finish
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep 10
after=$(ticks)
rss=$(awk '/^VmRSS/ { print $2 / 1024 }' "/proc/$pid/status")
kill -TERM "$pid"
wait "$pid" || true
awk -v t=$((after - before)) -v hz="$hz" 'BEGIN { printf "idle CPU over 10 s: %d ticks = %.2f %% of one core\n", t, 100 * t / hz / 10 }'
echo "resident memory while idle: ${rss} MB; $(grep 'first frame' "$log")"
