// The overlay's WebGL context, made by main.js before three.js is there and handed to the renderer
// (scene.js): the GPU process sets it up (on SwiftShader, tens of ms) while content.js loads,
// instead of the page's thread waiting for it inside three.js's first calls (issue #13).

/** What three.js's WebGLRenderer asks for with ArScene's options (alpha, antialias). */
export const GL_ATTRIBUTES = { alpha: true, depth: true, stencil: false, antialias: true, premultipliedAlpha: true, preserveDrawingBuffer: false, powerPreference: "default", failIfMajorPerformanceCaveat: false };

/** The pixel ratio the scene draws at (ArScene: the device's, at most 2). */
export const pixelRatio = () => Math.min(window.devicePixelRatio || 1, 2);

/** A WebGL2 context of `canvas` with its drawing buffer at the size the renderer will give it
 * (renderer.setSize then resizes nothing), or null where there is none (three.js then reports). */
export function overlayContext(canvas, w = window.innerWidth, h = window.innerHeight) {
  canvas.width = Math.floor(w * pixelRatio());
  canvas.height = Math.floor(h * pixelRatio());
  try {
    return canvas.getContext("webgl2", GL_ATTRIBUTES);
  } catch (e) {
    return null;
  }
}
