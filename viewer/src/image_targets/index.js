// Image targets for the viewer (issue #19): parse the bundle's target files, track them in
// camera frames. Pure functions, no DOM: the tracker Worker calls them (docs/image_targets.md).
export { parseTarget } from "./format.js";
export { createImageTracker, detect, workGrey } from "./tracker.js";
export { IMAGE_SEARCH, searchParams } from "./params.js";
export { appearance } from "./appearance.js";
export { features, pattern } from "./features.js";
