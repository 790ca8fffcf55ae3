// three.js scene: one anchor per marker, posed each frame from tracking, carrying the marker's
// items in the content frame. Conventions (DESIGN.md / museum_ar/core/frames.py): the marker
// frame is glTF's (+Y out of the paper); a wall marker turns content by content_to_marker; the
// pose is marker -> OpenCV camera and becomes a GL modelview by flipping Y and Z.
// Flat items (image, video, text) are quads QUAD_WIDTH_M wide in the content XY plane, centred on
// the item origin and facing +Z; audio is a round button of AUDIO_SIZE_M.

import * as THREE from "three";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { pick } from "./i18n.js";

export const QUAD_WIDTH_M = 0.2;
export const AUDIO_SIZE_M = 0.05;
const CV_TO_GL = new THREE.Matrix4().makeScale(1, -1, -1);

export class ArScene {
  constructor(canvas) {
    this.renderer = new THREE.WebGLRenderer({ canvas, alpha: true, antialias: true, preserveDrawingBuffer: false });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    this.renderer.outputColorSpace = THREE.SRGBColorSpace;
    this.scene = new THREE.Scene();
    this.camera = new THREE.Camera();
    this.scene.add(new THREE.HemisphereLight(0xffffff, 0x666666, 2.2));
    const sun = new THREE.DirectionalLight(0xffffff, 1.6);
    sun.position.set(0.3, 1, 0.5);
    this.scene.add(sun);
    this.anchors = new Map(); // marker id -> {anchor, content, items: [{item, object, refresh?}]}
    this.raycaster = new THREE.Raycaster();
    this.view = { w: 1, h: 1 };
  }

  /** Match the projection to the camera intrinsics K (video pixels), with the video shown
   * `object-fit: cover` in a view of w x h CSS pixels. */
  setProjection(K, vw, vh, w, h) {
    this.renderer.setSize(w, h, false);
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
    return rec;
  }

  async loadMesh(buffer) {
    const loader = new GLTFLoader();
    loader.setMeshoptDecoder(MeshoptDecoder);
    const gltf = await loader.parseAsync(buffer, "");
    return gltf.scene;
  }

  imageQuad(texture, aspect) {
    texture.colorSpace = THREE.SRGBColorSpace;
    const geo = new THREE.PlaneGeometry(QUAD_WIDTH_M, QUAD_WIDTH_M / (aspect || 1));
    return new THREE.Mesh(geo, new THREE.MeshBasicMaterial({ map: texture, side: THREE.DoubleSide, toneMapped: false }));
  }

  /** A text panel drawn on a canvas; `draw(lang)` redraws it for a language. */
  textPanel(item, languages) {
    const canvas = document.createElement("canvas");
    canvas.width = 512; canvas.height = 512;
    const tex = new THREE.CanvasTexture(canvas);
    tex.colorSpace = THREE.SRGBColorSpace;
    const mat = new THREE.MeshBasicMaterial({ map: tex, transparent: true, side: THREE.DoubleSide, toneMapped: false });
    const mesh = new THREE.Mesh(new THREE.PlaneGeometry(QUAD_WIDTH_M, QUAD_WIDTH_M), mat);
    const draw = (lang) => {
      const title = pick(item.title, lang, languages), body = pick(item.description, lang, languages);
      const lines = wrap(canvas.getContext("2d"), body, 460, "26px sans-serif").slice(0, 14);
      const h = 100 + lines.length * 34;
      canvas.height = h;
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "rgba(255,255,255,0.93)";
      roundRect(ctx, 0, 0, 512, h, 24); ctx.fill();
      ctx.fillStyle = "#14202b"; ctx.font = "bold 34px sans-serif"; ctx.textBaseline = "top";
      ctx.fillText(title, 26, 24, 460);
      ctx.font = "26px sans-serif";
      lines.forEach((l, i) => ctx.fillText(l, 26, 80 + i * 34));
      tex.needsUpdate = true;
      mesh.geometry.dispose();
      mesh.geometry = new THREE.PlaneGeometry(QUAD_WIDTH_M, (QUAD_WIDTH_M * h) / 512);
    };
    return { mesh, draw };
  }

  audioButton() {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 128;
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#0b5cad"; ctx.beginPath(); ctx.arc(64, 64, 60, 0, 2 * Math.PI); ctx.fill();
    ctx.fillStyle = "#fff"; ctx.beginPath(); ctx.moveTo(34, 52); ctx.lineTo(50, 52); ctx.lineTo(72, 32); ctx.lineTo(72, 96); ctx.lineTo(50, 76); ctx.lineTo(34, 76); ctx.fill();
    ctx.strokeStyle = "#fff"; ctx.lineWidth = 7; ctx.beginPath(); ctx.arc(76, 64, 20, -0.9, 0.9); ctx.stroke();
    const tex = new THREE.CanvasTexture(canvas);
    tex.colorSpace = THREE.SRGBColorSpace;
    return new THREE.Mesh(new THREE.CircleGeometry(AUDIO_SIZE_M / 2, 40), new THREE.MeshBasicMaterial({ map: tex, side: THREE.DoubleSide, toneMapped: false }));
  }

  /** The item under a tap at view pixel (x, y), or null. */
  itemAt(x, y) {
    const ndc = new THREE.Vector2((x / this.view.w) * 2 - 1, -(y / this.view.h) * 2 + 1);
    this.scene.updateMatrixWorld();
    this.raycaster.setFromCamera(ndc, this.camera);
    const visible = [...this.anchors.values()].filter((e) => e.anchor.visible).map((e) => e.content);
    for (const hit of this.raycaster.intersectObjects(visible, true)) {
      let o = hit.object;
      while (o && !o.userData.item) o = o.parent;
      if (o) return o.userData.item;
    }
    return null;
  }

  render() {
    this.renderer.render(this.scene, this.camera);
  }
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
