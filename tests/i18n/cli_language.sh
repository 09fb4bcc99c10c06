#!/usr/bin/env bash
# The real `kiosk` on the command line: a plan with mistakes is reported in Dutch with no locale
# hint, in English under an English locale, and --lang overrides the locale; --help and
# `sessions list` follow the same choice. Usage: cli_language.sh path/to/kiosk
set -euo pipefail
kiosk=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

cat >"$work/bad.toml" <<'TOML'
id = "bad"
language = "fr"
title = "Kapot plan"
TOML

# expect NAME PATTERN COMMAND...: COMMAND's combined output must match the extended regex PATTERN.
expect() {
  local name=$1 pattern=$2; shift 2
  local out
  out=$("$@" 2>&1 || true)
  if ! grep -Eq -- "$pattern" <<<"$out"; then
    echo "FAIL $name: no /$pattern/ in:"; echo "$out" | head -20; fail=1
  else
    echo "ok   $name"
  fi
}
dutch=(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8)
english=(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8)

expect "plan check, no locale hint: Dutch" "bad.toml:2:12: 'language' moet \"nl\" of \"en\" zijn" \
  "${dutch[@]}" "$kiosk" plan check "$work/bad.toml"
expect "plan check, no locale hint: Dutch summary" "Planbestanden gecontroleerd: 1, in orde: 0" \
  "${dutch[@]}" "$kiosk" plan check "$work/bad.toml"
expect "plan check, English locale: English" "'language' must be \"nl\" or \"en\"" \
  "${english[@]}" "$kiosk" plan check "$work/bad.toml"
expect "plan check, --lang nl beats the English locale" "heeft minstens één onderdeel nodig" \
  "${english[@]}" "$kiosk" --lang nl plan check "$work/bad.toml"
expect "--lang after the subcommand" "needs at least one exercise" \
  "${dutch[@]}" "$kiosk" plan check "$work/bad.toml" --lang en
expect "--help in Dutch" "Opdrachten:" "${dutch[@]}" "$kiosk" --help
expect "--help in Dutch: option texts" "Database met de sessies" "${dutch[@]}" "$kiosk" --help
expect "--help in English" "Subcommands:" "${english[@]}" "$kiosk" --help
"${dutch[@]}" "$kiosk" demo --db "$work/k.db" >/dev/null 2>&1 || { echo "FAIL kiosk demo"; fail=1; }
expect "sessions list headers in Dutch" "DATUM +STATUS +PLAKBRIEFJES +TITEL — PLAATS" \
  "${dutch[@]}" "$kiosk" sessions list --db "$work/k.db"
expect "sessions list headers in English" "DATE +STATUS +NOTES +TITLE — PLACE" \
  "${english[@]}" "$kiosk" sessions list --db "$work/k.db"
# An export is written in the session's language, its messages in the terminal's (issue 10: the
# language is no longer switched process-wide while the exporter writes).
expect "export messages in English" "^Wrote .*\.md" \
  "${english[@]}" "$kiosk" export latest --db "$work/k.db" --format md --out "$work/notes-en-terminal"
expect "a Dutch session exports in Dutch from an English terminal" "Gepland \(min\)" cat "$work"/notes-en-terminal/*.md
expect "export messages with --lang en" "^Wrote .*\.md" \
  "${dutch[@]}" "$kiosk" export latest --db "$work/k.db" --format md --out "$work/notes-lang-en" --lang en
expect "a Dutch session exports in Dutch under --lang en" "Gepland \(min\)" cat "$work"/notes-lang-en/*.md
exit $fail
