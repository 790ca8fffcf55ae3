// SHA-256 and Ed25519 for the integrity checks, wherever the viewer runs. WebCrypto is used where
// the browser offers it; it exists only in secure contexts (https, localhost), so a tablet that
// opens the exhibit over plain http on the museum's LAN, or a Safari older than 17 (no Ed25519 in
// WebCrypto), would otherwise check nothing. There the audited pure-JS implementations of the
// noble project do the same checks: slower, but the verdict is the same.
import { sha512, sha256 } from "@noble/hashes/sha2.js";
import * as ed from "@noble/ed25519";

ed.hashes.sha512 = sha512;

const subtle = globalThis.crypto && globalThis.crypto.subtle;

/** Which implementation checks ("webcrypto" or "js") and the time spent in the checks so far
 * (shown in window.museumAR.integrity.by; benchmarks/viewer_checks.py reads it). */
// boot.js and viewer.js are separate bundles, each with its own copy of this module: one record
// on the page counts the checks of both.
export const used = (globalThis.museumArChecks ??= { hash: subtle ? "webcrypto" : "js", signature: null, ms: 0 });
const timed = async (work) => {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    used.ms += performance.now() - t0;
  }
};

const hex = (bytes) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

// A video of tens of MB is hashed in slices with a pause between, so the page stays responsive.
const SLICE = 4 << 20;

export const sha256Hex = (buf) => timed(() => sha256HexNow(buf));
export const verifyEd25519 = (publicKey, sig, message) => timed(() => verifyNow(publicKey, sig, message));

async function sha256HexNow(buf) {
  if (subtle) return hex(new Uint8Array(await subtle.digest("SHA-256", buf)));
  const bytes = new Uint8Array(buf), h = sha256.create();
  for (let at = 0; at < bytes.length; at += SLICE) {
    h.update(bytes.subarray(at, at + SLICE));
    if (at + SLICE < bytes.length) await new Promise((r) => setTimeout(r, 0));
  }
  return hex(h.digest());
}

/** True when sig is a valid Ed25519 signature of message by the raw 32-byte publicKey. */
async function verifyNow(publicKey, sig, message) {
  if (subtle) {
    let key = null;
    try {
      key = await subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
    } catch (e) {
      console.info("WebCrypto has no Ed25519 here; the signature is checked in JavaScript", e);
    }
    if (key) {
      used.signature = "webcrypto";
      return subtle.verify({ name: "Ed25519" }, key, sig, message);
    }
  }
  used.signature = "js";
  try {
    // RFC 8032 strict (not ZIP-215), as WebCrypto and the Python signer (cryptography) verify
    return ed.verify(new Uint8Array(sig), new Uint8Array(message), new Uint8Array(publicKey), { zip215: false });
  } catch (e) {
    console.warn("malformed signature or key", e);
    return false;
  }
}
