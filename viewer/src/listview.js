// The non-AR view: every marker's items as a list with thumbnails, texts and playable media, for
// visitors who cannot or do not want to hold up a tablet. Media elements and thumbnails are made
// once and kept across rebuilds, so switching the language neither reloads pictures nor stops a
// video that is playing.

import { pick, t } from "./i18n.js";
import { quickLookRow } from "./quicklook.js";
import { kindLabel, kindOf, thumbnail } from "./kinds.js";

const kept = new Map(); // item id -> {visual, controls}

/** A card's picture and player, made once per item by its kind's record (kinds.js). */
function partsFor(m, item) {
  if (kept.has(item.id)) return kept.get(item.id);
  const kind = kindOf(m, item) || {};
  const entry = {
    visual: kind.listVisual ? kind.listVisual(m, item) : thumbnail(m, item.thumbnail),
    controls: kind.listControls ? kind.listControls(m, item) : null,
  };
  kept.set(item.id, entry);
  return entry;
}

export function buildList(root, state) {
  const L = state.lang, m = state.manifest, langs = state.languages;
  root.replaceChildren();
  const desc = pick(m.exhibit.description, L, langs);
  if (desc) root.appendChild(el("p", "lead", desc));
  for (const marker of m.markers) {
    const sec = document.createElement("section");
    sec.className = "list-marker";
    sec.id = `marker-${marker.id}`;
    sec.appendChild(el("h2", "", pick(marker.label, L, langs) || `${t(L, "marker")} ${marker.id}`));
    const ql = quickLookRow(marker, L, langs); // iPad/iPhone only
    if (ql) sec.appendChild(ql);
    for (const item of marker.items.filter((it) => it.visible)) {
      const title = pick(item.title, L, langs);
      const card = document.createElement("article");
      card.className = `card kind-${item.kind}`;
      const { visual, controls } = partsFor(m, item);
      if (visual) {
        if (visual.tagName === "IMG") visual.alt = title;
        else visual.setAttribute("aria-label", title);
        if (visual.tagName === "VIDEO") for (const tr of visual.textTracks) tr.mode = tr.language === L ? "showing" : "disabled";
        card.appendChild(visual);
      }
      const body = document.createElement("div");
      body.className = "card-body";
      body.appendChild(el("span", "tag", kindLabel(m, item.kind, L, langs)));
      body.appendChild(el("h3", "", title));
      const caption = pick(item.caption, L, langs);
      if (caption) body.appendChild(el("p", "caption", caption));
      const text = pick(item.description, L, langs);
      if (text) body.appendChild(el("p", "", text));
      if (controls) {
        controls.setAttribute("aria-label", title);
        body.appendChild(controls);
      }
      card.appendChild(body);
      sec.appendChild(card);
    }
    root.appendChild(sec);
  }
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.textContent = text;
  return e;
}
