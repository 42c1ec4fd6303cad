#!/usr/bin/env python3
"""Loads the web build in headless Chromium and checks what a person would see.

Usage: web_check.py BASE_URL OUT_DIR

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe;
no port, no extra package). For each case: a fresh tab opens BASE_URL plus a
share-link fragment, waits for the dashboard to mark its content painted
(data-painted-ms on the canvas, in real time since the page opened), reads the
page title and address, takes a screenshot (OUT_DIR/web-<name>.png), and
checks that it is not blank. Then, on the Charts tab, it clicks "Copy link to
this view" (the clipboard must hold the page's address) and exports every
chart as an Excel workbook (the download must be a workbook with a sheet per
chart).
Fails on any error in the browser's console, an uncaught exception, a missing
first frame, a wrong title, two cases whose screenshots are the same, a wrong
copied link or a missing download. Prints the first-frame time of each case.

The clicks land where the widgets are in a 1280 × 800 page (ACTIONS_AT):
egui draws on a canvas, so the page has no element to find. A layout change
that moves them makes the check fail, not pass: the link or the file is missing.
"""

import base64
import fcntl
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

WIDTH, HEIGHT = 1280, 800
PAINT_TIMEOUT_S = 60

# (name, fragment, what the title starts with, a word the address keeps)
CASES = [
    ("overview", "", "Overview — HK AI Dashboard", "tab=overview"),
    ("timeline-zh", "#tab=timeline&lang=zh-HK", "時間線 — HK AI Dashboard", "lang=zh-HK"),
    # No lang in this link: the language chosen by the last one is remembered
    # (browser storage); the impossible years and the markup are ignored.
    ("charts-hostile", "#tab=charts&years=3000-1&<b>x</b>=1", "圖表 — HK AI Dashboard", "tab=charts"),
]


# The Charts tab in English, where the clicks of `run_actions` land.
ACTIONS_PAGE = "#tab=charts&lang=en"
# Where the widgets are on that page at WIDTH × HEIGHT, in CSS pixels, before
# the status line shows.
ACTIONS_AT = {
    "copy link": (966, 16),
    "export all": (68, 107),
}
# What a download must look like: an Excel workbook (a zip) with a sheet per
# chart and its Sources sheet.
MIN_SHEETS = 3
DOWNLOAD_TIMEOUT_S = 60


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="web-check-")
        read_end, self.to_browser = os.pipe()
        self.from_browser, write_end = os.pipe()
        flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            "--enable-unsafe-swiftshader", "--use-angle=swiftshader",
            f"--user-data-dir={self.profile}", f"--window-size={WIDTH},{HEIGHT}",
            "--remote-debugging-pipe", "about:blank",
        ]
        # The protocol's pipe is the browser's file descriptors 3 (in) and 4
        # (out): moved above 10 first, then set by the shell's redirections.
        low = (read_end, write_end)
        read_end, write_end = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in low)
        for fd in low:
            os.close(fd)
        self.process = subprocess.Popen(
            ["bash", "-c", f'exec "$0" "$@" 3<&{read_end} 4>&{write_end}', chromium] + flags,
            pass_fds=(read_end, write_end), stdout=subprocess.DEVNULL,
            stderr=open(os.path.join(self.profile, "stderr.log"), "wb"))
        os.close(read_end)
        os.close(write_end)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed its protocol pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def evaluate(browser, session, expression):
    result = browser.send("Runtime.evaluate",
                          {"expression": expression, "returnByValue": True}, session)
    return result.get("result", {}).get("value")


def problems_in(events):
    """Console errors and uncaught exceptions among the protocol's events."""
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            found.append(params.get("exceptionDetails", {}).get("text", "exception"))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            found.append(params["entry"].get("text", ""))
    return found


