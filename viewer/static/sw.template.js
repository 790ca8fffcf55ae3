// museum-ar service worker: keeps every file of the bundle (listed in manifest.json) so the
// exhibit works when the museum's Wi-Fi drops. A new export changes BUNDLE below (a hash of the
// whole manifest: files and texts), which makes a fresh cache and drops the old one.
//
// Each file crosses the network once. The page does not wait for this worker: it starts at once
// and fetches what it shows through the browser's HTTP cache. Installing keeps nothing (fetching
// the shell here would race the page for viewer.js and send it twice); once this worker is in
// control, every file the page asks for is kept as it passes through; once the exhibit is up the
// page asks ("precache") for the rest: the shell, what the page fetched before this worker took
// over (revalidated: 304, no body) and what it has not asked for yet (videos not played, other
// languages' captions). Byte ranges (video, audio) are answered from the kept file by slicing it
// as a Blob, without reading the whole video into memory.
const BUNDLE = "__BUNDLE_ID__";
const CACHE = "museum-ar-" + BUNDLE;
const SHELL = ["./", "index.html", "boot.js", "viewer.js", "viewer.css", "manifest.json", "app.webmanifest", "icon.svg"];

const fresh = (u) => new Request(u, { cache: "no-cache" });

self.addEventListener("install", (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith("museum-ar-") && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

/** The bundle files not kept yet, fetched once each. USDZ scenes (several MB each) only for
 * devices that open them: AR Quick Look on iOS/iPadOS registers this worker as sw.js?ar=1. */
async function precacheRest() {
  const cache = await caches.open(CACHE);
  // Kept when the page fetched it through this worker; else revalidated now. Never fetched again
  // once kept: a re-published manifest belongs to the next worker's cache, not to this one's files.
  if (!(await cache.match("manifest.json"))) await keep(cache, fresh("manifest.json"));
  const manifest = await (await cache.match("manifest.json")).json();
  const withUsdz = new URL(self.location.href).searchParams.has("ar");
  const wanted = SHELL.filter((u) => u === "./" || u in manifest.files).concat(Object.keys(manifest.files));
  if (manifest.signature) wanted.push(manifest.signature.file);
  for (const u of new Set(wanted)) {
    // sw.js too: boot.js checks it against the manifest on every start, offline included
    if (!withUsdz && u.endsWith(".usdz")) continue;
    if (!(await cache.match(u))) await keep(cache, fresh(u));
  }
}

// A file asked for twice at once (a picture in the list and in the scene) is fetched once.
const inflight = new Map();

async function keep(cache, req) {
  const key = new URL(req.url).pathname;
  if (inflight.has(key)) {
    await inflight.get(key);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
  }
  const pending = fetch(req).then(async (res) => {
    if (res.ok && res.status === 200) await cache.put(req.url, res.clone());
    return res;
  });
  inflight.set(key, pending.catch(() => null));
  try {
    return await pending;
  } finally {
    inflight.delete(key);
  }
}

self.addEventListener("message", (event) => {
  if (event.data !== "precache") return;
  event.waitUntil(precacheRest().then(
    () => event.source && event.source.postMessage({ precached: BUNDLE }),
    (e) => event.source && event.source.postMessage({ precacheFailed: String(e) }),
  ));
});

function rangeAnswer(blob, range, type) {
  const m = /bytes=(\d*)-(\d*)/.exec(range);
  const size = blob.size;
  let start = m && m[1] ? Number(m[1]) : 0;
  let end = m && m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  if (m && !m[1] && m[2]) { start = Math.max(0, size - Number(m[2])); end = size - 1; } // suffix range
  if (start >= size || start > end) return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  return new Response(blob.slice(start, end + 1), {
    status: 206,
    headers: { "Content-Type": type, "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": String(end - start + 1), "Accept-Ranges": "bytes" },
  });
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    const range = req.headers.get("range");
    if (hit) {
      if (!range) return hit;
      // Media elements ask for byte ranges (Safari insists on 206 answers); a Blob slice reads
      // only those bytes.
      return rangeAnswer(await hit.blob(), range, hit.headers.get("Content-Type") || "application/octet-stream");
    }
    try {
      if (range) return await fetch(req); // a part of a file not kept yet: precacheRest keeps it whole
      return await keep(cache, req);
    } catch (e) {
      return new Response("offline", { status: 503 });
    }
  })());
});
