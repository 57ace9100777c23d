/// The small script served pages load: it listens for rebuilds and failures. It shows
/// diagnostics with `textContent`, so no message can become markup.
enum ReloadScript {
    static let path = "/__briefing/reload.js"
    static let eventsPath = "/__briefing/events"
    static let snippet = "<script src=\"\(path)\"></script>\n"

    static let source = #"""
    // Briefing preview: reload on rebuild, show build errors over the page.
    (() => {
      const events = new EventSource("/__briefing/events");
      const overlayId = "briefing-build-errors";
      events.addEventListener("reload", () => location.reload());
      // A page left for another must free its connection (browsers allow six per host),
      // and one restored from the back/forward cache may be stale.
      addEventListener("pagehide", () => events.close());
      addEventListener("pageshow", (event) => { if (event.persisted) location.reload(); });
      events.addEventListener("failed", (event) => {
        let messages = [];
        try { messages = JSON.parse(event.data); } catch (error) { messages = [String(event.data)]; }
        let overlay = document.getElementById(overlayId);
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = overlayId;
          overlay.setAttribute("role", "alert");
          overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
            "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
          document.body.appendChild(overlay);
        }
        overlay.textContent = "The last rebuild failed; the page shows the last good build.\n\n" + messages.join("\n");
      });
    })();
    """#
}
