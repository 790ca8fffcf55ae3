// museum-ar service worker: on the first visit it caches every file of the bundle (listed in
// manifest.json), so the exhibit keeps working when the museum's Wi-Fi drops. A new export
// changes BUNDLE below (a hash of the whole manifest: files and texts), which installs a fresh
// cache and drops the old one.
const BUNDLE = "__BUNDLE_ID__";
const CACHE = "museum-ar-" + BUNDLE;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const res = await fetch("manifest.json", { cache: "no-cache" });
    const manifest = await res.json();
    // USDZ scenes (several MB each) only for devices that open them: AR Quick Look on iOS/iPadOS,
    // which registers this worker as sw.js?ar=1 (quicklook.js).
    const withUsdz = new URL(self.location.href).searchParams.has("ar");
    const urls = ["./", "manifest.json", ...Object.keys(manifest.files).filter((u) => withUsdz || !u.endsWith(".usdz"))];
    if (manifest.signature) urls.push(manifest.signature.file);
    const cache = await caches.open(CACHE);
    await cache.addAll(urls.map((u) => new Request(u, { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith("museum-ar-") && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (!hit) {
      try { return await fetch(req); } catch (e) { return new Response("offline", { status: 503 }); }
    }
    const range = req.headers.get("range");
    if (!range) return hit;
    // Media elements ask for byte ranges (Safari insists on 206 answers).
    const buf = await hit.arrayBuffer();
    const m = /bytes=(\d*)-(\d*)/.exec(range);
    const start = m && m[1] ? Number(m[1]) : 0;
    const end = m && m[2] ? Math.min(Number(m[2]), buf.byteLength - 1) : buf.byteLength - 1;
    return new Response(buf.slice(start, end + 1), {
      status: 206,
      headers: { "Content-Type": hit.headers.get("Content-Type") || "application/octet-stream", "Content-Range": `bytes ${start}-${end}/${buf.byteLength}`, "Content-Length": String(end - start + 1) },
    });
  })());
});
