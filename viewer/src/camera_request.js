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
