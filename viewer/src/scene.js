// three.js scene: one anchor per marker, posed each frame from tracking, carrying the marker's
// items in the content frame. Conventions (DESIGN.md / museum_ar/core/frames.py): the marker
// frame is glTF's (+Y out of the paper); a wall marker turns content by content_to_marker; the
// pose is marker -> OpenCV camera and becomes a GL modelview by flipping Y and Z.
// Flat items match the desktop renderer (museum_ar/render/geometry.py, text_label.py): images and
// video are quads 1 unit wide (the item's scale sizes them), height by aspect, upright in the
// item's X-Y plane facing +Z with the bottom edge centred on the origin; text and audio are label
// plates whose lines are LINE_UNITS tall.

import * as THREE from "three";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { pick } from "./i18n.js";
import { GL_ATTRIBUTES, gpuDone, hidden, pixelRatio } from "./gl_context.js";
import { firstDraws } from "./gpu_warmup.js";
import { nextTask } from "./tasks.js";
import { chosenClips, clipNames } from "./clips.js";

export const QUAD_WIDTH = 1.0;
export const LINE_UNITS = 0.1;
const LINE_PX = 34; // canvas pixels per text line

/** A plane of w x h standing on its bottom edge's centre. */
function standingPlane(w, h) {
  const geo = new THREE.PlaneGeometry(w, h);
  geo.translate(0, h / 2, 0);
  return geo;
}
const CV_TO_GL = new THREE.Matrix4().makeScale(1, -1, -1);

export class ArScene {
  /** context: the canvas's WebGL2 context made with GL_ATTRIBUTES (gl_context.js), null (three.js
   * makes one), or a promise of one: then the scene is there at once (its items can be built) and
   * its renderer once the context is set up (`attached`). */
  constructor(canvas, context = null) {
    this.canvas = canvas;
    this.renderer = null;
    this.size = null;
    if (context && typeof context.then === "function") this.attached = context.then((gl) => this.attach(gl));
    else this.attached = Promise.resolve(this.attach(context));
    this.scene = new THREE.Scene();
    this.camera = new THREE.Camera();
    this.lights = [new THREE.HemisphereLight(0xffffff, 0x666666, 2.2), new THREE.DirectionalLight(0xffffff, 1.6)];
    this.lights[1].position.set(0.3, 1, 0.5);
    this.scene.add(...this.lights);
    this.warming = false; // the canvas is hidden for the content's first draw (ready): render() waits
    this.anchors = new Map(); // marker id -> {anchor, content, items: [{item, object, refresh?}]}
    this.raycaster = new THREE.Raycaster();
    this.view = { w: 1, h: 1 };
  }

  /** The renderer on `context` (null: three.js makes one), at the size setProjection gave. */
  attach(context) {
    this.renderer = new THREE.WebGLRenderer({ canvas: this.canvas, context, ...GL_ATTRIBUTES });
    this.renderer.setPixelRatio(pixelRatio());
    this.renderer.outputColorSpace = THREE.SRGBColorSpace;
    if (this.size) this.renderer.setSize(...this.size, false);
  }

  /** Match the projection to the camera intrinsics K (video pixels), with the video shown
   * `object-fit: cover` in a view of w x h CSS pixels. */
  setProjection(K, vw, vh, w, h) {
    this.size = [w, h];
    if (this.renderer) this.renderer.setSize(w, h, false);
    this.view = { w, h };
    const s = Math.max(w / vw, h / vh);
    const ox = (w - vw * s) / 2, oy = (h - vh * s) / 2;
    const fx = K.fx * s, fy = K.fy * s;
    const cxg = (K.cx + 0.5) * s + ox, cyg = (K.cy + 0.5) * s + oy;
    const near = 0.01, far = 100;
    this.camera.projectionMatrix.set(
      (2 * fx) / w, 0, 1 - (2 * cxg) / w, 0,
      0, (2 * fy) / h, (2 * cyg) / h - 1, 0,
      0, 0, -(far + near) / (far - near), (-2 * far * near) / (far - near),
      0, 0, -1, 0,
    );
    this.camera.projectionMatrixInverse.copy(this.camera.projectionMatrix).invert();
  }

