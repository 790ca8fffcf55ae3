// Print {"triangles": N, "vertices": N} for a GLB, decoding meshopt/quantised geometry first.
import { NodeIO } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { MeshoptDecoder } from "meshoptimizer";

await MeshoptDecoder.ready;
const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ "meshopt.decoder": MeshoptDecoder });
const doc = await io.read(process.argv[2]);
let triangles = 0, vertices = 0;
for (const mesh of doc.getRoot().listMeshes()) {
  for (const prim of mesh.listPrimitives()) {
    const idx = prim.getIndices();
    const pos = prim.getAttribute("POSITION");
    vertices += pos.getCount();
    triangles += (idx ? idx.getCount() : pos.getCount()) / 3;
  }
}
console.log(JSON.stringify({ triangles, vertices }));
