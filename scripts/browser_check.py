#!/usr/bin/env python3
"""Checks a served Briefing site in headless Chromium; exits non-zero on any finding.

    .venv/bin/python scripts/browser_check.py [--site-copy SITE_DIR] URL OUT_DIR

URL is a running `briefing serve` (e.g. http://127.0.0.1:8123). Visits the
home page, every list page (actors, events, timeline, disputes, articles,
places) and the first page of each kind linked from them (an article, an
actor, an event, a dispute, a place). On each page:

  * console: every browser console entry is printed. A SEVERE entry, or any
    entry that is not from the live-reload script (/__briefing/...), fails.
  * the page must answer 200, and the live-reload script must have opened its
    EventSource to /__briefing/events (an OPEN connection, no error event),
    and closed it by the time the page is hidden (pagehide): otherwise Chrome
    keeps the page in its back/forward cache with the stream open and, at six
    connections per host, a later page stalls. A page that takes over 15 s to
    load fails too.
  * screenshot: OUT_DIR/<name>.png (the whole page, up to 12,000 px tall).
  * axe-core: violations of impact "serious" or "critical" fail (rule id,
    impact, help and the first target of each node are printed); "moderate"
    and "minor" ones, and serious or critical "needs review" results, are
    printed as notes. Full results: OUT_DIR/<name>.axe.json.
  * phone: at 390x844 (mobile emulation, so the viewport meta applies), the
    document must not scroll sideways: scrollWidth <= clientWidth (and <=
    innerWidth). clientWidth is the one that counts: a phone zooms out to fit
    wide content, so innerWidth grows with it. The outermost offending
    elements are named.

Link previews (assets/previews.js): on the actors list, the first actor link is
hovered with the mouse; a role=tooltip card naming that actor must appear and
the link must point to it with aria-describedby; Escape must hide it (and drop
aria-describedby). The same link is then focused from the keyboard (the card
must appear again; axe runs with it shown) and, at phone size, the card must
fit inside the viewport. No console entries are allowed along the way.

The article page is also screenshotted at phone size (article-phone.png) and
in dark mode (prefers-color-scheme: dark; article-dark.png), and axe runs
again in dark mode (its colour contrast differs).

With --site-copy (the folder the server serves, a copy: it is edited), live
reload is checked too: the article's source is edited (the open page must
reload and show the edit), broken (it must show the build errors over the
page, article-build-error.png, without reloading) and restored (it must reload
without them); no console entries are allowed along the way.

Needs: scripts/setup.sh --test (chromium, chromium-driver, and selenium and
axe-selenium-python in .venv). Uses the newest axe-core script installed in
.venv (axe-playwright-python's, when present: axe-selenium-python's own copy is
axe-core 3.1.1, from 2018); set AXE_SCRIPT to use another.
"""

import base64
import glob
import json
import os
import re
import shutil
import sys
import tempfile
import time
from urllib.parse import urljoin, urlparse

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service
from axe_selenium_python import Axe

PHONE = (390, 844)
DESKTOP = (1280, 1600)
MAX_SHOT_HEIGHT = 12000
RELOAD_PREFIX = "/__briefing/"

# List pages at the site root, and the detail page kinds found through them.
LIST_PAGES = ["actors", "events", "timeline", "disputes", "articles", "places"]
DETAIL_KINDS = ["article", "actor", "event", "dispute", "place"]   # folder = kind + "s"

# Runs before any page script: records each EventSource, so we can tell that
# the reload script connected and saw no error.
EVENTSOURCE_PROBE = r"""
(() => {
  const Original = window.EventSource;
  if (!Original || Original.__briefingProbe) return;
  const seen = [];
  window.__briefingEventSources = seen;
  function Probe(url, init) {
    const source = new Original(url, init);
    const record = { url: String(url), opened: false, errors: 0 };
    seen.push(record);
    source.addEventListener("open", () => { record.opened = true; });
    source.addEventListener("error", () => { record.errors += 1; });
    record.source = source;
    return source;
  }
  Probe.prototype = Original.prototype;
  Probe.CONNECTING = 0; Probe.OPEN = 1; Probe.CLOSED = 2;
  Probe.__briefingProbe = true;
  window.EventSource = Probe;
})();
"""

