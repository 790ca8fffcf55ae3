// Which of a model's animation clips plays: the tablet's copy of museum_ar/core/clips.py (the
// desktop preview, the inspector and the export use that one; tests/viewer checks both agree).
// Names: the glTF animation's own name; an unnamed one "animation N" (N from 1); a repeated name
// gets " (2)", " (3)" … (three.js' own clip names differ: "animation_0" for an unnamed one).
// Choice (the manifest's item.playback): all_clips: every clip; else the clip named `clip`; else
// the first (no name given, or a name the model does not have).

/** The names of a glTF document's animations, in file order, unique. */
export function clipNames(json) {
  const out = [];
  const animations = json && Array.isArray(json.animations) ? json.animations : [];
  animations.forEach((a, i) => {
    const name = a && typeof a.name === "string" && a.name ? a.name : `animation ${i + 1}`;
    let unique = name;
    for (let k = 2; out.includes(unique); k++) unique = `${name} (${k})`;
    out.push(unique);
  });
  return out;
}

/** The indices of the clips an item's playback options play (empty: the model has none). */
export function chosenClips(names, playback) {
  if (!names.length) return [];
  if (playback && playback.all_clips) return names.map((_, i) => i);
  const i = playback && playback.clip ? names.indexOf(playback.clip) : -1;
  return [i >= 0 ? i : 0];
}
