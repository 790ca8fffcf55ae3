// The content's first draw, made while the canvas is out of the page. Where the GPU builds a
// shader's pipeline at its first draw (SwiftShader, the headless Chromium of the tests; many
// mobile drivers too), the first frame that showed new content had kept the page's thread waiting
// for the GPU process when the frame went to the compositor (issue #13: 100-250 ms at 1x, the
// longest task of the start-up). A canvas that is not displayed is not read by the compositor, so
// the page's thread goes on while the GPU draws; a fence says when it is done, without waiting.
// It has to be the canvas itself: a render target of the same size, samples and formats did not
// give the GPU the pipeline the canvas needs (its first frame still waited as long).
import * as THREE from "three";
import { gpuDone } from "./gl_context.js";
import { nextTask } from "./tasks.js";

/** Resolves once the GPU has drawn `objects` (lit like the scene, by clones of `lights`) into the
 * renderer's canvas, and the canvas is cleared again. Their shaders are to be compiled and linked
 * (renderer.compileAsync), the canvas hidden meanwhile (gl_context.js hidden) and the scene not
 * drawn (ArScene.warming). */
export async function firstDraws(renderer, objects, camera, lights) {
  const gl = renderer.getContext();
  // three.js asks the GPU about a program at its first use (round trips, each waiting for all the
  // GPU has been given): asked now, before any draw is queued, they do not wait for one
  for (const o of objects) {
    o.traverse((node) => {
      for (const mat of node.material ? [].concat(node.material) : []) {
        const program = renderer.properties.get(mat).currentProgram;
        if (program) program.getUniforms();
      }
    });
  }
  await nextTask(); // the draw in a task of its own (the two together: 84 ms at 4x CPU throttling)
  const stage = new THREE.Scene();
  for (const l of lights) stage.add(l.clone());
  const holder = new THREE.Group();
  holder.position.set(0, 0, -1); // in front of the camera (the eye frame's origin, looking down -Z)
  stage.add(holder);
  for (const o of objects) holder.add(o);
  try {
    renderer.render(stage, camera);
  } finally {
    for (const o of objects) holder.remove(o);
  }
  await gpuDone(gl);
  renderer.clear(); // the staged objects are not to be seen
}
