// The first script the page runs (index.html loads only this). It checks the exhibit before any
// of the viewer's own code runs: manifest.json against its signature and the key this address
// was first seen with (integrity.js), then viewer.js, viewer.css, index.html and sw.js against
// their SHA-256 in the manifest. Only a viewer.js that matches is started (from the checked
// bytes, so what runs is what was checked); anything else is refused in words a visitor reads.
// What this can and cannot protect against: docs/export.md, "Trust".
import { IntegrityError, fetchVerified, integrity, loadManifest } from "./integrity.js";
import { t } from "./i18n.js";
import { quickLookSupported } from "./quicklook.js";
import { requestCamera } from "./camera_request.js";

const CHECKED_PAGE_FILES = ["index.html", "viewer.css", "sw.js", "app.webmanifest"];

export function refusalKey(e) {
  if (!(e instanceof IntegrityError) || !e.keyChanged) return "tampered";
  return e.unsigned ? "unsignedNow" : "keyChanged";
}

let camera = null;

function refuse(key, err) {
  console.error(err);
  // nothing is shown: the camera asked for at the start is let go
  if (camera) camera.then((c) => c.stream && c.stream.getTracks().forEach((tr) => tr.stop()));
  const lang = (navigator.language || "de").slice(0, 2) === "en" ? "en" : "de";
  const box = document.getElementById("error");
  box.textContent = t(lang, key);
  box.hidden = false;
  // the same shape the viewer publishes, so a test (or a curious curator) can read why
  window.museumAR = { ready: true, error: String((err && err.message) || err), integrity, refusedBy: "boot" };
}

/** The service worker first (sw.template.js): with it in control, every file the viewer fetches
 * passes through it and is kept, so each crosses the network once. On a first visit this waits
 * for it to take over (it has fetched only the page itself by then); a returning visitor's worker
 * is in control already. Without one (plain http, blocked) the viewer starts anyway, checked. */
async function workerInControl() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  try {
    await navigator.serviceWorker.register(quickLookSupported() ? "sw.js?ar=1" : "sw.js");
    if (navigator.serviceWorker.controller) return;
    await Promise.race([
      new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true })),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
  } catch (e) {
    console.warn("no service worker: the exhibit will not work offline", e);
  }
}

const timeline = {}; // ms since navigation when each step was done (window.museumAR.timeline)
const mark = (step) => (timeline[step] = Math.round(performance.now()));

async function start() {
  mark("boot");
  camera = requestCamera();
  await workerInControl();
  mark("serviceWorker");
  let manifest;
  try {
    manifest = await loadManifest();
    mark("manifest");
  } catch (e) {
    return refuse(refusalKey(e), e);
  }
  let code;
  try {
    code = await fetchVerified(manifest, "viewer.js");
    for (const f of CHECKED_PAGE_FILES) if (manifest.files[f]) await fetchVerified(manifest, f);
  } catch (e) {
    return refuse("tampered", e);
  }
  mark("checked");
  // the viewer uses this manifest (no second fetch that could be swapped) and this check's result
  globalThis.museumArBoot = { manifest, integrity, timeline, camera };
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  return import(url);
}

start();
