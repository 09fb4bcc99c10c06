#!/usr/bin/env bash
# The part of the end-to-end test that runs with DISPLAY set by xvfb-run (see kiosk_e2e.sh).
set -euo pipefail
kiosk=$1
work=$2
log=$work/kiosk.log
export XDG_DATA_HOME=$work/data
unset LANG LC_ALL LANGUAGE  # started like a system service

fail() { echo "e2e: FAIL: $*"; echo "--- kiosk log"; cat "$log" 2>/dev/null || true; exit 1; }

# wait_for PATTERN SECONDS: until the log holds a line matching PATTERN; no fixed sleeps.
wait_for() {
  local deadline=$((SECONDS + $2))
  until grep -q -- "$1" "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "kiosk exited while waiting for \"$1\""
    ((SECONDS < deadline)) || fail "no \"$1\" within $2 s"
    sleep 0.05
  done
}

# wait_exit SECONDS: waits for the kiosk to end, at most SECONDS; sets $status. A kiosk that does
# not end in time fails the test with its log instead of hanging until CTest's timeout.
wait_exit() {
  local deadline=$((SECONDS + $1))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      kill -KILL "$pid" 2>/dev/null || true
      fail "kiosk did not end within $1 s"
    fi
    sleep 0.05
  done
  status=0
  wait "$pid" || status=$?
}

# centre_of KEY: the centre of the touch target the kiosk logged last under KEY.
centre_of() {
  grep "^kiosk: target $1 " "$log" | tail -n 1 | awk '{ printf "%d %d\n", ($4 + $6) / 2, ($5 + $7) / 2 }'
}

"$kiosk" --demo-data --log-targets >"$log" 2>&1 &
pid=$!
wait_for "kiosk: first frame after" 30
wait_for "kiosk: target lang-en " 10

read -r x y < <(centre_of lang-en)
xdotool mousemove "$x" "$y"   # no --sync: it can stall; the app's log line is the signal
xdotool click 1
wait_for "kiosk: language en" 10
echo "e2e: tap on the language switch at $x,$y was handled"

kill -TERM "$pid"
wait_exit 20
((status == 0)) || fail "kiosk exited with $status on SIGTERM"
grep -q "kiosk: stopping on signal 15" "$log" || fail "no clean stop on SIGTERM"

# Second run: the facilitator's long-press (no input events arrive while the finger rests, so this
# also checks that the loop wakes itself when the UI asks), then "close the kiosk".
: >"$log.2"
log=$log.2
"$kiosk" --demo-data --log-targets >"$log" 2>&1 &
pid=$!
wait_for "kiosk: target facilitator " 30
read -r x y < <(centre_of facilitator)
xdotool mousemove "$x" "$y"
xdotool mousedown 1
wait_for "kiosk: facilitator console opened" 10
xdotool mouseup 1
wait_for "kiosk: console ready" 10  # its layout stays: never tap the first target line
read -r x y < <(centre_of quit)
xdotool mousemove "$x" "$y"
xdotool click 1
wait_exit 20
((status == 0)) || fail "kiosk exited with $status after 'close the kiosk'"
grep -q "kiosk: closing on the facilitator's request" "$log" || fail "the quit tap was not handled"
log=$work/kiosk.log
echo "e2e: long-press opened the facilitator console; quit closed the kiosk"

# Third run: a real session on the store. Start it from the shipped Dutch plan, answer a question
# of the readiness check, pull the plug (SIGKILL), start again and resume: nothing is lost.
tap() {
  wait_for "kiosk: target $1 " 15
  read -r x y < <(centre_of "$1")
  xdotool mousemove "$x" "$y"
  xdotool click 1
}
db=$XDG_DATA_HOME/kiosk/kiosk.db
log=$work/kiosk.log.3
: >"$log"
"$kiosk" --log-targets >"$log" 2>&1 &
pid=$!
wait_for "kiosk: first frame after" 30
[[ -f $db ]] || fail "the database was not created in the XDG data directory"
tap new-session
wait_for "kiosk: session s-.* started from plan bootcamp (nl)" 10
tap agenda-next
tap answer-team-yes
deadline=$((SECONDS + 10))
until "$kiosk" sessions show latest --json --db "$db" 2>/dev/null | grep -q '"answer": *"yes"'; do
  ((SECONDS < deadline)) || fail "the tapped answer never reached the database"
  sleep 0.1
done
kill -KILL "$pid"
wait_exit 10
"$kiosk" db check --db "$db" >>"$log" 2>&1 || fail "database not intact after SIGKILL"
: >"$log.4"
log=$log.4
"$kiosk" --log-targets >"$log" 2>&1 &
pid=$!
# No tap: the session was on screen when the kiosk died, so it reopens by itself, at its exercise.
wait_for "kiosk: reopening session s-.*, open when the kiosk stopped" 15
wait_for "kiosk: session s-.* resumed" 10
wait_for "kiosk: target answer-team-yes " 10
"$kiosk" sessions show latest --db "$db" | grep -q "readiness\|Zijn we er klaar voor" || fail "resumed session lost its place"
kill -TERM "$pid"
wait_exit 20
((status == 0)) || fail "kiosk did not stop cleanly after resume"
log=$work/kiosk.log
echo "e2e: session started, answered, killed, resumed with the answer kept"

png_size() {
  python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"
}
for size in 1920x1080 1024x768; do
  out=$work/start-$size.png
  timeout 60 "$kiosk" --screenshot "$out" --windowed "$size" --demo-data >>"$log" 2>&1 || fail "screenshot $size failed"
  [[ -s $out ]] || fail "no PNG written for $size"
  got=$(png_size "$out")
  [[ $got == "$size" ]] || fail "screenshot is $got, wanted $size"
done
timeout 60 "$kiosk" --screenshot "$work/start.png" --windowed 1920x1080 >>"$log" 2>&1 || fail "plain screenshot failed"
[[ $(png_size "$work/start.png") == 1920x1080 ]] || fail "start.png has the wrong size"
for screen in agenda exercise export; do  # the newest stored session: the one started above
  timeout 60 "$kiosk" --screenshot "$work/$screen.png" --screen "$screen" >>"$log" 2>&1 || fail "screenshot of $screen failed"
  [[ $(png_size "$work/$screen.png") == 1920x1080 ]] || fail "$screen.png has the wrong size"
done
if XDG_DATA_HOME=$work/empty timeout 60 "$kiosk" --screenshot "$work/none.png" --screen agenda >>"$log" 2>&1; then
  fail "an agenda rendered without any session"
fi
echo "e2e: screenshots written to $work"
