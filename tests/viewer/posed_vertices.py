"""The skinned fox's vertices as the tablet poses them, read from the viewer's three.js scene: its
own skinning (SkinnedMesh.getVertexPosition applies the bones), the scene's placement undone, in
the glTF scene's frame. Shared by the viewer's animation tests."""

# ([item id or null for the first animated item, t seconds of play]): every clip the item plays at
# t, each wrapped by its own length as LoopRepeat does.
POSED_VERTICES_JS = """([id, t]) => {
  const mixers = window.museumAR.scene.mixers;
  const rec = id === null ? mixers[0] : mixers.find((r) => r.item.id === id), a = rec.animation;
  for (const x of a.actions) { x.paused = true; x.time = t % x.getClip().duration; }
  a.mixer.update(0);
  const model = rec.object.children[0];
  rec.object.updateMatrixWorld(true);
  let skinned = null;
  model.traverse((o) => { if (o.isSkinnedMesh) skinned = o; });
  skinned.skeleton.update();
  const toModel = model.matrixWorld.clone().invert();
  const v = rec.object.position.clone(), out = [];
  for (let i = 0; i < skinned.geometry.attributes.position.count; i++) {
    skinned.getVertexPosition(i, v);
    v.applyMatrix4(skinned.matrixWorld).applyMatrix4(toModel);
    out.push(v.x, v.y, v.z);
  }
  for (const x of a.actions) x.paused = false;
  return out;
}"""
