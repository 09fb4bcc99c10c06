#!/usr/bin/env bash
# Ctrl+V while the clipboard belongs to a program that never answers (issue 14), on the real
# kiosk under Xvfb (run by kiosk_e2e.sh with this script as its third argument; $CLIPBOARD_OWNER
# is tests/platform/clipboard_owner). On main the kiosk froze in glfwGetClipboardString; now the
# frame goes on: a tap right after the paste is answered at once, the field says that nothing was
# pasted once the reader gave up (platform/clipboard.h), and the kiosk still ends on SIGTERM.
set -euo pipefail
kiosk=$1
work=$2
log=$work/paste.log
export XDG_DATA_HOME=$work/data
unset LANG LC_ALL LANGUAGE
presses=0
owner_pid=

fail() {
  echo "e2e-paste: FAIL: $*"
  echo "--- last 40 lines of the kiosk log ($log)"
  tail -n 40 "$log" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  [[ -n $owner_pid ]] && kill -TERM "$owner_pid" 2>/dev/null || true
  exit 1
}
source "$(dirname "$0")/finger_input.sh"
now() { date +%s.%N; }

[[ -x ${CLIPBOARD_OWNER:-} ]] || fail "CLIPBOARD_OWNER is not set to the clipboard_owner program"
"$CLIPBOARD_OWNER" silent >"$work/owner.log" 2>&1 &
owner_pid=$!
deadline=$((SECONDS + 10))
until grep -q "owner ready" "$work/owner.log"; do
  kill -0 "$owner_pid" 2>/dev/null || { cat "$work/owner.log"; echo "e2e-paste: FAIL: no clipboard owner"; exit 1; }
  ((SECONDS < deadline)) || { echo "e2e-paste: FAIL: the owner did not start"; exit 1; }
  sleep 0.02
done

"$kiosk" --log-targets --windowed 1280x800 --focus title >"$log" 2>&1 &
pid=$!
wait_after 0 "^kiosk: screen start ready$" 30
on_screen key-a || fail "--focus title opened no on-screen keyboard"

mark=$(lines_now)
started=$(now)
xdotool key ctrl+v
tap key-a  # waits until the kiosk has seen the tap and drawn its result
took=$(python3 -c "print(f'{$(now) - $started:.2f}')")
echo "e2e-paste: a tap right after Ctrl+V answered in $took s (the owner never answers)"
python3 -c "import sys; sys.exit(0 if $took < 1.5 else 1)" || fail "the tap after Ctrl+V waited $took s"

# The reader gives up after its timeout (2 s) and the field says so.
deadline=$((SECONDS + 10))
until rect title-paste-notice | grep -q .; do
  kill -0 "$pid" 2>/dev/null || fail "kiosk exited while waiting for the paste notice"
  ((SECONDS < deadline)) || fail "no notice under the field that nothing was pasted"
  tap key-b  # frames and taps go on meanwhile; also a fresh ready layout to read the notice from
done
echo "e2e-paste: the field says the clipboard did not answer ($(python3 -c "print(f'{$(now) - $started:.2f}')") s after Ctrl+V)"

stop_kiosk 10
((status == 0)) || fail "kiosk ended with status $status"
kill -TERM "$owner_pid"
wait "$owner_pid" || true
grep -q "owner saw [1-9]" "$work/owner.log" || fail "the kiosk never asked the clipboard owner ($(cat "$work/owner.log"))"
echo "e2e-paste: ok"
