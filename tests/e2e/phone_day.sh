#!/usr/bin/env bash
# A phone in the room (issue 12, "Tests"), on the real kiosk under Xvfb (run by kiosk_e2e.sh with
# this script as its third argument): the kiosk listens for phones on a free loopback port
# (--phones PORT --phones-address 127.0.0.1) and the table is driven by finger as in
# projector_day.sh; a real headless Chromium (phone_day.py over cdp.py) is the phone. It joins by
# the logged URL on kiosk.test (mapped to 127.0.0.1, so an insecure origin, as on a LAN IP), adds
# a note on the OF/BY/FOR board that then stands on the table, gives it a dot, writes and hands
# in a vision, and adds a note offline that is still on its way when Chromium is killed; after a
# restart on the same profile it is delivered. The database must then hold every phone note,
# dot and vision exactly once, with "source":"phone".
#
# Captures land in the work dir: phone-NN-STEP.png (the phone's views) and table-STEP.png.
# Bounded: every wait has its own limit, and the whole run ends after 120 s.
set -euo pipefail
kiosk=$1
work=$2
log=$work/phone-day.log
db=$work/phone-day.db
export XDG_DATA_HOME=$work/data
export HOME=$work/home
mkdir -p "$HOME"
unset LANG LC_ALL LANGUAGE
here=$(dirname "$0")
check=$here/capture_check.py
step="start"
presses=0
started=$SECONDS
pid=""
phone_pid=""

