// The first script the page runs (index.html loads only this). It checks the exhibit before any
// of the viewer's own code runs: manifest.json against its signature and the key this address
// was first seen with (integrity.js), then viewer.js, viewer.css, index.html and sw.js against
// their SHA-256 in the manifest. Only a viewer.js that matches is started (from the checked
// bytes, so what runs is what was checked); anything else is refused in words a visitor reads.
// What this can and cannot protect against: docs/export.md, "Trust".
import { IntegrityError, checkHashed, fetchHashed, fetchVerified, integrity, loadManifest } from "./integrity.js";
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

/** The service worker (sw.template.js) is registered, not waited for: on a first visit it takes
 * over while the viewer starts (waiting for it had cost 0.5-1 s before the first anchor). What the
 * page fetches before that goes through the browser's HTTP cache; once the exhibit is up, the
 * page asks the worker to keep every file (main.js), which revalidates what the page already has
 * (304, no body), so each file still crosses the network once. Without one (plain http, blocked)
 * the viewer works the same, only not offline. */
function registerWorker() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  // A returning visitor's worker is in control: whether a newer export replaces it is asked by
  // main.js once this start is checked (a new worker taking over mid-check would mix the old
  // export's manifest with the new one's files, and main.js reloads the page when it takes over).
  if (navigator.serviceWorker.controller) return;
  navigator.serviceWorker.register(quickLookSupported() ? "sw.js?ar=1" : "sw.js").catch((e) => {
    console.warn("no service worker: the exhibit will not work offline", e);
  });
}

/** A check failed on a page a worker served: perhaps the exhibit was re-published, and the
 * worker mixed the old export's kept files with the new one's (a visit that ended before the
 * worker had kept every file). If a newer worker exists, let it take over and load the page once
 * more; true when that happens. Tried once per visit, so a tampered bundle is still refused. */
async function newerExportTakesOver() {
  if (!("serviceWorker" in navigator) || !navigator.serviceWorker.controller) return false;
  if (sessionStorage.getItem("museum-ar.retried")) return false;
  try {
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) return false;
    await reg.update();
    const incoming = reg.installing || reg.waiting;
    if (!incoming) return false;
    sessionStorage.setItem("museum-ar.retried", "1");
    await Promise.race([
      new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true })),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
    location.reload();
    return true;
  } catch (e) {
    return false;
  }
}

// The files of the items the viewer builds into the scene at the start (main.js buildScene: every
// marker's items whose kind is shown as a mesh or an image, kinds.js); videos and sounds are fetched
// when their elements ask.
const sceneAssets = (m) => new Set(m.markers.flatMap((mk) => mk.items).filter((it) => ["mesh", "image"].includes(((m.kinds || {})[it.kind] || {}).shown_as || it.kind) && m.files[it.asset]).map((it) => it.asset));

const timeline = {}; // ms since navigation when each step was done (window.museumAR.timeline)
const mark = (step) => (timeline[step] = Math.round(performance.now()));

async function start() {
  mark("boot");
  camera = requestCamera();
  camera.then(() => mark("stream")); // allowed (or refused) by the visitor
  registerWorker();
  // The viewer's code (preloaded by index.html) and the tracker's are fetched and hashed while the
  // manifest's signature is checked; they are held to the manifest's hashes once it is.
  const early = { "viewer.js": fetchHashed("viewer.js"), "tracker_worker.js": fetchHashed("tracker_worker.js") };
  for (const p of Object.values(early)) p.catch(() => {}); // judged below, against the manifest
  let manifest;
  try {
    manifest = await loadManifest();
    mark("manifest");
  } catch (e) {
    if (refusalKey(e) === "tampered" && (await newerExportTakesOver())) return;
    return refuse(refusalKey(e), e);
  }
  let code;
  try {
    // side by side: one after the other, each a round trip, they had taken 0.1-1 s
    const page = CHECKED_PAGE_FILES.filter((f) => manifest.files[f]).map((f) => fetchVerified(manifest, f));
    [code] = await Promise.all([checkHashed(manifest, "viewer.js", early["viewer.js"]), ...page]);
  } catch (e) {
    if (await newerExportTakesOver()) return;
    return refuse("tampered", e);
  }
  sessionStorage.removeItem("museum-ar.retried");
  mark("checked");
  // The tracker's worker, fetched and hashed above, is checked now and started from its checked
  // bytes before viewer.js runs: its code compiles on its own thread while viewer.js starts (it had
  // waited for viewer.js to start it). The content's code is checked too; the viewer's
  // fetchVerified takes these checked bytes.
  const verified = {};
  let worker = null;
  if (manifest.files["tracker_worker.js"]) {
    worker = checkHashed(manifest, "tracker_worker.js", early["tracker_worker.js"]).then((buf) => new Worker(URL.createObjectURL(new Blob([buf], { type: "text/javascript" }))));
    worker.catch(() => {}); // a failure is the viewer's to report (WorkerTracker.create)
  }
  // The content's code (three.js; the viewer imports it once the first frame is tracked) is fetched
  // now, not with the others: asked for at the start, its 0.66 MB had delayed manifest.json.
  if (manifest.files["content.js"]) verified["content.js"] = checkHashed(manifest, "content.js", fetchHashed("content.js"));
  // The models and pictures the scene is built from follow once content.js is in (not beside it:
  // on a slow network they would share its bandwidth): the viewer builds them once the first frame
  // is tracked, and fetched only then, the content had been there 0.1-0.3 s later (issue #13).
  const assets = (verified["content.js"] || Promise.resolve()).catch(() => {});
  for (const path of sceneAssets(manifest)) {
    verified[path] = assets.then(() => checkHashed(manifest, path, fetchHashed(path)));
  }
  for (const p of Object.values(verified)) p.catch(() => {}); // a failure is the viewer's to report, when it asks
  // the viewer uses this manifest (no second fetch that could be swapped) and this check's result
  globalThis.museumArBoot = { manifest, integrity, timeline, camera, verified, worker };
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  return import(url);
}

start();
