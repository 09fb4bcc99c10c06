#!/usr/bin/env python3
"""Kill test (case K13): SIGKILL a real `kiosk apply` at random moments, many times, on one
database; then the database must pass PRAGMA integrity_check, every action reported
"applied N" must be stored, and what is stored must be exactly a prefix of what was sent (no
half-applied action, summary rows in step with the log).

Usage: kill_test.py KIOSK_BINARY [RUNS]   (RUNS defaults to 200)
A SIGKILL tests crashes of the process, not a power cut: the page cache survives a SIGKILL.
Durability across a power cut rests on synchronous=FULL (the WAL is fsynced before COMMIT
returns), which this test cannot pull the plug on.
"""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

PLAN = {
    "id": "kill", "language": "nl", "title": "Kill-test", "description": "", "cards": [],
    "agenda": [
        {"id": "klaar", "kind": "checklist", "title": "Klaar?", "prompt": "", "minutes": 5,
         "questions": [{"id": "team", "text": "Team?", "hint": ""}], "pass_count": 1},
        {"id": "matrix", "kind": "board", "title": "OF/BY/FOR", "prompt": "", "minutes": 30,
         "votes_per_person": 3,
         "columns": [{"id": c, "title": c.upper(), "hint": "", "example": ""} for c in ("of", "by", "for")]},
    ],
}
WORDS = ["ideeën", "één", "reünie", "coördinatie", "naïef", "café", "IJsbreker", "€ 12,50", "„goed”",
         "plan – uitvoering", "wacht even…"]


def script(rng, session, length):
    """A valid action sequence: create, then notes added, edited, moved, voted, deleted, undone."""
    lines = [{"type": "session.create", "session": session, "title": f"Sessie {session}",
              "date": "2026-11-29", "place": "Zaal 2", "facilitator": "Anna", "plan": PLAN}]
    notes = []
    for i in range(length - 1):
        roll = rng.random()
        if notes and roll < 0.15:
            lines.append({"type": "note.edit", "session": session, "id": rng.choice(notes),
                          "text": " ".join(rng.choices(WORDS, k=4))})
        elif notes and roll < 0.25:
            lines.append({"type": "note.move", "session": session, "id": rng.choice(notes),
                          "column": rng.choice(["of", "by", "for"]), "before": ""})
        elif notes and roll < 0.30:
            lines.append({"type": "note.delete", "session": session, "id": notes.pop()})
            lines.append({"type": "undo", "session": session})
            notes.append(lines[-2]["id"])
        elif roll < 0.35:
            lines.append({"type": "checklist.answer", "session": session, "exercise": "klaar",
                          "question": "team", "answer": rng.choice(["yes", "no", "not_yet"])})
        else:
            nid = f"n-{session[-4:]}{i:05d}"
            notes.append(nid)
            lines.append({"type": "note.add", "session": session, "id": nid, "exercise": "matrix",
                          "column": rng.choice(["of", "by", "for"]),
                          "text": f"{i}: " + " ".join(rng.choices(WORDS, k=rng.randint(1, 12)))})
    return lines[:length]


def main():
    kiosk = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rng = random.Random(int(os.environ.get("KILL_SEED", "20261129")))
    failures = []
    with tempfile.TemporaryDirectory(prefix="kiosk-kill-") as tmp:
        db = os.path.join(tmp, "kiosk.db")
        sent, acknowledged = {}, {}
        killed = 0
        start = time.monotonic()
        for run in range(runs):
            session = f"s-kill{run:04d}"
            lines = script(rng, session, 400)
            path = os.path.join(tmp, f"run{run}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for line in lines:
                    f.write(json.dumps(line, ensure_ascii=False) + "\n")
            sent[session] = lines
            child = subprocess.Popen([kiosk, "apply", "--db", db, path], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.01, 0.25))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                killed += 1
            out, err = child.communicate()
            numbers = [int(l.split()[1]) for l in out.decode().splitlines() if l.startswith("applied ")]
            acknowledged[session] = max(numbers, default=0)
            if child.returncode not in (0, -signal.SIGKILL):
                failures.append(f"run {run}: exit {child.returncode}: {err.decode()[:300]}")
        elapsed = time.monotonic() - start

        con = sqlite3.connect(db)
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            failures.append(f"integrity_check: {integrity[:5]}")
        total_ack = 0
        for session, lines in sent.items():
            ack = acknowledged[session]
            total_ack += ack
            stored = [json.loads(d) for (d,) in
                      con.execute("SELECT data FROM actions WHERE session = ? ORDER BY seq", (session,))]
            row = con.execute("SELECT action_count FROM sessions WHERE id = ?", (session,)).fetchone()
            if len(stored) < ack:
                failures.append(f"{session}: {ack} acknowledged, only {len(stored)} stored")
            if len(stored) > ack + 1:
                failures.append(f"{session}: {len(stored)} stored but only {ack} acknowledged (more than one in flight)")
            for i, action in enumerate(stored):
                action.pop("at", None)
                # The kiosk stamps the clocks' readings with "at" (kiosk/core/timer.h).
                action.pop("mono", None)
                action.pop("run", None)
                if action != lines[i]:
                    failures.append(f"{session}: stored action {i + 1} differs from line {i + 1}")
                    break
            if stored and (row is None or row[0] != len(stored)):
                failures.append(f"{session}: summary says {row} actions, log has {len(stored)}")
            if not stored and row is not None:
                failures.append(f"{session}: summary row without actions")
        con.close()

        check = subprocess.run([kiosk, "db", "check", "--db", db], capture_output=True, text=True)
        if check.returncode != 0:
            failures.append(f"kiosk db check: {check.stdout}{check.stderr}"[:2000])

    print(f"kill test: {runs} runs, {killed} killed mid-run, {total_ack} acknowledged actions, "
          f"{elapsed:.1f} s of runs; {check.stdout.strip()}")
    for f in failures[:20]:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
