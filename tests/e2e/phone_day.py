#!/usr/bin/env python3
"""The phone of phone_day.sh: one headless Chromium (cdp.py) that a participant holds, driven
step by step by the script on the table's side.

Usage: phone_day.py WORK_DIR DB (the kiosk's database, read only). It reads one command a line on stdin, fields separated by tabs, and
answers one line on stdout: `ok [VALUE]` once the step is done and seen on the phone, or
`fail MESSAGE`. Screenshots of each view land in WORK_DIR as phone-NN-STEP.png, Chromium's own
log in WORK_DIR/chromium.log.

  join URL                    opens the join URL on kiosk.test (an insecure origin, checked)
  view NAME                   waits until the page shows view NAME (board, writing, screen, ...)
  note COLUMN_TITLE TEXT      taps the column, the note field, types TEXT, taps Add; waits until
                              the kiosk has it (it is in ME.notes); answers `ok NOTE_ID`
  dot TEXT                    taps the dot button of the note TEXT; waits until ME counts it
  vision TEXT                 taps the writing field, types TEXT, taps Hand in; waits until ME
                              says handed in; answers `ok VISION_ID`
  offline_note COLUMN_TITLE TEXT
                              offline, adds the note (it waits in the outbox), the tab is
                              dropped (the outbox written to disk), reopened online over a slow
                              network; Chromium is killed while the POST is on its way, restarted
                              on the same profile and the page reopened; waits until the outbox
                              is empty and the note is the kiosk's; `ok NOTE_ID before|after`
                              (killed before or after the kiosk stored it)
  shot NAME                   a screenshot
  quit                        closes Chromium
"""
import json
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

STEP_TIMEOUT = 15.0  # seconds for one step to show on the phone