# Runs after the page's own scripts (so after the reload script's handlers):
# records at pagehide whether any EventSource is still open. A page that keeps
# its stream open can go into Chrome's back/forward cache with the connection,
# and Chrome allows six connections per host: a later page then stalls.
PAGEHIDE_PROBE = r"""
if (!window.__briefingPagehideProbe) {
  window.__briefingPagehideProbe = true;
  addEventListener("pagehide", () => {
    const open = (window.__briefingEventSources || []).filter(r => r.source.readyState !== 2).length;
    sessionStorage.setItem("__briefingPagehide", JSON.stringify({ page: location.pathname, open }));
  });
}
"""
PAGEHIDE_READ = r"""
const value = sessionStorage.getItem("__briefingPagehide");
sessionStorage.removeItem("__briefingPagehide");
return value ? JSON.parse(value) : null;
"""
SLOW_NAVIGATION = 15.0   # seconds; a normal page loads in well under 2

OVERFLOW_JS = r"""
const doc = document.documentElement;
const limit = doc.clientWidth;
const describe = (el) => {
  let s = el.tagName.toLowerCase();
  if (el.id) s += "#" + el.id;
  if (el.classList.length) s += "." + Array.from(el.classList).join(".");
  return s;
};
const path = (el) => {
  const parts = [];
  for (let e = el; e && e !== doc && parts.length < 4; e = e.parentElement) parts.unshift(describe(e));
  return parts.join(" > ");
};
const offenders = [];
for (const el of document.body.querySelectorAll("*")) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right > limit + 0.5 || r.left < -0.5) {
    // Report the outermost offender of each subtree only.
    const parent = el.parentElement;
    const pr = parent ? parent.getBoundingClientRect() : null;
    if (pr && (pr.right > limit + 0.5 || pr.left < -0.5) && parent !== document.body) continue;
    offenders.push({ element: path(el), left: Math.round(r.left), right: Math.round(r.right),
                     text: (el.textContent || "").trim().slice(0, 60) });
  }
}
return { scrollWidth: doc.scrollWidth, clientWidth: limit, innerWidth: window.innerWidth,
         offenders: offenders.slice(0, 8) };
"""


def fail_usage(msg):
    print(f"browser_check: {msg}", file=sys.stderr)
    sys.exit(2)


def axe_script_path():
    env = os.environ.get("AXE_SCRIPT")
    if env:
        return env
    candidates = []
    try:
        import axe_playwright_python  # only its bundled axe.min.js is used
        candidates.append(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"))
    except ImportError:
        pass
    import axe_selenium_python
    candidates.append(os.path.join(os.path.dirname(axe_selenium_python.__file__),
                                   "node_modules", "axe-core", "axe.min.js"))
    for path in candidates:
        if os.path.isfile(path):
            return path
    fail_usage("no axe-core script found; run scripts/setup.sh --test")


def chromium_binary():
    for path in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "",
                 shutil.which("chromium-browser") or ""):
        if path and os.access(path, os.X_OK):
            return path
    fail_usage("chromium not found; run scripts/setup.sh --test")


