#!/usr/bin/env bash
# A bootcamp day by finger alone, on the real kiosk under Xvfb (run by kiosk_e2e.sh with this
# script as its third argument): taps, long presses and drags from xdotool, never a hardware key,
# never the wheel. It fills the start screen on the on-screen keyboard, answers the readiness
# check, writes a vision, adds, drags, votes on, deletes and undoes notes on a board, fills a
# partner-power box low on the form, opens the facilitator console by a long press, exports to
# a folder inside the work dir and reads the typed texts back from the Markdown.
#
# Every step waits for the kiosk's own log (--log-targets): "pointer up N" once the UI has seen
# input N, and "screen NAME ready" once the layout after it was drawn twice the same; targets
# are read from the layout that was declared ready, never from a first frame. Every wait is
# bounded. A step that cannot work because a feature is missing is reported as MISSING and the
# day goes on; the test then ends with exit status 2 (1 for any other failure).
set -euo pipefail
kiosk=$1
work=$2
log=$work/day.log
export XDG_DATA_HOME=$work/data
# The export screen offers removable media first and the documents folder last
# (app/export_job.h); a home inside the work dir makes that folder the test's own.
export HOME=$work/home
mkdir -p "$HOME/Documenten"
unset LANG LC_ALL LANGUAGE
db=$XDG_DATA_HOME/kiosk/kiosk.db
step="start"
missing=()
presses=0
started=$SECONDS

fail() {
  echo "e2e-day: FAIL at step \"$step\": $*"
  echo "--- last 60 lines of the kiosk log ($log)"
  tail -n 60 "$log" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  exit 1
}
missing_step() {
  echo "e2e-day: MISSING at step \"$step\": $*"
  missing+=("$step: $*")
}
say() { echo "e2e-day: $* ($((SECONDS - started)) s)"; }

# lines_now, wait_after, rect, keys_like, centre, on_screen, settle, tap_at, tap, hold, stop_kiosk:
source "$(dirname "$0")/finger_input.sh"

# type_keys TEXT: taps the on-screen keyboard's keys, one per character (lower case, digits,
# space; the field capitalises the start of a sentence itself).
type_keys() {
  local text=$1 i c key
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    if [[ $c == " " ]]; then key=key-space; else key=key-$c; fi
    on_screen "$key" || fail "the on-screen keyboard has no key \"$key\""
    tap "$key"
  done
}

# drag X0 Y0 X1 Y1: finger down, moved in steps the kiosk sees one by one, lifted.
drag() {
  local x0=$1 y0=$2 x1=$3 y1=$4 steps=8 i x y mark
  mark=$(lines_now)
  presses=$((presses + 1))
  xdotool mousemove "$x0" "$y0"
  xdotool mousedown 1
  wait_after "$mark" "^kiosk: pointer down $presses " 10
  for ((i = 1; i <= steps; i++)); do
    x=$((x0 + (x1 - x0) * i / steps))
    y=$((y0 + (y1 - y0) * i / steps))
    xdotool mousemove "$x" "$y"
    wait_after "$mark" "^kiosk: pointer at $presses $x $y$" 10
  done
  xdotool mouseup 1
  settle "$mark"
}

# scroll_to KEY X Y0 Y1: drags upwards from (X, Y0) to (X, Y1) until KEY is on screen, at most
# six times; reports the step as missing when the list does not follow the finger.
scroll_to() {
  local key=$1 tries
  for ((tries = 0; tries < 6; tries++)); do
    on_screen "$key" && return 0
    drag "$2" "$3" "$2" "$4"
  done
  on_screen "$key" && return 0
  missing_step "\"$key\" stays out of sight: the list does not scroll by finger drag"
  return 1
}


# session_json: the stored session as JSON (read-only, next to the running kiosk).
session_json() { "$kiosk" sessions show latest --json --db "$db"; }
# until_json PYTHON_EXPR: waits until the expression over the stored session `s` is true.
until_json() {
  local deadline=$((SECONDS + 10))
  until session_json 2>/dev/null | python3 -c "import json,sys; s=json.load(sys.stdin); sys.exit(0 if ($1) else 1)"; do
    ((SECONDS < deadline)) || fail "the stored session never satisfied: $1"
    sleep 0.1
  done
}