def pixels(png):
    """The distinct colours of a non-interlaced 8-bit RGB(A) PNG (how blank it is)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, data, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += body
        pos += 12 + length
    raw, stride, previous, colours = zlib.decompress(data), width * channels, None, set()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        prior = previous or bytearray(stride)
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = prior[i], prior[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        previous = line
        if y % 4 == 0:
            colours.update(bytes(line[i:i + 3]) for i in range(0, stride, channels * 4))
    return colours


def click(browser, session, where):
    """A left click at `where` (x, y), as a mouse gives it: move, press, release."""
    x, y = where
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        browser.send("Input.dispatchMouseEvent", {
            "type": kind, "x": x, "y": y, "button": "left",
            "clickCount": 0 if kind == "mouseMoved" else 1}, session)
        time.sleep(0.1)


def press(browser, session, key, code, key_code, text=""):
    """One key pressed and released (egui reads `key`; Space and Enter also need `text`)."""
    for kind in ("keyDown", "keyUp"):
        params = {"type": kind, "key": key, "code": code, "windowsVirtualKeyCode": key_code}
        if text and kind == "keyDown":
            params["text"] = text
        browser.send("Input.dispatchKeyEvent", params, session)
    time.sleep(0.15)


def open_page(browser, url):
    """A fresh tab on `url`, its console watched; (target, session, first-frame ms)."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        browser.send(f"{domain}.enable", session=session)
    browser.events.clear()
    browser.send("Page.navigate", {"url": url}, session)
    deadline, painted = time.monotonic() + PAINT_TIMEOUT_S, None
    while time.monotonic() < deadline and painted is None:
        time.sleep(0.1)
        painted = evaluate(browser, session,
                           "document.getElementById('dashboard')?.dataset.paintedMs ?? null")
        if problems_in(browser.events):
            break
    return target, session, painted


def download(browser, session):
    """Waits for a download to finish: (its file name, "completed" or why not)."""
    name, state = None, None
    deadline = time.monotonic() + DOWNLOAD_TIMEOUT_S
    while time.monotonic() < deadline and state not in ("completed", "canceled"):
        time.sleep(0.2)
        browser.send("Runtime.evaluate", {"expression": "1"}, session)  # events come with replies
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Browser.downloadWillBegin":
                name = params.get("suggestedFilename")
            elif method == "Browser.downloadProgress":
                state = params.get("state")
    return name, state


