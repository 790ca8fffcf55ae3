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

/** Resolves once the GPU has drawn `objects` (lit like the scene, by clones of `lights`) into the
 * renderer's canvas, each in a task of its own once the GPU is done with the one before, and the
 * canvas is cleared again. The canvas is to be hidden meanwhile (gl_context.js
 * hidden), and the scene not drawn (ArScene.warming). */
export async function firstDraws(renderer, objects, camera, lights) {
  const stage = new THREE.Scene();
  for (const l of lights) stage.add(l.clone());
  const holder = new THREE.Group();
  holder.position.set(0, 0, -1); // in front of the camera (the eye frame's origin, looking down -Z)
  stage.add(holder);
  const gl = renderer.getContext();
  for (const o of objects) {
    // three.js asks the GPU about a program at its first draw (a round trip that waits for all the
    // GPU has been given): asked once the GPU has done the previous object's draw, it does not wait
    await gpuDone(gl);
    holder.add(o);
    try {
      renderer.render(stage, camera);
    } finally {
      holder.remove(o);
    }
  }
  await gpuDone(gl);
  renderer.clear(); // the staged objects are not to be seen
}