  addMarker(marker) {
    const anchor = new THREE.Group();
    anchor.matrixAutoUpdate = false;
    anchor.visible = false;
    const content = new THREE.Group();
    content.matrixAutoUpdate = false;
    content.matrix.fromArray(marker.content_to_marker).transpose(); // manifest is row-major
    anchor.add(content);
    this.scene.add(anchor);
    const entry = { anchor, content, items: [] };
    this.anchors.set(marker.id, entry);
    return entry;
  }

  /** poseCV: 16 numbers, column-major marker -> OpenCV camera; null hides the marker. */
  setPose(markerId, poseCV) {
    const e = this.anchors.get(markerId);
    if (!e) return;
    if (!poseCV) { e.anchor.visible = false; return; }
    e.anchor.matrix.fromArray(poseCV).premultiply(CV_TO_GL);
    e.anchor.matrixWorldNeedsUpdate = true;
    e.anchor.visible = true;
  }

  placeItem(markerId, item, object) {
    const e = this.anchors.get(markerId);
    const holder = new THREE.Group();
    const tr = item.transform;
    holder.position.fromArray(tr.translation);
    holder.quaternion.fromArray(tr.rotation);
    holder.scale.fromArray(tr.scale);
    holder.add(object);
    holder.visible = item.visible;
    holder.userData.item = item;
    e.content.add(holder);
    const rec = { item, object: holder };
    e.items.push(rec);
    this.animate(rec, object.userData.clips, object.userData.clipNames);
    return rec;
  }

  /** A model's animations (glTF clips) play by the item's playback options: the chosen clip
   * (clips.js: by name, the first by default, or all together), looped or once, from the start
   * if autoplay; `toggleAnimation(item)` is the tap. `animation.action` is the first chosen clip's
   * action, `animation.actions` all of them (played together, three.js mixes them). */
  animate(rec, clips, names) {
    if (!clips || !clips.length) return;
    const mixer = new THREE.AnimationMixer(rec.object);
    const chosen = chosenClips(names && names.length === clips.length ? names : clips.map((c) => c.name), rec.item.playback);
    const actions = chosen.map((i) => {
      const action = mixer.clipAction(clips[i]);
      action.setLoop(rec.item.playback.loop ? THREE.LoopRepeat : THREE.LoopOnce, Infinity);
      action.clampWhenFinished = true;
      return action;
    });
    rec.animation = { mixer, action: actions[0], actions };
    (this.mixers ??= []).push(rec);
    if (rec.item.playback.autoplay) for (const a of actions) a.play();
  }

  toggleAnimation(item) {
    const rec = (this.mixers || []).find((r) => r.item.id === item.id);
    if (!rec) return false;
    const all = rec.animation.actions;
    // A paused clip resumes where it stopped; one that ended (played once: three.js pauses it on
    // its last pose) or never started plays from the start. (A paused clip is not "running" for
    // three.js: resetting every clip that is not running sent a paused one back to its start.)
    // Clips played together are one: a tap pauses them all while any runs, else resumes those
    // paused before their end, else (all ended or never started) plays them all from the start.
    const ended = (a) => a.time >= a.getClip().duration;
    if (all.some((a) => a.isRunning())) for (const a of all) a.paused = true;
    else if (all.some((a) => a.paused && !ended(a))) for (const a of all) a.paused = ended(a);
    else for (const a of all) { a.reset(); a.play(); }
    return true;
  }

  async loadMesh(buffer) {
    const loader = new GLTFLoader();
    loader.setMeshoptDecoder(MeshoptDecoder);
    const gltf = await loader.parseAsync(buffer, "");
    gltf.scene.userData.clips = gltf.animations; // played in placeItem/animate
    gltf.scene.userData.clipNames = clipNames(gltf.parser.json); // the names the manifest chooses by
    return gltf.scene;
  }

