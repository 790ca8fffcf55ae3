// The tablet viewer: loads and checks the bundle, starts the rear camera, tracks markers and
// draws their items; a list view shows the same content without the camera.

import { IntegrityError, integrity, loadManifest, verifiedUrl } from "./integrity.js";
import { requestCamera } from "./camera_request.js";
import { fill, initialLanguage, pick, rememberLanguage, t } from "./i18n.js";
import { WorkerTracker } from "./worker_tracker.js";
import { quickLookSupported, updateQuickLookBar } from "./quicklook.js";
import { overlayContext } from "./gl_context.js";
import { nextTask } from "./tasks.js";

const $ = (id) => document.getElementById(id);
const state = {
  manifest: null, lang: "de", languages: ["de", "en"], tracker: null, scene: null,
  stream: null, devices: [], deviceIndex: 0, media: new Map(), textPanels: [],
  visible: new Set(), lastSeen: new Map(), frames: 0, processed: 0, firstAnchorMs: null,
  timeline: (globalThis.museumArBoot && globalThis.museumArBoot.timeline) || {}, // ms since navigation when each start-up step was done (benchmarks/viewer_runtime.py)
  startMs: 0, trackMs: [], tracked: {}, error: null, listOpen: false,
};
// For tests and benchmarks (headless Chromium reads it through playwright).
window.museumAR = state;
state.integrity = globalThis.museumArBoot ? globalThis.museumArBoot.integrity : integrity;

const LOST_AFTER_S = 0.4;
const PAUSE_AFTER_S = 3; // media of a marker out of view for this long pauses

/**
 * The marker id in a URL fragment. A malformed escape (`#%E0%A4%A`, typed or cut off by a QR
 * reader) names no marker; decodeURIComponent would throw and leave a blank page.
 */
function markerFromFragment(hash) {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return "";
  }
}

const mark = (step) => (state.timeline[step] = Math.round(performance.now()));
const FIRST_FRAME_WAIT_MS = 1000;
let sent1 = null;
const firstSent = new Promise((r) => (sent1 = r));

/** The content's code (content.js: three.js, the scene, the item kinds), imported from its checked
 * bytes on first use. */
function contentCode() {
  if (!state.content) {
    state.content = verifiedUrl(state.manifest, "content.js").then((url) => import(url));
    state.content.catch(() => {}); // reported by whoever waits for it
  }
  return state.content;
}

