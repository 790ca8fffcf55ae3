// The overlay's WebGL context, made by main.js before three.js is there and handed to the renderer
// (scene.js): the GPU process sets it up (on SwiftShader, tens of ms) while content.js loads,
// instead of the page's thread waiting for it inside three.js's first calls (issue #13). Also the
// means to let the GPU work on a canvas without the page's thread waiting for it (gpu_warmup.js).

/** What three.js's WebGLRenderer asks for with ArScene's options (alpha, antialias). */
export const GL_ATTRIBUTES = { alpha: true, depth: true, stencil: false, antialias: true, premultipliedAlpha: true, preserveDrawingBuffer: false, powerPreference: "default", failIfMajorPerformanceCaveat: false };

/** The pixel ratio the scene draws at (ArScene: the device's, at most 2). */
export const pixelRatio = () => Math.min(window.devicePixelRatio || 1, 2);

/** A WebGL2 context of `canvas` with its drawing buffer at the size the renderer will give it
 * (renderer.setSize then resizes nothing), or null where there is none (three.js then reports).
 * The canvas is hidden until the GPU process has set the context up: a canvas on screen with a new
 * context had kept the page's thread waiting for that when the frame went to the compositor. */
export function overlayContext(canvas, w = window.innerWidth, h = window.innerHeight) {
  return hidden(canvas, async () => {
    // Made at 1 x 1 and given its size in a task of its own: the page's thread waits for the GPU
    // process in both (making the context, then allocating its multisampled drawing buffer, each a
    // synchronous round trip), and done at once they had been one of the start-up's longest tasks
    // (52 ms at 1x, 308 ms at 4x CPU throttling in loaded traces, issue #13; unloaded, 1 x 1 took
    // 4-6 ms and the resize 15-23 ms of the 17-26 ms at full size).
    canvas.width = 1;
    canvas.height = 1;
    let gl = null;
    try {
      gl = canvas.getContext("webgl2", GL_ATTRIBUTES);
    } catch (e) {
      return null;
    }
    if (!gl) return null;
    await new Promise((r) => setTimeout(r, 0));
    canvas.width = Math.floor(w * pixelRatio());
    canvas.height = Math.floor(h * pixelRatio());
    await gpuDone(gl);
    await turnOnExtensions(gl);
    return gl;
  });
}

// The WebGL extensions three.js's renderer turns on (three r183: WebGLExtensions.init when it is
// made, then its capabilities and compileAsync). Turning one on makes Chromium ask the GPU process
// for the extension lists again, twice waiting for its answer; inside the renderer's constructor
// those waits had been about a third of that one task (13 of them, 18 ms of 65 in a traced start at
// 4x CPU throttling, issue #13). Turned on here, in a task before the renderer's, three.js finds
// them on. (One task per extension had made the renderer 0.1 s later: each waited its turn behind
// the camera's frames.) A name three.js asks for that is missing here only costs its waits there.
const EXTENSIONS = [
  "EXT_color_buffer_float", "WEBGL_clip_cull_distance", "OES_texture_float_linear", "EXT_color_buffer_half_float",
  "WEBGL_multisampled_render_to_texture", "WEBGL_render_shared_exponent", "EXT_texture_filter_anisotropic",
  "KHR_parallel_shader_compile", "EXT_clip_control", "WEBGL_multi_draw",
];

async function turnOnExtensions(gl) {
  const supported = new Set(gl.getSupportedExtensions() || []);
  for (const name of EXTENSIONS) if (supported.has(name)) gl.getExtension(name);
  await new Promise((r) => setTimeout(r, 0)); // the renderer is made in a task of its own
}

/** What `work` resolves to, `canvas` not displayed meanwhile: the compositor does not read a
 * canvas that is not displayed, so the page's thread does not wait for the GPU's work on it. */
export async function hidden(canvas, work) {
  const display = canvas.style.display;
  canvas.style.display = "none";
  try {
    return await work();
  } finally {
    canvas.style.display = display;
  }
}

const POLL_MS = 8;

/** Resolves once the GPU has done the GL calls made so far on `gl`, without waiting for it on the
 * page's thread (a fence, polled). */
export async function gpuDone(gl) {
  if (!gl.fenceSync) return;
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  // getSyncParameter does not wait: Chromium updates the status between tasks
  while (gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) await new Promise((r) => setTimeout(r, POLL_MS));
  gl.deleteSync(sync);
}