  imageQuad(texture, aspect) {
    texture.colorSpace = THREE.SRGBColorSpace;
    const geo = standingPlane(QUAD_WIDTH, QUAD_WIDTH / (aspect || 1));
    return new THREE.Mesh(geo, new THREE.MeshBasicMaterial({ map: texture, side: THREE.DoubleSide, toneMapped: false }));
  }

  /** A label plate drawn on a canvas (text items: title and text; audio: a note and the
   * title), drawn for `lang` at once when given; `draw(lang)` redraws it for another language. */
  textPanel(item, languages, { audio = false, lang = null } = {}) {
    const canvas = document.createElement("canvas");
    const tex = new THREE.CanvasTexture(canvas);
    tex.colorSpace = THREE.SRGBColorSpace;
    const mat = new THREE.MeshBasicMaterial({ map: tex, transparent: true, side: THREE.DoubleSide, toneMapped: false });
    const mesh = new THREE.Mesh(standingPlane(1, 1), mat);
    let drawnFor = null;
    const draw = (lang) => {
      // the plate made ready to draw (ready: its texture uploaded) is kept while the language is
      // the same: replaced when the content was placed, it had been uploaded in the first frame
      // that showed it (issue #13)
      if (lang === drawnFor) return;
      drawnFor = lang;
      const title = (audio ? "\u266a " : "") + pick(item.title, lang, languages);
      const body = audio ? "" : pick(item.description, lang, languages);
      const probe = canvas.getContext("2d");
      const lines = wrap(probe, body, 600, `${LINE_PX * 0.72}px sans-serif`).slice(0, 14);
      probe.font = `bold ${LINE_PX * 0.8}px sans-serif`;
      const titleW = Math.min(600, probe.measureText(title).width);
      probe.font = `${LINE_PX * 0.72}px sans-serif`;
      const bodyW = Math.max(0, ...lines.map((l) => probe.measureText(l).width));
      const pad = 14;
      canvas.width = Math.ceil(Math.max(titleW, bodyW) + 2 * pad);
      canvas.height = Math.ceil(LINE_PX * (1 + lines.length) + 2 * pad);
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = audio ? "rgba(11,92,173,0.92)" : "rgba(20,24,30,0.82)";
      roundRect(ctx, 0, 0, canvas.width, canvas.height, pad); ctx.fill();
      ctx.fillStyle = "#ffffff"; ctx.textBaseline = "top";
      ctx.font = `bold ${LINE_PX * 0.8}px sans-serif`;
      ctx.fillText(title, pad, pad + LINE_PX * 0.1, 600);
      ctx.font = `${LINE_PX * 0.72}px sans-serif`;
      lines.forEach((l, i) => ctx.fillText(l, pad, pad + LINE_PX * (i + 1) + LINE_PX * 0.14));
      tex.dispose();
      const fresh = new THREE.CanvasTexture(canvas);
      fresh.colorSpace = THREE.SRGBColorSpace;
      mat.map = fresh; mat.needsUpdate = true;
      mesh.geometry.dispose();
      const unit = LINE_UNITS / LINE_PX;
      mesh.geometry = standingPlane(canvas.width * unit, canvas.height * unit);
    };
    if (lang) draw(lang);
    return { mesh, draw };
  }

  /** The item under a tap at view pixel (x, y), or null. */
  itemAt(x, y) {
    const ndc = new THREE.Vector2((x / this.view.w) * 2 - 1, -(y / this.view.h) * 2 + 1);
    this.scene.updateMatrixWorld();
    // The camera sits at the origin of the eye frame with a custom projection (not a three.js
    // PerspectiveCamera), so build the ray by unprojecting the tap.
    const dir = new THREE.Vector3(ndc.x, ndc.y, 0.5).applyMatrix4(this.camera.projectionMatrixInverse).normalize();
    this.raycaster.set(new THREE.Vector3(0, 0, 0), dir);
    const visible = [...this.anchors.values()].filter((e) => e.anchor.visible).map((e) => e.content);
    for (const hit of this.raycaster.intersectObjects(visible, true)) {
      let o = hit.object;
      while (o && !o.userData.item) o = o.parent;
      if (o) return o.userData.item;
    }
    return null;
  }

