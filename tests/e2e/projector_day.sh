#!/usr/bin/env bash
# A short day with the room's projector, on the real kiosk under Xvfb (run by kiosk_e2e.sh with
# this script as its third argument and a screen wide enough for both windows): the table in a
# 1280x720 window, the projector in a 960x540 one (--projector-windowed) moved right of it. A
# session is started by finger and goes through the readiness check, the vision and a board; on
# each the projector is captured and must have changed since the last capture and not be blank,
# while every tap on the table is handled and drawn within the bounds of finger_input.sh. Then
# the facilitator console (long press, "skip" on the PIN keypad) switches the projector to its
# pause screen and back, and SIGTERM closes both windows cleanly.
#
# Captures land in the work dir as projector-NN-STEP.png and table-NN-STEP.png.
set -euo pipefail
kiosk=$1
work=$2
log=$work/projector-day.log
export XDG_DATA_HOME=$work/data
export HOME=$work/home
mkdir -p "$HOME"
unset LANG LC_ALL LANGUAGE
check=$(dirname "$0")/capture_check.py
step="start"
presses=0
started=$SECONDS
shot=0

fail() {
  echo "e2e-projector: FAIL at step \"$step\": $*"
  echo "--- last 60 lines of the kiosk log ($log)"
  tail -n 60 "$log" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  exit 1
}
say() { echo "e2e-projector: $* ($((SECONDS - started)) s)"; }

# lines_now, wait_after, rect, keys_like, centre, on_screen, settle, tap_at, tap, hold, stop_kiosk:
source "$(dirname "$0")/finger_input.sh"

# tap_to KEY SCREEN: taps KEY and waits until the table declares SCREEN ready after the tap.
tap_to() {
  local mark
  mark=$(lines_now)
  tap "$1"
  wait_after "$mark" "^kiosk: screen $2 ready$" 10
}

# window_at ID X Y SECONDS: until the X server has window ID at X,Y (a move without a window
# manager is the server's alone; the kiosk logs nothing for it).
window_at() {
  local deadline=$((SECONDS + $4))
  until xdotool getwindowgeometry "$1" | grep -q "Position: $2,$3 "; do
    ((SECONDS < deadline)) || fail "window $1 did not reach $2,$3 within $4 s"
    sleep 0.05
  done
}

# Thresholds of the projector checks (capture_check.py prints shares of the window's pixels):
# a blank window has no ink (the waiting screen, one word, has 0.0013); a change of exercise
# redraws the title, its question and the body, far more than a ticking clock's few digits.
min_ink=0.001
min_change=0.01

# capture_projector NAME: waits until the projector shows something other than the last capture
# (at least min_change of its pixels) and holds still (two captures in a row the same: nothing
# half drawn), at most 15 s; saves it as projector-NN-NAME.png and checks it is not blank. The
# projector logs no frames, so its own pixels are the signal. The table is captured alongside.
last_projector=""
capture_projector() {
  local out try=$work/try-a.png prev=$work/try-b.png change="" ink deadline=$((SECONDS + 15))
  shot=$((shot + 1))
  out=$(printf '%s/projector-%02d-%s.png' "$work" "$shot" "$1")
  rm -f "$prev"
  while :; do
    kill -0 "$pid" 2>/dev/null || fail "kiosk exited while waiting for the projector"
    import -window "$projector" "PNG24:$try" || fail "cannot capture the projector window"
    if [[ -f $prev ]] && python3 "$check" same "$try" "$prev"; then
      if [[ -z $last_projector ]]; then break; fi
      change=$(python3 "$check" differ "$try" "$last_projector") || fail "cannot compare captures"
      python3 -c "import sys; sys.exit(0 if $change >= $min_change else 1)" && break
    fi
    ((SECONDS < deadline)) || fail "the projector did not change from $(basename "$last_projector") within 15 s (last change ${change:-none})"
    mv "$try" "$prev"
  done
  mv "$try" "$out"
  ink=$(python3 "$check" ink "$out") || fail "cannot read $out"
  python3 -c "import sys; sys.exit(0 if $ink >= $min_ink else 1)" || fail "the projector is blank on $1 (ink $ink)"
  import -window "$table" "PNG24:$(printf '%s/table-%02d-%s.png' "$work" "$shot" "$1")" || fail "cannot capture the table"
  say "projector on $1: ink $ink, changed ${change:-(first)} from the capture before"
  last_projector=$out
}

"$kiosk" --windowed 1280x720 --projector-windowed 960x540 --log-targets >"$log" 2>&1 &
pid=$!
wait_after 0 "^kiosk: projector in a window 960x540$" 30
wait_after 0 "^kiosk: screen start ready$" 30

# --- the two windows side by side ----------------------------------------------------------------
# Without a window manager both open at 0,0, the projector over the table's top left.
step="place the projector"
projector=$(xdotool search --name "projector" | head -n 1)
[[ -n $projector ]] || fail "no window named \"projector\""
[[ $(xdotool getwindowname "$projector") == "Workshop Kiosk (projector)" ]] || fail "the projector window's title is \"$(xdotool getwindowname "$projector")\""
table=$(xdotool search --name "^Workshop Kiosk\$" | head -n 1)
[[ -n $table ]] || fail "no table window \"Workshop Kiosk\""
window_at "$table" 0 0 5
xdotool windowmove "$projector" 1300 0
window_at "$projector" 1300 0 10
# The table takes its layout from the frame drawn after the move, never from before it.
wait_after 0 "^kiosk: screen start ready$" 10
capture_projector waiting

# --- a session started by finger, its exercises followed on the projector --------------------------
step="start a session"
tap_to new-session agenda
grep -qE "^kiosk: session s-.* started from plan bootcamp \(nl\)$" "$log" || fail "no session started"
capture_projector agenda

step="readiness"
tap_to agenda-next exercise:readiness
capture_projector readiness

step="vision"
tap_to exercise-next exercise:vision
capture_projector vision

step="board"
tap_to exercise-next exercise:choose
capture_projector board

# --- the facilitator's pause screen --------------------------------------------------------------
board_shot=$last_projector

step="facilitator console"
tap_to open-agenda agenda
hold facilitator "^kiosk: pin keypad opened$"
mark=$(lines_now)
tap_to pin-skip facilitator
grep -q "^kiosk: facilitator console opened$" "$log" || fail "\"skip\" on the keypad opened no console"
step="pause screen"
mark=$(lines_now)
tap pause-screen
wait_after "$mark" "^kiosk: projector pause screen$" 10
capture_projector pause
step="back from the pause screen"
mark=$(lines_now)
tap pause-screen
wait_after "$mark" "^kiosk: projector shows the session$" 10
capture_projector after-pause
back=$(python3 "$check" differ "$last_projector" "$board_shot") || fail "cannot compare captures"
python3 -c "import sys; sys.exit(0 if $back < $min_change else 1)" ||
  fail "after the pause screen the projector differs from its board by $back, not back to the session"
tap_to facilitator-back agenda

# --- both windows close on SIGTERM ---------------------------------------------------------------
step="stop"
stop_kiosk 20
((status == 0)) || fail "kiosk exited with $status on SIGTERM"
grep -q "^kiosk: stopping on signal 15$" "$log" || fail "no clean stop on SIGTERM"
grep -q "^kiosk: projector closed" "$log" || fail "the projector window was not closed"
rm -f "$work/try-a.png" "$work/try-b.png"
say "a day with the projector passed; $presses inputs, $shot projector captures in $work"
