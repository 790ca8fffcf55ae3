// What the viewer does per kind of item: one record per way of showing a kind (the viewer's part of
// the item-kind registry, museum_ar/core/item_kinds.py SHOWN_AS); the manifest says how each kind
// is shown (`manifest.kinds[kind].shown_as`, kindOf below), so a new kind shown as an existing one
// changes nothing here. main.js and listview.js look a kind up here and never switch on its name;
// tests/core/test_item_kinds.py fails when a presentation of the Python registry is missing here.
// The kind's name (German, English) is not here either: the manifest carries it from the kind's
// core record (`manifest.kinds`, kindLabel below).
//
// A record has:
//   build(ctx, item)           -> Promise of the THREE.Object3D the AR view places on the marker
//   media                      "video" | "audio" when the item plays in a media element (made by
//                              ctx.mediaElement; tap to play and autoplay apply), else absent
//   panel(ctx, item, row, L)   fills its row in the panel under the AR view (texts, controls);
//                              absent: it speaks for itself in the scene and has no row
//   listVisual(m, item)        the picture of its list card (default: its thumbnail)
//   listControls(m, item)      an element under the card's texts (a player), or absent
// ctx (main.js kindContext): { scene, manifest, languages, lang, media, textPanels, mediaElement, togglePlay, t }

import * as THREE from "three";
import { fetchVerified, verifiedUrl } from "./integrity.js";
import { pick } from "./i18n.js";

export const KINDS = {
  mesh: {
    async build(ctx, item) {
      return ctx.scene.loadMesh(await fetchVerified(ctx.manifest, item.asset));
    },
  },
  image: {
    async build(ctx, item) {
      const tex = await new THREE.TextureLoader().loadAsync(await verifiedUrl(ctx.manifest, item.asset));
      return ctx.scene.imageQuad(tex, item.aspect || tex.image.width / tex.image.height);
    },
    listVisual: (m, item) => thumbnail(m, item.thumbnail || item.asset), // the picture itself when there is no thumbnail
  },
  video: {
    media: "video",
    async build(ctx, item) {
      const video = await ctx.mediaElement(item, "video");
      let tex = new THREE.VideoTexture(video);
      if (item.poster) tex = await new THREE.TextureLoader().loadAsync(await verifiedUrl(ctx.manifest, item.poster));
      const quad = ctx.scene.imageQuad(tex, item.aspect || 16 / 9);
      video.addEventListener("play", () => { quad.material.map = new THREE.VideoTexture(video); quad.material.map.colorSpace = THREE.SRGBColorSpace; quad.material.needsUpdate = true; }, { once: true });
      return quad;
    },
    panel(ctx, item, row, L) {
      const el = ctx.media.get(item.id);
      const b = document.createElement("button");
      b.className = "btn play";
      b.textContent = el && !el.paused ? "❚❚ " + ctx.t(L, "pause") : "▶ " + ctx.t(L, "play");
      b.setAttribute("aria-label", `${b.textContent}: ${pick(item.title, L, ctx.languages)}`);
      b.addEventListener("click", () => ctx.togglePlay(item));
      row.appendChild(b);
    },
    listVisual(m, item) {
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
      return v;
    },
  },
  audio: {
    media: "audio",
    async build(ctx, item) {
      await ctx.mediaElement(item, "audio");
      const label = ctx.scene.textPanel(item, ctx.languages, { audio: true, lang: ctx.lang }); // a ♪ label where it is placed
      ctx.textPanels.push(label);
      return label.mesh;
    },
    panel(ctx, item, row) {
      row.appendChild(ctx.media.get(item.id));
    },
    listControls(m, item) {
      const a = document.createElement("audio");
      a.controls = true; a.preload = "metadata";
      verifiedUrl(m, item.asset).then((u) => (a.src = u));
      return a;
    },
  },
  text: {
    async build(ctx, item) {
      const panel = ctx.scene.textPanel(item, ctx.languages, { lang: ctx.lang });
      ctx.textPanels.push(panel);
      return panel.mesh;
    },
    panel(ctx, item, row, L) {
      const p = document.createElement("p");
      p.textContent = pick(item.description, L, ctx.languages);
      row.appendChild(p);
    },
  },
};

/** The record of how an item's kind is shown (the manifest's `kinds`; a bundle without it: the
 * kind itself), or null for one this viewer does not know (the item is skipped). */
export function kindOf(manifest, item) {
  const entry = kindEntry(manifest, item.kind);
  const shownAs = (entry && entry.shown_as) || item.kind;
  return Object.prototype.hasOwnProperty.call(KINDS, shownAs) ? KINDS[shownAs] : null;
}

function kindEntry(manifest, kind) {
  return manifest && manifest.kinds && Object.prototype.hasOwnProperty.call(manifest.kinds, kind) ? manifest.kinds[kind] : null;
}

/** The name of a kind in `lang`, from the manifest (the kind's core record), else the kind itself. */
export function kindLabel(manifest, kind, lang, languages) {
  const entry = kindEntry(manifest, kind);
  return (entry && pick(entry.label, lang, languages)) || kind;
}

/** A list card's picture: an <img> of a bundle file, or null without one. */
export function thumbnail(m, path) {
  if (!path) return null;
  const img = document.createElement("img");
  img.className = "thumb";
  verifiedUrl(m, path).then((u) => (img.src = u));
  return img;
}