say() { echo "e2e-phone: $* ($((SECONDS - started)) s)"; }
fail() {
  echo "e2e-phone: FAIL at step \"$step\": $*"
  echo "--- last 40 lines of the kiosk log ($log)"
  tail -n 40 "$log" 2>/dev/null || true
  echo "--- the phone's log ($work/phone.log)"
  tail -n 20 "$work/phone.log" 2>/dev/null || true
  [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null || true
  [[ -n $phone_pid ]] && kill -TERM "$phone_pid" 2>/dev/null || true
  exit 1
}
# The whole run's bound: a watchdog that ends this script (and so the kiosk and the phone).
# Its output goes nowhere, so ctest does not wait for it; at the end it is ended with its sleep.
main=$$
(
  exec >/dev/null 2>&1
  sleep 120 &
  sleeper=$!
  trap 'kill "$sleeper"; exit 0' TERM
  wait "$sleeper"
  kill -TERM "$main"
) &
watchdog=$!
trap 'kill "$watchdog" 2>/dev/null || true' EXIT
trap 'fail "stopped after 120 s or by a signal"' TERM INT

# lines_now, wait_after, rect, keys_like, centre, on_screen, settle, tap_at, tap, hold, stop_kiosk:
source "$here/finger_input.sh"

tap_to() {  # tap_to KEY SCREEN: taps KEY and waits until SCREEN is ready after the tap
  local mark
  mark=$(lines_now)
  tap "$1"
  wait_after "$mark" "^kiosk: screen $2 ready$" 10
}
table_shot() { import -window "$table" "PNG24:$work/table-$1.png" || fail "cannot capture the table"; }

# phone COMMAND ARGS...: one step of the phone (phone_day.py), its answer in $reply.
phone() {
  local IFS=$'\t'
  printf '%s\n' "$*" >&"${PHONE[1]}"
  read -r -t 60 reply <&"${PHONE[0]}" || fail "the phone did not answer \"$1\" within 60 s"
  [[ $reply == ok* ]] || fail "the phone: ${reply#fail }"
  reply=${reply#ok}
  reply=${reply# }
}

# --- the kiosk, listening for phones on loopback ---------------------------------------------------
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
: >"$log"  # before the kiosk's own redirect, which happens in its process
"$kiosk" --windowed 1280x720 --log-targets --db "$db" --phones "$port" --phones-address 127.0.0.1 >"$log" 2>&1 &
pid=$!
wait_after 0 "^kiosk: screen start ready$" 30
table=$(xdotool search --name "^Workshop Kiosk\$" | head -n 1)
[[ -n $table ]] || fail "no table window \"Workshop Kiosk\""

step="start a session"
tap_to new-session agenda
grep -qE "^kiosk: session s-.* started from plan bootcamp \(nl\)$" "$log" || fail "no session started"
wait_after 0 "^kiosk: phones join at http://127\.0\.0\.1:$port/j/[0-9]{6}$" 10
url=$(grep -oE "^kiosk: phones join at http://127\.0\.0\.1:$port/j/[0-9]{6}$" "$log" | tail -n 1 | cut -d' ' -f5)
code=${url##*/}
say "phones join at $url"

# --- the phone joins: as a phone sees it, an insecure origin --------------------------------------
step="join"
coproc PHONE { exec python3 -u "$here/phone_day.py" "$work" "$db" 2>>"$work/phone.log"; }
phone_pid=$PHONE_PID
phone join "http://kiosk.test:$port/j/$code"
device=$reply
phone view screen   # the agenda: "look at the screen"
say "phone $device joined (not a secure context)"

# --- the OF/BY/FOR board: a note from the phone on the table, a dot ----------------------------
step="board"
tap_to agenda-open-matrix exercise:matrix
phone view board
note_text="Leesclub in het café"
mark=$(lines_now)
phone note VAN "$note_text"
note=$reply
wait_after "$mark" "^kiosk: target note:$note " 10
wait_after "$mark" "^kiosk: screen exercise:matrix ready$" 10
table_shot board-note
say "note $note from the phone is on the table"
step="dot"
phone dot "$note_text"
say "a dot on it"

# --- the vision: written on the phone, handed in ------------------------------------------------
step="vision"
tap_to open-agenda agenda
tap_to agenda-open-vision exercise:vision
vision_text="De bieb is van iedereen, ook op zondag."
phone vision "$vision_text"
vision=$reply
table_shot vision
say "vision $vision handed in"

# --- offline, a note; the phone dies mid-send and comes back ------------------------------------
step="offline"
tap_to open-agenda agenda
tap_to agenda-open-matrix exercise:matrix
phone view board
late_text="Oppasmiddag voor ouders"
mark=$(lines_now)
phone offline_note DOOR "$late_text"
read -r late killed <<<"$reply"
wait_after "$mark" "^kiosk: target note:$late " 10
table_shot board-after-restart
say "note $late sent offline, delivered after a kill (mid-send, $killed the kiosk stored it) and restart"
phone quit

# --- the store: every phone action exactly once, with its source ------------------------------
step="database"
python3 - "$db" "$device" "$note" "$late" "$vision" "$note_text" "$late_text" "$vision_text" <<'EOF' || fail "the database check failed"
import json, sqlite3, sys
db, device, note, late, vision, note_text, late_text, vision_text = sys.argv[1:]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = [(t, json.loads(d)) for t, d in con.execute("SELECT type, data FROM actions ORDER BY seq")]
phone = [(t, d) for t, d in rows if d.get("source") == "phone"]
def count(kind, **fields):
    return sum(1 for t, d in phone if t == kind and all(d.get(k) == v for k, v in fields.items()))
problems = []
for kind, fields in (("note.add", {"id": note, "text": note_text, "exercise": "matrix", "column": "of"}),
                     ("note.add", {"id": late, "text": late_text, "exercise": "matrix", "column": "by"}),
                     ("vote.add", {"note": note, "voter": device}),
                     ("vision.add", {"id": vision, "exercise": "vision"})):
    if count(kind, **fields) != 1:
        problems.append(f"{kind} {fields}: {count(kind, **fields)} times from the phone, not once")
if not any(vision_text in d.get("text", "") for t, d in phone if t in ("vision.add", "vision.edit") and d.get("id") == vision):
    problems.append("the vision's text is not stored")
for t, d in rows:  # nothing with the phone's texts came from elsewhere
    if d.get("source") != "phone" and (d.get("text") in (note_text, late_text)):
        problems.append(f"{t} without source phone: {d}")
requests = [d.get("request") for t, d in phone]
if len(requests) != len(set(requests)) or None in requests:
    problems.append(f"phone requests not one each: {requests}")
if any(d.get("device") != device for t, d in phone):
    problems.append("a phone action without the phone's device id")
print("\n".join(problems) or f"e2e-phone: {len(phone)} phone actions stored, each once: " + ", ".join(t for t, _ in phone))
sys.exit(1 if problems else 0)
EOF

step="stop"
stop_kiosk 20
((status == 0)) || fail "kiosk exited with $status on SIGTERM"
say "a day with a phone passed"
