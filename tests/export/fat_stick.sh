#!/usr/bin/env bash
# An export to a real FAT file system, as on a library's USB stick (issue 14): FAT has no
# permission bits, so setting a file's mode fails there by design, and that must not fail the
# export. A FAT16 image made by mkfs.vfat (dosfstools) is mounted by loop where the kernel has
# vfat and the user may mount, else through FUSE (fusefat); where neither is possible the test
# says so and is skipped (exit 77). Then `kiosk export` writes every format onto it and the
# files are read back. With EJECT_CHECK (tests/app/stick_eject_check) the stick is then removed as
# the export screen removes it: synced with no desktop service in PATH, then unmounted through a
# fake udisksctl (loop) or gio (FUSE) that really unmounts it, and the image mounted again must
# hold every file. Usage: fat_stick.sh KIOSK [EJECT_CHECK]
set -euo pipefail
kiosk=$1
eject_check=${2:-}
work=$(mktemp -d)
mnt=$work/stick
mounted=""
cleanup() {
  case $mounted in
    loop) umount "$mnt" 2>/dev/null || true ;;
    fuse) fusermount -u "$mnt" 2>/dev/null || umount "$mnt" 2>/dev/null || true ;;
  esac
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$mnt"
truncate -s 32M "$work/fat.img"
mkfs.vfat -n KIOSKTEST "$work/fat.img" >/dev/null
if mount -o loop "$work/fat.img" "$mnt" 2>/dev/null; then
  mounted=loop
elif [[ -e /dev/fuse ]] && command -v fusefat >/dev/null && fusefat -o rw+ "$work/fat.img" "$mnt" >/dev/null 2>&1; then
  mounted=fuse
else
  echo "SKIP: this machine can mount neither a FAT image (loop) nor FUSE"; exit 77
fi
fstype=$(awk -v m="$mnt" '$2 == m { print $3 }' /proc/mounts)
echo "mounted the FAT image by $mounted ($fstype)"
if chmod 0644 "$mnt" 2>/dev/null && touch "$mnt/probe" && chmod 0600 "$mnt/probe" 2>/dev/null &&
   [[ $(stat -c %a "$mnt/probe") == 600 ]]; then
  echo "FAIL: this FAT mount keeps permission bits, so it proves nothing"; exit 1
fi
rm -f "$mnt/probe"

# A session with an ASCII title: fusefat (unlike the kernel's vfat) refuses names outside ASCII,
# which would test fusefat rather than the kiosk. Its notes are Dutch, accents and all.
plans=$(dirname "$0")/../../sessions
cat >"$work/actions.jsonl" <<'JSONL'
{"type":"session.create","session":"s-fat00001","title":"Bootcamp Zwolle","date":"2026-11-29","place":"Zaal 2","facilitator":"Anna","plan":"bootcamp","language":"nl"}
{"type":"agenda.goto","session":"s-fat00001","exercise":"matrix"}
{"type":"note.add","session":"s-fat00001","id":"n-fat1","exercise":"matrix","column":"of","text":"Leesclub in het café, één keer per maand"}
{"type":"note.add","session":"s-fat00001","id":"n-fat2","exercise":"matrix","column":"by","text":"Jongeren kiezen zelf de boeken"}
JSONL
"$kiosk" apply --db "$work/kiosk.db" --plans "$plans" "$work/actions.jsonl" >/dev/null
if ! out=$("$kiosk" export latest --db "$work/kiosk.db" --format md,html,csv,pdf,png,svg --out "$mnt" 2>&1); then
  echo "FAIL: export to FAT failed:"; echo "$out"; exit 1
fi
fail=0
for ext in md html csv pdf png svg; do
  n=$(find "$mnt" -maxdepth 1 -name "*.$ext" -size +0 | wc -l)
  if ((n == 0)); then echo "FAIL: no .$ext file on the stick"; fail=1; else echo "ok   $n .$ext file(s) on the stick"; fi
done
md=$(find "$mnt" -maxdepth 1 -name '*.md' | head -n1)
grep -q "Leesclub in het café, één keer per maand" "$md" || { echo "FAIL: the Markdown on the stick lacks a note"; fail=1; }
leftover=$(find "$mnt" -maxdepth 1 -name '.kiosk-export-*' | wc -l)
((leftover == 0)) || { echo "FAIL: $leftover temporary files left on the stick"; fail=1; }
[[ -z $eject_check ]] && exit $fail

# --- removing the stick safely -------------------------------------------------------------------
# No desktop service at all: synced, and the screen says to eject it the desktop's way.
status=0
out=$(PATH=/nonexistent "$eject_check" "$mnt") || status=$?
if ((status == 3)) && grep -q "written and synced" <<<"$out"; then echo "ok   synced with no service: $(head -n1 <<<"$out")"
else echo "FAIL: with no service (status $status): $out"; fail=1; fi
# The desktop's services, faked by scripts that really unmount: udisksctl for a loop device, gio
# for FUSE (no device of its own).
mkdir -p "$work/bin"
printf '#!/bin/sh\n[ "$1 $2" = "unmount -b" ] || exit 2\nexec umount "$3"\n' >"$work/bin/udisksctl"
printf '#!/bin/sh\n[ "$1 $2" = "mount -u" ] || exit 2\nexec fusermount -u "$3"\n' >"$work/bin/gio"
chmod +x "$work/bin/udisksctl" "$work/bin/gio"
status=0
out=$(PATH="$work/bin:$PATH" "$eject_check" "$mnt") || status=$?
if ((status == 0)) && grep -q "You can pull the stick out now." <<<"$out"; then echo "ok   ejected: $(head -n1 <<<"$out")"
else echo "FAIL: eject (status $status): $out"; fail=1; fi
if awk -v m="$mnt" '$2 == m { found = 1 } END { exit !found }' /proc/mounts; then
  echo "FAIL: still mounted after the eject"; fail=1
else
  was=$mounted
  mounted=""
  # Mounted again, the image holds everything: nothing was left in a cache when it was pulled.
  if [[ $was == loop ]]; then mount -o loop,ro "$work/fat.img" "$mnt" && mounted=loop
  else fusefat -o ro "$work/fat.img" "$mnt" >/dev/null 2>&1 && mounted=fuse; fi
  [[ -n $mounted ]] || { echo "FAIL: the image cannot be mounted again"; exit 1; }
  md=$(find "$mnt" -maxdepth 1 -name '*.md' | head -n1)
  n=$(find "$mnt" -maxdepth 1 -type f -size +0 | wc -l)
  if [[ -n $md ]] && grep -q "Leesclub in het café, één keer per maand" "$md"; then echo "ok   $n files on the image after the eject"
  else echo "FAIL: the image lacks the export after the eject"; fail=1; fi
fi
exit $fail
