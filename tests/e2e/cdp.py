"""A small DevTools-protocol client for Debian's `chromium`, standard library only (issue 12, "Tests").

Chromium runs headless with `--remote-debugging-pipe`: it reads commands from its fd 3 and writes
answers and events to its fd 4, each message one JSON object ended by a NUL byte
(PLATFORM-NOTES.md), so no port is opened and no npm package is needed. Sessions are "flattened":
every command to a page carries the `sessionId` from Target.attachToTarget.

    browser = Browser(profile_dir)            # launches; killed at exit, on SIGTERM/SIGINT too
    page = browser.new_page()                 # Target.createTarget + attachToTarget
    page.navigate("http://kiosk.test:8080/")  # waits for the load event
    page.evaluate("document.title")           # awaits promises, returns the value
    page.tap("#add")                          # a finger's tap at the element's centre
    page.insert_text("Leesclub")              # what a phone's keyboard types
    page.set_offline(True)
    page.screenshot("phone.png")
    browser.kill(); browser = Browser(profile_dir)   # a phone that reboots: localStorage survives

Every wait has a timeout (seconds) and raises CdpTimeout when it runs out; a command the browser
refuses raises CdpError with its message.
"""
import atexit
import base64
import fcntl
import json
import os
import shutil
import signal
import subprocess
import threading
import time

# The viewport of a mid-sized phone in CSS pixels (390x844 is a common one). `--window-size`
# alone gives a shorter viewport than asked in headless Chromium; `--screen-info` fixes it
# (PLATFORM-NOTES.md).
PHONE_SIZE = (390, 844)
TEST_HOST = "kiosk.test"  # mapped to 127.0.0.1, so pages load as an insecure origin, as on a LAN IP


class CdpError(Exception):
    """The browser answered a command with an error, or a page script threw."""


class CdpTimeout(CdpError):
    """A wait ran out of time."""


def chromium_path():
    """The Chromium binary: $CHROMIUM, else `chromium` on PATH; None when there is none."""
    return os.environ.get("CHROMIUM") or shutil.which("chromium")


_live = []  # browsers to kill at exit; a list of this module's own, not of the model or the UI


def _kill_all():
    for browser in list(_live):
        browser.kill()


def _on_signal(number, _frame):
    _kill_all()
    signal.signal(number, signal.SIG_DFL)
    os.kill(os.getpid(), number)


atexit.register(_kill_all)
for _number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    if signal.getsignal(_number) in (signal.SIG_DFL, signal.default_int_handler):
        signal.signal(_number, _on_signal)


def group_alive(group):
    """Whether a process of process group `group` still runs (zombies, which only wait to be
    reaped by whoever adopted them, do not count)."""
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()  # after "pid (comm) ": state, ppid, pgrp, ...
        if fields[0] != "Z" and int(fields[2]) == group:
            return True
    return False


