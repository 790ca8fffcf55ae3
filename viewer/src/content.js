// The exhibit's content: three.js, the AR scene and what each item kind builds and lists. It is
// most of the viewer's code (about 0.6 MB of 0.7), so main.js loads it (checked against the
// manifest like every file, content.js in the bundle) only once the tracker's worker and the
// camera are started: compiling and running it first had held up the first anchor, by about a
// second at 4x CPU throttling.
export { ArScene } from "./scene.js";
export { kindOf } from "./kinds.js";
export { buildList } from "./listview.js";
