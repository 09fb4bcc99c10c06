#!/usr/bin/env bash
# The real `kiosk facilitator reset-pin`: it finds the PIN file of the data folder through
# XDG_DATA_HOME (as every command does) or next to --db, speaks Dutch by default and English
# when asked, and exits 0 whether or not a PIN was set. Usage: cli_reset_pin.sh path/to/kiosk
set -euo pipefail
kiosk=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
dutch=(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 XDG_DATA_HOME="$work/xdg")

# expect NAME PATTERN COMMAND...: COMMAND must exit 0 and its stdout match the extended regex PATTERN.
expect() {
  local name=$1 pattern=$2; shift 2
  local out status=0
  out=$("$@" 2>&1) || status=$?
  if [[ $status != 0 ]] || ! grep -Eq -- "$pattern" <<<"$out"; then
    echo "FAIL $name (exit $status): no /$pattern/ in:"; echo "$out" | head -20; fail=1
  else
    echo "ok   $name"
  fi
}

mkdir -p "$work/xdg/kiosk"
echo 'a PIN hash' >"$work/xdg/kiosk/facilitator-pin"
expect "removes the PIN of the XDG data folder, in Dutch" "pincode.*verwijderd.*$work/xdg/kiosk/facilitator-pin" \
  "${dutch[@]}" "$kiosk" facilitator reset-pin
[[ ! -e $work/xdg/kiosk/facilitator-pin ]] || { echo "FAIL the PIN file is still there"; fail=1; }
expect "says so when none was set" "Er was geen" "${dutch[@]}" "$kiosk" facilitator reset-pin
expect "in English with --lang en" "No facilitator PIN was set" "${dutch[@]}" "$kiosk" facilitator reset-pin --lang en

mkdir -p "$work/elsewhere"
echo 'a PIN hash' >"$work/elsewhere/facilitator-pin"
expect "--db chooses the folder" "Removed the facilitator PIN .*$work/elsewhere/facilitator-pin" \
  "${dutch[@]}" "$kiosk" --lang en facilitator reset-pin --db "$work/elsewhere/kiosk.db"
[[ ! -e $work/elsewhere/facilitator-pin ]] || { echo "FAIL --db: the PIN file is still there"; fail=1; }
exit $fail
