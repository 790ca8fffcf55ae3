// AR Quick Look on iPad / iPhone: per marker, an "Open in AR" link to the bundle's USDZ
// (export/usdz.py), which ARKit anchors on the printed marker itself, and a "place on a table"
// link to the variant without anchor. Offered beside the viewer's own tracking, only where
// Safari says it can open `rel="ar"` links; other systems see nothing of it.
//
// Safari opens Quick Look straight from the page only when the <a rel="ar"> holds exactly one
// <img>; the visible words are a button beside it that clicks the link. Video and sound are not
// in the USDZ: the note says they play here.

import { fill, pick, t } from "./i18n.js";

export function quickLookSupported() {
  const a = document.createElement("a");
  return !!(a.relList && a.relList.supports && a.relList.supports("ar"));
}

function arLink(href, imgSrc, label) {
  const a = document.createElement("a");
  a.rel = "ar";
  a.href = href;
  a.className = "ql-link";
  a.setAttribute("aria-label", label);
  const img = document.createElement("img");
  img.src = imgSrc;
  img.alt = label;
  a.appendChild(img);
  return a;
}

/** A row with the marker's Quick Look links in `lang`, or null (no USDZ, or not Safari on iOS). */
export function quickLookRow(marker, lang, languages) {
  if (!marker.usdz || !quickLookSupported()) return null;
  const anchored = pick(marker.usdz.anchored, lang, languages);
  const table = pick(marker.usdz.table, lang, languages);
  if (!anchored) return null;
  const name = pick(marker.label, lang, languages) || marker.id;
  const row = document.createElement("div");
  row.className = "quicklook";
  row.dataset.marker = marker.id;
  const link = arLink(anchored, marker.image, fill(t(lang, "openArLabel"), { label: name }));
  row.appendChild(link);
  const open = document.createElement("button");
  open.className = "btn ql-open";
  open.textContent = t(lang, "openAr");
  open.addEventListener("click", () => link.click());
  row.appendChild(open);
  if (table) {
    const tableLink = arLink(table, marker.image, fill(t(lang, "placeOnTableLabel"), { label: name }));
    tableLink.hidden = true; // reached through its button
    row.appendChild(tableLink);
    const place = document.createElement("button");
    place.className = "btn ql-table";
    place.textContent = t(lang, "placeOnTable");
    place.addEventListener("click", () => tableLink.click());
    row.appendChild(place);
  }
  // what Quick Look leaves out (video, sound) and what it shows still (export/usdz.py carries
  // animated models at rest): said where they play
  for (const [ids, text] of [[marker.usdz.omitted, "arOmitted"], [marker.usdz.still, "arStill"]]) {
    if (!ids || !ids.length) continue;
    const note = document.createElement("p");
    note.className = "ql-note";
    note.textContent = t(lang, text);
    row.appendChild(note);
  }
  return row;
}

/** The bar over the camera: links for the marker the visitor came for (QR fragment) or sees. */
export function updateQuickLookBar(state) {
  let bar = document.getElementById("quicklook-bar");
  if (!quickLookSupported() || state.listOpen) {
    if (bar) bar.hidden = true;
    return;
  }
  if (!bar) {
    bar = document.createElement("nav");
    bar.id = "quicklook-bar";
    bar.className = "quicklook-bar";
    document.getElementById("app").appendChild(bar);
  }
  const ids = new Set(state.lastSeen.keys());
  if (state.wantedMarker) ids.add(state.wantedMarker);
  const rows = state.manifest.markers.filter((m) => ids.has(m.id)).map((m) => quickLookRow(m, state.lang, state.languages)).filter(Boolean);
  bar.replaceChildren(...rows);
  bar.hidden = rows.length === 0;
}
