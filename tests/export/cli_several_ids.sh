#!/usr/bin/env bash
# The real `kiosk export ID ID…`: every word after `export` is a session id, also one that is
# the name of another command ("demo" is the id of the shipped demo session and `kiosk demo` a
# command; the newcomer test of issue 13 found it run as a command, or the --db lost), and
# options may come before or after the ids. Usage: cli_several_ids.sh path/to/kiosk SOURCE_DIR
set -euo pipefail
kiosk=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg" LANG=C.UTF-8
db="$work/kiosk.db"
"$kiosk" apply --db "$db" --plans "$src/sessions" "$src/sessions/demo/bootcamp-demo.nl.jsonl" >/dev/null
next=$("$kiosk" sessions follow-up demo --db "$db" --plans "$src/sessions" 2>/dev/null | tail -1)
[[ -n $next ]] || { echo "FAIL no follow-up id"; exit 1; }
fail=0
check() {  # NAME DIR: the one CSV in DIR holds rows of both sessions
  local name=$1 dir=$2
  if python3 - "$dir" "$next" <<'PY'
import csv, glob, sys
files = glob.glob(sys.argv[1] + "/*.csv")
assert len(files) == 1, files
with open(files[0], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))
ids = {r[0] for r in rows[1:]}
assert {"demo", sys.argv[2]} <= ids, ids
PY
  then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi
}
"$kiosk" export "$next" demo --db "$db" --out "$work/a" --format csv >/dev/null && check "ids first, options after" "$work/a" \
  || { echo "FAIL ids first"; fail=1; }
"$kiosk" export --db "$db" --format csv --out "$work/b" demo "$next" >/dev/null && check "options first" "$work/b" \
  || { echo "FAIL options first"; fail=1; }
[[ ! -e $work/xdg/kiosk/kiosk.db ]] || { echo "FAIL the default database was used"; fail=1; }
exit $fail
