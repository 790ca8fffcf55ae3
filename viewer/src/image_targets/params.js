// The image-target search's acceptance values (the ratio test, the homography RANSAC, what a find
// must pass). They come with the bundle: the manifest's tracking.image_search, which is the
// desktop's own (museum_ar/markers/tracking_params.py IMAGE_SEARCH; a test compares these
// defaults with it). The defaults serve a bundle written before the manifest carried them.
// ransac_px is in full-frame pixels (the 640 px work grey's threshold is half of it), as on the
// desktop, which searches the full frame.
export const IMAGE_SEARCH = Object.freeze({
  ratio: 0.8, ratio_other_place_px: 3, neighbours: 4, min_inliers: 8, min_inlier_share: 0.25,
  ransac_px: 4, ransac_max_iters: 2000, ransac_confidence: 0.999, min_appearance: 0.4,
});

/** The manifest's `tracking` object -> the search's values (a key it lacks: the default). */
export function searchParams(tracking) {
  return Object.freeze({ ...IMAGE_SEARCH, ...((tracking && tracking.image_search) || {}) });
}
