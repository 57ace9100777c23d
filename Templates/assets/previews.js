// Link previews: a short card about an actor, event or dispute while a link to its page
// is hovered with a mouse or focused from the keyboard. Progressive enhancement: without
// this script the links work exactly as before. The card's text comes from
// data/previews.json, fetched once on first use, and is set with textContent only, so no
// content can become markup. From file:// (where browsers refuse to fetch) it does nothing.
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || !window.fetch || !window.URL || location.protocol === "file:") return;

  const root = new URL("../", script.src);            // this script is <root>/assets/previews.js
  const dataURL = new URL("data/previews.json", root);
  const PREVIEWED = /^(actors|events|disputes)\/[^/]+\.html$/;
  const SHOW_DELAY = 300;   // ms a pointer rests on a link before its card shows
  const HIDE_DELAY = 250;   // ms to move the pointer from the link onto the card
  const CARD_ID = "briefing-preview";

  let previews = null;      // Map: path below the root -> { kind, name, summary }
  let loading = null;
  let card = null;
  let shownFor = null;      // the link the card describes
  let pending = null;       // the link waiting for its card
  let dismissed = null;     // Escape closed this link's card: not again until it is left
  let showTimer = 0;
  let hideTimer = 0;

  function pathOf(link) {
    let url;
    try { url = new URL(link.href); } catch (error) { return null; }
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
    if (url.pathname === location.pathname) return null;   // a link to this very page
    const path = url.pathname.slice(root.pathname.length);
    return PREVIEWED.test(path) ? path : null;
  }

  function load() {
    if (!loading) {
      loading = fetch(dataURL.href, { credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : { previews: [] }))
        .catch(() => ({ previews: [] }))
        .then((data) => {
          previews = new Map();
          for (const entry of Array.isArray(data && data.previews) ? data.previews : []) {
            if (entry && typeof entry.url === "string") previews.set(entry.url, entry);
          }
        });
    }
    return loading;
  }

  function makeCard() {
    card = document.createElement("div");
    card.id = CARD_ID;
    card.className = "preview";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    for (const part of ["kind", "name", "summary"]) {
      const line = document.createElement("span");
      line.className = "preview-" + part;
      card.appendChild(line);
    }
    // The card stays while the pointer is on it (WCAG 1.4.13: hoverable).
    card.addEventListener("pointerenter", () => clearTimeout(hideTimer));
    card.addEventListener("pointerleave", () => scheduleHide());
  }

  function describedBy(link, add) {
    const ids = (link.getAttribute("aria-describedby") || "").split(/\s+/).filter((id) => id && id !== CARD_ID);
    if (add) ids.push(CARD_ID);
    if (ids.length) link.setAttribute("aria-describedby", ids.join(" "));
    else link.removeAttribute("aria-describedby");
  }

  function show(link, entry) {
    if (!card) makeCard();
    // Inside the link's landmark, so that all content stays in landmarks.
    const host = link.closest("main, header, nav, footer, aside") || document.body;
    if (card.parentNode !== host) host.appendChild(card);
    if (shownFor && shownFor !== link) describedBy(shownFor, false);
    const [kind, name, summary] = card.children;
    kind.textContent = String(entry.kind || "");
    name.textContent = String(entry.name || "");
    summary.textContent = String(entry.summary || "");
    summary.hidden = !entry.summary;
    card.hidden = false;
    shownFor = link;
    describedBy(link, true);
    place(link);
  }

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    pending = null;
    if (!card || card.hidden) return false;
    card.hidden = true;
    if (shownFor) describedBy(shownFor, false);
    shownFor = null;
    return true;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY);
  }

  // Below the link (above it when there is no room), kept inside the viewport's width.
  // Positions are set through element.style, which the Content-Security-Policy allows.
  function place(link) {
    const margin = 8;
    const gap = 6;
    const boxes = link.getClientRects();
    const at = boxes.length ? boxes[0] : link.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    card.style.maxWidth = Math.max(120, Math.min(352, width - 2 * margin)) + "px";
    card.style.left = "0px";
    card.style.top = "0px";
    const size = card.getBoundingClientRect();
    const left = Math.max(margin, Math.min(at.left, width - size.width - margin));
    let top = at.bottom + gap;
    if (top + size.height > window.innerHeight - margin && at.top - size.height - gap > margin) {
      top = at.top - size.height - gap;
    }
    card.style.left = Math.round(left + window.scrollX) + "px";
    card.style.top = Math.round(top + window.scrollY) + "px";
  }

  function request(link, delay) {
    if (link === dismissed) return;
    const path = pathOf(link);
    if (!path) return;
    clearTimeout(hideTimer);
    if (link === shownFor && card && !card.hidden) return;
    clearTimeout(showTimer);
    pending = link;
    showTimer = setTimeout(() => {
      load().then(() => {
        const entry = previews.get(path);
        if (entry && pending === link) show(link, entry);
      });
    }, delay);
  }

  function leave(link) {
    if (link === dismissed) dismissed = null;
    if (link === pending && link !== shownFor) {
      clearTimeout(showTimer);
      pending = null;
    }
    if (link === shownFor) scheduleHide();
  }

  function linkIn(target) {
    return target instanceof Element ? target.closest("a[href]") : null;
  }

  function keyboardFocus(link) {
    try { return link.matches(":focus-visible"); } catch (error) { return true; }
  }

  // A touch shows nothing: a tap follows the link as always.
  document.addEventListener("pointerover", (event) => {
    const link = linkIn(event.target);
    if (link && event.pointerType === "mouse") request(link, SHOW_DELAY);
  });
  document.addEventListener("pointerout", (event) => {
    const link = linkIn(event.target);
    if (link && !link.contains(event.relatedTarget)) leave(link);
  });
  document.addEventListener("focusin", (event) => {
    const link = linkIn(event.target);
    if (link && keyboardFocus(link)) request(link, 0);
  });
  document.addEventListener("focusout", (event) => {
    const link = linkIn(event.target);
    if (link) {
      if (link === dismissed) dismissed = null;
      if (link === shownFor || link === pending) hide();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    dismissed = shownFor || pending;
    hide();
  });
  // A phone's toolbar sliding away resizes the viewport: keep the card by its link.
  window.addEventListener("resize", () => {
    if (shownFor && card && !card.hidden) place(shownFor);
  });
})();
