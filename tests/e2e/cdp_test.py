#!/usr/bin/env python3
"""Tests of cdp.py (the DevTools client of the phone e2e test) against real headless Chromium and
a static page served by http.server on 127.0.0.1, reached as http://kiosk.test:PORT (an insecure
origin, as a phone sees the kiosk on a LAN IP). Run: python3 tests/e2e/cdp_test.py [-v]."""
import http.server
import os
import signal
import struct
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

PAGE = """<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>cdp test</title>
<button id="b" style="position:absolute; left:40px; top:600px; width:120px; height:60px">tik</button>
<textarea id="t" style="position:absolute; left:40px; top:100px; width:300px; height:80px"></textarea>
<script>
  window.taps = []; window.kinds = [];
  document.getElementById("b").addEventListener("click", () => window.taps.push(Date.now()));
  document.getElementById("b").addEventListener("pointerdown", e => window.kinds.push(e.pointerType));
</script>"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


def stored_on_disk(profile, text):
    """Whether `text` is in the profile's localStorage files (Latin-1 or UTF-16 values)."""
    folder = os.path.join(profile, "Default", "Local Storage", "leveldb")
    wanted = (text.encode("latin-1"), text.encode("utf-16-le"))
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        if any(w in data for w in wanted):
            return True
    return False


class CdpTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="cdp-test-")
        root = os.path.join(cls.tmp.name, "www")
        os.makedirs(root)
        with open(os.path.join(root, "page.html"), "w", encoding="utf-8") as f:
            f.write(PAGE)
        handler = lambda *a, **k: Quiet(*a, directory=root, **k)  # noqa: E731
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.url = f"http://{cdp.TEST_HOST}:{cls.server.server_address[1]}/page.html"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        cls.tmp.cleanup()

    def setUp(self):
        self.profile = tempfile.mkdtemp(prefix="profile-", dir=self.tmp.name)
        self.browser = cdp.Browser(self.profile)
        self.page = self.browser.new_page(self.url)

    def tearDown(self):
        self.browser.kill()

    def test_the_test_host_is_an_insecure_origin_of_phone_size(self):
        self.assertEqual(self.page.evaluate("location.hostname"), "kiosk.test")
        self.assertIs(self.page.evaluate("window.isSecureContext"), False)
        self.assertEqual(self.page.evaluate("typeof crypto.randomUUID"), "undefined")
        self.assertEqual(self.page.evaluate("[innerWidth, innerHeight]"), list(cdp.PHONE_SIZE))

    def test_a_tap_is_a_touch_that_clicks(self):
        self.page.tap("#b")
        self.page.wait_for("window.taps.length == 1", 5)
        self.assertEqual(self.page.evaluate("window.kinds"), ["touch"])
        self.page.tap_at(5, 5)  # beside the button: no click
        self.page.tap("#b")
        self.page.wait_for("window.taps.length == 2", 5)

    def test_typing_inserts_text_into_the_focused_field(self):
        self.page.tap("#t")
        self.page.wait_for("document.activeElement.id == 't'", 5)
        self.page.insert_text("Leesclub in het café ĳ €")
        self.assertEqual(self.page.evaluate("document.getElementById('t').value"), "Leesclub in het café ĳ €")

    def test_evaluate_awaits_promises_and_reports_exceptions(self):
        self.assertEqual(self.page.evaluate("new Promise(r => setTimeout(() => r({a: [1, 'b']}), 50))"),
                         {"a": [1, "b"]})
        with self.assertRaisesRegex(cdp.CdpError, "kapot"):
            self.page.evaluate("(() => { throw new Error('kapot') })()")

    def test_every_wait_ends(self):
        started = time.monotonic()
        with self.assertRaises(cdp.CdpTimeout):
            self.page.wait_for("false", timeout=0.5)
        with self.assertRaises(cdp.CdpTimeout):
            self.page.centre("#nothing-like-this", timeout=0.5)
        with self.assertRaises(cdp.CdpTimeout):
            self.browser.wait_event("Page.neverFired", timeout=0.3)
        self.assertLess(time.monotonic() - started, 5)

    def test_offline_fails_requests_and_online_brings_them_back(self):
        fetch = f"fetch({self.url!r}, {{cache: 'no-store'}}).then(r => r.status, e => 'failed')"
        self.assertEqual(self.page.evaluate(fetch), 200)
        self.page.set_offline(True)
        self.assertEqual(self.page.evaluate(fetch), "failed")
        self.assertIs(self.page.evaluate("navigator.onLine"), False)
        self.page.set_offline(False)
        self.assertEqual(self.page.evaluate(fetch), 200)

    def test_a_screenshot_is_a_png_of_the_viewport(self):
        path = self.page.screenshot(os.path.join(self.tmp.name, "shot.png"))
        self.assertEqual(png_size(path), cdp.PHONE_SIZE)

    def test_local_storage_survives_a_kill_and_restart(self):
        self.page.evaluate("localStorage.setItem('outbox', 'r-0123456789abcdef')")
        # Chromium writes localStorage to disk a few seconds after the change: a phone that dies
        # before that loses it. Wait until it is on disk, as the phone test does.
        deadline = time.monotonic() + 15
        while not stored_on_disk(self.profile, "r-0123456789abcdef"):
            self.assertLess(time.monotonic(), deadline, "localStorage not on disk within 15 s")
            time.sleep(0.1)
        pid = self.browser.process.pid
        self.browser.kill()
        self.assertFalse(self.browser.alive())
        self.assertFalse(cdp.group_alive(pid), "a renderer outlived the kill")
        self.browser = cdp.Browser(self.profile)
        self.page = self.browser.new_page(self.url)
        self.assertEqual(self.page.evaluate("localStorage.getItem('outbox')"), "r-0123456789abcdef")


class KillAtExitTest(unittest.TestCase):
    def test_chromium_dies_with_its_driver_on_sigterm(self):
        with tempfile.TemporaryDirectory(prefix="cdp-exit-") as tmp:
            script = textwrap.dedent(f"""
                import sys, time
                sys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r})
                import cdp
                b = cdp.Browser({tmp!r} + "/profile")
                print(b.process.pid, flush=True)
                time.sleep(60)
            """)
            driver = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
            pid = int(driver.stdout.readline())
            self.assertTrue(cdp.group_alive(pid))
            driver.send_signal(signal.SIGTERM)
            driver.wait(timeout=15)
            driver.stdout.close()
            deadline = time.monotonic() + 10
            while cdp.group_alive(pid):
                self.assertLess(time.monotonic(), deadline, "chromium outlived its driver")
                time.sleep(0.05)


if __name__ == "__main__":
    if cdp.chromium_path() is None:
        print("cdp_test: no chromium (Debian package chromium)")
        sys.exit(1)
    unittest.main()
