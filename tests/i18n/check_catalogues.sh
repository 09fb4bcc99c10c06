#!/usr/bin/env bash
# Fails when a user-facing string has no Dutch: po/nl.po must translate every tr("...")/N_("...")
# msgid in kiosk/ (extracted afresh, so a string added without running scripts/update-po counts),
# have no untranslated or fuzzy entries, and keep each msgid's fmt placeholders ({} {:02X} ...) in
# its translation in the same order (fmt::runtime would throw on a missing argument at run time).
set -euo pipefail
root=$(realpath "$(dirname "$0")/../..")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

"$root/scripts/update-po" --extract "$work/fresh.pot"
for po in "$root"/po/*.po; do
  name=$(basename "$po")
  # msgcmp counts untranslated and fuzzy entries of the .po as missing.
  if ! msgcmp "$po" "$work/fresh.pot" 2>"$work/msgcmp.txt"; then
    echo "$name: strings in the sources without a translation (run scripts/update-po, then translate):"
    grep 'used but not defined' "$work/msgcmp.txt" | cut -d: -f2 | head -40 |
      while read -r line; do echo "  $(sed -n "${line}p" "$work/fresh.pot")"; done
    grep -v 'used but not defined\|^msgcmp: found' "$work/msgcmp.txt" | head -20
    status=1
  fi
  for kind in untranslated only-fuzzy; do
    count=$(msgattrib --"$kind" --no-obsolete "$po" | grep -c '^msgid "[^"]' || true)
    if [[ $count != 0 ]]; then
      echo "$name: $count ${kind#only-} entries:"
      msgattrib --"$kind" --no-obsolete --no-location "$po" | grep '^msgid "[^"]' | head -20
      status=1
    fi
  done
  msgcat --no-wrap --no-location "$po" -o "$work/flat.po"
  python3 - "$work/flat.po" "$name" <<'PY' || status=1
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for entry in text.split("\n\n"):
    mid = re.search(r'^msgid "(.*)"$', entry, re.M)
    mstr = re.search(r'^msgstr "(.*)"$', entry, re.M)
    if not mid or not mstr or not mid.group(1) or not mstr.group(1) or entry.startswith("#~"):
        continue
    fields = lambda s: re.findall(r"\{[^{}]*\}", s.replace("{{", "").replace("}}", ""))
    if fields(mid.group(1)) != fields(mstr.group(1)):
        print(f"{sys.argv[2]}: placeholders differ: \"{mid.group(1)}\" -> \"{mstr.group(1)}\"")
        bad += 1
sys.exit(1 if bad else 0)
PY
done
[[ $status == 0 ]] && echo "catalogues complete: $(grep -c '^msgid "[^"]' "$work/fresh.pot") strings"
exit $status