day0=$(date +%F)
"$kiosk" --log-targets >"$log" 2>&1 &
pid=$!
wait_after 0 "^kiosk: screen start ready$" 30
read -r screen_w screen_h < <(xdotool getdisplaygeometry)

# --- start screen, on the on-screen keyboard ---------------------------------------------------
step="start screen"
title_words=" vingerdag"      # appended to the plan's title
place_words="zaal de linde"
facilitator_words="an de vries"
read -r x0 y0 x1 y1 < <(rect title) || fail "no title field"
tap_at $((x1 - 6)) $(((y0 + y1) / 2))   # the caret goes to the end of the plan's title
on_screen key-a || fail "tapping the title opened no on-screen keyboard"
type_keys "$title_words"
tap key-enter                          # one-line field: Enter is "done"
tap place
on_screen key-a || fail "tapping the place opened no on-screen keyboard"
type_keys "$place_words"
tap key-enter
tap facilitator-name
type_keys "$facilitator_words"
tap key-hide
on_screen key-a && fail "the keyboard stayed open after hide"
tap date-later
tap date-later
tap date-earlier
tap new-session
grep -qE "^kiosk: session s-.* started from plan bootcamp \(nl\)" "$log" || fail "no session started"
until_json "s['title'] == 'Bootcamp werken met communities vingerdag'"
until_json "s['place'] == 'Zaal de linde' and s['facilitator'] == 'An de vries'"
# Today + 2 days − 1 day; "today" read before and after, in case the test runs over midnight.
until_json "s['date'] in ('$(date -d "$day0 + 1 day" +%F)', '$(date -d "+1 day" +%F)')"
say "start screen filled by finger: $(session_json | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["title"], "|", s["date"], "|", s["place"], "|", s["facilitator"])')"

# --- readiness: six questions, the last ones reached by dragging the list ---------------------
step="readiness"
tap agenda-open-readiness
for q in team means management budget learning skills; do
  if ! on_screen "answer-$q-yes"; then
    scroll_to "answer-$q-yes" $((screen_w / 3)) $((screen_h * 3 / 4)) $((screen_h / 3)) || continue
  fi
  tap "answer-$q-yes"
done
answered=$(session_json | python3 -c "import json,sys; a=json.load(sys.stdin)['exercises']['readiness']['answers']; print(' '.join(sorted(q for q, v in a.items() if v.get('answer') == 'yes')))")
say "readiness answered yes: $answered"
[[ $answered == "budget learning management means skills team" ]] || missing_step "not all six questions answered (yes: $answered)"

# --- vision writing ------------------------------------------------------------------------------
step="vision"
tap exercise-next
vision_words="de bieb is van iedereen"
tap vision-add
on_screen key-a || fail "adding a text opened no on-screen keyboard"
type_keys "$vision_words"
tap key-hide
until_json "'bieb is van iedereen' in json.dumps(s, ensure_ascii=False)"
say "vision written"

# --- a board: add, drag, vote, delete and undo ---------------------------------------------------
step="board"
tap exercise-next
wait_after 0 "^kiosk: screen exercise:choose ready$" 10
add_note() {
  tap "add-note:$1"
  on_screen key-a || fail "adding a note opened no on-screen keyboard"
  type_keys "$2"
  tap note-save
}
add_note existing "leesclub"
add_note existing "taalcafe"
until_json "len([n for n in s['notes'] if n['exercise'] == 'choose']) == 2"
note_of() {  # the id of the note whose text is $1
  session_json | python3 -c "import json,sys; s=json.load(sys.stdin); print([n['id'] for n in s['notes'] if n['text'] == sys.argv[1]][0])" "$1"
}
moved=$(note_of Taalcafe)
read -r nx ny < <(centre "note:$moved") || fail "the new note is not on the board"
read -r dx0 dy0 dx1 dy1 < <(rect add-note:desired) || fail "no desired column"
drag "$nx" "$ny" $(((dx0 + dx1) / 2)) $((dy1 + (screen_h - dy1) / 3))
until_json "[n for n in s['notes'] if n['id'] == '$moved'][0]['column'] == 'desired'"
step="board: vote"
tap vote-mode
tap seat
tap seat:1
voted=$(note_of Leesclub)
tap "note:$voted"
until_json "sum(s['votes'].get('$voted', {}).values()) == 1"
tap vote-mode
step="board: delete and undo"
tap "note:$voted"
tap note-delete
tap note-delete-confirm
until_json "not [n for n in s['notes'] if n['id'] == '$voted']"
tap toast-undo
until_json "[n for n in s['notes'] if n['id'] == '$voted']"
say "board: notes added, dragged, voted on, deleted and undone"

