// Every file the viewer uses is checked against its SHA-256 in manifest.json, and a signed
// manifest against its Ed25519 signature, before it is shown (boot.js does it for the viewer's
// own code before it runs). The first key seen at an address is remembered (trust on first use):
// a later bundle there signed by another key, or not signed, is refused.

import { sha256Hex, used, verifyEd25519 } from "./crypto_checks.js";

// boot.js, viewer.js and content.js are separate bundles, each with its own copy of this module:
// an IntegrityError thrown by one is one to the others too (a changed file is fatal, a file that
// merely fails to load is not: main.js tells them apart with instanceof).
const INTEGRITY_ERROR = Symbol.for("museum-ar.IntegrityError");
export class IntegrityError extends Error {
  get [INTEGRITY_ERROR]() {
    return true;
  }

  static [Symbol.hasInstance](e) {
    return Boolean(e && e[INTEGRITY_ERROR]);
  }
}

// The checks run everywhere: with WebCrypto where the browser has it (https, localhost), in
// JavaScript over plain http on a LAN address and on Safari < 17 (crypto_checks.js). `by` says which.
export const integrity = { hashes: true, signature: "none", by: used };

const b64decode = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export async function loadManifest(base = "./") {
  const res = await fetch(base + "manifest.json", { cache: "no-cache" });
  if (!res.ok) throw new IntegrityError(`manifest.json: HTTP ${res.status}`);
  const raw = await res.arrayBuffer();
  const manifest = JSON.parse(new TextDecoder().decode(raw));
  if (manifest.format !== "museum-ar-bundle" || manifest.manifest_version !== 1) throw new IntegrityError("not a museum-ar bundle of version 1");
  // The key is pinned per address the exhibit is published at (this folder on this server), not
  // per exhibit id: a replacement with a new id must not start a fresh trust. Pins of earlier
  // viewers (per id) still count.
  const pinKey = `museum-ar.key.${location.origin}${location.pathname.replace(/[^/]*$/, "")}`;
  const pinned = localStorage.getItem(pinKey) || localStorage.getItem(`museum-ar.key.${manifest.exhibit.id}`);
  if (manifest.signature) {
    const sres = await fetch(base + manifest.signature.file, { cache: "no-cache" });
    if (!sres.ok) throw new IntegrityError("the signature file is missing");
    const sig = await sres.arrayBuffer();
    if (!(await verifyEd25519(b64decode(manifest.signature.public_key), sig, raw))) throw new IntegrityError("the signature does not match manifest.json");
    integrity.signature = "verified";
    if (pinned && pinned !== manifest.signature.public_key) throw Object.assign(new IntegrityError("signed by a different key"), { keyChanged: true });
    localStorage.setItem(pinKey, manifest.signature.public_key);
  } else if (pinned) {
    throw Object.assign(new IntegrityError("was signed before and is not signed now"), { keyChanged: true, unsigned: true });
  }
  return manifest;
}

/** Fetch a bundle file and check its hash; returns an ArrayBuffer. */
export async function fetchVerified(manifest, path, base = "./") {
  const entry = manifest.files[path];
  if (!entry) throw new IntegrityError(`${path} is not listed in the manifest`);
  // already fetched and checked against this very manifest by boot.js (while viewer.js started)
  const boot = globalThis.museumArBoot;
  if (boot && boot.manifest === manifest && boot.verified && boot.verified[path] && base === "./") {
    const early = boot.verified[path];
    delete boot.verified[path]; // once: the bytes may be transferred (to the worker)
    return early;
  }
  return checkHashed(manifest, path, fetchHashed(path, base));
}

/** Fetch a file and hash it, before the manifest that says what its hash must be is known (boot.js
 * does this for viewer.js while the manifest's signature is checked); `checkHashed` then holds it
 * to the manifest. Resolves to {buf, digest}. */
export async function fetchHashed(path, base = "./") {
  const res = await fetch(base + path);
  if (!res.ok) throw new IntegrityError(`${path}: HTTP ${res.status}`);
  const buf = await res.arrayBuffer();
  return { buf, digest: await sha256Hex(buf) };
}

/** The bytes of a fetchHashed(path) when their SHA-256 is the manifest's for path, else an
 * IntegrityError. */
export async function checkHashed(manifest, path, hashed) {
  const entry = manifest.files[path];
  if (!entry) throw new IntegrityError(`${path} is not listed in the manifest`);
  const { buf, digest } = await hashed;
  if (digest !== entry.sha256) throw new IntegrityError(`${path} does not match its SHA-256`);
  return buf;
}

const MIME = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp", gif: "image/gif", mp4: "video/mp4", webm: "video/webm", m4v: "video/mp4", mp3: "audio/mpeg", ogg: "audio/ogg", oga: "audio/ogg", wav: "audio/wav", m4a: "audio/mp4", aac: "audio/aac", opus: "audio/ogg", flac: "audio/flac", vtt: "text/vtt", glb: "model/gltf-binary", js: "text/javascript" }; // js: a module import()ed from its checked bytes

/** A blob: URL of a verified file (cached per path, one cache for the page's bundles: a video is
 * fetched and hashed once). */
const urls = (globalThis.museumArVerifiedUrls ??= new Map());
export async function verifiedUrl(manifest, path, base = "./") {
  if (!urls.has(path)) {
    urls.set(path, fetchVerified(manifest, path, base).then((buf) => {
      const ext = path.split(".").pop().toLowerCase();
      return URL.createObjectURL(new Blob([buf], { type: MIME[ext] || "application/octet-stream" }));
    }));
  }
  return urls.get(path);
}
