// Every file the viewer uses is checked against its SHA-256 in manifest.json, and a signed
// manifest against its Ed25519 signature, before it is shown (boot.js does it for the viewer's
// own code before it runs). The first key seen at an address is remembered (trust on first use):
// a later bundle there signed by another key, or not signed, is refused.

export class IntegrityError extends Error {}

// WebCrypto exists only in secure contexts (https, localhost), where the camera works too. On a
// plain-http address the list view still works, unchecked; older Safari (< 17) lacks Ed25519 and
// then checks the hashes but not the signature.
export const integrity = { hashes: !!(globalThis.crypto && crypto.subtle), signature: "none" };

const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
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
  if (manifest.signature && integrity.hashes) {
    const sres = await fetch(base + manifest.signature.file, { cache: "no-cache" });
    if (!sres.ok) throw new IntegrityError("the signature file is missing");
    const sig = await sres.arrayBuffer();
    let key = null;
    try {
      key = await crypto.subtle.importKey("raw", b64decode(manifest.signature.public_key), { name: "Ed25519" }, false, ["verify"]);
    } catch (e) {
      console.warn("this browser cannot check Ed25519 signatures; checking file hashes only", e);
      integrity.signature = "unsupported";
    }
    if (key) {
      const ok = await crypto.subtle.verify({ name: "Ed25519" }, key, sig, raw);
      if (!ok) throw new IntegrityError("the signature does not match manifest.json");
      integrity.signature = "verified";
    }
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
  const res = await fetch(base + path);
  if (!res.ok) throw new IntegrityError(`${path}: HTTP ${res.status}`);
  const buf = await res.arrayBuffer();
  if (!integrity.hashes) return buf;
  const digest = hex(await crypto.subtle.digest("SHA-256", buf));
  if (digest !== entry.sha256) throw new IntegrityError(`${path} does not match its SHA-256`);
  return buf;
}

const MIME = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp", gif: "image/gif", mp4: "video/mp4", webm: "video/webm", m4v: "video/mp4", mp3: "audio/mpeg", ogg: "audio/ogg", oga: "audio/ogg", wav: "audio/wav", m4a: "audio/mp4", aac: "audio/aac", opus: "audio/ogg", flac: "audio/flac", vtt: "text/vtt", glb: "model/gltf-binary" };

/** A blob: URL of a verified file (cached per path). */
const urls = new Map();
export async function verifiedUrl(manifest, path, base = "./") {
  if (!urls.has(path)) {
    urls.set(path, fetchVerified(manifest, path, base).then((buf) => {
      const ext = path.split(".").pop().toLowerCase();
      return URL.createObjectURL(new Blob([buf], { type: MIME[ext] || "application/octet-stream" }));
    }));
  }
  return urls.get(path);
}