async function boot() {
  try {
    // boot.js checked the manifest (and this very script) before starting it
    state.manifest = globalThis.museumArBoot ? globalThis.museumArBoot.manifest : await loadManifest();
  } catch (e) {
    return fatal(e instanceof IntegrityError && e.keyChanged ? (e.unsigned ? "unsignedNow" : "keyChanged") : "tampered", e);
  }
  const m = state.manifest;
  state.languages = m.exhibit.languages;
  // Opened from a marker's QR code: the URL's fragment names the marker (markers/payload.py).
  const wanted = markerFromFragment(location.hash);
  state.wantedMarker = m.markers.some((mk) => mk.id === wanted) ? wanted : null;
  state.lang = initialLanguage(state.languages);
  document.title = pick(m.exhibit.title, state.lang, state.languages) || "museum-ar";
  $("btn-lang").addEventListener("click", () => setLanguage(nextLanguage()));
  $("btn-list").addEventListener("click", () => toggleList());
  $("btn-camera").addEventListener("click", () => switchCamera());
  $("btn-retry").addEventListener("click", () => retryCamera());
  // Every tracker parameter comes from the manifest (museum_ar/markers/tracking_params.py);
  // a bundle exported before they were written there cannot track as the desktop does.
  if (!m.tracking) return fatal("outdated", new Error("manifest.json has no tracking parameters"));
  // Browsers do not report the camera's field of view: the bundle's default (65 degrees unless
  // the curator set another at export).
  // The camera and the tracker's worker start first (boot.js asked for the camera and started the
  // worker already; the camera is the slowest to start on a tablet); tracking begins as soon as it
  // runs. The content's code
  // (three.js, content.js) and the content itself come once the first camera frame is with the
  // tracker (its first frame takes the worker longest, and the page's thread waits for it):
  // started before, three.js and building the scene had kept the first frames from the tracker
  // (about 1 s at 4x CPU throttling; started right after the camera, still 0.3 s).
  // A marker found before its content is ready is anchored as soon as the content is there.
  mark("viewer");
  const stream = (globalThis.museumArBoot && globalThis.museumArBoot.camera) || requestCamera();
  state.tracker = await WorkerTracker.create(m, m.markers, m.viewer.hfov_deg || m.tracking.default_hfov_deg, m.tracking);
  mark("tracker");
  applyLanguage();
  $("overlay").addEventListener("click", onTap);
  window.addEventListener("resize", resize);
  registerServiceWorker();
  await startCamera(undefined, stream);
  mark("camera");
  requestAnimationFrame(loop);
  // the first frame sent to the tracker, or a camera that is not there or gives no frames: the content waits no longer
  if (!state.cameraError) await Promise.race([firstSent, new Promise((r) => setTimeout(r, FIRST_FRAME_WAIT_MS))]);
  let content;
  try {
    content = await contentCode(); // fails only when content.js is not the one the manifest lists
  } catch (e) {
    return fatal("tampered", e);
  }
  mark("code");
  // Each step of building the content is a task of its own, so that no one of them holds the
  // page's thread for long (issue #13: evaluating content.js, making the WebGL context and building
  // the items had been one task of 140-170 ms at 1x, the first anchor's frames waiting behind it).
  // The scene now, its renderer once the overlay's WebGL context is set up, while the items are
  // built: the context is made in a task of its own, the canvas hidden until a fence says the GPU
  // process is done with it (made inside three.js's renderer, the page's thread had waited for
  // that; made while content.js loaded, or while the camera started, it had delayed them).
  await nextTask();
  state.scene = new content.ArScene($("overlay"), nextTask().then(() => overlayContext($("overlay"))).then((gl) => (mark("context"), gl)));
  await nextTask();
  resize();
  try {
    await buildScene(content.kindOf); // throws only for a changed file (IntegrityError)
  } catch (e) {
    return fatal("tampered", e);
  }
  state.kinds = content; // the panel and taps use the items' kinds once they are built
  mark("content");
  // the poses of markers found while the content loaded
  for (const [id, r] of Object.entries(state.tracked)) if (state.lastSeen.has(id)) state.scene.setPose(id, r.pose);
  state.redraw = true;
  applyLanguage();
  state.ready = true;
  keepEverythingOffline();
}

function nextLanguage() {
  const i = state.languages.indexOf(state.lang);
  return state.languages[(i + 1) % state.languages.length];
}

function fatal(key, err) {
  console.error(err);
  state.error = String(err && err.message ? err.message : err);
  const box = $("error");
  box.textContent = t(state.lang, key);
  box.hidden = false;
  state.ready = true;
}

async function buildScene(kindOf) { // kinds.js's kindOf(manifest, item), from content.js
  const m = state.manifest, sc = state.scene;
  const jobs = [];
  state.itemErrors = [];
  for (const marker of m.markers) {
    sc.addMarker(marker);
    for (const item of marker.items) {
      // A file that was changed is fatal (IntegrityError); one that merely fails to load leaves
      // the rest of the exhibit working.
      jobs.push(buildItem(kindOf(m, item), item).then((object) => object && sc.prepare(object).catch((e) => console.warn(`item ${item.id} not prepared:`, e)).then(() => ({ marker, item, object })), (e) => {
        if (e instanceof IntegrityError) throw e;
        console.error(`item ${item.id}:`, e);
        state.itemErrors.push({ item: item.id, error: String(e.message || e) });
      }));
    }
  }
  // Each prepared as it is built (textures uploaded, shaders compiling while the next is fetched
  // and built), then all made ready in one pass (their first draw made while the overlay is
  // hidden, scene.js ready) and placed at once: no frame that shows them waits for the GPU.
  const built = (await Promise.all(jobs)).filter(Boolean);
  mark("built"); // built and prepared (their shaders compiling)
  await sc.attached; // (already, unless no item was built)
  // failing, it leaves the content to be drawn as it is (its first frame may wait for the GPU)
  await sc.ready(built.map((b) => b.object)).catch((e) => console.warn("content not made ready before it is shown:", e));
  mark("warmed"); // their first draws made (scene.js ready)
  for (const b of built) sc.placeItem(b.marker.id, b.item, b.object);
  state.programsWhenPlaced = sc.renderer.info.programs.length; // no frame that shows them adds one (tests/viewer)
  state.texturesWhenPlaced = sc.textureIds(); // nor replaces a texture (tests/viewer)
  state.redraw = true;
}