  /** Start making `object` ready to draw as soon as it is built: its textures uploaded and its
   * shaders compiled and linked, off the page's thread where the browser has
   * KHR_parallel_shader_compile (three.js then does not wait for the link). The GPU works on them
   * while the other items are still fetched and built; ready() waits for it. Nothing is drawn, so
   * the canvas stays as it is. */
  async prepare(object) {
    await this.attached;
    // In a task of its own: the items built while the context was set up had been prepared in the
    // renderer's own task, as soon as it was made (one task of 150 ms at 4x CPU throttling, issue
    // #13). (A task each for the textures and the compile too: under load the content then came
    // later, each task waiting its turn behind the camera's frames.)
    await nextTask();
    for (const tex of texturesOf(object)) this.renderer.initTexture(tex);
    this.renderer.compile(object, this.camera, this.scene);
  }

  /** Make the items' objects ready to draw before they are placed (prepared, then their first draw
   * made: gpu_warmup.js), all in one pass while the canvas is hidden, so that no frame waits for
   * the GPU's work on them. Placed without this, the first frame that showed them had compiled the
   * shaders on the page's thread and then waited for the GPU's first draw, one long task (issue
   * #13). One pass for all: made one at a time, each item's first draw had waited for the GPU on
   * its own (at 4x CPU throttling the content was there 0.1-0.3 s later). Nothing of the scene
   * shows meanwhile. */
  async ready(objects) {
    if (!objects.length) return;
    await Promise.all(objects.map((o) => this.prepare(o))); // (done already for those prepared as built)
    this.warming = true;
    try {
      await hidden(this.renderer.domElement, async () => {
        // compileAsync asks whether the programs are linked: once the GPU has taken the calls of
        // prepare(), the first answer does not wait for them (nor for the textures' upload)
        await gpuDone(this.renderer.getContext());
        await Promise.all(objects.map((o) => this.renderer.compileAsync(o, this.camera, this.scene)));
        await firstDraws(this.renderer, objects, this.camera, this.lights);
      });
    } finally {
      this.warming = false;
    }
  }

  /** The ids of the textures the placed items draw with (tests: none is replaced once they are
   * made ready and placed, unless the language changes). */
  textureIds() {
    return [...texturesOf(this.scene)].map((t) => t.id).sort((x, y) => x - y);
  }

  /** Whether any marker carries an item yet. */
  hasContent() {
    for (const e of this.anchors.values()) if (e.items.length) return true;
    return false;
  }

  /** Draws the scene; false (nothing drawn) while the content's first draw is made (ready) and
   * before any is placed (an empty scene's frame only made the compositor wait for the GPU). */
  render() {
    if (!this.renderer || this.warming || !this.hasContent()) return false;
    const dt = (this.clock ??= new THREE.Clock()).getDelta();
    for (const r of this.mixers || []) if (r.object.visible) r.animation.mixer.update(dt);
    this.renderer.render(this.scene, this.camera);
    return true;
  }
}

/** The textures of an object's materials (a video's changes every frame and is left out). */
function texturesOf(root) {
  const maps = new Set();
  root.traverse((o) => {
    for (const mat of o.material ? [].concat(o.material) : []) for (const key of ["map", "normalMap", "roughnessMap", "metalnessMap", "emissiveMap", "aoMap"]) if (mat[key] && !mat[key].isVideoTexture) maps.add(mat[key]);
  });
  return maps;
}

function wrap(ctx, text, width, font) {
  ctx.font = font;
  const out = [];
  for (const para of (text || "").split(/\n+/)) {
    let line = "";
    for (const word of para.split(/\s+/)) {
      const next = line ? line + " " + word : word;
      if (ctx.measureText(next).width > width && line) { out.push(line); line = word; } else line = next;
    }
    if (line) out.push(line);
  }
  return out;
}

function roundRect(ctx, x, y, w, h, r) {
  ctx.beginPath();
  ctx.moveTo(x + r, y); ctx.arcTo(x + w, y, x + w, y + h, r); ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r); ctx.arcTo(x, y, x + w, y, r); ctx.closePath();
}
