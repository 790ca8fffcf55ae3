// Asking for the camera, shared by boot.js (which asks first thing, so the camera starts while
// the exhibit is being checked: on a tablet it is the slowest part of starting) and the viewer
// (which asks again to switch or retry).

/** A promise of {stream} or {error: the DOMException's name, or "unsupported"}; never rejects. */
export function requestCamera(deviceId) {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return Promise.resolve({ error: "unsupported" });
  const video = { width: { ideal: 1280 }, height: { ideal: 720 } };
  if (deviceId) video.deviceId = { exact: deviceId };
  else video.facingMode = { ideal: "environment" }; // the rear camera on a tablet
  return navigator.mediaDevices.getUserMedia({ audio: false, video }).then((stream) => ({ stream }), (e) => ({ error: e.name }));
}

/** Show stream in the video element and start it; resolves once its size is known. boot.js does
 * this as soon as the camera is allowed, while the exhibit is still being checked: started by the
 * viewer after the check, the video's start had come last before the first anchor (about 0.5 s at
 * 4x CPU throttling). The viewer finds it running (`el.srcObject === stream`). */
export async function playCamera(el, stream) {
  if (el.srcObject !== stream) el.srcObject = stream;
  await el.play().catch(() => {});
  if (!el.videoWidth) await new Promise((r) => el.addEventListener("loadedmetadata", r, { once: true }));
}