/** The object an item's kind (kinds.js) builds for it, in a task of its own; null for a kind this
 * viewer does not know. */
async function buildItem(kind, item) {
  if (!kind) return console.warn(`item ${item.id}: kind ${item.kind} is not known to this viewer`), null;
  await nextTask();
  return kind.build(kindContext(), item);
}


/** The record of an item's kind (kinds.js, in content.js); none until the content is built. */
function kindOf(item) {
  return state.kinds ? state.kinds.kindOf(state.manifest, item) : null;
}

/** The list view (listview.js, in content.js: it shows the items as their kinds do), once its
 * code is there. */
function showList() {
  contentCode().then((c) => { if (state.listOpen) c.buildList($("list"), state); }, () => {});
}

/** What a kind's record (kinds.js) gets to build its object and fill its panel row. */
function kindContext() {
  return { scene: state.scene, manifest: state.manifest, languages: state.languages, lang: state.lang, media: state.media, textPanels: state.textPanels, mediaElement, togglePlay, t };
}

/** One media element per video/audio item, shared by the AR view's panel. */
async function mediaElement(item, tag) {
  const el = document.createElement(tag);
  el.preload = "metadata";
  el.src = await verifiedUrl(state.manifest, item.asset);
  el.loop = !!item.playback.loop;
  el.controls = tag === "audio";
  el.setAttribute("playsinline", "");
  el.playsInline = true;
  el.setAttribute("aria-label", pick(item.title, state.lang, state.languages));
  for (const [lang, path] of Object.entries(item.captions || {})) {
    const track = document.createElement("track");
    track.kind = "captions"; track.srclang = lang; track.label = lang.toUpperCase();
    track.src = await verifiedUrl(state.manifest, path);
    el.appendChild(track);
  }
  if (tag === "video") {
    el.muted = false;
    el.addEventListener("loadedmetadata", () => applyCaptions(el));
    for (const track of el.textTracks) track.addEventListener("cuechange", () => showCaptions(track));
  }
  state.media.set(item.id, el);
  return el;
}

function applyCaptions(el) {
  for (const track of el.textTracks) track.mode = track.language === state.lang ? "hidden" : "disabled";
}

function showCaptions(track) {
  if (track.mode !== "hidden") return;
  const cues = track.activeCues ? [...track.activeCues].map((c) => c.text) : [];
  $("captions").textContent = cues.join("\n");
  $("captions").hidden = !cues.length;
}

function togglePlay(item) {
  const el = state.media.get(item.id);
  if (!el) return;
  if (el.paused) {
    for (const other of state.media.values()) if (other !== el) other.pause();
    el.play().catch((e) => console.warn(e));
  } else el.pause();
  renderPanel();
}

function onTap(ev) {
  const rect = ev.target.getBoundingClientRect();
  const item = state.scene && state.scene.itemAt(ev.clientX - rect.left, ev.clientY - rect.top);
  if (!item || !item.playback.tap_to_play) return;
  if (kindOf(item) && kindOf(item).media) togglePlay(item);
  else if (state.scene.toggleAnimation(item)) state.redraw = true; // a model's clip: play / pause
}

function markerById(id) {
  return state.manifest.markers.find((m) => m.id === id);
}

/** A marker came into view: start its media marked autoplay (the browser may insist on a tap
 * first; then the panel's controls are there). */
function autoplay(markerId) {
  const marker = markerById(markerId);
  const item = marker && marker.items.find((it) => it.visible && it.playback.autoplay && state.media.has(it.id));
  if (item && state.media.get(item.id).paused) togglePlay(item);
}

function pauseMarkerMedia(markerId) {
  const marker = markerById(markerId);
  for (const it of marker ? marker.items : []) {
    const el = state.media.get(it.id);
    if (el && !el.paused) el.pause();
  }
  renderPanel();
}

// ------------------------------------------------------------------ camera

