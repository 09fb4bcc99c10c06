#!/usr/bin/env bash
# Refusals on screen, not only in the log (issue 14), on the real kiosk under Xvfb (run by
# kiosk_e2e.sh with this script as its third argument):
#  - a second kiosk on the database the first one holds shows why it will not start, closes on
#    its Close button with status 1, and the first one goes on;
#  - a kiosk whose projector monitor is not there says so in a banner on the table.
# Screenshots of both land in the work dir (second-kiosk.png, missing-monitor.png).
set -euo pipefail
kiosk=$1
work=$2
export XDG_DATA_HOME=$work/data
unset LANG LC_ALL LANGUAGE
db=$work/kiosk.db
presses=0

fail() {
  echo "e2e-refusals: FAIL: $*"
  echo "--- last 30 lines of $log"
  tail -n 30 "$log" 2>/dev/null || true
  for p in ${first:-} ${pid:-}; do kill -TERM "$p" 2>/dev/null || true; done
  exit 1
}
source "$(dirname "$0")/finger_input.sh"

# --- a second kiosk on the same database --------------------------------------------------------
log=$work/first.log
"$kiosk" --log-targets --windowed 1280x800 --db "$db" >"$log" 2>&1 &
pid=$!
wait_after 0 "^kiosk: screen start ready$" 30
first=$pid

log=$work/second.log
"$kiosk" --log-targets --windowed 1280x800 --db "$db" >"$log" 2>&1 &
pid=$!
wait_after 0 "^kiosk: refused on screen: " 30
grep -q "kiosk.db" "$log" || fail "the log does not say why either"
import -window root "$work/second-kiosk.png" 2>/dev/null || true
read -r x0 y0 x1 y1 < <(awk '/^kiosk: target refusal-close / { print $4, $5, $6, $7 }' "$log" | tail -n 1) ||
  fail "no Close button on the refusal"
xdotool mousemove $(((x0 + x1) / 2)) $(((y0 + y1) / 2))
xdotool click 1
deadline=$((SECONDS + 10))
while kill -0 "$pid" 2>/dev/null; do
  ((SECONDS < deadline)) || fail "the refused kiosk did not close on its Close button"
  sleep 0.05
done
status=0
wait "$pid" || status=$?
((status == 1)) || fail "the refused kiosk ended with status $status, not 1"
grep -q "^kiosk: refusal closed$" "$log" || fail "closed, but not by its button"
kill -0 "$first" 2>/dev/null || fail "the first kiosk ended"
pid=$first
log=$work/first.log
stop_kiosk 10
((status == 0)) || fail "the first kiosk ended with status $status"
echo "e2e-refusals: second kiosk refused on screen and closed by its button"

# --- a projector monitor that is not there -------------------------------------------------------
log=$work/projector.log
"$kiosk" --log-targets --windowed 1280x800 --db "$work/projector.db" --projector HDMI-9 >"$log" 2>&1 &
pid=$!
wait_after 0 "^kiosk: screen start ready$" 30
grep -q "^kiosk: target notice-0 " "$log" || fail "no notice on the table that the projector's monitor is missing"
import -window root "$work/missing-monitor.png" 2>/dev/null || true
stop_kiosk 10
((status == 0)) || fail "kiosk ended with status $status"
echo "e2e-refusals: ok"
