// Builds the viewer into the Python package (museum_ar/export/viewer_dist) so `pip install`
// needs no npm. `node build.mjs --check` builds into a temporary folder and fails when the
// committed build differs (CI runs it through tests/viewer/test_build.py).
import { build } from "esbuild";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const DIST = join(here, "..", "museum_ar", "export", "viewer_dist");
const check = process.argv.includes("--check");
const outdir = check ? mkdtempSync(join(tmpdir(), "viewer-build-")) : DIST;

if (!check) rmSync(DIST, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
for (const [entry, out, format] of [["main.js", "viewer.js", "esm"], ["content.js", "content.js", "esm"], ["boot.js", "boot.js", "esm"], ["tracker_worker.js", "tracker_worker.js", "iife"]]) {
  await build({
    entryPoints: [join(here, "src", entry)],
    bundle: true,
    minify: !process.env.NO_MINIFY,
    format, // the worker is started from a blob: URL of its checked bytes, as a classic script
    target: ["es2020", "safari15"],
    outfile: join(outdir, out),
    legalComments: "eof",
    logLevel: "warning",
  });
}
for (const f of readdirSync(join(here, "static"))) cpSync(join(here, "static", f), join(outdir, f));

if (check) {
  const want = readdirSync(outdir).sort(), have = readdirSync(DIST).sort();
  let bad = JSON.stringify(want) !== JSON.stringify(have) ? [`files differ: ${have} vs ${want}`] : [];
  for (const f of want) if (have.includes(f) && !readFileSync(join(outdir, f)).equals(readFileSync(join(DIST, f)))) bad.push(f);
  rmSync(outdir, { recursive: true, force: true });
  if (bad.length) {
    console.error("the committed viewer build is stale; run `npm run build` in viewer/: " + bad.join(", "));
    process.exit(1);
  }
  console.log("viewer build is up to date");
}
