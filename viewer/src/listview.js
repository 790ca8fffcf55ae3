// The non-AR view: every marker's items as a list with thumbnails, texts and playable media, for
// visitors who cannot or do not want to hold up a tablet. Media elements and thumbnails are made
// once and kept across rebuilds, so switching the language neither reloads pictures nor stops a
// video that is playing.

import { verifiedUrl } from "./integrity.js";
import { pick, t } from "./i18n.js";
import { quickLookRow } from "./quicklook.js";

const KIND_KEY = { mesh: "model3d", image: "image", video: "video", audio: "audio", text: "text" };
const kept = new Map(); // item id -> {visual, audio}

function visualFor(m, item) {
  if (kept.has(item.id)) return kept.get(item.id);
  const entry = { visual: null, audio: null };
  if (item.kind === "video") {
    const v = document.createElement("video");
    v.controls = true; v.playsInline = true; v.setAttribute("playsinline", ""); v.preload = "metadata";
    v.className = "thumb";
    if (item.poster) verifiedUrl(m, item.poster).then((u) => (v.poster = u));
    verifiedUrl(m, item.asset).then((u) => (v.src = u));
    for (const [lang, path] of Object.entries(item.captions || {})) {
      const tr = document.createElement("track");
      tr.kind = "captions"; tr.srclang = lang; tr.label = lang.toUpperCase();
      verifiedUrl(m, path).then((u) => (tr.src = u));
      v.appendChild(tr);
    }
    entry.visual = v;
  } else {
    const thumbPath = item.thumbnail || (item.kind === "image" ? item.asset : null);
    if (thumbPath) {
      const img = document.createElement("img");
      img.className = "thumb";
      verifiedUrl(m, thumbPath).then((u) => (img.src = u));
      entry.visual = img;
    }
  }
  if (item.kind === "audio") {
    const a = document.createElement("audio");
    a.controls = true; a.preload = "metadata";
    verifiedUrl(m, item.asset).then((u) => (a.src = u));
    entry.audio = a;
  }
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
      const { visual, audio } = visualFor(m, item);
      if (visual) {
        if (visual.tagName === "IMG") visual.alt = title;
        else visual.setAttribute("aria-label", title);
        if (visual.tagName === "VIDEO") for (const tr of visual.textTracks) tr.mode = tr.language === L ? "showing" : "disabled";
        card.appendChild(visual);
      }
      const body = document.createElement("div");
      body.className = "card-body";
      body.appendChild(el("span", "tag", t(L, KIND_KEY[item.kind])));
      body.appendChild(el("h3", "", title));
      const caption = pick(item.caption, L, langs);
      if (caption) body.appendChild(el("p", "caption", caption));
      const text = pick(item.description, L, langs);
      if (text) body.appendChild(el("p", "", text));
      if (audio) {
        audio.setAttribute("aria-label", title);
        body.appendChild(audio);
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
