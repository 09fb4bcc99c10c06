# The kiosk's log as the clock of an end-to-end script, and a finger's taps and long presses.
# Sourced by day_by_finger.sh and projector_day.sh. The sourcing script sets $log (the kiosk's
# stderr, from --log-targets), $pid (the kiosk), $presses (inputs sent so far, 0 at the start)
# and defines fail MESSAGE (ends the test); stop_kiosk sets $status. Every wait is bounded and reads the log, never a
# fixed sleep: "pointer up N" once the UI has seen input N, "screen NAME ready" once the layout
# after it was drawn twice the same.

lines_now() { wc -l <"$log"; }

# wait_after MARK REGEX SECONDS: until a line after line MARK of the log matches REGEX.
wait_after() {
  local deadline=$((SECONDS + $3))
  until tail -n +"$(($1 + 1))" "$log" | grep -qE -- "$2"; do
    kill -0 "$pid" 2>/dev/null || fail "kiosk exited while waiting for \"$2\""
    ((SECONDS < deadline)) || fail "no \"$2\" within $3 s"
    sleep 0.02
  done
}

# rect KEY: "x0 y0 x1 y1" of KEY's visible part in the last layout declared ready (empty when
# the key is not on screen there). A layout is a run of target lines; "ready" names the last one.
rect() {
  awk -v key="$1" '
    /^kiosk: target / { if (!in_block) { n = 0; delete cur } in_block = 1; cur[$3] = $4 " " $5 " " $6 " " $7; next }
    { in_block = 0 }
    /^kiosk: screen .* ready$/ { delete ready; for (k in cur) ready[k] = cur[k] }
    END { if (key in ready) print ready[key] }' "$log"
}
# keys_like REGEX: the keys of the ready layout matching REGEX, one a line, in logged order.
keys_like() {
  awk -v re="$1" '
    /^kiosk: target / { if (!in_block) { n = 0 } in_block = 1; order[++n] = $3; next }
    { in_block = 0 }
    /^kiosk: screen .* ready$/ { m = n; for (i = 1; i <= n; i++) ready[i] = order[i] }
    END { for (i = 1; i <= m; i++) if (ready[i] ~ re) print ready[i] }' "$log"
}
centre() { rect "$1" | awk 'NF == 4 { printf "%d %d\n", ($1 + $3) / 2, ($2 + $4) / 2 }'; }
# on_screen KEY: at least a finger's width and height of KEY is visible (12 mm at 96 dpi is 45 px;
# every touch target is that large), so a widget cut off by the edge of its list does not count.
on_screen() { rect "$1" | awk 'NF == 4 && $3 - $1 >= 44 && $4 - $2 >= 44 { ok = 1 } END { exit !ok }'; }

# settle MARK: the input sent after MARK was handled and its result drawn and still ("ready"
# after the release, never one from before it).
settle() {
  local up
  wait_after "$1" "^kiosk: pointer up $presses " 10
  up=$(grep -n "^kiosk: pointer up $presses " "$log" | tail -n 1 | cut -d: -f1)
  wait_after "$up" "^kiosk: screen [^ ]+ ready$" 10
}

# tap_at X Y: one finger tap, handled and settled before the next input.
tap_at() {
  local mark
  mark=$(lines_now)
  presses=$((presses + 1))
  xdotool mousemove "$1" "$2"  # no --sync: it can stall; the kiosk's log is the signal
  xdotool click 1
  settle "$mark"
}
tap() {
  local x y
  read -r x y < <(centre "$1") || fail "no \"$1\" on the screen"
  tap_at "$x" "$y"
}

# hold KEY REGEX: a long press on KEY until the log says REGEX, then the finger lifts.
hold() {
  local x y mark
  read -r x y < <(centre "$1") || fail "no \"$1\" on the screen"
  mark=$(lines_now)
  presses=$((presses + 1))
  xdotool mousemove "$x" "$y"
  xdotool mousedown 1
  wait_after "$mark" "$2" 10
  xdotool mouseup 1
  settle "$mark"
}

# stop_kiosk SECONDS: SIGTERM, then waits for the kiosk to end, at most SECONDS (then SIGKILL
# and fail); sets $status to its exit status.
stop_kiosk() {
  local deadline=$((SECONDS + $1))
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    ((SECONDS < deadline)) || { kill -KILL "$pid"; fail "kiosk did not stop on SIGTERM within $1 s"; }
    sleep 0.05
  done
  status=0
  wait "$pid" || status=$?
}