# --- partner power: a box low on the form --------------------------------------------------------
step="partner power"
tap open-agenda
tap agenda-open-partners
tap form-add
box=field-1-commitments  # the last of the five boxes
partner_words="samen sterker"
if ! on_screen "$box"; then
  scroll_to "$box" $((screen_w / 2)) $((screen_h * 3 / 4)) $((screen_h / 3)) || true
fi
if on_screen "$box"; then
  tap "$box"
  on_screen key-a || fail "tapping $box opened no on-screen keyboard"
  on_screen "$box" || missing_step "the keyboard covers $box: its text is typed blind"
  type_keys "$partner_words"
  tap key-hide
  until_json "[f for f in s['forms'] if f['exercise'] == 'partners' and f['values'].get('commitments') == 'Samen sterker']"
  say "partner-power box filled"
fi

# --- facilitator console by long press, export --------------------------------------------------
step="facilitator console"
tap open-agenda
hold facilitator "^kiosk: pin keypad opened$"
step="choose a PIN"               # no PIN yet: the keypad offers one, typed twice
for round in 1 2; do
  for d in 2 4 6 8; do tap "pin-$d"; done
  tap pin-ok
done
wait_after 0 "^kiosk: facilitator console opened$" 10
wait_after 0 "^kiosk: screen facilitator ready$" 10
pin_file=$XDG_DATA_HOME/kiosk/facilitator-pin
[[ $(head -c 10 "$pin_file" 2>/dev/null) == '$argon2id$' ]] || fail "the PIN is not stored as an Argon2id hash in $pin_file"
grep -q 2468 "$pin_file" && fail "the PIN's digits are in $pin_file"
step="export"
tap export-notes
dest=$(keys_like '^destination-[0-9]+$' | tail -n 1)
[[ -n $dest ]] || fail "the export screen offers no destination"
tap "$dest"
mark=$(lines_now)
tap export-start
wait_after "$mark" "^kiosk: export done: [0-9]+ files$" 60
md=$(find "$HOME/Documenten/Workshopverslagen" -name '*.md' | head -n 1)
[[ -n $md ]] || fail "no Markdown file in $HOME/Documenten/Workshopverslagen"
stored_date=$(session_json | python3 -c 'import json,sys; print(json.load(sys.stdin)["date"])')
for text in "communities vingerdag" "$stored_date" "Zaal de linde" "An de vries" "De bieb is van iedereen" "Leesclub" "Taalcafe"; do
  grep -qF -- "$text" "$md" || fail "the Markdown export lacks \"$text\""
done
if ((${#missing[@]} == 0)); then
  grep -qF -- "Samen sterker" "$md" || fail "the Markdown export lacks \"Samen sterker\""
fi
if command -v cmark >/dev/null; then cmark "$md" >"$work/day.html" || fail "cmark cannot read the export"; fi
say "exported to $md"

step="stop"
stop_kiosk 20
((status == 0)) || fail "kiosk exited with $status on SIGTERM"
if ((${#missing[@]})); then
  printf 'e2e-day: missing: %s\n' "${missing[@]}"
  exit 2
fi
say "the day by finger alone passed; $presses inputs"