async function startCamera(deviceId, requested) {
  // the old camera is let go first: a tablet may not open two at once
  if (state.stream) state.stream.getTracks().forEach((tr) => tr.stop());
  const asked = requested || requestCamera(deviceId);
  // a new camera: no picture of the old one stays on screen
  if (state.toDraw && state.toDraw.results.picture) state.toDraw.results.picture.close();
  state.toDraw = null;
  document.body.classList.remove("tracked-frames");
  frameContext().transferFromImageBitmap(null);
  const got = await asked;
  if (got.error) {
    state.cameraError = got.error;
    return toggleList(true);
  }
  state.stream = got.stream;
  state.cameraError = null;
  applyLanguage();
  const el = $("camera");
  el.srcObject = state.stream;
  watchVideoFrames(el);
  await el.play().catch(() => {});
  await new Promise((r) => (el.videoWidth ? r() : el.addEventListener("loadedmetadata", r, { once: true })));
  resize();
  listCameras(); // for the switch button; not on the way to the first picture
}

async function listCameras() {
  const all = await navigator.mediaDevices.enumerateDevices();
  state.devices = all.filter((d) => d.kind === "videoinput");
  $("btn-camera").hidden = state.devices.length < 2;
  const current = state.stream.getVideoTracks()[0].getSettings().deviceId;
  state.deviceIndex = Math.max(0, state.devices.findIndex((d) => d.deviceId === current));
}

/** Ask for the camera again (after the visitor allowed it in the browser's settings); back to
 * the camera view when it works. */
async function retryCamera() {
  await startCamera();
  if (!state.cameraError) toggleList(false);
}

function switchCamera() {
  if (state.devices.length < 2) return;
  state.deviceIndex = (state.deviceIndex + 1) % state.devices.length;
  startCamera(state.devices[state.deviceIndex].deviceId);
}

function resize() {
  const el = $("camera");
  if (!el.videoWidth || !state.tracker || !state.scene) return; // called again once the scene is made
  const K = state.tracker.intrinsics(el.videoWidth, el.videoHeight);
  state.scene.setProjection(K, el.videoWidth, el.videoHeight, window.innerWidth, window.innerHeight);
  state.redraw = true;
}

// ------------------------------------------------------------------ the frame loop

// Track each new camera frame as it arrives (requestVideoFrameCallback where the browser has it;
// otherwise from every animation frame). Tracking starts from the camera's callback, not the next
// animation frame, and a frame that arrived while the tracker was busy is taken as soon as it
// is free: waiting for animation frames had halved the tracked rate (15 of 30 camera frames/s).
let newFrame = true;
let busy = false;
function watchVideoFrames(el) {
  if (!("requestVideoFrameCallback" in HTMLVideoElement.prototype)) return;
  newFrame = false;
  const onFrame = () => {
    newFrame = true;
    el.requestVideoFrameCallback(onFrame);
    trackNewFrame();
  };
  el.requestVideoFrameCallback(onFrame);
}

function trackNewFrame() {
  const el = $("camera");
  if (busy || !newFrame || state.error || state.listOpen || el.readyState < 2 || !el.videoWidth || !state.tracker) return;
  if ("requestVideoFrameCallback" in HTMLVideoElement.prototype) newFrame = false;
  if (state.scene && (state.scene.view.w !== window.innerWidth || state.scene.view.h !== window.innerHeight)) resize();
  busy = true;
  const t0 = performance.now();
  const tSec = t0 / 1000;
  // The tracker also hands back the picture of the frame it tracked (the same camera frame), shown
  // together with the poses found in it, so content and picture agree instead of the content
  // trailing the live video (docs/viewer.md, "No swimming"). Until some content is built there is
  // nothing to keep in step with: the live video shows, and the page's thread is left to building
  // the content (at 4x CPU throttling the pictures of the first frames had delayed it).
  const sent = state.tracker.process(el, tSec, Boolean(state.scene && state.scene.hasContent()));
  sent1(); // the first frame is with the tracker: the page's thread is free until it answers
  sent.then((results) => {
    state.trackMs.push(performance.now() - t0);
    if (state.trackMs.length > 120) state.trackMs.shift();
    if (!state.processed++) mark("tracked");
    // Drawn at the next animation frame, picture and poses together; a tracked frame that was not
    // drawn yet gives way to a newer one. Tracking no longer waits for the drawing: at 4x CPU
    // throttling drawing each frame before tracking the next had held it under 20 frames/s.
    if (state.toDraw && state.toDraw.results.picture) state.toDraw.results.picture.close();
    state.toDraw = { results, tSec };
  }).catch((e) => console.error(e)).finally(() => {
    busy = false;
    trackNewFrame(); // a frame that came while this one was tracked
  });
}