def run_actions(browser, base_url, out_dir):
    """On the Charts tab: every chart as an Excel download, then "Copy link to this view"."""
    failures = []
    origin = base_url.split("/", 3)
    origin = "/".join(origin[:3])
    browser.send("Browser.grantPermissions", {
        "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    downloads = tempfile.mkdtemp(prefix="web-downloads-")
    browser.send("Browser.setDownloadBehavior", {
        "behavior": "allow", "downloadPath": downloads, "eventsEnabled": True})
    target, session, painted = open_page(browser, base_url + ACTIONS_PAGE)
    if painted is None:
        return [f"no first frame within {PAINT_TIMEOUT_S} s"]
    browser.send("Emulation.setFocusEmulationEnabled", {"enabled": True}, session)
    time.sleep(0.5)

    # Export all → Excel workbook → Download, before Copy link: the status line
    # each leaves moves the tab's content down. The dialog's focus starts on
    # the chosen format (PNG); three Tabs reach the workbook, Space picks it.
    click(browser, session, ACTIONS_AT["export all"])
    time.sleep(0.5)
    shot = base64.b64decode(browser.send("Page.captureScreenshot", {"format": "png"}, session)["data"])
    with open(os.path.join(out_dir, "web-export-dialog.png"), "wb") as file:
        file.write(shot)
    for _ in range(3):
        press(browser, session, "Tab", "Tab", 9)
    press(browser, session, " ", "Space", 32, " ")
    time.sleep(0.3)
    press(browser, session, "Enter", "Enter", 13, "\r")
    name, state = download(browser, session)
    if state != "completed" or not name:
        failures.append(f"no Excel download within {DOWNLOAD_TIMEOUT_S} s ({name}, {state})")
    else:
        path = os.path.join(downloads, name)
        try:
            with zipfile.ZipFile(path) as workbook:
                sheets = [n for n in workbook.namelist() if n.startswith("xl/worksheets/sheet")]
        except (OSError, zipfile.BadZipFile) as error:
            sheets = []
            failures.append(f"the download {name} is not a workbook: {error}")
        if not name.endswith(".xlsx") or len(sheets) < MIN_SHEETS:
            failures.append(f"the download {name} has {len(sheets)} sheets")
        print(f"   export: {name}, {os.path.getsize(path)} bytes, {len(sheets)} sheets")

    # Copy link: the clipboard holds the address, fragment and all.
    click(browser, session, ACTIONS_AT["copy link"])
    time.sleep(0.5)
    address = evaluate(browser, session, "location.href")
    copied = browser.send("Runtime.evaluate", {
        "expression": "navigator.clipboard.readText()", "awaitPromise": True,
        "returnByValue": True}, session).get("result", {}).get("value")
    if copied != address or "tab=charts" not in (copied or ""):
        failures.append(f"Copy link copied {copied!r}, the address is {address!r}")
    title = evaluate(browser, session, "document.title")
    failures += [f"console: {p}" for p in problems_in(browser.events)]
    shot = base64.b64decode(browser.send("Page.captureScreenshot", {"format": "png"}, session)["data"])
    with open(os.path.join(out_dir, "web-after-actions.png"), "wb") as file:
        file.write(shot)
    browser.send("Target.closeTarget", {"targetId": target})
    print(f"   copy link: {copied!r} (page {title!r})")
    return failures


# Where the time to the first frame went: the downloads' ends and the marks
# the app sets (platform::web::mark), in ms since the page was opened.
TIMELINE_JS = """JSON.stringify(Object.fromEntries([
  ...performance.getEntriesByType('resource')
    .filter(r => /\\.(js|wasm)$/.test(r.name))
    .map(r => [r.name.split('/').pop() + ' loaded', Math.round(r.responseEnd)]),
  ...performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]),
]))"""


def timeline(browser, session):
    """The start-up's moments, in order, as one line."""
    moments = json.loads(evaluate(browser, session, TIMELINE_JS) or "{}")
    return ", ".join(f"{name} {ms}" for name, ms in sorted(moments.items(), key=lambda m: m[1]))


def run_case(browser, base_url, out_dir, name, fragment, title, address_word):
    target, session, painted = open_page(browser, base_url + fragment)
    time.sleep(0.5)  # the frames that follow (the link's notice, the title)
    moments = timeline(browser, session)
    page_title = evaluate(browser, session, "document.title")
    address = evaluate(browser, session, "location.hash")
    shot = base64.b64decode(browser.send("Page.captureScreenshot", {"format": "png"}, session)["data"])
    path = os.path.join(out_dir, f"web-{name}.png")
    with open(path, "wb") as file:
        file.write(shot)
    failures = [f"console: {p}" for p in problems_in(browser.events)]
    if painted is None:
        failures.append(f"no first frame within {PAINT_TIMEOUT_S} s")
    if page_title != title:
        failures.append(f"title {page_title!r}, expected {title!r}")
    if address_word not in (address or ""):
        failures.append(f"address {address!r} lacks {address_word!r}")
    colours = len(pixels(shot))
    if colours < 8:
        failures.append(f"the screenshot is blank ({colours} colours)")
    browser.send("Target.closeTarget", {"targetId": target})
    print(f"   {name}: first frame {painted} ms, title {page_title!r}, "
          f"address {address!r}, {colours} colours sampled, {path}")
    print(f"      ms: {moments}")
    return shot, failures


def main():
    base_url, out_dir = sys.argv[1], sys.argv[2]
    chromium = os.environ.get("CHROMIUM", "chromium")
    os.makedirs(out_dir, exist_ok=True)
    browser = Browser(chromium)
    failures, shots = [], []
    try:
        for name, fragment, title, word in CASES:
            shot, failed = run_case(browser, base_url, out_dir, name, fragment, title, word)
            shots.append(shot)
            failures += [f"{name}: {f}" for f in failed]
        failures += [f"actions: {f}" for f in run_actions(browser, base_url, out_dir)]
    finally:
        browser.close()
    if len(set(shots)) != len(shots):
        failures.append("two share links showed the same screenshot")
    for failure in failures:
        print(f"FAIL {failure}")
    names = [name for name, *_ in CASES] + ["actions"]
    failed = {name for name in names if any(f.startswith(f"{name}:") for f in failures)}
    print(f"web: {len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