def start_browser(profile_dir):
    driver_path = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    if not os.access(driver_path, os.X_OK):
        fail_usage("chromedriver not found; run scripts/setup.sh --test")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    for arg in ("--headless=new", "--disable-gpu", f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps",
                "--hide-scrollbars", "--force-color-profile=srgb", "--lang=en-US",
                f"--user-data-dir={profile_dir}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium Manager is not asked to download anything.
    service = Service(executable_path=driver_path, log_output=os.path.join(profile_dir, "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    # Before any page script: record every dialog call (what injected script would do
    # first: the hostile fixture's payloads are alert(...)) and every CSP violation.
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": INJECTION_PROBE})
    return driver


INJECTION_PROBE = r"""
  window.__briefingInjected = [];
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = function (...args) { window.__briefingInjected.push(name + "(" + args.join(", ") + ")"); };
  }
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__briefingInjected.push("CSP violation: " + e.violatedDirective + " " + (e.blockedURI || "inline"));
  });
"""


class Checker:
    def __init__(self, driver, base, out_dir, axe_path):
        self.driver = driver
        self.base = base.rstrip("/") + "/"
        self.out_dir = out_dir
        self.axe_path = axe_path
        self.axe_version = None
        self.pages = 0
        self.console_errors = 0
        self.serious = 0
        self.other_failures = 0
        self.notes = 0
        self.links = {}            # page url -> hrefs on it
        self.seen = set()          # console entries already reported, per page
        self.left_open = []        # pages whose EventSource was still open at pagehide

    # -- helpers ----------------------------------------------------------------

    def fail(self, name, msg):
        print(f"  FAIL {name}: {msg}")

    def note(self, name, msg):
        self.notes += 1
        print(f"  note {name}: {msg}")

    def drain_log(self):
        try:
            return self.driver.get_log("browser")
        except WebDriverException as error:
            print(f"  (could not read the browser log: {error.msg})")
            return []

    def rel(self, url):
        return url[len(self.base) - 1:] if url.startswith(self.base) else url

    def set_viewport(self, size, mobile):
        if mobile:
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": True})
            self.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
        else:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            self.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})

    def set_dark(self, dark):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})

    def navigate(self, name, go):
        """Runs go() (a get or refresh), then waits for the page to settle; checks the
        time it took and what the page before it did with its EventSource at pagehide."""
        start = time.monotonic()
        go()
        elapsed = time.monotonic() - start
        self.load_settle()
        if elapsed > SLOW_NAVIGATION:
            self.other_failures += 1
            self.fail(name, f"the page took {elapsed:.0f} s to load (a stalled connection? "
                            "see 'EventSource left open' below)")
        hidden = self.driver.execute_script(PAGEHIDE_READ)
        if hidden and hidden.get("open"):
            self.left_open.append(hidden.get("page", "?"))
        self.driver.execute_script(PAGEHIDE_PROBE)

    def load(self, name, url):
        """Navigates and waits until the page has loaded and settled."""
        self.drain_log()   # entries from the previous page (its unload) are not this page's
        self.navigate(name, lambda: self.driver.get(url))

    def screenshot(self, filename):
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
        width = max(int(viewport["clientWidth"]), 1)
        height = min(max(int(size["height"]), int(viewport["clientHeight"]), 1), MAX_SHOT_HEIGHT)
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        path = os.path.join(self.out_dir, filename)
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        return path

    # -- the checks ---------------------------------------------------------------

    def check_console(self, name):
        bad = 0
        for entry in self.drain_log():
            level, message = entry.get("level", "?"), entry.get("message", "")
            if (name, level, message) in self.seen:   # the same page loaded again (phone)
                continue
            self.seen.add((name, level, message))
            ours = RELOAD_PREFIX in message
            if level == "SEVERE" or not ours:
                bad += 1
                self.fail(name, f"console {level}: {message}")
            else:
                self.note(name, f"console {level} (reload script): {message}")
        self.console_errors += bad
        return bad

    def check_response_and_reload(self, name):
        state = self.driver.execute_script("""
            const nav = performance.getEntriesByType("navigation")[0];
            return {
              status: nav && "responseStatus" in nav ? nav.responseStatus : null,
              script: !!document.querySelector('script[src="/__briefing/reload.js"]'),
              sources: (window.__briefingEventSources || []).map(s => ({
                url: s.url, opened: s.opened, errors: s.errors, readyState: s.source.readyState })),
            };
        """)
        bad = 0
        if state["status"] not in (None, 200):
            bad += 1
            self.fail(name, f"HTTP status {state['status']}")
        if not state["script"]:
            bad += 1
            self.fail(name, "the live-reload script is not in the served page")
        events = [s for s in state["sources"] if urlparse(s["url"]).path == RELOAD_PREFIX + "events"
                  or s["url"] == RELOAD_PREFIX + "events"]
        if state["script"] and not events:
            bad += 1
            self.fail(name, "the live-reload script opened no EventSource to /__briefing/events")
        for source in events:
            if source["errors"] or not source["opened"] or source["readyState"] != 1:
                bad += 1
                self.fail(name, f"live-reload EventSource not healthy: opened={source['opened']} "
                                f"readyState={source['readyState']} errors={source['errors']}")
        self.other_failures += bad
        return bad

    def check_axe(self, name, label=""):
        axe = Axe(self.driver, script_url=self.axe_path)
        axe.inject()
        # Full detail only for violations and "needs review" (passes are the slow part).
        results = axe.run(options=json.dumps({"resultTypes": ["violations", "incomplete"]}))
        if self.axe_version is None:
            self.axe_version = ((results.get("testEngine") or {}).get("version")
                                or self.driver.execute_script("return window.axe && axe.version") or "?")
        with open(os.path.join(self.out_dir, f"{name}{label}.axe.json"), "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
        suffix = f" ({label.strip('-')})" if label else ""
        bad = 0
        for v in results.get("violations", []):
            impact = v.get("impact") or "unknown"
            serious = impact in ("serious", "critical")
            nodes = v.get("nodes", [])
            header = f"axe{suffix} {v['id']} [{impact}] {v.get('help', '')} ({len(nodes)} element(s))"
            if serious:
                bad += 1
                self.fail(name, header)
            else:
                self.note(name, header)
            for node in nodes[: 6 if serious else 2]:
                target = node.get("target") or ["?"]
                first = target[0] if not isinstance(target[0], list) else " >> ".join(target[0])
                print(f"      {first}")
                if serious:
                    summary = " ".join((node.get("failureSummary") or "").split())
                    if summary:
                        print(f"        {summary[:300]}")
            if len(nodes) > (6 if serious else 2):
                print(f"      ... and {len(nodes) - (6 if serious else 2)} more")
        for v in results.get("incomplete", []):
            if v.get("impact") in ("serious", "critical"):
                targets = [str((n.get("target") or ["?"])[0]) for n in v.get("nodes", [])[:3]]
                self.note(name, f"axe{suffix} needs review: {v['id']} [{v.get('impact')}] "
                                f"{v.get('help', '')}: {', '.join(targets)}"
                                + (" ..." if len(v.get("nodes", [])) > 3 else ""))
        self.serious += bad
        return bad

    def check_phone(self, name, screenshot=False):
        self.set_viewport(PHONE, mobile=True)
        try:
            self.navigate(name, self.driver.refresh)   # lay the page out afresh at phone size
            m = self.driver.execute_script(OVERFLOW_JS)
            bad = 0
            if m["scrollWidth"] > m["clientWidth"] or m["scrollWidth"] > m["innerWidth"]:
                bad = 1
                self.fail(name, f"scrolls sideways at {PHONE[0]}x{PHONE[1]}: scrollWidth "
                                f"{m['scrollWidth']} > clientWidth {m['clientWidth']} "
                                f"(innerWidth {m['innerWidth']})")
                for o in m["offenders"]:
                    print(f"      {o['element']}: {o['left']}..{o['right']} px  {o['text']!r}")
            if screenshot:
                self.screenshot(f"{name}-phone.png")
            self.other_failures += bad
            return bad
        finally:
            self.set_viewport(DESKTOP, mobile=False)

    def check_injection(self, name):
        """No script from content ran, and the page broke none of its own CSP."""
        ran = self.driver.execute_script("return window.__briefingInjected || [];")
        for what in ran:
            self.other_failures += 1
            self.fail(name, f"content ran or tried to run script: {what}")

    def load_settle(self):
        self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const settle = () => setTimeout(done, 300);
            (document.fonts ? document.fonts.ready : Promise.resolve()).then(settle, settle);
        """)

    def collect_links(self, url):
        found = self.driver.execute_script(
            'return Array.from(document.querySelectorAll("a[href]"), a => a.href);')
        hrefs = [href.split("#", 1)[0] for href in found if href]
        self.links[url] = hrefs
        return hrefs

    def check_page(self, name, url, article=False):
        print(f"{name}: {self.rel(url)}")
        self.pages += 1
        before = self.console_errors + self.serious + self.other_failures
        self.load(name, url)
        self.collect_links(url)
        self.check_response_and_reload(name)
        self.screenshot(f"{name}.png")
        self.check_axe(name)
        self.check_console(name)
        self.check_injection(name)
        if article:
            self.set_dark(True)
            try:
                self.load_settle()
                self.screenshot(f"{name}-dark.png")
                self.check_axe(name, "-dark")
            finally:
                self.set_dark(False)
        self.check_phone(name, screenshot=article)
        self.check_console(name)   # anything logged while re-laid out at phone size
        if self.console_errors + self.serious + self.other_failures == before:
            print("  ok")

    # -- link previews ----------------------------------------------------------------

    PREVIEW_STATE = r"""
        const link = arguments[0];
        const card = document.getElementById("briefing-preview");
        const shown = !!card && !card.hidden && getComputedStyle(card).display !== "none";
        const box = card ? card.getBoundingClientRect() : null;
        const part = (name) => (card && card.querySelector(".preview-" + name) || {}).textContent || "";
        return {
          shown, role: card && card.getAttribute("role"), name: part("name"), kind: part("kind"),
          summary: part("summary"), describedBy: link.getAttribute("aria-describedby") || "",
          focused: document.activeElement === link,
          left: box && box.left, right: box && box.right, width: document.documentElement.clientWidth,
        };
    """

    def wait_preview(self, link, shown, timeout=5.0):
        """Polls until the card is shown (or hidden); returns the last state."""
        end = time.monotonic() + timeout
        while True:
            state = self.driver.execute_script(self.PREVIEW_STATE, link)
            if state["shown"] == shown or time.monotonic() > end:
                return state
            time.sleep(0.1)

    def first_actor_link(self):
        links = self.driver.find_elements(By.CSS_SELECTOR, 'main a[href^="actors/"], main a[href^="../actors/"]')
        return links[0] if links else None

    def check_previews(self, url):
        """Hover, Escape, keyboard focus and phone width for one actor link's preview."""
        name = "previews"
        print(f"{name}: {self.rel(url)} (hover, Escape, keyboard focus, phone width)")
        before = self.console_errors + self.serious + self.other_failures
        bad = 0

        def expect(condition, message):
            nonlocal bad
            if not condition:
                bad += 1
                self.fail(name, message)

        self.load(name, url)
        link = self.first_actor_link()
        if link is None:
            self.other_failures += 1
            self.fail(name, "no actor link on the page")
            return
        actor = link.text.strip()
        ActionChains(self.driver).move_to_element(link).perform()
        state = self.wait_preview(link, True)
        expect(state["shown"], f"hovering {actor!r} showed no preview within 5 s")
        if state["shown"]:
            expect(state["role"] == "tooltip", f"the preview's role is {state['role']!r}, not 'tooltip'")
            expect(state["name"] == actor, f"the preview names {state['name']!r}, not {actor!r}")
            expect(state["kind"] and state["summary"], f"the preview has no kind or summary: {state}")
            expect("briefing-preview" in state["describedBy"].split(),
                   f"the hovered link's aria-describedby is {state['describedBy']!r} while the preview is shown")
            self.driver.save_screenshot(os.path.join(self.out_dir, "preview-hover.png"))   # the viewport
            ActionChains(self.driver).send_keys(Keys.ESCAPE).perform()
            state = self.wait_preview(link, False, timeout=2.0)
            expect(not state["shown"], "Escape did not hide the preview")
            expect("briefing-preview" not in state["describedBy"].split(),
                   "aria-describedby still points to the hidden preview after Escape")

        # Keyboard: move the mouse away, then focus the link after a key press.
        ActionChains(self.driver).move_by_offset(0, 0).move_to_element_with_offset(
            self.driver.find_element(By.CSS_SELECTOR, "h1"), 0, 0).perform()
        self.driver.execute_script("arguments[0].blur(); arguments[0].focus();", link)
        state = self.wait_preview(link, True)
        expect(state["shown"] and state["name"] == actor,
               f"focusing {actor!r} from the keyboard did not show its preview: {state}")
        expect(state["focused"], "the preview took the focus away from the link")
        if state["shown"]:
            self.check_axe(name, "-shown")
            ActionChains(self.driver).send_keys(Keys.ESCAPE).perform()
            expect(not self.wait_preview(link, False, timeout=2.0)["shown"], "Escape did not hide the focused link's preview")
            expect(self.driver.execute_script("return document.activeElement === arguments[0]", link),
                   "Escape moved the focus away from the link")

        # Phone width: the card fits the viewport.
        self.set_viewport(PHONE, mobile=True)
        try:
            self.navigate(name, self.driver.refresh)
            link = self.first_actor_link()
            if link is not None:
                ActionChains(self.driver).send_keys(Keys.SHIFT).perform()   # keyboard modality
                self.driver.execute_script("arguments[0].focus();", link)
                state = self.wait_preview(link, True)
                expect(state["shown"], f"at {PHONE[0]}x{PHONE[1]} focusing {actor!r} showed no preview")
                if state["shown"]:
                    expect(state["left"] >= 0 and state["right"] <= state["width"],
                           f"at {PHONE[0]}x{PHONE[1]} the preview does not fit: {state['left']:.0f}..{state['right']:.0f}"
                           f" of {state['width']} px")
                    self.driver.save_screenshot(os.path.join(self.out_dir, "preview-phone.png"))
        finally:
            self.set_viewport(DESKTOP, mobile=False)
        self.other_failures += bad
        self.check_console(name)
        if self.console_errors + self.serious + self.other_failures == before:
            print("  ok")

    # -- live reload ------------------------------------------------------------------

    def wait_for(self, script, timeout=60.0):
        """Polls a JavaScript expression until it is truthy; returns it, or None."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                value = self.driver.execute_script(f"return {script};")
            except WebDriverException:
                value = None   # the page is being replaced
            if value:
                return value
            time.sleep(0.25)
        return None

    def check_live_reload(self, site_dir, article_url):
        """Edits the article's source in site_dir (a copy): the open page must reload;
        breaks it: the page must show the build errors; restores it: the page must
        reload without them. No console entries allowed along the way."""
        name = "live-reload"
        print(f"{name}: edit, break and restore the article's source")
        slug = os.path.splitext(os.path.basename(urlparse(article_url).path))[0]
        source = os.path.join(site_dir, "articles", slug + ".md")
        if not os.path.isfile(source):
            self.other_failures += 1
            self.fail(name, f"no source file for {self.rel(article_url)} at {source}")
            return
        with open(source, encoding="utf-8") as f:
            original = f.read()
        before = self.console_errors + self.other_failures
        overlay = "document.getElementById('briefing-build-errors')"
        marker = "Live-reload check: this paragraph was added while the page was open."
        try:
            self.load(name, article_url)
            self.driver.execute_script("window.__briefingNotReloaded = true;")
            with open(source, "w", encoding="utf-8") as f:
                f.write(original.rstrip("\n") + "\n\n" + marker + "\n")
            if not self.wait_for(f"!window.__briefingNotReloaded && document.body && "
                                 f"document.body.textContent.includes({json.dumps(marker)})"):
                self.other_failures += 1
                self.fail(name, "the page did not reload with the edit within 60 s")
            self.driver.execute_script("window.__briefingNotReloaded = true;")
            with open(source, "w", encoding="utf-8") as f:
                f.write("---\ntitle: [an unterminated YAML list\n---\n")
            shown = self.wait_for(f"{overlay} && {overlay}.getAttribute('role') === 'alert' && "
                                  f"getComputedStyle({overlay}).position === 'fixed' && "
                                  f"{overlay}.textContent.includes('rebuild failed') && "
                                  f"{overlay}.textContent.includes({json.dumps(slug + '.md')})")
            if not shown:
                self.other_failures += 1
                text = self.driver.execute_script(f"return {overlay} && {overlay}.textContent")
                self.fail(name, "no build-error overlay (fixed, role=alert, naming the file) "
                                f"within 60 s of breaking the source; overlay text: {text!r}")
            else:
                self.driver.save_screenshot(os.path.join(self.out_dir, "article-build-error.png"))  # the viewport
            if not self.driver.execute_script("return window.__briefingNotReloaded === true"):
                self.other_failures += 1
                self.fail(name, "the page reloaded after a failed rebuild (it should keep the last good page)")
            with open(source, "w", encoding="utf-8") as f:
                f.write(original)
            original = None
            if not self.wait_for(f"!window.__briefingNotReloaded && document.readyState === 'complete' && !{overlay}"):
                self.other_failures += 1
                self.fail(name, "the page did not reload without the overlay within 60 s of the fix")
        finally:
            if original is not None:
                with open(source, "w", encoding="utf-8") as f:
                    f.write(original)
        self.check_console(name)
        if self.console_errors + self.other_failures == before:
            print("  ok")

    # -- finding the pages ----------------------------------------------------------

    def find(self, pattern, pages):
        regex = re.compile(pattern)
        for page in pages:
            for href in self.links.get(page, []):
                if not href.startswith(self.base):
                    continue
                if regex.fullmatch(urlparse(href).path):
                    return href
        return None

    def run(self, site_dir=None):
        home = self.base
        article = None
        self.check_page("home", home)
        lists = {}
        for kind in LIST_PAGES:
            url = self.find(rf"/{kind}\.html", [home])
            if url is None:
                url = urljoin(self.base, f"{kind}.html")
                self.note("home", f"no link to {kind}.html on the home page; visiting it directly")
            lists[kind] = url
        for kind in LIST_PAGES:
            self.check_page(kind, lists[kind])
        self.check_previews(lists["actors"])
        for kind in DETAIL_KINDS:
            folder = kind + "s"
            sources = [lists.get(folder), home] + [lists[k] for k in LIST_PAGES]
            url = self.find(rf"/{folder}/[^/]+\.html", [s for s in sources if s])
            if url is None:
                self.other_failures += 1
                self.fail(kind, f"no link to a page in {folder}/ on the home or list pages")
                continue
            self.check_page(kind, url, article=(kind == "article"))
            if kind == "article":
                article = url
        if self.left_open:
            self.other_failures += 1
            pages = sorted(set(self.left_open))
            print(f"reload-script: FAIL EventSource left open when the page was hidden (pagehide), "
                  f"on {len(pages)} page(s), e.g. {pages[0]}")
            print("      Chrome keeps such a page in its back/forward cache with the stream still open;")
            print("      with six connections per host, later pages stall until one is dropped.")
            print("      The reload script should close it on pagehide (and reconnect or reload on a")
            print("      pageshow whose event.persisted is true).")
        if site_dir and article:
            self.check_live_reload(site_dir, article)


def main(argv):
    args = argv[1:]
    site_dir = None
    if len(args) >= 2 and args[0] == "--site-copy":
        site_dir, args = args[1], args[2:]
        if not os.path.isdir(site_dir):
            fail_usage(f"not a directory: {site_dir}")
    if len(args) != 2 or args[0] in ("-h", "--help"):
        print(__doc__.split("\n\n")[1].strip(), file=sys.stderr)
        return 2
    base, out_dir = args
    if not re.match(r"^https?://", base):
        fail_usage(f"not an http URL: {base}")
    os.makedirs(out_dir, exist_ok=True)
    for old in glob.glob(os.path.join(out_dir, "*.png")) + glob.glob(os.path.join(out_dir, "*.axe.json")):
        os.remove(old)

    start = time.monotonic()
    profile = tempfile.mkdtemp(prefix="briefing-chromium.")
    driver = None
    try:
        driver = start_browser(profile)
        caps = driver.capabilities
        print(f"browser_check: {caps.get('browserName')} {caps.get('browserVersion')}, "
              f"chromedriver {caps.get('chrome', {}).get('chromedriverVersion', '?').split(' ')[0]}, "
              f"axe script {axe_script_path()}")
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": EVENTSOURCE_PROBE})
        checker = Checker(driver, base, out_dir, axe_script_path())
        checker.run(site_dir)
    except WebDriverException as error:
        print(f"browser_check: the browser failed: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("browser_check: interrupted", file=sys.stderr)
        return 130
    finally:
        if driver is not None:
            try:
                driver.quit()
            except Exception:
                pass
        shutil.rmtree(profile, ignore_errors=True)

    failures = checker.console_errors + checker.serious + checker.other_failures
    print(f"browser_check: {checker.pages} pages checked (axe-core {checker.axe_version}); "
          f"console errors: {checker.console_errors}; "
          f"serious/critical violations: {checker.serious}; "
          f"other failures: {checker.other_failures}; notes: {checker.notes} "
          f"({time.monotonic() - start:.1f}s); screenshots in {out_dir}")
    if failures:
        print(f"browser_check: FAILED ({failures} findings)")
        return 1
    print("browser_check: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