// The scene is drawn when something in it changed (new poses with their camera picture, the
// view's size, the language of its labels), and in every animation frame while a model's animation
// or a video runs. Drawing every animation frame regardless had drawn it twice per camera frame,
// which at 4x CPU throttling took the page's thread from tracking (state.frames counts draws).
function loop() {
  requestAnimationFrame(loop);
  trackNewFrame();
  const tracked = state.toDraw;
  if (tracked) {
    state.toDraw = null;
    drawTrackedFrame(tracked.results.picture);
    applyTracking(tracked.results, tracked.tSec);
  }
  if (!state.scene || (!state.redraw && !liveContent())) return;
  if (!state.scene.render()) return; // not now (its content's first draw is made): again next frame
  state.redraw = false;
  state.frames++;
}

function liveContent() {
  if (state.scene.mixers && state.scene.mixers.length) return true;
  for (const el of state.media.values()) if (el.tagName === "VIDEO" && !el.paused) return true;
  return false;
}

/** The tracked frame's picture (an ImageBitmap, made in the tracker's worker) becomes #frame's
 * content as it is, without a copy (ImageBitmapRenderingContext); the canvas is cropped to fill
 * the screen as the video was by CSS (object-fit: cover). Drawing it into a 2D canvas here had
 * been the page thread's longest task per frame at 4x CPU throttling. The first one hides the
 * live video. */
function drawTrackedFrame(bitmap) {
  if (!bitmap) return;
  const canvas = $("frame");
  if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) { canvas.width = bitmap.width; canvas.height = bitmap.height; }
  frameContext().transferFromImageBitmap(bitmap); // the bitmap is the canvas's now (detached)
  state.framesDrawn = (state.framesDrawn || 0) + 1;
  document.body.classList.add("tracked-frames");
}

function frameContext() {
  if (!state.frameContext) state.frameContext = $("frame").getContext("bitmaprenderer");
  return state.frameContext;
}

function applyTracking(results, tSec) {
  // the scene is drawn again for new poses and for a marker hidden; with no marker in view it is
  // left as it is (empty), its canvas untouched
  if (results.length) state.redraw = true;
  for (const r of results) {
    if (state.scene) state.scene.setPose(r.id, r.pose);
    state.lastSeen.set(r.id, tSec);
    state.tracked[r.id] = { pose: r.pose, corners: r.corners, score: r.score, err: r.err, t: r.raw.t, R: r.raw.R, time: tSec };
    if (state.firstAnchorMs === null) state.firstAnchorMs = performance.now() - state.startMs;
  }
  for (const [id, seen] of state.lastSeen) {
    if (tSec - seen > LOST_AFTER_S) { if (state.scene) state.scene.setPose(id, null); state.lastSeen.delete(id); delete state.tracked[id]; state.redraw = true; }
  }
  state.lastAnySeen = state.lastAnySeen || new Map();
  for (const r of results) {
    if (!state.lastAnySeen.has(r.id) || tSec - state.lastAnySeen.get(r.id) > PAUSE_AFTER_S) autoplay(r.id);
    state.lastAnySeen.set(r.id, tSec);
  }
  for (const [id, seen] of state.lastAnySeen) {
    if (tSec - seen > PAUSE_AFTER_S) { pauseMarkerMedia(id); state.lastAnySeen.delete(id); }
  }
  const visible = [...state.lastSeen.keys()].sort().join(",");
  if (visible !== state.visibleKey) { state.visibleKey = visible; renderPanel(); }
}

// ------------------------------------------------------------------ UI

function setLanguage(lang) {
  state.lang = lang;
  rememberLanguage(lang);
  applyLanguage();
}

