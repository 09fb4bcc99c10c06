#!/usr/bin/env bash
# Screenshots of every exercise of both shipped plans at 1920x1080 and 1024x768, made by the real
# kiosk under its own Xvfb (one process per plan and size, --screenshot-dir), and of the start,
# agenda and export screens, then checked by screenshot_check against the plan files. The PNGs stay in OUT for people to look at.
# Usage: screenshots.sh KIOSK SCREENSHOT_CHECK SOURCE_DIR OUT
set -euo pipefail
kiosk=$1 check=$2 src=$3 out=$4

if [[ "${KIOSK_INSIDE_XVFB:-}" != 1 ]]; then
  rm -rf "$out"
  mkdir -p "$out"
  KIOSK_INSIDE_XVFB=1 xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
  status=0
  for lang in nl en; do
    for size in 1920x1080 1024x768; do
      "$check" "$src/sessions/bootcamp.$lang.toml" "$out/$lang-$size" || status=1
    done
  done
  exit $status
fi

export XDG_DATA_HOME=$out/data
unset LANG LC_ALL LANGUAGE
for lang in nl en; do
  for size in 1920x1080 1024x768; do
    dir=$out/$lang-$size
    mkdir -p "$dir"
    if ! "$kiosk" --demo-data --plans "$src/sessions" --lang "$lang" --screen exercise --windowed "$size" \
        --screenshot-dir "$dir" --frame-report >"$dir/kiosk.log" 2>&1; then
      echo "screenshots: the kiosk failed for $lang $size"
      cat "$dir/kiosk.log"
      exit 1
    fi
    for screen in start agenda export archive; do
      if ! "$kiosk" --demo-data --plans "$src/sessions" --lang "$lang" --screen "$screen" --windowed "$size" \
          --screenshot "$dir/$screen.png" --frame-report >>"$dir/kiosk.log" 2>&1; then
        echo "screenshots: the kiosk failed for $screen, $lang $size"
        cat "$dir/kiosk.log"
        exit 1
      fi
    done
  done
done

# The comparison of two stored sessions (issue 13): the demo session twice, the later one moved on.
db=$out/compare.db
"$kiosk" demo --db "$db" --plans "$src/sessions" >/dev/null
"$kiosk" demo --db "$db" --plans "$src/sessions" >/dev/null
ids=$("$kiosk" sessions list --db "$db" --lang en | awk 'NR > 1 { print $1 }')
now=$(sed -n 1p <<<"$ids") then=$(sed -n 2p <<<"$ids")
"$kiosk" apply --db "$db" - >/dev/null <<EOF
{"type": "checklist.answer", "session": "$now", "exercise": "readiness", "question": "budget", "answer": "yes"}
{"type": "form.set", "session": "$now", "id": "f-demomap", "field": "strength", "value": "strong"}
{"type": "note.add", "session": "$now", "id": "n-later", "exercise": "strengths", "column": "needs", "text": "Een eigen hoek met stopcontacten"}
EOF
for lang in nl en; do
  for size in 1920x1080 1024x768; do
    dir=$out/$lang-$size
    if ! "$kiosk" --db "$db" --lang "$lang" --windowed "$size" --compare "$then,$now" \
        --screenshot "$dir/compare.png" --frame-report >>"$dir/kiosk.log" 2>&1; then
      echo "screenshots: the kiosk failed for compare, $lang $size"
      cat "$dir/kiosk.log"
      exit 1
    fi
  done
done
