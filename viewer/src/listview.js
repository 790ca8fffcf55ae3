// The non-AR view: every marker's items as a list with thumbnails, texts and playable media, for
// visitors who cannot or do not want to hold up a tablet.

import { verifiedUrl } from "./integrity.js";
import { pick, t } from "./i18n.js";

const KIND_KEY = { mesh: "model3d", image: "image", video: "video", audio: "audio", text: "text" };

export function buildList(root, state, { togglePlay }) {
  const L = state.lang, m = state.manifest, langs = state.languages;
  root.replaceChildren();
  const h1 = document.createElement("h1");
  h1.textContent = pick(m.exhibit.title, L, langs);
  root.appendChild(h1);
  const desc = pick(m.exhibit.description, L, langs);
  if (desc) root.appendChild(el("p", "lead", desc));
  for (const marker of m.markers) {
    const sec = document.createElement("section");
    sec.className = "list-marker";
    sec.appendChild(el("h2", "", pick(marker.label, L, langs) || `${t(L, "marker")} ${marker.id}`));
    for (const item of marker.items.filter((it) => it.visible)) {
      const card = document.createElement("article");
      card.className = `card kind-${item.kind}`;
      const thumbPath = item.thumbnail || (item.kind === "image" ? item.asset : null) || item.poster;
      if (thumbPath && item.kind !== "video") {
        const img = document.createElement("img");
        img.alt = pick(item.title, L, langs);
        img.className = "thumb";
        verifiedUrl(m, thumbPath).then((u) => (img.src = u));
        card.appendChild(img);
      }
      if (item.kind === "video") {
        const v = document.createElement("video");
        v.controls = true; v.playsInline = true; v.setAttribute("playsinline", ""); v.preload = "metadata";
        v.className = "thumb";
        v.setAttribute("aria-label", pick(item.title, L, langs));
        if (item.poster) verifiedUrl(m, item.poster).then((u) => (v.poster = u));
        verifiedUrl(m, item.asset).then((u) => (v.src = u));
        for (const [lang, path] of Object.entries(item.captions || {})) {
          const tr = document.createElement("track");
          tr.kind = "captions"; tr.srclang = lang; tr.label = lang.toUpperCase(); tr.default = lang === L;
          verifiedUrl(m, path).then((u) => (tr.src = u));
          v.appendChild(tr);
        }
        card.appendChild(v);
      }
      const body = document.createElement("div");
      body.className = "card-body";
      body.appendChild(el("span", "tag", t(L, KIND_KEY[item.kind])));
      body.appendChild(el("h3", "", pick(item.title, L, langs)));
      const caption = pick(item.caption, L, langs);
      if (caption) body.appendChild(el("p", "caption", caption));
      const text = pick(item.description, L, langs);
      if (text) body.appendChild(el("p", "", text));
      if (item.kind === "audio") {
        const a = document.createElement("audio");
        a.controls = true; a.preload = "metadata";
        a.setAttribute("aria-label", pick(item.title, L, langs));
        verifiedUrl(m, item.asset).then((u) => (a.src = u));
        body.appendChild(a);
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
