#!/usr/bin/env python3
"""After the load (phones_load.sh): the store holds what the phones sent, once each.

  kiosk sessions show SESSION --json --db DB | store_check.py FIGURES_JSON EXERCISE

FIGURES_JSON is phones_load.py's --json file; its "sent" maps each note id a phone sent to its
text. The session dump (README, `kiosk sessions show ID --json`) must hold on EXERCISE exactly
these notes, each once, with its text, a phone's seat (`p-` and 10 hex digits, PROTOCOL.md) and
one dot. Prints one line; exit status 1 with what differs.
"""
import json
import re
import sys

PHONE_SEAT = re.compile(r"^p-[0-9a-f]{10}$")


def differences(sent, notes):
    """What differs between the notes sent (id -> text) and those stored (dicts of the dump)."""
    found = []
    ids = [n["id"] for n in notes]
    if len(ids) != len(set(ids)):
        found.append(f"{len(ids) - len(set(ids))} notes stored twice")
    missing, extra = set(sent) - set(ids), set(ids) - set(sent)
    if missing or extra:
        found.append(f"{len(missing)} sent notes not stored, {len(extra)} stored that were not sent")
    for n in notes:
        if n["id"] not in sent:
            continue
        if n.get("text") != sent[n["id"]]:
            found.append(f"{n['id']}: text {n.get('text')!r}, sent {sent[n['id']]!r}")
        if not PHONE_SEAT.match(n.get("seat", "")):
            found.append(f"{n['id']}: seat {n.get('seat')!r}, not a phone's device id")
        if n.get("votes") != 1:
            found.append(f"{n['id']}: {n.get('votes')} dots, not 1")
    return found


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        sent = json.load(f)["sent"]
    dump = json.load(sys.stdin)
    notes = [n for n in dump.get("notes", []) if n.get("exercise") == argv[2]]
    found = differences(sent, notes)
    for line in found[:20]:
        print(f"store-check: FAIL: {line}")
    if not found:
        print(f"store-check: the store holds the {len(sent)} notes sent, once each, with their text and dot")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