class Browser:
    """One headless Chromium with its own profile directory `profile_dir` (created if missing).

    `host_rules` maps host names (Chromium's --host-resolver-rules syntax); the default maps
    kiosk.test to 127.0.0.1. `log_path` receives Chromium's stderr (default: discarded).
    Raises CdpError when Chromium cannot be started or does not answer within `timeout` s.
    """

    def __init__(self, profile_dir, host_rules=f"MAP {TEST_HOST} 127.0.0.1", log_path=None,
                 timeout=20.0, extra_args=()):
        binary = chromium_path()
        if binary is None:
            raise CdpError("no chromium on PATH (Debian package chromium)")
        os.makedirs(profile_dir, exist_ok=True)
        self.profile_dir = profile_dir
        self._next_id = 0
        self._answers = {}
        self._events = []
        self._cond = threading.Condition()
        self._write_lock = threading.Lock()
        self._closed = False
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_fds():
            # Chromium reads fd 3 and writes fd 4. Copy both ends above 4 first, so one dup2
            # cannot overwrite the other when the pipe got fd 3 or 4 in this process.
            a = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [binary, "--headless=new", "--no-sandbox", f"--user-data-dir={profile_dir}",
                "--remote-debugging-pipe", f"--host-resolver-rules={host_rules}",
                f"--window-size={PHONE_SIZE[0]},{PHONE_SIZE[1]}",
                f"--screen-info={{{PHONE_SIZE[0]}x{PHONE_SIZE[1]}}}",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--password-store=basic",
                "--use-mock-keychain", *extra_args, "about:blank"]
        err = open(log_path, "ab") if log_path else subprocess.DEVNULL
        try:
            # A session of its own: Chromium's zygote and renderers are killed with it (killpg).
            self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=err, stderr=err,
                                            close_fds=False, preexec_fn=wire_fds, start_new_session=True)
        finally:
            if log_path:
                err.close()
            os.close(to_child_r)
            os.close(from_child_w)
        _live.append(self)
        self._reader = threading.Thread(target=self._read, name="cdp-reader", daemon=True)
        self._reader.start()
        self.call("Browser.getVersion", timeout=timeout)

    # --- the pipe -------------------------------------------------------------------------------
    def _read(self):
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_child, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._cond:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._answers[message["id"]] = message
                    else:
                        self._events.append(message)
                self._cond.notify_all()
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def send(self, method, params=None, session=None):
        """Sends a command without waiting; returns its id (for answer())."""
        with self._write_lock:
            self._next_id += 1
            message = {"id": self._next_id, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            data = json.dumps(message).encode() + b"\0"
            try:
                os.write(self._to_child, data)
            except OSError as e:
                raise CdpError(f"{method}: the browser is gone ({e})") from e
            return self._next_id

    def answer(self, command_id, method="", timeout=10.0):
        """The result of command `command_id`; CdpError when it failed, CdpTimeout after `timeout` s."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while command_id not in self._answers:
                left = deadline - time.monotonic()
                if self._closed:
                    raise CdpError(f"{method}: the browser closed the pipe")
                if left <= 0:
                    raise CdpTimeout(f"{method}: no answer within {timeout} s")
                self._cond.wait(left)
            message = self._answers.pop(command_id)
        if "error" in message:
            raise CdpError(f"{method}: {message['error'].get('message')} {message['error'].get('data', '')}".strip())
        return message.get("result", {})

    def call(self, method, params=None, session=None, timeout=10.0):
        """Sends a command and returns its result (a dict)."""
        return self.answer(self.send(method, params, session), method, timeout)

    def mark(self):
        """A position in the event log: wait_event(after=mark) sees only events after it."""
        with self._cond:
            return len(self._events)

    def wait_event(self, method, after=0, session=None, predicate=None, timeout=10.0):
        """The first event `method` (of `session` when given) after position `after` for which
        `predicate(params)` holds; CdpTimeout after `timeout` s."""
        deadline = time.monotonic() + timeout
        with self._cond:
            index = after
            while True:
                while index < len(self._events):
                    event = self._events[index]
                    index += 1
                    if event.get("method") != method:
                        continue
                    if session and event.get("sessionId") != session:
                        continue
                    params = event.get("params", {})
                    if predicate is None or predicate(params):
                        return params
                left = deadline - time.monotonic()
                if self._closed:
                    raise CdpError(f"the browser closed while waiting for {method}")
                if left <= 0:
                    raise CdpTimeout(f"no {method} within {timeout} s")
                self._cond.wait(left)

    def events(self, method, after=0, session=None):
        """Every event `method` after position `after` so far (their params)."""
        with self._cond:
            return [e.get("params", {}) for e in self._events[after:]
                    if e.get("method") == method and (not session or e.get("sessionId") == session)]

    # --- pages ----------------------------------------------------------------------------------
    def new_page(self, url="about:blank", timeout=10.0):
        """A new tab, attached with a flattened session, its Page, Runtime and Network domains on."""
        target = self.call("Target.createTarget", {"url": "about:blank"}, timeout=timeout)["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                            timeout=timeout)["sessionId"]
        page = Page(self, target, session)
        for domain in ("Page", "Runtime", "Network", "DOM"):
            page.call(f"{domain}.enable")
        # A phone's finger: touch events, and taps that become clicks.
        page.call("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
        # A tab made by Target.createTarget gets a default size, not --window-size: give it the
        # phone's viewport, as a mobile one (the page's viewport meta tag counts).
        page.call("Emulation.setDeviceMetricsOverride", {"width": PHONE_SIZE[0], "height": PHONE_SIZE[1],
                                                         "deviceScaleFactor": 1, "mobile": True})
        if url != "about:blank":
            page.navigate(url, timeout=timeout)
        return page

    # --- the end --------------------------------------------------------------------------------
    def alive(self):
        return self.process.poll() is None

    def kill(self):
        """SIGKILL to Chromium and every process it started, as when a phone's battery dies: no
        shutdown, nothing flushed. Waits until it is gone. Idempotent."""
        if self in _live:
            _live.remove(self)
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        deadline = time.monotonic() + 10
        while group_alive(self.process.pid) and time.monotonic() < deadline:
            time.sleep(0.02)  # renderers die a moment after the browser process
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        self._to_child = self._from_child = -1

    def close(self, timeout=10.0):
        """Browser.close: Chromium ends as a user would close it (profile written); then kill()."""
        try:
            self.call("Browser.close", timeout=timeout)
            self.process.wait(timeout=timeout)
        except (CdpError, subprocess.TimeoutExpired):
            pass
        self.kill()


class Page:
    """One tab of a Browser, addressed through its flattened session."""

    def __init__(self, browser, target, session):
        self.browser = browser
        self.target = target
        self.session = session

    def call(self, method, params=None, timeout=10.0):
        return self.browser.call(method, params, self.session, timeout)

    def navigate(self, url, timeout=15.0):
        """Opens `url` and waits for its load event; CdpError when it cannot be loaded."""
        mark = self.browser.mark()
        result = self.call("Page.navigate", {"url": url}, timeout)
        if result.get("errorText"):
            raise CdpError(f"cannot open {url}: {result['errorText']}")
        self.browser.wait_event("Page.loadEventFired", mark, self.session, timeout=timeout)

    def evaluate(self, expression, timeout=10.0):
        """The value of JavaScript `expression` in the page (promises awaited, returned by value:
        JSON-able data). CdpError with the exception's text when it throws."""
        result = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True, "userGesture": True}, timeout)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise CdpError(f"{expression[:80]}: {text}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=10.0, interval=0.05, what=None):
        """Waits until `expression` is truthy in the page; returns its value. CdpTimeout after
        `timeout` s, naming `what` (default: the expression) and its last value."""
        deadline = time.monotonic() + timeout
        value = None
        while True:
            try:
                value = self.evaluate(expression, timeout=max(1.0, deadline - time.monotonic()))
            except CdpTimeout:
                value = None
            except CdpError:
                if not self.browser.alive():
                    raise
                value = None  # e.g. the page is between two documents
            if value:
                return value
            if time.monotonic() >= deadline:
                raise CdpTimeout(f"{what or expression} not true within {timeout} s (last: {value!r})")
            time.sleep(interval)

    def centre(self, selector, timeout=5.0, text=None, inner=None):
        """(x, y) in CSS pixels of the centre of the first visible element matching CSS
        `selector` (and whose text contains `text`, when given; then its first descendant
        matching `inner`, when given), scrolled into view; CdpTimeout when there is none within
        `timeout` s."""
        expression = f"""(() => {{
            let el = Array.from(document.querySelectorAll({json.dumps(selector)}))
                .find(e => e.getClientRects().length > 0 &&
                           ({json.dumps(text)} === null || e.textContent.includes({json.dumps(text)})));
            if (el && {json.dumps(inner)} !== null) el = el.querySelector({json.dumps(inner)});
            if (!el) return null;
            el.scrollIntoView({{block: "center", inline: "center"}});
            const r = el.getBoundingClientRect();
            if (r.width < 1 || r.height < 1) return null;
            return [r.left + r.width / 2, r.top + r.height / 2];
        }})()"""
        what = f"a visible {selector}" + (f" with {text!r}" if text else "") + (f" > {inner}" if inner else "")
        x, y = self.wait_for(expression, timeout, what=what)
        return x, y

    def tap_at(self, x, y):
        """A finger's tap at (x, y) CSS pixels: touchStart and touchEnd, which Chromium turns into
        a click on the element there, as on a phone."""
        point = [{"x": x, "y": y, "radiusX": 4, "radiusY": 4, "force": 1, "id": 1}]
        self.call("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": point})
        self.call("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def tap(self, selector, timeout=5.0, text=None, inner=None):
        """Taps the centre of the element centre() finds."""
        x, y = self.centre(selector, timeout, text, inner)
        self.tap_at(x, y)

    def click(self, selector, timeout=5.0):
        """A mouse click at the element's centre (a desktop browser's way; tap() is a phone's)."""
        x, y = self.centre(selector, timeout)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                   "buttons": 1 if kind == "mousePressed" else 0,
                                                   "clickCount": 0 if kind == "mouseMoved" else 1})

    def insert_text(self, text):
        """Types `text` into the focused field as a phone's keyboard does (one input event)."""
        self.call("Input.insertText", {"text": text})

    def set_offline(self, offline, latency_ms=0):
        """Network emulation: `offline` fails every request of this page (also open ones);
        `latency_ms` delays each request when online."""
        # Emulation applies through the Network domain; without it enabled, a fresh browser may
        # still let the next request through. navigator.onLine follows once it has applied.
        self.call("Network.enable")
        self.call("Network.emulateNetworkConditions", {"offline": bool(offline), "latency": latency_ms,
                                                       "downloadThroughput": -1, "uploadThroughput": -1})
        self.wait_for(f"navigator.onLine === {'false' if offline else 'true'}", timeout=5.0,
                      what="navigator.onLine to follow the emulated network")

    def screenshot(self, path):
        """Writes the viewport as a PNG to `path`; returns `path`."""
        data = self.call("Page.captureScreenshot", {"format": "png"}, timeout=20.0)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path