function applyLanguage() {
  const L = state.lang, m = state.manifest;
  document.documentElement.lang = L;
  document.title = pick(m.exhibit.title, L, state.languages) || "museum-ar";
  $("title").textContent = document.title;
  const next = nextLanguage();
  const btn = $("btn-lang");
  btn.textContent = next.toUpperCase();
  btn.setAttribute("aria-label", t(L, "switchLanguageLabel"));
  btn.title = t(L, "switchLanguageLabel");
  $("btn-list").textContent = state.listOpen ? t(L, "ar") : t(L, "list");
  $("btn-list").setAttribute("aria-label", state.listOpen ? t(L, "arLabel") : t(L, "listLabel"));
  $("btn-camera").setAttribute("aria-label", t(L, "switchCamera"));
  $("btn-camera").title = t(L, "switchCamera");
  const wanted = state.wantedMarker && markerById(state.wantedMarker);
  if (!state.cameraError) $("hint").textContent = wanted ? fill(t(L, "hintMarker"), { label: pick(wanted.label, L, state.languages) || wanted.id }) : t(L, "hint");
  else $("hint").textContent = t(L, state.cameraError === "NotAllowedError" ? "cameraDenied" : "noCamera");
  // The camera problem in words a visitor understands, above the list, with a retry.
  $("camera-problem").hidden = !state.cameraError;
  $("camera-problem-text").textContent = t(L, state.cameraError === "NotAllowedError" ? "cameraDeniedHelp" : "noCameraHelp");
  $("btn-retry").textContent = t(L, "retryCamera");
  for (const p of state.textPanels) p.draw(L);
  state.redraw = true;
  for (const el of state.media.values()) if (el.tagName === "VIDEO") applyCaptions(el);
  renderPanel();
  if (state.listOpen) showList();
}

function renderPanel() {
  updateQuickLookBar(state);
  const panel = $("panel"), L = state.lang, m = state.manifest;
  const ids = [...state.lastSeen.keys()];
  $("hint").hidden = ids.length > 0 || state.listOpen;
  panel.replaceChildren();
  panel.hidden = !ids.length || state.listOpen;
  for (const marker of m.markers.filter((mk) => ids.includes(mk.id))) {
    const h = document.createElement("h2");
    h.textContent = pick(marker.label, L, state.languages) || marker.id;
    panel.appendChild(h);
    // the panel carries texts and controls; kinds without a panel row (meshes, images) speak for
    // themselves in the scene
    const ctx = kindContext();
    for (const item of marker.items.filter((it) => it.visible && kindOf(it) && kindOf(it).panel)) {
      const row = document.createElement("div");
      row.className = "panel-item";
      const title = document.createElement("h3");
      title.textContent = pick(item.title, L, state.languages);
      row.appendChild(title);
      kindOf(item).panel(ctx, item, row, L);
      panel.appendChild(row);
    }
  }
}

function toggleList(open = !state.listOpen) {
  // "Kamera" without a camera would show black: ask for it again instead
  if (!open && state.cameraError) { if (!toggleList.retrying) { toggleList.retrying = true; retryCamera().finally(() => (toggleList.retrying = false)); } return; }
  state.listOpen = open;
  $("list").hidden = !open;
  $("app").classList.toggle("list-open", open);
  if (open) showList();
  applyLanguage();
  const section = open && state.wantedMarker && document.getElementById(`marker-${state.wantedMarker}`);
  if (section) section.scrollIntoView({ block: "start" });
}

function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(quickLookSupported() ? "sw.js?ar=1" : "sw.js").then(
    (reg) => { state.serviceWorker = "registered"; reg.addEventListener("updatefound", () => (state.serviceWorker = "updating")); },
    (e) => { state.serviceWorker = "failed: " + e.message; },
  );
  // A page that an older worker served shows the old export's texts. When the re-published
  // exhibit's worker takes over (sw.js is versioned by the whole manifest), load it once more so
  // a returning visitor sees the current texts now, not on the visit after.
  const servedByOldWorker = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (servedByOldWorker) location.reload();
  });
  navigator.serviceWorker.addEventListener("message", (e) => {
    if (e.data && e.data.precached) state.serviceWorker = "cached";
    if (e.data && e.data.precacheFailed) state.serviceWorker = "precache failed: " + e.data.precacheFailed;
  });
}

/** Once the exhibit is up: the page has fetched what it shows (through the HTTP cache, or kept by
 * the worker as it passed); now the worker keeps every file, each revalidated or fetched once.
 * Asked only now so that it never fetches a file the page is still loading. */
function keepEverythingOffline() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.ready.then((reg) => reg.active && reg.active.postMessage("precache"));
}

boot();