class Phone:
    def __init__(self, work, db):
        self.work = work
        self.db = db
        self.profile = os.path.join(work, "phone-profile")
        self.url = None
        self.shots = 0
        self.browser = None
        self.page = None
        self.start()

    def start(self):
        self.browser = cdp.Browser(self.profile, log_path=os.path.join(self.work, "chromium.log"))
        self.page = self.browser.new_page()

    def shot(self, name):
        self.shots += 1
        return self.page.screenshot(os.path.join(self.work, f"phone-{self.shots:02d}-{name}.png"))

    def me(self):
        return self.page.evaluate("(window.kioskPhone && kioskPhone.state()) ? kioskPhone.state().me : null") or {}

    def open(self):
        self.page.navigate(self.url)
        self.page.wait_for("window.kioskPhone && kioskPhone.state() !== null", STEP_TIMEOUT,
                           what="the page's first state from the kiosk")

    # --- commands -----------------------------------------------------------------------------
    def join(self, url):
        self.url = url
        self.open()
        if self.page.evaluate("window.isSecureContext") is not False:
            raise cdp.CdpError(f"{url} loads as a secure context: the test would not see what a phone on a LAN IP sees")
        if self.page.evaluate("kioskPhone.view()") == "code":
            raise cdp.CdpError("the join URL's code was refused: the page asks for a code")
        return self.page.evaluate("kioskPhone.state().me.device")

    def view(self, name):
        self.page.wait_for(f"kioskPhone.view() === {json.dumps(name)}", STEP_TIMEOUT,
                           what=f"the {name} view")
        self.shot(name)
        return ""

    def own_note_id(self, text):
        return self.page.evaluate(f"""(() => {{
            const notes = (kioskPhone.state().me.notes || []).filter(n => n.text === {json.dumps(text)});
            return notes.length ? notes[0].id : null; }})()""")

    def write_note(self, column, text):
        self.page.wait_for("kioskPhone.view() === 'board'", STEP_TIMEOUT, what="the board view")
        self.page.tap("#boardColumns button", text=column)
        self.page.tap("#noteText")
        self.page.wait_for("document.activeElement && document.activeElement.id === 'noteText'", 5,
                           what="the note field focused by the tap")
        self.page.insert_text(text)
        self.page.tap("#noteAdd")
        # Kept on the phone at once, and on its way: a line in the column with the text.
        self.page.wait_for(f"kioskPhone.outbox() > 0 || (kioskPhone.state().me.notes || []).some(n => n.text === {json.dumps(text)})",
                           5, what="the tap on Add making an action")

    def note(self, column, text):
        self.write_note(column, text)
        self.page.wait_for(f"kioskPhone.outbox() === 0 && (kioskPhone.state().me.notes || []).some(n => n.text === {json.dumps(text)})",
                           STEP_TIMEOUT, what=f"the note {text!r} in the kiosk's answer")
        self.page.wait_for(f"document.getElementById('boardNotes').textContent.includes({json.dumps(text)})", 5,
                           what="the note listed in its column")
        self.shot("board-note")
        return self.own_note_id(text)

    def dot(self, text):
        note = self.own_note_id(text)
        if not note:
            raise cdp.CdpError(f"no own note {text!r} to give a dot")
        before = int((self.me().get("dots") or {}).get(note, 0))
        self.page.tap("#boardNotes li", text=text, inner=".noteActions button")
        self.page.wait_for(f"kioskPhone.outbox() === 0 && (kioskPhone.state().me.dots || {{}})[{json.dumps(note)}] === {before + 1}",
                           STEP_TIMEOUT, what=f"a dot on {text!r} counted by the kiosk")
        self.shot("board-dot")
        return note

    def vision(self, text):
        self.page.wait_for("kioskPhone.view() === 'writing'", STEP_TIMEOUT, what="the writing view")
        self.shot("writing")
        self.page.tap("#visionText")
        self.page.wait_for("document.activeElement && document.activeElement.id === 'visionText'", 5,
                           what="the writing field focused by the tap")
        self.page.insert_text(text)
        self.page.tap("#visionHandIn")
        self.page.wait_for("kioskPhone.outbox() === 0 && kioskPhone.state().me.vision && kioskPhone.state().me.vision.handed_in",
                           STEP_TIMEOUT, what="the vision handed in")
        self.shot("writing-handed-in")
        return self.page.evaluate("kioskPhone.state().me.vision.id")

    def offline_note(self, column, text):
        self.page.set_offline(True)
        self.page.wait_for("!navigator.onLine", 5, what="the phone offline")
        self.write_note(column, text)
        if self.page.evaluate("kioskPhone.outbox()") != 1:
            raise cdp.CdpError(f"offline, the outbox holds {self.page.evaluate('kioskPhone.outbox()')} actions, not the one note")
        self.shot("board-offline")
        # Chromium writes localStorage to disk late (after seconds, and at most about once a
        # minute per origin), so a browser killed right after a change loses it. The phone's
        # browser drops the tab first (as a phone does with a tab in the background), which
        # writes it, and it must be on disk before the kill.
        self.browser.call("Target.closeTarget", {"targetId": self.page.target})
        deadline = time.monotonic() + 10
        while not stored_on_disk(self.profile, text):
            if time.monotonic() > deadline:
                raise cdp.CdpTimeout("the outbox did not reach the profile on disk within 10 s of closing the tab")
            time.sleep(0.05)
        # Reopened online over a slow network, the page sends its outbox; Chromium is killed
        # while the POST is on its way: before the kiosk has it, or (when it arrives within 3 s)
        # after the kiosk stored it but before the phone read the answer.
        self.page = self.browser.new_page()
        self.page.set_offline(False, latency_ms=1500)
        mark = self.browser.mark()
        self.page.navigate(self.url, timeout=STEP_TIMEOUT)
        post = self.browser.wait_event("Network.requestWillBeSent", mark, self.page.session,
                                       lambda p: p["request"]["url"].endswith("/api/action") and p["request"]["method"] == "POST",
                                       timeout=STEP_TIMEOUT)
        request = json.loads(post["request"].get("postData") or "{}").get("request", "")
        stored = self.wait_stored(request, 3.0)
        self.browser.kill()
        self.start()
        self.open()
        self.page.wait_for(f"kioskPhone.outbox() === 0 && (kioskPhone.state().me.notes || []).some(n => n.text === {json.dumps(text)})",
                           STEP_TIMEOUT, what=f"after the restart, the note {text!r} delivered")
        self.shot("board-after-restart")
        return f"{self.own_note_id(text)} {'after' if stored else 'before'}"

    def wait_stored(self, request, seconds):
        """Whether an action with `request` is in the kiosk's database within `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=1)
                try:
                    if con.execute("SELECT 1 FROM actions WHERE json_extract(data, '$.request') = ?",
                                   (request,)).fetchone():
                        return True
                finally:
                    con.close()
            except sqlite3.Error:
                pass
            time.sleep(0.05)
        return False


def stored_on_disk(profile, text):
    """Whether `text` is in the profile's localStorage files (values are Latin-1 or UTF-16)."""
    folder = os.path.join(profile, "Default", "Local Storage", "leveldb")
    wanted = [text.encode("utf-16-le")]
    try:
        wanted.append(text.encode("latin-1"))
    except UnicodeEncodeError:
        pass
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        try:
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
        except OSError:
            continue
        if any(w in data for w in wanted):
            return True
    return False


def main(work, db):
    phone = Phone(work, db)
    commands = {"join": phone.join, "view": phone.view, "note": phone.note, "dot": phone.dot,
                "vision": phone.vision, "offline_note": phone.offline_note, "shot": phone.shot}
    for line in sys.stdin:
        name, *args = line.rstrip("\n").split("\t")
        if name == "quit":
            break
        try:
            value = commands[name](*args)
            print(f"ok {value or ''}".rstrip(), flush=True)
        except (cdp.CdpError, KeyError, TypeError) as e:
            try:
                phone.shot(f"failed-{name}")
            except cdp.CdpError:
                pass
            print(f"fail {name}: {e}".replace("\n", " "), flush=True)
    phone.browser.kill()
    print("ok", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
