#!/usr/bin/env bash
# Numbers do not follow the user's locale (issue 14): started from a Dutch or German desktop,
# whose locales write a decimal comma, the real `kiosk` still takes `--scale 1.25`, and its
# exports (Markdown, HTML, CSV, PNG and SVG) are byte for byte those made under C.UTF-8.
# The two locales are compiled into a temporary LOCPATH with localedef (Debian's `locales`
# package), so the test needs no locale generated on the machine. Usage: cli_numbers.sh KIOSK
set -euo pipefail
kiosk=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
command -v localedef >/dev/null || { echo "FAIL: localedef missing (Debian package locales)"; exit 1; }
mkdir -p "$work/locales"
for loc in nl_NL de_DE; do
  localedef -i "$loc" -f UTF-8 "$work/locales/$loc.UTF-8" 2>/dev/null ||
    { echo "FAIL: cannot compile the $loc.UTF-8 locale"; exit 1; }
done
export LOCPATH=$work/locales
in_locale() { local loc=$1; shift; env -u LANGUAGE -u LC_ALL -u LC_NUMERIC LANG="$loc" "$@"; }

# The locale really writes a decimal comma here, or the test would prove nothing.
[[ $(in_locale nl_NL.UTF-8 printf '%.2f' 1.5 2>/dev/null || true) == "1,50" ]] ||
  { echo "FAIL: nl_NL.UTF-8 does not write 1,50 (locale not in effect)"; exit 1; }

"$kiosk" demo --db "$work/kiosk.db" >/dev/null
for loc in C.UTF-8 nl_NL.UTF-8 de_DE.UTF-8; do
  if out=$(in_locale "$loc" "$kiosk" --scale 1.25 --list-screens 2>&1); then
    echo "ok   --scale 1.25 under $loc"
  else
    echo "FAIL --scale 1.25 under $loc: $out"; fail=1
  fi
  mkdir -p "$work/$loc"
  in_locale "$loc" "$kiosk" export latest --db "$work/kiosk.db" --format md,html,csv,png --out "$work/$loc" >/dev/null
done
for loc in nl_NL.UTF-8 de_DE.UTF-8; do
  if diff -r "$work/C.UTF-8" "$work/$loc" >"$work/diff.txt"; then
    echo "ok   exports under $loc equal those under C.UTF-8"
  else
    echo "FAIL exports under $loc differ from C.UTF-8:"; head -20 "$work/diff.txt"; fail=1
  fi
done
exit $fail
