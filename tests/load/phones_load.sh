#!/usr/bin/env bash
# The load test of issue 12 on the real kiosk: 60 phones on the OF/BY/FOR board (phones_load.py).
# Usage: phones_load.sh KIOSK_BINARY WORK_DIR [phones_load.py options, e.g. --strict]
# Needs a display: CTest runs it under tests/support/with-xvfb.sh.
#
# The session is written before the kiosk starts with `kiosk apply` (README, Action format): the
# shipped Dutch plan, the agenda at the board "matrix", the board's totals shown so that a dot
# changes what every phone sees. The kiosk then starts with a database of its own and
# `--phones 0 --phones-address 127.0.0.1` (any free port), and the facilitator resumes the
# session by finger on the start screen, as in the room. The load runs against the join URL the
# kiosk logs; its figures are printed as a table (and kept in WORK_DIR/figures.json); SIGTERM
# ends the kiosk, and the store must hold every note sent once (store_check.py).
set -euo pipefail
kiosk=$(realpath "$1")
work=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
work=$(realpath "$work")
export XDG_DATA_HOME=$work/data
export HOME=$work/home
mkdir -p "$HOME"
unset LANG LC_ALL LANGUAGE
db=$work/kiosk.db
log=$work/kiosk.log
plans=$here/../../sessions
presses=0
pid=""
step="start"

fail() {
  echo "phones-load: FAIL at step \"$step\": $*"
  echo "--- last 40 lines of the kiosk log ($log)"
  tail -n 40 "$log" 2>/dev/null || true
  [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null
  exit 1
}
trap '[[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null; true' EXIT

# lines_now, wait_after, rect, centre, tap, stop_kiosk (sets $status):
source "$here/../e2e/finger_input.sh"

step="write the session"
session=s-10ad7e57
cat >"$work/session.jsonl" <<EOF
{"type":"session.create","session":"$session","title":"Belasting met telefoons","date":"2026-12-02","place":"Zaal 1","plan":"bootcamp","language":"nl"}
{"type":"agenda.goto","session":"$session","exercise":"matrix"}
{"type":"board.totals","session":"$session","exercise":"matrix","shown":true}
EOF
"$kiosk" apply --db "$db" --plans "$plans" "$work/session.jsonl" >"$work/apply.log" 2>&1 ||
  fail "kiosk apply: $(cat "$work/apply.log")"

step="start the kiosk"
# Port 0: any free port; the logged URL says which.
"$kiosk" --windowed 1280x720 --db "$db" --plans "$plans" --log-targets \
  --phones 0 --phones-address 127.0.0.1 >"$log" 2>&1 &
pid=$!
join='http://127\.0\.0\.1:[0-9]+/j/[0-9]{6}$'
wait_after 0 "^kiosk: phones join at $join" 30
wait_after 0 "^kiosk: screen start ready$" 30

step="resume the session"
tap resume-0
wait_after 0 "^kiosk: session $session resumed$" 10
# The last URL logged: a new session may come with a new join code.
url=$(grep -oE "phones join at $join" "$log" | tail -n 1 | cut -d' ' -f4)

step="the load"
status=0
python3 "$here/phones_load.py" --url "$url" --pid "$pid" --json "$work/figures.json" "$@" || status=$?
kill -0 "$pid" 2>/dev/null || fail "the kiosk exited during the load"
load_status=$status

step="stop"
stop_kiosk 20
((status == 0)) || fail "kiosk exited with $status on SIGTERM"
pid=""

step="the store"
"$kiosk" sessions show "$session" --json --db "$db" >"$work/session.json" || fail "cannot read the session back"
python3 "$here/store_check.py" "$work/figures.json" matrix <"$work/session.json" || load_status=1
((load_status == 0)) || { echo "phones-load: FAIL (the kiosk log: $log)"; exit 1; }
echo "phones-load: passed; figures in $work/figures.json"
